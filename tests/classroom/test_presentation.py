"""Presentation mode and zoom scale fonts, plot text, points and neurons; colour maps stay colour-blind safe."""

from __future__ import annotations

import colorsys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mlp_studio.ui import theme
from mlp_studio.ui.presentation import PRESENTATION_SCALE, ZOOM_STEP


def neuron_size(window) -> float:
    """Side of a hidden neuron square (scene units; the canvas scales it to fit)."""
    return window.network_view.columns[1][0].rect().width()


def tick_points(window) -> float:
    return window.output_panel.curves.loss_plot.getAxis("bottom").style["tickFont"].pointSizeF()


def test_presentation_mode_scales_fonts_neurons_points_and_back(window, qtbot):
    app_points = QApplication.font().pointSizeF()
    node, point = neuron_size(window), window.output_panel.boundary.point_scale
    readout = window.output_panel.curves.readout.font().pointSizeF()   # a widget with its own font
    window.actions.presentation.trigger()
    QApplication.processEvents()   # the application font reaches the widgets through posted events
    assert window.presentation.enabled
    assert QApplication.font().pointSizeF() == pytest.approx(app_points * PRESENTATION_SCALE)
    assert window.data_panel.font().pointSizeF() == pytest.approx(app_points * PRESENTATION_SCALE)
    assert window.output_panel.curves.readout.font().pointSizeF() == pytest.approx(readout * PRESENTATION_SCALE)
    assert neuron_size(window) == pytest.approx(node * PRESENTATION_SCALE)
    assert window.output_panel.boundary.point_scale == pytest.approx(point * PRESENTATION_SCALE)
    assert tick_points(window) == pytest.approx(9 * PRESENTATION_SCALE)
    assert window.output_panel.curves.train_curve.opts["pen"].widthF() == 2.0
    assert theme.high_contrast
    window.actions.zoom_in.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(app_points * PRESENTATION_SCALE * ZOOM_STEP)
    assert neuron_size(window) > node * PRESENTATION_SCALE
    window.actions.zoom_out.trigger()
    window.actions.zoom_out.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(app_points * PRESENTATION_SCALE / ZOOM_STEP)
    window.actions.zoom_reset.trigger()
    window.actions.presentation.trigger()
    QApplication.processEvents()
    assert QApplication.font().pointSizeF() == pytest.approx(app_points)
    assert window.data_panel.font().pointSizeF() == pytest.approx(app_points)
    assert neuron_size(window) == pytest.approx(node)
    assert window.output_panel.curves.readout.font().pointSizeF() == pytest.approx(readout)
    assert window.output_panel.curves.train_curve.opts["pen"].widthF() == 1.0
    assert not theme.high_contrast


def focus(qtbot, win) -> None:
    """Show ``win`` and make it the focus window (shortcuts go to the focus window)."""
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is win.windowHandle(), timeout=5000)


def test_f5_toggles_and_the_mode_is_remembered_and_restored_at_close(qtbot, settings):
    from mlp_studio.ui.main_window import MainWindow
    from tests.ui.conftest import close_window

    app_points = QApplication.font().pointSizeF()
    win = MainWindow(settings=settings)
    try:
        focus(qtbot, win)
        QTest.keyClick(win.windowHandle(), Qt.Key.Key_F5)  # through the shortcut map
        assert win.actions.presentation.isChecked() and win.presentation.enabled
        assert QApplication.font().pointSizeF() == pytest.approx(app_points * PRESENTATION_SCALE)
    finally:
        close_window(win)
    assert QApplication.font().pointSizeF() == pytest.approx(app_points)   # process-wide font given back
    assert not theme.high_contrast
    again = MainWindow(settings=settings)
    try:
        assert again.presentation.enabled and again.actions.presentation.isChecked()
        assert QApplication.font().pointSizeF() == pytest.approx(app_points * PRESENTATION_SCALE)
        focus(qtbot, again)
        QTest.keyClick(again.windowHandle(), Qt.Key.Key_F5)
        assert not again.presentation.enabled
    finally:
        close_window(again)
    assert QApplication.font().pointSizeF() == pytest.approx(app_points)


def hue(color) -> float:
    c = QColor(color)
    return colorsys.rgb_to_hsv(c.redF(), c.greenF(), c.blueF())[0] * 360


def test_class_and_sign_colours_are_the_documented_colour_blind_safe_ones():
    assert theme.class_colors(2) == ["#F59322", "#0877BD"]
    assert tuple(theme.class_colors(8)) == theme.OKABE_ITO == (
        "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
    assert (theme.BLUE, theme.ORANGE) == ("#0877BD", "#F59322")


@pytest.mark.parametrize("high_contrast", [False, True])
def test_diverging_maps_are_blue_orange_never_red_green(high_contrast):
    theme.set_high_contrast(high_contrast)
    try:
        lut = theme.LUT
        for row in (lut[0], lut[40], lut[215], lut[255]):
            h = hue(QColor(int(row[0]), int(row[1]), int(row[2])))
            assert 20 <= h <= 45 or 195 <= h <= 215, h   # orange or blue, never red (<15) or green (75-165)
    finally:
        theme.set_high_contrast(False)


def test_no_pure_red_or_green_in_the_canvas_warnings():
    from mlp_studio.ui.design_items import REMOVE_RED
    from mlp_studio.ui.teaching.overlay import WARNING

    for color in (REMOVE_RED, WARNING, theme.TEST_CURVE):
        assert color == "#D55E00"   # Okabe–Ito vermillion, distinguishable from the blue and bluish green
