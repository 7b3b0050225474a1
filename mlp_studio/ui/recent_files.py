"""File ▸ Open Recent: the last ten files opened or saved, kept in QSettings."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from mlp_studio.i18n import tr

MAX_RECENT = 10
KEY = "files/recent"


class RecentFiles:
    """The recent-files list and the menu that shows it.

    Parameters
    ----------
    settings : QSettings
        Where the list is kept (key ``files/recent``).
    open_file : callable
        ``open_file(path: str)``, called when an entry is chosen.
    """

    def __init__(self, settings: QSettings, open_file: Callable[[str], object]) -> None:
        self.settings = settings
        self.open_file = open_file
        self.menu: QMenu | None = None

    def paths(self) -> list[str]:
        """The remembered files, most recent first."""
        value = self.settings.value(KEY)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value if str(item)][:MAX_RECENT]

    def _store(self, paths: list[str]) -> None:
        self.settings.setValue(KEY, list(paths[:MAX_RECENT]))
        self.settings.sync()
        self.refresh_menu()

    def add(self, path: str | Path) -> None:
        """Put ``path`` first (absolute; an earlier entry of it moves up; at most ten entries)."""
        path = os.path.abspath(path)
        self._store([path] + [p for p in self.paths() if p != path])

    def remove(self, path: str | Path) -> None:
        """Take ``path`` off the list."""
        path = os.path.abspath(path)
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        """Forget every entry."""
        self._store([])

    def attach(self, menu: QMenu) -> None:
        """Show the list in ``menu`` (rebuilt whenever the list changes)."""
        self.menu = menu
        self.refresh_menu()

    def refresh_menu(self) -> None:
        """Rebuild the menu: ``1 xor.mlpstudio`` … (full path in the tooltip), then Clear list."""
        menu = self.menu
        if menu is None:
            return
        menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            prefix = f"&{number} " if number < 10 else "1&0 "
            action = menu.addAction(prefix + Path(path).name.replace("&", "&&"))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, chosen=path: self.open_file(chosen))
        if paths:
            menu.addSeparator()
        clear = menu.addAction(tr("&Clear list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear)
        menu.setToolTipsVisible(True)
