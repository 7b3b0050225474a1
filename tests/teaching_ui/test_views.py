"""Gradient check, neuron health, replay, compare runs and the activation explorer, each opened and checked."""

from __future__ import annotations

import numpy as np
import pytest

from mlp_studio.engine import Network
from mlp_studio.teaching.activations_explorer import hidden_activation_names
from mlp_studio.teaching.gradcheck_view import AGREEMENT
from mlp_studio.ui.design_canvas import Selection
from tests.teaching_ui.conftest import fresh, load, train_then_pause, xor_spec


def test_gradient_check_agrees_in_float64_for_the_selected_link(window, teach, qtbot):
    load(window, qtbot, xor_spec())
    train_then_pause(window, qtbot, 2)
    window.network_view.editor.select(Selection("link", 1, index=2, source=1, layer_id=1))
    teach.actions.gradcheck.trigger()
    dialog = teach.gradcheck_dialog
    result = dialog.result
    assert (result.layer, result.i, result.j) == (0, 1, 2)
    assert result.relative_error < AGREEMENT and result.agrees
    assert abs(result.backprop - result.finite_difference) <= 1e-6 * max(1.0, abs(result.backprop))
    assert "finite difference" in dialog.text.text() and "they agree" in dialog.text.text()
    dialog.bias.setChecked(True)   # the output neuron's bias, on one sample
    dialog.select(1, None, 0)
    dialog.data.setCurrentIndex(1)
    assert dialog.result.i is None and dialog.result.layer == 1 and dialog.result.agrees
    dialog.close()


def test_neuron_health_histograms_count_every_sample(window, teach, qtbot):
    load(window, qtbot, xor_spec(hidden=((4, "relu"),)))
    teach.actions.health.trigger()
    assert teach.health_dock.isVisible() and teach.health.active
    stats = teach.health.stats
    n = len(window.dataset.X_train)
    assert [s.z_counts.sum() for s in stats] == [n * 4, n * 1]
    assert [s.a_counts.sum() for s in stats] == [n * 4, n * 1]
    x, y = teach.health.a_curves[0].getData()
    assert y.sum() == n * 4   # the plotted histogram is the counted one
    teach.actions.health.trigger()
    assert teach.overlay.count("health") == 0


def test_neuron_health_marks_dead_relus_on_the_canvas(window, teach, qtbot):
    load(window, qtbot, xor_spec(hidden=((4, "relu"),)))
    teach.actions.health.trigger()
    snapshot = window.last_snapshot
    weights = [np.array(w) for w in snapshot.weights]
    biases = [np.array(b) for b in snapshot.biases]
    weights[0][:, 2], biases[0][2] = 0.0, -5.0   # neuron 3 never fires
    window.controller.set_parameters(weights, biases)
    qtbot.waitUntil(lambda: window.last_snapshot is not snapshot, timeout=5000)
    assert bool(teach.health.stats[0].dead[2])
    assert "dead" in teach.overlay.texts("health")


def test_deep_sigmoid_gradients_vanish_in_the_plot(window, teach, qtbot):
    spec = xor_spec(hidden=tuple((8, "sigmoid") for _ in range(6)))
    load(window, qtbot, spec)
    teach.actions.health.trigger()
    for _ in range(3):
        before = window.last_snapshot
        window.controller.step()
        qtbot.waitUntil(lambda: window.last_snapshot is not before, timeout=5000)
    first = teach.health.norm_curves[0].yData   # the plotted data (getData() gives log10 on a log axis)
    last = teach.health.norm_curves[-1].yData
    assert len(first) == 4
    assert np.all(first / last < 1e-3)
    assert "vanishing" in teach.health.summary.text()


def test_replay_restores_the_recorded_weights_and_moves_the_loss_cursor(window, teach, qtbot):
    load(window, qtbot, xor_spec())
    train_then_pause(window, qtbot, 20)
    replay = teach.replay
    teach.actions.replay.trigger()
    assert teach.replay_dock.isVisible() and len(replay.buffer) >= 3
    index = len(replay.buffer) // 3
    frame = replay.buffer.frame_at(index)
    replay.slider.setValue(index)
    shown = replay.shown
    assert shown is not None and shown.step == frame.step
    assert all(np.array_equal(a, b) for a, b in zip(shown.weights, frame.weights))
    assert all(np.array_equal(a, b) for a, b in zip(shown.biases, frame.biases))
    # The boundary drawn is that of a network with exactly those weights.
    twin = Network([2, 3, 1], ["tanh", "sigmoid"], "binary_crossentropy")
    twin.set_parameters(frame.weights, frame.biases)
    boundary = window.output_panel.boundary
    assert boundary._last is shown
    corner = window.dataset.inputs_for_points(np.array([boundary._dataset.plane_extent[::2]]))
    assert shown.output_grid[0, 0] == pytest.approx(float(twin.predict(corner.astype(np.float32))[0, 0]), abs=1e-6)
    curves = window.output_panel.curves
    expected = curves.history.row(curves.history.nearest(frame.epoch))["epoch"]
    assert curves.cursor_epoch == pytest.approx(expected)
    replay.slider.setValue(0)
    assert replay.shown.step == 0 and curves.cursor_epoch < expected
    replay.now.click()
    assert not replay.replaying and curves.cursor_epoch is None
    assert window.output_panel.boundary._last is window.last_snapshot


def test_replay_starts_over_after_a_reset(window, teach, qtbot):
    load(window, qtbot, xor_spec())
    train_then_pause(window, qtbot, 3)
    assert len(teach.replay.buffer) >= 2
    window.reset()
    qtbot.waitUntil(lambda: fresh(window), timeout=5000)
    assert len(teach.replay.buffer) == 1 and teach.replay.buffer.frame_at(0).step == 0


def test_compare_runs_draws_two_curves_and_two_boundaries(window, teach, qtbot):
    load(window, qtbot, xor_spec())
    teach.actions.compare.trigger()
    dialog = teach.compare_dialog
    dialog.value_a.setCurrentText("0.03")
    dialog.value_b.setCurrentText("0.3")
    dialog.epochs.setValue(8)
    assert dialog.run()
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.result is not None and max(r.epochs[-1] for r in dialog.result.runs) == 8,
                    timeout=5000)
    runs = dialog.result.runs
    assert [r.label for r in runs] == ["learning_rate = 0.03", "learning_rate = 0.3"]
    for curve, run in zip(dialog.loss_curves[:2], runs):
        x, y = curve.getData()
        assert len(x) == 9 and np.allclose(y, run.train_loss)
    assert runs[0].train_loss[-1] != runs[1].train_loss[-1]
    images = [image.image for image in dialog.images]
    assert all(image is not None and image.shape == runs[0].pictures.output_grid.shape for image in images)
    assert not np.array_equal(images[0], images[1])
    dialog.close()


def test_closing_the_window_stops_a_running_comparison(window, teach, qtbot):
    load(window, qtbot, xor_spec())
    teach.actions.compare.trigger()
    dialog = teach.compare_dialog
    dialog.epochs.setValue(100_000)
    assert dialog.run()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    job = dialog.job
    window.close()
    assert not job.running


def test_activation_explorer_draws_every_hidden_activation(window, teach):
    teach.actions.activations.trigger()
    dialog = teach.activations_dialog
    assert set(dialog.curves) == set(hidden_activation_names()) == {"sigmoid", "tanh", "relu", "leaky_relu",
                                                                    "linear"}
    x, y = dialog.curves["sigmoid"][1].getData()
    assert y.max() == pytest.approx(0.25, abs=1e-3)   # σ′ peaks at 1/4
    x, y = dialog.curves["relu"][0].getData()
    assert y.min() == 0.0 and y.max() == pytest.approx(5.0)
    dialog.close()
