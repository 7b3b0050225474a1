"""Designer tests reuse the GUI fixtures: a main window whose training thread is always shut down."""

from tests.ui.conftest import settings, window  # noqa: F401 (fixtures)
