"""The decision-boundary (or regression output) heatmap over the input plane, with the data points."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtWidgets import QWidget

from mlp_studio.ui import theme

_DARK_OUTLINE = pg.mkPen(theme.INK, width=0.6)


class BoundaryPlot(pg.PlotWidget):
    """Heatmap of ``Snapshot.output_grid`` with train points (filled) and test points (hollow).

    Levels are fixed: 0…1 for probabilities, the training targets' range for regression. Points the current
    network gets wrong (judged on the output grid cell under them) carry a black cross. Clicking a point picks
    it (a dark ring) and emits :attr:`point_picked` with its plane coordinates, for the inspector's numbers.
    """

    point_picked = Signal(object)  # numpy (2,) plane point, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = self.getPlotItem()
        theme.style_plot(self.plot)
        self.plot.showGrid(x=False, y=False)
        self.setAspectLocked(True)
        self.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(pxMode=True)
        self.test_points = pg.ScatterPlotItem(pxMode=True)
        self.wrong = pg.ScatterPlotItem(pxMode=True, symbol="x", size=7, pen=None,
                                        brush=pg.mkBrush(theme.INK))
        self.picked = pg.ScatterPlotItem(pxMode=True, symbol="o", size=17, brush=None,
                                         pen=pg.mkPen(theme.INK, width=2.5))
        for item in (self.train_points, self.test_points, self.wrong, self.picked):
            self.plot.addItem(item)
        self.train_points.sigClicked.connect(self._on_points_clicked)
        self.test_points.sigClicked.connect(self._on_points_clicked)
        self.task = "binary"
        self.n_classes = 2
        self.levels = (0.0, 1.0)
        self.discretize = False
        self._dataset = None
        self._cells = None
        self._last = None
        self._rect = None
        self.point_scale = 1.0  # presentation mode: bigger points (ui/presentation.py)

    # -- data ---------------------------------------------------------------------------------------------
    def set_dataset(self, dataset) -> None:
        """Show a planar data set's points and frame its plane; clears the heatmap."""
        self._dataset = dataset
        self.task = dataset.task
        self.n_classes = max(len(dataset.class_names or ()), 2)
        self._cells = None
        self._last = None
        self.image.clear()
        self._rect = None
        self.wrong.setData([], [])
        self.picked.setData([], [])
        x0, x1, y0, y1 = dataset.plane_extent
        self._rect = QRectF(x0, y0, x1 - x0, y1 - y0)  # applied with the first image (pyqtgraph needs one)
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        if self.task == "regression":
            y = np.asarray(dataset.Y_train, dtype=np.float64).ravel()
            lo, hi = (float(y.min()), float(y.max())) if y.size else (0.0, 1.0)
            self.levels = (lo, hi if hi > lo else lo + 1.0)
        else:
            self.levels = (0.0, 1.0)
        self._set_points(self.train_points, dataset.points_train, self._point_values(dataset, "train"), False)
        self._set_points(self.test_points, dataset.points_test, self._point_values(dataset, "test"), True)

    def _point_values(self, dataset, split: str):
        if self.task == "regression":
            return np.asarray(getattr(dataset, f"Y_{split}"), dtype=np.float64).ravel()
        return getattr(dataset, f"labels_{split}")

    def _set_points(self, item, points, values, hollow: bool) -> None:
        if points is None or len(points) == 0:
            item.setData([], [])
            return
        colors = self._point_colors(values)
        size = (7 if len(points) <= 600 else 5) * self.point_scale
        if hollow:  # a dark ring: visible on either colour; crosses mark the wrong ones
            item.setData(pos=np.asarray(points), size=size + 1, pen=pg.mkPen(theme.INK, width=1.3), brush=None)
        else:
            brushes = [pg.mkBrush(c) for c in colors]
            item.setData(pos=np.asarray(points), size=size, pen=_DARK_OUTLINE, brush=brushes)

    def _point_colors(self, values) -> list:
        if self.task == "regression":
            lo, hi = self.levels
            index = np.clip((values - lo) / (hi - lo) * 255, 0, 255).astype(int)
            return [tuple(int(v) for v in theme.LUT[i]) for i in index]
        palette = theme.class_colors(self.n_classes)
        return [palette[int(v) % len(palette)] for v in values]

    # -- snapshots ----------------------------------------------------------------------------------------
    def update_snapshot(self, snapshot) -> None:
        """Paint the snapshot's output grid with fixed levels and mark misclassified points."""
        grid = snapshot.output_grid
        if grid is None or self._dataset is None:
            return
        self._last = snapshot
        if self.task == "multiclass":
            prob = None if self.discretize else snapshot.class_probability_grid
            self.image.setImage(theme.multiclass_image(grid, prob, self.n_classes), levels=(0, 255), lut=None)
        else:
            values = np.asarray(grid, dtype=np.float32)
            if self.discretize:
                values = self._discretized(values)
            self.image.setImage(values, levels=self.levels, lut=theme.PALE_LUT, autoLevels=False)
        if self._rect is not None:
            self.image.setRect(self._rect)
            self._rect = None
        self._mark_wrong(np.asarray(grid))

    def _discretized(self, values: np.ndarray) -> np.ndarray:
        if self.task == "binary":
            return (values >= 0.5).astype(np.float32)
        lo, hi = self.levels
        bands = np.clip(np.floor((values - lo) / (hi - lo) * 8), 0, 7)
        return (lo + (bands + 0.5) * (hi - lo) / 8).astype(np.float32)

    def _mark_wrong(self, grid: np.ndarray) -> None:
        if self.task == "regression":
            self.wrong.setData([], [])
            return
        ds = self._dataset
        show_test = self.test_points.isVisible()
        points = [ds.points_train] + ([ds.points_test] if show_test and ds.points_test is not None else [])
        labels = [ds.labels_train] + ([ds.labels_test] if show_test and ds.points_test is not None else [])
        pos = np.concatenate([np.asarray(p) for p in points])
        truth = np.concatenate([np.asarray(t) for t in labels]).astype(int)
        rows, cols = self._grid_cells(pos, grid.shape)
        cell = grid[rows, cols]
        predicted = (cell >= 0.5).astype(int) if self.task == "binary" else cell.astype(int)
        self.wrong.setData(pos=pos[predicted != truth])

    def _grid_cells(self, pos: np.ndarray, shape: tuple[int, int]):
        key = (shape, len(pos))
        if self._cells is None or self._cells[0] != key:
            x0, x1, y0, y1 = self._dataset.plane_extent
            cols = np.clip(((pos[:, 0] - x0) / (x1 - x0) * shape[1]).astype(int), 0, shape[1] - 1)
            rows = np.clip(((pos[:, 1] - y0) / (y1 - y0) * shape[0]).astype(int), 0, shape[0] - 1)
            self._cells = (key, rows, cols)
        return self._cells[1], self._cells[2]

    # -- picking ------------------------------------------------------------------------------------------
    def _on_points_clicked(self, _item, points, _event=None) -> None:
        if len(points):
            position = points[0].pos()
            self.pick_point(np.array([position.x(), position.y()], dtype=np.float64))

    def pick_point(self, point: np.ndarray | None) -> None:
        """Mark ``point`` (plane coordinates; None clears) and emit :attr:`point_picked`."""
        if point is None:
            self.picked.setData([], [])
        else:
            self.picked.setData(pos=np.asarray(point, dtype=np.float64)[None, :])
        self.point_picked.emit(point)

    # -- toggles ------------------------------------------------------------------------------------------
    def set_show_test(self, on: bool) -> None:
        """Show or hide the hollow test points."""
        self.test_points.setVisible(bool(on))
        self._repaint()

    def set_point_scale(self, scale: float) -> None:
        """Draw points, crosses and the pick ring ``scale`` times their normal size (presentation mode)."""
        self.point_scale = float(scale)
        self.wrong.setSize(7 * self.point_scale)
        self.picked.setSize(17 * self.point_scale)
        ds = self._dataset
        if ds is not None:
            self._set_points(self.train_points, ds.points_train, self._point_values(ds, "train"), False)
            self._set_points(self.test_points, ds.points_test, self._point_values(ds, "test"), True)
        self._repaint()

    def set_discretize(self, on: bool) -> None:
        """Paint hard class regions (or value bands) instead of the smooth output."""
        self.discretize = bool(on)
        self._repaint()

    def _repaint(self) -> None:
        if self._last is not None:
            self.update_snapshot(self._last)
