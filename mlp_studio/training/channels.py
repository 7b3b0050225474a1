"""What passes between the GUI thread and the training loop: commands, delivery counts, the GUI's activity.

Plain ``threading`` objects, Qt-free. In the training process the command box is filled by a reader thread from
the command pipe (:mod:`mlp_studio.training.child`); on the thread backend the controller fills it directly.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Any


class CommandBox:
    """Commands from the GUI thread to the worker: a FIFO queue guarded by a condition variable."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._queue: deque[tuple[Any, ...]] = deque()

    def put(self, *command: Any) -> None:
        """Queue ``command`` (a name followed by its arguments) and wake the worker if it waits."""
        with self._condition:
            self._queue.append(command)
            self._condition.notify()

    def take(self, block: bool, timeout: float | None = None) -> list[tuple[Any, ...]]:
        """Return and remove all queued commands; with ``block``, wait (GIL released) until there is one, or
        at most ``timeout`` seconds when one is given."""
        with self._condition:
            if block and not self._queue:
                self._condition.wait_for(lambda: bool(self._queue), timeout)
            commands = list(self._queue)
            self._queue.clear()
        return commands

    def pending(self) -> bool:
        """Whether a command waits (a lock-free hint; ``deque`` length reads are atomic under the GIL)."""
        return bool(self._queue)


class DeliveryGate:
    """Counts snapshots emitted but not yet received by the GUI thread.

    Throttled snapshots are skipped while one is still in flight, so a busy GUI thread never accumulates a
    backlog of queued snapshots; forced ones (after step, pause, reset) are always sent.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._in_flight = 0

    def sent(self) -> None:
        with self._lock:
            self._in_flight += 1

    def received(self) -> None:
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)

    def is_free(self) -> bool:
        with self._lock:
            return self._in_flight == 0


class GuiActivity:
    """Whether the GUI thread is busy (awake in its event loop) or waiting for events, for the worker to see.

    The controller feeds it from the GUI thread's event dispatcher (``awake`` / ``aboutToBlock``). While the
    GUI thread works -- handling a snapshot, painting, answering input -- the worker lets it have the GIL
    instead of competing for it: with both threads running Python, every GIL hand-over costs the GUI up to a
    switch interval, so a frame of a few hundred Python-to-Qt calls took 5-10x longer than alone (measured:
    GUI event-loop p99 ~95 ms, training at 35% of its headless speed on the Playground net).
    """

    def __init__(self) -> None:
        self.idle = threading.Event()
        self.idle.set()

    def awake(self) -> None:
        self.idle.clear()

    def asleep(self) -> None:
        self.idle.set()
