"""Decision-boundary and per-neuron pictures of any network over a :class:`~mlp_studio.model.snapshot.PlaneGrid`.

The same pictures as :func:`mlp_studio.model.snapshot.make_snapshot` draws (same grid layout and task
conventions; a test keeps them equal), but for a bare network: a replayed frame or a comparison run needs the
boundary without a live session, and without evaluating losses, gradients or confusion matrices.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlp_studio.model.snapshot import PlaneGrid, read_only


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
