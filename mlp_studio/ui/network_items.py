"""Graphics items of the network drawing: neurons (with activation thumbnails) and batched links."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from mlp_studio.ui import theme

WIDTH_LEVELS = (0.6, 1.1, 1.8, 2.6, 3.5, 4.5)
WEIGHT_CAP = 3.0  # |w| at or above this draws at the widest level


class NeuronItem(QGraphicsItem):
    """One neuron: a rounded square showing its activation over the input plane, or a collapsed block.

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
    """

    def __init__(self, size: float, key: tuple[int, int], count: int = 1,
                 on_hover: Callable[["NeuronItem", bool], None] | None = None) -> None:
        super().__init__()
        self.size = size
        self.key = key
        self.count = count
        height = size if count <= 1 else size * 5
        self._rect = QRectF(-size / 2, -height / 2, size, height)
        self.image: QImage | None = None
        self.fill = QColor(theme.MIDDLE)
        self.caption = ""
        self._on_hover = on_hover
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._rect.adjusted(-2, -2, 2, 2)

    @property
    def left(self) -> QPointF:
        """Scene point where incoming links end."""
        return self.mapToScene(QPointF(self._rect.left(), 0))

    @property
    def right(self) -> QPointF:
        """Scene point where outgoing links start."""
        return self.mapToScene(QPointF(self._rect.right(), 0))

    def set_image(self, image: QImage | None) -> None:
        """Show ``image`` (the neuron's activation map) and repaint."""
        self.image = image
        self.update()

    def set_fill(self, color: QColor) -> None:
        """Fill colour used when there is no image (non-planar data)."""
        self.fill = color
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        radius = self.size * 0.12
        if self.image is not None and self.count <= 1:
            painter.save()
            painter.setClipRect(self._rect)
            painter.drawImage(self._rect, self.image)
            painter.restore()
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setBrush(QBrush(self.fill))
        border = QPen(QColor(theme.INK))
        border.setCosmetic(True)
        border.setWidthF(1.0)
        painter.setPen(border)
        painter.drawRoundedRect(self._rect, radius, radius)
        if self.count > 1:
            font = QFont()
            font.setPointSizeF(self.size * 0.22)
            painter.setFont(font)
            painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, f"{self.count}\nunits")

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._on_hover:
            self._on_hover(self, True)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._on_hover:
            self._on_hover(self, False)


class LinkLayerItem(QGraphicsItem):
    """All links between two columns, painted in a dozen batched ``drawLines`` calls.

    Colour is the weight's sign (blue positive, orange negative); width and opacity grow with ``|w|``.
    """

    def __init__(self, starts: list[QPointF], ends: list[QPointF]) -> None:
        super().__init__()
        self.setZValue(-1)
        self._lines = [QLineF(s, e) for s in starts for e in ends]  # row-major: source outer, target inner
        self._shape = (len(starts), len(ends))
        xs = [p.x() for p in starts + ends]
        ys = [p.y() for p in starts + ends]
        self._bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-4, -4, 4, 4)
        self._groups: list[tuple[QPen, list[QLineF]]] = []
        # Dense layer pairs get thinner links so the picture stays readable.
        thin = min(1.0, max(0.35, (24.0 / max(len(self._lines), 1)) ** 0.5))
        self._pens = {(sign, level): self._make_pen(sign, level, thin)
                      for sign in (1, -1) for level in range(len(WIDTH_LEVELS))}
        self.set_weights(np.zeros(self._shape))

    @staticmethod
    def _make_pen(sign: int, level: int, thin: float) -> QPen:
        color = QColor(theme.BLUE if sign > 0 else theme.ORANGE)
        color.setAlphaF((0.3 + 0.7 * level / (len(WIDTH_LEVELS) - 1)) * (0.5 + 0.5 * thin))
        pen = QPen(color)
        pen.setCosmetic(True)
        pen.setWidthF(max(0.6, WIDTH_LEVELS[level] * thin))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def set_weights(self, weights: np.ndarray) -> None:
        """Regroup the links by sign and width level for ``weights`` of shape ``(sources, targets)``."""
        w = np.asarray(weights, dtype=np.float64)
        if w.shape != self._shape:
            return
        flat = np.nan_to_num(w.ravel())
        levels = np.minimum((np.abs(flat) / WEIGHT_CAP * len(WIDTH_LEVELS)).astype(int), len(WIDTH_LEVELS) - 1)
        keys = np.where(flat >= 0, 10, 0) + levels
        order = np.argsort(keys, kind="stable")
        groups = []
        for key in np.unique(keys):
            idx = order[keys[order] == key]
            sign, level = (1 if key >= 10 else -1), int(key % 10)
            groups.append((self._pens[(sign, level)], [self._lines[i] for i in idx]))
        groups.sort(key=lambda g: g[0].widthF())  # thin lines underneath thick ones
        self._groups = groups
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for pen, lines in self._groups:
            painter.setPen(pen)
            painter.drawLines(lines)
