"""The window's actions (menus and toolbar share them) with Qt's standard icons and shortcuts in tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

SP = QStyle.StandardPixmap


def make_action(parent: QWidget, text: str, tip: str, shortcut=None, icon: SP | None = None,
                checkable: bool = False, checked: bool = False) -> QAction:
    """Create an action whose tooltip names its shortcut, e.g. ``Play (Space)``.

    Parameters
    ----------
    parent : QWidget
        Owner; the shortcut works anywhere in its window.
    text : str
        Menu text (``&`` marks the mnemonic).
    tip : str
        What the action does, for tooltips and the status bar.
    shortcut : str or QKeySequence, optional
        Keyboard shortcut.
    icon : QStyle.StandardPixmap, optional
        One of Qt's standard icons (the single icon set the app uses).
    checkable, checked : bool
        For toggles.
    """
    action = QAction(text, parent)
    if icon is not None:
        action.setIcon(parent.style().standardIcon(icon))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(tip)
    label = text.replace("&", "").rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{label} ({keys}): {tip}" if keys else f"{label}: {tip}")
    action.setCheckable(checkable)
    if checkable:
        action.setChecked(checked)
    return action


class WindowActions:
    """Every command of the main window, created once and shared by menus and toolbar."""

    def __init__(self, parent: QWidget) -> None:
        a = make_action
        self.open = a(parent, "&Open…", "Open a project (.mlpstudio) or an experiment file (.json)",
                      QKeySequence.StandardKey.Open, SP.SP_DialogOpenButton)
        self.quit = a(parent, "&Quit", "Close MLP Studio", QKeySequence.StandardKey.Quit)
        self.play = a(parent, "&Play", "Train continuously", Qt.Key.Key_Space, SP.SP_MediaPlay)
        self.step = a(parent, "&Step", "Train one mini-batch", Qt.Key.Key_Right, SP.SP_MediaSeekForward)
        self.step_epoch = a(parent, "Step &epoch", "Train until the end of the epoch",
                            QKeySequence("Shift+Right"), SP.SP_MediaSkipForward)
        self.reset = a(parent, "&Reset", "Start again from the initial weights", Qt.Key.Key_R,
                       SP.SP_BrowserReload)
        self.stop = a(parent, "S&top", "End this run (the weights stay for inspection)", QKeySequence("Ctrl+."),
                      SP.SP_MediaStop)
        self.log_scale = a(parent, "&Log-scale loss", "Show the loss axis logarithmically", QKeySequence("Ctrl+L"),
                           checkable=True)
        self.show_test = a(parent, "Show &test points", "Draw the held-out test points (hollow)",
                           QKeySequence("Ctrl+T"), checkable=True, checked=True)
        self.discretize = a(parent, "&Discretize output", "Show hard class regions instead of probabilities",
                            QKeySequence("Ctrl+D"), checkable=True)
        self.undo = a(parent, "&Undo", "Undo the last design edit", QKeySequence.StandardKey.Undo,
                      SP.SP_ArrowBack)
        self.redo = a(parent, "&Redo", "Redo the design edit just undone", QKeySequence("Ctrl+Shift+Z"),
                      SP.SP_ArrowForward)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete = a(parent, "&Delete layer", "Delete the selected hidden layer (or one neuron of the selected"
                        " neuron's layer)", QKeySequence.StandardKey.Delete, SP.SP_TrashIcon)
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self._play_icon = parent.style().standardIcon(SP.SP_MediaPlay)
        self._pause_icon = parent.style().standardIcon(SP.SP_MediaPause)

    def show_running(self, running: bool) -> None:
        """Turn the Play action into Pause while training runs (same shortcut)."""
        text, tip = ("&Pause", "Pause training") if running else ("&Play", "Train continuously")
        self.play.setText(text)
        self.play.setIcon(self._pause_icon if running else self._play_icon)
        self.play.setStatusTip(tip)
        self.play.setToolTip(f"{text.replace('&', '')} (Space): {tip}")

    def set_undo_text(self, text: str) -> None:
        """Name the edit Undo would take back ("Undo Insert tanh layer")."""
        self._name_edit(self.undo, "Undo", text)

    def set_redo_text(self, text: str) -> None:
        """Name the edit Redo would apply again."""
        self._name_edit(self.redo, "Redo", text)

    @staticmethod
    def _name_edit(action: QAction, verb: str, text: str) -> None:
        action.setText(f"&{verb} {text}" if text else f"&{verb}")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{verb} {text} ({keys})" if text else f"{verb} ({keys})")
