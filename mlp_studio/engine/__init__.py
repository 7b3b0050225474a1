"""The NumPy engine: networks, activations, losses, optimizers, trainer. Never imports Qt.

See ``docs/api.md`` for a tutorial-style reference.
"""

from .activations import ACTIVATIONS
from .errors import (ArchitectureError, DivergenceError, EngineError, HyperparameterError, ShapeError,
                     UnknownNameError)
from .gradcheck import GradientCheck, gradient_check, numerical_gradients
from .initializers import INITIALIZERS
from .losses import LOSSES
from .metrics import Evaluation, accuracy, confusion_matrix, evaluate, r2_score
from .network import Forward, Gradients, Network
from .optimizers import OPTIMIZER_NAMES, SGD, Adam, Optimizer, RMSProp, make_optimizer
from .trainer import StepResult, Trainer

__all__ = [
    "Network", "Forward", "Gradients",
    "SGD", "RMSProp", "Adam", "Optimizer", "make_optimizer", "OPTIMIZER_NAMES",
    "Trainer", "StepResult",
    "ACTIVATIONS", "LOSSES", "INITIALIZERS",
    "EngineError", "DivergenceError", "UnknownNameError", "ArchitectureError", "ShapeError",
    "HyperparameterError",
    "accuracy", "r2_score", "confusion_matrix", "evaluate", "Evaluation",
    "numerical_gradients", "gradient_check", "GradientCheck",
]
