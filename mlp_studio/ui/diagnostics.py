"""Views for data that has no plane to draw: confusion matrix, activation histograms, predicted-vs-true."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from mlp_studio.i18n import tr
from mlp_studio.ui import theme
from mlp_studio.ui.curves import cache_axes, nice_ceiling

_SEQUENTIAL = pg.ColorMap(np.array([0.0, 1.0]), [QColor("#FFFFFF"), QColor(theme.BLUE)])
_SEQUENTIAL_LUT = _SEQUENTIAL.getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)


class ConfusionView(pg.PlotWidget):
    """A k×k confusion matrix: rows are true classes, columns predicted; colour = share of the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = self.getPlotItem()
        theme.style_plot(self.plot, tr("Confusion matrix (test split)"))
        cache_axes(self.plot)
        self.plot.showGrid(x=False, y=False)
        self.plot.setLabel("left", tr("true class"))
        self.plot.setLabel("bottom", tr("predicted class"))
        self.plot.invertY(True)
        self.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self._texts: list[pg.TextItem] = []
        self._light: np.ndarray | None = None
        self.counts: np.ndarray | None = None

    def set_classes(self, class_names, split: str = "test") -> None:
        """Prepare axes and one count label per cell for ``class_names``."""
        for text in self._texts:
            self.plot.removeItem(text)
        k = len(class_names)
        ticks = [[(i + 0.5, str(name)) for i, name in enumerate(class_names)]]
        short = [[(i + 0.5, _shorten(str(name), max(3, 60 // max(k, 1)))) for i, name in enumerate(class_names)]]
        self.plot.getAxis("bottom").setTicks(short)
        self.plot.getAxis("left").setTicks(ticks)
        title = tr("Confusion matrix (test split)") if split == "test" else tr("Confusion matrix (training split)")
        self.plot.setTitle(title, color=theme.INK, size="10pt")
        font = QFont()
        font.setPointSizeF(11 if k <= 4 else 8)
        self._texts = []
        for r in range(k):
            for c in range(k):
                text = pg.TextItem("", color=theme.INK, anchor=(0.5, 0.5))
                text.setFont(font)
                text.setPos(c + 0.5, r + 0.5)
                self.plot.addItem(text)
                self._texts.append(text)
        self.image.setImage(np.zeros((k, k), dtype=np.float32), levels=(0, 1), lut=_SEQUENTIAL_LUT)
        self.image.setRect(QRectF(0, 0, k, k))
        self.plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.02)
        self.counts = None
        self._light = None

    def update_confusion(self, counts: np.ndarray) -> None:
        """Show ``counts`` (k×k ints)."""
        counts = np.asarray(counts)
        k = counts.shape[0]
        if len(self._texts) != k * k:
            return
        previous = self.counts
        if previous is not None and previous.shape == counts.shape and np.array_equal(previous, counts):
            return  # nothing to redraw (e.g. a snapshot whose evaluation did not change)
        self.counts = counts
        totals = np.maximum(counts.sum(axis=1, keepdims=True), 1)
        share = counts / totals
        self.image.setImage(share.astype(np.float32), levels=(0, 1), lut=_SEQUENTIAL_LUT, autoLevels=False)
        light = (share > 0.6).ravel()
        flat = counts.ravel()
        # Only the cells whose count or text colour changed: each TextItem call re-lays out its text.
        changed = np.ones(k * k, dtype=bool) if self._light is None or previous is None or \
            previous.shape != counts.shape else (previous.ravel() != flat) | (self._light != light)
        self._light = light
        for index in np.flatnonzero(changed):
            text = self._texts[index]
            text.setText(str(int(flat[index])))
            text.setColor("#FFFFFF" if light[index] else theme.INK)


def _shorten(name: str, limit: int) -> str:
    """``name`` cut to ``limit`` characters with an ellipsis (for crowded axes)."""
    return name if len(name) <= limit else name[: max(limit - 1, 1)] + "…"


class HistogramView(pg.PlotWidget):
    """Per-layer histograms of the activations on the data (one outlined step curve per layer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = self.getPlotItem()
        theme.style_plot(self.plot, tr("Activations per layer"))
        cache_axes(self.plot)
        self.legend = self.plot.addLegend(offset=(-8, 8), labelTextColor=theme.INK)
        self.plot.setLabel("bottom", tr("activation"))
        self.plot.setLabel("left", tr("share of values"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.setMouseEnabled(False, False)
        # Nice fixed bounds (_fit_ranges) instead of auto-ranging, which redrew both axes on every snapshot.
        self.plot.disableAutoRange()
        self._ranges: tuple | None = None
        self.curves: list[pg.PlotDataItem] = []

    def set_layers(self, names) -> None:
        """Create one curve per layer name (hidden layers, then the output)."""
        for curve in self.curves:
            self.plot.removeItem(curve)
        self.legend.clear()
        self.curves = []
        for i, name in enumerate(names):
            color = QColor(theme.OKABE_ITO[(i + 4) % len(theme.OKABE_ITO)])
            fill = QColor(color)
            fill.setAlpha(50)
            curve = self.plot.plot(stepMode="center", fillLevel=0, brush=fill, pen=theme.pen(color.name()),
                                   name=name)
            self.curves.append(curve)
        self._ranges = None

    def update_histograms(self, histograms) -> None:
        """Feed ``(counts, edges)`` pairs, normalised to shares so layers compare."""
        lo, hi, peak = np.inf, -np.inf, 0.0
        for curve, (counts, edges) in zip(self.curves, histograms):
            counts = np.asarray(counts, dtype=np.float64)
            edges = np.asarray(edges, dtype=np.float64)
            total = counts.sum()
            shares = counts / total if total else counts
            curve.setData(edges, shares)
            if edges.size and np.isfinite(edges[[0, -1]]).all():
                lo, hi = min(lo, float(edges[0])), max(hi, float(edges[-1]))
            if shares.size:
                peak = max(peak, float(np.nanmax(shares)))
        if np.isfinite(lo) and np.isfinite(hi):
            self._fit_ranges(lo, hi, peak)

    def _fit_ranges(self, lo: float, hi: float, peak: float) -> None:
        """Set the axes to nice bounds around the data; only a change of those bounds redraws the axes."""
        x_lo = 0.0 if lo >= 0 else -nice_ceiling(-lo)
        x_hi = nice_ceiling(hi) if hi > 0 else 0.0
        if x_hi <= x_lo:
            x_hi = x_lo + 1.0
        ranges = (x_lo, x_hi, nice_ceiling(peak * 1.05) if peak > 0 else 1.0)
        if ranges != self._ranges:
            self._ranges = ranges
            self.plot.setRange(xRange=ranges[:2], yRange=(0.0, ranges[2]), padding=0.02)


class RegressionScatter(pg.PlotWidget):
    """Predicted against true values, with the ideal diagonal; axes fixed to the targets' range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = self.getPlotItem()
        theme.style_plot(self.plot, tr("Predicted vs true"))
        cache_axes(self.plot)
        self.plot.setLabel("bottom", tr("true value"))
        self.plot.setLabel("left", tr("predicted"))
        self.setMouseEnabled(False, False)
        self.diagonal = self.plot.plot(pen=theme.pen(theme.MUTED, 1, pg.QtCore.Qt.PenStyle.DashLine))
        self.points = pg.ScatterPlotItem(size=5, pen=pg.mkPen(theme.INK, width=0.5),
                                         brush=pg.mkBrush(theme.BLUE))
        self.plot.addItem(self.points)
        self.count = 0

    def set_range(self, low: float, high: float) -> None:
        """Fix both axes to the targets' range (plus a margin)."""
        margin = 0.1 * (high - low if high > low else 1.0)
        lo, hi = low - margin, high + margin
        self.diagonal.setData([lo, hi], [lo, hi])
        self.plot.setRange(xRange=(lo, hi), yRange=(lo, hi), padding=0)
        self.points.setData([], [])
        self.count = 0

    def update_predictions(self, predictions) -> None:
        """Feed ``(m, 2)`` rows of (predicted, true)."""
        predictions = np.asarray(predictions)
        self.points.setData(x=predictions[:, 1], y=predictions[:, 0])
        self.count = len(predictions)
