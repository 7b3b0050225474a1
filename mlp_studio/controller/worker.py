"""The training loop on a ``QThread`` of the GUI process (QtCore only): the controller's in-process backend.

:class:`TrainingWorker` wraps a Qt-free :class:`~mlp_studio.training.loop.TrainingLoop` and turns what the loop
emits into queued Qt signals. The application trains in a separate process instead
(:mod:`mlp_studio.controller.process_worker`), which has the same signals; this backend remains for where a
process cannot start, and for tests that look inside the session the loop trains.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from mlp_studio.training.channels import CommandBox, DeliveryGate, GuiActivity
from mlp_studio.training.loop import TrainingLoop


class TrainingWorker(QObject):
    """Runs a :class:`~mlp_studio.training.loop.TrainingLoop` on the thread it is moved to.

    Parameters
    ----------
    box : CommandBox
        Where the controller puts commands.
    gate : DeliveryGate
        Shared with the controller to limit snapshots in flight.
    max_rate, slice_seconds
        See :class:`~mlp_studio.training.loop.TrainingLoop`.
    gui : GuiActivity, optional
        The GUI thread's activity; training steps aside while it is busy (both threads share one GIL).
    """

    snapshot = Signal(object)      # Snapshot
    state = Signal(int, str)       # run id, state name
    diverged = Signal(int, str)    # run id, message
    failed = Signal(int, str)      # run id, message or traceback summary
    finished = Signal(int)         # run id
    done = Signal()                # the loop has exited

    def __init__(self, box: CommandBox, gate: DeliveryGate, max_rate: float = 30.0,
                 slice_seconds: float = 0.008, gui: GuiActivity | None = None) -> None:
        super().__init__()
        self._signals = {"snapshot": self.snapshot, "state": self.state, "diverged": self.diverged,
                         "failed": self.failed, "finished": self.finished}
        self.loop = TrainingLoop(box, gate, self._emit, max_rate, slice_seconds,
                                 gui.idle if gui is not None else None)

    def _emit(self, kind: str, *args) -> None:
        self._signals[kind].emit(*args)

    @Slot()
    def run(self) -> None:
        """Serve commands and train until a ``quit`` command arrives."""
        try:
            self.loop.run()
        finally:
            self.done.emit()
