"""MLP Studio's main window: DATA and HYPER-PARAMETERS on the left, the NETWORK in the centre, OUTPUT right.

The window owns one :class:`~mlp_studio.controller.TrainingController` and talks only to it and to specs:
structure or data edits rebuild the run (``controller.load``), hyper-parameter edits go live
(``controller.set_training``). Snapshots arrive on the GUI thread through ``snapshot_ready``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QScrollArea,
                               QVBoxLayout, QWidget)

from mlp_studio.controller import TrainingController
from mlp_studio.data import load_dataset
from mlp_studio.errors import MlpStudioError
from mlp_studio.files.experiment import load_experiment
from mlp_studio.model.session import Session
from mlp_studio.model.spec import ExperimentSpec, NetworkSpec
from mlp_studio.ui import document, theme, window_settings
from mlp_studio.ui.actions import WindowActions
from mlp_studio.ui.data_panel import DataPanel, error_label
from mlp_studio.ui.hyper_panel import HyperParameterPanel
from mlp_studio.ui.layer_editor import LayerEditor
from mlp_studio.ui.network_view import NetworkView
from mlp_studio.ui.output_panel import OutputPanel
from mlp_studio.ui.status import STATE_TEXT, Banner, EpochCounter, StatusReadout
from mlp_studio.ui.window_menus import build_menus, build_toolbar

#: Shortest time between two drawn frames while training runs. Drawing, not training, limits a smooth GUI
#: (stack.md): about 15 frames a second keeps the event loop free while the worker holds the GIL.
FRAME_INTERVAL_MS = 66

DIVERGED_TEXT = ("Training diverged ({message}). The weights blew up to infinity or NaN: "
                 "try a smaller learning rate, then Reset.")


NETWORK_KEY = (f"<span style='color:{theme.BLUE}'>━━</span> positive &nbsp;"
               f"<span style='color:{theme.ORANGE}'>━━</span> negative weight &nbsp;·&nbsp; thicker = larger"
               " &nbsp;·&nbsp; {nodes}")
NODES_PLANAR = "point at a neuron to enlarge its map"
NODES_OTHER = "neuron colour = its bias"


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
    """

    def __init__(self, settings: QSettings | None = None, load_default: bool = True) -> None:
        super().__init__()
        theme.configure_pyqtgraph()
        self.setWindowTitle("MLP Studio")
        self.resize(1440, 880)
        self.settings = settings if settings is not None else QSettings()
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_user(self, title, text)
        self.controller = TrainingController(self)
        self.spec: ExperimentSpec | None = None
        self.base_dir = Path.cwd()
        self.dataset = None
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
        self._restore_settings()
        if load_default:
            self.load_default()

    # -- construction -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.actions = WindowActions(self)
        self.data_panel = DataPanel()
        self.hyper_panel = HyperParameterPanel()
        self.layer_editor = LayerEditor()
        self.network_view = NetworkView()
        self.output_panel = OutputPanel()
        self.banner = Banner("Reset")
        self.structure_error = error_label()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 0)
        editor_scroll = QScrollArea()
        editor_scroll.setWidget(self.layer_editor)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor_scroll.setFixedHeight(self.layer_editor.sizeHint().height() + 18)
        for widget in (self.banner, editor_scroll, self.structure_error):
            column.addWidget(widget)
        column.addWidget(self.network_view, 1)
        self.network_key = QLabel(NETWORK_KEY.format(nodes=NODES_PLANAR))
        self.network_key.setTextFormat(Qt.TextFormat.RichText)
        self.network_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.network_key.setWordWrap(True)
        column.addWidget(self.network_key)
        self.setCentralWidget(central)
        self.data_dock = self._dock("DATA", "dataDock", self.data_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.hyper_dock = self._dock("HYPER-PARAMETERS", "hyperDock", self.hyper_panel,
                                     Qt.DockWidgetArea.LeftDockWidgetArea)
        self.output_dock = self._dock("OUTPUT", "outputDock", self.output_panel,
                                      Qt.DockWidgetArea.RightDockWidgetArea, scroll=False)
        self.data_dock.setMinimumWidth(240)
        self.hyper_dock.setMinimumWidth(240)
        self.output_dock.setMinimumWidth(340)
        self.epoch_counter = EpochCounter()
        self.readout = StatusReadout()
        self.state_label = QLabel(STATE_TEXT["idle"])
        self.state_label.setMinimumWidth(200)
        self.statusBar().addWidget(self.state_label)
        self.statusBar().addPermanentWidget(self.readout)
        build_menus(self)
        self.toolbar = build_toolbar(self)

    def _dock(self, title: str, name: str, widget: QWidget, area, scroll: bool = True) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if scroll:
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setWidget(widget)
            widget = holder
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        a, c = self.actions, self.controller
        a.open.triggered.connect(self._ask_open)
        a.quit.triggered.connect(self.close)
        a.play.triggered.connect(self.toggle_play)
        a.step.triggered.connect(c.step)
        a.step_epoch.triggered.connect(c.step_epoch)
        a.reset.triggered.connect(self.reset)
        a.stop.triggered.connect(c.stop)
        a.log_scale.toggled.connect(self.output_panel.curves.set_log_scale)
        a.show_test.toggled.connect(self.output_panel.boundary.set_show_test)
        a.discretize.toggled.connect(self.output_panel.boundary.set_discretize)
        self.banner.action.connect(self.reset)
        c.snapshot_ready.connect(self._on_snapshot)
        c.state_changed.connect(self._on_state)
        c.diverged.connect(self._on_diverged)
        c.failed.connect(self._on_failed)
        self.hyper_panel.training_changed.connect(self._on_training_changed)
        self.hyper_panel.network_changed.connect(self._on_structure_changed)
        self.layer_editor.changed.connect(self._on_structure_changed)
        self.data_panel.changed.connect(self._on_structure_changed)

    # -- documents ----------------------------------------------------------------------------------------
    def load_default(self) -> None:
        """Load the default example (XOR, 2-4-1 tanh), or a built-in copy of it when examples are missing."""
        folder = document.examples_dir()
        path = folder / document.DEFAULT_EXAMPLE if folder else None
        if path is not None and path.is_file() and self.open_path(path, quiet=True):
            return
        self.load_spec(document.fallback_spec(), Path.cwd())

    def open_path(self, path: str | Path, quiet: bool = False) -> bool:
        """Open an experiment file; on error show it and keep the current document. Returns success."""
        path = Path(path)
        try:
            spec = load_experiment(path)
        except MlpStudioError as error:
            if not quiet:
                self.show_error("Cannot open experiment", str(error))
            return False
        if not self._may_discard():
            return False
        message = self.load_spec(spec, path.resolve().parent)
        if message and not quiet:
            self.show_error("Cannot open experiment", f"{path}: {message}")
        return message is None

    def load_spec(self, spec: ExperimentSpec, base_dir: str | Path) -> str | None:
        """Build a run for ``spec`` and hand it to the controller; return an error message or None.

        The session is built here once (so errors are reported at once and the views get the data set);
        the controller's first run reuses it, resets build fresh ones from the same spec.
        """
        base_dir = Path(base_dir)
        try:
            session = Session.from_spec(spec, base_dir)
        except MlpStudioError as error:
            return str(error)
        first = [session]
        self.present(spec, base_dir, session.dataset)
        self._run_id = self.controller.load(lambda: first.pop() if first else Session.from_spec(spec, base_dir))
        return None

    def present(self, spec: ExperimentSpec, base_dir: Path, dataset) -> None:
        """Show ``spec`` in the panels and prepare every view for ``dataset`` (no training involved)."""
        self.spec, self.base_dir, self.dataset = spec, base_dir, dataset
        self.last_snapshot = None
        self.data_panel.set_dataset_spec(spec.dataset)
        self.data_panel.clear_error()
        self.structure_error.hide()
        self.hyper_panel.set_training_spec(spec.training)
        self.hyper_panel.set_network_settings(spec.network)
        self.layer_editor.set_network(spec.network)
        self.banner.hide()
        self.setWindowTitle(f"MLP Studio — {spec.name}")
        layers = [(layer.units, layer.activation) for layer in spec.network.layers]
        self.network_view.set_structure(dataset.input_names, layers, document.output_names(dataset),
                                        document.input_grids(dataset), document.output_levels(dataset))
        hidden = [f"Hidden {i + 1} ({layer.activation})" for i, layer in enumerate(spec.network.hidden)]
        self.output_panel.set_dataset(dataset, hidden)
        self.readout.rate.reset()
        self.epoch_counter.set_epoch(0)
        self.actions.discretize.setEnabled(bool(dataset.is_planar))
        self.network_key.setText(NETWORK_KEY.format(nodes=NODES_PLANAR if dataset.is_planar else NODES_OTHER))
        self.actions.show_test.setEnabled(bool(dataset.is_planar))

    @property
    def run_id(self) -> int:
        """The run whose snapshots the views accept."""
        return self._run_id

    def show_final_snapshot(self, snapshot) -> None:
        """Show a snapshot made outside the controller (headless rendering) as a finished run."""
        self._on_snapshot(snapshot)
        self.state_label.setText(STATE_TEXT["finished"])

    def spec_from_panels(self) -> ExperimentSpec:
        """The experiment as the panels currently show it."""
        network = NetworkSpec(layers=self.layer_editor.layers(), loss=self.layer_editor.loss(),
                              **self.hyper_panel.network_settings())
        return replace(self.spec, dataset=self.data_panel.dataset_spec(), network=network,
                       training=self.hyper_panel.training_spec())

    # -- edits --------------------------------------------------------------------------------------------
    def _on_training_changed(self) -> None:
        if self.spec is None:
            return
        training = self.hyper_panel.training_spec()
        if training.epochs != self.spec.training.epochs:
            self.controller.set_max_epochs(training.epochs)
        self.spec = replace(self.spec, training=training)
        self.controller.set_training(training)

    def _on_structure_changed(self) -> None:
        if self.spec is None:
            return
        new = self.spec_from_panels()
        if new.dataset != self.spec.dataset and not self._fit_output_to(new):
            return
        new = self.spec_from_panels()
        if not document.network_differs(new, self.spec):
            return
        if not self._may_discard():
            self._present_panels(self.spec)
            return
        message = self.load_spec(new, self.base_dir)
        if message:
            self._show_in_place(message, data=new.dataset != self.spec.dataset)

    def _fit_output_to(self, new: ExperimentSpec) -> bool:
        """Load the new data set to learn its task and fit the output layer; False (error shown) on failure."""
        try:
            dataset = load_dataset(new.dataset, self.base_dir)
        except MlpStudioError as error:
            self._show_in_place(str(error), data=True)
            return False
        self.layer_editor.fit_output(dataset.task, dataset.n_outputs)
        return True

    def _present_panels(self, spec: ExperimentSpec) -> None:
        self.data_panel.set_dataset_spec(spec.dataset)
        self.layer_editor.set_network(spec.network)
        self.hyper_panel.set_network_settings(spec.network)

    def _show_in_place(self, message: str, data: bool) -> None:
        if data:
            self.data_panel.show_error(message)
        else:
            self.structure_error.setText(f"⚠ {message}")
            self.structure_error.show()

    def _may_discard(self) -> bool:
        """Ask before throwing away a trained network; True when it is fine to go on."""
        if self.last_snapshot is None or self.last_snapshot.step == 0:
            return True
        return self.confirm("Discard the trained network?",
                            "This change rebuilds the network and its training so far is lost. Continue?")

    def _ask_open(self) -> None:
        folder = document.examples_dir() or Path.cwd()
        path, _ = QFileDialog.getOpenFileName(self, "Open experiment", str(folder),
                                              "Experiments (*.json);;All files (*)")
        if path:
            self.open_path(path)

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
        self.output_panel.update_snapshot(snapshot)
        self.readout.update_snapshot(snapshot, self.controller.state == "running")
        self.epoch_counter.set_epoch(snapshot.epoch)

    def _on_state(self, state: str) -> None:
        self.actions.show_running(state == "running")
        self.state_label.setText(STATE_TEXT.get(state, state))
        if state in ("idle", "running"):
            self.statusBar().clearMessage()

    def _on_diverged(self, message: str) -> None:
        self.banner.show_message(DIVERGED_TEXT.format(message=message.rstrip(".")))
        self.statusBar().showMessage("Diverged: try a smaller learning rate, then Reset (R)")

    def _on_failed(self, message: str) -> None:
        self.show_error("Training failed", "Training stopped because of an error. Reset or change the "
                        "settings to try again.", details=message)

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
            self.resizeDocks([self.data_dock, self.output_dock], [262, 430], Qt.Orientation.Horizontal)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Save the layout and stop the training thread cleanly before closing."""
        self.save_settings()
        self.controller.shutdown()
        super().closeEvent(event)
