"""The inspector's numbers match the engine's own forward pass."""

from __future__ import annotations

import numpy as np
import pytest

from mlp_studio.engine import Network
from mlp_studio.model.inspect import neuron_terms, predict, trace_point, weights_fit


@pytest.fixture
def net():
    return Network([3, 5, 4, 2], activations=["tanh", "relu", "softmax"], loss="categorical_crossentropy",
                   seed=3, dtype="float64")


def test_trace_matches_the_engine_forward_pass(net):
    x = np.array([0.3, -1.2, 0.8])
    trace = trace_point(net.weights, net.biases, net.activations, x)
    engine = net.forward(x[None, :])
    for k in range(3):
        np.testing.assert_allclose(trace.z[k], engine.z[k][0], rtol=1e-12)
        np.testing.assert_allclose(trace.a[k], engine.a[k + 1][0], rtol=1e-12)
    np.testing.assert_allclose(trace.inputs[0], x)
    np.testing.assert_allclose(trace.output, net.predict(x[None, :])[0], rtol=1e-12)
    assert trace.output.sum() == pytest.approx(1.0)


def test_neuron_terms_and_predict(net):
    terms = neuron_terms(net.weights, net.biases, net.activations, 1, 2)
    np.testing.assert_array_equal(terms.weights, net.weights[1][:, 2])
    assert terms.bias == net.biases[1][2] and terms.activation == "relu"
    X = np.random.default_rng(0).normal(size=(7, 3))
    np.testing.assert_allclose(predict(net.weights, net.biases, net.activations, X), net.predict(X), rtol=1e-12)
    with pytest.raises(IndexError):
        neuron_terms(net.weights, net.biases, net.activations, 0, 5)


def test_weights_fit():
    w = [np.zeros((2, 4)), np.zeros((4, 1))]
    assert weights_fit(w, [2, 4, 1])
    assert not weights_fit(w, [2, 16, 1])
