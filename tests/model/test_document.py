"""The Qt-free network document: validated edits, stable ids, change kinds, exact restore."""

from pathlib import Path

import pytest

from mlp_studio.data import DatasetSpec
from mlp_studio.files.experiment import load_experiment
from mlp_studio.model.document import (DATA, STRUCTURE, TRAINING, DesignError, NetworkDocument,
                                       output_for_task)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def document():
    doc = NetworkDocument(load_experiment(EXAMPLES / "spiral.json"))  # 16 tanh, 16 tanh, 1 sigmoid
    doc.changes = []
    doc.subscribe(doc.changes.append)
    return doc


def widths(doc):
    return [layer.units for layer in doc.spec.network.layers]


def test_insert_move_remove_keep_ids(document):
    first, second = document.layer_ids
    new = document.insert_layer(1, units=3, activation="relu")
    assert widths(document) == [16, 3, 16, 1]
    assert document.layer_ids == (first, new, second)
    document.move_layer(new, 0)
    assert widths(document) == [3, 16, 16, 1] and document.layer_ids == (new, first, second)
    document.remove_layer(first)
    assert widths(document) == [3, 16, 1] and document.layer_ids == (new, second)
    assert document.changes == [STRUCTURE] * 3


def test_neurons_and_activation(document):
    layer = document.layer_ids[0]
    document.add_neuron(layer)
    document.remove_neuron(layer)
    document.remove_neuron(layer)
    assert widths(document)[0] == 15
    document.set_activation(layer, "relu")
    assert document.hidden[0].activation == "relu"


@pytest.mark.parametrize("edit, words", [
    (lambda d: d.insert_layer(9), "position 9"),
    (lambda d: d.set_units(d.layer_ids[0], 0), "1 …"),
    (lambda d: d.set_activation(d.layer_ids[0], "softmax"), "output layer only"),
    (lambda d: d.set_activation(d.layer_ids[0], "swish"), "swish"),
    (lambda d: d.set_output(activation="softmax"), "two output neurons"),
    (lambda d: d.set_output(loss="categorical_crossentropy"), "softmax output"),
    (lambda d: d.set_features([]), "at least one"),
    (lambda d: d.remove_layer(999), "999"),
    (lambda d: d.move_layer(d.layer_ids[0], 5), "position 5"),
    (lambda d: d.set_training(d.spec.training.__class__(learning_rate=0)), "learning rate"),
])
def test_invalid_edits_leave_the_document_untouched(document, edit, words):
    before = document.state
    with pytest.raises(DesignError, match=words):
        edit(document)
    assert document.state == before
    assert document.changes == []


def test_remove_last_neuron_is_refused():
    doc = NetworkDocument(load_experiment(EXAMPLES / "seed-xor-hidden-layer.json"))
    layer = doc.layer_ids[0]
    doc.set_units(layer, 1)
    with pytest.raises(DesignError, match="at least one neuron"):
        doc.remove_neuron(layer)


def test_restore_gives_back_exact_states(document):
    states = [document.state]
    document.insert_layer(0, 5)
    states.append(document.state)
    document.toggle_feature("x1^2")
    states.append(document.state)
    for state in reversed(states):
        document.restore(state)
        assert document.state == state
    assert document.changes[-1] == STRUCTURE  # restoring the first state changed the structure back


def test_features_keep_canonical_order(document):
    document.toggle_feature("sin(x1)")
    document.toggle_feature("x1*x2")
    assert document.spec.dataset.features == ("x1", "x2", "x1*x2", "sin(x1)")
    assert document.changes == [DATA, DATA]


def test_dataset_change_adapts_the_output(document):
    document.set_dataset(DatasetSpec(name="iris", test_fraction=0.3), "multiclass", 3)
    output = document.spec.network.output
    assert (output.units, output.activation, document.spec.network.loss) == (3, "softmax",
                                                                            "categorical_crossentropy")
    document.set_dataset(DatasetSpec(name="plane"), "regression", 1)
    assert document.spec.network.output.activation == "linear" and document.spec.network.loss == "mse"


def test_training_changes_are_their_own_kind(document):
    document.set_training(document.spec.with_training(learning_rate=0.3).training)
    assert document.changes == [TRAINING]


def test_output_for_task_keeps_mse_on_binary():
    from mlp_studio.model.spec import LayerSpec

    assert output_for_task("binary", 1, LayerSpec(1, "sigmoid"), "mse") == (LayerSpec(1, "sigmoid"), "mse")
    assert output_for_task("binary", 1, LayerSpec(3, "softmax"), "categorical_crossentropy") == (
        LayerSpec(1, "sigmoid"), "binary_crossentropy")
