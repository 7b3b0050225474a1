"""The main window's widgets and docks: DATA and HYPER-PARAMETERS (tabbed with the INSPECTOR) left, PALETTE
above the NETWORK canvas, OUTPUT right, status readouts below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from mlp_studio.i18n import tr, tr_noop
from mlp_studio.ui import theme
from mlp_studio.ui.data_panel import DataPanel, error_label
from mlp_studio.ui.hyper_panel import HyperParameterPanel
from mlp_studio.ui.inspector import Inspector
from mlp_studio.ui.network_view import NetworkView
from mlp_studio.ui.output_panel import OutputPanel
from mlp_studio.ui.palette import LayerPalette, PaletteStrip
from mlp_studio.ui.status import STATE_TEXT, Banner, EpochCounter, StatusReadout

NETWORK_KEY = tr_noop("<span style='color:{blue}'>━━</span> positive &nbsp;"
                      "<span style='color:{orange}'>━━</span> "
                      "negative weight &nbsp;·&nbsp; thicker = larger &nbsp;·&nbsp; {nodes} &nbsp;·&nbsp; click a "
                      "neuron or link to inspect it")
NODES_PLANAR = tr_noop("point at a neuron to enlarge its map")
NODES_OTHER = tr_noop("neuron colour = its bias")


def network_key_text(planar: bool) -> str:
    """The legend under the canvas, in the UI language (the neuron hint depends on the data set)."""
    nodes = tr(NODES_PLANAR) if planar else tr(NODES_OTHER)
    return tr(NETWORK_KEY).format(blue=theme.BLUE, orange=theme.ORANGE, nodes=nodes)


def default_dock_widths(window_width: int, left_minimum: int = 240) -> tuple[int, int]:
    """First-run widths of the left (DATA, HYPER-PARAMETERS) and right (OUTPUT) docks for a window this wide.

    272 and 470 px at 1440 px and more; narrower windows (a 1024-px projector) shrink both towards their minimums
    (``left_minimum``: what the left panels need without a horizontal scroll bar) so the network canvas keeps
    ~40 % of the width instead of a third of it.
    """
    left = int(min(max(272, left_minimum), max(left_minimum, 0.19 * window_width)))
    right = int(min(470, max(340, 0.33 * window_width)))
    return left, right


def build_layout(window: QMainWindow) -> None:
    """Create the window's panels, canvas, docks and status bar widgets as attributes of ``window``."""
    window.data_panel = DataPanel()
    window.hyper_panel = HyperParameterPanel()
    window.palette = LayerPalette()
    window.network_view = NetworkView()
    window.inspector = Inspector()
    window.output_panel = OutputPanel()
    window.banner = Banner(tr("Reset"))
    window.structure_error = error_label()
    central = QWidget()
    column = QVBoxLayout(central)
    column.setContentsMargins(6, 6, 6, 0)
    strip = window.palette_strip = PaletteStrip(window.palette)  # compact tiles rather than a wider window
    for widget in (window.banner, strip, window.structure_error):
        column.addWidget(widget)
    column.addWidget(window.network_view, 1)
    window.network_key = QLabel(network_key_text(True))
    window.network_key.setTextFormat(Qt.TextFormat.RichText)
    window.network_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.network_key.setWordWrap(True)
    column.addWidget(window.network_key)
    window.setCentralWidget(central)
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    window.data_dock = add_dock(window, tr("DATA"), "dataDock", window.data_panel, left)
    window.hyper_dock = add_dock(window, tr("HYPER-PARAMETERS"), "hyperDock", window.hyper_panel, left)
    # The INSPECTOR shares a tab with the HYPER-PARAMETERS (a canvas selection brings it forward), so the OUTPUT
    # dock keeps the whole right-hand column for a large boundary plot above the curves.
    window.inspector_dock = add_dock(window, tr("INSPECTOR"), "inspectorDock", window.inspector, left)
    window.tabifyDockWidget(window.hyper_dock, window.inspector_dock)
    window.hyper_dock.raise_()
    window.output_dock = add_dock(window, tr("OUTPUT"), "outputDock", window.output_panel, right, scroll=False)
    window.data_dock.setMinimumWidth(240)
    window.hyper_dock.setMinimumWidth(240)
    window.output_dock.setMinimumWidth(340)
    window.epoch_counter = EpochCounter()
    window.readout = StatusReadout()
    window.state_label = QLabel(tr(STATE_TEXT["idle"]))
    window.state_label.setMinimumWidth(200)
    window.statusBar().addWidget(window.state_label)
    window.statusBar().addPermanentWidget(window.readout)


def add_dock(window: QMainWindow, title: str, name: str, widget: QWidget, area, scroll: bool = True) -> QDockWidget:
    """Put ``widget`` (in a frameless scroll area unless ``scroll`` is False) into a new dock."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    if scroll:
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setWidget(widget)
        widget = holder
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock
