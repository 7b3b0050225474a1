"""capture_state: a copy of the run taken between steps; load(history=): a restored run's curve comes first."""

from __future__ import annotations

import numpy as np

from tests.controller.controller_support import Factory, xor_spec


def _last(qtbot, controller, step):
    seen = []
    controller.snapshot_ready.connect(seen.append)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1].step == step, timeout=10_000)
    return seen[-1]


def test_capture_copies_the_paused_run(controller, qtbot):
    factory = Factory(xor_spec())
    assert controller.capture_state() is None          # no run yet
    controller.load(factory)
    for _ in range(5):
        controller.step()
    snapshot = _last(qtbot, controller, 5)
    state = controller.capture_state()
    assert state is not None and state.step == 5 and state.run_id == controller.run_id
    assert all(np.array_equal(a, b) for a, b in zip(state.weights, snapshot.weights))
    assert state.trainer_state["step_count"] == 5 and state.optimizer_state["step_count"] == 5
    assert len(state.history["epoch"]) == len(snapshot.history)
    state.weights[0][0, 0] = 123.0                      # a copy: the live network is not touched
    assert factory.session.network.weights[0][0, 0] != 123.0


def test_capture_while_running_answers_between_steps(controller, qtbot):
    controller.load(Factory(xor_spec(epochs=0)))
    controller.play()
    qtbot.waitUntil(lambda: controller.state == "running")
    state = controller.capture_state(timeout_ms=2000)
    assert state is not None and state.trainer_state["step_count"] == state.step
    controller.pause()


def test_a_loaded_history_comes_before_the_runs_first_point(controller, qtbot):
    history = {"epoch": np.array([0.0, 1.0, 2.0]), "train_loss": np.array([0.7, 0.6, 0.5]),
               "test_loss": np.array([0.7, 0.6, 0.5]), "train_metric": np.array([0.5, 0.6, 0.7]),
               "test_metric": np.array([0.5, 0.6, 0.7])}
    controller.load(Factory(xor_spec()), history=history)
    snapshot = _last(qtbot, controller, 0)
    # The fresh run is at epoch 0: saved rows at or after it are replaced by the run's own point.
    assert list(snapshot.history.epoch) == [0.0]
    controller.load(Factory(xor_spec()), history={k: v - (2.0 if k == "epoch" else 0) for k, v in history.items()})
    snapshot = _last(qtbot, controller, 0)
    assert list(snapshot.history.epoch) == [-2.0, -1.0, 0.0]
    assert snapshot.history.train_loss[0] == 0.7
