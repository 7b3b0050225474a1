"""Pictures over the input plane: the grid of network inputs and one forward pass that draws the boundary.

:class:`PlaneGrid` precomputes, once per run, the network inputs for a regular grid over a planar data set's
plane; :func:`plane_pictures` evaluates any network over it in **one** forward pass (the output grid and the coarser
neuron grids are stacked). Snapshots (live), replayed frames and comparison runs all draw with it.

Grid layout (all plane grids): **row-major**, ``grid[i, j]`` is at the ``i``-th y (row 0 is ``y_min``) and
the ``j``-th x (column 0 is ``x_min``): pyqtgraph's ``axisOrder='row-major'``, origin at the bottom-left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


def read_only(array: Any, dtype: Any = None) -> np.ndarray:
    """Return a read-only copy of ``array`` (the one way arrays leave the worker).

    Parameters
    ----------
    array : array_like
        Any shape.
    dtype : numpy dtype, optional
        Convert to this type while copying.

    Returns
    -------
    numpy.ndarray
        A fresh C-contiguous copy (same shape) whose ``flags.writeable`` is False.
    """
    copy = np.array(array, dtype=dtype, copy=True, order="C")
    copy.flags.writeable = False
    return copy


def freeze_arrays(value: Any) -> Any:
    """Make every array in ``value`` (nested in dicts, tuples and lists) read-only, in place; return ``value``.

    Unpickling gives writeable arrays, so objects that arrive from the training process freeze themselves with
    this (``Snapshot.__setstate__``).
    """
    if isinstance(value, np.ndarray):
        value.flags.writeable = False
    elif isinstance(value, dict):
        for item in value.values():
            freeze_arrays(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            freeze_arrays(item)
    return value


@dataclass(frozen=True)
class PlaneGrid:
    """Network inputs for a regular grid over a planar data set's plane, computed once per run.

    Attributes
    ----------
    extent : tuple of float
        ``(x_min, x_max, y_min, y_max)`` covered by both grids (the data set's ``plane_extent``).
    resolution : int
        ``G``, points per side of the output grid.
    neuron_resolution : int
        ``g``, points per side of the (coarser) per-neuron grids.
    inputs : numpy.ndarray
        ``(G*G + g*g, n_inputs)`` network inputs: the output grid's rows first, then the neuron grid's, both
        row-major (see the module docstring), so one forward pass evaluates both.
    """

    extent: tuple[float, float, float, float]
    resolution: int
    neuron_resolution: int
    inputs: np.ndarray

    @classmethod
    def for_dataset(cls, dataset: Any, resolution: int = 100, neuron_resolution: int = 40) -> PlaneGrid | None:
        """Build the grid for ``dataset``, or return None when the data set is not planar.

        Parameters
        ----------
        dataset : Dataset
            Uses ``is_planar``, ``plane_extent`` and ``inputs_for_points`` (features and scaling).
        resolution, neuron_resolution : int
            Points per side of the output grid and of the per-neuron grids.
        """
        if not dataset.is_planar:
            return None
        extent = tuple(float(v) for v in dataset.plane_extent)
        points = np.concatenate([plane_points(extent, resolution), plane_points(extent, neuron_resolution)])
        inputs = read_only(dataset.inputs_for_points(points))
        return cls(extent, int(resolution), int(neuron_resolution), inputs)

    @property
    def n_output_points(self) -> int:
        """``G*G``: the leading rows of :attr:`inputs` that belong to the output grid."""
        return self.resolution**2


def plane_points(extent: tuple[float, float, float, float], resolution: int) -> np.ndarray:
    """Points of a ``resolution x resolution`` grid over ``extent``, row-major (y outer, x inner).

    Returns
    -------
    numpy.ndarray
        ``(resolution**2, 2)`` float64 ``(x, y)`` points; row ``i * resolution + j`` is ``(x_j, y_i)``.
    """
    x_min, x_max, y_min, y_max = extent
    xx, yy = np.meshgrid(np.linspace(x_min, x_max, resolution), np.linspace(y_min, y_max, resolution))
    return np.column_stack([xx.ravel(), yy.ravel()])


@dataclass(frozen=True)
class PlanePictures:
    """Read-only pictures over the plane (row-major, row 0 = y_min; see model/snapshot.py).

    Attributes
    ----------
    extent : tuple of float
        ``(x_min, x_max, y_min, y_max)``.
    output_grid : numpy.ndarray
        ``(G, G)``: probability of class 1 (binary), winning class index as int64 (multiclass), value
        (regression).
    class_probability_grid : numpy.ndarray or None
        ``(G, G)`` probability of the winning class (multiclass only).
    neuron_grids : tuple of numpy.ndarray
        Per hidden layer ``(units, g, g)`` activations.
    """

    extent: tuple[float, float, float, float]
    output_grid: np.ndarray
    class_probability_grid: np.ndarray | None
    neuron_grids: tuple[np.ndarray, ...]


def plane_pictures(network, grid: PlaneGrid, task: str) -> PlanePictures:
    """Evaluate ``network`` over ``grid`` in one forward pass.

    Parameters
    ----------
    network : Network
        Only read.
    grid : PlaneGrid
        From ``PlaneGrid.for_dataset(dataset)`` (planar data sets only).
    task : str
        ``"binary"``, ``"multiclass"`` or ``"regression"`` (``dataset.task``).
    """
    trace = network.forward(grid.inputs)
    n_out, fine, side = grid.n_output_points, grid.resolution, grid.neuron_resolution
    output = np.asarray(trace.a[-1][:n_out])
    probability = None
    if task == "multiclass":
        picture = read_only(output.argmax(axis=1).reshape(fine, fine), np.int64)
        probability = read_only(output.max(axis=1).reshape(fine, fine))
    else:
        # Binary: a one-unit sigmoid gives P(class 1); a two-unit softmax gives it in column 1.
        column = 1 if (task == "binary" and output.shape[1] == 2) else 0
        picture = read_only(output[:, column].reshape(fine, fine))
    neurons = tuple(read_only(np.asarray(a[n_out:]).T.reshape(a.shape[1], side, side)) for a in trace.a[1:-1])
    return PlanePictures(grid.extent, picture, probability, neurons)
