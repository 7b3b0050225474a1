"""Invalid edits are refused in place; weights typed in the inspector change what the network predicts."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF

from mlp_studio.model.inspect import predict
from mlp_studio.ui.design_canvas import Selection
from tests.designer.canvas_driver import click


def _refused(window, edit, words):
    stack, before = window.design.stack, window.design.document.state
    count = stack.count()
    message = edit()
    assert message and words in message
    assert window.design.document.state == before and stack.count() == count
    return message


def test_invalid_edits_are_refused_with_a_message(window):
    requests = window.requests
    layer = window.design.document.layer_ids[0]
    _refused(window, lambda: requests.set_units(layer, 0), "1 … 1024")
    assert window.structure_error.isVisibleTo(window) and "1 … 1024" in window.structure_error.text()
    for _ in range(3):
        requests.remove_neuron(layer)
    _refused(window, lambda: requests.remove_neuron(layer), "at least one neuron")
    _refused(window, lambda: requests.set_output_activation("linear"), "binary cross-entropy needs a sigmoid")
    requests.toggle_feature("x1")
    _refused(window, lambda: requests.toggle_feature("x2"), "at least one input feature")
    assert window.spec.dataset.features == ("x2",)
    assert "Not changed" in window.statusBar().currentMessage()
    requests.add_neuron(layer)  # a valid edit clears the message
    assert not window.structure_error.isVisibleTo(window)


def test_a_refused_edit_shows_in_the_inspector_too(window):
    view = window.network_view
    view.editor.select(Selection("layer", 2))  # the output layer
    inspector = window.inspector
    inspector.activation.setCurrentIndex(inspector.activation.findData("tanh"))
    assert window.spec.network.output.activation == "sigmoid"
    assert inspector.message.isVisibleTo(inspector) and "sigmoid" in inspector.message.text()
    assert inspector.activation.currentData() == "sigmoid"  # the inspector shows the document again


def test_a_bad_data_setting_is_refused_in_the_data_panel(window, tmp_path):
    from dataclasses import replace

    panel, before = window.data_panel, window.design.document.state
    spec = replace(window.spec.dataset, name="csv", path=str(tmp_path / "missing.csv"), target="y")
    panel.set_dataset_spec(spec)
    panel.changed.emit()
    assert panel.error.isVisibleTo(panel) and "missing.csv" in panel.error.text()
    assert window.design.document.state == before and window.design.stack.count() == 0
    assert panel.dataset.currentData() == "xor"


def _wait_fresh(qtbot, window, older):
    qtbot.waitUntil(lambda: window.last_snapshot is not older and window.last_snapshot.run_id == window.run_id,
                    timeout=10_000)


def test_editing_a_weight_in_the_inspector_changes_the_prediction(window, qtbot):
    view = window.network_view
    (x0, y0), (x1, y1) = view.links[1].segment(0, 0)  # hidden neuron 1 → output
    click(view, view.mapFromScene(QPointF((x0 + x1) / 2, (y0 + y1) / 2)))
    assert view.selection.kind == "link" and view.selection.column == 2
    before = window.last_snapshot
    inspector = window.inspector
    assert inspector.weight.value() == round(float(before.weights[1][0, 0]), 3)
    inspector.weight.setValue(6.0)
    _wait_fresh(qtbot, window, before)
    after = window.last_snapshot
    assert after.weights[1][0, 0] == 6.0
    assert not np.allclose(after.output_grid, before.output_grid)
    activations = [layer.activation for layer in window.spec.network.layers]
    X = window.dataset.X_train[:20]
    assert not np.allclose(predict(after.weights, after.biases, activations, X),
                           predict(before.weights, before.biases, activations, X))
    assert window.design.stack.count() == 0  # a weight is not a design edit
    assert abs(inspector.weight_slider.value() - 600) <= 1


def test_the_neuron_formula_and_a_picked_points_numbers(window, qtbot):
    view = window.network_view
    click(view, view.mapFromScene(view.columns[1][0].sceneBoundingRect().center()))
    assert view.selection.kind == "neuron"
    inspector, snapshot = window.inspector, window.last_snapshot
    text = inspector.formula.text()
    assert "tanh" in text and "x1" in text and "x2" in text
    assert f"{abs(float(snapshot.weights[0][0, 0])):.3f}" in text
    assert "Click a data point" in inspector.point_text.text()
    point = window.dataset.points_train[0]
    window.output_panel.boundary.pick_point(np.asarray(point))
    numbers = inspector.point_text.text()
    x = window.dataset.inputs_for_points(np.asarray(point)[None, :])[0]
    z = float(x @ snapshot.weights[0][:, 0] + snapshot.biases[0][0])
    assert f"{z:+.4f}" in numbers and f"{np.tanh(z):+.4f}" in numbers
