"""The start page: every lesson as a card, recent files, New / Open / examples; docks step aside and return."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from mlp_studio.files.lessons import list_lessons
from mlp_studio.ui.classroom import show_at_start
from mlp_studio.ui.document import examples_dir


def visible_docks(window) -> set[str]:
    return {d.windowTitle() for d in window.findChildren(QDockWidget) if d.isVisible()}


def test_not_shown_unless_asked(window):
    assert not window.classroom.start.shown   # MainWindow alone never shows it (run_application does)


def test_shows_all_lessons_and_recent_files(window, qtbot):
    recent = [examples_dir() / "xor.json", examples_dir() / "spiral.json"]
    for path in reversed(recent):
        window.files.recent.add(path)
    docks = visible_docks(window)
    window.actions.start_page.trigger()
    host, page = window.classroom.start, window.classroom.start.page
    assert host.shown and page.isVisible()
    assert set(page.cards) == {lesson.id for lesson in list_lessons()}
    assert [b.text() for b in page.recent_buttons] == ["xor.json", "spiral.json"]
    assert not page.no_recent.isVisible()
    assert visible_docks(window) == set() and not window.toolbar.isVisible()
    page.new_button.click()
    assert not host.shown
    assert visible_docks(window) == docks and window.toolbar.isVisible()
    assert window.spec.dataset.name == "xor"


def test_a_lesson_card_opens_the_lesson(window, qtbot):
    window.classroom.show_start_page()
    window.classroom.start.page.cards["hidden-layer-xor"].click()
    qtbot.waitUntil(lambda: window.classroom.lesson is not None, timeout=10_000)
    assert not window.classroom.start.shown
    assert window.files.lesson["lesson_id"] == "hidden-layer-xor"
    assert window.classroom.dock.isVisible()


def test_a_recent_file_opens(window, qtbot):
    window.files.recent.add(examples_dir() / "spiral.json")
    window.classroom.show_start_page()
    window.classroom.start.page.recent_buttons[0].click()
    assert window.spec.dataset.name == "spiral"


def test_escape_closes_and_show_at_start_is_remembered(window, qtbot):
    window.classroom.show_start_page()
    page = window.classroom.start.page
    assert page.show_at_start.isChecked() and show_at_start(window.settings)
    page.show_at_start.setChecked(False)
    assert not show_at_start(window.settings)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert not window.classroom.start.shown
    assert {"DATA", "OUTPUT"} <= visible_docks(window)


def test_closing_the_window_on_the_start_page_keeps_the_dock_layout(qtbot, settings):
    from mlp_studio.ui.main_window import MainWindow
    from tests.ui.conftest import close_window

    win = MainWindow(settings=settings)
    win.show()
    qtbot.waitExposed(win)
    win.classroom.show_start_page()
    close_window(win)
    again = MainWindow(settings=settings)
    again.show()
    try:
        qtbot.waitExposed(again)
        assert {"DATA", "OUTPUT"} <= visible_docks(again)
        assert not again.classroom.start.shown
    finally:
        close_window(again)
