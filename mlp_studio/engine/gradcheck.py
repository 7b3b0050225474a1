"""Finite-difference gradient checking (use a float64 network: float32 round-off swamps the differences)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def numerical_gradients(net, X, Y, eps: float = 1e-6):
    """Central-difference estimate of dL/dW and dL/db for every parameter.

    Parameters
    ----------
    net : Network
        Its parameters are perturbed one at a time and restored exactly.
    X : array_like, (n, n_inputs)
    Y : array_like, (n, outputs)
    eps : float
        Perturbation size.

    Returns
    -------
    dW, db : list of ndarray
        Per-layer estimates, (fan_in, fan_out) and (fan_out,), float64.
    """
    params = net._params
    flat = np.empty(params.size, dtype=np.float64)
    for j in range(params.size):
        original = params[j]
        params[j] = original + eps
        plus = net.loss(X, Y)
        params[j] = original - eps
        minus = net.loss(X, Y)
        params[j] = original
        flat[j] = (plus - minus) / (2.0 * eps)
    return net._split(flat)


@dataclass(frozen=True)
class GradientCheck:
    """Comparison of back-propagated and numerical gradients.

    Attributes
    ----------
    max_relative_error : float
        Largest element-wise relative error over all parameters.
    layer_errors : tuple of float
        Largest relative error per layer (weights and biases together).
    analytic, numeric : tuple of (list, list)
        The two ``(dW, db)`` gradient sets that were compared.
    """

    max_relative_error: float
    layer_errors: tuple
    analytic: tuple
    numeric: tuple

    def passed(self, tolerance: float = 1e-5) -> bool:
        """True when every layer's relative error is below ``tolerance``."""
        return self.max_relative_error < tolerance


def relative_error(a, b, floor: float = 1e-5) -> np.ndarray:
    """|a − b| / max(|a|, |b|, floor), element-wise; the floor keeps round-off on near-zero gradients quiet."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), floor)


def gradient_check(net, X, Y, eps: float = 1e-6, floor: float = 1e-5) -> GradientCheck:
    """Compare :meth:`Network.loss_and_gradients` with :func:`numerical_gradients`, layer by layer."""
    _, dW, db = net.loss_and_gradients(X, Y)
    num_W, num_b = numerical_gradients(net, X, Y, eps)
    errors = tuple(
        float(max(relative_error(a, n, floor).max(initial=0.0), relative_error(ab, nb, floor).max(initial=0.0)))
        for a, n, ab, nb in zip(dW, num_W, db, num_b))
    return GradientCheck(max(errors), errors, (dW, db), (num_W, num_b))
