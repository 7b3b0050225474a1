"""The GUI fixtures of tests/ui (a main window that never outlives its test, offscreen Qt)."""

from tests.ui.conftest import settings, window  # noqa: F401 (fixtures)
