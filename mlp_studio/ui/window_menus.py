"""Menus and toolbar of the main window, built from its shared :class:`~mlp_studio.ui.actions.WindowActions`."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMainWindow, QToolBar

from mlp_studio.i18n import tr
from mlp_studio.ui import document
from mlp_studio.ui.export_actions import build_export_menu
from mlp_studio.ui.translation import build_language_menu


def build_menus(window: QMainWindow) -> None:
    """File (New, Open…, Open example ▸, Open recent ▸, Save, Save As…, Export ▸, Quit),
    Edit (Undo, Redo, Delete), Training (Play/Pause … Stop), View (docks, toggles, Language ▸)."""
    a = window.actions
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.setObjectName("fileMenu")
    window.file_menu = file_menu
    file_menu.addAction(a.new)
    file_menu.addAction(a.open)
    examples = file_menu.addMenu(tr("Open &example"))
    window.examples_menu = examples
    for path in document.example_files():
        action = examples.addAction(path.stem.replace("-", " "))
        action.setToolTip(str(path))
        action.triggered.connect(partial(window.open_path, path))
    examples.setEnabled(bool(examples.actions()))
    window.recent_menu = file_menu.addMenu(tr("Open &recent"))
    window.files.recent.attach(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(a.save)
    file_menu.addAction(a.save_as)
    build_export_menu(file_menu.addMenu(tr("&Export")), window)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit = bar.addMenu(tr("&Edit"))
    edit.setObjectName("editMenu")
    window.edit_menu = edit
    for action in (a.undo, a.redo):
        edit.addAction(action)
    edit.addSeparator()
    edit.addAction(a.delete)
    training = bar.addMenu(tr("&Training"))
    training.setObjectName("trainingMenu")
    window.training_menu = training
    for action in (a.play, a.step, a.step_epoch, a.reset, a.stop):
        training.addAction(action)
    view = bar.addMenu(tr("&View"))
    view.setObjectName("viewMenu")
    window.view_menu = view  # other parts find it by this attribute, never by its (translated) title
    for dock in (window.data_dock, window.hyper_dock, window.inspector_dock, window.output_dock):
        view.addAction(dock.toggleViewAction())
    view.addSeparator()
    for action in (a.log_scale, a.show_test, a.discretize):
        view.addAction(action)
    view.addSeparator()
    window.language_menu = build_language_menu(window, window.settings)  # applies at the next start
    view.addMenu(window.language_menu)


def build_toolbar(window: QMainWindow) -> QToolBar:
    """The main toolbar: training controls with text under big icons, then the epoch counter."""
    a = window.actions
    toolbar = QToolBar(tr("Training"))
    toolbar.setObjectName("trainingToolbar")
    toolbar.setIconSize(QSize(24, 24))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (a.play, a.step, a.step_epoch, a.reset, a.stop):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addWidget(window.epoch_counter)
    toolbar.addSeparator()
    toolbar.addAction(a.undo)
    toolbar.addAction(a.redo)
    toolbar.addSeparator()
    toolbar.addAction(a.open)
    toolbar.addAction(a.save)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
