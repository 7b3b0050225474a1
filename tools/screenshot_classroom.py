"""Screenshots for docs/classroom.md: the start page, a lesson with its LESSON dock and locks, presentation mode.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshot_classroom.py docs/images [WIDTHxHEIGHT]
Writes classroom-start.png, classroom-lesson.png, classroom-presentation.png into the folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MLP_STUDIO_LANG", "en")

from PySide6.QtCore import QSettings  # noqa: E402

from mlp_studio.ui.application import create_application  # noqa: E402


def pump(app, seconds: float = 0.3) -> None:
    """Let the event loop run (training thread, posted font changes)."""
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def train(app, window, epochs: int) -> None:
    """Train to ``epochs`` (the lesson's limit is lowered for the picture only)."""
    window.hyper_panel.epochs.setValue(epochs)
    window.actions.play.trigger()
    for _ in range(400):
        pump(app, 0.05)
        if window.controller.state in ("finished", "diverged"):
            break
    pump(app, 0.3)


@contextmanager
def screenshot_window(size: str = "1440x880"):
    """Yield ``(app, window, suffix)``: a trained-ready main window with throw-away settings and recent files."""
    app = create_application()
    from mlp_studio.ui.main_window import MainWindow

    width, height = (int(v) for v in size.split("x"))
    suffix = "" if size == "1440x880" else f"-{width}"
    with tempfile.TemporaryDirectory() as temp:
        settings = QSettings(str(Path(temp) / "shot.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.confirm = lambda title, text: True
        window.files.ask_unsaved = lambda name: "discard"
        window.resize(width, height)
        window.show()
        pump(app, 0.8)
        for name in ("examples/xor.json", "examples/spiral.json", "examples/circle.json"):
            window.files.recent.add(name)
        try:
            yield app, window, suffix
        finally:
            window.close()
            window.controller.shutdown(2000)


def main(folder: str, size: str = "1440x880") -> None:
    out = Path(folder)
    with screenshot_window(size) as (app, window, suffix):
        window.classroom.show_start_page()
        pump(app, 0.3)
        window.grab().save(str(out / f"classroom-start{suffix}.png"))
        window.classroom.start.page.cards["learning-rate"].click()
        pump(app, 0.5)
        window.classroom.panel.buttons["too-large"].click()
        pump(app, 0.5)
        train(app, window, 200)
        window.grab().save(str(out / f"classroom-lesson{suffix}.png"))
        window.actions.presentation.trigger()
        pump(app, 0.5)
        window.grab().save(str(out / f"classroom-presentation{suffix}.png"))
        window.actions.presentation.trigger()


if __name__ == "__main__":
    main(*sys.argv[1:])
