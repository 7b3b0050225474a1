"""The GUI-side face of training: commands in, frozen snapshots and state changes out (QtCore only).

:class:`TrainingController` lives on the GUI thread. The training loop (:mod:`mlp_studio.training.loop`) runs in
one of two backends: ``"process"`` (the default), a training process whose results a relay on the controller's
``QThread`` turns into signals (:mod:`.process_worker`), or ``"thread"``, the loop itself on the controller's
``QThread`` (:mod:`.worker`; also the fallback when no process can start). Commands travel through a command
box (the loop cannot run queued slots); results come back as queued signals tagged with a run id, and the
controller drops those of runs that a ``load`` or ``reset`` has replaced, so the views never show stale weights.

States: ``"idle"`` (loaded or reset, not trained yet), ``"running"``, ``"paused"``, ``"finished"`` (the epoch
limit was reached, or :meth:`~TrainingController.stop`), ``"diverged"`` (NaN/inf: paused; lower the learning
rate and reset), ``"failed"`` (the session could not be built or a bug was hit; load or reset to recover).
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QObject, QThread, Qt, Signal, Slot

from mlp_studio.controller.process_worker import TrainingProcess
from mlp_studio.controller.worker import TrainingWorker
from mlp_studio.training.capture import Reply, RunState
from mlp_studio.training.channels import CommandBox, DeliveryGate, GuiActivity

log = logging.getLogger(__name__)
#: The backends a controller can train with (see the module docstring).
BACKENDS = ("process", "thread")


class TrainingController(QObject):
    """Start, pause, step and reset a training run on a worker thread.

    Parameters
    ----------
    parent : QObject, optional
        Qt parent.
    max_rate : float
        Maximum snapshots per second while running (forced ones after step/pause/reset come in addition).
    slice_seconds : float
        Training time between command checks on the worker.
    backend : {"process", "thread"}
        Where the loop runs (may be changed until the first :meth:`load`). With ``"process"`` the session
        factory given to :meth:`load` must be picklable (e.g. :class:`~mlp_studio.model.session.SessionFactory`);
        it runs in the training process.

    Signals
    -------
    snapshot_ready(object)
        A :class:`~mlp_studio.model.snapshot.Snapshot` of the current run.
    state_changed(str)
        The new state (see the module docstring).
    diverged(str)
        What happened and what to try.
    failed(str)
        The error message (user errors) or a traceback summary (bugs).
    finished()
        The run reached its epoch limit or was stopped.
    """

    snapshot_ready = Signal(object)
    state_changed = Signal(str)
    diverged = Signal(str)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None, *, max_rate: float = 30.0,
                 slice_seconds: float = 0.008, backend: str = "process") -> None:
        super().__init__(parent)
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {BACKENDS}, not {backend!r}")
        self.backend = backend
        self._box: Any = None
        self._gate: Any = None
        self._gui = GuiActivity()
        self._dispatcher: Any = None
        self._max_rate, self._slice = max_rate, slice_seconds
        self._thread: QThread | None = None
        self._worker: QObject | None = None
        self._process: TrainingProcess | None = None
        self._factory: Callable[[], Any] | None = None
        self._first_history: Any = None   # the latest load's history, for a load repeated on a thread
        self._speed: float | None = None  # epochs per second (set_speed); sent to every new backend
        self._state = "idle"
        self._run_id = 0
        self._closed = False
        app = QCoreApplication.instance()
        if app is not None:
            # Closing the application while training must stop the thread before Qt tears down.
            app.aboutToQuit.connect(self._on_about_to_quit)

    # -- properties -------------------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        """The worker's last reported state."""
        return self._state

    @property
    def run_id(self) -> int:
        """Id of the current run; it grows with every :meth:`load` and :meth:`reset`."""
        return self._run_id

    @property
    def is_alive(self) -> bool:
        """Whether the worker thread (and, with the process backend, the training process) is running."""
        process_alive = self._process is not None and self._process.is_alive()
        return (self._thread is not None and self._thread.isRunning()) or process_alive

    @property
    def process_id(self) -> int | None:
        """The training process's id (None with the thread backend or before the first :meth:`load`)."""
        return self._process.pid if self._process is not None else None

    # -- commands ---------------------------------------------------------------------------------------------
    def load(self, session_factory: Callable[[], Any], history: Any = None) -> int:
        """Start a new run from ``session_factory`` (called on the worker thread, again on every reset).

        Parameters
        ----------
        session_factory : callable
            Returns a fresh :class:`~mlp_studio.model.session.Session`; picklable for the process backend.
        history : mapping of str to array, optional
            A restored run's loss-curve columns (``epoch``, ``train_loss``, ...), shown before its new points;
            only for this load, not for later resets.

        Returns
        -------
        int
            The new run id; earlier runs' snapshots are dropped from now on.

        Raises
        ------
        pickle.PicklingError, TypeError, AttributeError
            With the process backend, when ``session_factory`` cannot be sent to the training process.
        """
        if self._closed:
            raise RuntimeError("the training controller has been shut down")
        self._ensure_thread()
        self._box.put("load", self._run_id + 1, session_factory, history)
        self._run_id += 1
        self._factory, self._first_history = session_factory, history
        return self._run_id

    def play(self) -> None:
        """Train continuously until paused, stopped, finished or diverged."""
        self._send("play")

    def pause(self) -> None:
        """Pause; a snapshot of the exact paused state follows."""
        self._send("pause")

    def step(self) -> None:
        """Train one mini-batch (pausing first if running), then send a snapshot."""
        self._send("step")

    def step_epoch(self) -> None:
        """Finish the current epoch (pausing first if running), then send a snapshot."""
        self._send("step_epoch")

    def stop(self) -> None:
        """End the run: training stops, the weights stay for inspection, the state becomes "finished"."""
        self._send("stop")

    def reset(self) -> int:
        """Rebuild the run from the factory (same seeds, live hyper-parameters kept); returns the new run id."""
        if self._thread is None or self._closed:
            return self._run_id
        if not self._backend_alive() and self._factory is not None:
            return self.load(self._factory)   # the training process was lost: start a new one
        self._run_id += 1
        self._box.put("reset", self._run_id)
        return self._run_id

    def set_training(self, training: Any) -> None:
        """Apply a ``TrainingSpec`` (learning rate, optimizer, batch size, l1/l2) from the next step on."""
        self._send("training", training)

    def set_weight(self, layer: int, source: int, target: int, value: float) -> None:
        """Set one weight of the live network by hand (applied between steps, then a fresh snapshot follows).

        Parameters
        ----------
        layer : int
            Weight layer (0 = inputs to the first hidden layer).
        source, target : int
            Row (neuron of the layer below) and column (neuron of the layer above) of ``W``.
        value : float
            The new weight. Not a design edit: a reset or rebuild starts again from the seeded weights.
        """
        self._send("weight", int(layer), int(source), int(target), float(value))

    def set_parameters(self, weights: Any, biases: Any, expected: Any = None) -> None:
        """Replace every weight and bias of the live network (between steps; a fresh snapshot follows).

        Used by the explained step ("Apply step"). ``expected``, an optional ``(weights, biases)`` pair, makes
        the change conditional: it is applied only if the live parameters still equal it exactly (training did
        not move on meanwhile); otherwise nothing changes (the snapshot that follows shows which happened).
        Like :meth:`set_weight`, not a design edit and not undoable.
        """
        self._send("parameters", tuple(weights), tuple(biases), expected)

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Train at most ``epochs_per_second`` from now on, in this and later runs (None: as fast as possible).

        Small networks train thousands of epochs a second; a speed lets a class watch the boundary form.
        """
        self._speed = float(epochs_per_second) if epochs_per_second else None
        self._send("speed", self._speed)

    @property
    def speed(self) -> float | None:
        """The speed set with :meth:`set_speed` (None: full speed)."""
        return self._speed

    def set_max_epochs(self, epochs: int | None) -> None:
        """Stop at ``epochs`` completed epochs (None or 0: the spec's ``training.epochs``; 0 there: never)."""
        self._send("max_epochs", int(epochs) if epochs else None)

    def capture_state(self, timeout_ms: int = 5000) -> RunState | None:
        """A copy of the current run taken by the worker between two steps (training goes on meanwhile).

        Blocks the calling (GUI) thread until the worker answers, at most ``timeout_ms``: a slice of training
        plus a snapshot, a few milliseconds on small networks.

        Returns
        -------
        RunState or None
            Weights, optimizer and trainer state, history; None when there is no run or no answer in time.
        """
        if self._thread is None or self._closed:
            return None
        reply = Reply()
        self._box.put("capture", reply)
        return reply.wait(timeout_ms / 1000.0)

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the worker thread and wait for it at most ``timeout_ms``; True when it has ended.

        Never terminates the thread: the worker checks its command box between short time slices, so it
        normally leaves within a few milliseconds.
        """
        self._closed = True
        self._unwatch_gui_thread()
        return self._stop_backend(timeout_ms)

    # -- plumbing ---------------------------------------------------------------------------------------------
    def _send(self, *command: Any) -> None:
        if self._thread is not None and not self._closed:
            self._box.put(*command)

    def _stop_backend(self, timeout_ms: int) -> bool:
        """Quit the loop (and its process) and wait for the thread; True when both have ended."""
        thread, process = self._thread, self._process
        if thread is None:
            return True
        if process is not None:
            process.close(timeout_ms / 1000.0)   # the relay sees the pipe end and leaves
        else:
            self._box.put("quit")
        thread.quit()
        ended = thread.wait(int(timeout_ms))
        if ended:
            self._thread = self._worker = self._process = None
            if process is not None:
                process.release()
        return ended and (process is None or not process.is_alive())

    def _backend_alive(self) -> bool:
        """Whether the thread runs and, with the process backend, its process too (a dead process's relay thread
        may not have ended yet)."""
        thread_runs = self._thread is not None and self._thread.isRunning()
        return thread_runs and (self._process is None or self._process.is_alive())

    def _ensure_thread(self) -> None:
        if self._backend_alive():
            return
        if self._thread is not None:   # the training process was lost: clear up before starting again
            self._stop_backend(1000)
        thread = QThread()
        thread.setObjectName("mlp-studio-training")
        worker = self._start_backend()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # QThread.quit is thread-safe; calling it directly ends the thread even if the GUI loop is busy.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.snapshot.connect(self._on_snapshot)
        worker.state.connect(self._on_state)
        worker.diverged.connect(self._on_diverged)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        if self._process is not None:
            worker.unusable.connect(self._on_process_unusable)
        self._thread, self._worker = thread, worker
        thread.start()
        if self._speed is not None:
            self._box.put("speed", self._speed)

    def _start_backend(self) -> QObject:
        """Start a training process (or, failing that or when asked, a thread's loop); return the signal source."""
        if self.backend == "process":
            try:
                self._process = TrainingProcess(self._max_rate, self._slice)
                self._box, self._gate = self._process, self._process.gate
                return self._process.relay
            except OSError as error:   # no processes here (a sandbox, a broken install): train on a thread
                log.warning("training process could not start (%s); training on a thread instead", error)
                self._process, self.backend = None, "thread"
        self._box, self._gate = CommandBox(), DeliveryGate()
        # Only a thread shares the GUI's interpreter lock and so has to step aside while the GUI is busy.
        self._watch_gui_thread()
        return TrainingWorker(self._box, self._gate, self._max_rate, self._slice, self._gui)

    def _watch_gui_thread(self) -> None:
        """Tell the worker when this (GUI) thread's event loop is busy, so training yields the GIL then."""
        dispatcher = QAbstractEventDispatcher.instance(self.thread())
        if dispatcher is None or self._dispatcher is not None:
            return
        dispatcher.awake.connect(self._gui.awake, Qt.ConnectionType.DirectConnection)
        dispatcher.aboutToBlock.connect(self._gui.asleep, Qt.ConnectionType.DirectConnection)
        self._dispatcher = dispatcher

    def _unwatch_gui_thread(self) -> None:
        dispatcher, self._dispatcher = self._dispatcher, None
        if dispatcher is not None:
            for signal, slot in ((dispatcher.awake, self._gui.awake), (dispatcher.aboutToBlock, self._gui.asleep)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self._gui.asleep()  # never leave the worker waiting on a thread that no longer reports

    @Slot(object)
    def _on_snapshot(self, snapshot: Any) -> None:
        self._gate.received()
        if not self._closed and snapshot.run_id == self._run_id:
            self.snapshot_ready.emit(snapshot)

    @Slot(int, str)
    def _on_state(self, run_id: int, state: str) -> None:
        # Every state is applied in order, stale or not: the worker's last word is the truth.
        if self._closed or state == self._state:
            return
        self._state = state
        self.state_changed.emit(state)

    @Slot(int, str)
    def _on_diverged(self, run_id: int, message: str) -> None:
        if not self._closed and run_id == self._run_id:
            self.diverged.emit(message)

    @Slot(int, str)
    def _on_failed(self, run_id: int, message: str) -> None:
        # -1: a failure of the training process itself, which concerns whichever run is current.
        if not self._closed and run_id in (self._run_id, -1):
            self.failed.emit(message)

    @Slot(int)
    def _on_finished(self, run_id: int) -> None:
        if not self._closed and run_id == self._run_id:
            self.finished.emit()

    @Slot(str)
    def _on_process_unusable(self, why: str) -> None:
        """The training process died before it was ready (it cannot run here): train on a thread from now on.

        A process that dies later (even while building a session) is reported instead: retrying that on a thread
        of the GUI's own process could take the window down with it.
        """
        if self._closed or self.backend != "process":
            return
        log.warning("%s; training on a thread instead", why)
        self._stop_backend(1000)
        self.backend = "thread"
        if self._factory is not None:
            self.load(self._factory, self._first_history)

    @Slot()
    def _on_about_to_quit(self) -> None:
        self.shutdown()
