"""Numbers, highlights and warning rings drawn over the NETWORK canvas by the teaching views.

The overlay only adds items to the canvas scene (it never changes the neurons or links the live drawing owns),
so clearing it restores the ordinary picture. Labels ignore the view's scale, like the canvas's own labels, so
they stay readable on a projector however large the network is drawn. A structure change clears the scene
(and with it these items); the overlay notices and forgets them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from mlp_studio.ui import theme

#: The one warning colour of the teaching views (Okabe–Ito vermillion), used sparingly: health rings only.
WARNING = "#D55E00"
#: Highlight of the selected neuron and the links the current stage talks about.
FOCUS = theme.INK
Z_OVERLAY = 40.0


def _pen(color: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color))
    pen.setCosmetic(True)
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


class CanvasOverlay:
    """Items drawn over a :class:`~mlp_studio.ui.network_view.NetworkView` in named groups.

    Each teaching view owns a group (``"explain"``, ``"health"``) and redraws it as a whole; clearing one group
    leaves the others.

    Attributes
    ----------
    label_points : float
        Font size of the number tags (scaled with the canvas's labels in presentation mode).
    """

    def __init__(self, view) -> None:
        self.view = view
        self.label_points = 10.5
        self._groups: dict[str, list[QGraphicsItem]] = {}
        self._texts: dict[str, list[str]] = {}

    # -- groups -------------------------------------------------------------------------------------------
    def clear(self, group: str) -> None:
        """Remove every item of ``group`` (items a structure change already deleted are skipped)."""
        scene = self.view.scene()
        for item in self._groups.pop(group, []):
            try:
                if item.scene() is scene:
                    scene.removeItem(item)
            except RuntimeError:
                pass   # deleted with the scene's items by a structure change
        self._texts.pop(group, None)

    def texts(self, group: str) -> list[str]:
        """The text of every tag currently drawn in ``group`` (for tests and screen readers)."""
        return list(self._texts.get(group, []))

    def count(self, group: str) -> int:
        """Items drawn in ``group``."""
        return len(self._groups.get(group, []))

    def _add(self, group: str, item: QGraphicsItem) -> QGraphicsItem:
        item.setZValue(Z_OVERLAY)
        self.view.scene().addItem(item)
        self._groups.setdefault(group, []).append(item)
        return item

    # -- geometry -----------------------------------------------------------------------------------------
    def node_rect(self, column: int, index: int) -> QRectF | None:
        """Scene rectangle of a drawn neuron, or None when it is not drawn one by one."""
        columns = self.view.columns
        if not 0 <= column < len(columns) or len(columns[column]) != self.view.sizes[column]:
            return None
        if not 0 <= index < len(columns[column]):
            return None
        return columns[column][index].sceneBoundingRect()

    def link_points(self, layer: int, source: int, target: int):
        """Scene end points of link ``(source → target)`` of weight layer ``layer``, or None if not drawn."""
        if self.node_rect(layer, source) is None or self.node_rect(layer + 1, target) is None:
            return None
        return self.view.links[layer].segment(source, target)

    # -- items --------------------------------------------------------------------------------------------
    def tag(self, group: str, text: str, x: float, y: float, anchor=(0.5, 0.0), color: str = theme.INK,
            bold: bool = False, scale: float = 1.0) -> None:
        """A boxed, unscaled number tag with its ``anchor`` point at scene ``(x, y)``."""
        pin = QGraphicsRectItem(0, 0, 0, 0)
        pin.setPen(Qt.PenStyle.NoPen)
        pin.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        pin.setPos(x, y)
        label = QGraphicsSimpleTextItem(text)
        font = theme.mono_font(self.label_points * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setBrush(QColor(color))
        box = label.boundingRect().adjusted(-4, -2, 4, 2)
        background = QGraphicsRectItem(box, pin)
        background.setBrush(QBrush(QColor(255, 255, 255, 235)))
        background.setPen(_pen(theme.GRID, 1.0))
        label.setParentItem(background)
        dx, dy = -anchor[0] * box.width() - box.left(), -anchor[1] * box.height() - box.top()
        background.setPos(dx, dy)
        self._add(group, pin)
        self._texts.setdefault(group, []).append(text)

    def tag_neuron(self, group: str, column: int, index: int, text: str, side: str = "auto",
                   color: str = theme.INK, bold: bool = False) -> bool:
        """A tag beside a neuron; False when the neuron is not drawn one by one.

        ``side`` is ``"left"``, ``"right"``, ``"below"``, ``"above"`` or ``"auto"``: beside the neuron (the gap
        between columns is wide, the gap between neurons is not): right of inputs, left of hidden neurons (their
        outgoing links stay clear), below a single output neuron (its label is on the right), right of several.
        """
        rect = self.node_rect(column, index)
        if rect is None:
            return False
        if side == "auto":
            last = len(self.view.columns) - 1
            side = "right" if column == 0 else "left" if column < last else \
                "below" if len(self.view.columns[column]) == 1 else "right"
        if side == "left":
            x, y, anchor = rect.left() - 4, rect.center().y(), (1.0, 0.5)
        elif side == "right":
            x, y, anchor = rect.right() + 4, rect.center().y(), (0.0, 0.5)
        elif side == "below":
            x, y, anchor = rect.center().x(), rect.bottom() + 3, (0.5, 0.0)
        else:
            x, y, anchor = rect.center().x(), rect.top() - 3, (0.5, 1.0)
        self.tag(group, text, x, y, anchor=anchor, color=color, bold=bold)
        return True

    def tag_link(self, group: str, layer: int, source: int, target: int, text: str, t: float = 0.35,
                 color: str = theme.INK) -> bool:
        """A tag on link ``(source → target)``, a fraction ``t`` of the way from the source."""
        points = self.link_points(layer, source, target)
        if points is None:
            return False
        (x0, y0), (x1, y1) = points
        self.tag(group, text, x0 + t * (x1 - x0), y0 + t * (y1 - y0), anchor=(0.5, 0.5), color=color, scale=0.9)
        return True

    def highlight_link(self, group: str, layer: int, source: int, target: int, color: str = FOCUS,
                       width: float = 3.0) -> bool:
        """Draw link ``(source → target)`` of ``layer`` thick, over the ordinary links."""
        points = self.link_points(layer, source, target)
        if points is None:
            return False
        (x0, y0), (x1, y1) = points
        line = QGraphicsLineItem(x0, y0, x1, y1)
        line.setPen(_pen(color, width))
        self._add(group, line)
        return True

    def ring(self, group: str, column: int, index: int, color: str = FOCUS, width: float = 2.5,
             dashed: bool = False, margin: float = 5.0) -> bool:
        """A frame around a neuron (solid for focus, dashed for a warning)."""
        rect = self.node_rect(column, index)
        if rect is None:
            return False
        frame = QGraphicsRectItem(rect.adjusted(-margin, -margin, margin, margin))
        frame.setPen(_pen(color, width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
        self._add(group, frame)
        return True

    def caption(self, group: str, text: str, column: int, color: str = theme.INK) -> None:
        """A bold line of text above a column (e.g. the stage's name over the layer being computed)."""
        nodes = self.view.columns[column] if 0 <= column < len(self.view.columns) else []
        if not nodes:
            return
        top = min(node.sceneBoundingRect().top() for node in nodes)
        self.tag(group, text, nodes[0].sceneBoundingRect().center().x(), top - 30, anchor=(0.5, 1.0),
                 color=color, bold=True)


def bold_font(points: float) -> QFont:
    """A bold UI font of ``points`` size (headings in the teaching panels)."""
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(True)
    return font
