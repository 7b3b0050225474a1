"""The issue's "done when": from an empty canvas to a trained 2-16-8-1 network, with the mouse alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from tests.designer.canvas_driver import button_pixel, click, drag_palette_layer, header_pixel


def _fresh(window):
    return window.last_snapshot is not None and window.last_snapshot.run_id == window.run_id


def test_build_train_change_undo_and_edit_a_weight(window, qtbot):
    view, asked = window.network_view, []
    window.confirm = lambda title, text: asked.append(title) or True
    # An empty canvas: delete the example's hidden layer with its × button.
    click(view, button_pixel(view, view.editor.headers[1].remove))
    assert window.spec.network.hidden == ()
    # Drag two tanh layers from the palette: into the empty zone, then right of the first.
    drag_palette_layer(view, "tanh", [QPointF((view.column_x[0] + view.column_x[1]) / 2, 0.0)])
    drag_palette_layer(view, "tanh", [QPointF(view.editor.gap_x(1), 0.0)])
    # Widen them with the + buttons to 16 and 8 neurons.
    for column, clicks in ((1, 12), (2, 4)):
        for _ in range(clicks):
            click(view, button_pixel(view, view.editor.headers[column].plus))
    sizes = [window.dataset.n_inputs] + [layer.units for layer in window.spec.network.layers]
    assert sizes == [2, 16, 8, 1]
    # Train a little.
    window.actions.play.trigger()
    qtbot.waitUntil(lambda: _fresh(window) and window.last_snapshot.epoch >= 5, timeout=30_000)
    window.actions.play.trigger()  # pause
    qtbot.waitUntil(lambda: window.controller.state in ("paused", "finished"), timeout=5000)
    trained_loss = window.last_snapshot.evaluation.train_loss
    # Select the middle (second hidden) layer by its header and change its activation in the inspector.
    click(view, header_pixel(view, 2))
    combo = window.inspector.activation
    combo.setCurrentIndex(combo.findData("relu"))
    assert asked, "no question before the trained network was rebuilt"
    assert [layer.activation for layer in window.spec.network.hidden] == ["tanh", "relu"]
    assert "Set Hidden 2 activation to ReLU" in window.actions.undo.text()
    # Undo it.
    window.actions.undo.trigger()
    assert [layer.activation for layer in window.spec.network.hidden] == ["tanh", "tanh"]
    assert view.selection is not None and view.selection.column == 2  # the layer stays selected
    qtbot.waitUntil(lambda: _fresh(window), timeout=10_000)
    # Hand-edit one weight: click a link, type a value.
    (x0, y0), (x1, y1) = view.links[2].segment(3, 0)
    click(view, view.mapFromScene(QPointF((x0 + x1) / 2, (y0 + y1) / 2)))
    assert view.selection.kind == "link"
    before = window.last_snapshot
    window.inspector.weight.setValue(-4.5)
    qtbot.waitUntil(lambda: window.last_snapshot is not before, timeout=10_000)
    assert window.last_snapshot.weights[2][3, 0] == -4.5
    assert window.last_snapshot.evaluation.train_loss != before.evaluation.train_loss
    assert trained_loss > 0
