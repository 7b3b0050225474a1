"""Editing on the canvas: palette drops land where dropped, layers move and go, neurons come and go."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from tests.designer.canvas_driver import (button_pixel, click, drag_palette_layer, header_pixel, mouse_drag,
                                          node_pixel)


def _hidden(window):
    return [(layer.units, layer.activation) for layer in window.spec.network.hidden]


def _gap(window, k):
    editor = window.network_view.editor
    return QPointF(editor.gap_x(k), 0.0)


def test_palette_drop_inserts_a_layer_at_the_drop_position(window):
    view = window.network_view
    assert _hidden(window) == [(4, "tanh")]
    drag_palette_layer(view, "relu", [_gap(window, 1), _gap(window, 0)], drop=False)
    assert view.editor.marker.isVisible()
    assert abs(view.editor.marker.path().elementAt(0).x - view.editor.gap_x(0)) < 1e-6
    drag_palette_layer(view, "relu", [_gap(window, 0)])
    assert not view.editor.marker.isVisible()
    assert _hidden(window) == [(4, "relu"), (4, "tanh")]       # before the old layer: where it was dropped
    assert view.selection.kind == "layer" and view.selection.column == 1
    drag_palette_layer(view, "sigmoid", [_gap(window, 2)])     # between the last hidden layer and the output
    assert _hidden(window) == [(4, "relu"), (4, "tanh"), (4, "sigmoid")]
    assert window.actions.undo.text() == "&Undo Insert sigmoid layer"


def test_a_drop_on_the_empty_canvas_makes_the_first_hidden_layer(window):
    view = window.network_view
    view.editor.headers[1].remove.action()
    assert _hidden(window) == [] and len(view.columns) == 2
    assert any(type(item).__name__ == "EmptyHint" for item in view.scene().items())
    middle = QPointF((view.column_x[0] + view.column_x[1]) / 2, 0.0)
    drag_palette_layer(view, "tanh", [middle])
    assert _hidden(window) == [(4, "tanh")]
    assert not any(type(item).__name__ == "EmptyHint" for item in view.scene().items())


def test_dragging_a_header_moves_the_layer_in_one_step(window):
    view = window.network_view
    for activation in ("relu", "sigmoid"):
        window.palette.add_requested.emit(activation)
    assert [a for _, a in _hidden(window)] == ["tanh", "relu", "sigmoid"]
    steps = window.design.stack.count()
    start = header_pixel(view, 1)
    target = view.mapFromScene(_gap(window, 3))  # right of the last hidden layer
    path = [start + (target - start) * (i / 8) for i in range(1, 9)]
    mouse_drag(view, start, [p.__class__(p.x(), start.y()) for p in path])
    assert [a for _, a in _hidden(window)] == ["relu", "sigmoid", "tanh"]
    assert window.design.stack.count() == steps + 1
    assert window.design.stack.undoText().startswith("Move Hidden 1")


def test_a_click_on_a_header_selects_the_layer_and_delete_removes_it(window):
    window.palette.add_requested.emit("relu")
    view = window.network_view
    click(view, header_pixel(view, 2))
    assert view.selection.kind == "layer" and view.selection.column == 2
    assert window.inspector.units.value() == 4 and window.inspector.activation.currentData() == "relu"
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert _hidden(window) == [(4, "tanh")]
    assert window.design.stack.undoText() == "Delete Hidden 2"


def test_plus_and_minus_buttons_change_the_width(window):
    view = window.network_view
    click(view, button_pixel(view, view.editor.headers[1].plus))
    assert _hidden(window) == [(5, "tanh")]
    assert len(view.columns[1]) == 5
    click(view, button_pixel(view, view.editor.headers[1].minus))
    click(view, button_pixel(view, view.editor.headers[1].minus))
    assert _hidden(window) == [(3, "tanh")]


def test_dragging_a_neuron_out_of_its_layer_removes_one(window):
    view = window.network_view
    neuron = view.columns[1][2]
    start = node_pixel(view, neuron)
    away = start + start.__class__(0, 0)
    away.setX(start.x() + 5)
    path = [start.__class__(start.x() + dx, start.y() - dx // 3) for dx in (6, 30, 60, 90)]
    far = view.mapFromScene(QPointF(view.column_x[1] + 0.7 * view.column_gap, view.columns[1][0].pos().y() - 120))
    mouse_drag(view, start, path + [far])
    assert _hidden(window) == [(3, "tanh")]
    # A short drag that stays inside the layer snaps back and changes nothing.
    neuron = view.columns[1][1]
    start = node_pixel(view, neuron)
    mouse_drag(view, start, [start.__class__(start.x() + 8, start.y())])
    assert _hidden(window) == [(3, "tanh")]


def test_clicking_a_feature_node_switches_the_input(window, qtbot):
    view = window.network_view
    assert window.spec.dataset.features == ("x1", "x2")
    click(view, node_pixel(view, view.feature_nodes["x1*x2"]))
    assert window.spec.dataset.features == ("x1", "x2", "x1*x2")
    assert len(view.columns[0]) == 3 and view.feature_nodes["x1*x2"].opacity() == 1.0
    assert window.data_panel.features["x1*x2"].isChecked()
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.run_id == window.run_id)
    assert window.last_snapshot.weights[0].shape == (3, 4)
    click(view, node_pixel(view, view.feature_nodes["x1"]))
    assert window.spec.dataset.features == ("x2", "x1*x2")
    assert view.feature_nodes["x1"].opacity() < 1.0
    assert window.design.stack.undoText() == "Switch x1 off"


def test_a_click_near_a_link_selects_it_and_empty_space_clears(window):
    view = window.network_view
    (x0, y0), (x1, y1) = view.links[0].segment(1, 2)
    click(view, view.mapFromScene(QPointF(x0 + 0.3 * (x1 - x0), y0 + 0.3 * (y1 - y0))))  # clear of crossings
    selection = view.selection
    assert selection.kind == "link" and (selection.column, selection.source, selection.index) == (1, 1, 2)
    assert window.inspector.pages.currentIndex() == 3
    assert "x2" in window.inspector.title.text()
    click(view, view.mapFromScene(QPointF(view.column_x[1], view.columns[1][0].pos().y() - 400)))
    assert view.selection is None
