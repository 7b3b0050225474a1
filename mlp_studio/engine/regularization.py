"""L1/L2 weight penalties: checking their strengths, their value and their gradient on the flat parameters.

Kept apart from :mod:`network` so the network reads as layers and passes, and the penalty
``l1·Σ|W| + (l2/2)·ΣW²`` (on the weights, never the biases) is written down in one place.
"""

from __future__ import annotations

import math

import numpy as np

from .errors import HyperparameterError


def check_penalty(name: str, value) -> float:
    """Return ``value`` as a float.

    Raises
    ------
    HyperparameterError
        If ``value`` is not a finite number >= 0 (the message names ``name``).
    """
    value = float(value)
    if not (math.isfinite(value) and value >= 0.0):
        raise HyperparameterError(f"{name} must be a finite number >= 0, not {value}")
    return value


def add_penalty_gradients(params: np.ndarray, weight_mask: np.ndarray, l1: float, l2: float,
                          grad: np.ndarray, tmp: np.ndarray) -> float:
    """Add the penalty gradients to the flat ``grad``; return the penalty value.

    Parameters
    ----------
    params : ndarray
        The network's flat parameters.
    weight_mask : ndarray
        Same shape: 1 on weight entries, 0 on biases.
    l1, l2 : float
        Penalty strengths.
    grad : ndarray
        Flat gradient, updated in place.
    tmp : ndarray
        Scratch array of the same shape (overwritten).
    """
    penalty = 0.0
    if l2:
        np.multiply(params, weight_mask, out=tmp)
        penalty += 0.5 * l2 * float(np.dot(tmp, tmp))
        tmp *= l2
        grad += tmp
    if l1:
        np.sign(params, out=tmp)
        tmp *= weight_mask
        penalty += l1 * float(np.dot(tmp, params))
        tmp *= l1
        grad += tmp
    return penalty


def weight_penalty(weights, l1: float, l2: float) -> float:
    """``l1·Σ|W| + (l2/2)·ΣW²`` over the per-layer weight matrices ``weights``."""
    penalty = 0.0
    if l2:
        penalty += 0.5 * l2 * sum(float(np.vdot(W, W)) for W in weights)
    if l1:
        penalty += l1 * sum(float(np.abs(W).sum()) for W in weights)
    return penalty
