"""Screenshots of the Chinese UI for docs/i18n.md: the main window after some training, and the start page.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshot_zh.py docs/images [WIDTHxHEIGHT]
Writes zh-main.png and zh-start.png (needs a CJK font such as fonts-wqy-microhei, tools/bootstrap.sh).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MLP_STUDIO_LANG"] = "zh"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_classroom import pump, screenshot_window, train  # noqa: E402


def main(folder: str, size: str = "1440x880") -> None:
    out = Path(folder)
    with screenshot_window(size) as (app, window, suffix):
        train(app, window, 60)
        window.grab().save(str(out / f"zh-main{suffix}.png"))
        window.classroom.show_start_page()
        pump(app, 0.3)
        window.grab().save(str(out / f"zh-start{suffix}.png"))


if __name__ == "__main__":
    main(*sys.argv[1:])
