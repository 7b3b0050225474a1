"""The Teach menu and the teaching views of the main window, wired to its controller and canvas.

:func:`install_teaching` is called once by the main window. It adds a **Teach** menu (Explain one step…,
Gradient check…, Neuron health, Replay timeline, Compare runs…, Activation explorer) and a small toolbar, the
EXPLAINED STEP, NEURON HEALTH and REPLAY docks (hidden until asked for), and listens to the controller's
snapshots: replay frames and gradient norms are recorded from the first snapshot on, so a teacher can rewind
a run that was not planned as a lesson.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from mlp_studio.i18n import tr
from mlp_studio.ui.actions import SP, make_action
from mlp_studio.ui.teaching.explain_panel import ExplainPanel
from mlp_studio.ui.teaching.health_panel import HealthPanel
from mlp_studio.ui.teaching.live import bring_to_front
from mlp_studio.ui.teaching.overlay import CanvasOverlay
from mlp_studio.ui.teaching.replay_panel import ReplayPanel


class TeachActions:
    """The Teach menu's actions."""

    def __init__(self, parent) -> None:
        a = make_action
        self.explain = a(parent, tr("E&xplain one step…"), tr("Pause and walk through one training step on one "
                         "sample, number by number"), QKeySequence("Ctrl+E"), SP.SP_FileDialogDetailedView)
        self.gradcheck = a(parent, tr("&Gradient check…"), tr("Compare a weight's backpropagated gradient with a "
                           "finite-difference estimate"), QKeySequence("Ctrl+G"))
        self.health = a(parent, tr("Neuron &health"), tr("Histograms of z and a per layer, saturated and dead "
                        "neurons, gradient norms over time"), QKeySequence("Ctrl+H"), checkable=True)
        self.replay = a(parent, tr("&Replay timeline"), tr("Rewind the boundary, neuron maps and weights to any "
                        "earlier moment of training"), QKeySequence("Ctrl+Shift+R"), SP.SP_MediaSeekBackward,
                        checkable=True)
        self.compare = a(parent, tr("&Compare runs…"), tr("Train the same data and seed with two settings and "
                         "compare their curves and boundaries"), QKeySequence("Ctrl+Shift+C"))
        self.activations = a(parent, tr("&Activation explorer"), tr("Every activation function and its "
                             "derivative, and when to choose it"), QKeySequence("Ctrl+Shift+A"))

    def all(self):
        return (self.explain, self.gradcheck, self.health, self.replay, self.compare, self.activations)


class TeachingViews(QObject):
    """Owns the teaching docks and dialogs of one main window.

    Attributes
    ----------
    overlay : CanvasOverlay
        Numbers and rings drawn over the NETWORK canvas.
    explain, health, replay : QWidget
        The panels inside :attr:`explain_dock`, :attr:`health_dock`, :attr:`replay_dock`.
    gradcheck_dialog, compare_dialog, activations_dialog : QDialog or None
        Created on first use.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions = TeachActions(window)
        self.overlay = CanvasOverlay(window.network_view)
        self.explain = ExplainPanel(window, self.overlay)
        self.health = HealthPanel(window, self.overlay)
        self.replay = ReplayPanel(window)
        self.gradcheck_dialog = self.compare_dialog = self.activations_dialog = None
        self._build_docks()
        self._build_menu()
        self._connect()
        window.installEventFilter(self)

    # -- construction -------------------------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _build_docks(self) -> None:
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.explain_dock = self._dock(tr("EXPLAINED STEP"), "explainDock", self.explain, bottom)
        self.health_dock = self._dock(tr("NEURON HEALTH"), "healthDock", self.health, bottom)
        self.replay_dock = self._dock(tr("REPLAY"), "replayDock", self.replay, bottom)
        self.explain_dock.setMinimumHeight(250)

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        menu = self.menu = QMenu(tr("T&each"), bar)
        menu.setObjectName("teachMenu")
        a = self.actions
        for action in (a.explain, a.gradcheck):
            menu.addAction(action)
        menu.addSeparator()
        for action in (a.health, a.replay):
            menu.addAction(action)
        menu.addSeparator()
        for action in (a.compare, a.activations):
            menu.addAction(action)
        view_menu = getattr(self.window, "view_menu", None)  # by object: its title is translated
        if view_menu is not None:
            bar.insertMenu(view_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        toolbar = self.toolbar = QToolBar(tr("Teach"))
        toolbar.setObjectName("teachToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (a.explain, a.replay):
            toolbar.addAction(action)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _connect(self) -> None:
        a, w = self.actions, self.window
        a.explain.triggered.connect(self.show_explain)
        a.gradcheck.triggered.connect(self.show_gradcheck)
        a.health.toggled.connect(self._toggle_health)
        a.replay.toggled.connect(self.replay_dock.setVisible)
        a.compare.triggered.connect(self.show_compare)
        a.activations.triggered.connect(self.show_activations)
        self.health_dock.visibilityChanged.connect(self._health_visibility)
        self.replay_dock.visibilityChanged.connect(self._replay_visibility)
        self.explain_dock.visibilityChanged.connect(self._explain_visibility)
        w.controller.snapshot_ready.connect(self._on_snapshot)
        w.controller.state_changed.connect(self.replay.on_state)

    # -- snapshots ----------------------------------------------------------------------------------------
    def _on_snapshot(self, snapshot) -> None:
        if snapshot.run_id != self.window.run_id:
            return
        self.replay.record(snapshot)
        self.health.record(snapshot)
        self.explain.on_snapshot(snapshot)

    # -- views --------------------------------------------------------------------------------------------
    def show_explain(self) -> None:
        """Open the explained step (training pauses)."""
        self.explain_dock.show()
        self.explain_dock.raise_()
        self.explain.begin()

    def _explain_visibility(self, visible: bool) -> None:
        if not visible and not self.explain_dock.isVisible():
            self.explain.end()

    def _toggle_health(self, on: bool) -> None:
        self.health_dock.setVisible(on)

    def _health_visibility(self, visible: bool) -> None:
        shown = self.health_dock.isVisible()
        self.actions.health.setChecked(shown)
        self.health.set_active(shown)

    def _replay_visibility(self, visible: bool) -> None:
        shown = self.replay_dock.isVisible()
        self.actions.replay.setChecked(shown)
        if not shown:
            self.replay.back_to_now()

    def show_gradcheck(self) -> None:
        """Open the gradient check for the selected link (or the first weight)."""
        from mlp_studio.ui.teaching.gradcheck_dialog import GradientCheckDialog

        if self.gradcheck_dialog is None:
            self.gradcheck_dialog = GradientCheckDialog(self.window)
        self.gradcheck_dialog.open_for(self.window.network_view.selection, self.explain.row)

    def show_compare(self) -> None:
        """Open the compare-runs dialog."""
        from mlp_studio.ui.teaching.compare_dialog import CompareDialog

        if self.compare_dialog is None:
            self.compare_dialog = CompareDialog(self.window)
        self.compare_dialog.prepare()
        bring_to_front(self.compare_dialog)

    def show_activations(self) -> None:
        """Open the activation explorer."""
        from mlp_studio.ui.teaching.activations_dialog import ActivationExplorer

        if self.activations_dialog is None:
            self.activations_dialog = ActivationExplorer(self.window)
        bring_to_front(self.activations_dialog)

    # -- closing ------------------------------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 3000) -> bool:
        """Stop any comparison thread (bounded wait); True when none is left running."""
        if self.compare_dialog is not None:
            return self.compare_dialog.shutdown(timeout_ms)
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False


def install_teaching(window: QMainWindow) -> TeachingViews:
    """Add the Teach menu, toolbar and docks to ``window`` (kept as ``window.teaching``)."""
    window.teaching = TeachingViews(window)
    return window.teaching
