"""The NETWORK canvas: input features, hidden layers and outputs, drawn the way the data flows.

Items are built once per structure; snapshots only regroup link pens and swap neuron thumbnails. The canvas is
also the designer (:mod:`mlp_studio.ui.design_canvas`): it accepts layers from the palette and emits requests
(insert, move, remove, neurons ±, feature toggles, selection) that the design binding turns into commands.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem, QGraphicsView, QWidget

from mlp_studio.data import FEATURE_NAMES
from mlp_studio.i18n import tr
from mlp_studio.ui import theme
from mlp_studio.ui.design_canvas import CanvasEditor, DesignScene
from mlp_studio.ui.network_items import LinkLayer, NeuronItem, _summarise, signed_image
from mlp_studio.ui.network_maps import fill_by_bias, paint_maps, paint_output_map
from mlp_studio.ui.network_preview import NeuronPreview

NODE = 44.0
GAP = 14.0
COLUMN_GAP = 160.0
MAX_SCALE = 2.0
MAX_DRAWN_UNITS = 32
MAX_EXPANDED_UNITS = 256
OFF_OPACITY = 0.3
FEATURE_SLOTS = FEATURE_NAMES
#: Short loss names under the output column (translated where shown).
LOSS_SHORT = {"mse": "MSE", "binary_crossentropy": "binary CE", "categorical_crossentropy": "categorical CE"}


class NetworkView(QGraphicsView):
    """Neurons and links of a multilayer perceptron, updated live from snapshots, and edited by the mouse.

    Signals
    -------
    insert_requested(int, str)
        A palette layer with this activation was dropped before hidden position ``index``.
    move_requested(int, int)
        Hidden layer ``id`` was dragged to position ``index``.
    remove_layer_requested(int), add_neuron_requested(int), remove_neuron_requested(int)
        Per hidden layer id.
    feature_toggled(str)
        An input feature node was clicked.
    selection_changed(object)
        A :class:`~mlp_studio.ui.design_canvas.Selection` or None.
    """

    insert_requested = Signal(int, str)
    move_requested = Signal(int, int)
    remove_layer_requested = Signal(int)
    add_neuron_requested = Signal(int)
    remove_neuron_requested = Signal(int)
    feature_toggled = Signal(str)
    selection_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scene = DesignScene(self)
        self.setScene(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumSize(300, 240)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.preview = NeuronPreview(self.viewport())
        self.editor = CanvasEditor(self)
        scene.editor = self.editor
        self.columns: list[list[NeuronItem]] = []
        self.links: list[LinkLayer] = []
        self.activations: list[str] = []
        self.layers: list[tuple[int, str]] = []
        self.layer_ids: list[int] = []
        self.sizes: list[int] = []
        self.column_x: list[float] = []
        self.column_gap = COLUMN_GAP
        self.max_drawn_units = MAX_DRAWN_UNITS
        self.expanded: set[int] = set()
        self.feature_nodes: dict[str, NeuronItem] = {}
        self.output_levels = (0.0, 1.0)
        self.label_points = 12.0
        self.node_scale = 1.0  # presentation mode draws bigger neurons (ui/presentation.py)
        self._input_labels: list[QGraphicsSimpleTextItem] = []
        self._output_labels: list[QGraphicsSimpleTextItem] = []
        self._hovered: NeuronItem | None = None
        self._output_image = None
        self._biases: tuple = ()
        self._last_structure: tuple | None = None

    @property
    def node(self) -> float:
        """Side of a neuron square in scene units (``NODE`` times :attr:`node_scale`)."""
        return NODE * self.node_scale

    def set_presentation_scale(self, scale: float) -> None:
        """Draw neurons and labels ``scale`` times their normal size (presentation mode) and redraw."""
        self.node_scale = float(scale)
        self.label_points = 12.0 * float(scale)
        if self._last_structure is not None:
            args, kwargs = self._last_structure
            self.set_structure(*args, **kwargs)

    @property
    def selection(self):
        """The current selection (see :class:`~mlp_studio.ui.design_canvas.Selection`)."""
        return self.editor.selection

    # -- structure ----------------------------------------------------------------------------------------
    def set_structure(self, input_names: Sequence[str], layers: Sequence[tuple[int, str]],
                      output_names: Sequence[str], input_grids: np.ndarray | None = None,
                      output_levels: tuple[float, float] = (0.0, 1.0), *, layer_ids: Sequence[int] | None = None,
                      features: Sequence[tuple[str, bool]] | None = None, feature_grids: dict | None = None,
                      loss: str | None = None) -> None:
        """Rebuild the drawing for a network.

        Parameters
        ----------
        input_names : sequence of str
            The network's inputs (feature or column names).
        layers : sequence of (int, str)
            ``(units, activation)`` of the hidden layers then the output layer.
        output_names : sequence of str
            Labels of the output units (class names, or one name for binary/regression).
        input_grids : numpy.ndarray, optional
            ``(n_inputs, g, g)`` input values over the plane (planar sets), shown in the input nodes.
        output_levels : tuple of float
            Fixed colour levels of the output node's map.
        layer_ids : sequence of int, optional
            The document's ids of the hidden layers (default 1 … H).
        features : sequence of (str, bool), optional
            Every input feature of a planar set and whether it is switched on: all are drawn, the ones switched
            off greyed out, and a click toggles them.
        feature_grids : dict, optional
            ``name -> (g, g)`` values of every feature over the plane (thumbnails of switched-off features).
        loss : str, optional
            The loss, shown under the output layer.
        """
        self._last_structure = ((input_names, layers, output_names, input_grids, output_levels),
                                dict(layer_ids=layer_ids, features=features, feature_grids=feature_grids, loss=loss))
        scene = self.scene()
        self._hovered = None
        self.preview.hide()
        scene.clear()
        self.layers = list(layers)
        self.activations = [activation for _, activation in layers]
        hidden = len(layers) - 1
        self.layer_ids = list(layer_ids) if layer_ids is not None else list(range(1, hidden + 1))
        self._input_labels, self._output_labels = [], []
        self.output_levels = output_levels
        self._output_image = None
        self.sizes = [len(input_names)] + [units for units, _ in layers]
        self.column_gap = max(COLUMN_GAP, 0.28 * self._tallest())  # tall columns: room for the headers
        self.column_x = [c * self.column_gap for c in range(len(self.sizes))]
        if hidden == 0:
            self.column_x[-1] = 2.2 * self.column_gap  # room for the "drag a layer here" zone
        self.feature_nodes = {}
        self.columns = [self._add_inputs(input_names, features, feature_grids)]
        self.columns += [self._add_column(c, n) for c, n in enumerate(self.sizes) if c > 0]
        self._add_labels(input_names, layers, output_names, loss)
        self.links = [LinkLayer(scene, [n.right for n in a], [n.left for n in b])
                      for a, b in zip(self.columns, self.columns[1:])]
        if input_grids is not None and len(self.columns[0]) == len(input_grids):
            for node, grid in zip(self.columns[0], input_grids):
                node.set_image(signed_image(grid))
        nodes = QRectF()
        for item in scene.items():
            if isinstance(item, NeuronItem):
                nodes = nodes.united(item.sceneBoundingRect())
        self._nodes_rect = nodes
        self.editor.rebuild(nodes.top(), nodes.bottom())
        # A generous scene rect so centring is never clamped; _fit frames the nodes plus the labels.
        self.setSceneRect(nodes.adjusted(-5000, -5000, 5000, 5000))
        self._fit()

    def toggle_expanded(self, layer_id: int) -> None:
        """Draw a wide hidden layer neuron by neuron, or collapse it back into one block."""
        self.expanded.symmetric_difference_update({layer_id})
        if self._last_structure is not None:
            args, kwargs = self._last_structure
            self.set_structure(*args, **kwargs)

    def _tallest(self) -> float:
        heights = [len(FEATURE_SLOTS) * (self.node + GAP)]
        for column, units in enumerate(self.sizes):
            drawn, size, gap = self._column_geometry(column, units)
            heights.append(drawn * (size + gap) if drawn > 1 else 5 * size)
        return max(heights)

    def _column_geometry(self, column: int, units: int) -> tuple[int, float, float]:
        """``(drawn nodes, node size, gap)`` of a column: collapsed into one block when it is too wide."""
        last = len(self.sizes) - 1
        layer_id = self.layer_ids[column - 1] if 0 < column < last else None
        expanded = layer_id in self.expanded and units <= MAX_EXPANDED_UNITS
        if units > MAX_DRAWN_UNITS and not expanded:
            return 1, self.node, GAP
        if units <= 12:
            return units, self.node, GAP
        if units <= MAX_DRAWN_UNITS:
            return units, self.node * 0.75, GAP
        return units, 18.0, 5.0

    def _add_column(self, column: int, units: int) -> list[NeuronItem]:
        drawn, size, gap = self._column_geometry(column, units)
        count = units if drawn == 1 and units > 1 else 1
        height = size if count == 1 else size * 5
        total = drawn * height + (drawn - 1) * gap
        items = []
        for i in range(drawn):
            item = NeuronItem(size, (column, i), count=count, on_hover=self._on_hover, handler=self.editor)
            item.setPos(self.column_x[column], -total / 2 + height / 2 + i * (height + gap))
            self.scene().addItem(item)
            items.append(item)
        return items

    def _add_inputs(self, input_names, features, feature_grids) -> list[NeuronItem]:
        """The input column; for planar sets every feature is drawn and the switched-off ones are greyed."""
        if not features:
            return self._add_column(0, len(input_names))
        node = self.node
        total = len(features) * node + (len(features) - 1) * GAP
        active = []
        for i, (name, on) in enumerate(features):
            item = NeuronItem(node, (0, len(active) if on else -1), on_hover=self._on_hover, handler=self.editor)
            item.feature = name
            item.setPos(0.0, -total / 2 + node / 2 + i * (node + GAP))
            item.setToolTip(tr("{name}: click to switch this input off").format(name=name) if on
                            else tr("{name}: click to switch this input on").format(name=name))
            item.setCursor(Qt.CursorShape.PointingHandCursor)
            if feature_grids and name in feature_grids:
                item.set_image(signed_image(feature_grids[name]))
            if not on:
                item.setOpacity(OFF_OPACITY)
                item.caption = tr("<b>Input</b> {name} · switched off<br>click to feed it to the network").format(
                    name=name)
            self.scene().addItem(item)
            self.feature_nodes[name] = item
            if on:
                active.append(item)
        return active

    def _add_labels(self, input_names, layers, output_names, loss) -> None:
        bottom = self._nodes_bottom()
        inputs = tr("Input · click to switch") if self.feature_nodes else tr("Input")
        self._text(inputs, theme.MUTED, self.column_x[0], bottom + 10, anchor=(0.5, 0.0))
        output = tr("Output · {act}").format(act=layers[-1][1])
        if loss:
            output += "\n" + tr("loss: {name}").format(name=tr(LOSS_SHORT.get(loss, loss)))
        self._output_title = self._text(output, theme.MUTED, self.column_x[-1], bottom + 10, anchor=(0.5, 0.0))
        if self.feature_nodes:
            self._label_nodes(list(self.feature_nodes.values()), list(self.feature_nodes), left=True)
        else:
            self._label_nodes(self.columns[0], input_names, left=True)
        self._label_nodes(self.columns[-1], output_names, left=False)
        for column, nodes in enumerate(self.columns):
            for i, node in enumerate(nodes):
                node.caption = self._caption(column, i, input_names, output_names)

    def _nodes_bottom(self) -> float:
        bottoms = [node.sceneBoundingRect().bottom() for node in self.feature_nodes.values()]
        bottoms += [nodes[-1].sceneBoundingRect().bottom() for nodes in self.columns if nodes]
        return max(bottoms)

    def _label_nodes(self, nodes, names, left: bool) -> None:
        if len(nodes) != len(names):
            names = [tr("{n} inputs").format(n=len(names)) if left else tr("{n} outputs").format(n=len(names))]
        for node, name in zip(nodes, names):
            rect = node.sceneBoundingRect()
            x = rect.left() - 8 if left else rect.right() + 8
            color = theme.INK if node.opacity() == 1.0 else theme.MUTED
            label = self._text(str(name), color, x, rect.center().y(), anchor=(1.0 if left else 0.0, 0.5))
            (self._input_labels if left else self._output_labels).append(label)

    def _text(self, text: str, color: str, x: float, y: float, anchor=(0.0, 0.0)) -> QGraphicsSimpleTextItem:
        """Add a label that keeps its on-screen size however the drawing is scaled (readable on projectors).

        ``anchor`` is the label's point placed at ``(x, y)``: (0, 0) top-left, (1, 1) bottom-right. The label
        hangs off an invisible pin that ignores the view's scale, so the offset is in pixels.
        """
        pin = QGraphicsRectItem(0, 0, 0, 0)
        pin.setPen(Qt.PenStyle.NoPen)
        pin.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        pin.setPos(x, y)
        item = QGraphicsSimpleTextItem(text, pin)
        font = QFont()
        font.setPointSizeF(self.label_points)
        item.setFont(font)
        item.setBrush(QColor(color))
        rect = item.boundingRect()
        item.setPos(-anchor[0] * rect.width(), -anchor[1] * rect.height())
        self.scene().addItem(pin)
        return item

    def _caption(self, column: int, index: int, input_names, output_names) -> str:
        last = len(self.columns) - 1
        if column == 0:
            name = input_names[index] if len(self.columns[0]) == len(input_names) else tr("inputs")
            return tr("<b>Input</b> {name}").format(name=name)
        activation = self.activations[column - 1]
        if column == last:
            name = output_names[index] if index < len(output_names) else ""
            return (tr("<b>Output</b> {name} · {act}").format(name=name, act=activation)
                    + "<br>y = f(Σ w<sub>i</sub>x<sub>i</sub> + b)")
        return (tr("<b>Hidden {n}</b>, neuron {j} · {act}").format(n=column, j=index + 1, act=activation)
                + "<br>a = f(Σ w<sub>i</sub>x<sub>i</sub> + b)")

    # -- snapshots ----------------------------------------------------------------------------------------
    def update_snapshot(self, snapshot) -> None:
        """Regroup links by the new weights and refresh the neuron maps."""
        if not self.columns:
            return
        for item, w, src, dst in zip(self.links, snapshot.weights, self.columns, self.columns[1:]):
            item.set_weights(_summarise(np.asarray(w), len(src), len(dst)))
        self._biases = snapshot.biases
        if snapshot.neuron_grids is not None:
            for column, grids in enumerate(snapshot.neuron_grids, start=1):
                paint_maps(self.columns[column], grids, theme.activation_levels(self.activations[column - 1]))
        else:
            fill_by_bias(self.columns, snapshot.biases)
        if (output_image := paint_output_map(self.columns[-1], snapshot.output_grid, self.output_levels)) is not None:
            self._output_image = output_image
        if self._hovered is not None:
            self._on_hover(self._hovered, True)

    # -- hover, sizing ------------------------------------------------------------------------------------
    def _on_hover(self, item: NeuronItem, entered: bool) -> None:
        if not entered:
            self._hovered = None
            self.preview.hide()
            return
        self._hovered = item
        column, index = item.key
        caption = item.caption
        if 0 < column <= len(self._biases) and index < len(self._biases[column - 1]) and item.count == 1:
            caption += "<br>" + tr("bias b = {b}").format(b=f"{float(self._biases[column - 1][index]):+.3f}")
        self.preview.show_neuron(item.image, caption)
        self._place_preview()

    def _place_preview(self) -> None:
        """Put the preview beside the hovered neuron."""
        if self._hovered is not None:
            self.preview.place_beside(self.mapFromScene(self._hovered.sceneBoundingRect()).boundingRect(),
                                      self.viewport().size())

    def _fit(self) -> None:
        """Scale the nodes to fill the view, leaving pixel margins for the (unscaled) labels."""
        rect: QRectF = getattr(self, "_nodes_rect", QRectF())
        if rect.isEmpty():
            return
        left, right, top, bottom = self._label_margins()
        width = self.viewport().width() - left - right
        height = self.viewport().height() - top - bottom
        scale = max(0.05, min(width / rect.width(), height / rect.height(), MAX_SCALE))
        self.resetTransform()
        self.scale(scale, scale)
        self.editor.fit_headers(self.column_gap * scale)
        centre = rect.center()
        centre.setX(centre.x() + (right - left) / 2 / scale)
        centre.setY(centre.y() + (bottom - top) / 2 / scale)
        self.centerOn(centre)

    def _label_margins(self) -> tuple[float, float, float, float]:
        """Pixels needed left (input names), right (output names), above (headers) and below."""
        left = max((t.boundingRect().width() for t in self._input_labels), default=0.0) + 24
        right = max((t.boundingRect().width() for t in self._output_labels), default=0.0) + 24
        title = getattr(self, "_output_title", None)
        right = max(right, title.boundingRect().width() / 2 + 12 if title is not None else 0.0)
        return left, right, 70.0, 56.0

    # -- mouse and keys (items handle their own presses; this is for links and empty space) ------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.scene().mouseGrabberItem() is None:
            self.editor.click_background(self.mapToScene(event.position().toPoint()))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.editor.delete_selected():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.selection is not None:
            self.editor.select(None)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()
        if self.preview.isVisible():
            self._place_preview()

