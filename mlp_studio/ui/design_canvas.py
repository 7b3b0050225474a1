"""Editing on the NETWORK canvas: palette drops, layer and neuron drags, link picking, selection, Delete.

The canvas never edits the document itself: it turns gestures into *requests* (signals of
:class:`~mlp_studio.ui.network_view.NetworkView`) that the design binding turns into undoable commands. A drag
shows only a moving header or neuron and an insertion marker; the request is sent once, on release.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene

from mlp_studio.i18n import tr
from mlp_studio.ui import theme
from mlp_studio.ui.design_items import HEADER_WIDTH, REMOVE_RED, EmptyHint, InsertionMarker, LayerHeader, cosmetic_pen

LAYER_MIME = "application/x-mlp-studio-layer"
DRAG_START_PX = 5.0
LINK_PICK_PX = 6.0


@dataclass(frozen=True)
class Selection:
    """What the user selected on the canvas.

    Attributes
    ----------
    kind : {"layer", "neuron", "link"}
    column : int
        Canvas column: 0 inputs, 1 … H hidden layers, H + 1 output. For a link, the column it leads into.
    index : int
        The neuron (``"neuron"``) or the target neuron (``"link"``); -1 for a layer.
    source : int
        The source neuron of a link in the column before; -1 otherwise.
    layer_id : int or None
        Document id of a hidden layer (None for the input and output columns).
    """

    kind: str
    column: int
    index: int = -1
    source: int = -1
    layer_id: int | None = None

    @property
    def weight_layer(self) -> int:
        """Index of the weight matrix feeding ``column`` (neurons and links)."""
        return self.column - 1


class DesignScene(QGraphicsScene):
    """The canvas scene: accepts layers dragged from the palette and forwards them to the editor."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor: CanvasEditor | None = None

    def _layer_drag(self, event) -> bool:
        return self.editor is not None and event.mimeData().hasFormat(LAYER_MIME)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._layer_drag(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.editor.palette_drag_over(event.scenePos())
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Not the base class: it would hit-test every item under the pointer on every move.
        self.dragEnterEvent(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.editor is not None:
            self.editor.marker.hide_marker()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self._layer_drag(event):
            event.ignore()
            return
        activation = bytes(event.mimeData().data(LAYER_MIME)).decode("utf-8") or "tanh"
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.editor.palette_drop(event.scenePos(), activation)


class CanvasEditor:
    """Gestures on a :class:`NetworkView` → its request signals; owns the selection and its highlight."""

    def __init__(self, view) -> None:
        self.view = view
        self.selection: Selection | None = None
        self.headers: dict[int, LayerHeader] = {}
        self.marker = InsertionMarker()
        self._drag: dict | None = None
        self._highlight: list = []

    # -- structure ----------------------------------------------------------------------------------------
    def rebuild(self, top: float, bottom: float) -> None:
        """Recreate the marker, headers and empty hint after the view rebuilt its scene."""
        scene = self.view.scene()
        self._drag, self._highlight = None, []
        self.marker = InsertionMarker()
        self.marker.add_to(scene)
        self._span = (top, bottom)
        self.headers = {}
        v = self.view
        for column in range(1, len(v.columns) - 1):
            layer_id = v.layer_ids[column - 1]
            units, activation = v.layers[column - 1]
            wide = None if units <= v.max_drawn_units else layer_id not in v.expanded
            header = LayerHeader(column, layer_id, units, activation, self, wide)
            header.setPos(v.column_x[column], top - 10)
            header.setZValue(40)
            scene.addItem(header)
            self.headers[column] = header
        if len(v.columns) == 2:
            x0, x1 = v.column_x[0], v.column_x[1]
            height = max(bottom - top, 160.0)
            EmptyHint(QRectF(x0 + 50, (top + bottom) / 2 - height / 2, x1 - x0 - 100, height)).add_to(scene)
        self.select(self._remap(self.selection), notify=True)

    def _remap(self, selection: Selection | None) -> Selection | None:
        """The same layer, neuron or link after a rebuild (hidden layers are followed by id), or None."""
        if selection is None:
            return None
        v, column = self.view, selection.column
        if selection.layer_id is not None:
            if selection.layer_id not in v.layer_ids:
                return None
            column = v.layer_ids.index(selection.layer_id) + 1
        elif selection.column != 0:
            column = len(v.columns) - 1  # the output column
        sizes = v.sizes
        if selection.index >= sizes[column] or (selection.kind == "link" and selection.source >= sizes[column - 1]):
            return None
        return replace(selection, column=column)

    def fit_headers(self, spacing_px: float) -> None:
        """Shrink the headers when columns are closer than a header is wide (many layers in a small view)."""
        factor = max(0.55, min(1.0, (spacing_px - 6.0) / HEADER_WIDTH))
        for header in self.headers.values():
            header.setScale(factor)

    # -- geometry -----------------------------------------------------------------------------------------
    def gap_at(self, x: float) -> int:
        """The hidden-layer position a drop at scene ``x`` inserts before (0 … number of hidden layers)."""
        xs = self.view.column_x
        hidden = len(xs) - 2
        for k in range(hidden + 1):
            if x < xs[k + 1]:
                return k
        return hidden

    def gap_x(self, k: int) -> float:
        """Scene x of the gap between column ``k`` and column ``k + 1``."""
        xs = self.view.column_x
        return (xs[k] + xs[k + 1]) / 2

    # -- palette drops ------------------------------------------------------------------------------------
    def palette_drag_over(self, pos: QPointF) -> None:
        """Show where a layer dragged from the palette would be inserted."""
        k = self.gap_at(pos.x())
        self.marker.show_at(self.gap_x(k), *self._span, tr("Insert here"))

    def palette_drop(self, pos: QPointF, activation: str) -> None:
        """Request a new hidden layer at the gap under ``pos``."""
        self.marker.hide_marker()
        self.view.insert_requested.emit(self.gap_at(pos.x()), activation)

    # -- header drags (move a layer) ------------------------------------------------------------------------
    def header_pressed(self, header: LayerHeader, event) -> None:
        self._drag = {"item": header, "start": event.scenePos(), "origin": header.pos(), "moving": False}

    def header_moved(self, header: LayerHeader, event) -> None:
        drag = self._drag
        if drag is None:
            return
        dx = event.scenePos().x() - drag["start"].x()
        if not drag["moving"] and abs(dx) * self.view.transform().m11() < DRAG_START_PX:
            return
        drag["moving"] = True
        header.setPos(drag["origin"].x() + dx, drag["origin"].y())
        k, target = self._move_target(header, event.scenePos().x())
        if target == header.column - 1:
            self.marker.hide_marker()
        else:
            self.marker.show_at(self.gap_x(k), *self._span, tr("Move here"))

    def _move_target(self, header: LayerHeader, x: float) -> tuple[int, int]:
        k = self.gap_at(x)
        current = header.column - 1
        return k, (k - 1 if k > current else k)

    def header_released(self, header: LayerHeader, event) -> None:
        drag, self._drag = self._drag, None
        self.marker.hide_marker()
        if drag is None:
            return
        if not drag["moving"]:
            self.select(Selection("layer", header.column, layer_id=header.layer_id))
            return
        header.setPos(drag["origin"])
        _, target = self._move_target(header, event.scenePos().x())
        if target != header.column - 1:
            self.view.move_requested.emit(header.layer_id, target)

    # -- header buttons -----------------------------------------------------------------------------------
    def add_neuron(self, layer_id: int) -> None:
        self.view.add_neuron_requested.emit(layer_id)

    def remove_neuron(self, layer_id: int) -> None:
        self.view.remove_neuron_requested.emit(layer_id)

    def remove_layer(self, layer_id: int) -> None:
        self.view.remove_layer_requested.emit(layer_id)

    def toggle_expand(self, layer_id: int) -> None:
        self.view.toggle_expanded(layer_id)

    # -- neurons: click to select (or toggle a feature), drag out to remove -------------------------------------
    def neuron_pressed(self, item, event) -> None:
        self._drag = {"item": item, "start": event.scenePos(), "origin": item.pos(), "moving": False}

    def neuron_moved(self, item, event) -> None:
        drag = self._drag
        column = item.key[0]
        if drag is None or item.count > 1 or not 0 < column < len(self.view.columns) - 1:
            return
        delta = event.scenePos() - drag["start"]
        if not drag["moving"] and max(abs(delta.x()), abs(delta.y())) * self.view.transform().m11() < DRAG_START_PX:
            return
        drag["moving"] = True
        item.setPos(drag["origin"] + delta)
        item.setZValue(45)
        outside = self._outside(item, event.scenePos())
        item.setOpacity(0.45 if outside else 1.0)
        item.setPen(cosmetic_pen(REMOVE_RED, 2.5) if outside else cosmetic_pen(theme.INK))
        item.setToolTip(tr("Release to remove this neuron") if outside else "")

    def _outside(self, item, pos: QPointF) -> bool:
        nodes = self.view.columns[item.key[0]]
        top = nodes[0].sceneBoundingRect().top() - 20
        bottom = nodes[-1].sceneBoundingRect().bottom() + 20
        x = self.view.column_x[item.key[0]]
        return abs(pos.x() - x) > 0.4 * self.view.column_gap or not top <= pos.y() <= bottom

    def neuron_released(self, item, event) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        column = item.key[0]
        if drag["moving"]:
            outside = self._outside(item, event.scenePos())
            item.setPos(drag["origin"])
            item.setOpacity(1.0)
            item.setPen(cosmetic_pen(theme.INK))
            item.setZValue(0)
            if outside:
                self.view.remove_neuron_requested.emit(self.view.layer_ids[column - 1])
            return
        self.click_neuron(item)

    def click_neuron(self, item) -> None:
        """A click: toggles an input feature, selects a collapsed block's layer, or selects the neuron."""
        column, index = item.key
        v = self.view
        if item.feature is not None:
            v.feature_toggled.emit(item.feature)
        elif item.count > 1:
            layer_id = v.layer_ids[column - 1] if 0 < column < len(v.columns) - 1 else None
            self.select(Selection("layer", column, layer_id=layer_id))
        elif column > 0:
            layer_id = v.layer_ids[column - 1] if column < len(v.columns) - 1 else None
            self.select(Selection("neuron", column, index, layer_id=layer_id))

    # -- links and empty space ----------------------------------------------------------------------------
    def click_background(self, pos: QPointF) -> None:
        """Select the link under ``pos`` (within a few pixels), or clear the selection."""
        self.select(self.link_at(pos))

    def link_at(self, pos: QPointF) -> Selection | None:
        """The real (not summarised) link within ``LINK_PICK_PX`` pixels of ``pos``, or None."""
        v = self.view
        scale = max(v.transform().m11(), 1e-6)
        for column, links in enumerate(v.links, start=1):
            if not v.column_x[column - 1] <= pos.x() <= v.column_x[column]:
                continue
            if len(v.columns[column - 1]) != v.sizes[column - 1] or len(v.columns[column]) != v.sizes[column]:
                continue  # a collapsed side: its links are summaries, not single weights
            source, target, distance = links.nearest(pos.x(), pos.y())
            if distance * scale <= LINK_PICK_PX:
                layer_id = v.layer_ids[column - 1] if column < len(v.columns) - 1 else None
                return Selection("link", column, target, source, layer_id)
        return None

    # -- selection ----------------------------------------------------------------------------------------
    def select(self, selection: Selection | None, notify: bool = True) -> None:
        """Make ``selection`` current, highlight it, and tell the view's listeners."""
        self.selection = selection
        scene = self.view.scene()
        for item in self._highlight:
            if item.scene() is scene:
                scene.removeItem(item)
        self._highlight = []
        for column, header in self.headers.items():
            header.set_selected(selection is not None and selection.kind == "layer" and selection.column == column)
        if selection is not None:
            self._draw_highlight(selection)
        if notify:
            self.view.selection_changed.emit(selection)

    def _draw_highlight(self, selection: Selection) -> None:
        v, scene = self.view, self.view.scene()
        pen = cosmetic_pen(theme.INK, 3.0)
        if selection.kind == "link":
            (x0, y0), (x1, y1) = v.links[selection.column - 1].segment(selection.source, selection.index)
            line = QGraphicsLineItem(x0, y0, x1, y1)
            line.setPen(pen)
            items = [line]
        else:
            nodes = v.columns[selection.column] if selection.kind == "layer" else \
                [v.columns[selection.column][selection.index]]
            rect = QRectF()
            for node in nodes:
                rect = rect.united(node.sceneBoundingRect())
            frame = QGraphicsRectItem(rect.adjusted(-5, -5, 5, 5))
            frame.setPen(cosmetic_pen(theme.BLUE, 2.5))
            items = [frame]
        for item in items:
            item.setZValue(30)
            scene.addItem(item)
        self._highlight = items

    def delete_selected(self) -> bool:
        """Delete the selected hidden layer (or one neuron of the selected neuron's layer); True if handled."""
        selection = self.selection
        if selection is None or selection.layer_id is None:
            return False
        if selection.kind == "layer":
            self.view.remove_layer_requested.emit(selection.layer_id)
            return True
        if selection.kind == "neuron":
            self.view.remove_neuron_requested.emit(selection.layer_id)
            return True
        return False

