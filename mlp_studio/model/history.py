""":class:`History`, the loss curve of a run, and :class:`HistoryView`, its frozen state at one snapshot.

The history is an append-only buffer owned by the training loop. It gets one point per snapshot and, on fast runs,
points at epoch ends in between (the loop adds them within a small time budget, see
``mlp_studio.training.loop``), so a run of 300 epochs in one second still draws a smooth curve. Its size is
bounded: when ``max_rows`` are reached the older half is thinned to every other point, so hours of live
training keep a fixed amount of memory (recent points dense, old ones sparser).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlp_studio.model.planes import freeze_arrays


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

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(freeze_arrays(state))  # unpickled (from the training process): read-only again

    def __len__(self) -> int:
        return len(self.epoch)


class History:
    """Append-only loss history of one run, owned and written only by the training loop.

    Views handed out by :meth:`view` are read-only slices of the rows already written. Rows are never
    rewritten and a full buffer is replaced (not resized in place), so a view stays valid and unchanged while
    the loop keeps appending: snapshots share the buffer instead of copying the whole curve every frame.
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
            column.flags.writeable = False  # the view only; the loop still writes later rows of the buffer
            columns.append(column)
        return HistoryView(*columns, metric_name=self.metric_name)
