"""Activation functions: a small registry of value and derivative functions selected by name.

Each activation is an :class:`Activation` with three pure-NumPy functions:

* ``value(z, out)`` -- the activation ``a = f(z)``, written into ``out`` (any float array of ``z``'s shape);
* ``derivative(z, a)`` -- the element-wise derivative ``f'(z)`` as a new array (for display);
* ``backprop(z, a, grad, scratch)`` -- turns ``grad`` = dL/da into dL/dz **in place** (``scratch`` is a
  same-shaped buffer it may overwrite).  This is what training uses: it needs no allocation.

All functions are overflow-free for any finite ``z`` (``|z| = 1000`` raises no warning), without clipping.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .errors import ArchitectureError, UnknownNameError

LEAKY_SLOPE = 0.01


@dataclass(frozen=True)
class Activation:
    """One activation function.

    Attributes
    ----------
    name : str
        Registry name.
    value : callable (z, out) -> out
        Writes f(z) into ``out`` and returns it.
    derivative : callable (z, a) -> ndarray
        Element-wise f'(z) (for softmax: the diagonal of its Jacobian, a·(1−a)).
    backprop : callable (z, a, grad, scratch) -> None
        In place: ``grad`` (dL/da, shape (n, units)) becomes dL/dz.
    hidden_ok : bool
        False for softmax, which couples the units of a layer and is allowed on the output layer only.
    """

    name: str
    value: Callable
    derivative: Callable
    backprop: Callable
    hidden_ok: bool = True


def _sigmoid(z, out):
    # sigmoid(z) = exp(-softplus(-z)) and softplus(t) = logaddexp(0, t) never overflows, so this is exact in
    # both tails without clipping (exp of a huge negative number underflows quietly to 0).
    np.negative(z, out=out)
    np.logaddexp(0.0, out, out=out)
    np.negative(out, out=out)
    return np.exp(out, out=out)


def _sigmoid_backprop(z, a, grad, scratch):
    np.subtract(1.0, a, out=scratch)
    scratch *= a
    grad *= scratch


def _tanh(z, out):
    return np.tanh(z, out=out)


def _tanh_backprop(z, a, grad, scratch):
    np.multiply(a, a, out=scratch)
    np.subtract(1.0, scratch, out=scratch)
    grad *= scratch


def _relu(z, out):
    return np.maximum(z, 0.0, out=out)


def _relu_backprop(z, a, grad, scratch):
    # 1.0 where a = max(z, 0) > 0, else 0.0, written straight into the float buffer (no boolean temporary);
    # np.greater is ~3× faster than np.sign on large batches.
    np.greater(a, 0.0, out=scratch)
    grad *= scratch


def _leaky_relu(z, out):
    # max(z, 0.01 z) equals leaky ReLU for a slope below 1.
    np.multiply(z, LEAKY_SLOPE, out=out)
    return np.maximum(z, out, out=out)


def _leaky_relu_backprop(z, a, grad, scratch):
    np.greater(z, 0.0, out=scratch)          # 1.0 where z > 0, else 0.0
    scratch *= 1.0 - LEAKY_SLOPE
    scratch += LEAKY_SLOPE
    grad *= scratch


def _linear(z, out):
    np.copyto(out, z)
    return out


def _linear_backprop(z, a, grad, scratch):
    pass


def _softmax(z, out, stats=None):
    """Softmax of each row of z into ``out``.

    ``stats``, optional: two (n, 1) buffers that receive each row's maximum m and Σ exp(z − m), so that a
    cross-entropy loss can use log Σ exp(z) = m + log Σ exp(z − m) without a second pass (see losses).
    """
    m, total = stats if stats is not None else (None, None)
    # Subtracting the row maximum keeps exp() from overflowing; the result is unchanged mathematically.
    m = np.maximum.reduce(z, axis=1, keepdims=True, out=m)
    np.subtract(z, m, out=out)
    np.exp(out, out=out)
    total = np.add.reduce(out, axis=1, keepdims=True, out=total)
    out /= total
    return out


def _softmax_backprop(z, a, grad, scratch):
    # Jacobian-vector product of softmax: dL/dz = a * (g - sum(g * a)) row by row.
    np.multiply(grad, a, out=scratch)
    grad -= scratch.sum(axis=1, keepdims=True)
    grad *= a


def _elementwise_derivative(backprop):
    def derivative(z, a):
        grad = np.ones_like(np.asarray(a))
        backprop(np.asarray(z), np.asarray(a), grad, np.empty_like(grad))
        return grad
    return derivative


def _softmax_derivative(z, a):
    a = np.asarray(a)
    return a * (1.0 - a)


def _make(name, value, backprop, hidden_ok=True, derivative=None):
    return Activation(name, value, derivative or _elementwise_derivative(backprop), backprop, hidden_ok)


ACTIVATIONS: dict[str, Activation] = {
    act.name: act for act in (
        _make("sigmoid", _sigmoid, _sigmoid_backprop),
        _make("tanh", _tanh, _tanh_backprop),
        _make("relu", _relu, _relu_backprop),
        _make("leaky_relu", _leaky_relu, _leaky_relu_backprop),
        _make("linear", _linear, _linear_backprop),
        _make("softmax", _softmax, _softmax_backprop, hidden_ok=False, derivative=_softmax_derivative),
    )
}


def get_activation(name: str, hidden: bool = False, layer: int | None = None) -> Activation:
    """Look up an activation by name.

    Parameters
    ----------
    name : str
        A key of :data:`ACTIVATIONS`.
    hidden : bool
        True when the activation is for a hidden layer (softmax is then rejected).
    layer : int, optional
        1-based layer number, used in error messages.

    Raises
    ------
    UnknownNameError
        If the name is not registered.
    ArchitectureError
        If an output-only activation (softmax) is asked for on a hidden layer.
    """
    act = ACTIVATIONS.get(name) if isinstance(name, str) else None
    if act is None:
        raise UnknownNameError("activation", name, ACTIVATIONS)
    if hidden and not act.hidden_ok:
        where = f"layer {layer}" if layer is not None else "a hidden layer"
        raise ArchitectureError(f"{name} is only allowed on the output layer, not on {where}")
    return act
