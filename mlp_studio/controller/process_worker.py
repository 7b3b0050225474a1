"""The training process seen from the GUI process (QtCore only): the controller's default backend.

:class:`TrainingProcess` starts :func:`mlp_studio.training.child.serve` in a child process and holds the
pipes. Commands are pickled on the calling (GUI) thread and written to the command pipe, so a command that
cannot cross (an unpicklable session factory) fails right there, in the caller. :class:`ResultRelay`, a
``QObject`` on the controller's ``QThread``, reads the result pipe (blocking, without the interpreter lock)
and re-emits every result as the same queued signals :class:`~mlp_studio.controller.worker.TrainingWorker`
has, so the controller treats both backends alike.

The process is a fresh interpreter started with :mod:`subprocess` (``python -m mlp_studio.training.child``, or
the bundled executable with ``--training-process``), not with :mod:`multiprocessing`: that would re-import the
main script in the child (a script without a ``__main__`` guard would open a second window) and, with
``fork``, copy a process that runs Qt threads. It starts in ~0.15 s; the pipes are passed as inherited file
descriptors (POSIX; elsewhere the controller trains on a thread).
"""

from __future__ import annotations

import itertools
import logging
import os
import pickle
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

import mlp_studio
from mlp_studio import i18n
from mlp_studio.i18n import tr
from mlp_studio.model.parameters import network_from_parameters
from mlp_studio.model.snapshot import with_plane_pictures
from mlp_studio.training.child import ARGUMENT

log = logging.getLogger(__name__)
#: How long :meth:`TrainingProcess.close` waits after a terminate for a process that ignored ``quit``.
KILL_WAIT_S = 0.5


def child_command() -> list[str]:
    """How to start a training process: this interpreter with the child module, or the bundled executable."""
    if getattr(sys, "frozen", False):
        return [sys.executable, ARGUMENT]
    return [sys.executable, "-m", "mlp_studio.training.child"]


def child_environment() -> dict[str, str]:
    """This process's environment, with the folder our ``mlp_studio`` came from first on the module path, so the
    child runs the same code even when this one was put on ``sys.path`` by hand (a source checkout, a script)."""
    environment = dict(os.environ)
    home = str(Path(mlp_studio.__file__).resolve().parent.parent)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [home, environment.get("PYTHONPATH", "")]))
    return environment


class RemoteGate:
    """The GUI side of the process's :class:`~mlp_studio.training.loop.DeliveryGate`: tells it of deliveries."""

    def __init__(self, link: "TrainingProcess") -> None:
        self._link = link

    def received(self) -> None:
        self._link.put("received")


class PlanePainter:
    """Draws the plane pictures of one run's snapshots in this (the GUI's) process, on the relay's thread.

    The training process sends snapshots of planar data sets without their pictures (the boundary and every
    neuron's map: most of a small net's snapshot cost), so that they cost the training nothing; here a twin of
    the run's network draws them from each snapshot's weights, on the core the GUI leaves free.
    """

    def __init__(self, run_id: int, spec: Any, grid: Any, task: str, dtype: str) -> None:
        self.run_id, self._grid, self._task = run_id, grid, task
        self._spec, self._dtype = spec, dtype
        self._network: Any = None

    def paint(self, snapshot: Any) -> Any:
        """``snapshot`` with its plane pictures (without, and one log line, if they cannot be drawn: a bug)."""
        if self._grid is None:
            return snapshot
        try:
            if self._network is None:
                self._network = network_from_parameters(self._spec, snapshot.weights, snapshot.biases, self._dtype)
            return with_plane_pictures(snapshot, self._network, self._grid, self._task)
        except Exception:
            log.exception("cannot draw the plane pictures of run %s; its views go without them", self.run_id)
            self._grid = None
            return snapshot


class ResultRelay(QObject):
    """Reads the training process's results and emits them as signals (lives on the controller's thread)."""

    snapshot = Signal(object)      # Snapshot
    state = Signal(int, str)       # run id, state name
    diverged = Signal(int, str)    # run id, message
    failed = Signal(int, str)      # run id (-1: whichever run is current), message
    finished = Signal(int)         # run id
    done = Signal()                # the process has ended (or its pipe broke)
    unusable = Signal(str)         # the process ended before it was ready: it cannot train here

    def __init__(self, link: "TrainingProcess") -> None:
        super().__init__()
        self._link = link
        self._plane: PlanePainter | None = None

    @Slot()
    def run(self) -> None:
        """Relay results until the process says ``done`` or its pipe ends."""
        try:
            while True:
                try:
                    message = self._link.receive()
                except (EOFError, OSError):
                    self._link.lost()
                    return
                except Exception as error:  # a result this process cannot rebuild: a bug, say so and go on
                    self.failed.emit(-1, f"{type(error).__name__}: {error}")
                    self._link.gate.received()   # if it was a snapshot, the process must not wait for it forever
                    continue
                if message[0] == "ready":
                    self._link.heard = True
                    continue
                if message[0] == "done":
                    return
                self._relay(message)
        finally:
            self.done.emit()

    def _relay(self, message: tuple) -> None:
        kind, args = message[0], message[1:]
        if kind == "reply":
            self._link.answer(*args)
        elif kind == "plane":
            self._plane = PlanePainter(*args)
        elif kind == "snapshot":
            snapshot = args[0]
            if self._plane is not None and self._plane.run_id == snapshot.run_id:
                snapshot = self._plane.paint(snapshot)
            self.snapshot.emit(snapshot)
        elif kind == "failed":
            run_id, text = args
            self.failed.emit(-1 if run_id is None else run_id, text)
        else:
            getattr(self, kind).emit(*args)


class TrainingProcess:
    """A running training process: its command pipe, its result pipe and the relay that reads the latter.

    Parameters
    ----------
    max_rate, slice_seconds : float
        As for :class:`~mlp_studio.training.loop.TrainingLoop`.

    Raises
    ------
    OSError
        When no process can be started here (the controller then trains on a thread).
    """

    def __init__(self, max_rate: float, slice_seconds: float) -> None:
        if os.name != "posix":
            raise OSError("training processes need inherited pipes (POSIX)")
        command_in, command_out = os.pipe()
        result_in, result_out = os.pipe()
        arguments = [str(command_in), str(result_out), repr(float(max_rate)), repr(float(slice_seconds)),
                     i18n.installed_catalog() or ""]
        try:
            self._process = subprocess.Popen([*child_command(), *arguments], stdin=subprocess.DEVNULL,
                                             pass_fds=(command_in, result_out), env=child_environment())
        except BaseException:
            for fd in (command_in, command_out, result_in, result_out):
                os.close(fd)
            raise
        # The child has its own copies; closing ours lets each side see the other's end as end of file.
        os.close(command_in)
        os.close(result_out)
        self._commands = Connection(command_out, readable=False)
        self._results = Connection(result_in, writable=False)
        self.gate = RemoteGate(self)
        self._send_lock = threading.Lock()
        self._replies: dict[int, Any] = {}
        self._reply_ids = itertools.count(1)
        self._closing = False
        self.heard = False   # set by the relay when the process says it is ready
        self.relay = ResultRelay(self)

    @property
    def pid(self) -> int | None:
        """The training process's id."""
        return self._process.pid

    def is_alive(self) -> bool:
        return self._process.poll() is None

    def put(self, *command: Any) -> None:
        """Send a command (the :class:`~mlp_studio.training.loop.CommandBox` interface); a capture's
        :class:`~mlp_studio.training.capture.Reply` stays here and is answered when the result comes back."""
        if command[0] == "capture":
            request = next(self._reply_ids)
            self._replies[request] = command[1]
            command = ("capture", request)
        data = pickle.dumps(command, protocol=pickle.HIGHEST_PROTOCOL)  # fails here, in the caller, if it must
        with self._send_lock:
            try:
                self._commands.send_bytes(data)
            except (BrokenPipeError, OSError):
                pass  # the process is gone; the relay reports that

    def receive(self) -> tuple:
        """The next result (blocks; called on the relay's thread)."""
        return self._results.recv()

    def answer(self, request: int, value: Any) -> None:
        """Deliver a capture's answer to the GUI thread waiting for it."""
        reply = self._replies.pop(request, None)
        if reply is not None:
            reply.set(value)

    def lost(self) -> None:
        """The result pipe ended without ``done``: say why, unless we asked the process to go."""
        for reply in list(self._replies.values()):
            reply.set(None)
        self._replies.clear()
        if not self._closing:
            code = self._wait(KILL_WAIT_S)
            if not self.heard:   # it never started (a broken install or bundle): the controller falls back
                self.relay.unusable.emit(f"the training process exited with code {code} before it started")
                return
            self.relay.failed.emit(-1, tr("The training process ended unexpectedly (exit code {code}). Press "
                                          "Reset to start the run again.").format(code=code))

    def close(self, timeout_s: float) -> bool:
        """Ask the process to quit and wait at most ``timeout_s``; one that ignores it is terminated.

        Returns
        -------
        bool
            True when the process has ended.
        """
        self._closing = True
        self.put("quit")
        if self._wait(timeout_s) is None:
            self._process.terminate()  # a hung process has no state worth keeping; the GUI's copy is intact
            if self._wait(KILL_WAIT_S) is None:
                self._process.kill()
                self._wait(KILL_WAIT_S)
        return not self.is_alive()

    def _wait(self, timeout_s: float) -> int | None:
        """The exit code, or None when the process is still running after ``timeout_s``."""
        try:
            return self._process.wait(max(0.0, timeout_s))
        except subprocess.TimeoutExpired:
            return None

    def release(self) -> None:
        """Close our ends of the pipes (after the relay's thread has ended: it reads one of them)."""
        for connection in (self._commands, self._results):
            connection.close()
