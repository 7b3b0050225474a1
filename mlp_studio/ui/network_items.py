"""Graphics items of the network drawing: neurons (with activation thumbnails) and batched links.

Both are built from Qt's own items (rectangles, pixmaps, paths) so that painting runs in C++ without calling
back into Python: while the training thread holds the GIL, every Python paint callback would wait for it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsPathItem, QGraphicsPixmapItem, QGraphicsRectItem,
                               QGraphicsScene, QGraphicsSimpleTextItem)

from mlp_studio.i18n import tr
from mlp_studio.ui import theme

WIDTH_LEVELS = (0.6, 1.1, 1.8, 2.6, 3.5, 4.5)
WEIGHT_CAP = 3.0  # |w| at or above this draws at the widest level
#: A layer pair draws at most this many links, the strongest by |w| (64 × 64 = 4,096 lines are mush anyway).
MAX_LINKS = 256
#: Above this many links a pair draws 1-px lines: Qt strokes wider antialiased lines of a big path ~100× slower.
DENSE_LINKS = 128
#: Scene units around the link paths' control points that a link's stroke may cover (a cosmetic 4.5-px pen is
#: 2.25 px either side of the line: within 10 units down to a view scale of 0.25; smaller scales draw 1-px lines).
LINK_MARGIN = 10.0


class NeuronItem(QGraphicsRectItem):
    """One neuron: a square showing its activation over the input plane, or a collapsed block with a count.

    Mouse presses, moves and releases go to ``handler`` (the canvas) when one is set: a click selects the
    neuron, dragging a hidden neuron out of its layer removes one neuron from that layer.

    Parameters
    ----------
    size : float
        Side of the square (scene units).
    key : tuple
        ``(column, index)`` identifying the neuron for hover callbacks.
    count : int
        More than 1 draws a collapsed block labelled with the count.
    on_hover : callable
        Called with ``(item, entered: bool)``.
    handler : object, optional
        Has ``neuron_pressed(item, event)``, ``neuron_moved(item, event)``, ``neuron_released(item, event)``.
    """

    def __init__(self, size: float, key: tuple[int, int], count: int = 1,
                 on_hover: Callable[["NeuronItem", bool], None] | None = None, handler=None) -> None:
        height = size if count <= 1 else size * 5
        super().__init__(-size / 2, -height / 2, size, height)
        self.size = size
        self.key = key
        self.count = count
        self.image: QImage | None = None
        self.caption = ""
        self.feature: str | None = None  # the input feature a planar input node stands for
        self._on_hover = on_hover
        self._handler = handler
        border = QPen(QColor(theme.INK))
        border.setCosmetic(True)
        self.setPen(border)
        self.setBrush(QBrush(QColor(theme.MIDDLE)))
        self.picture = QGraphicsPixmapItem(self)
        self.picture.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.picture.setPos(-size / 2, -height / 2)
        if count > 1:
            label = QGraphicsSimpleTextItem(tr("{n}\nunits").format(n=count), self)
            font = QFont()
            font.setPointSizeF(size * 0.22)
            label.setFont(font)
            box = label.boundingRect()
            label.setPos(-box.width() / 2, -box.height() / 2)
        self.setAcceptHoverEvents(True)

    @property
    def left(self) -> QPointF:
        """Scene point where incoming links end."""
        return self.mapToScene(QPointF(self.rect().left(), 0))

    @property
    def right(self) -> QPointF:
        """Scene point where outgoing links start."""
        return self.mapToScene(QPointF(self.rect().right(), 0))

    def set_image(self, image: QImage | None) -> None:
        """Show ``image`` (the neuron's activation map); None shows the fill colour."""
        self.image = image
        if image is None or self.count > 1:
            self.picture.setPixmap(QPixmap())
            self.setBrush(QBrush(QColor(theme.MIDDLE)))
            return
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setScale(self.size / max(image.width(), 1))
        self.setBrush(Qt.BrushStyle.NoBrush)

    def set_fill(self, color: QColor) -> None:
        """Fill colour used when there is no image (non-planar data)."""
        self.setBrush(QBrush(color))

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._on_hover:
            self._on_hover(self, True)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._on_hover:
            self._on_hover(self, False)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._handler is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self._handler.neuron_pressed(self, event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._handler is not None:
            self._handler.neuron_moved(self, event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._handler is not None:
            self._handler.neuron_released(self, event)


class LinkPathItem(QGraphicsPathItem):
    """A batch of links drawn as one path; never hit by the mouse (links are picked numerically instead).

    Qt would otherwise stroke the whole path to test every hover and click against it, which costs
    milliseconds per event for wide layers.
    """

    def __init__(self) -> None:
        super().__init__()
        self._bounds = QRectF()
        # Links change only when a weight crosses a sign or width level; the neuron thumbnails beside them
        # change every frame and their repaint region covers the links. Cached, the antialiased lines are
        # blitted instead of stroked again (Playground net: a frame's update + repaint 5.5 -> 3.7 ms offscreen).
        # The pixmaps live in QPixmapCache, so their memory is bounded by its limit.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_path(self, path: QPainterPath) -> None:
        """Replace the links; the bounds (the cache's extent) are the path's plus :data:`LINK_MARGIN`."""
        self.prepareGeometryChange()
        self._bounds = path.controlPointRect().adjusted(-LINK_MARGIN, -LINK_MARGIN, LINK_MARGIN, LINK_MARGIN) \
            if path.elementCount() else QRectF()
        self.setPath(path)

    def boundingRect(self) -> QRectF:  # noqa: D102 (Qt API)
        # Qt derives a path item's bounds from shape(), which is empty here: without this a cached item
        # would render into an empty pixmap. A stored rect: no path copy per call.
        return self._bounds

    def shape(self) -> QPainterPath:  # noqa: D102 (Qt API)
        return QPainterPath()


class LinkLayer:
    """All links between two columns as a dozen path items (one per sign and width level).

    Colour is the weight's sign (blue positive, orange negative); width and opacity grow with ``|w|``. Dense
    pairs draw only the :data:`MAX_LINKS` strongest links, with 1-px lines (see ``docs/designer.md``).
    """

    def __init__(self, scene: QGraphicsScene, starts: list[QPointF], ends: list[QPointF]) -> None:
        self._segments = [((s.x(), s.y()), (e.x(), e.y())) for s in starts for e in ends]  # source-major
        self._array = np.array([a + b for a, b in self._segments], dtype=np.float64).reshape(-1, 4)
        self._shape = (len(starts), len(ends))
        thin = min(1.0, max(0.35, (24.0 / max(len(self._segments), 1)) ** 0.5))  # dense pairs: thinner
        self.dense = len(self._segments) > DENSE_LINKS
        self.drawn = np.ones(len(self._segments), dtype=bool)
        self.items: dict[tuple[int, int], QGraphicsPathItem] = {}
        for sign in (1, -1):
            for level in range(len(WIDTH_LEVELS)):
                item = LinkPathItem()
                item.setPen(self._make_pen(sign, level, thin, self.dense))
                item.setZValue(-10 + level)  # thin links underneath thick ones
                scene.addItem(item)
                self.items[(sign, level)] = item
        self.counts: dict[tuple[int, int], int] = {}
        self._groups: np.ndarray | None = None  # each link's (sign, level) group as last drawn
        self.set_weights(np.zeros(self._shape))

    @staticmethod
    def _make_pen(sign: int, level: int, thin: float, dense: bool = False) -> QPen:
        # Opaque colours pre-blended with the white canvas: translucent antialiased lines cost ~10x more.
        strength = (0.3 + 0.7 * level / (len(WIDTH_LEVELS) - 1)) * (0.5 + 0.5 * thin)
        mixed = theme.rgb(theme.BLUE if sign > 0 else theme.ORANGE) * strength + 255.0 * (1.0 - strength)
        pen = QPen(QColor(*(int(round(c)) for c in mixed)))
        pen.setCosmetic(True)
        pen.setWidthF(1.0 if dense else max(0.6, WIDTH_LEVELS[level] * thin))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def set_weights(self, weights: np.ndarray) -> None:
        """Regroup the links by sign and width level for ``weights`` of shape ``(sources, targets)``."""
        w = np.asarray(weights, dtype=np.float64)
        if w.shape != self._shape:
            return
        flat = np.nan_to_num(w.ravel())
        levels = np.minimum((np.abs(flat) / WEIGHT_CAP * len(WIDTH_LEVELS)).astype(int), len(WIDTH_LEVELS) - 1)
        signs = np.where(flat >= 0, 1, -1)
        self.drawn = np.ones(len(flat), dtype=bool)
        if len(flat) > MAX_LINKS:
            self.drawn[:] = False
            self.drawn[np.argpartition(-np.abs(flat), MAX_LINKS)[:MAX_LINKS]] = True
            signs = np.where(self.drawn, signs, 0)
        groups = np.where(signs == 0, -1, (signs < 0) * len(WIDTH_LEVELS) + levels)
        if self._groups is not None and np.array_equal(groups, self._groups):
            return  # no link changed its sign or width level: the paths stand (the usual case while training)
        self._groups = groups
        self.counts = {}
        for key, item in self.items.items():
            index = np.flatnonzero((signs == key[0]) & (levels == key[1]))
            path = QPainterPath()
            for i in index:
                (x0, y0), (x1, y1) = self._segments[i]
                path.moveTo(x0, y0)
                path.lineTo(x1, y1)
            item.set_path(path)
            self.counts[key] = len(index)

    def nearest(self, x: float, y: float) -> tuple[int, int, float]:
        """The link closest to the scene point ``(x, y)``: ``(source, target, distance)`` in scene units."""
        seg = self._array
        if not len(seg):
            return -1, -1, float("inf")
        start, delta = seg[:, :2], seg[:, 2:] - seg[:, :2]  # undrawn (weak) links cannot be picked
        length2 = np.maximum((delta ** 2).sum(axis=1), 1e-12)
        t = np.clip(((np.array([x, y]) - start) * delta).sum(axis=1) / length2, 0.0, 1.0)
        closest = start + delta * t[:, None]
        distance = np.where(self.drawn, np.hypot(closest[:, 0] - x, closest[:, 1] - y), np.inf)
        best = int(np.argmin(distance))
        return best // self._shape[1], best % self._shape[1], float(distance[best])

    def segment(self, source: int, target: int) -> tuple[tuple[float, float], tuple[float, float]]:
        """End points of one drawn link."""
        return self._segments[source * self._shape[1] + target]

    @property
    def bounds(self) -> QRectF:
        """Scene rectangle covered by the links."""
        rect = QRectF()
        for item in self.items.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect


def _summarise(w: np.ndarray, sources: int, targets: int) -> np.ndarray:
    """Reduce a weight matrix to the drawn nodes: a collapsed side becomes one signed mean-magnitude row."""
    if w.shape[0] != sources:
        w = (np.sign(w.mean(axis=0)) * np.abs(w).mean(axis=0))[None, :]
    if w.shape[1] != targets:
        w = (np.sign(w.mean(axis=1)) * np.abs(w).mean(axis=1))[:, None]
    return w


def signed_image(grid: np.ndarray):
    """A feature's values over the plane as a thumbnail, coloured symmetrically around 0."""
    extent = float(np.max(np.abs(grid))) or 1.0
    return theme.grid_to_qimage(grid, (-extent, extent))
