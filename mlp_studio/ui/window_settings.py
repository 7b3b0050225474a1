"""Remembering the main window between sessions: geometry, dock layout and view toggles (QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

TOGGLES = ("log_scale", "show_test", "discretize")


def restore(window: QMainWindow) -> bool:
    """Restore ``window`` from ``window.settings``; True when a saved dock layout was applied."""
    settings = window.settings
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    if geometry is not None:
        window.restoreGeometry(geometry)
    for name in TOGGLES:
        value = settings.value(f"view/{name}")
        if value is not None:
            getattr(window.actions, name).setChecked(str(value).lower() in ("true", "1"))
    return state is not None and window.restoreState(state)


def save(window: QMainWindow) -> None:
    """Write ``window``'s geometry, dock layout and view toggles to ``window.settings``."""
    settings = window.settings
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for name in TOGGLES:
        settings.setValue(f"view/{name}", getattr(window.actions, name).isChecked())
    settings.sync()
