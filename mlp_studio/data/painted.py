"""The ``painted`` data set: points a teacher paints on the plane, each with a class 0 .. 7 (docs/classroom-paint.md).

The points live in the spec itself (``DatasetSpec.points``), as a tuple of ``(x1, x2, class)`` triples, so a
spec stays immutable and hashable: it crosses threads, sits on the undo stack and keys the data set cache.
Coordinates are clipped to the set's plane, ``DatasetSpec.extent`` (default the Playground plane [-6, 6]²), which
is also the data set's ``plane_extent``: a set painted from ``xor4`` keeps xor4's small plane.

The task follows the highest class painted: ``n_classes = max class + 1`` (a class left out below it keeps its
output unit and its colour, so painting or erasing one class never re-colours the others). Two classes (0 and 1)
make a ``binary`` set with one sigmoid output; three or more a ``multiclass`` set with one-hot targets.
"""

from __future__ import annotations

import math
from numbers import Integral, Real

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.errors import DataError

from .synthetic import PLANE_EXTENT

#: At most this many painted points (a live boundary plot of more is slow and a classroom never needs them).
MAX_PAINTED_POINTS = 5_000
#: Classes 0 .. MAX_PAINTED_CLASSES - 1 may be painted (the GUI offers the first six).
MAX_PAINTED_CLASSES = 8

#: Each side of a painted plane must be this long at least and at most (plane units).
MIN_EXTENT_SIDE = 0.1
MAX_EXTENT_SIDE = 1000.0

PaintedPoint = tuple[float, float, int]
Extent = tuple[float, float, float, float]


def extent_problem(extent) -> str | None:
    """What is wrong with a painted plane ``(x_min, x_max, y_min, y_max)``, or None when it is good."""
    if isinstance(extent, (str, bytes, dict)) or not hasattr(extent, "__len__") or len(extent) != 4:
        return tr("must be [x_min, x_max, y_min, y_max], got {value!r}").format(value=extent)
    for name, value in zip(("x_min", "x_max", "y_min", "y_max"), extent):
        if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
            return tr("{name} must be a finite number, got {value!r}").format(name=name, value=value)
    for axis, low, high in (("x", extent[0], extent[1]), ("y", extent[2], extent[3])):
        if not low < high:
            return tr("{axis}_min must be less than {axis}_max, got {low!r} and {high!r}").format(
                axis=axis, low=low, high=high)
        if not MIN_EXTENT_SIDE <= high - low <= MAX_EXTENT_SIDE:
            return tr("the {axis} side must be from {low:g} to {high:g} long, got {size:g}").format(
                axis=axis, low=MIN_EXTENT_SIDE, high=MAX_EXTENT_SIDE, size=high - low)
    return None


def painted_extent(extent=None) -> Extent:
    """Validate a painted set's plane and return it as a tuple of floats (None: the Playground plane [-6, 6]²).

    Raises
    ------
    DataError
        Not four finite numbers, a min not below its max, or a side shorter than 0.1 or longer than 1000
        (named ``dataset.extent``).
    """
    if extent is None:
        return tuple(float(v) for v in PLANE_EXTENT)
    problem = extent_problem(extent)
    if problem is not None:
        raise DataError(tr("dataset.extent: {problem}").format(problem=problem))
    return tuple(float(v) for v in extent)


def _clip(value: float, low: float, high: float) -> float:
    """Clip a coordinate to ``[low, high]``."""
    return float(min(max(float(value), low), high))


def point_problem(item) -> str | None:
    """What is wrong with one painted entry (without its position), or None when it is a good triple."""
    if isinstance(item, (str, bytes, dict)) or not hasattr(item, "__len__") or len(item) != 3:
        return f"must be [x1, x2, class], got {item!r}"
    for axis, value in zip(("x1", "x2"), item[:2]):
        if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
            return f"{axis} must be a finite number, got {value!r}"
    label = item[2]
    if isinstance(label, float) and label.is_integer():
        label = int(label)
    if isinstance(label, bool) or not isinstance(label, Integral) or not 0 <= label < MAX_PAINTED_CLASSES:
        return f"class must be a whole number from 0 to {MAX_PAINTED_CLASSES - 1}, got {item[2]!r}"
    return None


def _point(item, index: int, extent: Extent) -> PaintedPoint:
    """One validated, clipped ``(x1, x2, class)`` triple; errors name ``dataset.points[index]``."""
    problem = point_problem(item)
    if problem is not None:
        raise DataError(tr("dataset.points[{index}]: {problem}").format(index=index, problem=problem))
    return (_clip(item[0], extent[0], extent[1]), _clip(item[1], extent[2], extent[3]), int(item[2]))


def painted_points(points, extent=None) -> tuple[PaintedPoint, ...]:
    """Validate painted points and return them as a canonical tuple of ``(x1, x2, class)``.

    Parameters
    ----------
    points : sequence of (x1, x2, class)
        Coordinates (finite numbers, clipped to ``extent``) and whole-number classes 0 .. 7.
    extent : (x_min, x_max, y_min, y_max), optional
        The set's plane (see :func:`painted_extent`); None for the Playground plane [-6, 6]².

    Returns
    -------
    tuple of (float, float, int)
        Hashable and immutable, ready for ``DatasetSpec(name="painted", points=...)``.

    Raises
    ------
    DataError
        Missing or not a list, too many points, or a bad entry (named ``dataset.points[i]``), or a bad extent.
    """
    plane = painted_extent(extent)
    if points is None:
        raise DataError(tr("dataset.points is required for the painted data set: paint at least two classes"))
    if isinstance(points, (str, bytes, dict)) or not hasattr(points, "__len__"):
        raise DataError(tr("dataset.points must be a list of [x1, x2, class] entries, got {kind}").format(
                            kind=type(points).__name__))
    if len(points) > MAX_PAINTED_POINTS:
        raise DataError(tr("dataset.points has {n:,} points; at most {max_painted_points:,} are allowed").format(
                            n=len(points), max_painted_points=MAX_PAINTED_POINTS))
    return tuple(_point(item, i, plane) for i, item in enumerate(points))


def painted_arrays(points: tuple[PaintedPoint, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Plane coordinates ``(n, 2)`` float64 and classes ``(n,)`` int64 of validated points."""
    if not points:
        return np.zeros((0, 2), dtype=np.float64), np.zeros(0, dtype=np.int64)
    array = np.asarray(points, dtype=np.float64)
    return array[:, :2].copy(), array[:, 2].astype(np.int64)


def painted_task(labels: np.ndarray) -> tuple[str, int]:
    """The task and class count of painted labels: ``("binary", 2)`` or ``("multiclass", max + 1)``.

    Raises
    ------
    DataError
        When fewer than two classes have points ("paint at least two classes").
    """
    used = np.unique(np.asarray(labels, dtype=np.int64))
    if used.size < 2:
        have = "no points" if used.size == 0 else f"only class {int(used[0])} has points"
        raise DataError(tr("dataset.points: paint at least two classes ({have})").format(have=have))
    n_classes = int(used.max()) + 1
    return ("binary" if n_classes == 2 else "multiclass"), n_classes


def points_from_dataset(dataset, decimals: int = 3) -> tuple[PaintedPoint, ...]:
    """Turn a planar classification data set's points (train and test) into painted points.

    Used to start painting from an existing set. Coordinates are rounded to ``decimals`` places and clipped to
    the set's ``plane_extent`` (which the painted set then keeps, ``DatasetSpec.extent``); at most
    :data:`MAX_PAINTED_POINTS` points are kept (the sets' rows are already shuffled).

    Raises
    ------
    DataError
        For a non-planar or regression data set.
    """
    if not dataset.is_planar or dataset.task == "regression":
        raise DataError(tr("only a 2-D classification data set can be turned into painted points"))
    parts = [(dataset.points_train, dataset.labels_train), (dataset.points_test, dataset.labels_test)]
    xy = np.concatenate([np.asarray(p, dtype=np.float64) for p, _ in parts if p is not None])
    labels = np.concatenate([np.asarray(t, dtype=np.int64) for p, t in parts if p is not None])
    x0, x1, y0, y1 = dataset.plane_extent or PLANE_EXTENT
    xy = np.round(xy, decimals)[:MAX_PAINTED_POINTS]
    xy = np.column_stack([np.clip(xy[:, 0], x0, x1), np.clip(xy[:, 1], y0, y1)])
    labels = labels[:MAX_PAINTED_POINTS] % MAX_PAINTED_CLASSES
    return tuple((float(a), float(b), int(c)) for (a, b), c in zip(xy, labels))
