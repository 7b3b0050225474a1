"""The training process: a :class:`~mlp_studio.training.loop.TrainingLoop` in a child process (Qt-free).

Why a process: the GUI thread and a training thread share one interpreter lock, so every frame the GUI draws
(a few milliseconds of Python calling Qt) is time the training thread cannot run, and every hand-over of the
lock costs the GUI up to a switch interval. In a process of its own the loop trains on one core while the GUI
draws on the other (docs/architecture.md, "Training process", has the measurements).

It is a fresh interpreter (``python -m mlp_studio.training.child``, ~0.15 s to start with NumPy and the engine)
that two one-way pipes connect to the GUI process (:mod:`mlp_studio.controller.process_worker`):

* commands in: tuples ``(name, *args)`` as the loop's :class:`~mlp_studio.training.loop.CommandBox` takes them,
  pickled by the sender; a reader thread here puts them into the box. ``("capture", request_id)`` becomes a
  capture whose answer goes back as ``("reply", request_id, RunState)``. End of file (the GUI process is gone)
  counts as ``quit``, so the process never outlives its window.
  ``("received",)`` tells the process that the GUI took a snapshot (see :class:`~mlp_studio.training.loop.
  DeliveryGate`).
* results out: ``("ready",)`` once it has started, then ``(kind, *args)`` exactly as the loop emits them, then
  ``("done",)`` when it exits. Snapshots
  leave without their plane pictures, which the GUI's process draws from their weights (``"plane"`` says how).

The pipes carry only objects this program made (specs, data sets, sessions, snapshots); nothing read from a
user's file is ever unpickled as such.
"""

from __future__ import annotations

import argparse
import pickle
import signal
import sys
import threading
import traceback
from multiprocessing.connection import Connection
from typing import Any

from mlp_studio import i18n
from mlp_studio.training.channels import CommandBox, DeliveryGate
from mlp_studio.training.loop import TrainingLoop

#: The argument that makes ``python -m mlp_studio.training.child`` (or a bundled app) serve as training process.
ARGUMENT = "--training-process"


class RemoteReply:
    """Stands in for :class:`~mlp_studio.training.capture.Reply` in the process: the answer goes down the pipe."""

    def __init__(self, request_id: int, emit: Any) -> None:
        self._request_id, self._emit = request_id, emit

    def set(self, value: Any) -> None:
        self._emit("reply", self._request_id, value)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the training process: ``--training-process COMMANDS_FD RESULTS_FD RATE SLICE [CATALOG]``."""
    parser = argparse.ArgumentParser(prog="mlp-studio " + ARGUMENT)
    parser.add_argument("commands", type=int)
    parser.add_argument("results", type=int)
    parser.add_argument("max_rate", type=float)
    parser.add_argument("slice_seconds", type=float)
    parser.add_argument("catalog", nargs="?", default="")
    args = parser.parse_args(argv)
    serve(Connection(args.commands, writable=False), Connection(args.results, readable=False), args.max_rate,
          args.slice_seconds, args.catalog or None)
    return 0


def serve(commands: Connection, results: Connection, max_rate: float, slice_seconds: float,
          catalog: str | None = None) -> None:
    """The training process's main function: run the loop until ``quit`` or until the GUI process is gone.

    Parameters
    ----------
    commands, results : Connection
        The reading end of the command pipe and the writing end of the result pipe.
    max_rate, slice_seconds : float
        As for :class:`~mlp_studio.training.loop.TrainingLoop`.
    catalog : str, optional
        The GUI's translation catalog (``.ts``), so messages made here are in the window's language.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the GUI's to handle
    _install_catalog(catalog)
    send_lock = threading.Lock()

    def emit(kind: str, *args: Any) -> None:
        with send_lock:
            results.send((kind, *args))

    emit("ready")   # it started: from now on a failure is the run's, not the installation's
    box, gate = CommandBox(), DeliveryGate()
    reader = threading.Thread(target=_forward_commands, args=(commands, box, gate, emit), daemon=True,
                              name="mlp-studio-commands")
    reader.start()
    try:
        TrainingLoop(box, gate, emit, max_rate, slice_seconds, pictures_here=False).run()
    finally:
        try:
            emit("done")
            results.close()
        except OSError:
            pass  # the GUI process is gone: nobody to tell


def _forward_commands(commands: Connection, box: CommandBox, gate: DeliveryGate, emit: Any) -> None:
    """Read commands from the pipe into ``box`` until ``quit`` or end of file (then: ``quit``).

    ``received`` (the GUI took a snapshot) goes straight to ``gate``: it must not cut a slice of training short.
    """
    while True:
        try:
            command = pickle.loads(commands.recv_bytes())
        except (EOFError, OSError):
            box.put("quit")
            return
        except Exception as error:  # a command this process cannot rebuild: a bug, say so and carry on
            emit("failed", None, "".join(traceback.format_exception_only(type(error), error)).strip())
            continue
        if command[0] == "received":
            gate.received()
            continue
        if command[0] == "capture":
            command = ("capture", RemoteReply(command[1], emit))
        box.put(*command)
        if command[0] == "quit":
            return


def _install_catalog(catalog: str | None) -> None:
    if not catalog:
        return
    try:
        i18n.install_translator(i18n.catalog_translator(catalog), catalog=catalog)
    except Exception:  # an unreadable catalog: messages stay in English rather than training failing
        pass


if __name__ == "__main__":
    sys.exit(main(sys.argv[2:] if sys.argv[1:2] == [ARGUMENT] else sys.argv[1:]))
