"""Every design edit is one undoable step; undo then redo gives back exactly the earlier documents."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from tests.designer.canvas_driver import drag_palette_layer


def _snapshot_ready(window):
    return window.last_snapshot is not None and window.last_snapshot.run_id == window.run_id


def test_undo_then_redo_returns_exactly_the_earlier_states(window, qtbot):
    requests, stack, doc = window.requests, window.design.stack, window.design.document
    states = [doc.state]
    view = window.network_view

    def record():
        states.append(doc.state)

    drag_palette_layer(view, "relu", [QPointF(view.editor.gap_x(1), 0.0)])
    record()
    first, second = doc.layer_ids
    edits = [
        lambda: requests.add_neuron(first),
        lambda: requests.set_activation(second, "sigmoid"),
        lambda: requests.toggle_feature("x1^2"),
        lambda: requests.move_layer(second, 0),
        lambda: requests.remove_neuron(second),
        lambda: requests.set_init("he_normal"),
        lambda: window.palette.add_requested.emit("leaky_relu"),
        lambda: requests.set_units(first, 9),
        lambda: requests.set_loss("mse"),
        lambda: requests.remove_layer(first),
        lambda: window.data_panel.noise.setValue(0.3),
        lambda: window.hyper_panel.batch_size.setValue(32),
    ]
    for edit in edits:
        edit()
        assert doc.state != states[-1], "an edit changed nothing"
        record()
    assert stack.count() == len(states) - 1 == 13
    for expected in reversed(states[:-1]):
        window.design.undo()
        assert doc.state == expected
    assert not stack.canUndo()
    assert window.spec.network.hidden[0].units == 4 and len(window.spec.network.hidden) == 1
    for expected in states[1:]:
        window.design.redo()
        assert doc.state == expected
    # The canvas, the panels and the run follow the document.
    spec = window.spec
    assert [len(c) for c in window.network_view.columns[1:-1]] == [layer.units for layer in spec.network.hidden]
    assert window.data_panel.noise.value() == 0.3 and window.hyper_panel.batch_size.value() == 32
    qtbot.waitUntil(lambda: _snapshot_ready(window), timeout=10_000)
    assert [w.shape[1] for w in window.last_snapshot.weights] == [layer.units for layer in spec.network.layers]


def test_the_edit_menu_names_the_commands_and_shortcuts_work(window):
    window.palette.add_requested.emit("relu")
    assert window.actions.undo.text() == "&Undo Insert ReLU layer"
    assert window.actions.undo.isEnabled() and not window.actions.redo.isEnabled()
    window.actions.undo.trigger()
    assert len(window.spec.network.hidden) == 1
    assert window.actions.redo.text() == "&Redo Insert ReLU layer"
    window.actions.redo.trigger()
    assert len(window.spec.network.hidden) == 2


def test_typing_one_hyper_parameter_merges_into_one_step(window):
    stack = window.design.stack
    combo = window.hyper_panel.learning_rate
    for text in ("0.3", "0.03", "0.003"):
        combo.setCurrentText(text)
        combo.lineEdit().editingFinished.emit()
    assert window.spec.training.learning_rate == 0.003
    assert stack.count() == 1 and stack.undoText() == "Set learning rate to 0.003"
    window.hyper_panel.momentum.setValue(0.5)
    assert stack.count() == 2
    window.design.undo()
    window.design.undo()
    assert window.spec.training.learning_rate == 0.1 and window.spec.training.momentum == 0.0
    assert window.hyper_panel.learning_rate.currentText() == "0.1"


def test_a_structural_edit_of_a_trained_network_asks_and_declining_changes_nothing(window, qtbot):
    window.actions.step_epoch.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.step > 0, timeout=5000)
    asked = []
    window.confirm = lambda title, text: asked.append(title) or False
    before, run = window.design.document.state, window.run_id
    window.palette.add_requested.emit("relu")
    assert asked and window.design.document.state == before
    assert window.design.stack.count() == 0 and window.run_id == run
    window.confirm = lambda title, text: asked.append(title) or True
    window.palette.add_requested.emit("relu")
    assert len(window.spec.network.hidden) == 2 and window.run_id != run


def test_undo_asks_too_before_discarding_training(window, qtbot):
    window.palette.add_requested.emit("relu")
    qtbot.waitUntil(lambda: _snapshot_ready(window), timeout=5000)
    window.actions.step_epoch.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.step > 0, timeout=5000)
    window.confirm = lambda title, text: False
    window.actions.undo.trigger()
    assert len(window.spec.network.hidden) == 2
    window.confirm = lambda title, text: True
    window.actions.undo.trigger()
    assert len(window.spec.network.hidden) == 1


def test_a_rebuild_keeps_the_seeds_so_reruns_are_comparable(window, qtbot):
    first = window.last_snapshot.weights[0].copy()
    window.palette.add_requested.emit("relu")
    window.design.undo()
    qtbot.waitUntil(lambda: _snapshot_ready(window), timeout=5000)
    assert (window.last_snapshot.weights[0] == first).all()
