"""The OUTPUT dock: what the network does (boundary or diagnostics) above how it learns (curves)."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from mlp_studio.i18n import tr
from mlp_studio.ui import theme
from mlp_studio.ui.boundary import BoundaryPlot
from mlp_studio.ui.curves import CurvesView
from mlp_studio.ui.diagnostics import ConfusionView, HistogramView, RegressionScatter

#: Shortest time between two redraws of the curves while training runs (~10 a second; the latest points follow
#: within this interval, and every snapshot outside play redraws at once). A curve moves a pixel or less between
#: 30-fps frames, and its update and repaint (two plots, up to 5,000 points each) are among a frame's costliest.
CURVES_INTERVAL_S = 0.1


def _legend_html(dataset) -> str:
    """A one-line colour key for the boundary plot."""
    dot = "<span style='color:{c}; font-size:14pt'>&#9679;</span>&nbsp;{t}"
    parts = []
    if dataset.task == "regression":
        parts = [dot.format(c=theme.ORANGE, t=tr("low")), dot.format(c=theme.BLUE, t=tr("high"))]
    else:
        names = dataset.class_names or ("0", "1")
        colors = theme.class_colors(len(names))
        parts = [dot.format(c=c, t=tr("class {name}").format(name=n)) for c, n in zip(colors, names)]
    parts.append("&#9675;&nbsp;" + tr("test"))
    if dataset.task != "regression":
        parts.append("&#10005;&nbsp;" + tr("misclassified"))
    return "&nbsp;&nbsp;&nbsp;".join(parts)


class SquareBox(QWidget):
    """Holds one plot and keeps it square, centred (an aspect-locked plot then shows its plane, not margins)."""

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setMinimumSize(child.minimumSize())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Give the child the largest centred square."""
        super().resizeEvent(event)
        side = min(self.width(), self.height())
        self.child.setGeometry((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def sizeHint(self):  # noqa: D102 (Qt API)
        return self.child.sizeHint()


class OutputPanel(QWidget):
    """Boundary heatmap, confusion matrix, histograms, predicted-vs-true and curves, shown per task."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boundary = BoundaryPlot()
        self.boundary.setMinimumSize(180, 180)
        self.legend = QLabel(" ")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confusion = ConfusionView()
        self.histograms = HistogramView()
        self.scatter = RegressionScatter()
        self.curves = CurvesView()
        self.mode = "plane"
        self._dataset = None
        self._curves_drawn = 0.0
        self._curves_timer = QTimer(self)
        self._curves_timer.setSingleShot(True)
        self._curves_timer.timeout.connect(self._refresh_curves)
        plane = QWidget()
        plane_layout = QVBoxLayout(plane)
        plane_layout.setContentsMargins(0, 0, 0, 0)
        self.boundary_box = SquareBox(self.boundary)
        plane_layout.addWidget(self.boundary_box, 1)
        plane_layout.addWidget(self.legend)
        self.plane_box = plane
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (plane, self.confusion, self.scatter, self.histograms, self.curves):
            self.splitter.addWidget(widget)
            self.splitter.setCollapsible(self.splitter.indexOf(widget), False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        for widget in (self.confusion, self.scatter, self.histograms):
            widget.hide()  # shown by set_dataset for the tasks that need them

    def set_dataset(self, dataset, layer_names) -> None:
        """Choose the views for ``dataset``'s task and shape; clears every picture and the history."""
        self._dataset = dataset
        planar = bool(dataset.is_planar)
        regression = dataset.task == "regression"
        self.mode = ("plane" if planar else "classes") if not regression else \
            ("regression-plane" if planar else "regression")
        self.plane_box.setVisible(planar)
        self.confusion.setVisible(not planar and not regression)
        self.scatter.setVisible(regression)
        self.histograms.setVisible(not planar)
        if planar:
            self.boundary.set_dataset(dataset)
            self.legend.setText(_legend_html(dataset))
        if not planar and not regression:
            split = "test" if len(dataset.X_test) else "train"
            self.confusion.set_classes(dataset.class_names, split)
        if regression:
            y = np.asarray(dataset.Y_train, dtype=np.float64).ravel()
            self.scatter.set_range(float(y.min()), float(y.max()))
        if not planar:
            self.histograms.set_layers(layer_names)
        self.curves.clear("r2" if regression else "accuracy")
        self._balance()

    def _balance(self) -> None:
        weights = [5, 4, 4, 3, 5]
        shown = [w if self.splitter.widget(i).isVisibleTo(self) else 0 for i, w in enumerate(weights)]
        total = max(self.splitter.height(), 1)
        if shown[0] and self.width() > 100:  # the plane as a square as wide as the dock, the rest below
            plane = self.width() + self.plane_box.sizeHint().height() - self.boundary_box.sizeHint().height()
            plane = min(plane, int(total * (0.62 if sum(shown[1:]) == shown[4] else 0.5)))
            rest = sum(shown[1:])
            shown = [plane] + [int((total - plane) * w / rest) for w in shown[1:]]
            self.splitter.setSizes(shown)
            return
        self.splitter.setSizes([w * 100 for w in shown])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Keep the boundary plot square and as large as the column allows."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() or event.oldSize().height() != event.size().height():
            self._balance()

    def update_snapshot(self, snapshot, live: bool = False) -> None:
        """Route one snapshot to the views of the current mode.

        ``live`` (training runs): the curves are redrawn at most every ``CURVES_INTERVAL_S``.
        """
        if self._dataset is None:
            return
        if self.plane_box.isVisibleTo(self):
            self.boundary.update_snapshot(snapshot)
        if self.confusion.isVisibleTo(self) and snapshot.confusion is not None:
            self.confusion.update_confusion(snapshot.confusion)
        if self.scatter.isVisibleTo(self) and snapshot.predictions is not None:
            self.scatter.update_predictions(snapshot.predictions)
        if self.histograms.isVisibleTo(self) and snapshot.activation_histograms is not None:
            self.histograms.update_histograms(snapshot.activation_histograms)
        self.curves.add_snapshot(snapshot)
        wait = CURVES_INTERVAL_S - (time.monotonic() - self._curves_drawn)
        if not live or wait <= 0:
            self._refresh_curves()
        elif not self._curves_timer.isActive():
            self._curves_timer.start(int(wait * 1000) + 1)  # the latest points are drawn within the interval

    def _refresh_curves(self) -> None:
        self._curves_timer.stop()
        self._curves_drawn = time.monotonic()
        self.curves.refresh()
