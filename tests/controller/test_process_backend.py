"""The training process (the app's default backend): same behaviour as the thread, plus what a process adds.

Factories here must be picklable (they are sent to the process), so they are ``SessionFactory`` objects or
partials of module-level functions, never the recording ``Factory`` of the thread tests.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from mlp_studio import i18n
from mlp_studio.controller import TrainingController
from mlp_studio.controller import process_worker
from mlp_studio.data import load_dataset
from mlp_studio.model.session import Session, SessionFactory
from mlp_studio.model.snapshot import PlaneGrid, make_snapshot

from controller_support import EXAMPLES, diverging_spec, xor_spec

WAIT = 10_000
ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "resources" / "i18n" / "mlp_studio_zh_CN.ts"


class Recorder:
    def __init__(self, controller):
        self.snapshots, self.failed, self.diverged = [], [], []
        controller.snapshot_ready.connect(self.snapshots.append)
        controller.failed.connect(self.failed.append)
        controller.diverged.connect(self.diverged.append)

    @property
    def last(self):
        return self.snapshots[-1]


@pytest.fixture
def controller(qtbot):
    ctl = TrainingController()   # the default backend: a process
    yield ctl
    assert ctl.shutdown(2000), "the training process did not stop within 2 s"
    assert not ctl.is_alive


@pytest.fixture
def rec(controller):
    return Recorder(controller)


def factory_for(spec):
    return SessionFactory(spec, load_dataset(spec.dataset, EXAMPLES))


def load(qtbot, controller, rec, spec):
    run_id = controller.load(factory_for(spec))
    qtbot.waitUntil(lambda: bool(rec.snapshots) and rec.last.run_id == run_id, timeout=WAIT)
    return rec.last


def running_steps(qtbot, controller, rec, more_than=0):
    qtbot.waitUntil(lambda: rec.last.step > more_than, timeout=WAIT)
    return rec.last.step


def test_the_loop_runs_in_another_process_and_xor_learns(qtbot, controller, rec):
    spec = xor_spec(optimizer="adam", learning_rate=0.05, epochs=100_000)
    first = load(qtbot, controller, rec, spec)
    assert controller.backend == "process" and controller.process_id not in (None, os.getpid())
    assert first.step == 0 and controller.state == "idle"
    # The first session is built from the same spec and seeds as one built here.
    here = Session(spec, load_dataset(spec.dataset, EXAMPLES))
    for ours, theirs in zip(first.weights, here.network.weights):
        np.testing.assert_array_equal(ours, theirs)
    controller.play()
    qtbot.waitUntil(lambda: rec.last.evaluation.train_loss < 0.5 * first.evaluation.train_loss, timeout=WAIT)
    controller.pause()
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=WAIT)
    qtbot.wait(100)
    count, step = len(rec.snapshots), rec.last.step
    qtbot.wait(200)
    assert len(rec.snapshots) == count and rec.last.step == step


def test_step_reset_and_snapshot_rate(qtbot, controller, rec):
    first = load(qtbot, controller, rec, xor_spec(epochs=1_000_000))
    controller.step()
    qtbot.waitUntil(lambda: rec.last.step == 1, timeout=WAIT)
    controller.play()
    running_steps(qtbot, controller, rec, 1)
    start_count, start = len(rec.snapshots), time.perf_counter()
    qtbot.wait(1000)
    rate = (len(rec.snapshots) - start_count) / (time.perf_counter() - start)
    assert 5 <= rate <= 31, f"{rate:.1f} snapshots/s"
    assert controller.reset() == 2
    qtbot.waitUntil(lambda: rec.last.run_id == 2 and controller.state == "idle", timeout=WAIT)
    assert rec.last.step == 0
    for new, old in zip(rec.last.weights + rec.last.biases, first.weights + first.biases):
        np.testing.assert_array_equal(new, old)


def test_a_live_learning_rate_change_reaches_the_process(qtbot, controller, rec):
    spec = xor_spec(optimizer="sgd", learning_rate=0.5, momentum=0.0, epochs=1_000_000)
    load(qtbot, controller, rec, spec)
    controller.play()
    running_steps(qtbot, controller, rec, 200)
    controller.set_training(dataclasses.replace(spec.training, learning_rate=1e-9))
    applied = running_steps(qtbot, controller, rec, rec.last.step + 100)
    slow = rec.last
    running_steps(qtbot, controller, rec, applied + 300)
    for new, old in zip(rec.last.weights, slow.weights):
        np.testing.assert_allclose(new, old, atol=1e-5)


def test_divergence_pauses_with_advice_from_the_process(qtbot, controller, rec):
    load(qtbot, controller, rec, diverging_spec())
    with qtbot.waitSignal(controller.diverged, timeout=WAIT) as blocker:
        controller.play()
    assert "diverged at step" in blocker.args[0] and "lower the learning rate (now 1000)" in blocker.args[0]
    qtbot.waitUntil(lambda: controller.state == "diverged", timeout=WAIT)


def test_messages_made_in_the_process_are_in_the_windows_language(qtbot, rec, controller):
    i18n.install_translator(i18n.catalog_translator(str(CATALOG)), catalog=str(CATALOG))
    try:
        load(qtbot, controller, rec, diverging_spec())
        with qtbot.waitSignal(controller.diverged, timeout=WAIT) as blocker:
            controller.play()
    finally:
        i18n.install_translator(None)
    assert "学习率" in blocker.args[0], blocker.args[0]


def test_a_failing_factory_reaches_failed_and_a_good_one_recovers(qtbot, controller, rec):
    spec = xor_spec().with_dataset(name="csv", path="no/such/file.csv", target="label")
    with qtbot.waitSignal(controller.failed, timeout=WAIT) as blocker:
        controller.load(functools.partial(Session.from_spec, spec, EXAMPLES))
    assert "file.csv" in blocker.args[0]
    qtbot.waitUntil(lambda: controller.state == "failed", timeout=WAIT)
    load(qtbot, controller, rec, xor_spec())
    assert controller.state == "idle"


def test_a_factory_that_cannot_be_sent_fails_in_the_caller_and_changes_nothing(qtbot, controller, rec):
    load(qtbot, controller, rec, xor_spec())
    with pytest.raises(Exception, match="pickle|local object"):
        controller.load(lambda: None)
    assert controller.run_id == 1
    controller.step()
    qtbot.waitUntil(lambda: rec.last.step == 1, timeout=WAIT)


def test_capture_and_weight_edits_cross_the_process_boundary(qtbot, controller, rec):
    load(qtbot, controller, rec, xor_spec())
    for _ in range(3):
        controller.step()
    qtbot.waitUntil(lambda: rec.last.step == 3, timeout=WAIT)
    state = controller.capture_state()
    assert state is not None and state.step == 3 and state.run_id == controller.run_id
    assert all(np.array_equal(a, b) for a, b in zip(state.weights, rec.last.weights))
    count = len(rec.snapshots)
    controller.set_weight(0, 1, 2, 2.5)
    qtbot.waitUntil(lambda: len(rec.snapshots) > count, timeout=WAIT)
    assert rec.last.weights[0][1, 2] == 2.5
    assert all(not w.flags.writeable for w in rec.last.weights)


def test_a_killed_process_is_reported_and_reset_starts_a_new_one(qtbot, controller, rec):
    load(qtbot, controller, rec, xor_spec(epochs=1_000_000))
    controller.play()
    running_steps(qtbot, controller, rec)
    old_pid = controller.process_id
    with qtbot.waitSignal(controller.failed, timeout=WAIT) as blocker:
        os.kill(old_pid, signal.SIGKILL)
    assert "ended unexpectedly" in blocker.args[0] and str(-signal.SIGKILL) in blocker.args[0]
    qtbot.waitUntil(lambda: controller.process_id != old_pid or not controller.is_alive, timeout=WAIT)
    run_id = controller.reset()
    qtbot.waitUntil(lambda: rec.last.run_id == run_id and controller.state == "idle", timeout=WAIT)
    assert controller.process_id not in (None, old_pid) and rec.last.step == 0
    controller.play()
    running_steps(qtbot, controller, rec)


def test_shutdown_while_training_ends_the_process_within_a_second(qtbot, controller, rec):
    load(qtbot, controller, rec, xor_spec(epochs=1_000_000))
    controller.play()
    running_steps(qtbot, controller, rec)
    pid = controller.process_id
    start = time.perf_counter()
    assert controller.shutdown(1000)
    assert time.perf_counter() - start < 1.0
    assert not controller.is_alive and not _alive(pid)


def test_about_to_quit_ends_the_process(qtbot, controller, rec):
    load(qtbot, controller, rec, xor_spec(epochs=1_000_000))
    controller.play()
    running_steps(qtbot, controller, rec)
    pid = controller.process_id
    QCoreApplication.instance().aboutToQuit.emit()
    assert not controller.is_alive and not _alive(pid)


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads process CPU time from Linux /proc")
def test_a_paused_process_sleeps(qtbot, controller, rec):
    load(qtbot, controller, rec, xor_spec(epochs=1_000_000))
    controller.play()
    running_steps(qtbot, controller, rec)
    controller.pause()
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=WAIT)
    qtbot.wait(100)
    before = _cpu_ticks(controller.process_id)
    qtbot.wait(300)
    assert _cpu_ticks(controller.process_id) - before <= 3   # clock ticks of 10 ms; busy-waiting would be ~30


def test_without_processes_the_controller_trains_on_a_thread(qtbot, monkeypatch):
    def no_process(*args, **kwargs):
        raise OSError("processes are not allowed here")

    monkeypatch.setattr(process_worker.TrainingProcess, "__init__", no_process)
    ctl = TrainingController()
    try:
        rec = Recorder(ctl)
        load(qtbot, ctl, rec, xor_spec())
        assert ctl.backend == "thread" and ctl.process_id is None
        ctl.step()
        qtbot.waitUntil(lambda: rec.last.step == 1, timeout=WAIT)
    finally:
        assert ctl.shutdown(2000)


ORPHAN_SCRIPT = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QCoreApplication
    from mlp_studio.controller import TrainingController
    from mlp_studio.data import load_dataset
    from mlp_studio.files.experiment import load_experiment
    from mlp_studio.model.session import SessionFactory
    app = QCoreApplication([])
    spec = load_experiment(sys.argv[1]).with_training(epochs=1_000_000)
    controller = TrainingController()
    controller.load(SessionFactory(spec, load_dataset(spec.dataset, sys.argv[2])))
    controller.play()
    print(controller.process_id, flush=True)
    time.sleep(60)
""")


@pytest.mark.skipif(not os.path.exists("/proc"), reason="checks for a process by its /proc entry")
def test_the_process_ends_when_the_gui_process_is_killed(tmp_path):
    script = tmp_path / "gui.py"
    script.write_text(ORPHAN_SCRIPT)
    gui = subprocess.Popen([sys.executable, str(script), str(EXAMPLES / "xor.json"), str(EXAMPLES)],
                           stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        child = int(gui.stdout.readline())
        assert _alive(child)
    finally:
        gui.kill()
        gui.wait(10)
    deadline = time.monotonic() + 5.0
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child), "the training process outlived its window"


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped by its parent, counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def test_a_process_that_cannot_start_training_hands_the_run_to_a_thread(qtbot, monkeypatch):
    monkeypatch.setattr(process_worker, "child_command", lambda: [sys.executable, "-c", "import sys; sys.exit(3)"])
    ctl = TrainingController()
    try:
        rec = Recorder(ctl)
        ctl.load(factory_for(xor_spec()))
        qtbot.waitUntil(lambda: bool(rec.snapshots), timeout=WAIT)
        assert ctl.backend == "thread" and ctl.process_id is None and rec.failed == []
        ctl.step()
        qtbot.waitUntil(lambda: rec.last.step == 1, timeout=WAIT)
    finally:
        assert ctl.shutdown(2000)


def test_the_plane_pictures_are_drawn_in_this_process_from_the_snapshots_weights(qtbot, controller, rec):
    spec = xor_spec(epochs=1_000_000)
    load(qtbot, controller, rec, spec)
    controller.play()
    running_steps(qtbot, controller, rec, 500)
    controller.pause()
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=WAIT)
    qtbot.wait(100)
    shown = rec.last
    # The same pictures, drawn here by the engine from the snapshot's own weights.
    here = Session(spec, load_dataset(spec.dataset, EXAMPLES))
    here.network.set_parameters(list(shown.weights), list(shown.biases))
    expected = make_snapshot(here, shown.run_id, PlaneGrid.for_dataset(here.dataset))
    assert shown.output_grid is not None and shown.neuron_grids is not None
    np.testing.assert_array_equal(shown.output_grid, expected.output_grid)
    for ours, theirs in zip(shown.neuron_grids, expected.neuron_grids):
        np.testing.assert_array_equal(ours, theirs)
    assert not shown.output_grid.flags.writeable and all(not g.flags.writeable for g in shown.neuron_grids)


def test_a_process_that_dies_building_the_session_is_reported_not_retried_on_a_thread(qtbot, controller, rec):
    # A hard crash (not an exception) while the factory runs: retrying it in the GUI's own process could take the
    # window down, so the controller says what happened and stays with processes.
    with qtbot.waitSignal(controller.failed, timeout=WAIT) as blocker:
        controller.load(functools.partial(os._exit, 7))
    assert "ended unexpectedly" in blocker.args[0] and "7" in blocker.args[0]
    assert controller.backend == "process"
    load(qtbot, controller, rec, xor_spec())   # the next load starts a fresh process
    assert controller.state == "idle" and controller.process_id is not None
