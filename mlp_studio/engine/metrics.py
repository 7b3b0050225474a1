"""Evaluation helpers: accuracy, R², confusion matrix, and a one-call :func:`evaluate`.

:func:`evaluate` makes **one** forward pass and takes both the loss and the score from it (the loss is the
same float32 computation as ``Network.loss``); :func:`evaluate_pass` does the same on an evenly spaced subset
of the rows (:func:`evenly_spaced`) and hands back the pass, so callers that also draw histograms, a confusion
matrix or a scatter reuse its outputs instead of running the network again.

Predictions ``y_hat`` are network outputs (n, outputs).  With one output a sample is class 1 when its output
is ≥ 0.5; with several outputs the class is the arg-max.  Targets ``Y`` are 0/1 (n, 1) for binary tasks,
one-hot (n, k) or integer labels (n,) for multi-class tasks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._workspace import Forward
from .activations import ACTIVATIONS
from .errors import EngineError, ShapeError
from .losses import LOSSES

TASKS = ("binary", "multiclass", "regression")


def _as_2d(values) -> np.ndarray:
    values = np.asarray(values)
    return values.reshape(-1, 1) if values.ndim == 1 else values


def predicted_classes(y_hat) -> np.ndarray:
    """Class index per sample (n,): threshold 0.5 for one output, arg-max for several."""
    y_hat = _as_2d(y_hat)
    if y_hat.shape[1] == 1:
        return (y_hat[:, 0] >= 0.5).astype(np.intp)
    return np.argmax(y_hat, axis=1)


def true_classes(Y, n_outputs: int) -> np.ndarray:
    """Class index per sample (n,) from 0/1 targets, one-hot rows or integer labels."""
    Y = np.asarray(Y)
    if Y.ndim == 1 and n_outputs > 1:
        return Y.astype(np.intp)
    return predicted_classes(Y)


def accuracy(y_hat, Y) -> float:
    """Fraction of samples whose predicted class equals the true class.

    Parameters
    ----------
    y_hat : array_like, (n, outputs)
    Y : array_like, (n, outputs) or (n,) labels
    """
    y_hat = _as_2d(y_hat)
    predicted, actual = predicted_classes(y_hat), true_classes(Y, y_hat.shape[1])
    if predicted.shape != actual.shape:
        raise ShapeError(f"predictions for {predicted.size} samples, targets for {actual.size}")
    if predicted.size == 0:
        return float("nan")
    return float(np.mean(predicted == actual))


def r2_score(y_hat, Y) -> float:
    """Coefficient of determination, averaged uniformly over outputs (as scikit-learn).

    An output whose targets are constant scores 1.0 if predicted exactly, else 0.0.
    """
    y_hat, Y = _as_2d(y_hat).astype(np.float64), _as_2d(Y).astype(np.float64)
    if y_hat.shape != Y.shape:
        raise ShapeError(f"predictions {y_hat.shape} and targets {Y.shape} differ in shape")
    if Y.shape[0] == 0:
        return float("nan")
    residual = ((Y - y_hat) ** 2).sum(axis=0)
    total = ((Y - Y.mean(axis=0)) ** 2).sum(axis=0)
    safe = total > 0
    scores = np.where(safe, 1.0 - residual / np.where(safe, total, 1.0), (residual == 0).astype(float))
    return float(scores.mean())


def confusion_matrix(y_hat, Y, n_classes: int | None = None) -> np.ndarray:
    """Counts (n_classes, n_classes) of true class (rows) against predicted class (columns).

    ``n_classes`` defaults to 2 for one output and to the number of outputs otherwise.
    """
    y_hat = _as_2d(y_hat)
    if n_classes is None:
        n_classes = 2 if y_hat.shape[1] == 1 else y_hat.shape[1]
    predicted, actual = predicted_classes(y_hat), true_classes(Y, y_hat.shape[1])
    if predicted.size and (min(predicted.min(), actual.min()) < 0
                           or max(predicted.max(), actual.max()) >= n_classes):
        raise ShapeError(f"class indices must lie in 0..{n_classes - 1}")
    flat = np.bincount(actual * n_classes + predicted, minlength=n_classes * n_classes)
    return flat.reshape(n_classes, n_classes).astype(np.int64, copy=False)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Loss and the task's score on one data set.

    Attributes
    ----------
    loss : float
        Data loss plus regularization (NaN for an empty set).
    accuracy : float or None
        For classification tasks.
    r2 : float or None
        For regression.
    """

    loss: float
    accuracy: float | None = None
    r2: float | None = None


def evaluate(net, X, Y, task: str) -> Evaluation:
    """Loss and accuracy (``"binary"``, ``"multiclass"``) or R² (``"regression"``) of ``net`` on (X, Y).

    One forward pass over all rows gives both numbers (equal to ``net.loss(X, Y)`` and to the score of
    ``net.predict(X)``).
    """
    return evaluate_pass(net, X, Y, task).evaluation


def evenly_spaced(n: int, limit: int | None) -> np.ndarray:
    """Row indices ``0..n-1`` when ``limit`` is None or ``n <= limit``, else ``limit`` evenly spaced ones.

    Deterministic (no random numbers): the same ``n`` and ``limit`` always give the same rows, increasing,
    first and last row included.
    """
    if limit is None or n <= limit:
        return np.arange(n)
    if limit < 1:
        raise EngineError(f"a row limit must be at least 1, got {limit}")
    return np.linspace(0, n - 1, int(limit)).astype(np.int64)


@dataclass(frozen=True, eq=False)
class EvaluatedPass:
    """One forward pass over (a subset of) a split, and what it measured.

    Attributes
    ----------
    evaluation : Evaluation
        Loss (data + regularization) and score on the rows that were run.
    rows : numpy.ndarray
        ``(m,)`` indices into the split's rows that were run (all of them: ``arange(n)``).
    trace : Forward or None
        The pass itself (``trace.a[-1]`` are the outputs of those rows, ``trace.a[1:-1]`` the hidden
        activations); None for an empty split.
    targets : numpy.ndarray or None
        ``(m, outputs)`` targets of those rows.
    exact : bool
        Whether every row of the split was run.
    """

    evaluation: Evaluation
    rows: np.ndarray
    trace: Forward | None
    targets: np.ndarray | None
    exact: bool

    @property
    def outputs(self) -> np.ndarray | None:
        """``(m, outputs)`` network outputs of the rows run (None for an empty split)."""
        return None if self.trace is None else self.trace.a[-1]


def evaluate_pass(net, X, Y, task: str, limit: int | None = None) -> EvaluatedPass:
    """:func:`evaluate` on at most ``limit`` evenly spaced rows of (X, Y) (all rows when None), keeping the pass.

    Parameters
    ----------
    net : Network
    X : array_like, (n, n_inputs)
    Y : array_like, (n, outputs)
        Targets as the network's loss wants them (one-hot for softmax).
    task : str
        One of :data:`TASKS`.
    limit : int, optional
        Most rows to run; None runs them all (the result is then exact).
    """
    if task not in TASKS:
        raise EngineError(f"unknown task {task!r}; valid tasks are: {', '.join(TASKS)}")
    X = np.asarray(X)
    n = X.shape[0]
    rows = evenly_spaced(n, limit)
    exact = len(rows) == n
    if n == 0:
        nan = float("nan")
        empty = Evaluation(nan, nan, None) if task != "regression" else Evaluation(nan, None, nan)
        return EvaluatedPass(empty, rows, None, None, True)
    if not exact:
        X, Y = X[rows], np.asarray(Y)[rows]
    trace = net.forward(X)
    targets, loss = _loss_from_trace(net, trace, Y)
    y_hat = trace.a[-1]
    if task == "regression":
        evaluation = Evaluation(loss, None, r2_score(y_hat, targets))
    else:
        evaluation = Evaluation(loss, accuracy(y_hat, targets), None)
    return EvaluatedPass(evaluation, rows, trace, targets, exact)


def _loss_from_trace(net, trace: Forward, Y) -> tuple[np.ndarray, float]:
    """Targets in the output's dtype and layout, and data loss + regularization: ``net.loss``'s computation
    (same kernel, same argument layout) on outputs that are already there."""
    z, a = trace.z[-1], trace.a[-1]
    Y = np.asarray(Y)
    if Y.ndim == 1 and a.shape[1] == 1:
        Y = Y.reshape(-1, 1)
    if Y.shape != a.shape:
        raise ShapeError(f"targets must have shape {a.shape}, got {Y.shape}")
    targets = np.empty_like(a)     # keeps the output buffer's memory layout, as the network's own target buffer
    targets[...] = Y
    with np.errstate(all="ignore"):
        loss = LOSSES[net.loss_name].value(z, a, targets, ACTIVATIONS[net.activations[-1]])
    penalty = 0.0
    if net.l2:
        penalty += 0.5 * net.l2 * sum(float(np.vdot(W, W)) for W in net.weights)
    if net.l1:
        penalty += net.l1 * sum(float(np.abs(W).sum()) for W in net.weights)
    return targets, loss + penalty
