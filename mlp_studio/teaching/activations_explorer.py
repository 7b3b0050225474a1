"""Every hidden-layer activation and its derivative, from the engine's own registry (tutorial section 6.3).

The values and derivatives are the functions training uses (``ACTIVATIONS[name].value`` and ``.derivative``),
so the plots cannot drift from the engine. Each curve carries its formula and a short note on when to choose it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlp_studio.engine import ACTIVATIONS
from mlp_studio.i18n import tr
from mlp_studio.model.snapshot import read_only

#: (formula, derivative formula, when to choose it); text is passed through tr() when a curve is built.
_DESCRIPTIONS = {
    "sigmoid": ("σ(z) = 1 / (1 + e^−z)", "σ′(z) = σ(z)·(1 − σ(z)) ≤ 0.25",
                "Squashes to (0, 1), so an output unit reads as a probability (binary classification). Its "
                "slope is at most 0.25 and almost 0 for |z| > 5 (saturation): in a deep stack of sigmoids the "
                "gradients shrink layer after layer (vanishing gradients). Outputs are not zero-centred."),
    "tanh": ("tanh(z) = (e^z − e^−z) / (e^z + e^−z)", "tanh′(z) = 1 − tanh²(z) ≤ 1",
             "Zero-centred version of the sigmoid, range (−1, 1), slope up to 1: usually trains faster than "
             "sigmoid in hidden layers, but it saturates too for large |z|."),
    "relu": ("relu(z) = max(0, z)", "relu′(z) = 1 if z > 0, else 0",
             "Cheap and fast to train, does not saturate for z > 0, gives sparse activations: the default for "
             "hidden layers. A unit whose z stays negative for every sample outputs 0 and gets no gradient "
             "(a dead ReLU); a too-large learning rate makes this more likely."),
    "leaky_relu": ("leaky_relu(z) = z if z > 0, else 0.01·z", "leaky_relu′(z) = 1 if z > 0, else 0.01",
                   "Like ReLU, but a small slope for z < 0 keeps a gradient flowing, so units cannot die."),
    "linear": ("linear(z) = z", "linear′(z) = 1",
               "No squashing: the output layer for regression (any real value). In hidden layers it adds no "
               "non-linearity — a stack of linear layers is still one linear map."),
    "softmax": ("softmax(z)ₖ = e^zₖ / Σⱼ e^zⱼ", "∂aₖ/∂zₖ = aₖ·(1 − aₖ)",
                "Output layer only, for several classes: turns the outputs into probabilities that sum to 1 "
                "(used with categorical cross-entropy)."),
}


@dataclass(frozen=True)
class ActivationCurve:
    """One activation over a range of z.

    Attributes
    ----------
    name : str
        Registry name (``"tanh"``).
    z, values, derivatives : numpy.ndarray
        Read-only float64 arrays of the same shape (n,): f(z) and f′(z) from the engine.
    formula, derivative_formula, note : str
        Plain text (Unicode), translated with tr().
    """

    name: str
    z: np.ndarray
    values: np.ndarray
    derivatives: np.ndarray
    formula: str
    derivative_formula: str
    note: str


def hidden_activation_names() -> tuple[str, ...]:
    """Names of the activations allowed on hidden layers, in registry order."""
    return tuple(name for name, act in ACTIVATIONS.items() if act.hidden_ok)


def activation_note(name: str) -> str:
    """When to choose activation ``name`` (any registry name, softmax included)."""
    return tr(_DESCRIPTIONS[name][2])


def activation_curve(name: str, z=None) -> ActivationCurve:
    """The curve of one hidden-capable activation (``z`` defaults to ``linspace(-5, 5, 401)``).

    Softmax is refused (ValueError): it maps a vector to a vector, so it has no single curve.
    """
    if name not in hidden_activation_names():
        raise ValueError(f"{name!r} has no single curve; choose one of {', '.join(hidden_activation_names())}")
    z = np.linspace(-5.0, 5.0, 401) if z is None else np.asarray(z, dtype=np.float64)
    act = ACTIVATIONS[name]
    with np.errstate(all="ignore"):
        values = act.value(z, np.empty_like(z))
        derivatives = act.derivative(z, values)
    formula, derivative, note = _DESCRIPTIONS[name]
    return ActivationCurve(name, read_only(z), read_only(values), read_only(derivatives), tr(formula),
                           tr(derivative), tr(note))


def activation_curves(z=None) -> tuple[ActivationCurve, ...]:
    """Curves for every hidden-capable activation (sigmoid, tanh, relu, leaky_relu, linear).

    Parameters
    ----------
    z : array_like, (n,), optional
        Where to evaluate; defaults to ``np.linspace(-5, 5, 401)``.
    """
    return tuple(activation_curve(name, z) for name in hidden_activation_names())
