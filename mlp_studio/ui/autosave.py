"""Autosave for crash recovery: a timer writes a recovery copy while there are unsaved changes, and the next
start offers what a crashed run left behind (see :mod:`mlp_studio.files.recovery`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from mlp_studio.errors import MlpStudioError
from mlp_studio.files.project import load_project
from mlp_studio.files.project_session import session_from_project
from mlp_studio.files.recovery import Recovery, discard_recovery, pending_recoveries, write_recovery
from mlp_studio.i18n import tr

#: How often unsaved work is copied to the recovery folder.
AUTOSAVE_INTERVAL_MS = 60_000
RECOVER, DISCARD, LATER = "recover", "discard", "later"


def ask_recover(parent: QWidget, recovery: Recovery) -> str:
    """Ask Recover / Discard / Later about one recovery copy; returns RECOVER, DISCARD or LATER."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovery.saved_at))
    name = Path(recovery.original_path).name if recovery.original_path else tr("an unsaved project")
    box = QMessageBox(QMessageBox.Icon.Question, tr("Recover unsaved work"),
                      tr("Recover unsaved work from {when}?").format(when=when), QMessageBox.StandardButton.NoButton,
                      parent)
    box.setInformativeText(tr("MLP Studio did not close normally while {name} had unsaved changes. "
                              "A copy was kept automatically.").format(name=name))
    recover = box.addButton(tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    return RECOVER if clicked is recover else DISCARD if clicked is discard else LATER


class Autosave(QObject):
    """Writes the window's project to its recovery slot every ``interval_ms`` while it is modified.

    Parameters
    ----------
    files : ProjectFiles
        The window's file state (``is_modified``, ``current_project()``, ``path``, ``restore()``).

    Attributes
    ----------
    ask : callable
        ``ask(recovery) -> "recover" | "discard" | "later"`` (tests replace it).
    last_written : Recovery or None
        The latest recovery copy this window wrote.
    """

    def __init__(self, files, interval_ms: int = AUTOSAVE_INTERVAL_MS) -> None:
        super().__init__(files)
        self.files = files
        self.last_written: Recovery | None = None
        self.ask: Callable[[Recovery], str] = lambda recovery: ask_recover(files.window, recovery)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write_now)
        self.timer.start(int(interval_ms))

    @property
    def interval_ms(self) -> int:
        """Time between autosaves."""
        return self.timer.interval()

    @interval_ms.setter
    def interval_ms(self, value: int) -> None:
        self.timer.start(int(value))

    def stop(self) -> None:
        """No more autosaves (the window closes)."""
        self.timer.stop()

    def write_now(self) -> Recovery | None:
        """Write a recovery copy if the project is modified; problems go to the status bar, never a dialog."""
        files = self.files
        if not files.is_modified:
            return None
        try:
            project, _state = files.current_project()
            self.last_written = write_recovery(project, files.path)
        except MlpStudioError as error:
            files.window.statusBar().showMessage(tr("Autosave failed: {error}").format(error=error), 8000)
            return None
        return self.last_written

    def offer_recovery(self) -> bool:
        """Offer the newest copy a crashed MLP Studio left; True when it was recovered.

        Recovered work opens as modified, with its original file as the project's path; Discard deletes the
        copy; Later keeps it for the next start.
        """
        pending = pending_recoveries()
        if not pending:
            return False
        recovery = pending[0]
        answer = self.ask(recovery)
        if answer == DISCARD:
            discard_recovery(recovery)
        if answer != RECOVER:
            return False
        return self._recover(recovery)

    def _recover(self, recovery: Recovery) -> bool:
        original = Path(recovery.original_path) if recovery.original_path else None
        base_dir = original.parent if original is not None else recovery.path.parent
        try:
            project = load_project(recovery.path)
            session = session_from_project(project, base_dir=base_dir, file=str(recovery.path))
        except (MlpStudioError, OSError) as error:
            self.files.window.show_error(tr("Cannot recover the unsaved work"), str(error))
            return False
        self.files.restore(project, session, original, modified=True, base_dir=base_dir)
        discard_recovery(recovery)
        return True
