"""Trains a :class:`~mlp_studio.teaching.compare.ComparisonRun` on its own QThread (QtCore only).

The worker trains both runs a chunk of epochs at a time (about :data:`CHUNK_SECONDS` each), sends the curves
and boundaries after every chunk, and checks its stop flag in between, so :meth:`ComparisonThread.stop` ends it
within one chunk. The thread never outlives :meth:`ComparisonThread.stop` unless the wait times out (reported).
"""

from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot

from mlp_studio.errors import MlpStudioError
from mlp_studio.teaching.compare import ComparisonRun

#: Training time per chunk: a new picture about ten times a second.
CHUNK_SECONDS = 0.1


class ComparisonWorker(QObject):
    """Runs on the comparison thread; ``progress(ComparisonResult)`` after every chunk, then ``done``."""

    progress = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, spec_a, spec_b, base_dir, labels, epochs: int) -> None:
        super().__init__()
        self._args = (spec_a, spec_b, base_dir, labels)
        self._epochs = int(epochs)
        self.stop_flag = threading.Event()

    @Slot()
    def run(self) -> None:
        """Build both sessions and train until ``epochs``, both runs diverged, or the stop flag."""
        try:
            spec_a, spec_b, base_dir, labels = self._args
            run = ComparisonRun(spec_a, spec_b, base_dir, labels)
            self.progress.emit(run.result())
            chunk = 1
            while run.epoch < self._epochs and not self.stop_flag.is_set():
                started = time.perf_counter()
                result = run.step_epochs(min(chunk, self._epochs - run.epoch))
                self.progress.emit(result)
                if all(r.diverged for r in result.runs):
                    break
                spent = max(time.perf_counter() - started, 1e-4)
                chunk = max(1, min(chunk * 4, int(chunk * CHUNK_SECONDS / spent) or 1))
        except MlpStudioError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: report it rather than lose the thread silently
            self.failed.emit("".join(traceback.format_exception_only(type(error), error)).strip())
        finally:
            self.done.emit()


class ComparisonThread:
    """A worker on a QThread, started at once; :meth:`stop` asks it to end and waits (bounded)."""

    def __init__(self, worker: ComparisonWorker) -> None:
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName("mlp-studio-compare")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.done.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.thread.start()

    @property
    def running(self) -> bool:
        """Whether the thread is still alive."""
        return self.thread.isRunning()

    def stop(self, timeout_ms: int = 3000) -> bool:
        """Set the stop flag and wait at most ``timeout_ms``; True when the thread has ended."""
        self.worker.stop_flag.set()
        self.thread.quit()
        return self.thread.wait(int(timeout_ms))
