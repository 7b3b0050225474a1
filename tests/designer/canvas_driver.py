"""Drive the NETWORK canvas like a user: palette drags, mouse presses, moves and releases on the viewport."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from mlp_studio.ui.design_canvas import LAYER_MIME


def layer_mime(activation: str) -> QMimeData:
    """What dragging a palette tile carries."""
    mime = QMimeData()
    mime.setData(LAYER_MIME, activation.encode("utf-8"))
    return mime


def to_view(view, scene_point: QPointF) -> QPoint:
    """Viewport pixel of a scene point."""
    return view.mapFromScene(scene_point)


def drag_palette_layer(view, activation: str, scene_points: list[QPointF], drop: bool = True) -> None:
    """Drag a palette tile over ``scene_points`` (enter at the first, move over the rest) and drop at the last."""
    mime = layer_mime(activation)
    viewport = view.viewport()
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    first = to_view(view, scene_points[0])
    QApplication.sendEvent(viewport, QDragEnterEvent(first, copy, mime, left, none))
    for point in scene_points[1:]:
        QApplication.sendEvent(viewport, QDragMoveEvent(to_view(view, point), copy, mime, left, none))
    if drop:
        last = QPointF(to_view(view, scene_points[-1]))
        QApplication.sendEvent(viewport, QDropEvent(last, copy, mime, left, none))


def _mouse(view, kind: QEvent.Type, pixel: QPoint, buttons) -> None:
    viewport = view.viewport()
    local = QPointF(pixel)
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(pixel)), Qt.MouseButton.LeftButton
                        if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def mouse_drag(view, start: QPoint, path: list[QPoint]) -> None:
    """Press at viewport pixel ``start``, move through ``path`` with the button held, release at the end."""
    held, free = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _mouse(view, QEvent.Type.MouseButtonPress, start, held)
    for pixel in path:
        _mouse(view, QEvent.Type.MouseMove, pixel, held)
    _mouse(view, QEvent.Type.MouseButtonRelease, path[-1] if path else start, free)


def click(view, pixel: QPoint) -> None:
    """A left click at viewport pixel ``pixel``."""
    mouse_drag(view, pixel, [])


def header_pixel(view, column: int) -> QPoint:
    """A pixel on the empty part of a hidden layer's header (not on its buttons)."""
    header = view.editor.headers[column]
    return header.deviceTransform(view.viewportTransform()).map(QPointF(-10.0, -30.0)).toPoint()


def button_pixel(view, button) -> QPoint:
    """The centre of a header button."""
    return button.deviceTransform(view.viewportTransform()).map(button.boundingRect().center()).toPoint()


def node_pixel(view, item) -> QPoint:
    """The centre of a neuron item."""
    return to_view(view, item.sceneBoundingRect().center())
