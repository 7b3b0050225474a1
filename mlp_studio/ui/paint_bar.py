"""The PAINT row above the boundary plot: Paint toggle, class swatches, brush size, Erase, Clear."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QSlider, QToolButton, QVBoxLayout, QWidget

from mlp_studio.i18n import tr
from mlp_studio.ui import theme

#: Classes offered as swatches (the data layer accepts up to eight).
PAINT_CLASSES = 6
#: Brush radius in plane units: slider value / 10.
BRUSH_RANGE = (2, 20)
DEFAULT_BRUSH = 6
#: Checked tools (Paint, Erase, the chosen class) stand out: a blue frame on a pale blue ground.
CHECKED_STYLE = (f"QToolButton:checked {{ background: #DCEBF5; border: 1px solid {theme.BLUE}; border-radius: 3px; }}"
                 f"QToolButton:checked:disabled {{ background: transparent; border: 1px solid {theme.GRID}; }}")


def swatch_colors(n_classes: int) -> list[str]:
    """The colour each swatch shows: the class's colour in a set of ``n_classes`` classes, else Okabe–Ito.

    Two classes are orange and blue as everywhere else; a third class turns the plot to Okabe–Ito, whose
    first two colours are again an orange and a blue, so a class keeps its hue when classes are added.
    """
    palette = theme.class_colors(max(int(n_classes), 2))
    return [palette[k] if k < len(palette) else theme.OKABE_ITO[k] for k in range(PAINT_CLASSES)]


def _dot_icon(color: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(theme.INK))
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class PaintBar(QWidget):
    """Controls of the paint tool; the tool reads them and listens to :attr:`clear_requested`.

    Attributes
    ----------
    paint, erase : QToolButton
        Checkable: painting mode on, and erase instead of add.
    swatches : list of QToolButton
        One exclusive, checkable button per class 0 .. 5.
    brush : QSlider
        Brush radius × 10 in plane units.
    hint : QLabel
        A one-line note (e.g. "paint at least two classes"), hidden when empty.
    """

    clear_requested = Signal()
    mode_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(3)
        column.addLayout(row)
        self.paint = self._tool(tr("Paint"), tr("Paint your own points on the plane: click adds one point, "
                                                "dragging brushes several; every stroke is one undo step"))
        row.addWidget(self.paint)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.swatches: list[QToolButton] = []
        for k in range(PAINT_CLASSES):
            button = self._tool("", tr("Paint class {k}").format(k=k))
            button.setIconSize(QSize(14, 14))
            button.setAutoRaise(True)
            self.group.addButton(button, k)
            self.swatches.append(button)
            row.addWidget(button)
        self.swatches[0].setChecked(True)
        row.addWidget(self._brush_label())
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(*BRUSH_RANGE)
        self.brush.setValue(DEFAULT_BRUSH)
        self.brush.setMaximumWidth(70)
        self.brush.setToolTip(tr("Brush size"))
        row.addWidget(self.brush)
        self.erase = self._tool(tr("Erase"), tr("Remove the points under the brush"))
        self.clear = self._tool(tr("Clear"), tr("Remove every painted point and start from an empty plane"),
                                checkable=False)
        row.addWidget(self.erase)
        row.addWidget(self.clear)
        row.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {theme.INK}; background: #FFF3E0; border-radius: 3px; padding: 2px 6px;")
        self.hint.hide()
        column.addWidget(self.hint)
        self.setStyleSheet(CHECKED_STYLE)
        self.clear.clicked.connect(self.clear_requested)
        self.paint.toggled.connect(self._on_mode)
        self.erase.toggled.connect(self._on_mode)
        self.set_colors(2)
        self._on_mode()

    def _tool(self, text: str, tip: str, checkable: bool = True) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(checkable)
        return button

    def _brush_label(self) -> QLabel:
        label = QLabel(tr("Brush"))
        label.setStyleSheet(f"color: {theme.MUTED};")
        return label

    def _on_mode(self, *_args) -> None:
        on = self.paint.isChecked()
        for widget in (*self.swatches, self.brush, self.erase, self.clear):
            widget.setEnabled(on)
        self.mode_changed.emit()

    # -- reading and showing ------------------------------------------------------------------------------
    @property
    def label(self) -> int:
        """The class being painted."""
        return max(self.group.checkedId(), 0)

    def set_label(self, label: int) -> None:
        """Select the swatch of class ``label``."""
        self.swatches[int(label)].setChecked(True)

    @property
    def radius(self) -> float:
        """Brush radius in plane units."""
        return self.brush.value() / 10.0

    def set_colors(self, n_classes: int) -> None:
        """Colour the swatches as the plot would show their classes in a set of ``n_classes`` classes."""
        for button, color in zip(self.swatches, swatch_colors(n_classes)):
            button.setIcon(_dot_icon(color))

    def set_hint(self, text: str | None) -> None:
        """Show a one-line note under the row (None hides it)."""
        self.hint.setText(text or "")
        self.hint.setVisible(bool(text))
