"""The main window (grows in the main-window issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox


class MainWindow(QMainWindow):
    """MLP Studio's top-level window."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("MLP Studio")
        self.resize(1280, 800)
        self.setCentralWidget(QLabel("MLP Studio"))
        self.statusBar().showMessage("Ready")

    def open_path(self, path: str) -> None:
        """Open a project file (not yet implemented: tells the user so)."""
        QMessageBox.information(self, "MLP Studio", f"Opening files is not available yet: {path}")
