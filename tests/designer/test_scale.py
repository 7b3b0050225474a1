"""Big networks: 784 inputs and layers wider than 32 are drawn as blocks; a wide layer can be expanded."""

from __future__ import annotations

import types

import numpy as np

from mlp_studio.ui.network_view import NetworkView


def _snapshot(sizes, value=0.5):
    weights = tuple(np.full((a, b), value) for a, b in zip(sizes, sizes[1:]))
    return types.SimpleNamespace(weights=weights, biases=tuple(np.zeros(b) for b in sizes[1:]),
                                 neuron_grids=None, output_grid=None)


def test_784_inputs_and_wide_layers_collapse_and_expand(qtbot):
    view = NetworkView()
    qtbot.addWidget(view)
    layers = [(64, "relu")] * 10 + [(10, "softmax")]
    view.set_structure([f"p{i}" for i in range(784)], layers, [str(d) for d in range(10)], layer_ids=range(1, 11))
    assert len(view.columns[0]) == 1 and view.columns[0][0].count == 784
    assert all(len(view.columns[c]) == 1 and view.columns[c][0].count == 64 for c in range(1, 11))
    header = view.editor.headers[3]
    assert header.expand is not None
    header.expand.action()
    assert len(view.columns[3]) == 64 and 3 in view.editor.headers
    view.update_snapshot(_snapshot([784] + [64] * 10 + [10]))
    assert sum(view.links[2].counts.values()) == 64  # block → 64 drawn neurons
    assert sum(view.links[3].counts.values()) == 64
    view.editor.headers[3].expand.action()
    assert len(view.columns[3]) == 1


def test_a_selection_follows_its_layer_through_rebuilds(qtbot):
    from mlp_studio.ui.design_canvas import Selection

    view = NetworkView()
    qtbot.addWidget(view)
    view.set_structure(["x1", "x2"], [(4, "tanh"), (3, "relu"), (1, "sigmoid")], ["y"], layer_ids=[7, 9])
    view.editor.select(Selection("neuron", 2, 1, layer_id=9))
    view.set_structure(["x1", "x2"], [(3, "relu"), (4, "tanh"), (1, "sigmoid")], ["y"], layer_ids=[9, 7])
    assert view.selection == Selection("neuron", 1, 1, layer_id=9)
    view.set_structure(["x1", "x2"], [(4, "tanh"), (1, "sigmoid")], ["y"], layer_ids=[7])
    assert view.selection is None
