"""The NETWORK canvas: input features, hidden layers and outputs, drawn the way the data flows.

Items are built once per structure; snapshots only regroup link pens and swap neuron thumbnails.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (QFrame, QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QLabel,
                               QVBoxLayout, QWidget)

from mlp_studio.ui import theme
from mlp_studio.ui.network_items import LinkLayer, NeuronItem

NODE = 44.0
GAP = 14.0
COLUMN_GAP = 160.0
MAX_SCALE = 2.0
MAX_DRAWN_UNITS = 32
PREVIEW_SIZE = 180


class NeuronPreview(QFrame):
    """An enlarged activation map with a caption, shown while the pointer rests on a neuron."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("NeuronPreview { background: palette(base); border: 1px solid #90A4AE;"
                           " border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.picture = QLabel()
        self.picture.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setMaximumWidth(PREVIEW_SIZE)
        layout.addWidget(self.picture)
        layout.addWidget(self.caption)
        self.hide()

    def show_neuron(self, image, caption: str) -> None:
        """Show ``image`` (QImage or None) enlarged, with ``caption`` (rich text)."""
        if image is None:
            self.picture.hide()
        else:
            self.picture.show()
            self.picture.setPixmap(QPixmap.fromImage(image).scaled(
                PREVIEW_SIZE, PREVIEW_SIZE, Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.caption.setText(caption)
        self.adjustSize()
        self.show()
        self.raise_()


class NetworkView(QGraphicsView):
    """Neurons and links of a multilayer perceptron, updated live from snapshots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumSize(300, 240)
        self.preview = NeuronPreview(self.viewport())
        self.columns: list[list[NeuronItem]] = []
        self.links: list[LinkLayer] = []
        self.activations: list[str] = []
        self.output_levels = (0.0, 1.0)
        self.label_points = 12.0
        self._input_labels: list[QGraphicsSimpleTextItem] = []
        self._output_labels: list[QGraphicsSimpleTextItem] = []
        self._hovered: NeuronItem | None = None
        self._output_image = None
        self._biases: tuple = ()

    # -- structure ----------------------------------------------------------------------------------------
    def set_structure(self, input_names: Sequence[str], layers: Sequence[tuple[int, str]],
                      output_names: Sequence[str], input_grids: np.ndarray | None = None,
                      output_levels: tuple[float, float] = (0.0, 1.0)) -> None:
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
        """
        scene = self.scene()
        self._hovered = None
        self.preview.hide()
        scene.clear()
        self.activations = [activation for _, activation in layers]
        self._input_labels, self._output_labels = [], []
        self.output_levels = output_levels
        self._output_image = None
        sizes = [len(input_names)] + [units for units, _ in layers]
        self.columns = [self._add_column(c, n) for c, n in enumerate(sizes)]
        self._add_labels(input_names, layers, output_names)
        self.links = [LinkLayer(scene, [n.right for n in a], [n.left for n in b])
                      for a, b in zip(self.columns, self.columns[1:])]
        if input_grids is not None and len(self.columns[0]) == len(input_grids):
            for node, grid in zip(self.columns[0], input_grids):
                extent = float(np.max(np.abs(grid))) or 1.0
                node.set_image(theme.grid_to_qimage(grid, (-extent, extent)))
        nodes = QRectF()
        for column in self.columns:
            for node in column:
                nodes = nodes.united(node.sceneBoundingRect())
        self._nodes_rect = nodes
        # A generous scene rect so centring is never clamped; _fit frames the nodes plus the labels.
        self.setSceneRect(nodes.adjusted(-5000, -5000, 5000, 5000))
        self._fit()

    def _add_column(self, column: int, units: int) -> list[NeuronItem]:
        count = units if units > MAX_DRAWN_UNITS else 1
        drawn = 1 if units > MAX_DRAWN_UNITS else units
        size = NODE if units <= 12 else NODE * 0.75
        height = size if count == 1 else size * 5
        total = drawn * height + (drawn - 1) * GAP
        items = []
        for i in range(drawn):
            item = NeuronItem(size, (column, i), count=count, on_hover=self._on_hover)
            item.setPos(column * COLUMN_GAP, -total / 2 + height / 2 + i * (height + GAP))
            self.scene().addItem(item)
            items.append(item)
        return items

    def _add_labels(self, input_names, layers, output_names) -> None:
        last = len(self.columns) - 1
        top = min(nodes[0].sceneBoundingRect().top() for nodes in self.columns)
        for column in range(len(self.columns)):
            if column == 0:
                title = "Input"
            elif column == last:
                title = f"Output\n{layers[-1][1]}"
            else:
                title = f"Hidden {column}\n{layers[column - 1][0]} × {layers[column - 1][1]}"
            self._text(title, theme.MUTED, column * COLUMN_GAP, top - 12, anchor=(0.5, 1.0))
        self._label_nodes(self.columns[0], input_names, left=True)
        self._label_nodes(self.columns[-1], output_names, left=False)
        for column, nodes in enumerate(self.columns):
            for i, node in enumerate(nodes):
                node.caption = self._caption(column, i, input_names, output_names)

    def _label_nodes(self, nodes, names, left: bool) -> None:
        if len(nodes) != len(names):
            names = [f"{len(names)} inputs" if left else f"{len(names)} outputs"]
        for node, name in zip(nodes, names):
            rect = node.sceneBoundingRect()
            x = rect.left() - 8 if left else rect.right() + 8
            label = self._text(str(name), theme.INK, x, rect.center().y(), anchor=(1.0 if left else 0.0, 0.5))
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
            name = input_names[index] if len(self.columns[0]) == len(input_names) else "inputs"
            return f"<b>Input</b> {name}"
        activation = self.activations[column - 1]
        if column == last:
            name = output_names[index] if index < len(output_names) else ""
            return f"<b>Output</b> {name} · {activation}<br>y = f(Σ w<sub>i</sub>x<sub>i</sub> + b)"
        return (f"<b>Hidden {column}</b>, neuron {index + 1} · {activation}<br>"
                f"a = f(Σ w<sub>i</sub>x<sub>i</sub> + b)")

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
                self._set_maps(column, grids, theme.activation_levels(self.activations[column - 1]))
        else:
            self._fill_by_bias(snapshot.biases)
        self._set_output_map(snapshot)
        if self._hovered is not None:
            self._on_hover(self._hovered, True)

    def _set_maps(self, column: int, grids, levels) -> None:
        nodes = self.columns[column]
        if len(nodes) != len(grids):
            mean = np.asarray(grids).mean(axis=0)
            nodes[0].set_image(theme.grid_to_qimage(mean, levels))
            return
        for node, grid in zip(nodes, grids):
            node.set_image(theme.grid_to_qimage(grid, levels))

    def _fill_by_bias(self, biases) -> None:
        for column, bias in enumerate(biases, start=1):
            nodes = self.columns[column]
            values = np.asarray(bias, dtype=np.float64)
            if len(nodes) != len(values):
                values = np.array([values.mean()])
            for node, value in zip(nodes, values):
                index = int(np.clip((np.nan_to_num(value) + 1.0) / 2.0 * 255, 0, 255))
                node.set_fill(QColor(*(int(c) for c in theme.LUT[index])))

    def _set_output_map(self, snapshot) -> None:
        grid = snapshot.output_grid
        outputs = self.columns[-1]
        if grid is None or len(outputs) != 1:
            if grid is not None:
                palette = theme.class_colors(len(outputs))
                for node, color in zip(outputs, palette):
                    node.set_fill(QColor(color))
            return
        step = max(1, grid.shape[0] // 50)
        self._output_image = theme.grid_to_qimage(np.asarray(grid)[::step, ::step], self.output_levels)
        outputs[0].set_image(self._output_image)

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
            caption += f"<br>bias b = {float(self._biases[column - 1][index]):+.3f}"
        self.preview.show_neuron(item.image, caption)
        self._place_preview()

    def _place_preview(self) -> None:
        """Put the preview beside the hovered neuron (right of it, or left when there is no room)."""
        if self._hovered is None:
            return
        margin = 12
        size = self.preview.sizeHint()
        node = self.mapFromScene(self._hovered.sceneBoundingRect()).boundingRect()
        x = node.right() + margin
        if x + size.width() > self.viewport().width():
            x = node.left() - margin - size.width()
        y = node.center().y() - size.height() // 2
        y = max(4, min(y, self.viewport().height() - size.height() - 4))
        self.preview.move(max(4, x), y)

    def _fit(self) -> None:
        """Scale the nodes to fill the view, leaving pixel margins for the (unscaled) labels."""
        rect: QRectF = getattr(self, "_nodes_rect", QRectF())
        if rect.isEmpty():
            return
        left, right, top, bottom = self._label_margins()
        width = self.viewport().width() - left - right
        height = self.viewport().height() - top - bottom
        scale = max(0.2, min(width / rect.width(), height / rect.height(), MAX_SCALE))
        self.resetTransform()
        self.scale(scale, scale)
        centre = rect.center()
        centre.setX(centre.x() + (right - left) / 2 / scale)
        centre.setY(centre.y() + (bottom - top) / 2 / scale)
        self.centerOn(centre)

    def _label_margins(self) -> tuple[float, float, float, float]:
        """Pixels needed left (input names), right (output names), above (headers) and below."""
        left = max((t.boundingRect().width() for t in self._input_labels), default=0.0) + 24
        right = max((t.boundingRect().width() for t in self._output_labels), default=0.0) + 24
        return left, right, 64.0, 16.0

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()
        if self.preview.isVisible():
            self._place_preview()


def _summarise(w: np.ndarray, sources: int, targets: int) -> np.ndarray:
    """Reduce a weight matrix to the drawn nodes: a collapsed side becomes one signed mean-magnitude row."""
    if w.shape[0] != sources:
        w = (np.sign(w.mean(axis=0)) * np.abs(w).mean(axis=0))[None, :]
    if w.shape[1] != targets:
        w = (np.sign(w.mean(axis=1)) * np.abs(w).mean(axis=1))[:, None]
    return w
