"""The NEURON HEALTH dock: what every layer's z and a look like over the data, and how gradients flow.

Left, one column per dense layer: the histogram of the pre-activations z (top) and of the activations a
(bottom) over the training set, with fixed ranges (:mod:`mlp_studio.teaching.health`). Right, the per-layer
gradient norm ‖∂L/∂W‖ over training steps on a log axis: lines that fan out by orders of magnitude are vanishing
(first layers far below the last) or exploding gradients. On the canvas, neurons that saturate (sigmoid, tanh)
or never fire (dead ReLU) get a dashed vermillion ring and a short tag.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mlp_studio.i18n import tr
from mlp_studio.teaching.formatting import number
from mlp_studio.teaching.health import GradientNormHistory, layer_statistics
from mlp_studio.ui import theme
from mlp_studio.ui.teaching.live import live_twin
from mlp_studio.ui.teaching.overlay import WARNING

GROUP = "health"
#: Rows of the training set the histograms use (all of them up to this many; evenly spaced beyond).
HEALTH_ROWS = 20_000
#: Shortest time between two recomputations while training runs (a forward pass over the data each).
REFRESH_SECONDS = 0.25
#: first-layer / last-layer gradient norm below this reads as vanishing, above its inverse as exploding.
VANISHING = 1e-2


def layer_name(layer: int, n_layers: int) -> str:
    """``Hidden 1`` … or ``Output`` for weight layer ``layer``."""
    return tr("Output") if layer == n_layers - 1 else tr("Hidden {n}").format(n=layer + 1)


class HealthPanel(QWidget):
    """Histograms per layer, gradient norms over time and canvas warnings.

    Attributes
    ----------
    stats : tuple of LayerStatistics
        The latest statistics (one per dense layer).
    norms : GradientNormHistory
        Per-layer gradient norms of every accepted snapshot of the run (bounded).
    """

    def __init__(self, window, overlay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window, self.overlay = window, overlay
        self.stats = ()
        self.norms = GradientNormHistory(capacity=512)
        self.active = False
        self._run = None
        self._last_refresh = 0.0
        self._layers = None
        self.z_curves: list = []
        self.a_curves: list = []
        self.norm_curves: list = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.histograms = pg.GraphicsLayoutWidget()
        self.histograms.setMinimumHeight(190)
        self.gradients = pg.PlotWidget()
        self.gradients.setMinimumWidth(320)
        self._style_gradients()
        side = QVBoxLayout()
        side.addWidget(self.gradients, 1)
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        side.addWidget(self.key)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        side.addWidget(self.summary)
        layout.addWidget(self.histograms, 3)
        layout.addLayout(side, 2)

    def _style_gradients(self) -> None:
        plot = self.gradients.getPlotItem()
        theme.style_plot(plot, tr("Gradient norm ‖∂L/∂W‖ per layer"))
        plot.setLogMode(x=False, y=True)
        plot.setLabel("bottom", tr("training step"))
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.gradients.setMouseEnabled(False, False)

    # -- structure ----------------------------------------------------------------------------------------
    def _build_plots(self, activations: list[str]) -> None:
        self.histograms.clear()
        self.z_curves, self.a_curves = [], []
        n = len(activations)
        for layer, name in enumerate(activations):
            for row, (symbol, store) in enumerate((("z", self.z_curves), ("a", self.a_curves))):
                plot = self.histograms.addPlot(row=row, col=layer)
                theme.style_plot(plot)
                plot.setTitle(f"{layer_name(layer, n)} · {symbol}", size="9pt", color=theme.INK)
                plot.setMouseEnabled(False, False)
                plot.hideAxis("left")
                plot.setMinimumWidth(40)
                plot.getAxis("bottom").setStyle(maxTickLevel=0)
                plot.setToolTip(tr("{symbol} of every neuron of this layer ({act}) over the training samples")
                                .format(symbol=symbol, act=name))
                color = theme.BLUE if symbol == "a" else theme.MUTED
                fill = pg.mkColor(color)
                fill.setAlpha(90)
                store.append(plot.plot(stepMode="center", fillLevel=0, brush=fill, pen=theme.pen(color)))
        plot = self.gradients.getPlotItem()
        for curve in self.norm_curves:
            plot.removeItem(curve)
        colors = [_layer_color(layer, n) for layer in range(n)]
        self.norm_curves = [plot.plot(pen=theme.pen(color, 2)) for color in colors]
        self.key.setText(" &nbsp; ".join(f"<span style='color:{c}'>━━</span>&nbsp;{layer_name(layer, n)}"
                                         for layer, c in enumerate(colors)))
        grid = self.histograms.ci.layout
        for layer in range(n):   # equal columns, however many layers (no column squeezed away)
            grid.setColumnStretchFactor(layer, 1)
            grid.setColumnMinimumWidth(layer, 40)
        self._layers = list(activations)

    # -- data ---------------------------------------------------------------------------------------------
    def record(self, snapshot) -> None:
        """Remember the snapshot's gradient norms; redraw when the panel is shown (throttled while running)."""
        norms = snapshot.gradient_norms
        if self._run != snapshot.run_id or (len(self.norms) and self.norms.view().norms.shape[1] != len(norms)):
            self.norms.clear()
            self._run = snapshot.run_id
        if norms:
            self.norms.append(snapshot.step, norms)
        running = self.window.controller.state == "running"
        if self.active and (not running or time.monotonic() - self._last_refresh >= REFRESH_SECONDS):
            self.refresh(snapshot)

    def set_active(self, on: bool) -> None:
        """Show (compute, draw, ring the neurons) or hide (clear the canvas rings)."""
        self.active = bool(on)
        if self.active:
            self.refresh()
        else:
            self.overlay.clear(GROUP)

    def refresh(self, snapshot=None) -> None:
        """Recompute the statistics on a twin of ``snapshot``'s network (default the latest) and redraw."""
        self._last_refresh = time.monotonic()
        network = live_twin(self.window, snapshot)
        if network is None:
            return
        if self._layers != list(network.activations):
            self._build_plots(list(network.activations))
        X = self.window.dataset.X_train
        self.stats = layer_statistics(network, X, limit=HEALTH_ROWS if len(X) > HEALTH_ROWS else None)
        for stat, z_curve, a_curve in zip(self.stats, self.z_curves, self.a_curves):
            z_curve.setData(stat.z_edges, stat.z_counts)
            a_curve.setData(stat.a_edges, stat.a_counts)
        self._draw_norms()
        self._draw_markers()

    def _draw_norms(self) -> None:
        view = self.norms.view()
        if not len(view):
            return
        norms = np.maximum(view.norms, 1e-30)   # a zero norm has no logarithm
        for layer, curve in enumerate(self.norm_curves):
            if layer < norms.shape[1]:
                curve.setData(view.steps.astype(np.float64), norms[:, layer])
        self.summary.setText(self._verdict(float(view.ratio()[-1])))

    @staticmethod
    def _verdict(ratio: float) -> str:
        if not np.isfinite(ratio):
            return tr("No gradient reaches the last layer yet.")
        share = tr("The first layer's gradient is {r} × the last layer's").format(r=number(ratio, 2))
        if ratio < VANISHING:
            return share + tr(": vanishing gradients — the first layers hardly learn.")
        if ratio > 1.0 / VANISHING:
            return share + tr(": exploding gradients — try a smaller learning rate.")
        return share + tr(": gradients flow through every layer.")

    def _draw_markers(self) -> None:
        """Dashed rings and tags on saturated or dead hidden neurons (the output layer is left alone)."""
        self.overlay.clear(GROUP)
        for stat in self.stats[:-1]:
            column = stat.layer + 1
            flagged = stat.dead if stat.dead is not None else stat.saturated
            if flagged is None:
                continue
            for j in np.flatnonzero(flagged):
                if not self.overlay.ring(GROUP, column, int(j), color=WARNING, width=2.0, dashed=True, margin=7):
                    continue
                text = tr("dead") if stat.dead is not None else tr("saturated {p}%").format(
                    p=int(round(100 * stat.saturation[j])))
                self.overlay.tag_neuron(GROUP, column, int(j), text, side="right", color=WARNING)


def _layer_color(layer: int, n: int) -> str:
    """Layers from light (first) to dark (last) along the blue scale, so order reads without the legend."""
    t = 0.35 + 0.65 * (layer / max(1, n - 1))
    blue, light = theme.rgb(theme.BLUE), np.array([200.0, 220.0, 235.0])
    mixed = light * (1 - t) + blue * t * 0.85
    return "#" + "".join(f"{int(c):02x}" for c in mixed)
