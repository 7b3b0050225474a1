"""The classroom issue's "Done when", end to end in Chinese, through the UI a teacher uses:

open the app (offline, Chinese), pick the tutorial's XOR lesson on the start page, train it and see it stay at
or below 75%, go on with the lesson panel's "下一课 ▸" button, start lesson 3 from one neuron, add a hidden layer
from the palette, train to 100%, then paint a third class and watch the output become a 3-way softmax that trains.
Set MLP_STUDIO_SHOT=path to also save the window at the end (docs/images/zh-done-when.png).
"""

from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import close_window, qt_warnings

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def zh_window(qapp, qtbot, qtlog, tmp_path, monkeypatch):
    """The main window in Chinese (translator installed first, as ``run_application`` does); English after."""
    from mlp_studio import i18n
    from mlp_studio.ui import translation
    from mlp_studio.ui.main_window import MainWindow

    monkeypatch.setenv("MLP_STUDIO_LANG", "zh")
    assert translation.install_translations(qapp, "zh") == "zh"
    win = None
    try:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("training/speed", 0)   # full speed: the lessons' runs end sooner
        win = MainWindow(settings=settings)
        win.confirm = lambda title, text: True
        win.files.ask_unsaved = lambda name: "discard"
        win.resize(1440, 880)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.last_snapshot is not None, timeout=10_000)
        yield win
    finally:
        if win is not None:
            close_window(win)
        translation.install_translations(qapp, "en")
        i18n.install_translator(None)
        i18n.set_language(None)
    assert qt_warnings(qtlog) == []


def chinese(text: str) -> bool:
    return bool(CJK.search(text))


def train_to_the_end(qtbot, window, timeout: int = 60_000) -> float:
    """Press Play (the toolbar action) and wait for the run to finish; the final train accuracy."""
    window.actions.play.trigger()
    qtbot.waitUntil(lambda: window.controller.state == "finished", timeout=timeout)
    qtbot.waitUntil(lambda: window.last_snapshot.run_id == window.run_id
                    and window.last_snapshot.epoch >= window.spec.training.epochs, timeout=10_000)
    evaluation = window.last_snapshot.evaluation
    assert evaluation.metric_name == "accuracy"
    return evaluation.train_metric


def wait_for_lesson(qtbot, window, lesson_id: str, variant: str | None = None) -> None:
    qtbot.waitUntil(lambda: window.classroom.lesson is not None and window.classroom.lesson.id == lesson_id
                    and window.files.lesson.get("variant") == variant
                    and window.last_snapshot is not None and window.last_snapshot.run_id == window.run_id,
                    timeout=10_000)


def plane_click(window, x: float, y: float) -> None:
    QTest.mouseClick(window.output_panel.boundary.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, window.paint.widget_point(x, y))


def test_a_chinese_teacher_goes_from_the_failing_tutorial_to_a_painted_third_class(zh_window, qtbot):
    window = zh_window
    from mlp_studio.ui.actions import strip_mnemonic

    # 1. The start page (Help ▸ 开始页面), in Chinese: the tutorial's XOR lesson is a card.
    window.actions.start_page.trigger()
    page = window.classroom.start.page
    assert window.classroom.start.shown
    card = page.cards["tutorial-xor"]
    assert card.title.text().startswith("2. ") and chinese(card.title.text()) and chinese(card.summary.text())
    assert chinese(window.help_menu.title()) and chinese(window.classroom.lesson_actions["tutorial-xor"].text())
    card.click()
    wait_for_lesson(qtbot, window, "tutorial-xor")
    assert not window.classroom.start.shown
    panel = window.classroom.panel
    assert chinese(panel.title.text()) and "为什么一个神经元学不会" in panel.title.text()
    assert "播放" in panel.text.toPlainText()          # the lesson says: press 播放 …
    assert strip_mnemonic(window.actions.play.text()) == "播放"  # … and that is the Play button's text
    assert window.actions.play.text() == "播放(&P)"
    assert chinese(panel.fixed.text())                  # "本课固定：…"

    # 2. Train it to the end: one neuron never passes 75 %.
    assert [layer.units for layer in window.spec.network.layers] == [1]
    accuracy = train_to_the_end(qtbot, window)
    assert window.last_snapshot.epoch == 1000
    assert accuracy <= 0.75
    assert chinese(window.state_label.text())           # "已完成"
    assert not window.palette.isEnabled()               # lesson 2 keeps the network fixed

    # 3. The lesson panel leads on: "下一课 ▸" opens lesson 3 (a hidden layer solves XOR).
    button = panel.next_button
    assert button.isVisible() and button.text() == "下一课 ▸"
    assert chinese(button.toolTip()) and button.toolTip().startswith("3.")
    button.click()
    wait_for_lesson(qtbot, window, "hidden-layer-xor")
    assert "隐藏层" in panel.title.text()
    assert window.palette.isEnabled() and window.paint_bar.paint.isEnabled()

    # 4. Start from one neuron (a variant button) and add the hidden layer from the palette (double-click).
    one = panel.buttons["one-neuron"]
    assert chinese(one.text())
    one.click()
    wait_for_lesson(qtbot, window, "hidden-layer-xor", "one-neuron")
    assert [layer.units for layer in window.spec.network.layers] == [1]
    tile = window.palette.tiles["sigmoid"]
    assert chinese(tile.toolTip())
    QTest.mouseDClick(tile, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.spec.network.layers) == 2, timeout=5_000)
    hidden, output = window.spec.network.layers
    assert (hidden.activation, output.units) == ("sigmoid", 1)
    assert chinese(window.edit_menu.actions()[0].text())  # 撤销 …: the addition is one undo step
    accuracy = train_to_the_end(qtbot, window)
    assert accuracy == 1.0

    # 5. Paint a new (third) class on the plane with the PAINT row: a 3-way softmax that trains.
    bar = window.paint_bar
    assert chinese(bar.paint.text()) and chinese(bar.clear.text())
    bar.paint.click()
    assert bar.paint.isChecked()
    bar.swatches[2].click()
    extent = window.dataset.plane_extent               # the plot shows xor4's own small plane: paint inside it
    (vx0, vx1), (vy0, vy1) = window.output_panel.boundary.plot.vb.viewRange()
    x0, x1, y0, y1 = extent
    assert x0 < 0.5 < x1 and y0 < 0.5 < y1
    for x, y in ((0.5, 0.5), (0.42, 0.5), (0.58, 0.5), (0.5, 0.42), (0.5, 0.58), (0.45, 0.45)):
        plane_click(window, x, y)   # the centre of the four XOR points: a third class between them
    qtbot.waitUntil(lambda: window.spec.dataset.name == "painted" and window.last_snapshot is not None
                    and window.last_snapshot.run_id == window.run_id,
                    timeout=10_000)
    points = window.spec.dataset.points
    assert sorted({label for _x, _y, label in points}) == [0, 1, 2]
    assert sum(label == 2 for _x, _y, label in points) == 6
    assert window.spec.network.output.units == 3
    assert window.spec.network.output.activation == "softmax"
    assert window.spec.network.loss == "mse"                  # lesson 3 keeps its (locked) squared error
    assert window.dataset.task == "multiclass"
    assert window.spec.dataset.extent == extent and window.dataset.plane_extent == extent  # xor4's plane stays
    (wx0, wx1), (wy0, wy1) = window.output_panel.boundary.plot.vb.viewRange()
    assert (wx0, wx1, wy0, wy1) == pytest.approx((vx0, vx1, vy0, vy1), abs=1e-6)  # the view does not jump
    assert {(0.0, 0.0, 0), (0.0, 1.0, 1), (1.0, 0.0, 1), (1.0, 1.0, 0)} <= set(points)  # XOR points kept
    bar.paint.click()                                   # back to looking at the plot
    accuracy = train_to_the_end(qtbot, window)
    assert accuracy >= 0.9
    assert window.classroom.lesson.id == "hidden-layer-xor"  # still in the lesson, dock and locks intact

    shot = os.environ.get("MLP_STUDIO_SHOT")
    if shot:
        window.grab().save(shot)
