"""Help ▸ About MLP Studio and Help ▸ Keyboard shortcuts (non-blocking dialogs, kept on the window)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMessageBox, QTextBrowser, QVBoxLayout

from mlp_studio import __version__
from mlp_studio.i18n import tr
from mlp_studio.ui.actions import strip_mnemonic

LICENCE = "MIT"
#: Keys the canvas and plots handle themselves (not menu actions).
CANVAS_KEYS = (("Delete / Backspace", "Delete the selected hidden layer (canvas)"),
               ("Esc", "Clear the canvas selection; close the start page"),
               ("Alt+Left / Alt+Right", "Back / Next in the explained step"))


def about_text() -> str:
    """The About box's rich text: version, licence, and that nothing leaves the computer."""
    return tr("<h3>MLP Studio {version}</h3>"
              "<p>Design a multilayer perceptron by drag and drop, train it live, and watch it learn.</p>"
              "<p>Licence: {licence}.</p>"
              "<p><b>Works offline.</b> MLP Studio never connects to the internet: lessons, examples and data "
              "sets ship with it, and your projects stay on this computer.</p>").format(version=__version__,
                                                                                          licence=LICENCE)


def show_about(window) -> QMessageBox:
    """Help ▸ About MLP Studio (window-modal, non-blocking; kept as ``window.about_box``)."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("About MLP Studio"), about_text(),
                      QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    window.about_box = box
    return box


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """``(menu, command, keys)`` for every menu action with a shortcut, in menu order, then the canvas keys."""
    rows = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {strip_mnemonic(action.menu().title())}")
                continue
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                rows.append((path, strip_mnemonic(action.text()), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), strip_mnemonic(top.menu().title()))
    rows += [(tr("Canvas"), tr(text), keys) for keys, text in CANVAS_KEYS]
    return rows


def shortcuts_html(window) -> str:
    """The shortcuts as an HTML table."""
    cells = "".join(f"<tr><td style='color:#78909C'>{html.escape(menu)}</td><td>{html.escape(command)}</td>"
                    f"<td><b>{html.escape(keys)}</b></td></tr>" for menu, command, keys in shortcut_rows(window))
    return f"<table cellspacing='0' cellpadding='4'>{cells}</table>"


def show_shortcuts(window) -> QDialog:
    """Help ▸ Keyboard shortcuts: a small non-modal dialog (kept as ``window.shortcuts_dialog``)."""
    dialog = QDialog(window)
    dialog.setWindowTitle(tr("Keyboard shortcuts"))
    layout = QVBoxLayout(dialog)
    text = QTextBrowser()
    text.setHtml(shortcuts_html(window))
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout.addWidget(buttons)
    dialog.resize(560, 560)
    dialog.show()
    window.shortcuts_dialog = dialog
    return dialog
