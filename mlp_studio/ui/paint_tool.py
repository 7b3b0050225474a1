"""Paint your own data on the boundary plot (docs/classroom-paint.md).

With Paint on, a click on the plot adds a point of the chosen class, a drag brushes several, Erase removes
the points under the brush and Clear empties the plane. While the mouse is down only a preview changes; on
release the stroke becomes ONE undoable edit: the document switches to the ``painted`` data set with the new
points (``document.set_dataset``, so the output layer follows the classes) and the run is rebuilt like any data
change, asking first when a trained network would be lost. Painting on another 2-D set starts from its points
and keeps its plane (``DatasetSpec.extent`` = its ``plane_extent``), so the plot does not jump.

A set with fewer than two classes cannot train, so such a stroke (or Clear) leaves a *draft*: the plot shows
the draft's points and a hint, the document keeps its last trainable set, and the draft steps are undoable
commands of their own. The stroke that adds a second class turns the draft into the document's data set.
"""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QGraphicsEllipseItem
from shiboken6 import Shiboken

from mlp_studio.data import MAX_PAINTED_POINTS, PLANE_EXTENT, DatasetSpec, dataset_info, points_from_dataset
from mlp_studio.errors import DataError, MlpStudioError
from mlp_studio.i18n import tr
from mlp_studio.ui import theme
from mlp_studio.ui.paint_bar import PaintBar
from mlp_studio.ui.paint_stroke import Stroke

PAINTED = "painted"
#: How far outside the plane (plane units) a press still counts (it is clipped onto the edge).
EDGE_SLACK = 0.3
#: Document states remembered with the draft shown before a stroke made them (for undo).
REMEMBERED = 64


def starter_points() -> tuple[tuple[float, float, int], ...]:
    """Two small clusters (class 0 lower left, class 1 upper right) when there are no 2-D points to start from."""
    rng = np.random.default_rng(0)
    points = []
    for label, centre in ((0, (-2.5, -2.5)), (1, (2.5, 2.5))):
        for x, y in np.asarray(centre) + rng.normal(0.0, 0.6, size=(12, 2)):
            points.append((round(float(x), 3), round(float(y), 3), label))
    return tuple(points)


def n_classes_of(points) -> int:
    """Classes a painted set of these points has (max class + 1, at least 2)."""
    return max([int(p[2]) for p in points] + [1]) + 1


class DraftCommand(QUndoCommand):
    """One paint stroke that left fewer than two classes: it changes only the tool's draft."""

    def __init__(self, text: str, tool: "PaintTool", before, after) -> None:
        super().__init__(text)
        self.tool, self.before, self.after = tool, before, after
        self._applied = True

    def redo(self) -> None:  # noqa: D102 (Qt API)
        if self._applied:
            self._applied = False
            return
        self.tool.set_draft(self.after)

    def undo(self) -> None:  # noqa: D102 (Qt API)
        self.tool.set_draft(self.before)


class PaintTool(QObject):
    """Turns mouse strokes on the window's boundary plot into painted-data edits.

    Parameters
    ----------
    window : MainWindow
        Provides ``output_panel.boundary``, ``design`` (binding, document, undo stack), ``data_panel``,
        ``controller`` and ``statusBar()``.
    bar : PaintBar
        The controls.
    """

    def __init__(self, window, bar: PaintBar) -> None:
        super().__init__(window)
        self.window, self.bar = window, bar
        self.boundary = window.output_panel.boundary
        self.stroke: Stroke | None = None
        self.draft: tuple | None = None
        self._draft_dataset: DatasetSpec | None = None
        self._remembered: dict[int, tuple] = {}
        self.preview = pg.ScatterPlotItem(pxMode=True)
        self.preview.setZValue(20)
        self.cursor = QGraphicsEllipseItem()
        self.cursor.setPen(pg.mkPen(theme.INK, width=1.2, style=Qt.PenStyle.DashLine))
        self.cursor.setZValue(30)
        self.cursor.hide()
        for item in (self.preview, self.cursor):
            self.boundary.plot.vb.addItem(item, ignoreBounds=True)
        self.boundary.viewport().installEventFilter(self)
        self.boundary.viewport().setMouseTracking(True)
        bar.clear_requested.connect(self.clear)
        bar.mode_changed.connect(self._on_mode)
        window.design.document.subscribe(self._on_document)
        window.design.stack.indexChanged.connect(self._on_stack)
        window.data_panel.painted_start = self.start_for_panel
        self.refresh()

    # -- what is painted now --------------------------------------------------------------------------------
    @property
    def document(self):
        """The design document."""
        return self.window.design.document

    def can_paint(self) -> bool:
        """Whether the document's data set is a 2-D classification set (the only kind that can be painted)."""
        name = self.document.spec.dataset.name
        info = dataset_info(name)
        return info.is_planar and (info.task != "regression")

    def current_points(self) -> tuple:
        """The points a stroke starts from: the draft, the painted set, or the current 2-D set's points."""
        if self.draft is not None:
            return self.draft
        spec = self.document.spec.dataset
        if spec.name == PAINTED and spec.points is not None:
            return spec.points
        dataset = self.window.dataset
        if dataset is not None and dataset.is_planar and dataset.task != "regression":
            return points_from_dataset(dataset)
        return ()

    def current_extent(self) -> tuple | None:
        """The plane painted points live on: the painted set's ``extent``, else the current 2-D set's plane.

        None stands for the Playground plane [-6, 6]² (so painting on xor, circle, ... writes no ``extent``).
        """
        spec = self.document.spec.dataset
        if spec.name == PAINTED:
            return spec.extent
        dataset = self.window.dataset
        if dataset is not None and dataset.is_planar and dataset.task != "regression" and dataset.plane_extent:
            extent = tuple(float(v) for v in dataset.plane_extent)
            return None if extent == tuple(PLANE_EXTENT) else extent
        return None

    def start_for_panel(self) -> tuple:
        """``(points, extent)`` for "painted" chosen in the DATA panel: the current set's, or two starter clusters
        on the Playground plane."""
        points, extent = self.current_points(), self.current_extent()
        if len({p[2] for p in points}) < 2:
            points, extent = starter_points(), None
        self.bar.paint.setChecked(True)
        return points, extent

    # -- strokes (plane coordinates) --------------------------------------------------------------------------
    def press(self, x: float, y: float, now: float | None = None) -> None:
        """Start a stroke at plane point ``(x, y)``."""
        if not (self.bar.paint.isChecked() and self.can_paint()):
            return
        self.stroke = Stroke(self.current_points(), self.bar.label, self.bar.radius, self.bar.erase.isChecked(),
                             extent=self.current_extent())
        self.stroke.press(x, y, time.monotonic() if now is None else now)
        self.render()

    def move(self, x: float, y: float, now: float | None = None) -> None:
        """Continue the stroke (button held) at plane point ``(x, y)``."""
        if self.stroke is not None:
            self.stroke.move(x, y, time.monotonic() if now is None else now)
            self.render()

    def release(self) -> str | None:
        """End the stroke: one undoable edit (or nothing when it changed nothing); a refusal message or None."""
        stroke, self.stroke = self.stroke, None
        message = None
        if stroke is not None and stroke.changed:
            if stroke.full:
                self.window.statusBar().showMessage(
                    tr("At most {n:,} painted points").format(n=MAX_PAINTED_POINTS), 6000)
            message = self.apply(stroke.result(), self._stroke_text(stroke))
        self.render()
        return message

    def _stroke_text(self, stroke: Stroke) -> str:
        if stroke.erase:
            return tr("Erase {n} point(s)").format(n=stroke.removed)
        if stroke.added == 1:
            return tr("Paint a point of class {k}").format(k=stroke.label)
        return tr("Paint {n} points of class {k}").format(n=stroke.added, k=stroke.label)

    def clear(self) -> str | None:
        """Remove every point (a draft: nothing trains until two classes are painted again)."""
        if not self.current_points():
            return None
        return self.apply((), tr("Clear painted points"))

    # -- edits ----------------------------------------------------------------------------------------------
    def apply(self, points: tuple, text: str) -> str | None:
        """Make ``points`` the painted set as one undoable step named ``text``; a refusal message or None."""
        locks = getattr(self.window, "locks", None)
        refusal = locks.refusal(("dataset",)) if locks is not None else None
        if refusal:
            self.window.show_design_message(refusal, True)
            return refusal
        spec = replace(self.document.spec.dataset, name=PAINTED, points=points, extent=self.current_extent(),
                       path=None, target=None, task=None)
        binding = self.window.design
        try:
            dataset = binding.dataset_for(spec)
        except DataError:  # fewer than two classes: keep it as a draft
            return self._push_draft(points, text)
        except MlpStudioError as error:
            self.window.show_design_message(str(error), True)
            return str(error)
        self._remember(self.document.state, self.draft)
        return binding.edit(text, lambda d: d.set_dataset(spec, dataset.task, dataset.n_outputs), data=True)

    def _push_draft(self, points: tuple, text: str) -> None:
        before = self.draft
        self.set_draft(points)
        self.window.design.stack.push(DraftCommand(text, self, before, points))
        if self.window.controller.state == "running":
            self.window.controller.pause()  # the network cannot learn a draft

    def _remember(self, state, draft) -> None:
        self._remembered[id(state)] = (state, draft)
        while len(self._remembered) > REMEMBERED:
            self._remembered.pop(next(iter(self._remembered)))

    def set_draft(self, points: tuple | None) -> None:
        """Show ``points`` as an untrainable draft (None: show the document's data set again)."""
        self.draft = None if points is None else tuple(points)
        self._draft_dataset = self.document.spec.dataset if points is not None else None
        self.render()

    def _on_document(self, _kind: str) -> None:
        state = self.document.state
        remembered = self._remembered.get(id(state))
        if remembered is not None and remembered[0] is state:
            self.set_draft(remembered[1])  # undo back to before a stroke that ended a draft
        elif self.draft is not None and self.document.spec.dataset != self._draft_dataset:
            self.set_draft(None)  # the data set changed: the draft is gone
        self.refresh()

    def _on_stack(self, _index: int) -> None:
        stack = self.window.design.stack
        if not Shiboken.isValid(stack):  # the window is being torn down
            return
        if stack.count() == 0 and self.draft is not None:
            self.set_draft(None)  # a new design (project opened, New): its draft steps are gone

    # -- view -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Enable the bar for 2-D classification sets and colour the swatches as the plot colours classes."""
        enabled = self.can_paint()
        if not enabled and self.bar.paint.isChecked():
            self.bar.paint.setChecked(False)
        self.bar.paint.setEnabled(enabled)
        self.bar.set_colors(n_classes_of(self._shown_points() or ((0, 0, 1),)))
        self.render()

    def _shown_points(self) -> tuple:
        if self.stroke is not None:
            return tuple(self.stroke.points)
        if self.draft is not None:
            return self.draft
        spec = self.document.spec.dataset
        return spec.points if spec.name == PAINTED and spec.points else ()

    def render(self) -> None:
        """Show the stroke or the draft over the plot (the data set's own points are hidden meanwhile)."""
        points = self.stroke.points if self.stroke is not None else self.draft
        showing = points is not None
        for item in (self.boundary.train_points, self.boundary.test_points, self.boundary.wrong,
                     self.boundary.picked):
            item.setOpacity(0.0 if showing else 1.0)
        self.boundary.image.setOpacity(0.0 if self.draft is not None and self.stroke is None else 1.0)
        self._draw_preview(points or ())
        self.bar.set_hint(self._hint())

    def _draw_preview(self, points) -> None:
        if not points:
            self.preview.setData([], [])
            return
        array = np.asarray(points, dtype=np.float64)
        colors = theme.class_colors(n_classes_of(points))
        brushes = [pg.mkBrush(colors[int(c) % len(colors)]) for c in array[:, 2]]
        size = (7 if len(array) <= 600 else 5) * getattr(self.boundary, "point_scale", 1.0)
        self.preview.setData(pos=array[:, :2], size=size, pen=pg.mkPen(theme.INK, width=0.6), brush=brushes)

    def _hint(self) -> str | None:
        if self.draft is None:
            return None
        classes = sorted({int(p[2]) for p in self.draft})
        if not classes:
            return tr("Empty plane: pick a colour and click or drag on the plot. Paint at least two classes.")
        return tr("Only class {k} so far: paint at least two classes to train.").format(k=classes[0])

    def _on_mode(self) -> None:
        on = self.bar.paint.isChecked()
        viewport = self.boundary.viewport()
        if on:
            viewport.setCursor(Qt.CursorShape.CrossCursor)
        else:
            viewport.unsetCursor()
            self.cursor.hide()
        self.render()

    # -- mouse ----------------------------------------------------------------------------------------------
    def plane_point(self, widget_pos) -> tuple[float, float]:
        """Plane coordinates of a position in the plot's viewport."""
        scene = self.boundary.mapToScene(widget_pos.toPoint() if hasattr(widget_pos, "toPoint") else widget_pos)
        view = self.boundary.plot.vb.mapSceneToView(scene)
        return float(view.x()), float(view.y())

    def widget_point(self, x: float, y: float):
        """Viewport position (QPoint) of plane point ``(x, y)``; tests aim their mouse events with it."""
        scene = self.boundary.plot.vb.mapViewToScene(QPointF(x, y))
        return self.boundary.mapFromScene(scene)

    def _inside(self, x: float, y: float) -> bool:
        extent = self.boundary._dataset.plane_extent if self.boundary._dataset is not None else (-6, 6, -6, 6)
        x0, x1, y0, y1 = extent
        return x0 - EDGE_SLACK <= x <= x1 + EDGE_SLACK and y0 - EDGE_SLACK <= y <= y1 + EDGE_SLACK

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        """While Paint is on, mouse presses, drags and releases on the plot paint instead of picking."""
        if not self.bar.paint.isChecked() or not self.can_paint():
            return False
        kind = event.type()
        if kind == QEvent.Type.Leave:
            self.cursor.hide()
            return False
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease,
                        QEvent.Type.MouseButtonDblClick):
            return False
        x, y = self.plane_point(event.position())
        self._show_cursor(x, y)
        left = event.button() == Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseButtonPress and left and self._inside(x, y):
            self.press(x, y)
        elif kind == QEvent.Type.MouseMove:
            self.move(x, y)
        elif kind == QEvent.Type.MouseButtonRelease and left:
            self.release()
        return kind != QEvent.Type.MouseMove or self.stroke is not None

    def _show_cursor(self, x: float, y: float) -> None:
        r = self.bar.radius
        self.cursor.setRect(x - r, y - r, 2 * r, 2 * r)
        self.cursor.setVisible(self._inside(x, y))


def install_paint(window) -> PaintTool:
    """Put the PAINT row above the window's boundary plot and wire the tool (``window.paint``)."""
    bar = PaintBar()
    layout = window.output_panel.plane_box.layout()
    layout.insertWidget(0, bar)
    window.paint_bar = bar
    window.paint = PaintTool(window, bar)
    return window.paint
