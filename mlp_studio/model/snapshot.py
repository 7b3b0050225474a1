"""Frozen pictures of a training run, made on the worker thread and drawn on the GUI thread.

A :class:`Snapshot` holds everything the views draw -- weights, losses, the decision surface, per-neuron
pictures, histograms, a confusion matrix -- as read-only arrays that nothing can change after the snapshot is
made, so it can cross the thread boundary without locks. :func:`make_snapshot` builds one from a live
:class:`~mlp_studio.model.session.Session`; the expensive parts are bounded so a snapshot costs about the same
whatever the data set's size:

- the plane is evaluated with **one** forward pass per snapshot: the output grid (``G x G``) and the coarser
  neuron grid (``g x g``) are stacked into one input matrix (:class:`PlaneGrid`, precomputed once per run);
- histograms, regression scatter and gradient norms use at most a few hundred rows, picked by a fixed,
  evenly spaced subsample (no random numbers, so reruns draw the same pictures).

Grid layout (all plane grids): **row-major**, ``grid[i, j]`` is at the ``i``-th y (row 0 is ``y_min``) and
the ``j``-th x (column 0 is ``x_min``): pyqtgraph's ``axisOrder='row-major'``, origin at the bottom-left.

:class:`History` is the loss curve: an append-only buffer owned by the worker. It gets one point per snapshot
and, on fast runs, points at epoch ends in between (the worker adds them within a small time budget, see
``mlp_studio.controller.worker``), so a run of 300 epochs in one second still draws a smooth curve. Its size is
bounded: when ``max_rows`` are reached the older half is thinned to every other point, so hours of live
training keep a fixed amount of memory (recent points dense, old ones sparser).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

#: Rows used for activation histograms and the regression scatter (keeps a snapshot cheap on big sets).
SAMPLE_ROWS = 500
#: Rows of the training set used for the per-layer gradient norms.
GRADIENT_ROWS = 256
#: Rows of the test split used for the confusion matrix (the whole split unless it is huge).
CONFUSION_ROWS = 5000
#: Number of histogram bins per layer.
HISTOGRAM_BINS = 30

# Fixed histogram ranges for bounded activations, so the bars do not jump as the range changes between frames.
_FIXED_RANGES = {"tanh": (-1.0, 1.0), "sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0)}


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


def subsample_indices(n: int, limit: int) -> np.ndarray:
    """Evenly spaced row indices: all ``n`` rows when ``n <= limit``, else ``limit`` of them.

    Deterministic on purpose: two runs with the same seed must draw the same pictures.

    Returns
    -------
    numpy.ndarray
        ``(min(n, limit),)`` int64 indices, increasing.
    """
    if n <= limit:
        return np.arange(n)
    return np.linspace(0, n - 1, limit).astype(np.int64)


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
class HistoryView:
    """The loss curve up to one snapshot: equal-length read-only ``(n,)`` float64 arrays.

    ``test_*`` are nan when there is no test split; ``metric_name`` is ``"accuracy"`` or ``"r2"``.
    """

    epoch: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_metric: np.ndarray
    test_metric: np.ndarray
    metric_name: str

    def __len__(self) -> int:
        return len(self.epoch)


class History:
    """Append-only loss history of one run, owned and written only by the worker thread.

    Views handed out by :meth:`view` are read-only slices of the rows already written. Rows are never
    rewritten and a full buffer is replaced (not resized in place), so a view stays valid and unchanged while
    the worker keeps appending: snapshots share the buffer instead of copying the whole curve every frame.
    """

    _COLUMNS = 5

    def __init__(self, capacity: int = 1024, max_rows: int = 20_000):
        self.metric_name, self._size = "", 0
        self.max_rows = max(4, int(max_rows))
        self._buffer = np.full((min(capacity, self.max_rows), self._COLUMNS), np.nan)

    @property
    def last_epoch(self) -> float:
        """Epoch of the latest point (-inf when empty)."""
        return float(self._buffer[self._size - 1, 0]) if self._size else float("-inf")

    def __len__(self) -> int:
        return self._size

    def append(self, epoch: float, evaluation: Any) -> None:
        """Add one point: fractional ``epoch`` and an ``Evaluation`` (losses and metrics)."""
        self.metric_name = evaluation.metric_name
        if self._size == len(self._buffer):
            # A new buffer (larger, or at max_rows the same size with its older half thinned): old views keep
            # pointing at the old one, which nobody writes any more.
            self._buffer, self._size = self._replacement()
        self._buffer[self._size] = (epoch, evaluation.train_loss, evaluation.test_loss,
                                    evaluation.train_metric, evaluation.test_metric)
        self._size += 1

    def _replacement(self) -> tuple[np.ndarray, int]:
        """A fresh buffer holding the rows so far (all of them, or the older half's every other one)."""
        size = self._size
        if size < self.max_rows:
            rows = self._buffer[:size]
            capacity = min(2 * len(self._buffer), self.max_rows)
        else:
            half = size // 2
            rows = np.concatenate([self._buffer[:half:2], self._buffer[half:size]])
            capacity = len(self._buffer)
        fresh = np.full((capacity, self._COLUMNS), np.nan)
        fresh[: len(rows)] = rows
        return fresh, len(rows)

    def view(self) -> HistoryView:
        """The points so far as a :class:`HistoryView` (no copy)."""
        columns = []
        for k in range(self._COLUMNS):
            column = self._buffer[: self._size, k]
            column.flags.writeable = False  # the view only; the worker still writes later rows of the buffer
            columns.append(column)
        return HistoryView(*columns, metric_name=self.metric_name)


@dataclass(frozen=True)
class Snapshot:
    """Everything the GUI draws for one moment of a run. Arrays are read-only; see the module docstring.

    Attributes
    ----------
    run_id : int
        Which run (load or reset) made it; the controller drops snapshots of older runs.
    step : int
        Optimizer steps so far.
    epoch : float
        Completed epochs plus the fraction of the current one.
    evaluation : Evaluation
        Train/test loss and metric (``session.evaluate()``).
    weights, biases : tuple of numpy.ndarray
        Per layer ``(fan_in, fan_out)`` and ``(fan_out,)``.
    gradient_norms : tuple of float
        Per layer Frobenius norm of ``dL/dW`` on up to ``GRADIENT_ROWS`` training rows.
    output_grid : numpy.ndarray or None
        ``(G, G)`` over the plane (planar sets only): probability of class 1 (binary), winning class index
        as int64 (multiclass), predicted value (regression).
    class_probability_grid : numpy.ndarray or None
        ``(G, G)`` probability of the winning class (planar multiclass only).
    neuron_grids : tuple of numpy.ndarray or None
        Per hidden layer ``(units, g, g)`` activations over the plane (planar sets only).
    confusion : numpy.ndarray or None
        ``(k, k)`` int counts, rows true class, columns predicted, on the test split (train when there is none).
    activation_histograms : tuple of (numpy.ndarray, numpy.ndarray) or None
        Per hidden layer ``(counts (bins,), edges (bins + 1,))`` over up to ``SAMPLE_ROWS`` training rows
        (non-planar sets only).
    predictions : numpy.ndarray or None
        ``(m, 2)`` predicted and true values (regression only, ``m <= SAMPLE_ROWS``).
    history : HistoryView or None
        The loss curve up to and including this snapshot.
    """

    run_id: int
    step: int
    epoch: float
    evaluation: Any
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    gradient_norms: tuple[float, ...]
    output_grid: np.ndarray | None = None
    class_probability_grid: np.ndarray | None = None
    neuron_grids: tuple[np.ndarray, ...] | None = None
    confusion: np.ndarray | None = None
    activation_histograms: tuple[tuple[np.ndarray, np.ndarray], ...] | None = None
    predictions: np.ndarray | None = None
    history: HistoryView | None = None


def make_snapshot(session: Any, run_id: int, grid: PlaneGrid | None,
                  history: History | None = None, last_step: Any = None) -> Snapshot:
    """Evaluate ``session`` now and freeze the result.

    Parameters
    ----------
    session : Session
        The live run (network, data set, trainer). Only read.
    run_id : int
        Tag copied into the snapshot.
    grid : PlaneGrid or None
        From :meth:`PlaneGrid.for_dataset`; None for non-planar sets.
    history : History, optional
        When given, this snapshot's evaluation is appended to it and the snapshot carries its view.
    last_step : StepResult, optional
        The trainer's latest step, for the fractional epoch (see :func:`fractional_epoch`).

    Returns
    -------
    Snapshot
    """
    net, dataset = session.network, session.dataset
    evaluation = session.evaluate()
    epoch = fractional_epoch(session.trainer, last_step)
    if history is not None:
        history.append(epoch, evaluation)
    planar = _plane_pictures(net, dataset.task, grid) if grid is not None else {}
    return Snapshot(
        run_id=int(run_id),
        step=int(session.trainer.step_count),
        epoch=epoch,
        evaluation=evaluation,
        weights=tuple(read_only(w) for w in net.weights),
        biases=tuple(read_only(b) for b in net.biases),
        gradient_norms=gradient_norms(net, dataset.X_train, dataset.Y_train),
        confusion=_confusion(net, dataset),
        activation_histograms=None if grid is not None else activation_histograms(net, dataset.X_train),
        predictions=_regression_predictions(net, dataset),
        history=history.view() if history is not None else None,
        **planar,
    )


def fractional_epoch(trainer: Any, last_step: Any = None) -> float:
    """Completed epochs plus the finished fraction of the current one.

    Parameters
    ----------
    trainer : Trainer
        Its ``epoch`` (completed epochs), ``step_count`` and ``batches_per_epoch``.
    last_step : StepResult, optional
        The trainer's latest step; without it (or if it is not the latest) only whole epochs are known.
    """
    completed = float(trainer.epoch)
    if last_step is None or last_step.epoch_finished or last_step.step != trainer.step_count:
        return completed
    return completed + (last_step.batch_index + 1) / max(1, trainer.batches_per_epoch)


def _plane_pictures(net: Any, task: str, grid: PlaneGrid) -> dict[str, Any]:
    """Output grid, class-probability grid and neuron grids from one forward pass over ``grid.inputs``."""
    trace = net.forward(grid.inputs)
    n_out, side, fine = grid.n_output_points, grid.neuron_resolution, grid.resolution
    output = np.asarray(trace.a[-1][:n_out])
    pictures: dict[str, Any] = {"class_probability_grid": None}
    if task == "multiclass":
        pictures["output_grid"] = read_only(output.argmax(axis=1).reshape(fine, fine), np.int64)
        pictures["class_probability_grid"] = read_only(output.max(axis=1).reshape(fine, fine))
    else:
        # Binary: a one-unit sigmoid gives P(class 1); a two-unit softmax gives it in column 1.
        column = 1 if (task == "binary" and output.shape[1] == 2) else 0
        pictures["output_grid"] = read_only(output[:, column].reshape(fine, fine))
    hidden = trace.a[1:-1]
    pictures["neuron_grids"] = tuple(
        read_only(np.asarray(a[n_out:]).T.reshape(a.shape[1], side, side)) for a in hidden)
    return pictures


def gradient_norms(net: Any, X: np.ndarray, Y: np.ndarray, limit: int = GRADIENT_ROWS) -> tuple[float, ...]:
    """Per-layer ``||dL/dW||`` (Frobenius) on up to ``limit`` evenly spaced rows of ``(X, Y)``.

    Parameters
    ----------
    X : numpy.ndarray
        ``(n, n_inputs)``.
    Y : numpy.ndarray
        ``(n, n_outputs)``.

    Returns
    -------
    tuple of float
        One norm per layer (``n_layers`` entries); empty when there are no rows.
    """
    if len(X) == 0:
        return ()
    rows = subsample_indices(len(X), limit)
    _, d_weights, _ = net.loss_and_gradients(X[rows], Y[rows])
    return tuple(float(np.linalg.norm(d)) for d in d_weights)


def activation_histograms(net: Any, X: np.ndarray, limit: int = SAMPLE_ROWS,
                          bins: int = HISTOGRAM_BINS) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """Histogram of every hidden layer's activations (all units pooled) on up to ``limit`` rows of ``X``.

    Bin edges are fixed for bounded activations (tanh -1..1, sigmoid 0..1) so bars are comparable across
    frames; unbounded ones (relu 0..max, leaky_relu and linear min..max) use the current range.

    Returns
    -------
    tuple of (numpy.ndarray, numpy.ndarray)
        Per hidden layer ``(counts (bins,) int64, edges (bins + 1,) float64)``.
    """
    if len(X) == 0:
        return ()
    trace = net.forward(X[subsample_indices(len(X), limit)])
    result = []
    for values, name in zip(trace.a[1:-1], net.activations[:-1]):
        values = np.asarray(values, dtype=np.float64).ravel()
        counts, edges = np.histogram(values, bins=bins, range=_histogram_range(values, name))
        result.append((read_only(counts, np.int64), read_only(edges)))
    return tuple(result)


def _histogram_range(values: np.ndarray, activation: str) -> tuple[float, float]:
    if activation in _FIXED_RANGES:
        return _FIXED_RANGES[activation]
    finite = values[np.isfinite(values)]
    low = 0.0 if activation == "relu" else (float(finite.min()) if finite.size else 0.0)
    high = float(finite.max()) if finite.size else 1.0
    return (low, high) if high > low else (low, low + 1.0)  # a dead (all-zero) layer still needs a range


def _evaluation_split(dataset: Any) -> tuple[np.ndarray, np.ndarray]:
    """The test split, or the training split when the test split is empty."""
    if len(dataset.X_test) > 0:
        return dataset.X_test, dataset.Y_test
    return dataset.X_train, dataset.Y_train


def _confusion(net: Any, dataset: Any) -> np.ndarray | None:
    if dataset.task == "regression":
        return None
    from mlp_studio.engine import metrics  # engine is NumPy-only; imported late to keep this module light

    X, Y = _evaluation_split(dataset)
    rows = subsample_indices(len(X), CONFUSION_ROWS)
    n_classes = max(2, len(dataset.class_names))
    return read_only(metrics.confusion_matrix(net.predict(X[rows]), Y[rows], n_classes), np.int64)


def _regression_predictions(net: Any, dataset: Any) -> np.ndarray | None:
    if dataset.task != "regression":
        return None
    X, Y = _evaluation_split(dataset)
    rows = subsample_indices(len(X), SAMPLE_ROWS)
    predicted = np.asarray(net.predict(X[rows]), dtype=np.float64)[:, 0]
    return read_only(np.column_stack([predicted, np.asarray(Y[rows], dtype=np.float64)[:, 0]]))
