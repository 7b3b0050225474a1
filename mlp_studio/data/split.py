"""Seeded train/test splitting (stratified for classes) and standardization fitted on the training split."""

from __future__ import annotations

import numpy as np


def _test_count(n: int, fraction: float) -> int:
    """Rows of a group of ``n`` to hold out: round half up, but always leave one for training."""
    if fraction <= 0 or n <= 1:
        return 0
    return min(int(np.floor(fraction * n + 0.5)), n - 1)


def split_indices(n_rows: int, test_fraction: float, rng: np.random.Generator,
                  labels: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Choose training and test rows.

    With ``labels`` the split is stratified: each class gives ``round(test_fraction * class_size)`` rows
    to the test part (and keeps at least one for training), so both parts keep the class ratios.

    Parameters
    ----------
    n_rows : int
        Number of rows.
    test_fraction : float
        Share held out, 0 <= f < 1.
    rng : numpy.random.Generator
        Source of the permutation; the same seed gives the same split.
    labels : ndarray of int, shape (n_rows,), optional
        Class indices for a stratified split; None for regression.

    Returns
    -------
    train, test : ndarray of int64, shapes (n_train,), (n_test,)
        Row indices in random order (so a class-sorted file does not give class-sorted batches).
    """
    if labels is None:
        groups = [np.arange(n_rows)]
    else:
        groups = [np.flatnonzero(labels == c) for c in np.unique(labels)]
    train_parts, test_parts = [], []
    for rows in groups:
        rows = rng.permutation(rows)
        k = _test_count(len(rows), test_fraction)
        test_parts.append(rows[:k])
        train_parts.append(rows[k:])
    train = rng.permutation(np.concatenate(train_parts)).astype(np.int64)
    test = rng.permutation(np.concatenate(test_parts)).astype(np.int64)
    return train, test


def fit_standardizer(X_train: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and scale of each column of the training inputs.

    Parameters
    ----------
    X_train : ndarray, shape (n, k)

    Returns
    -------
    mean, scale : ndarray, shape (k,)
        Population standard deviation as scale; constant columns get scale 1 so that they become 0
        instead of dividing by zero.
    """
    X = np.asarray(X_train, dtype=np.float64)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    # A column constant on the training rows carries no information; 1 keeps it finite (all zeros).
    scale = np.where(scale > 1e-12 * np.maximum(1.0, np.abs(mean)), scale, 1.0)
    return mean, scale


def class_targets(labels: np.ndarray, n_classes: int, task: str) -> np.ndarray:
    """Network targets from class indices.

    Parameters
    ----------
    labels : ndarray of int, shape (n,)
        Class indices in ``range(n_classes)``.
    n_classes : int
    task : str
        ``"binary"`` gives the 0/1 label as one column; ``"multiclass"`` gives one-hot rows.

    Returns
    -------
    ndarray of float32, shape (n, 1) for binary, else (n, n_classes).
    """
    labels = np.asarray(labels, dtype=np.int64)
    if task == "binary":
        return labels.astype(np.float32).reshape(-1, 1)
    Y = np.zeros((labels.shape[0], n_classes), dtype=np.float32)
    Y[np.arange(labels.shape[0]), labels] = 1.0
    return Y
