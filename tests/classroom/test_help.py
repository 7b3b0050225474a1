"""Help ▸ About MLP Studio and Help ▸ Keyboard shortcuts."""

from __future__ import annotations

from mlp_studio import __version__


def test_about_names_version_licence_and_offline(window):
    window.actions.about.trigger()
    text = window.about_box.text()
    assert __version__ in text and "MIT" in text and "offline" in text.lower()
    window.about_box.close()


def test_shortcuts_dialog_lists_the_window_shortcuts(window):
    window.actions.shortcuts.trigger()
    text = window.shortcuts_dialog.findChild(type(window.classroom.panel.text)).toPlainText()
    for command, keys in (("Play", "Space"), ("Presentation mode", "F5"), ("Zoom in", "Ctrl+="),
                          ("Undo", "Ctrl+Z"), ("Explain one step", "Ctrl+E")):
        assert command in text and keys in text, (command, keys)
    window.shortcuts_dialog.close()
