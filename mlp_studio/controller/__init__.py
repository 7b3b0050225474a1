"""The training controller and its worker thread (QtCore only)."""

from mlp_studio.controller.training_controller import TrainingController
from mlp_studio.training.loop import STATES

__all__ = ["TrainingController", "STATES"]
