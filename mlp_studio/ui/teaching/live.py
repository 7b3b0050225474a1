"""Shared plumbing of the teaching views: the run's current network as a twin, and choosing a sample.

The views never touch the training network (it lives on the worker thread): they compute on a twin built from
the latest snapshot's weights (:func:`mlp_studio.model.parameters.network_from_parameters`). While training is
paused, the latest snapshot is exact: the worker sends one after every pause, step and edit.
"""

from __future__ import annotations

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.model.parameters import ParametersMismatch, network_from_parameters
from mlp_studio.teaching.formatting import number


def live_twin(window, snapshot=None):
    """A twin of the run's network from ``snapshot`` (default ``window.last_snapshot``), or None (no snapshot,
    or one of another design)."""
    snapshot = snapshot if snapshot is not None else window.last_snapshot
    if snapshot is None or window.dataset is None:
        return None
    try:
        return network_from_parameters(window.spec, snapshot.weights, snapshot.biases)
    except ParametersMismatch:
        return None


def training_row_for_point(dataset, point) -> int | None:
    """The training row drawn at plane ``point`` (a picked point), or None (a test point, or no match)."""
    if point is None or dataset is None or dataset.points_train is None or not len(dataset.points_train):
        return None
    distance = np.hypot(*(np.asarray(dataset.points_train, dtype=np.float64) - np.asarray(point)).T)
    row = int(np.argmin(distance))
    return row if distance[row] <= 1e-9 * (1.0 + np.abs(point).max()) else None


def sample_summary(dataset, row: int) -> str:
    """``x = (0.31, −0.72) · class 1``: a training sample in one line (inputs shortened beyond 4)."""
    x = dataset.X_train[row]
    shown = ", ".join(number(v, 3) for v in x[:4]) + (", …" if len(x) > 4 else "")
    if dataset.task == "regression":
        target = tr("target {y}").format(y=number(float(dataset.Y_train[row, 0]), 3))
    else:
        names = dataset.class_names or ()
        label = int(dataset.labels_train[row])
        target = tr("class {name}").format(name=names[label] if label < len(names) else label)
    return f"x = ({shown}) · {target}"


def bring_to_front(dialog) -> None:
    """Show a top-level dialog above the window (the offscreen test platform has no window stacking)."""
    from PySide6.QtGui import QGuiApplication

    dialog.show()
    if QGuiApplication.platformName() != "offscreen":
        dialog.raise_()
        dialog.activateWindow()
