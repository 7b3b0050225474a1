"""Creating the QApplication and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mlp_studio import __version__


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating, naming and translating it on first use."""
    app = QApplication.instance()
    if app is None:
        # A short GIL switch interval keeps the GUI responsive beside the training thread (stack.md).
        sys.setswitchinterval(0.001)
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setApplicationName("MLP Studio")
        app.setOrganizationName("MLP Studio")
        app.setApplicationVersion(__version__)
        from mlp_studio.ui.translation import install_translations

        # Before any window exists: every tr() from here on is in the chosen language (docs/i18n.md).
        install_translations(app)
    return app


def run_application(project_file: str | None = None) -> int:
    """Show the main window, optionally opening ``project_file``, and run the event loop."""
    from mlp_studio.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    if project_file:
        window.open_path(project_file)
    window.show()
    from mlp_studio.ui.classroom import show_at_start

    if not project_file and show_at_start(window.settings):
        window.classroom.show_start_page()  # first run, or started without a file: lessons, recent, New
    # After the first paint: offer work a crashed MLP Studio left in the recovery folder.
    QTimer.singleShot(0, window.files.autosave.offer_recovery)
    return app.exec()
