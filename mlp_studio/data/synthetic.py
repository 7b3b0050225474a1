"""Synthetic 2-D data sets, modelled on TensorFlow Playground but scaled to the plane [-1, 1]².

Every generator is a pure function of ``(samples, noise, rng)``. Classification sets are balanced (the two
class sizes differ by at most one) and shuffled; ``noise`` is the standard deviation of Gaussian jitter
added to each coordinate *after* the label was chosen, so large noise pushes points across the ideal
boundary just as in the Playground. Regression sets add ``noise`` to the target instead.

The clean shapes lie inside [-1, 1]² and the boundary plot always shows ``PLANE_EXTENT`` = [-1.5, 1.5]²,
so noisy points still fit and the same axes are used for every set, seed and noise level.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

#: Fixed axes of the boundary plot for the generated sets: (x_min, x_max, y_min, y_max).
PLANE_EXTENT: tuple[float, float, float, float] = (-1.5, 1.5, -1.5, 1.5)
#: Axes for the four XOR points of the tutorial, which sit on the unit square's corners.
XOR4_EXTENT: tuple[float, float, float, float] = (-0.5, 1.5, -0.5, 1.5)

_XOR_PADDING = 0.05  # keeps clean XOR points off the axes, where the label would be ambiguous
_BLOB_STD = 0.2  # spread of each Gaussian blob before noise
_BLOB_CENTRE = 0.45


def _class_sizes(samples: int) -> tuple[int, int]:
    """Split ``samples`` into two class sizes differing by at most one."""
    return samples - samples // 2, samples // 2


def _finish(points: np.ndarray, labels: np.ndarray, noise: float,
            rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Add coordinate noise and shuffle, so the classes are not in blocks."""
    if noise > 0:
        points = points + rng.normal(0.0, noise, size=points.shape)
    order = rng.permutation(len(labels))
    return points[order], labels[order]


def xor(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Four quadrants; class 1 where the signs of x1 and x2 differ (XOR of the two signs).

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    n0, n1 = _class_sizes(samples)
    labels = np.repeat(np.array([0, 1], dtype=np.int64), [n0, n1])
    magnitude = rng.uniform(_XOR_PADDING, 1.0, size=(samples, 2))
    sign_x1 = rng.choice([-1.0, 1.0], size=samples)
    # Same sign for class 0, opposite sign for class 1.
    sign_x2 = np.where(labels == 0, sign_x1, -sign_x1)
    points = magnitude * np.column_stack([sign_x1, sign_x2])
    return _finish(points, labels, noise, rng)


def _polar(radius: np.ndarray, angle: np.ndarray) -> np.ndarray:
    """Plane points, shape (n, 2), from polar coordinates."""
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


def circle(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A disc of radius 0.5 (class 1) inside a ring from 0.7 to 1.0 (class 0).

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    n0, n1 = _class_sizes(samples)
    labels = np.repeat(np.array([0, 1], dtype=np.int64), [n0, n1])
    radius = np.where(labels == 1, rng.uniform(0.0, 0.5, samples), rng.uniform(0.7, 1.0, samples))
    points = _polar(radius, rng.uniform(0.0, 2 * np.pi, samples))
    return _finish(points, labels, noise, rng)


def _truncated_normal(rng: np.random.Generator, std: float, bound: float, size: tuple[int, int]) -> np.ndarray:
    """Normal draws of shape ``size`` redrawn until within ±bound, so clean blobs stay inside [-1, 1]²."""
    out = rng.normal(0.0, std, size=size)
    while (outside := np.abs(out) > bound).any():  # ~0.6 % of draws at 2.75 std: a pass or two
        out[outside] = rng.normal(0.0, std, size=int(outside.sum()))
    return out


def gaussians(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two Gaussian blobs (std 0.2, cut off at ±0.55) around (-0.45, -0.45) (class 0) and (0.45, 0.45) (class 1).

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    n0, n1 = _class_sizes(samples)
    labels = np.repeat(np.array([0, 1], dtype=np.int64), [n0, n1])
    centres = np.where(labels[:, None] == 1, _BLOB_CENTRE, -_BLOB_CENTRE)
    points = centres + _truncated_normal(rng, _BLOB_STD, 1.0 - _BLOB_CENTRE, (samples, 2))
    return _finish(points, labels, noise, rng)


def spiral(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spiral arms, 1.75 turns each, radius growing to 0.9; arm 1 is arm 0 turned by π.

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    n0, n1 = _class_sizes(samples)
    labels = np.repeat(np.array([0, 1], dtype=np.int64), [n0, n1])
    # Evenly spaced along each arm (as in the Playground) so the arms look continuous.
    t = np.concatenate([np.linspace(0.0, 1.0, n0, endpoint=False), np.linspace(0.0, 1.0, n1, endpoint=False)])
    radius = 0.9 * t + 0.05
    angle = 1.75 * 2 * np.pi * t + np.pi * labels
    points = _polar(radius, angle)
    return _finish(points, labels, noise, rng)


def moons(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles (scikit-learn's ``make_moons``) scaled by 2/3 into [-1, 1] x [-0.5, 0.5].

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    n0, n1 = _class_sizes(samples)
    labels = np.repeat(np.array([0, 1], dtype=np.int64), [n0, n1])
    t = rng.uniform(0.0, np.pi, samples)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    raw = np.where(labels[:, None] == 0, upper, lower)
    # The raw moons span x in [-1, 2], y in [-0.5, 1]; centre them and keep the aspect ratio.
    points = (raw - np.array([0.5, 0.25])) / 1.5
    return _finish(points, labels, noise, rng)


def xor4() -> tuple[np.ndarray, np.ndarray]:
    """The tutorial's four XOR points in their fixed order.

    Returns
    -------
    points : ndarray, shape (4, 2)
        ``[[0, 0], [0, 1], [1, 0], [1, 1]]``.
    labels : ndarray of int64, shape (4,)
        ``[0, 1, 1, 0]``.
    """
    points = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    return points, np.array([0, 1, 1, 0], dtype=np.int64)


def _uniform_plane(samples: int, rng: np.random.Generator) -> np.ndarray:
    """Points, shape (samples, 2), uniform over [-1, 1]²."""
    return rng.uniform(-1.0, 1.0, size=(samples, 2))


def plane(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Regression on a tilted plane: ``y = (x1 + x2) / 2 + noise * N(0, 1)``, so y lies in about [-1, 1].

    Returns
    -------
    points : ndarray, shape (samples, 2)
    targets : ndarray, shape (samples,)
    """
    points = _uniform_plane(samples, rng)
    y = 0.5 * (points[:, 0] + points[:, 1]) + noise * rng.normal(size=samples)
    return points, y


# Two positive and two negative hills on the diagonals: (centre x1, centre x2, height).
_HILLS = ((-0.5, -0.5, 1.0), (0.5, 0.5, 1.0), (-0.5, 0.5, -1.0), (0.5, -0.5, -1.0))
_HILL_WIDTH = 0.3


def hills_surface(points: np.ndarray) -> np.ndarray:
    """The noise-free ``gaussian_hills`` surface, shape (n,), at plane points of shape (n, 2)."""
    y = np.zeros(points.shape[0])
    for cx, cy, height in _HILLS:
        d2 = (points[:, 0] - cx) ** 2 + (points[:, 1] - cy) ** 2
        y += height * np.exp(-d2 / (2 * _HILL_WIDTH**2))
    return y


def gaussian_hills(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Regression on two hills (+1) and two valleys (-1) of Gaussian shape (width 0.3) at (±0.5, ±0.5).

    Returns
    -------
    points : ndarray, shape (samples, 2)
    targets : ndarray, shape (samples,)
    """
    points = _uniform_plane(samples, rng)
    y = hills_surface(points) + noise * rng.normal(size=samples)
    return points, y


Generator = Callable[[int, float, np.random.Generator], tuple[np.ndarray, np.ndarray]]

#: Noisy point-cloud generators by data set name; ``xor4`` is separate because it takes no arguments.
CLASSIFICATION_GENERATORS: dict[str, Generator] = {
    "xor": xor, "circle": circle, "gaussians": gaussians, "spiral": spiral, "moons": moons,
}
REGRESSION_GENERATORS: dict[str, Generator] = {"plane": plane, "gaussian_hills": gaussian_hills}
