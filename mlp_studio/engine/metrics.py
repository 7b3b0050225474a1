"""Evaluation helpers: accuracy, R², confusion matrix, and a one-call :func:`evaluate`.

Predictions ``y_hat`` are network outputs (n, outputs).  With one output a sample is class 1 when its output
is ≥ 0.5; with several outputs the class is the arg-max.  Targets ``Y`` are 0/1 (n, 1) for binary tasks,
one-hot (n, k) or integer labels (n,) for multi-class tasks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import EngineError, ShapeError

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
    counts = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(counts, (actual, predicted), 1)
    return counts


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
    """Loss and accuracy (``"binary"``, ``"multiclass"``) or R² (``"regression"``) of ``net`` on (X, Y)."""
    if task not in TASKS:
        raise EngineError(f"unknown task {task!r}; valid tasks are: {', '.join(TASKS)}")
    X = np.asarray(X)
    if X.shape[0] == 0:
        nan = float("nan")
        return Evaluation(nan, nan, None) if task != "regression" else Evaluation(nan, None, nan)
    y_hat = net.predict(X)
    loss = net.loss(X, Y)
    if task == "regression":
        return Evaluation(loss, None, r2_score(y_hat, Y))
    return Evaluation(loss, accuracy(y_hat, Y), None)
