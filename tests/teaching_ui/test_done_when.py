"""The issue's "done when": freeze a point, walk a class through one full step of backpropagation on a 2-3-1
network number by number, apply it, then rewind training to show when the boundary formed."""

from __future__ import annotations

import numpy as np

from mlp_studio.model.session import Session
from mlp_studio.teaching.formatting import number
from mlp_studio.ui.document import examples_dir
from tests.teaching_ui.conftest import fresh, load, xor_spec


def _frame_accuracy(frame) -> float:
    return frame.evaluation.train_metric


def test_walk_through_one_step_then_rewind_to_when_the_boundary_formed(window, teach, qtbot):
    load(window, qtbot, xor_spec(learning_rate=0.1).with_network(seed=1))
    engine = Session.from_spec(window.spec, examples_dir()).network   # the untrained live network's twin
    # Freeze a point: click it in the boundary plot, then Teach ▸ Explain one step….
    row = 11
    window.output_panel.boundary.pick_point(np.array(window.dataset.points_train[row]))
    teach.actions.explain.trigger()
    panel = teach.explain
    assert panel.row == row and window.controller.state != "running"
    x, y = window.dataset.X_train[row:row + 1], window.dataset.Y_train[row:row + 1]
    trace = engine.forward(x)
    grads = engine.backward(trace, y)
    seen = []
    while True:   # Next ▶ through every stage; each shows the engine's numbers on the canvas
        stage = panel.step.stages[panel.index]
        texts = teach.overlay.texts("explain")
        seen.append(stage.kind)
        if stage.kind == "forward":
            for j in range(stage.z.size):
                assert f"z = {number(trace.z[stage.layer][0, j])}\na = {number(trace.a[stage.layer + 1][0, j])}" \
                    in texts
        elif stage.kind == "loss":
            assert f"loss L = {number(grads.loss)}" in texts
        elif stage.kind == "backward":
            for j in range(stage.delta.size):
                assert f"δ = {number(grads.deltas[stage.layer][0, j])}" in texts
            selected = panel.selected[1]
            for i in range(stage.dW.shape[0]):
                assert f"∂L/∂w = {number(grads.dW[stage.layer][i, selected])}" in texts
            assert "f′" in panel.formulas.toPlainText() or "ŷ" in panel.formulas.toPlainText()
        if not panel.next.isEnabled():
            break
        panel.next.click()
    assert seen == ["forward", "forward", "loss", "backward", "backward", "update"]
    # The chain rule for hidden neuron 2, chosen on the canvas's neuron list at the backward stage of layer 1.
    panel.back.click()
    panel.neuron.setCurrentIndex(1)
    panel.neuron.activated.emit(1)
    assert panel.selected == (0, 1) and "δ" in panel.formulas.toPlainText()
    panel.next.click()
    # Apply: the live network takes exactly the explained step.
    new_weights = panel.step.update.new_weights
    before = window.last_snapshot
    panel.apply_button.click()
    qtbot.waitUntil(lambda: window.last_snapshot is not before and panel.waiting is None, timeout=5000)
    assert all(np.array_equal(a, b) for a, b in zip(window.last_snapshot.weights, new_weights))
    # Train until the boundary has formed, then rewind to the moment it did.
    teach.explain_dock.close()
    assert teach.overlay.count("explain") == 0
    window.actions.play.trigger()
    qtbot.waitUntil(lambda: fresh(window) and window.last_snapshot.evaluation.train_metric >= 0.9
                    and window.last_snapshot.epoch >= 10, timeout=60_000)
    window.actions.play.trigger()
    qtbot.waitUntil(lambda: window.controller.state == "paused", timeout=5000)
    teach.actions.replay.trigger()
    replay = teach.replay
    frames = replay.buffer.frames
    formed = next(k for k, f in enumerate(frames) if _frame_accuracy(f) >= 0.85)
    assert 0 < formed < len(frames) - 1
    replay.slider.setValue(formed)
    shown = replay.shown
    assert shown.step == frames[formed].step and _frame_accuracy(frames[formed - 1]) < 0.85
    assert window.output_panel.boundary._last is shown
    assert window.output_panel.curves.cursor_epoch is not None
    replay.slider.setValue(0)    # before training: an undecided boundary
    untrained = window.output_panel.boundary._last.output_grid
    assert np.ptp(untrained) < np.ptp(shown.output_grid)
    replay.now.click()
    assert window.output_panel.boundary._last is window.last_snapshot
