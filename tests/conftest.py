"""Shared test set-up: Qt runs offscreen, and no test may leave a thread or a training process behind."""

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# CI replays the same examples every run (a red build must mean a regression, not a new random draw);
# local runs keep exploring new examples.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def no_leaked_threads():
    """Fail a test that leaves a Python thread or a child process running (QThreads are checked by their owners'
    fixtures; training processes are children of this process)."""
    before = set(threading.enumerate())
    children = set(running_children())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not leaked, f"threads left running: {leaked}"
    left = sorted(set(running_children()) - children)
    assert not left, f"child processes left running: {left}"


def running_children() -> list[int]:
    """Ids of this process's children that still run (Linux /proc; elsewhere none are seen)."""
    me, found = os.getpid(), []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return found
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == me and fields[0] != "Z":
            found.append(int(entry))
    return found
