"""The explained step: numbers shown equal the engine's, and Apply makes the live network take the step."""

from __future__ import annotations

import numpy as np

from mlp_studio.engine import SGD
from mlp_studio.model.session import Session
from mlp_studio.teaching.formatting import number
from mlp_studio.ui.document import examples_dir
from tests.teaching_ui.conftest import fresh, load, train_then_pause, xor_spec


def _engine(window, row):
    """A fresh session of the window's design (same seeds: the untrained live network), and its numbers."""
    session = Session.from_spec(window.spec, examples_dir())
    x, y = session.dataset.X_train[row:row + 1], session.dataset.Y_train[row:row + 1]
    trace = session.network.forward(x)
    return session, x, y, trace, session.network.backward(trace, y)


def test_explained_numbers_are_the_engines(window, teach, qtbot):
    load(window, qtbot, xor_spec())
    panel = teach.explain
    panel.row = 5
    teach.show_explain()
    assert panel.step is not None and [s.kind for s in panel.step.stages] == \
        ["forward", "forward", "loss", "backward", "backward", "update"]
    session, x, y, trace, grads = _engine(window, 5)
    step = panel.step
    for layer, stage in enumerate(step.forward):
        assert np.array_equal(stage.z, trace.z[layer][0]) and np.array_equal(stage.a, trace.a[layer + 1][0])
    for stage in step.backward:
        assert np.array_equal(stage.delta, grads.deltas[stage.layer][0])
        assert np.array_equal(stage.dW, grads.dW[stage.layer])
    assert step.loss.loss == grads.loss
    # What the canvas shows is those numbers: hidden neuron 2's z and a at stage 1.
    texts = teach.overlay.texts("explain")
    assert f"z = {number(trace.z[0][0, 1])}\na = {number(trace.a[1][0, 1])}" in texts
    panel.go(3)  # backward through the output layer
    assert panel.step.stages[panel.index].kind == "backward"
    assert f"δ = {number(grads.deltas[1][0, 0])}" in teach.overlay.texts("explain")
    assert "δ" in panel.formulas.toPlainText()


def test_apply_step_changes_the_live_weights_to_the_explained_ones(window, teach, qtbot):
    load(window, qtbot, xor_spec())
    train_then_pause(window, qtbot, 3)
    panel = teach.explain
    teach.show_explain()
    panel.go(10)
    assert panel.apply_button.isEnabled()
    update = panel.step.update
    before = window.last_snapshot
    panel.apply()
    qtbot.waitUntil(lambda: window.last_snapshot is not before and panel.waiting is None, timeout=5000)
    live = window.last_snapshot
    for w, expected in zip(live.weights, update.new_weights):
        assert np.array_equal(w, expected)
    for b, expected in zip(live.biases, update.new_biases):
        assert np.array_equal(b, expected)
    # ... which is one plain SGD step of the engine on that sample.
    twin = Session.from_spec(window.spec, examples_dir()).network
    twin.set_parameters(before.weights, before.biases)
    X, Y = window.dataset.X_train[panel.row:panel.row + 1], window.dataset.Y_train[panel.row:panel.row + 1]
    _, dW, db = twin.loss_and_gradients(X, Y)
    SGD(window.spec.training.learning_rate).step(twin, dW, db)
    assert all(np.array_equal(a, b) for a, b in zip(twin.weights, live.weights))
    assert "Applied" in panel.status.text()
    assert fresh(window)


def test_a_stale_apply_is_refused(window, teach, qtbot):
    load(window, qtbot, xor_spec())
    panel = teach.explain
    teach.show_explain()
    panel.go(10)
    window.controller.step()   # training moves on behind the explanation's back
    qtbot.waitUntil(lambda: window.last_snapshot.step == 1, timeout=5000)
    moved = window.last_snapshot
    panel.step = panel.step  # still the old explanation
    update = panel.step.update
    window.controller.set_parameters(update.new_weights, update.new_biases,
                                     expected=(update.old_weights, update.old_biases))
    qtbot.waitUntil(lambda: window.last_snapshot is not moved, timeout=5000)
    assert all(np.array_equal(a, b) for a, b in zip(window.last_snapshot.weights, moved.weights))


def test_picking_a_point_chooses_the_sample(window, teach, qtbot):
    load(window, qtbot, xor_spec())
    teach.show_explain()
    point = window.dataset.points_train[17]
    window.output_panel.boundary.pick_point(np.array(point, dtype=np.float64))
    assert teach.explain.row == 17
    assert np.array_equal(teach.explain.step.x, window.dataset.X_train[17])
