"""The window's actions (menus and toolbar share them) with Qt's standard icons and shortcuts in tooltips."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from mlp_studio.i18n import tr

SP = QStyle.StandardPixmap

_MNEMONIC_GROUP = re.compile(r"\s*\(&[^&\s)]\)")  # the Chinese form "播放(&P)"


def strip_mnemonic(text: str) -> str:
    """A menu text without its mnemonic, for tooltips: ``"&Play"`` → ``"Play"``, ``"播放(&P)"`` → ``"播放"``.

    ``&&`` (a literal ampersand) becomes ``&``; a trailing ellipsis is dropped (``"&Open…"`` → ``"Open"``).
    """
    text = _MNEMONIC_GROUP.sub("", text)
    text = re.sub(r"&(&?)", r"\1", text)
    return text.rstrip("…").rstrip(".").strip() if text.endswith(("…", "...")) else text.strip()


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
    _set_tooltip(action, text, tip)
    action.setCheckable(checkable)
    if checkable:
        action.setChecked(checked)
    return action


def _set_tooltip(action: QAction, text: str, tip: str) -> None:
    """``Play (Space): Train continuously``, the label without its mnemonic, the shortcut in the native form.

    Also sets the toolbar text: Qt strips only the ``&`` itself, so ``播放(&P)`` would read ``播放(P)`` there.
    """
    label = strip_mnemonic(text)
    action.setIconText(label)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(tr("{label} ({keys}): {tip}").format(label=label, keys=keys, tip=tip) if keys
                      else tr("{label}: {tip}").format(label=label, tip=tip))


class WindowActions:
    """Every command of the main window, created once and shared by menus and toolbar."""

    def __init__(self, parent: QWidget) -> None:
        a = make_action
        self.open = a(parent, tr("&Open…"), tr("Open a project (.mlpstudio) or an experiment file (.json)"),
                      QKeySequence.StandardKey.Open, SP.SP_DialogOpenButton)
        self.quit = a(parent, tr("&Quit"), tr("Close MLP Studio"), QKeySequence.StandardKey.Quit)
        self.play = a(parent, tr("&Play"), tr("Train continuously"), Qt.Key.Key_Space, SP.SP_MediaPlay)
        self.step = a(parent, tr("&Step"), tr("Train one mini-batch"), Qt.Key.Key_Right, SP.SP_MediaSeekForward)
        self.step_epoch = a(parent, tr("Step &epoch"), tr("Train until the end of the epoch"),
                            QKeySequence("Shift+Right"), SP.SP_MediaSkipForward)
        self.reset = a(parent, tr("&Reset"), tr("Start again from the initial weights"), Qt.Key.Key_R,
                       SP.SP_BrowserReload)
        self.stop = a(parent, tr("S&top"), tr("End this run (the weights stay for inspection)"),
                      QKeySequence("Ctrl+."), SP.SP_MediaStop)
        self.log_scale = a(parent, tr("&Log-scale loss"), tr("Show the loss axis logarithmically"),
                           QKeySequence("Ctrl+L"), checkable=True)
        self.show_test = a(parent, tr("Show &test points"), tr("Draw the held-out test points (hollow)"),
                           QKeySequence("Ctrl+T"), checkable=True, checked=True)
        self.discretize = a(parent, tr("&Discretize output"), tr("Show hard class regions instead of probabilities"),
                            QKeySequence("Ctrl+D"), checkable=True)
        self.undo = a(parent, tr("&Undo"), tr("Undo the last design edit"), QKeySequence.StandardKey.Undo,
                      SP.SP_ArrowBack)
        self.redo = a(parent, tr("&Redo"), tr("Redo the design edit just undone"), QKeySequence("Ctrl+Shift+Z"),
                      SP.SP_ArrowForward)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete = a(parent, tr("&Delete layer"), tr("Delete the selected hidden layer (or one neuron of the "
                                                        "selected neuron's layer)"),
                        QKeySequence.StandardKey.Delete, SP.SP_TrashIcon)
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self._play_icon = parent.style().standardIcon(SP.SP_MediaPlay)
        self._pause_icon = parent.style().standardIcon(SP.SP_MediaPause)

    def show_running(self, running: bool) -> None:
        """Turn the Play action into Pause while training runs (same shortcut)."""
        if running:
            text, tip = tr("&Pause"), tr("Pause training")
        else:
            text, tip = tr("&Play"), tr("Train continuously")
        self.play.setText(text)
        self.play.setIcon(self._pause_icon if running else self._play_icon)
        self.play.setStatusTip(tip)
        _set_tooltip(self.play, text, tip)

    def set_undo_text(self, text: str) -> None:
        """Name the edit Undo would take back ("Undo Insert tanh layer")."""
        if text:
            self._name_edit(self.undo, tr("&Undo {edit}").format(edit=text), tr("Undo {edit}").format(edit=text))
        else:
            self._name_edit(self.undo, tr("&Undo"), tr("Undo"))

    def set_redo_text(self, text: str) -> None:
        """Name the edit Redo would apply again."""
        if text:
            self._name_edit(self.redo, tr("&Redo {edit}").format(edit=text), tr("Redo {edit}").format(edit=text))
        else:
            self._name_edit(self.redo, tr("&Redo"), tr("Redo"))

    @staticmethod
    def _name_edit(action: QAction, text: str, label: str) -> None:
        action.setText(text)
        action.setIconText(label)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(tr("{label} ({keys})").format(label=label, keys=keys) if keys else label)
