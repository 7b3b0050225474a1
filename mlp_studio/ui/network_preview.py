"""The enlarged activation map shown beside the neuron the pointer rests on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

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

    def place_beside(self, node, viewport) -> None:
        """Move next to ``node`` (a QRect in viewport pixels): right of it, or left when there is no room."""
        margin = 12
        size = self.sizeHint()
        x = node.right() + margin
        if x + size.width() > viewport.width():
            x = node.left() - margin - size.width()
        y = node.center().y() - size.height() // 2
        y = max(4, min(y, viewport.height() - size.height() - 4))
        self.move(max(4, x), y)
