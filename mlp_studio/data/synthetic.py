"""Synthetic 2-D data sets on TensorFlow Playground's plane [-6, 6]².

The generators follow TensorFlow Playground's ``src/dataset.ts`` (Copyright 2016 Google Inc., Apache License
2.0, https://github.com/tensorflow/playground), reimplemented here in vectorised NumPy and driven by our seeded
``numpy.random.Generator``, so the shapes, scales and the meaning of ``noise`` are the ones teachers know from
the Playground: the shapes have radius about 5, and ``noise`` is the Playground's noise slider divided by 100
(0 .. 0.5 is the slider's range). ``moons`` is not in the Playground; it is scikit-learn's ``make_moons``
scaled into the same plane. ``xor4`` is the tutorial's four points and has its own extent.

Every generator is a pure function of ``(samples, noise, rng)``. How ``noise`` acts follows the Playground and
differs per set (see ``docs/data.md``):

* ``circle``, ``xor``, ``plane``, ``gaussian_hills``: the point stays where it was drawn, but its label (or
  target) is computed at the point plus uniform noise, so near the boundary labels flip.
* ``spiral`` and ``moons``: the point itself is jittered by uniform noise after the label was chosen.
* ``gaussians``: ``noise`` widens the blobs.

Classification sets draw the two classes' clean points half and half (sizes differ by at most one) and are
shuffled; noisy labelling can shift the balance a little.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

#: Fixed axes of the boundary plot for the generated sets: (x_min, x_max, y_min, y_max), as in the Playground.
PLANE_EXTENT: tuple[float, float, float, float] = (-6.0, 6.0, -6.0, 6.0)
#: Axes for the four XOR points of the tutorial, which sit on the unit square's corners.
XOR4_EXTENT: tuple[float, float, float, float] = (-0.5, 1.5, -0.5, 1.5)

RADIUS = 5.0  # size of the classification shapes (Playground)
_PLANE_RADIUS = 6.0  # regression inputs are uniform in [-6, 6]² (Playground)
_XOR_PADDING = 0.3  # keeps clean XOR points off the axes (Playground)
_BLOB_CENTRE = 2.0  # gaussians at (2, 2) and (-2, -2) (Playground)
_MOON_SCALE = 10.0 / 3.0  # scikit-learn's moons span 3 units across; scaled to span [-5, 5] like the others


def _class_sizes(samples: int) -> tuple[int, int]:
    """Split ``samples`` into two class sizes (class 0, class 1) differing by at most one."""
    return samples - samples // 2, samples // 2


def _labels(samples: int) -> np.ndarray:
    """Clean labels: ``n0`` zeros then ``n1`` ones."""
    n0, n1 = _class_sizes(samples)
    return np.repeat(np.array([0, 1], dtype=np.int64), [n0, n1])


def _shuffle(points: np.ndarray, labels: np.ndarray,
             rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Shuffle, so the classes are not in blocks."""
    order = rng.permutation(len(labels))
    return points[order], labels[order]


def _sin_cos(radius: np.ndarray, angle: np.ndarray) -> np.ndarray:
    """Plane points, shape (n, 2), at ``(r sin a, r cos a)`` (the Playground's orientation)."""
    return np.column_stack([radius * np.sin(angle), radius * np.cos(angle)])


def xor(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Four quadrants, coordinates uniform in ±[0.3, 5.3]; class 1 where the signs of x1 and x2 differ.

    Playground's ``classifyXORData`` with its labels mapped so that class 1 is the XOR of the two signs, as in
    ``xor4`` (the Playground's positive class, ``x*y >= 0``, is our class 0). Half the clean points are drawn
    in each class's quadrants; the label is then taken at the point plus ``U(-5, 5) * noise`` per coordinate.

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    clean = _labels(samples)
    magnitude = rng.uniform(0.0, RADIUS, size=(samples, 2)) + _XOR_PADDING
    sign_x1 = rng.choice([-1.0, 1.0], size=samples)
    sign_x2 = np.where(clean == 0, sign_x1, -sign_x1)  # same signs for class 0, opposite for class 1
    points = magnitude * np.column_stack([sign_x1, sign_x2])
    noisy = points + rng.uniform(-RADIUS, RADIUS, size=points.shape) * noise
    labels = (noisy[:, 0] * noisy[:, 1] < 0).astype(np.int64)
    return _shuffle(points, labels, rng)


def circle(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A disc of radius 2.5 (class 1) inside a ring from 3.5 to 5 (class 0); Playground's ``classifyCircleData``.

    The radius is uniform (not the area), so the disc is denser at its centre, as in the Playground. The label
    is 1 where the point plus ``U(-5, 5) * noise`` per coordinate lies within 2.5 of the origin.

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    clean = _labels(samples)
    radius = np.where(clean == 1, rng.uniform(0.0, RADIUS * 0.5, samples),
                      rng.uniform(RADIUS * 0.7, RADIUS, samples))
    points = _sin_cos(radius, rng.uniform(0.0, 2 * np.pi, samples))
    noisy = points + rng.uniform(-RADIUS, RADIUS, size=points.shape) * noise
    labels = (np.hypot(noisy[:, 0], noisy[:, 1]) < RADIUS * 0.5).astype(np.int64)
    return _shuffle(points, labels, rng)


def blob_std(noise: float) -> float:
    """Standard deviation of each ``gaussians`` blob: the Playground maps noise 0 .. 0.5 linearly to a
    *variance* of 0.5 .. 4 and draws with std = sqrt(variance); beyond 0.5 we clamp (variance 4, std 2)."""
    variance = 0.5 + 7.0 * min(max(noise, 0.0), 0.5)
    return float(np.sqrt(variance))


def gaussians(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two Gaussian blobs around (2, 2) (class 1) and (-2, -2) (class 0); Playground's ``classifyTwoGaussData``.

    ``noise`` widens both blobs (``blob_std``): std 0.71 at noise 0, 2 at noise 0.5 and above.

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    labels = _labels(samples)
    centres = np.where(labels[:, None] == 1, _BLOB_CENTRE, -_BLOB_CENTRE)
    points = centres + rng.normal(0.0, blob_std(noise), size=(samples, 2))
    return _shuffle(points, labels, rng)


def _arm(n: int, delta: float) -> np.ndarray:
    """Clean points, shape (n, 2), of one Playground spiral arm: r = 5 i/n, t = 1.75 · 2π i/n + delta."""
    i = np.arange(n) / max(n, 1)
    return _sin_cos(RADIUS * i, 1.75 * 2 * np.pi * i + delta)


def spiral(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved arms of 1.75 turns, radius 0 to 5; Playground's ``classifySpiralData``.

    Class 1 is the Playground's positive arm (``deltaT = 0``), class 0 the arm turned by π. Points are evenly
    spaced along each arm and jittered by ``U(-1, 1) * noise`` per coordinate. Both arms start at the origin,
    so with no noise one point of each class sits there (as in the Playground).

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    labels = _labels(samples)
    n0, n1 = _class_sizes(samples)
    points = np.concatenate([_arm(n0, np.pi), _arm(n1, 0.0)])
    points = points + rng.uniform(-1.0, 1.0, size=points.shape) * noise
    return _shuffle(points, labels, rng)


def moons(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles (scikit-learn's ``make_moons``), centred and scaled by 10/3.

    Not in the Playground. Clean points span x in [-5, 5], y in [-2.5, 2.5] (moon radius 10/3); class 0 is the
    upper moon. Points are jittered by ``U(-5, 5) * noise`` per coordinate, the same spread the Playground's
    circle and XOR use for their noise.

    Returns
    -------
    points : ndarray, shape (samples, 2)
    labels : ndarray of int64, shape (samples,)
    """
    labels = _labels(samples)
    t = rng.uniform(0.0, np.pi, samples)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    raw = np.where(labels[:, None] == 0, upper, lower)
    # The raw moons span x in [-1, 2], y in [-0.5, 1]; centre them and keep the aspect ratio.
    points = (raw - np.array([0.5, 0.25])) * _MOON_SCALE
    points = points + rng.uniform(-RADIUS, RADIUS, size=points.shape) * noise
    return _shuffle(points, labels, rng)


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


def _regression_points(samples: int, noise: float,
                       rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Points uniform in [-6, 6]², and where to evaluate their target: the point plus ``U(-6, 6) * noise``."""
    points = rng.uniform(-_PLANE_RADIUS, _PLANE_RADIUS, size=(samples, 2))
    noisy = points + rng.uniform(-_PLANE_RADIUS, _PLANE_RADIUS, size=(samples, 2)) * noise
    return points, noisy


def plane_surface(points: np.ndarray) -> np.ndarray:
    """The noise-free ``plane`` target, shape (n,): ``(x1 + x2) / 10`` (Playground maps [-10, 10] to [-1, 1])."""
    return (points[:, 0] + points[:, 1]) / 10.0


def plane(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Regression on a tilted plane; Playground's ``regressPlane``: target ``plane_surface`` at the noisy point.

    Returns
    -------
    points : ndarray, shape (samples, 2)
    targets : ndarray, shape (samples,), in [-1.2, 1.2] without noise
    """
    points, noisy = _regression_points(samples, noise, rng)
    return points, plane_surface(noisy)


# Playground's regressGaussian: (centre x1, centre x2, sign).
_HILLS = ((-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0), (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0),
          (4.0, -2.5, -1.0))


def hills_surface(points: np.ndarray) -> np.ndarray:
    """The noise-free ``gaussian_hills`` target, shape (n,), at plane points of shape (n, 2).

    Each of six centres contributes ``sign * max(0, 1 - distance / 2)`` (a cone of radius 2); the target is
    the contribution largest in absolute value (the first one on a tie), as in the Playground.
    """
    d = np.hypot(points[:, 0, None] - np.array([c[0] for c in _HILLS]),
                 points[:, 1, None] - np.array([c[1] for c in _HILLS]))
    values = np.array([c[2] for c in _HILLS]) * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    best = np.argmax(np.abs(values), axis=1)
    return values[np.arange(len(values)), best]


def gaussian_hills(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Regression on three peaks (+1) and three pits (-1); Playground's ``regressGaussian``.

    Returns
    -------
    points : ndarray, shape (samples, 2)
    targets : ndarray, shape (samples,), in [-1, 1]
    """
    points, noisy = _regression_points(samples, noise, rng)
    return points, hills_surface(noisy)


Generator = Callable[[int, float, np.random.Generator], tuple[np.ndarray, np.ndarray]]

#: Noisy point-cloud generators by data set name; ``xor4`` is separate because it takes no arguments.
CLASSIFICATION_GENERATORS: dict[str, Generator] = {
    "xor": xor, "circle": circle, "gaussians": gaussians, "spiral": spiral, "moons": moons,
}
REGRESSION_GENERATORS: dict[str, Generator] = {"plane": plane, "gaussian_hills": gaussian_hills}
