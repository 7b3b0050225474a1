"""Loss curves (train and test) and the accuracy / R² curve, with a hover read-out."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget

from mlp_studio.i18n import tr
from mlp_studio.ui import theme
from mlp_studio.ui.history import History

_LOG_FLOOR = 1e-12


def cache_axes(plot: pg.PlotItem) -> None:
    """Keep ``plot``'s axes (tick labels and the background grid) in a pixmap between their own changes.

    With the grid on, an axis' bounding rect covers the whole plot area, so every curve or image update used
    to replay the axis' tick text (~0.7-1 ms per axis and paint offscreen). Cached, a repaint blits the pixmap;
    the cache is redrawn when the axis changes (range, ticks, size: pyqtgraph calls ``update()`` then).
    """
    for name in ("left", "bottom"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class CurvesView(QWidget):
    """Two stacked plots sharing the epoch axis: loss (train, test) and the quality metric.

    Items are created once; :meth:`refresh` only calls ``setData`` on decimated history.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = History()
        self.metric_name = "accuracy"
        self._log = False
        self._x_max = None
        self._y_max = None
        self.title_size = "10pt"
        self.pen_width = 1.0
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setMinimumHeight(160)
        self.loss_plot = self.canvas.addPlot(row=0, col=0)
        self.metric_plot = self.canvas.addPlot(row=1, col=0)
        self.canvas.ci.layout.setRowStretchFactor(0, 3)
        self.canvas.ci.layout.setRowStretchFactor(1, 2)
        theme.style_plot(self.loss_plot)
        cache_axes(self.loss_plot)
        self.loss_plot.setTitle(_title(tr("Loss")), size="10pt")
        theme.style_plot(self.metric_plot)
        cache_axes(self.metric_plot)
        self.metric_plot.setTitle(_title(tr("Accuracy")), size="10pt")
        self.metric_plot.setXLink(self.loss_plot)
        self.loss_plot.disableAutoRange()
        self.metric_plot.setYRange(0.0, 1.0, padding=0.02)
        self.metric_plot.enableAutoRange(y=False)
        self.train_curve = self.loss_plot.plot(pen=theme.pen(theme.TRAIN_CURVE))
        self.test_curve = self.loss_plot.plot(pen=theme.pen(theme.TEST_CURVE))
        self.train_metric_curve = self.metric_plot.plot(pen=theme.pen(theme.TRAIN_CURVE))
        self.test_metric_curve = self.metric_plot.plot(pen=theme.pen(theme.TEST_CURVE))
        for curve in self._curves():
            curve.setClipToView(True)
        self._cursors = [pg.InfiniteLine(angle=90, movable=False, pen=theme.pen(theme.MUTED, 1, Qt.PenStyle.DashLine))
                         for _ in range(2)]
        for plot, line in zip((self.loss_plot, self.metric_plot), self._cursors):
            plot.addItem(line, ignoreBounds=True)
            line.hide()
        self.readout = QLabel(" ")
        self.readout.setFont(theme.mono_font(10))
        self.readout.setToolTip(tr("Hover over the curves to read the values at an epoch"))
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.readout)
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.empty_hint = pg.TextItem(tr("Press Space to train"), color=theme.MUTED, anchor=(0.5, 0.5))
        self.loss_plot.addItem(self.empty_hint, ignoreBounds=True)
        self.empty_hint.setPos(0.5, 0.5)

    def _curves(self) -> tuple[pg.PlotDataItem, ...]:
        return self.train_curve, self.test_curve, self.train_metric_curve, self.test_metric_curve

    def clear(self, metric_name: str = "accuracy") -> None:
        """Forget the history (new run) and label the metric plot for ``metric_name``."""
        self.history.clear()
        self.metric_name = metric_name
        title = tr("Accuracy") if metric_name == "accuracy" else tr("R² (coefficient of determination)")
        self.metric_plot.setTitle(_title(title), size=self.title_size)
        low = 0.0 if metric_name == "accuracy" else -1.0
        self.metric_plot.setYRange(low, 1.0, padding=0.02)
        for curve in self._curves():
            curve.setData([], [])
        self._x_max = self._y_max = None
        for line in self._cursors:
            line.hide()
        self.readout.setText(" ")
        self.empty_hint.show()

    def set_presentation(self, scale: float, pen_width: float) -> None:
        """Scale the titles by ``scale`` and draw the curves ``pen_width`` px wide (presentation mode).

        Thick pens are expensive while training (``stack.md``): 2 px at most, and only for projectors.
        """
        self.title_size = f"{10 * scale:.1f}pt"
        self.pen_width = float(pen_width)
        for plot, name in ((self.loss_plot, tr("Loss")), (self.metric_plot, None)):
            name = name or (tr("Accuracy") if self.metric_name == "accuracy"
                            else tr("R² (coefficient of determination)"))
            plot.setTitle(_title(name), size=self.title_size)
        colors = (theme.TRAIN_CURVE, theme.TEST_CURVE, theme.TRAIN_CURVE, theme.TEST_CURVE)
        for curve, color in zip(self._curves(), colors):
            curve.setPen(theme.pen(color, self.pen_width))

    def set_smooth(self, on: bool) -> None:
        """Antialias the curves (off while a presentation-mode run trains: 2-px antialiased pens cost ~4x)."""
        for curve in self._curves():
            curve.opts["antialias"] = bool(on)
            curve.curve.opts["antialias"] = bool(on)
            curve.update()

    def add_snapshot(self, snapshot) -> None:
        """Take the curve from ``snapshot.history`` when the worker keeps one, else append its evaluation."""
        if getattr(snapshot, "history", None) is not None and len(snapshot.history):
            self.history.adopt(snapshot.history)
        else:
            self.add_point(snapshot.epoch, snapshot.evaluation)

    def add_point(self, epoch: float, evaluation) -> None:
        """Append one evaluation (``train_loss``, ``test_loss``, ``train_metric``, ``test_metric``)."""
        self.history.append(epoch, evaluation.train_loss, evaluation.test_loss,
                            evaluation.train_metric, evaluation.test_metric)

    def refresh(self) -> None:
        """Push the (decimated) history to the curves."""
        if not len(self.history):
            return
        self.empty_hint.hide()
        index = self.history.plot_index()
        x = self.history.column("epoch")[index]
        for curve, name in zip(self._curves(), ("train_loss", "test_loss", "train_metric", "test_metric")):
            y = self.history.column(name)[index]
            if name.endswith("loss") and self._log:
                y = np.maximum(y, _LOG_FLOOR)
            elif name.endswith("metric") and self.metric_name != "accuracy":
                y = np.maximum(y, -1.0)
            curve.setData(x, y, connect="finite")
        self._update_ranges(x)

    def _update_ranges(self, epochs: np.ndarray) -> None:
        """Grow the axes in nice steps instead of auto-ranging every frame (axis redraws are costly)."""
        x_max = nice_ceiling(float(epochs[-1]) if len(epochs) else 1.0)
        if x_max != self._x_max:
            self._x_max = x_max
            self.loss_plot.setXRange(0.0, x_max, padding=0.02)
        if self._log:
            return
        losses = np.concatenate([self.history.column("train_loss"), self.history.column("test_loss")])
        finite = losses[np.isfinite(losses)]
        peak = nice_ceiling(float(finite.max()) * 1.05) if finite.size else 1.0
        if peak != self._y_max:
            self._y_max = peak
            self.loss_plot.setYRange(0.0, peak, padding=0.0)

    def set_log_scale(self, on: bool) -> None:
        """Switch the loss axis between linear and logarithmic."""
        self._log = bool(on)
        self.loss_plot.setLogMode(x=False, y=self._log)
        self.loss_plot.enableAutoRange(axis="y", enable=self._log)
        self._y_max = None
        self.refresh()

    @property
    def log_scale(self) -> bool:
        """Whether the loss axis is logarithmic."""
        return self._log

    def _on_mouse_moved(self, scene_pos) -> None:
        plot = next((p for p in (self.loss_plot, self.metric_plot)
                     if p.sceneBoundingRect().contains(scene_pos)), None)
        if plot is None or not len(self.history):
            return
        epoch = plot.vb.mapSceneToView(scene_pos).x()
        index = self.history.nearest(epoch)
        self.show_readout(index)

    def hide_cursor(self) -> None:
        """Hide the epoch cursor (a replay returned to the live run)."""
        for line in self._cursors:
            line.hide()

    @property
    def cursor_epoch(self) -> float | None:
        """Where the epoch cursor stands, or None when it is hidden."""
        line = self._cursors[0]
        return float(line.value()) if line.isVisible() else None

    def show_readout(self, index: int | None) -> None:
        """Show the values of history row ``index`` in the read-out line and place the cursors there."""
        if index is None:
            return
        row = self.history.row(index)
        for line in self._cursors:
            line.setValue(row["epoch"])
            line.show()
        metric = tr("acc") if self.metric_name == "accuracy" else "R²"
        self.readout.setText(
            tr("epoch {epoch}   loss train {train_loss} test {test_loss}   {metric} train {train} test {test}").format(
                epoch=f"{row['epoch']:8.2f}", train_loss=_fmt(row["train_loss"]), test_loss=_fmt(row["test_loss"]),
                metric=metric, train=_fmt(row["train_metric"]), test=_fmt(row["test_metric"])))


def nice_ceiling(value: float) -> float:
    """The next of 1, 1.5, 2, 3, 5, 7.5 × 10^k at or above ``value`` (axes grow in calm steps)."""
    if not np.isfinite(value) or value <= 0:
        return 1.0
    base = 10.0 ** np.floor(np.log10(value))
    for step in (1.0, 1.5, 2.0, 3.0, 5.0, 7.5, 10.0):
        if value <= step * base * (1 + 1e-9):
            return float(step * base)
    return float(10.0 * base)


def _title(name: str) -> str:
    """A plot title that doubles as the legend: the name, then the train and test line colours."""
    return (f"<span style='color:{theme.INK}'>{name}</span>&nbsp;&nbsp;&nbsp;"
            f"<span style='color:{theme.TRAIN_CURVE}'>━ {tr('train')}</span>&nbsp;&nbsp;"
            f"<span style='color:{theme.TEST_CURVE}'>━ {tr('test')}</span>")


def _fmt(value: float) -> str:
    """Format a value in a fixed width; NaN (no test split) reads as a dash."""
    return "   –   " if not np.isfinite(value) else f"{value:7.4f}"
