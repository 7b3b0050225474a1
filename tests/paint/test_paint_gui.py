"""Painting on the boundary plot: clicks and brush strokes add points of the chosen class where the mouse is,
erase and clear work, every stroke is one undo step, the output layer follows the classes, painted points
train, and a saved project keeps them."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.data.test_data_painted import blobs


def painted(window) -> tuple:
    spec = window.spec.dataset
    assert spec.name == "painted"
    return spec.points


def settle(qtbot, window) -> None:
    """Wait until the rebuilt run has shown its first snapshot."""
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.run_id == window.run_id,
                    timeout=10_000)


def start_painting(window, label: int, radius: float = 0.6) -> None:
    bar = window.paint_bar
    bar.paint.setChecked(True)
    bar.erase.setChecked(False)
    bar.set_label(label)
    bar.brush.setValue(round(radius * 10))


def click(window, x: float, y: float) -> None:
    viewport = window.output_panel.boundary.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     window.paint.widget_point(x, y))


def drag(window, path) -> None:
    viewport = window.output_panel.boundary.viewport()
    tool = window.paint
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tool.widget_point(*path[0]))
    for x, y in path[1:]:
        QTest.mouseMove(viewport, tool.widget_point(x, y))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       tool.widget_point(*path[-1]))


def pixel(window) -> float:
    """Plane units per viewport pixel (for position tolerances)."""
    a, b = window.paint.widget_point(0, 0), window.paint.widget_point(1, 0)
    return 1.0 / max(abs(b.x() - a.x()), 1)


def test_plane_and_widget_coordinates_agree(window):
    tool = window.paint
    for x, y in ((0, 0), (-4.5, 2.0), (5.5, -5.5)):
        px, py = tool.plane_point(tool.widget_point(x, y))
        assert px == pytest.approx(x, abs=2 * pixel(window)) and py == pytest.approx(y, abs=2 * pixel(window))


def test_a_click_adds_one_point_of_the_chosen_class_where_it_lands(window, qtbot):
    before = len(window.dataset.points_train) + len(window.dataset.points_test)  # XOR: starts from its points
    start_painting(window, 1)
    click(window, 2.0, -3.0)
    settle(qtbot, window)
    points = painted(window)
    assert len(points) == before + 1
    x, y, label = points[-1]
    assert label == 1
    assert x == pytest.approx(2.0, abs=2 * pixel(window)) and y == pytest.approx(-3.0, abs=2 * pixel(window))
    assert window.dataset.task == "binary" and window.spec.network.output.units == 1


def test_a_brush_stroke_is_one_undo_step_and_a_third_class_makes_a_softmax(window, qtbot):
    start_painting(window, 0)
    click(window, -4.0, -4.0)
    settle(qtbot, window)
    base, steps = painted(window), window.design.stack.count()
    start_painting(window, 2, radius=0.5)
    path = [(-3.0 + 0.4 * i, 4.0) for i in range(16)]
    drag(window, path)
    settle(qtbot, window)
    points = painted(window)
    new = points[len(base):]
    assert points[:len(base)] == base and len(new) >= 10
    assert all(label == 2 for _, _, label in new)
    for x, y, _ in new:  # inside the brush around the path
        assert min(np.hypot(x - px, y - py) for px, py in path) <= 0.5 + 3 * pixel(window)
    assert window.design.stack.count() == steps + 1
    output = window.spec.network.output
    assert (output.units, output.activation, window.spec.network.loss) == (3, "softmax", "categorical_crossentropy")
    assert window.dataset.n_outputs == 3 and window.dataset.class_names == ("0", "1", "2")
    window.design.undo()
    settle(qtbot, window)
    assert painted(window) == base and window.spec.network.output.units == 1
    window.design.redo()
    settle(qtbot, window)
    assert painted(window) == points


def test_a_stroke_does_not_rebuild_until_release(window, qtbot):
    start_painting(window, 1)
    run = window.run_id
    tool = window.paint
    tool.press(0.0, 0.0, now=0.0)
    for i in range(1, 6):
        tool.move(0.5 * i, 0.0, now=0.1 * i)
    assert window.run_id == run and window.spec.dataset.name == "xor"
    assert len(tool.preview.data) == len(tool.stroke.points)
    tool.release()
    settle(qtbot, window)
    assert window.run_id != run and window.spec.dataset.name == "painted"


def test_erase_removes_the_points_under_the_brush(window, qtbot):
    start_painting(window, 0)
    window.paint.apply(blobs((0, 1, 2), 10), "test set")
    settle(qtbot, window)
    before = painted(window)
    window.paint_bar.erase.setChecked(True)
    window.paint_bar.brush.setValue(15)
    click(window, 4.0, 0.0)  # class 0's blob sits at (4, 0)
    settle(qtbot, window)
    after = painted(window)
    assert len(after) < len(before)
    assert all(np.hypot(x - 4.0, y) > 1.5 - 3 * pixel(window) for x, y, _ in after)
    assert set(after) <= set(before)


def test_clear_leaves_a_draft_until_two_classes_are_painted(window, qtbot):
    start_painting(window, 0)
    window.paint.apply(blobs((0, 1), 5), "test set")
    settle(qtbot, window)
    original, run, steps = window.spec, window.run_id, window.design.stack.count()
    window.paint_bar.clear.click()
    assert window.paint.draft == () and window.spec == original and window.run_id == run
    assert window.paint_bar.hint.isVisibleTo(window) and "two classes" in window.paint_bar.hint.text()
    click(window, -2.0, -2.0)
    assert window.spec == original and len(window.paint.draft) == 1
    start_painting(window, 1)
    click(window, 2.0, 2.0)
    settle(qtbot, window)
    assert window.paint.draft is None and len(painted(window)) == 2
    assert {label for *_, label in painted(window)} == {0, 1}
    assert window.design.stack.count() == steps + 3 and not window.paint_bar.hint.isVisibleTo(window)
    window.design.undo()   # back to the one-class draft
    settle(qtbot, window)
    assert window.spec == original and len(window.paint.draft) == 1
    window.design.undo()   # back to the empty plane
    assert window.paint.draft == ()
    window.design.undo()   # before Clear
    assert window.paint.draft is None and window.spec == original


def test_choosing_painted_in_the_data_panel_starts_from_the_current_points(window, qtbot):
    xor = window.dataset
    combo = window.data_panel.dataset
    combo.setCurrentIndex(combo.findData("painted"))
    settle(qtbot, window)
    assert len(painted(window)) == xor.n_train + xor.n_test
    assert window.paint_bar.paint.isChecked()
    window.design.undo()
    settle(qtbot, window)
    assert window.spec.dataset.name == "xor" and window.spec.dataset.points is None


def test_regression_sets_cannot_be_painted(window, qtbot):
    combo = window.data_panel.dataset
    combo.setCurrentIndex(combo.findData("plane"))
    settle(qtbot, window)
    assert not window.paint_bar.paint.isEnabled() and not window.paint_bar.paint.isChecked()


def test_painted_points_train(window, qtbot):
    start_painting(window, 0)
    window.paint.apply(blobs((0, 1, 2), 25, seed=4), "three blobs")
    settle(qtbot, window)
    window.hyper_panel.epochs.setValue(150)
    first = window.last_snapshot.evaluation.train_loss
    window.actions.play.trigger()
    qtbot.waitUntil(lambda: window.controller.state == "finished", timeout=30_000)
    qtbot.waitUntil(lambda: window.last_snapshot.epoch >= 150, timeout=5000)
    evaluation = window.last_snapshot.evaluation
    assert evaluation.train_loss < 0.5 * first
    assert evaluation.train_metric >= 0.95


def test_save_and_open_keep_the_painted_points(window, qtbot, tmp_path):
    start_painting(window, 3)
    window.paint.apply(blobs((0, 1, 3), 8), "blobs")
    settle(qtbot, window)
    click(window, 0.0, 0.0)
    settle(qtbot, window)
    points = painted(window)
    path = tmp_path / "painted.mlpstudio"
    assert window.files.save_to(path)
    window.files.new_project(ask=False)
    settle(qtbot, window)
    assert window.spec.dataset.name != "painted"
    assert window.open_path(path)
    settle(qtbot, window)
    assert painted(window) == points and window.dataset.n_outputs == 4


def test_a_new_project_drops_the_draft(window, qtbot):
    start_painting(window, 0)
    window.paint_bar.clear.click()
    assert window.paint.draft == ()
    window.files.new_project(ask=False)
    settle(qtbot, window)
    assert window.paint.draft is None and window.output_panel.boundary.image.opacity() == 1.0
    assert window.output_panel.boundary.train_points.opacity() == 1.0


def view_range(window) -> tuple:
    (x0, x1), (y0, y1) = window.output_panel.boundary.plot.vb.viewRange()
    return x0, x1, y0, y1


def test_painting_on_xor4_keeps_its_plane(window, qtbot):
    from mlp_studio.data import XOR4_EXTENT
    combo = window.data_panel.dataset
    combo.setCurrentIndex(combo.findData("xor4"))
    settle(qtbot, window)
    boundary = window.output_panel.boundary
    assert window.dataset.plane_extent == XOR4_EXTENT
    before = view_range(window)
    assert before == pytest.approx(XOR4_EXTENT, abs=0.05)  # (square pixels may pad one axis)

    start_painting(window, 2, radius=0.2)
    click(window, 0.5, 0.5)                         # the first click converts xor4 into painted points
    settle(qtbot, window)
    assert window.spec.dataset.extent == XOR4_EXTENT
    assert window.dataset.plane_extent == XOR4_EXTENT and boundary._dataset.plane_extent == XOR4_EXTENT
    assert view_range(window) == pytest.approx(before, abs=1e-6)  # the view does not jump
    xor4 = {(0.0, 0.0, 0), (0.0, 1.0, 1), (1.0, 0.0, 1), (1.0, 1.0, 0)}
    assert xor4 <= set(painted(window)) and len(painted(window)) == 5  # the four points stay where they were
    assert (0.5, 0.5, 2) in {(round(x, 1), round(y, 1), k) for x, y, k in painted(window)}

    drag(window, [(0.2, 1.3), (0.6, 1.3), (1.0, 1.3)])  # painted → painted: a brush stroke near the top edge
    settle(qtbot, window)
    assert window.spec.dataset.extent == XOR4_EXTENT
    assert all(-0.5 <= x <= 1.5 and -0.5 <= y <= 1.5 for x, y, _ in painted(window))  # clipped to it
    window.paint_bar.erase.setChecked(True)
    click(window, 0.5, 0.5)
    settle(qtbot, window)
    assert window.spec.dataset.extent == XOR4_EXTENT and window.dataset.plane_extent == XOR4_EXTENT
    window.paint_bar.clear.click()                  # a draft: the plane stays
    assert window.paint.draft == () and view_range(window) == pytest.approx(before, abs=0.05)  # (hint row shown)
    start_painting(window, 0, radius=0.2)
    click(window, 0.0, 0.0)
    start_painting(window, 1, radius=0.2)
    click(window, 1.0, 1.0)
    settle(qtbot, window)
    assert window.spec.dataset.extent == XOR4_EXTENT and len(painted(window)) == 2
    for _ in range(5):                              # undo back through the strokes to xor4
        window.design.undo()
    settle(qtbot, window)
    assert window.spec.dataset.name == "painted" and window.spec.dataset.extent == XOR4_EXTENT
    window.design.undo()
    settle(qtbot, window)
    assert window.spec.dataset.name == "xor4" and window.spec.dataset.extent is None
    assert view_range(window) == pytest.approx(before, abs=0.05)


def test_painting_on_a_playground_set_writes_no_extent(window, qtbot):
    start_painting(window, 0)
    click(window, -4.0, -4.0)
    settle(qtbot, window)
    assert window.spec.dataset.extent is None and window.dataset.plane_extent == (-6.0, 6.0, -6.0, 6.0)


def test_choosing_painted_in_the_data_panel_on_xor4_keeps_its_plane(window, qtbot):
    from mlp_studio.data import XOR4_EXTENT
    combo = window.data_panel.dataset
    combo.setCurrentIndex(combo.findData("xor4"))
    settle(qtbot, window)
    combo.setCurrentIndex(combo.findData("painted"))
    settle(qtbot, window)
    assert len(painted(window)) == 4 and window.spec.dataset.extent == XOR4_EXTENT
    assert window.dataset.plane_extent == XOR4_EXTENT
