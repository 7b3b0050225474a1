"""Weight initializers: a registry of functions ``init(rng, fan_in, fan_out) -> W`` (float64, (fan_in, fan_out)).

Biases always start at zero.  Draws are made in float64 from a ``numpy.random.Generator`` and cast by the
network, so a float32 and a float64 network built with the same seed start from the same (rounded) weights.
"""

from __future__ import annotations

import math

import numpy as np

from .errors import UnknownNameError


def xavier_uniform(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """Glorot uniform: U(−l, l) with l = sqrt(6 / (fan_in + fan_out))."""
    limit = math.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))


def xavier_normal(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """Glorot normal: N(0, 2 / (fan_in + fan_out))."""
    return rng.normal(0.0, math.sqrt(2.0 / (fan_in + fan_out)), size=(fan_in, fan_out))


def he_uniform(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """He (Kaiming) uniform: U(−l, l) with l = sqrt(6 / fan_in)."""
    limit = math.sqrt(6.0 / fan_in)
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))


def he_normal(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """He (Kaiming) normal: N(0, 2 / fan_in)."""
    return rng.normal(0.0, math.sqrt(2.0 / fan_in), size=(fan_in, fan_out))


def uniform(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """U(−0.5, 0.5), independent of the layer size."""
    return rng.uniform(-0.5, 0.5, size=(fan_in, fan_out))


def zeros(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """All zeros (shows why symmetric starting points cannot learn distinct hidden units)."""
    return np.zeros((fan_in, fan_out))


INITIALIZERS = {f.__name__: f for f in (xavier_uniform, xavier_normal, he_uniform, he_normal, uniform, zeros)}


def get_initializer(name: str):
    """Look up an initializer by name; raises :class:`UnknownNameError` listing the valid names."""
    init = INITIALIZERS.get(name) if isinstance(name, str) else None
    if init is None:
        raise UnknownNameError("initializer", name, INITIALIZERS)
    return init
