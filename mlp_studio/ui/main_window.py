"""MLP Studio's main window: DATA and HYPER-PARAMETERS (tabbed with the INSPECTOR) on the left, PALETTE and
NETWORK in the centre, OUTPUT on the right; lessons, start page and presentation mode from ui/classroom.py.

The window owns one :class:`~mlp_studio.controller.TrainingController`, and (through its
:class:`~mlp_studio.ui.design_binding.DesignBinding`) one design document and one undo stack: every design edit
is an undoable command; structure or data edits rebuild the run (``controller.load``), hyper-parameter edits go
live (``controller.set_training``). Snapshots arrive on the GUI thread through ``snapshot_ready``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStyle, QWidget

from mlp_studio.controller import TrainingController
from mlp_studio.model.spec import ExperimentSpec
from mlp_studio.model.session import SessionFactory
from mlp_studio.ui import document, theme, window_settings
from mlp_studio.ui.actions import WindowActions
from mlp_studio.ui.classroom import install_classroom
from mlp_studio.ui.design_binding import DesignBinding
from mlp_studio.i18n import tr
from mlp_studio.ui.design_requests import DesignRequests
from mlp_studio.ui.file_actions import ProjectFiles
from mlp_studio.ui.inspector import InspectorContext
from mlp_studio.ui.paint_tool import install_paint
from mlp_studio.ui.status import STATE_TEXT
from mlp_studio.ui.teaching import install_teaching
from mlp_studio.ui.window_layout import build_layout, default_dock_widths, network_key_text
from mlp_studio.ui.speed import SpeedControl
from mlp_studio.ui.window_menus import build_menus, build_toolbar

#: Shortest time between two drawn frames while training runs. Drawing, not training, limits a smooth GUI
#: (stack.md): about 15 frames a second keeps the event loop free while the worker holds the GIL.
FRAME_INTERVAL_MS = 66



def ask_user(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question in a message box; True for yes."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class MainWindow(QMainWindow):
    """The top-level window.

    Parameters
    ----------
    settings : QSettings, optional
        Where geometry, dock layout and view toggles are remembered (default: the application's settings).
    load_default : bool
        Load the default example (XOR) at start, ready to press Space.

    Attributes
    ----------
    confirm : callable
        ``confirm(title, text) -> bool``, asked before a trained network is thrown away (tests replace it).
    design : DesignBinding
        The design document, its undo stack and the edits.
    """

    def __init__(self, settings: QSettings | None = None, load_default: bool = True) -> None:
        super().__init__()
        theme.configure_pyqtgraph()
        self.setWindowTitle("MLP Studio")  # the product name is not translated
        self.resize(1440, 880)
        self.settings = settings if settings is not None else QSettings()
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_user(self, title, text)
        self.controller = TrainingController(self)
        self.design = DesignBinding(self)
        self.base_dir = Path.cwd()
        self.dataset = None
        self.picked_point = None
        self.last_snapshot = None
        self.last_message_box: QMessageBox | None = None
        self._run_id = 0
        self.frame_interval_ms = FRAME_INTERVAL_MS
        self._last_frame = 0.0
        self._drawn = None
        self._frame_timer = QTimer(self)
        self._frame_timer.setSingleShot(True)
        self._frame_timer.timeout.connect(self.flush_frame)
        self._build()
        self._connect()
        install_teaching(self)  # Teach menu, toolbar, docks (ui/teaching); after _connect: its slots run second
        install_paint(self)  # PAINT row above the boundary plot (ui/paint_tool.py)
        install_classroom(self)  # Help menu, lessons and their locks, start page, presentation mode (ui/classroom)
        self._restore_settings()
        self.classroom.load_settings()
        self.setAcceptDrops(True)  # a .mlpstudio or .json file dropped anywhere on the window opens
        if load_default:
            self.files.new_project(ask=False)
        else:
            self.files.update_title()

    # -- construction -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.actions = WindowActions(self)
        self.files = ProjectFiles(self)
        build_layout(self)
        build_menus(self)
        self.toolbar = build_toolbar(self)
        self.speed = SpeedControl(self)  # Speed row under the epoch limit, Training ▸ Speed

    def _connect(self) -> None:
        a, c = self.actions, self.controller
        a.open.triggered.connect(self.files.open_dialog)
        a.quit.triggered.connect(self.files.quit)
        a.play.triggered.connect(self.toggle_play)
        a.step.triggered.connect(c.step)
        a.step_epoch.triggered.connect(c.step_epoch)
        a.reset.triggered.connect(self.reset)
        a.stop.triggered.connect(c.stop)
        a.log_scale.toggled.connect(self.output_panel.curves.set_log_scale)
        a.show_test.toggled.connect(self.output_panel.boundary.set_show_test)
        a.discretize.toggled.connect(self.output_panel.boundary.set_discretize)
        a.undo.triggered.connect(self.design.undo)
        a.redo.triggered.connect(self.design.redo)
        a.delete.triggered.connect(self._delete_selection)
        stack = self.design.stack
        stack.undoTextChanged.connect(a.set_undo_text)
        stack.redoTextChanged.connect(a.set_redo_text)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        self.banner.action.connect(self.reset)
        c.snapshot_ready.connect(self._on_snapshot)
        c.state_changed.connect(self._on_state)
        c.diverged.connect(self._on_diverged)
        c.failed.connect(self._on_failed)
        self.requests = DesignRequests(self)
        self.network_view.selection_changed.connect(lambda _s: self._refresh_inspector())
        self.output_panel.boundary.point_picked.connect(self._on_point_picked)
        self.files.connect_window()

    # -- documents ----------------------------------------------------------------------------------------
    @property
    def spec(self) -> ExperimentSpec:
        """The designed experiment (the design document's)."""
        return self.design.document.spec

    def load_default(self) -> None:
        """Load the default example (XOR, 2-4-1 tanh), or a built-in copy of it when examples are missing."""
        folder = document.examples_dir()
        path = folder / document.DEFAULT_EXAMPLE if folder else None
        if path is not None and path.is_file() and self.open_path(path, quiet=True):
            return
        self.load_spec(document.fallback_spec(), Path.cwd())

    def open_path(self, path: str | Path, quiet: bool = False) -> bool:
        """Open a project (``.mlpstudio``) or experiment file, asking about unsaved changes first (unless
        ``quiet``); on error show it and keep the current project. Returns success."""
        return self.files.open_path(path, quiet=quiet, ask=not quiet)

    def load_spec(self, spec: ExperimentSpec, base_dir: str | Path) -> str | None:
        """Make ``spec`` the design (undo history cleared) and start its run; return an error message or None."""
        return self.design.load(spec, base_dir)

    def start_run(self, session, base_dir: Path, history=None) -> None:
        """Show ``session``'s design in every view and hand the run to the controller (same seeds on reset).

        ``history`` (loss-curve columns of a restored project) is shown before the run's new points.
        """
        spec, dataset = session.spec, session.dataset
        self.present(spec, base_dir, dataset)
        self._run_id = self.controller.load(SessionFactory(spec, dataset, first=session), history=history)

    def present(self, spec: ExperimentSpec, base_dir: Path, dataset) -> None:
        """Show ``spec`` in the panels and prepare every view for ``dataset`` (no training involved)."""
        self.design.adopt(spec, base_dir)
        if dataset is not self.dataset:
            self.picked_point = None
        self.base_dir, self.dataset = Path(base_dir), dataset
        self.last_snapshot = None
        self.data_panel.clear_error()
        self.structure_error.hide()
        self.banner.hide()
        self.files.update_title()
        layers = [(layer.units, layer.activation) for layer in spec.network.layers]
        self.network_view.set_structure(
            dataset.input_names, layers, document.output_names(dataset), document.input_grids(dataset),
            document.output_levels(dataset), layer_ids=self.design.document.layer_ids,
            features=document.feature_states(spec, dataset), feature_grids=document.feature_grids(dataset),
            loss=spec.network.loss)
        hidden = [tr("Hidden {n} ({act})").format(n=i + 1, act=layer.activation)
                  for i, layer in enumerate(spec.network.hidden)]
        self.output_panel.set_dataset(dataset, hidden)
        self.readout.rate.reset()
        self.epoch_counter.set_epoch(0)
        self.actions.discretize.setEnabled(bool(dataset.is_planar))
        self.network_key.setText(network_key_text(bool(dataset.is_planar)))
        self.actions.show_test.setEnabled(bool(dataset.is_planar))
        self.reflect_document()

    def reflect_document(self) -> None:
        """Show the document's values in the panels and the inspector (signals blocked: no new edits)."""
        spec = self.spec
        self.data_panel.set_dataset_spec(spec.dataset)
        self.hyper_panel.set_training_spec(spec.training)
        self.hyper_panel.set_network_settings(spec.network)
        self._refresh_inspector()

    def show_design_message(self, text: str | None, data: bool = False) -> None:
        """Show why an edit was refused next to where it was made (None clears it)."""
        if not text:
            self.structure_error.hide()
            self.inspector.show_message(None)
            return
        if data:
            self.data_panel.show_error(text)
        else:
            self.structure_error.setText(f"⚠ {text}")
            self.structure_error.show()
            self.inspector.show_message(text if self.network_view.selection is not None else None)
        self.statusBar().showMessage(tr("Not changed: {reason}").format(reason=text), 8000)

    def _refresh_inspector(self) -> None:
        context = InspectorContext(spec=self.spec, dataset=self.dataset, snapshot=self.last_snapshot,
                                   point=self.picked_point)
        self.inspector.show_selection(self.network_view.selection, context)
        locks = getattr(self, "locks", None)
        if locks is not None:
            locks.apply()  # after the panels and the inspector decided their own states (ui/locks.py)

    def _on_point_picked(self, point) -> None:
        self.picked_point = point
        self._refresh_inspector()

    def _delete_selection(self) -> None:
        if not self.network_view.editor.delete_selected():
            self.statusBar().showMessage(tr("Select a hidden layer (click its header) to delete it"), 5000)

    @property
    def run_id(self) -> int:
        """The run whose snapshots the views accept."""
        return self._run_id

    def show_final_snapshot(self, snapshot) -> None:
        """Show a snapshot made outside the controller (headless rendering) as a finished run."""
        self._on_snapshot(snapshot)
        self.state_label.setText(tr(STATE_TEXT["finished"]))

    # -- training -----------------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        """Pause while running, otherwise train."""
        if self.controller.state == "running":
            self.controller.pause()
        else:
            self.controller.play()

    def reset(self) -> None:
        """Start the run again from the initial weights (the curves start over)."""
        self._run_id = self.controller.reset()
        self.banner.hide()
        self.last_snapshot = None
        self.output_panel.curves.clear(self.output_panel.curves.metric_name)
        self.readout.rate.reset()

    def _on_snapshot(self, snapshot) -> None:
        """Accept a snapshot of the current run; draw it now or at the next frame (frame pacing)."""
        if snapshot.run_id != self._run_id:
            return  # a run that a load or reset has replaced
        self.last_snapshot = snapshot
        self.files.note_snapshot(snapshot)
        wait_ms = self.frame_interval_ms - (time.monotonic() - self._last_frame) * 1000.0
        if wait_ms <= 0 or self.controller.state != "running":
            self.flush_frame()
        elif not self._frame_timer.isActive():
            self._frame_timer.start(int(wait_ms) + 1)

    def flush_frame(self) -> None:
        """Draw the latest snapshot in every view (at most ``1000 / frame_interval_ms`` times a second)."""
        self._frame_timer.stop()
        snapshot = self.last_snapshot
        if snapshot is None or snapshot is self._drawn:
            return
        self._drawn = snapshot
        self._last_frame = time.monotonic()
        self.network_view.update_snapshot(snapshot)
        self.output_panel.update_snapshot(snapshot, live=self.controller.state == "running")
        if self.network_view.selection is not None and self.network_view.selection.kind != "layer":
            self._refresh_inspector()
        self.readout.update_snapshot(snapshot, self.controller.state == "running")
        self.epoch_counter.set_epoch(snapshot.epoch)

    def _on_state(self, state: str) -> None:
        self.actions.show_running(state == "running")
        self.state_label.setText(tr(STATE_TEXT.get(state, state)))
        if state in ("idle", "running"):
            self.statusBar().clearMessage()

    def _on_diverged(self, message: str) -> None:
        self.banner.show_message(message)  # the worker's message already says what happened and what to try
        self.statusBar().showMessage(tr("Diverged: try a smaller learning rate, then Reset (R)"))

    def _on_failed(self, message: str) -> None:
        self.show_error(tr("Training failed"), tr("Training stopped because of an error. Reset or change the "
                                                  "settings to try again."), details=message)

    def show_error(self, title: str, text: str, details: str | None = None) -> QMessageBox:
        """Show a non-blocking, window-modal error box (kept in :attr:`last_message_box`)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        if details:
            box.setDetailedText(details)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_message_box = box
        return box

    # -- settings, closing --------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        self._default_dock_sizes = not window_settings.restore(self)

    def save_settings(self) -> None:
        """Remember geometry, dock layout and view toggles."""
        window_settings.save(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Give the docks their default widths the first time (docks can only be sized once laid out)."""
        super().showEvent(event)
        if self._default_dock_sizes:
            self._default_dock_sizes = False
            # The left panels scroll vertically on a short screen: leave room for that scroll bar too.
            needed = self.data_panel.minimumSizeHint().width() + self.style().pixelMetric(
                QStyle.PixelMetric.PM_ScrollBarExtent) + 6
            self.resizeDocks([self.data_dock, self.output_dock], list(default_dock_widths(self.width(), needed)),
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.data_dock, self.hyper_dock], [400, 400], Qt.Orientation.Vertical)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Ask about unsaved changes (closes by the user), save the layout, stop the training thread."""
        if not self.files.may_close(event.spontaneous()):
            event.ignore()
            return
        self.files.closed()
        self.classroom.closing()
        self.save_settings()
        self.controller.shutdown()
        super().closeEvent(event)

    # -- drag and drop of files -----------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Accept a dragged project or experiment file."""
        if not self.files.accept_drag(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Keep accepting a dragged project or experiment file."""
        if not self.files.accept_drag(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Open a dropped project or experiment file."""
        if not self.files.drop(event):
            super().dropEvent(event)
