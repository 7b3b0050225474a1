"""TrainingController: commands, snapshots, run ids, divergence, failures and shutdown, on real sessions."""

from __future__ import annotations

import dataclasses
import os
import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from controller_support import Factory, diverging_spec, xor_spec

WAIT = 10_000  # ms; generous for a loaded CI machine, tests normally finish in well under a second each


class Recorder:
    """Everything the controller emits, in order."""

    def __init__(self, controller):
        self.snapshots, self.states, self.diverged, self.failed, self.finished = [], [], [], [], 0
        controller.snapshot_ready.connect(self.snapshots.append)
        controller.state_changed.connect(self.states.append)
        controller.diverged.connect(self.diverged.append)
        controller.failed.connect(self.failed.append)
        controller.finished.connect(self._on_finished)

    def _on_finished(self):
        self.finished += 1

    @property
    def last(self):
        return self.snapshots[-1]


@pytest.fixture
def rec(controller):
    return Recorder(controller)


def load(qtbot, controller, rec, factory):
    """Load ``factory`` and wait for the run's first (untrained) snapshot."""
    run_id = controller.load(factory)
    qtbot.waitUntil(lambda: bool(rec.snapshots) and rec.last.run_id == run_id, timeout=WAIT)
    return rec.last


def wait_state(qtbot, controller, state):
    qtbot.waitUntil(lambda: controller.state == state, timeout=WAIT)


def test_load_builds_the_session_on_the_worker_and_shows_the_untrained_network(qtbot, controller, rec):
    factory = Factory(xor_spec())
    first = load(qtbot, controller, rec, factory)
    assert controller.run_id == first.run_id == 1
    assert first.step == 0 and first.epoch == 0.0
    assert controller.state == "idle"
    assert factory.thread_ids and factory.thread_ids[0] != threading.get_native_id()
    for ours, theirs in zip(first.weights, factory.session.network.weights):
        np.testing.assert_array_equal(ours, theirs)


def test_step_trains_one_batch_and_step_epoch_finishes_the_epoch(qtbot, controller, rec):
    factory = Factory(xor_spec())
    load(qtbot, controller, rec, factory)
    controller.step()
    qtbot.waitUntil(lambda: rec.last.step == 1, timeout=WAIT)
    assert controller.state == "paused"
    assert 0.0 < rec.last.epoch < 1.0
    controller.step_epoch()
    qtbot.waitUntil(lambda: rec.last.epoch == 1.0, timeout=WAIT)
    per_epoch = -(-len(factory.session.dataset.X_train) // 16)  # xor.json: batch_size 16
    assert rec.last.step == per_epoch
    assert factory.session.trainer.epoch == 1


def test_play_trains_xor_until_the_loss_falls_then_pause_holds_still(qtbot, controller, rec):
    factory = Factory(xor_spec(optimizer="adam", learning_rate=0.05, epochs=100_000))
    first = load(qtbot, controller, rec, factory)
    controller.play()
    qtbot.waitUntil(lambda: rec.last.evaluation.train_loss < 0.5 * first.evaluation.train_loss, timeout=WAIT)
    assert controller.state == "running"
    assert rec.last.history is not None and len(rec.last.history) >= 2
    controller.pause()
    wait_state(qtbot, controller, "paused")
    # The forced snapshot after a pause shows the exact paused state.
    qtbot.waitUntil(lambda: rec.last.step == factory.session.trainer.step_count, timeout=WAIT)
    count, steps = len(rec.snapshots), factory.session.trainer.step_count
    qtbot.wait(200)
    assert factory.session.trainer.step_count == steps
    assert len(rec.snapshots) == count


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc for per-thread CPU time")
def test_a_paused_worker_blocks_instead_of_burning_cpu(qtbot, controller, rec):
    factory = Factory(xor_spec(epochs=100_000))
    load(qtbot, controller, rec, factory)
    controller.play()
    qtbot.waitUntil(lambda: rec.last.step > 0, timeout=WAIT)
    controller.pause()
    wait_state(qtbot, controller, "paused")
    busy = _thread_cpu_ticks(factory.thread_ids[0])
    before = busy()
    qtbot.wait(300)
    assert busy() - before <= 3  # clock ticks (10 ms each): a busy-wait would use ~30


def _thread_cpu_ticks(native_id):
    def ticks():
        with open(f"/proc/self/task/{native_id}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    return ticks


def test_step_while_running_pauses_and_shows_the_exact_state(qtbot, controller, rec):
    factory = Factory(xor_spec(epochs=100_000))
    load(qtbot, controller, rec, factory)
    controller.play()
    qtbot.waitUntil(lambda: rec.last.step > 0, timeout=WAIT)
    controller.step()
    wait_state(qtbot, controller, "paused")
    qtbot.waitUntil(lambda: rec.last.step == factory.session.trainer.step_count, timeout=WAIT)
    np.testing.assert_array_equal(rec.last.weights[0], factory.session.network.weights[0])


def test_a_rejected_live_setting_is_reported_and_training_goes_on(qtbot, controller, rec):
    spec = xor_spec(epochs=100_000)
    factory = Factory(spec)
    load(qtbot, controller, rec, factory)
    controller.play()
    wait_state(qtbot, controller, "running")
    with qtbot.waitSignal(controller.failed, timeout=WAIT) as blocker:
        controller.set_training(dataclasses.replace(spec.training, learning_rate=-1.0))
    assert "not applied" in blocker.args[0] and "learning_rate" in blocker.args[0]
    steps = rec.last.step
    qtbot.waitUntil(lambda: rec.last.step > steps, timeout=WAIT)
    assert controller.state == "running"
    assert factory.session.optimizer.learning_rate == spec.training.learning_rate


def test_stop_ends_the_run_as_finished(qtbot, controller, rec):
    load(qtbot, controller, rec, Factory(xor_spec(epochs=100_000)))
    controller.play()
    wait_state(qtbot, controller, "running")
    with qtbot.waitSignal(controller.finished, timeout=WAIT):
        controller.stop()
    assert controller.state == "finished"


def test_reaching_max_epochs_finishes_exactly_there(qtbot, controller, rec):
    factory = Factory(xor_spec(epochs=100_000))
    load(qtbot, controller, rec, factory)
    controller.set_max_epochs(3)
    with qtbot.waitSignal(controller.finished, timeout=WAIT):
        controller.play()
    assert controller.state == "finished"
    qtbot.waitUntil(lambda: rec.last.epoch == 3.0, timeout=WAIT)
    assert factory.session.trainer.epoch == 3
    # Playing again at the limit finishes again at once, without training.
    with qtbot.waitSignal(controller.finished, timeout=WAIT):
        controller.play()
    assert factory.session.trainer.epoch == 3


def test_snapshot_rate_stays_at_most_30_per_second(qtbot, controller, rec):
    load(qtbot, controller, rec, Factory(xor_spec(epochs=1_000_000)))
    controller.play()
    qtbot.waitUntil(lambda: rec.last.step > 0, timeout=WAIT)
    start_count, start = len(rec.snapshots), time.perf_counter()
    qtbot.wait(1000)
    rate = (len(rec.snapshots) - start_count) / (time.perf_counter() - start)
    assert controller.state == "running"
    assert 5 <= rate <= 31, f"{rate:.1f} snapshots/s"


def test_a_live_learning_rate_change_takes_effect(qtbot, controller, rec):
    spec = xor_spec(optimizer="sgd", learning_rate=0.5, momentum=0.0, epochs=100_000)
    factory = Factory(spec)
    first = load(qtbot, controller, rec, factory)
    controller.play()
    qtbot.waitUntil(lambda: rec.last.step > 200, timeout=WAIT)
    assert not np.allclose(rec.last.weights[0], first.weights[0], atol=1e-2)  # lr 0.5 moves the weights
    controller.set_training(dataclasses.replace(spec.training, learning_rate=1e-9))
    qtbot.waitUntil(lambda: factory.session.optimizer.learning_rate == 1e-9, timeout=WAIT)
    applied_at = factory.session.trainer.step_count
    qtbot.waitUntil(lambda: rec.last.step > applied_at + 50, timeout=WAIT)
    slow = rec.last
    qtbot.waitUntil(lambda: rec.last.step > slow.step + 200, timeout=WAIT)
    assert controller.state == "running"
    for new, old in zip(rec.last.weights, slow.weights):
        np.testing.assert_allclose(new, old, atol=1e-5)  # 200 steps at lr 1e-9 hardly move them


def test_reset_rebuilds_the_same_weights_and_drops_stale_snapshots(qtbot, controller, rec):
    factory = Factory(xor_spec(epochs=100_000))
    first = load(qtbot, controller, rec, factory)
    raw = []
    controller._worker.snapshot.connect(lambda s: raw.append(s.run_id))  # runs on the worker thread
    controller.play()
    qtbot.waitUntil(lambda: rec.last.step > 0, timeout=WAIT)
    # Queue snapshots of run 1 that reach the GUI thread only after the reset below.
    controller.step()
    controller.step()
    delivered_before = len(rec.snapshots)
    new_id = controller.reset()
    assert new_id == controller.run_id == 2
    qtbot.waitUntil(lambda: rec.last.run_id == 2, timeout=WAIT)
    after = rec.snapshots[delivered_before:]
    assert raw.count(1) > delivered_before, "the test needs stale snapshots in flight to mean anything"
    assert [s.run_id for s in after] == [2] * len(after)
    fresh = rec.last
    assert fresh.step == 0 and controller.state == "idle"
    for new, old in zip(fresh.weights + fresh.biases, first.weights + first.biases):
        np.testing.assert_array_equal(new, old)
    assert len(factory.sessions) == 2


def test_a_huge_learning_rate_diverges_and_pauses_with_advice(qtbot, controller, rec):
    load(qtbot, controller, rec, Factory(diverging_spec()))
    with qtbot.waitSignal(controller.diverged, timeout=WAIT) as blocker:
        controller.play()
    message = blocker.args[0]
    assert "diverged at step" in message and "lower the learning rate (now 1000)" in message
    wait_state(qtbot, controller, "diverged")
    assert rec.failed == []


def test_an_exception_in_the_session_factory_reaches_failed(qtbot, controller, rec):
    with qtbot.waitSignal(controller.failed, timeout=WAIT) as blocker:
        controller.load(Factory(xor_spec(), fail=RuntimeError("no data for you")))
    assert "RuntimeError" in blocker.args[0] and "no data for you" in blocker.args[0]
    wait_state(qtbot, controller, "failed")
    controller.play()  # nothing to train: ignored, no crash
    # A good factory recovers.
    load(qtbot, controller, rec, Factory(xor_spec()))
    assert controller.state == "idle"


def test_an_exception_while_training_reaches_failed_with_its_traceback(qtbot, controller, rec):
    factory = Factory(xor_spec(epochs=100_000))
    load(qtbot, controller, rec, factory)

    def broken_step():
        raise ValueError("a bug in the step")

    factory.session.trainer.step = broken_step
    with qtbot.waitSignal(controller.failed, timeout=WAIT) as blocker:
        controller.play()
    assert "broken_step" in blocker.args[0] and "ValueError: a bug in the step" in blocker.args[0]
    wait_state(qtbot, controller, "failed")


def test_shutdown_while_running_is_fast_and_leaves_no_thread(qtbot, controller, rec):
    load(qtbot, controller, rec, Factory(xor_spec(epochs=1_000_000)))
    controller.play()
    qtbot.waitUntil(lambda: rec.last.step > 0, timeout=WAIT)
    start = time.perf_counter()
    assert controller.shutdown(1000)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0 and not controller.is_alive
    count = len(rec.snapshots)
    controller.play()  # after shutdown: ignored
    qtbot.wait(50)
    assert len(rec.snapshots) == count
    with pytest.raises(RuntimeError):
        controller.load(Factory(xor_spec()))


def test_about_to_quit_shuts_the_worker_down(qtbot, controller, rec):
    load(qtbot, controller, rec, Factory(xor_spec(epochs=1_000_000)))
    controller.play()
    wait_state(qtbot, controller, "running")
    QCoreApplication.instance().aboutToQuit.emit()
    assert not controller.is_alive


def test_snapshot_arrays_are_read_only_copies(qtbot, controller, rec):
    factory = Factory(xor_spec())
    load(qtbot, controller, rec, factory)
    controller.step()
    qtbot.waitUntil(lambda: rec.last.step == 1, timeout=WAIT)
    snap = rec.last
    saved = [w.copy() for w in snap.weights]
    factory.session.network.weights[0][...] += 1.0  # paused: the worker is not touching the network
    for w, s in zip(snap.weights, saved):
        np.testing.assert_array_equal(w, s)
    arrays = [*snap.weights, *snap.biases, snap.output_grid, *snap.neuron_grids, snap.confusion]
    assert all(not a.flags.writeable for a in arrays)
    with pytest.raises(ValueError):
        snap.weights[0][0, 0] = 5.0


def test_a_hand_edited_weight_reaches_the_network_and_the_next_snapshot(qtbot, controller, rec):
    factory = Factory(xor_spec())
    first = load(qtbot, controller, rec, factory)
    count = len(rec.snapshots)
    controller.set_weight(0, 1, 2, 2.5)
    controller.set_weight(1, 3, 0, -1.25)
    qtbot.waitUntil(lambda: len(rec.snapshots) > count, timeout=WAIT)
    assert rec.last.weights[0][1, 2] == 2.5 and rec.last.weights[1][3, 0] == -1.25
    assert factory.session.network.weights[0][1, 2] == 2.5
    assert rec.last.evaluation.train_loss != first.evaluation.train_loss
    controller.set_weight(9, 0, 0, 1.0)  # no such layer: ignored, nothing breaks
    controller.step()
    qtbot.waitUntil(lambda: rec.last.step == 1, timeout=WAIT)
    assert controller.state == "paused"


def test_a_fast_run_gets_loss_points_between_snapshots(qtbot, controller, rec):
    # 300 training rows, batch 100: thousands of epochs a second, far more than 30 snapshots a second.
    factory = Factory(xor_spec(batch_size=100, epochs=1_000_000))
    load(qtbot, controller, rec, factory)
    controller.play()
    qtbot.wait(600)
    controller.pause()
    wait_state(qtbot, controller, "paused")
    qtbot.waitUntil(lambda: rec.last.step == factory.session.trainer.step_count, timeout=WAIT)
    history = rec.last.history
    assert len(history) > 2 * sum(1 for s in rec.snapshots if s.run_id == rec.last.run_id)
    assert np.all(np.diff(history.epoch) >= 0) and np.all(np.isfinite(history.train_loss))


def test_training_yields_to_a_busy_gui_thread_but_keeps_going(qtbot, controller, rec):
    factory = Factory(xor_spec(epochs=1_000_000))
    load(qtbot, controller, rec, factory)
    controller.play()
    qtbot.waitUntil(lambda: rec.last.step > 0, timeout=WAIT)
    # The GUI thread works without returning to its event loop: the worker steps aside, but not forever.
    start_steps, start = factory.session.trainer.step_count, time.perf_counter()
    while time.perf_counter() - start < 0.3:
        sum(range(1000))
    busy_steps = factory.session.trainer.step_count - start_steps
    assert busy_steps > 0
    qtbot.wait(300)  # back in the event loop, idle: the worker trains at full speed
    idle_steps = factory.session.trainer.step_count - start_steps - busy_steps
    assert idle_steps > busy_steps


def test_live_snapshots_read_a_subsample_and_forced_ones_every_row(qtbot, controller, rec):
    # 10,000 xor points: more rows per split than a routine snapshot reads (2,048 for a small net).
    spec = xor_spec(epochs=1_000_000)
    factory = Factory(spec.with_dataset(samples=10_000))
    first = load(qtbot, controller, rec, factory)
    assert first.exact and first.evaluation_rows == (7_500, 2_500)
    controller.play()
    qtbot.waitUntil(lambda: any(not s.exact for s in rec.snapshots), timeout=WAIT)
    routine = next(s for s in rec.snapshots if not s.exact)
    assert routine.evaluation_rows == (2048, 2048) and routine.confusion.sum() == 2048
    controller.pause()
    wait_state(qtbot, controller, "paused")
    qtbot.waitUntil(lambda: rec.last.step == factory.session.trainer.step_count, timeout=WAIT)
    assert rec.last.exact and rec.last.evaluation_rows == (7_500, 2_500)
    assert rec.last.evaluation == factory.session.evaluate()
    assert rec.last.confusion.sum() == 2_500


def test_a_chosen_speed_caps_the_epochs_per_second_and_full_speed_lifts_it(qtbot, controller, rec):
    factory = Factory(xor_spec(epochs=1_000_000))   # 300 rows, batch 16: 19 steps an epoch
    load(qtbot, controller, rec, factory)
    controller.set_speed(20)
    controller.play()
    wait_state(qtbot, controller, "running")
    start, started = factory.session.trainer.step_count, time.perf_counter()
    qtbot.wait(1000)
    epochs = (factory.session.trainer.step_count - start) / factory.session.trainer.batches_per_epoch
    elapsed = time.perf_counter() - started
    assert epochs <= 20 * elapsed + 1, f"{epochs:.1f} epochs in {elapsed:.2f} s at 20 epochs/s"
    assert epochs >= 5, "a paced loop still trains"
    controller.pause()   # a paced loop waits on its command box: a pause gets through at once
    wait_state(qtbot, controller, "paused")
    controller.set_speed(None)
    controller.play()
    wait_state(qtbot, controller, "running")
    start = factory.session.trainer.step_count
    qtbot.wait(500)
    fast = (factory.session.trainer.step_count - start) / factory.session.trainer.batches_per_epoch
    assert fast > 60, f"full speed trained only {fast:.0f} epochs in 0.5 s"
