"""Typed errors raised by the engine.

Every error here derives from :class:`mlp_studio.errors.MlpStudioError`, so the command line prints it on one
line and the GUI shows it in place; anything else escaping the engine is a bug.
"""

from __future__ import annotations

from mlp_studio.errors import MlpStudioError


class EngineError(MlpStudioError):
    """Base class for invalid engine input: bad names, shapes, hyper-parameters."""


class UnknownNameError(EngineError, ValueError):
    """A registry name (activation, loss, initializer, optimizer) that does not exist.

    Parameters
    ----------
    kind : str
        What was looked up, e.g. ``"activation"``.
    name : str
        The name that was asked for.
    valid : iterable of str
        The names that exist; the message lists them.
    """

    def __init__(self, kind: str, name: object, valid):
        self.kind = kind
        self.name = name
        self.valid = tuple(valid)
        super().__init__(f"unknown {kind} {name!r}; valid names are: {', '.join(self.valid)}")


class ArchitectureError(EngineError, ValueError):
    """A network description that cannot be built (layer sizes, softmax on a hidden layer, ...)."""


class ShapeError(EngineError, ValueError):
    """Arrays whose shapes do not fit the network (inputs, targets, parameters)."""


class HyperparameterError(EngineError, ValueError):
    """An optimizer or regularization setting out of range (e.g. a learning rate that is not > 0)."""


class DivergenceError(EngineError, ArithmeticError):
    """Training produced NaN or infinity.

    Parameters
    ----------
    step : int or None
        The training step (1-based, as counted by the trainer) at which the non-finite value was found;
        ``None`` when the computation was not driven by a trainer.
    layer : int
        1-based index of the first dense layer holding a non-finite value (``0`` means the inputs).
    quantity : str
        What was non-finite first: ``"inputs"``, ``"weights"``, ``"pre-activations"``, ``"activations"``
        or ``"loss"``.
    """

    def __init__(self, step: int | None, layer: int, quantity: str):
        self.step = step
        self.layer = layer
        self.quantity = quantity
        when = f"at step {step}" if step is not None else ""
        if layer == 0:
            where = "in the inputs"
        elif quantity == "loss":
            where = f"at the output (layer {layer})"
        else:
            where = f"in layer {layer}"
        message = (f"training diverged {when}: non-finite {quantity} {where}; "
                   "try a smaller learning rate")
        super().__init__(" ".join(message.split()))
