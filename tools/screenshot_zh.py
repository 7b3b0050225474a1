"""Screenshots of the Chinese UI for docs/i18n.md: the main window after some training, and the start page.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshot_zh.py docs/images [WIDTHxHEIGHT]
Writes zh-main.png and zh-start.png (needs a CJK font such as fonts-wqy-microhei, tools/bootstrap.sh).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MLP_STUDIO_LANG"] = "zh"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_classroom import pump, train  # noqa: E402

from PySide6.QtCore import QSettings  # noqa: E402

from mlp_studio.ui.application import create_application  # noqa: E402


def main(folder: str, size: str = "1440x880") -> None:
    app = create_application()
    from mlp_studio.ui.main_window import MainWindow

    out = Path(folder)
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
        train(app, window, 60)
        window.grab().save(str(out / f"zh-main{suffix}.png"))
        window.classroom.show_start_page()
        pump(app, 0.3)
        window.grab().save(str(out / f"zh-start{suffix}.png"))
        window.close()
        window.controller.shutdown(2000)


if __name__ == "__main__":
    main(*sys.argv[1:])
