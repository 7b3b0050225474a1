"""The PALETTE: building blocks (dense hidden layers, one tile per activation) dragged onto the network.

A tile starts a ``QDrag`` carrying ``application/x-mlp-studio-layer`` (the activation name) that the canvas
accepts; a double-click adds the layer just before the output, for users who do not drag.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from mlp_studio.i18n import tr
from mlp_studio.teaching.activations_explorer import activation_curve
from mlp_studio.ui import theme
from mlp_studio.ui.design_canvas import LAYER_MIME

PRESETS = ("tanh", "relu", "sigmoid", "leaky_relu", "linear")
LABELS = {"tanh": "tanh", "relu": "ReLU", "sigmoid": "sigmoid", "leaky_relu": "leaky ReLU", "linear": "linear"}
CURVE_SIZE = (38, 26)


def curve_pixmap(name: str, size: tuple[int, int] = CURVE_SIZE) -> QPixmap:
    """A small picture of activation ``name`` over z ∈ [−3, 3] (values from the engine's registry)."""
    width, height = size
    curve = activation_curve(name, np.linspace(-3.0, 3.0, 61))
    values = np.clip(np.asarray(curve.values), -1.2, 3.0)
    low, high = min(values.min(), -1.0), max(values.max(), 1.0)
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(theme.GRID), 1))
    zero = height - 2 - (0 - low) / (high - low) * (height - 4)
    painter.drawLine(QPointF(0, zero), QPointF(width, zero))
    path = QPainterPath()
    for i, value in enumerate(values):
        point = QPointF(1 + i / (len(values) - 1) * (width - 2),
                        height - 2 - (value - low) / (high - low) * (height - 4))
        path.moveTo(point) if i == 0 else path.lineTo(point)
    painter.setPen(QPen(QColor(theme.BLUE), 2))
    painter.drawPath(path)
    painter.end()
    return pixmap


class LayerTile(QFrame):
    """One draggable building block: a dense hidden layer with a preset activation."""

    activated = Signal(str)

    def __init__(self, activation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activation = activation
        self.setObjectName("layerTile")
        self.setStyleSheet("#layerTile { background: palette(base); border: 1px solid #B0BEC5; border-radius: 6px; }"
                           " #layerTile:hover { border: 1px solid #0877BD; background: #E3F2FD; }")
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(tr("Dense hidden layer with {name} activation: drag it onto the network (between two "
                           "layers), or double-click to add it before the output").format(name=LABELS[activation]))
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(6, 3, 8, 3)
        self._row.setSpacing(6)
        picture = QLabel()
        picture.setPixmap(curve_pixmap(activation))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text = QLabel()
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setStyleSheet("border: none; background: transparent;")
        picture.setStyleSheet("border: none; background: transparent;")
        self._row.addWidget(picture)
        self._row.addWidget(self._text)
        self.compact = True
        self.set_compact(False)
        self._press: QPointF | None = None

    def set_compact(self, compact: bool) -> None:
        """Wide: the curve beside "Dense" and the name. Compact (narrow windows): the curve above the name."""
        if compact == self.compact:
            return
        self.compact = compact
        name = LABELS[self.activation]
        if compact:
            self._row.setDirection(QBoxLayout.Direction.TopToBottom)
            self._row.setContentsMargins(5, 3, 5, 2)
            self._row.setSpacing(1)
            self._text.setText(name)
        else:
            self._row.setDirection(QBoxLayout.Direction.LeftToRight)
            self._row.setContentsMargins(6, 3, 8, 3)
            self._row.setSpacing(6)
            self._text.setText(tr("<b>Dense</b><br>{name}").format(name=name))

    def mime_data(self) -> QMimeData:
        """What a drag of this tile carries."""
        mime = QMimeData()
        mime.setData(LAYER_MIME, self.activation.encode("utf-8"))
        mime.setText(tr("Dense layer · {name}").format(name=self.activation))
        return mime

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._press is None or (event.position() - self._press).manhattanLength() < 6:
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(self.mime_data())
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._press = None

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.activated.emit(self.activation)


class LayerPalette(QWidget):
    """A strip of layer tiles above the canvas; :attr:`add_requested` on a double-click."""

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(6)
        title = QLabel(tr("<b>PALETTE</b><br><span style='color:#78909C'>drag to add</span>"))
        title.setToolTip(tr("Drag a layer onto the network, between two layers, to insert it there"))
        row.addWidget(title)
        self._row, self._title = row, title
        self._measured: dict = {}   # (compact, font key) -> the tiles' size hints
        self.tiles: dict[str, LayerTile] = {}
        for activation in PRESETS:
            tile = LayerTile(activation)
            tile.activated.connect(self.add_requested)
            row.addWidget(tile)
            self.tiles[activation] = tile
        row.addStretch(1)
        outer.addLayout(row)

    # -- narrow windows ------------------------------------------------------------------------------------
    def _tile_sizes(self, compact: bool) -> list:
        """The tiles' size hints in one form, measured once per font (presentation mode changes it): a resize
        only compares numbers, it does not flip every tile back and forth."""
        key = (compact, self.font().key())
        if key not in self._measured:
            sizes = []
            for tile in self.tiles.values():
                was = tile.compact
                tile.set_compact(compact)
                sizes.append(tile.sizeHint())
                tile.set_compact(was)
            self._measured[key] = sizes
        return self._measured[key]

    def _width_needed(self, compact: bool, title: bool = True) -> int:
        """Width of the title (unless ``title`` is False) and all tiles side by side, the tiles wide or compact."""
        widths = ([self._title.sizeHint().width()] if title else []) + [s.width() for s in self._tile_sizes(compact)]
        margins = self._row.contentsMargins()
        return sum(widths) + self._row.spacing() * len(widths) + margins.left() + margins.right()

    def tallest_height(self) -> int:
        """The palette's height in its taller (compact) form, for a strip that must fit both."""
        return max(self.sizeHint().height(), max(s.height() for s in self._tile_sizes(True)) + 4)

    def fit_width(self, width: int) -> None:
        """Fit ``width`` pixels: wide tiles, else compact ones (a 1280-px projector), else compact ones without the
        title (1024 px; its text stays in the tiles' tooltips); only narrower still does the strip scroll."""
        compact = width < self._width_needed(False)
        for tile in self.tiles.values():
            tile.set_compact(compact)
        self._title.setVisible(not compact or width >= self._width_needed(True))


class PaletteStrip(QScrollArea):
    """The palette's place above the canvas: compact tiles when the wide ones do not fit, scrolling only when
    even those do not (a very narrow window)."""

    def __init__(self, palette: LayerPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_widget = palette
        self.setWidget(palette)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(palette.tallest_height() + 14)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.palette_widget.fit_width(self.viewport().width())
        super().resizeEvent(event)
