"""Frozen pictures of a training run, made by the training loop (its process or thread), drawn by the GUI.

A :class:`Snapshot` holds everything the views draw -- weights, losses, the decision surface, per-neuron
pictures, histograms, a confusion matrix -- as read-only arrays that nothing can change after the snapshot is
made, so it can cross the thread boundary without locks (or be pickled to the GUI's process, where
``__setstate__`` makes its arrays read-only again). :func:`make_snapshot` builds one from a live
:class:`~mlp_studio.model.session.Session`; the expensive parts are bounded so a snapshot costs about the same
whatever the data set's size:

- the plane is evaluated with **one** forward pass per snapshot: the output grid (``G x G``) and the coarser
  neuron grid (``g x g``) are stacked into one input matrix (:class:`PlaneGrid`, precomputed once per run);
- **one** forward pass per split gives the loss, the metric, the confusion matrix, the regression scatter and
  the activation histograms (``Session.evaluate_passes``; the last two use a few hundred of its rows);
- **routine** snapshots (``exact=False``: the throttled ones during play) run that pass on a fixed, evenly
  spaced subsample of each split -- at most :func:`routine_rows` rows, a bound that depends on the network's
  width, never on the data set's size -- and say so (``Snapshot.exact``, ``Snapshot.evaluation_rows``);
  snapshots after pause, step, reset, a weight edit and at the end are exact (every row);
- gradient norms back-propagate the training split's pass (no second forward pass) when it has at most
  ``GRADIENT_PASS_ROWS`` rows, else run on ``GRADIENT_ROWS`` rows of their own.

Every subsample is fixed and evenly spaced (no random numbers, so reruns draw the same pictures, and a live loss
curve follows the same rows from point to point).

Cost, 784-256-128-10 net (one BLAS thread): a routine snapshot ~6 ms on 5,000 or 10,000 rows, an exact one
~40 / ~78 ms (every snapshot was ~70 / ~133 ms before); the 2-8-8-1 Playground net ~0.6 ms either way (mostly
the 100x100 plane). See docs/performance.md, GUI.

Grid layout (all plane grids): **row-major**, ``grid[i, j]`` is at the ``i``-th y (row 0 is ``y_min``) and
the ``j``-th x (column 0 is ``x_min``): pyqtgraph's ``axisOrder='row-major'``, origin at the bottom-left.

The loss curve is a :class:`~mlp_studio.model.history.History` that gets one point per snapshot (and, on fast
runs, points at epoch ends in between).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

# History, PlaneGrid, plane_points and read_only are re-exported: the loop, the UI and teaching/ import them here.
from mlp_studio.model.history import History, HistoryView  # noqa: F401
from mlp_studio.model.planes import (PlaneGrid, PlanePictures, freeze_arrays, plane_pictures,  # noqa: F401
                                    plane_points, read_only)

#: Rows used for the regression scatter (keeps a snapshot cheap on big sets).
SAMPLE_ROWS = 500
#: Rows used for the activation histograms (256 rows x all hidden units: plenty for 30 bins).
HISTOGRAM_ROWS = 256
#: Rows of the training set used for the per-layer gradient norms when the snapshot's training pass is bigger.
GRADIENT_ROWS = 256
#: Largest training pass whose rows the gradient norms reuse (a backward pass on them, ~1 ms saved on a wide net).
GRADIENT_PASS_ROWS = 2048
#: Most rows per split a routine snapshot evaluates (small networks; see :func:`routine_rows`).
EVALUATION_ROWS = 2048
#: Fewest rows per split a routine snapshot evaluates, however wide the network.
MIN_EVALUATION_ROWS = 256
#: Multiply-adds per split a routine snapshot may spend on its forward pass (bounds the rows on wide nets:
#: 784-256-128-10 gets 285 rows, ~1.3 ms with one BLAS thread).
EVALUATION_MACS = 2**26
#: Number of histogram bins per layer.
HISTOGRAM_BINS = 30

# Fixed histogram ranges for bounded activations, so the bars do not jump as the range changes between frames.
_FIXED_RANGES = {"tanh": (-1.0, 1.0), "sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0)}


def subsample_indices(n: int, limit: int) -> np.ndarray:
    """Evenly spaced row indices: all ``n`` rows when ``n <= limit``, else ``limit`` of them.

    Deterministic on purpose: two runs with the same seed must draw the same pictures.

    Returns
    -------
    numpy.ndarray
        ``(min(n, limit),)`` int64 indices, increasing.
    """
    from mlp_studio.engine.metrics import evenly_spaced

    return evenly_spaced(n, limit)


def routine_rows(net: Any) -> int:
    """Rows per split that a routine (throttled, live) snapshot evaluates for ``net``.

    ``EVALUATION_MACS`` divided by the network's multiply-adds per row, clamped to
    ``MIN_EVALUATION_ROWS..EVALUATION_ROWS``: small nets read 2,048 rows, the 784-256-128-10 net 285. Depends only
    on the layer sizes, so a run's live numbers always come from the same rows.
    """
    sizes = net.layer_sizes
    macs = sum((fan_in + 1) * fan_out for fan_in, fan_out in zip(sizes, sizes[1:]))
    return int(min(EVALUATION_ROWS, max(MIN_EVALUATION_ROWS, EVALUATION_MACS // max(1, macs))))


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
        Train/test loss and metric: ``session.evaluate()`` when :attr:`exact`, else
        ``session.evaluate(rows=routine_rows(net))`` (an evenly spaced subsample, the same rows every time).
    weights, biases : tuple of numpy.ndarray
        Per layer ``(fan_in, fan_out)`` and ``(fan_out,)``.
    gradient_norms : tuple of float
        Per layer Frobenius norm of ``dL/dW`` on the training rows the snapshot evaluated (``GRADIENT_ROWS`` of
        them when those are more than ``GRADIENT_PASS_ROWS``).
    output_grid : numpy.ndarray or None
        ``(G, G)`` over the plane (planar sets only): probability of class 1 (binary), winning class index
        as int64 (multiclass), predicted value (regression).
    class_probability_grid : numpy.ndarray or None
        ``(G, G)`` probability of the winning class (planar multiclass only).
    neuron_grids : tuple of numpy.ndarray or None
        Per hidden layer ``(units, g, g)`` activations over the plane (planar sets only).
    confusion : numpy.ndarray or None
        ``(k, k)`` int counts, rows true class, columns predicted, on the test split (train when there is none):
        every row when :attr:`exact`, else the evaluated subsample (``sum() == evaluation_rows[1]``, or ``[0]``
        without a test split).
    activation_histograms : tuple of (numpy.ndarray, numpy.ndarray) or None
        Per hidden layer ``(counts (bins,), edges (bins + 1,))`` over up to ``HISTOGRAM_ROWS`` of the training
        rows the evaluation ran on (non-planar sets only).
    predictions : numpy.ndarray or None
        ``(m, 2)`` predicted and true values (regression only, ``m <= SAMPLE_ROWS``).
    history : HistoryView or None
        The loss curve up to and including this snapshot.
    exact : bool
        True when the evaluation (and confusion matrix, scatter) used every row of both splits; False for a
        routine live snapshot on a subsample.
    evaluation_rows : tuple of int
        ``(train rows, test rows)`` the evaluation ran on (``(len(X_train), len(X_test))`` when exact).
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
    exact: bool = True
    evaluation_rows: tuple[int, int] = (0, 0)

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(freeze_arrays(state))  # unpickled (from the training process): read-only again


def make_snapshot(session: Any, run_id: int, grid: PlaneGrid | None,
                  history: History | None = None, last_step: Any = None, exact: bool = True,
                  pictures: bool = True) -> Snapshot:
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
    exact : bool
        True (default): evaluate every row. False: a routine live snapshot, evaluated on at most
        :func:`routine_rows` evenly spaced rows per split, so its cost does not grow with the data set.
    pictures : bool
        False leaves the plane pictures out (``output_grid`` and the neuron grids stay None) for
        :func:`with_plane_pictures` to add elsewhere: the training process leaves them to the GUI's process.

    Returns
    -------
    Snapshot
    """
    net, dataset = session.network, session.dataset
    evaluation, train, test = _evaluate(session, None if exact else routine_rows(net))
    epoch = fractional_epoch(session.trainer, last_step)
    if history is not None:
        history.append(epoch, evaluation)
    planar = _planar_fields(plane_pictures(net, grid, dataset.task)) if grid is not None and pictures else {}
    shown = test if test is not None else train   # the split of the confusion matrix and the scatter
    return Snapshot(
        run_id=int(run_id),
        step=int(session.trainer.step_count),
        epoch=epoch,
        evaluation=evaluation,
        weights=tuple(read_only(w) for w in net.weights),
        biases=tuple(read_only(b) for b in net.biases),
        gradient_norms=_gradient_norms_of_pass(net, train, dataset),
        confusion=_confusion(shown, dataset),
        activation_histograms=None if grid is not None else _histograms_of_pass(net, train),
        predictions=_regression_predictions(shown, dataset.task),
        history=history.view() if history is not None else None,
        exact=bool(train.exact and (test is None or test.exact)),
        evaluation_rows=(len(train.rows), len(test.rows) if test is not None else 0),
        **planar,
    )


def _evaluate(session: Any, rows: int | None) -> tuple[Any, Any, Any]:
    """``session.evaluate_passes(rows)``: the evaluation and the train / test passes (test None if empty)."""
    passes = getattr(session, "evaluate_passes", None)
    if passes is not None:
        return passes(rows)
    # A stand-in session with only ``evaluate()`` (tests): run the passes here.
    from mlp_studio.engine.metrics import evaluate_pass

    ds = session.dataset
    train = evaluate_pass(session.network, ds.X_train, ds.Y_train, ds.task, rows)
    test = evaluate_pass(session.network, ds.X_test, ds.Y_test, ds.task, rows) if len(ds.X_test) else None
    return session.evaluate(), train, test


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


def with_plane_pictures(snapshot: Snapshot, network: Any, grid: PlaneGrid, task: str) -> Snapshot:
    """``snapshot`` with the plane pictures of its own weights, drawn with ``network`` (a twin of the run's,
    e.g. from ``model.parameters.network_from_parameters``; its parameters are set to the snapshot's)."""
    network.set_parameters(list(snapshot.weights), list(snapshot.biases))
    return replace(snapshot, **_planar_fields(plane_pictures(network, grid, task)))


def _planar_fields(pictures: PlanePictures) -> dict[str, Any]:
    return {"output_grid": pictures.output_grid, "class_probability_grid": pictures.class_probability_grid,
            "neuron_grids": pictures.neuron_grids}


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


def _gradient_norms_of_pass(net: Any, train: Any, dataset: Any) -> tuple[float, ...]:
    """:func:`gradient_norms` on the rows of the training pass ``train`` (an ``EvaluatedPass``) when it is small
    enough: its forward pass is reused. Bigger passes (exact snapshots of big sets) use ``GRADIENT_ROWS`` rows."""
    if train.trace is None or len(train.rows) > GRADIENT_PASS_ROWS:
        return gradient_norms(net, dataset.X_train, dataset.Y_train)
    return tuple(float(np.linalg.norm(d)) for d in net.backward(train.trace, train.targets).dW)


def activation_histograms(net: Any, X: np.ndarray, limit: int = HISTOGRAM_ROWS,
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
    return _histograms(net, trace.a[1:-1], bins)


def _histograms_of_pass(net: Any, evaluated: Any, limit: int = HISTOGRAM_ROWS,
                        bins: int = HISTOGRAM_BINS) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """:func:`activation_histograms` on up to ``limit`` evenly spaced rows of an evaluation pass (no new pass)."""
    if evaluated.trace is None:
        return ()
    rows = subsample_indices(len(evaluated.rows), limit)
    everything = len(rows) == len(evaluated.rows)
    return _histograms(net, [a if everything else a[rows] for a in evaluated.trace.a[1:-1]], bins)


def _histograms(net: Any, hidden: list[np.ndarray], bins: int) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    result = []
    for values, name in zip(hidden, net.activations[:-1]):
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


def _confusion(evaluated: Any, dataset: Any) -> np.ndarray | None:
    """Confusion matrix of an evaluation pass's rows (its outputs and targets: no new pass)."""
    if dataset.task == "regression":
        return None
    from mlp_studio.engine import metrics  # engine is NumPy-only; imported late to keep this module light

    n_classes = max(2, len(dataset.class_names))
    if evaluated.trace is None:
        return read_only(np.zeros((n_classes, n_classes)), np.int64)
    return read_only(metrics.confusion_matrix(evaluated.outputs, evaluated.targets, n_classes), np.int64)


def _regression_predictions(evaluated: Any, task: str) -> np.ndarray | None:
    """``(m, 2)`` predicted and true first outputs on up to ``SAMPLE_ROWS`` rows of an evaluation pass."""
    if task != "regression":
        return None
    if evaluated.trace is None:
        return read_only(np.zeros((0, 2)))
    rows = subsample_indices(len(evaluated.rows), SAMPLE_ROWS)
    predicted = np.asarray(evaluated.outputs[rows, 0], dtype=np.float64)
    return read_only(np.column_stack([predicted, np.asarray(evaluated.targets[rows, 0], dtype=np.float64)]))
