"""Toolbar actions drive the controller; snapshots feed the views; closing stops the thread."""

from __future__ import annotations

import dataclasses
import time

import numpy as np

from tests.conftest import running_children
from tests.ui.conftest import close_window


def _unlimited(window) -> None:
    """Remove the epoch limit so a run keeps going until paused."""
    window.hyper_panel.epochs.setValue(0)


def _wait_state(qtbot, window, state: str) -> None:
    qtbot.waitUntil(lambda: window.controller.state == state, timeout=10_000)


def test_play_pause_drive_the_controller(window, qtbot):
    _unlimited(window)
    window.actions.play.trigger()
    _wait_state(qtbot, window, "running")
    assert window.actions.play.text().replace("&", "") == "Pause"
    qtbot.waitUntil(lambda: window.last_snapshot.epoch >= 3, timeout=10_000)
    window.actions.play.trigger()
    _wait_state(qtbot, window, "paused")
    assert window.actions.play.text().replace("&", "") == "Play"
    assert window.epoch_counter.text().startswith("Epoch")
    assert int(window.epoch_counter.text().split()[-1].replace(",", "")) >= 3


def test_step_step_epoch_and_reset(window, qtbot):
    window.actions.step.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.step == 1, timeout=5000)
    window.actions.step_epoch.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.epoch == 1.0, timeout=5000)
    assert window.readout.values["step"] == window.last_snapshot.step > 1
    old_run = window.run_id
    window.actions.reset.trigger()
    assert window.run_id != old_run
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.step == 0, timeout=5000)
    assert window.last_snapshot.run_id == window.run_id


def test_stop_finishes_the_run(window, qtbot):
    _unlimited(window)
    window.actions.play.trigger()
    _wait_state(qtbot, window, "running")
    window.actions.stop.trigger()
    _wait_state(qtbot, window, "finished")
    assert window.state_label.text() == "Finished"


def test_views_hold_data_after_training(window, qtbot):
    window.actions.play.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.epoch >= 20, timeout=20_000)
    window.controller.pause()
    qtbot.waitUntil(lambda: window.controller.state in ("paused", "finished"), timeout=5000)
    image = window.output_panel.boundary.image.image
    assert image is not None and image.shape == (100, 100)
    assert 0.0 <= image.min() and image.max() <= 1.0 and image.max() - image.min() > 0.1
    x, y = window.output_panel.curves.train_curve.getData()
    assert x is not None and len(x) >= 2 and np.all(np.isfinite(y))
    hidden = window.network_view.columns[1]
    assert all(node.image is not None for node in hidden)
    counts = window.network_view.links[0].counts
    assert sum(counts.values()) == 2 * 4  # every input-to-hidden link drawn once
    assert sum(1 for n in counts.values() if n) >= 2, "links were not grouped by sign and width"
    assert window.last_snapshot.evaluation.train_loss < 0.69


def test_toggles_change_the_views(window, qtbot):
    window.actions.step_epoch.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.epoch >= 1, timeout=5000)
    panel = window.output_panel
    window.actions.log_scale.setChecked(True)
    assert panel.curves.loss_plot.getAxis("left").logMode
    window.actions.show_test.setChecked(False)
    assert not panel.boundary.test_points.isVisible()
    window.actions.show_test.setChecked(True)
    assert panel.boundary.test_points.isVisible()
    window.actions.discretize.setChecked(True)
    assert set(np.unique(panel.boundary.image.image)) <= {0.0, 1.0}
    window.actions.discretize.setChecked(False)
    assert len(np.unique(panel.boundary.image.image)) > 2


def test_hyper_parameters_change_live_without_reloading(window, qtbot):
    run = window.run_id
    window.hyper_panel.learning_rate.setCurrentText("0.03")
    window.hyper_panel.learning_rate.lineEdit().editingFinished.emit()
    assert window.spec.training.learning_rate == 0.03
    window.hyper_panel.optimizer.setCurrentIndex(window.hyper_panel.optimizer.findData("adam"))
    assert window.spec.training.optimizer == "adam"
    assert window.run_id == run
    window.actions.step.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.step == 1, timeout=5000)
    assert window.controller.state != "failed"


def test_stale_snapshots_are_dropped(window):
    current = window.last_snapshot
    stale = dataclasses.replace(current, run_id=current.run_id - 1, step=999)
    window._on_snapshot(stale)
    assert window.last_snapshot is current


def test_divergence_shows_a_banner_and_a_status_message(window):
    message = ("Training diverged at step 12: the loss of layer 2 became NaN or infinite. Training is paused: "
               "lower the learning rate (now 100) and press Play to go on, or Reset to start again.")
    window.controller.diverged.emit(message)
    assert window.banner.isVisible()
    assert window.banner.text.text() == message  # shown once, not wrapped in a second "Training diverged"
    assert "smaller learning rate" in window.statusBar().currentMessage()
    window.banner.button.click()  # Reset
    assert not window.banner.isVisible()


def test_real_divergence_is_reported(window, qtbot):
    window.hyper_panel.learning_rate.setCurrentText("100")
    window.hyper_panel.learning_rate.lineEdit().editingFinished.emit()
    output = window.network_view.editor
    from mlp_studio.ui.design_canvas import Selection

    output.select(Selection("layer", len(window.network_view.columns) - 1))  # the output layer
    inspector = window.inspector
    inspector.loss.setCurrentIndex(inspector.loss.findData("mse"))
    inspector.activation.setCurrentIndex(inspector.activation.findData("linear"))  # lr 100, linear: explodes
    assert window.spec.network.output.activation == "linear"
    _unlimited(window)
    window.actions.play.trigger()
    qtbot.waitUntil(lambda: window.controller.state == "diverged", timeout=20_000)
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)


def test_failure_opens_a_dialog_with_details(window):
    window.controller.failed.emit("Traceback: something broke")
    box = window.last_message_box
    assert box is not None and box.isVisible()
    assert "Training failed" in box.windowTitle()
    assert "something broke" in box.detailedText()
    box.close()


def test_closing_during_training_stops_the_thread(qtbot, settings):
    from mlp_studio.ui.main_window import MainWindow

    win = MainWindow(settings=settings)
    win.show()
    qtbot.waitUntil(lambda: win.last_snapshot is not None, timeout=10_000)
    win.hyper_panel.epochs.setValue(0)
    win.actions.play.trigger()
    qtbot.waitUntil(lambda: win.controller.state == "running", timeout=10_000)
    thread, pid = win.controller._thread, win.controller.process_id
    started = time.perf_counter()
    win.close()
    assert time.perf_counter() - started < 1.0
    assert not win.controller.is_alive
    assert thread is not None and thread.isFinished()
    assert pid is not None and pid not in running_children()
    close_window(win)


def test_the_speed_row_and_menu_agree_reach_the_controller_and_are_remembered(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from mlp_studio.ui.main_window import MainWindow
    from mlp_studio.ui.speed import DEFAULT_SPEED, SPEED_KEY

    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)   # nothing chosen yet
    win = MainWindow(settings=settings, load_default=False)
    try:
        assert win.speed.speed == DEFAULT_SPEED and win.controller.speed == DEFAULT_SPEED
        win.speed.combo.setCurrentIndex(win.speed.combo.findData(10))     # the HYPER-PARAMETERS row
        assert win.controller.speed == 10 and win.speed.group.checkedAction().data() == 10
        full = next(a for a in win.speed.group.actions() if a.data() == 0)
        full.trigger()                                                    # Training ▸ Speed ▸ Full speed
        assert win.controller.speed is None and win.speed.combo.currentData() == 0
        win.speed.slower.trigger()                                        # [ : one step slower
        assert win.controller.speed == 300 and win.speed.combo.currentData() == 300
        win.speed.faster.trigger()
        win.speed.faster.trigger()                                        # ] at full speed: stays there
        assert win.controller.speed is None
        assert win.speed.faster.shortcut().toString() == "]" and win.speed.slower.shortcut().toString() == "["
        win.speed.set_speed(3)
        assert float(settings.value(SPEED_KEY)) == 3
    finally:
        close_window(win)
    again = MainWindow(settings=settings, load_default=False)
    try:
        assert again.speed.speed == 3 and again.controller.speed == 3
    finally:
        close_window(again)
