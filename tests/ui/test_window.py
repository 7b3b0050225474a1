"""The main window opens with its docks, menus and toolbar, and remembers its layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from tests.ui.conftest import close_window


def test_window_opens_with_all_docks(window):
    every = {d.windowTitle(): d for d in window.findChildren(QDockWidget)}
    docks = {title: d for title, d in every.items() if d.isVisible()}
    assert set(docks) == {"DATA", "HYPER-PARAMETERS", "INSPECTOR", "OUTPUT"}
    # Teach menu docks and the LESSON dock (ui/classroom.py) are hidden at start
    assert set(every) - set(docks) == {"EXPLAINED STEP", "NEURON HEALTH", "REPLAY", "LESSON"}
    assert window.dockWidgetArea(docks["DATA"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(docks["OUTPUT"]) == Qt.DockWidgetArea.RightDockWidgetArea
    # the INSPECTOR is a tab beside the HYPER-PARAMETERS: the OUTPUT dock has the whole right column
    assert window.dockWidgetArea(docks["INSPECTOR"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert docks["INSPECTOR"] in window.tabifiedDockWidgets(docks["HYPER-PARAMETERS"])
    assert window.centralWidget().isAncestorOf(window.network_view)


def test_default_experiment_is_xor_ready_to_train(window):
    assert window.spec.dataset.name == "xor"
    assert [layer.units for layer in window.spec.network.layers] == [4, 1]
    assert window.controller.state == "idle"
    assert window.last_snapshot.step == 0
    assert window.data_panel.dataset.currentData() == "xor"
    assert len(window.network_view.columns) == 3


def test_toolbar_and_menus_share_actions_with_shortcuts_in_tooltips(window):
    a = window.actions
    toolbar_actions = window.toolbar.actions()
    for action in (a.play, a.step, a.step_epoch, a.reset, a.stop):
        assert action in toolbar_actions
        assert not action.icon().isNull()
    assert "(Space)" in a.play.toolTip()
    assert "(Right)" in a.step.toolTip()
    assert "(R)" in a.reset.toolTip()
    menus = {m.title().replace("&", ""): m for m in (act.menu() for act in window.menuBar().actions())}
    assert {"File", "Edit", "Training", "View"} <= set(menus)
    assert a.undo in menus["Edit"].actions() and a.redo in menus["Edit"].actions()
    assert a.undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in a.redo.shortcuts()]
    assert a.play in menus["Training"].actions()
    assert window.examples_menu.isEnabled()
    names = [act.text() for act in window.examples_menu.actions()]
    assert "xor" in names and "iris" in names


def test_view_menu_toggles_docks(window, qtbot):
    window.output_dock.toggleViewAction().trigger()
    assert not window.output_dock.isVisible()
    window.output_dock.toggleViewAction().trigger()
    assert window.output_dock.isVisible()


def test_layout_and_toggles_are_remembered(qtbot, settings):
    from mlp_studio.ui.main_window import MainWindow

    first = MainWindow(settings=settings, load_default=False)
    first.show()
    qtbot.waitExposed(first)
    first.hyper_dock.hide()
    first.actions.log_scale.setChecked(True)
    first.resize(1111, 777)
    close_window(first)
    second = MainWindow(settings=settings, load_default=False)
    try:
        second.show()
        qtbot.waitExposed(second)
        assert second.actions.log_scale.isChecked()
        assert second.output_panel.curves.log_scale
        assert not second.hyper_dock.isVisible()
        # The offscreen screen is small, so Qt clamps the restored size; the geometry itself was saved.
        assert settings.value("window/geometry") is not None
    finally:
        close_window(second)


def test_application_helpers_still_work():
    from mlp_studio.ui.application import create_application, run_application

    app = create_application()
    assert app is create_application()  # reuses the running application (pytest-qt's here)
    assert callable(run_application)
