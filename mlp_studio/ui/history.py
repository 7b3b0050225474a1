"""Growing NumPy buffers for training curves, decimated for plotting so long runs stay fast."""

from __future__ import annotations

import math

import numpy as np

FIELDS = ("epoch", "train_loss", "test_loss", "train_metric", "test_metric")


class History:
    """Columns of per-snapshot values that grow by doubling (amortised O(1) appends).

    Parameters
    ----------
    max_points : int
        Most points :meth:`plotted` returns; longer histories are strided (the last point is always kept).
    """

    def __init__(self, max_points: int = 5000) -> None:
        self.max_points = max_points
        self._data = np.full((len(FIELDS), 256), np.nan, dtype=np.float64)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def clear(self) -> None:
        """Forget every point."""
        self._n = 0

    def append(self, epoch: float, train_loss: float, test_loss: float,
               train_metric: float, test_metric: float) -> None:
        """Add one row; an epoch that does not advance replaces the previous row (e.g. repeated snapshots)."""
        if self._n and epoch <= self._data[0, self._n - 1]:
            if epoch < self._data[0, self._n - 1]:
                self._n = int(np.searchsorted(self._data[0, :self._n], epoch))
            else:
                self._n -= 1
        if self._n == self._data.shape[1]:
            grown = np.full((len(FIELDS), 2 * self._n), np.nan, dtype=np.float64)
            grown[:, :self._n] = self._data
            self._data = grown
        self._data[:, self._n] = (epoch, train_loss, test_loss, train_metric, test_metric)
        self._n += 1

    def adopt(self, view) -> None:
        """Take over the worker's history (``Snapshot.history``): its columns are copied in (cheap: a few
        hundred kB after ten minutes of training), replacing what this buffer held.

        Parameters
        ----------
        view : HistoryView
            Equal-length arrays ``epoch``, ``train_loss``, ``test_loss``, ``train_metric``, ``test_metric``.
        """
        n = len(view.epoch)
        if n > self._data.shape[1]:
            self._data = np.full((len(FIELDS), max(2 * n, 256)), np.nan, dtype=np.float64)
        for k, name in enumerate(FIELDS):
            self._data[k, :n] = getattr(view, name)
        self._n = n

    def column(self, name: str) -> np.ndarray:
        """Return a read-only view of one full column."""
        view = self._data[FIELDS.index(name), :self._n]
        view.flags.writeable = False
        return view

    def plotted(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Return ``(epochs, values)`` strided down to at most ``max_points`` points."""
        index = self.plot_index()
        return self._data[0, index], self._data[FIELDS.index(name), index]

    def plot_index(self) -> np.ndarray:
        """Indices of the rows to plot: every row, or an even stride plus the last row."""
        n = self._n
        if n <= self.max_points:
            return np.arange(n)
        stride = math.ceil(n / (self.max_points - 1))
        index = np.arange(0, n, stride)
        return index if index[-1] == n - 1 else np.append(index, n - 1)

    def nearest(self, epoch: float) -> int | None:
        """Index of the row whose epoch is closest to ``epoch`` (``None`` when empty)."""
        if not self._n:
            return None
        epochs = self._data[0, :self._n]
        i = int(np.clip(np.searchsorted(epochs, epoch), 1, self._n - 1)) if self._n > 1 else 0
        if i > 0 and abs(epochs[i - 1] - epoch) < abs(epochs[i] - epoch):
            i -= 1
        return i

    def row(self, index: int) -> dict[str, float]:
        """Return one row as a dict keyed by field name."""
        return {name: float(self._data[k, index]) for k, name in enumerate(FIELDS)}
