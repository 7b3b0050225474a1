"""Graphics items of the editable canvas: layer headers with −/+/× buttons, the insertion marker, the empty hint.

Headers and hints ignore the view's scale (``ItemIgnoresTransformations``), so they stay readable in pixels
however small a 10-layer network is drawn. Their mouse events go to a handler (the canvas editor); painting is
done by Qt's own path and text items, never by Python callbacks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem

from mlp_studio.i18n import tr
from mlp_studio.ui import theme

HEADER_WIDTH = 128.0
HEADER_HEIGHT = 46.0
BUTTON = 18.0
SELECTED_FILL = "#E3F2FD"
HEADER_FILL = "#FFFFFF"
REMOVE_RED = "#D55E00"  # Okabe–Ito vermillion: a warning colour that does not rely on red–green


def rounded(rect: QRectF, radius: float) -> QPainterPath:
    """A rounded rectangle path."""
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


# One pen helper for the whole UI: theme.pen (cosmetic, constant screen width).
cosmetic_pen = theme.pen


def text_item(text: str, parent: QGraphicsItem, points: float = 9.5, bold: bool = False,
              color: str = theme.INK) -> QGraphicsSimpleTextItem:
    """A plain text child item."""
    item = QGraphicsSimpleTextItem(text, parent)
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    item.setFont(font)
    item.setBrush(QColor(color))
    return item


class ButtonItem(QGraphicsPathItem):
    """A small round-cornered button with a glyph, calling ``action()`` when clicked."""

    def __init__(self, glyph: str, tip: str, action: Callable[[], None], parent: QGraphicsItem) -> None:
        super().__init__(rounded(QRectF(0, 0, BUTTON, BUTTON), 4), parent)
        self.action = action
        self.setPen(cosmetic_pen(theme.GRID))
        self.setBrush(QBrush(QColor(theme.MIDDLE)))
        self.setToolTip(tip)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        label = text_item(glyph, self, 10.5, bold=True)
        box = label.boundingRect()
        label.setPos((BUTTON - box.width()) / 2, (BUTTON - box.height()) / 2 - 0.5)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.setBrush(QBrush(QColor(SELECTED_FILL)))

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.setBrush(QBrush(QColor(theme.MIDDLE)))

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.contains(event.pos()):
            self.action()


class LayerHeader(QGraphicsPathItem):
    """The card above a hidden layer: title, units × activation, −/+ neuron buttons, delete and expand.

    Parameters
    ----------
    column : int
        Canvas column (1 = first hidden layer).
    layer_id : int
        The document's stable id of the layer.
    units : int
        Neurons in the layer.
    activation : str
        Its activation.
    handler : object
        The canvas editor: ``header_pressed/moved/released(header, event)``, ``add_neuron(id)``,
        ``remove_neuron(id)``, ``remove_layer(id)``, ``toggle_expand(id)``.
    wide : bool or None
        None for a layer drawn in full; True/False for a wide layer drawn collapsed/expanded.
    """

    def __init__(self, column: int, layer_id: int, units: int, activation: str, handler,
                 wide: bool | None = None) -> None:
        rect = QRectF(-HEADER_WIDTH / 2, -HEADER_HEIGHT, HEADER_WIDTH, HEADER_HEIGHT)
        super().__init__(rounded(rect, 7))
        self.column, self.layer_id, self.handler = column, layer_id, handler
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(tr("Drag sideways to move this layer · click to inspect · Delete removes it"))
        self.set_selected(False)
        left, top = rect.left() + 8, rect.top() + 4
        text_item(tr("Hidden {n}").format(n=column), self, 9.5, bold=True).setPos(left, top)
        units_text = text_item(f"{units} × {activation.replace('_', ' ')}", self, 9.0)
        box = units_text.boundingRect()
        units_text.setPos(-box.width() / 2, rect.bottom() - 4 - BUTTON + (BUTTON - box.height()) / 2)
        self.minus = ButtonItem("−", tr("One neuron fewer (or drag a neuron out of the layer)"),
                                lambda: handler.remove_neuron(layer_id), self)
        self.plus = ButtonItem("+", tr("One neuron more"), lambda: handler.add_neuron(layer_id), self)
        self.remove = ButtonItem("×", tr("Delete this layer (Delete)"), lambda: handler.remove_layer(layer_id), self)
        self.minus.setPos(rect.left() + 6, rect.bottom() - 4 - BUTTON)
        self.plus.setPos(rect.right() - 6 - BUTTON, rect.bottom() - 4 - BUTTON)
        self.remove.setPos(rect.right() - 6 - BUTTON, rect.top() + 4)
        self.expand = None
        if wide is not None:
            glyph, tip = ("⤢", tr("Show every neuron")) if wide else ("⤡", tr("Collapse into one block"))
            self.expand = ButtonItem(glyph, tip, lambda: handler.toggle_expand(layer_id), self)
            self.expand.setPos(rect.right() - 10 - 2 * BUTTON, rect.top() + 4)

    def set_selected(self, selected: bool) -> None:
        """Highlight the header of the selected layer."""
        self.setPen(cosmetic_pen(theme.BLUE if selected else "#90A4AE", 2.0 if selected else 1.0))
        self.setBrush(QBrush(QColor(SELECTED_FILL if selected else HEADER_FILL)))

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.handler.header_pressed(self, event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.handler.header_moved(self, event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.handler.header_released(self, event)


class InsertionMarker(QGraphicsPathItem):
    """A dashed vertical bar with a caption where a dragged layer would land."""

    def __init__(self) -> None:
        super().__init__()
        self.setPen(cosmetic_pen(theme.BLUE, 3.0, Qt.PenStyle.DashLine))
        self.setZValue(50)
        self.pin = QGraphicsPathItem(rounded(QRectF(-52, -13, 104, 26), 6))
        self.pin.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.pin.setPen(cosmetic_pen(theme.BLUE))
        self.pin.setBrush(QBrush(QColor(theme.BLUE)))
        self.pin.setZValue(51)
        self.caption = text_item("", self.pin, 9.5, bold=True, color="#FFFFFF")
        self.hide()

    def add_to(self, scene) -> None:
        """Put the marker and its caption into ``scene``."""
        scene.addItem(self)
        scene.addItem(self.pin)
        self.pin.hide()

    def show_at(self, x: float, top: float, bottom: float, caption: str) -> None:
        """Show the bar at scene ``x`` from ``top`` to ``bottom`` with ``caption`` below it."""
        path = QPainterPath()
        path.moveTo(x, top)
        path.lineTo(x, bottom)
        self.setPath(path)
        self.caption.setText(caption)
        box = self.caption.boundingRect()
        self.pin.setPath(rounded(QRectF(-box.width() / 2 - 8, -2, box.width() + 16, box.height() + 6), 6))
        self.caption.setPos(-box.width() / 2, 1)
        self.pin.setPos(x, bottom)
        self.show()
        self.pin.show()

    def hide_marker(self) -> None:
        """Hide the bar and its caption."""
        self.hide()
        self.pin.hide()


class EmptyHint(QGraphicsPathItem):
    """The dashed drop zone shown while there are no hidden layers: "Drag a hidden layer here"."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__(rounded(rect, 10))
        self.setPen(cosmetic_pen("#90A4AE", 1.5, Qt.PenStyle.DashLine))
        self.setBrush(QBrush(QColor("#FAFBFC")))
        self.setZValue(-20)
        self.pin = QGraphicsPathItem()
        self.pin.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.pin.setPen(Qt.PenStyle.NoPen)
        self.pin.setPos(rect.center())
        title = text_item(tr("Drag a hidden layer here"), self.pin, 12.0, bold=True, color=theme.MUTED)
        note = text_item(tr("from the palette above"), self.pin, 10.0, color=theme.MUTED)
        for item, y in ((title, -22.0), (note, 2.0)):
            item.setPos(-item.boundingRect().width() / 2, y)

    def add_to(self, scene) -> None:
        """Put the hint into ``scene``."""
        scene.addItem(self)
        scene.addItem(self.pin)
