"""Fixtures for the GUI tests: a main window that never outlives its test, and a Qt warning trap."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QtMsgType  # noqa: E402

# Messages the offscreen platform prints on its own; anything else at warning level fails the test.
BENIGN = ("propagateSizeHints",)


@pytest.fixture
def settings(tmp_path):
    """Window settings in a throw-away ini file (never the user's real settings), training at full speed.

    The app's default speed (100 epochs/s, ``ui/speed.py``) is for watching; tests that wait for a run to end
    would only wait longer. The default itself is tested in ``test_training.py``.
    """
    values = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    values.setValue("training/speed", 0)
    return values


def qt_warnings(qtlog) -> list[str]:
    """Qt warnings (and worse) captured so far, minus the offscreen platform's benign notes."""
    return [r.message for r in qtlog.records
            if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
            and not any(b in r.message for b in BENIGN)]


def close_window(window) -> None:
    """Close ``window`` (its closeEvent shuts the controller down) and check the thread is gone."""
    window.close()
    assert window.controller.shutdown(2000), "the training thread did not stop"
    assert not window.controller.is_alive


@pytest.fixture
def window(qtbot, qtlog, settings):
    """The main window with the default XOR experiment loaded and its first snapshot shown.

    Closing at teardown stops the training thread; a surviving QThread would abort the interpreter.
    """
    from mlp_studio.ui.main_window import MainWindow

    win = MainWindow(settings=settings)
    win.confirm = lambda title, text: True
    win.files.ask_unsaved = lambda name: "discard"  # never a modal prompt in tests
    win.show()
    try:
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.last_snapshot is not None, timeout=10_000)
        yield win
    finally:
        close_window(win)
    assert qt_warnings(qtlog) == []
