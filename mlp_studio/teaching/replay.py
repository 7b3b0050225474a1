"""Replay: weight snapshots kept during training, in bounded memory, for a timeline slider.

A :class:`ReplayBuffer` stores :class:`ReplayFrame` records (step, epoch, weights, biases, evaluation) as
read-only copies. Memory is bounded by ``max_frames × n_params`` numbers.

Thinning policy (dense near the present): when the buffer is full, every other frame of the *older half* is
dropped (the very first frame, the untrained network, always stays). Repeated thinning leaves the recent past
at full resolution and the distant past progressively sparser (roughly geometric spacing), which is what a
timeline needs: students scrub the last moments in detail and still see how training started.

The caller decides how often to record (e.g. once per GUI snapshot, ~30 per second); recording costs one copy
of the parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlp_studio.model.snapshot import PlaneGrid, read_only

from mlp_studio.model.planes import PlanePictures, plane_pictures


@dataclass(frozen=True)
class ReplayFrame:
    """One recorded moment: optimizer ``step``, fractional ``epoch``, per-layer read-only ``weights``
    (fan_in, fan_out) and ``biases`` (fan_out,), and the ``evaluation`` (e.g. a session ``Evaluation``) or None."""

    step: int
    epoch: float
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    evaluation: Any = None


def _frozen(arrays) -> tuple[np.ndarray, ...]:
    # Arrays that are already read-only (e.g. from a Snapshot) are shared, not copied: nobody can change them.
    return tuple(a if isinstance(a, np.ndarray) and not a.flags.writeable else read_only(a) for a in arrays)


class ReplayBuffer:
    """Bounded, self-thinning list of :class:`ReplayFrame`, oldest first, steps strictly increasing.

    Parameters
    ----------
    max_frames : int
        Upper bound on stored frames (≥ 4).
    """

    def __init__(self, max_frames: int = 200):
        if max_frames < 4:
            raise ValueError("max_frames must be at least 4")
        self.max_frames = int(max_frames)
        self._frames: list[ReplayFrame] = []

    def __len__(self) -> int:
        return len(self._frames)

    @property
    def frames(self) -> tuple[ReplayFrame, ...]:
        """All stored frames, oldest first."""
        return tuple(self._frames)

    @property
    def steps(self) -> np.ndarray:
        """``(len,)`` int64 steps of the stored frames (increasing), e.g. for slider tick marks."""
        return np.array([f.step for f in self._frames], dtype=np.int64)

    def clear(self) -> None:
        """Forget all frames (after a reset, or when the architecture changes)."""
        self._frames.clear()

    def record(self, step: int, epoch: float, weights, biases, evaluation: Any = None) -> ReplayFrame:
        """Store a frame (copied read-only); a frame at the same step as the last one replaces it.

        Raises
        ------
        ValueError
            If ``step`` is smaller than the last recorded step (clear the buffer after a reset).
        """
        frame = ReplayFrame(int(step), float(epoch), _frozen(weights), _frozen(biases), evaluation)
        if self._frames and frame.step <= self._frames[-1].step:
            if frame.step < self._frames[-1].step:
                raise ValueError(f"step {frame.step} is before the last recorded step "
                                 f"{self._frames[-1].step}; clear() the buffer after a reset")
            self._frames[-1] = frame
            return frame
        if len(self._frames) >= self.max_frames:
            self._thin()
        self._frames.append(frame)
        return frame

    def record_snapshot(self, snapshot) -> ReplayFrame:
        """Store a :class:`~mlp_studio.model.snapshot.Snapshot` (its read-only arrays are shared, not copied)."""
        return self.record(snapshot.step, snapshot.epoch, snapshot.weights, snapshot.biases, snapshot.evaluation)

    def _thin(self) -> None:
        half = len(self._frames) // 2
        older, newer = self._frames[:half], self._frames[half:]
        self._frames = older[::2] + newer          # older[0] (the start of training) is always kept

    def frame_at(self, index: int) -> ReplayFrame:
        """The frame at slider position ``index`` (0 = oldest; negative indices count from the newest)."""
        return self._frames[index]

    def nearest_index(self, step: int) -> int:
        """Index of the frame whose step is closest to ``step`` (the earlier one on a tie)."""
        if not self._frames:
            raise IndexError("the replay buffer is empty")
        steps = self.steps
        right = int(np.searchsorted(steps, step))
        if right == 0:
            return 0
        if right == len(steps):
            return len(steps) - 1
        return right - 1 if step - steps[right - 1] <= steps[right] - step else right

    def nearest(self, step: int) -> ReplayFrame:
        """The frame closest to ``step``."""
        return self._frames[self.nearest_index(step)]

    @staticmethod
    def restore_into(network, frame: ReplayFrame) -> None:
        """Copy the frame's weights and biases into ``network`` (exactly; shapes are checked by the network)."""
        network.set_parameters(frame.weights, frame.biases)


def frame_pictures(network, frame: ReplayFrame, grid: PlaneGrid, task: str) -> PlanePictures:
    """Boundary and neuron pictures of ``frame``, computed on a copy so the live ``network`` is untouched.

    Parameters
    ----------
    network : Network
        Supplies the architecture (must match the frame).
    grid : PlaneGrid
        ``PlaneGrid.for_dataset(dataset)``.
    task : str
        ``dataset.task``.
    """
    twin = network.copy()
    ReplayBuffer.restore_into(twin, frame)
    return plane_pictures(twin, grid, task)
