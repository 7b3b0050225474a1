"""Qt-free numbers behind the designer's inspector: one neuron's formula, and a data point traced through it.

The inspector shows ``y = f(Σ wᵢxᵢ + b)`` with a neuron's current weights; when the user picks a data point it
also shows the actual inputs, ``z`` and ``a`` for that point. The values come from a snapshot's weights and the
engine's own activation registry, so they are exactly what the training network computes (no second copy of
the activation functions that could drift).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mlp_studio.engine import ACTIVATIONS


@dataclass(frozen=True)
class NeuronTerms:
    """One neuron's incoming weights, bias and activation.

    Attributes
    ----------
    layer : int
        Weight layer (0 = the first hidden layer, the last one is the output layer).
    unit : int
        Neuron index within the layer.
    weights : numpy.ndarray
        ``(fan_in,)`` incoming weights ``wᵢ``.
    bias : float
        ``b``.
    activation : str
        Registry name of ``f``.
    """

    layer: int
    unit: int
    weights: np.ndarray
    bias: float
    activation: str


@dataclass(frozen=True)
class PointTrace:
    """A single input traced through the network.

    Attributes
    ----------
    inputs : tuple of numpy.ndarray
        ``inputs[k]`` is what layer ``k`` receives (``inputs[0]`` is the network input).
    z, a : tuple of numpy.ndarray
        Pre-activations and activations per layer (``a[-1]`` is the network's output).
    """

    inputs: tuple[np.ndarray, ...]
    z: tuple[np.ndarray, ...]
    a: tuple[np.ndarray, ...]

    @property
    def output(self) -> np.ndarray:
        """The network's output for the point."""
        return self.a[-1]


def neuron_terms(weights: Sequence[np.ndarray], biases: Sequence[np.ndarray], activations: Sequence[str],
                 layer: int, unit: int) -> NeuronTerms:
    """Collect the terms of neuron ``unit`` in weight layer ``layer``.

    Parameters
    ----------
    weights, biases : sequence of numpy.ndarray
        Per layer ``(fan_in, fan_out)`` and ``(fan_out,)`` (a snapshot's ``weights`` and ``biases``).
    activations : sequence of str
        One activation name per layer.
    layer, unit : int
        Which neuron.

    Raises
    ------
    IndexError
        When the neuron does not exist in these weights.
    """
    w = np.asarray(weights[layer], dtype=np.float64)
    if not 0 <= unit < w.shape[1]:
        raise IndexError(f"layer {layer} has no neuron {unit}")
    return NeuronTerms(layer, unit, w[:, unit].copy(), float(np.asarray(biases[layer])[unit]), activations[layer])


def activate(name: str, z: np.ndarray) -> np.ndarray:
    """Apply the engine's activation ``name`` to ``z`` (a vector is one sample's layer)."""
    z = np.atleast_2d(np.asarray(z, dtype=np.float64))
    with np.errstate(all="ignore"):
        return ACTIVATIONS[name].value(z, np.empty_like(z))


def trace_point(weights: Sequence[np.ndarray], biases: Sequence[np.ndarray], activations: Sequence[str],
                x: np.ndarray) -> PointTrace:
    """Run one input vector through the network, keeping every layer's input, ``z`` and ``a``.

    Parameters
    ----------
    weights, biases : sequence of numpy.ndarray
        The network's parameters (e.g. from a snapshot).
    activations : sequence of str
        One activation per layer.
    x : numpy.ndarray
        ``(n_inputs,)`` network input (features already computed and scaled).

    Returns
    -------
    PointTrace
    """
    current = np.asarray(x, dtype=np.float64).ravel()
    inputs, zs, acts = [], [], []
    for w, b, name in zip(weights, biases, activations):
        z = current @ np.asarray(w, dtype=np.float64) + np.asarray(b, dtype=np.float64)
        a = activate(name, z)[0]
        inputs.append(current)
        zs.append(z)
        acts.append(a)
        current = a
    return PointTrace(tuple(inputs), tuple(zs), tuple(acts))


def predict(weights: Sequence[np.ndarray], biases: Sequence[np.ndarray], activations: Sequence[str],
            X: np.ndarray) -> np.ndarray:
    """The network's outputs for the rows of ``X`` (``(n, n_inputs)`` → ``(n, n_outputs)``)."""
    current = np.asarray(X, dtype=np.float64)
    for w, b, name in zip(weights, biases, activations):
        current = activate(name, current @ np.asarray(w, dtype=np.float64) + np.asarray(b, dtype=np.float64))
    return current


def weights_fit(weights: Sequence[np.ndarray], layer_sizes: Sequence[int]) -> bool:
    """Whether ``weights`` belong to a network with ``layer_sizes`` (inputs first)."""
    shapes = [tuple(np.shape(w)) for w in weights]
    return shapes == list(zip(layer_sizes[:-1], layer_sizes[1:]))
