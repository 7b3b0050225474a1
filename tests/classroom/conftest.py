"""Classroom tests reuse the GUI fixtures: a main window whose training thread is always shut down."""

import pytest

from tests.ui.conftest import close_window, qt_warnings, settings, window  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """Lesson texts in English whatever the machine's language (the zh choice is tested on its own)."""
    monkeypatch.setenv("MLP_STUDIO_LANG", "en")
