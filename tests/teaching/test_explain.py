"""The explained step shows the engine's own numbers, and applying it is one plain SGD step."""

import numpy as np
import pytest

from mlp_studio.engine import SGD, Network
from mlp_studio.teaching.explain import TeachingError, apply_explained_step, explain_step
from mlp_studio.teaching.explain_text import (chain_rule_text, forward_formula, loss_formula, stage_text,
                                              stage_title, update_formula)

CASES = [
    # (layer sizes, activations, loss, target, l1, l2, dtype)
    ([2, 3, 1], ["tanh", "sigmoid"], "binary_crossentropy", [1.0], 0.0, 0.0, "float32"),
    ([2, 4, 3, 1], ["relu", "sigmoid", "sigmoid"], "mse", [0.25], 0.0, 0.01, "float32"),
    ([3, 4, 3], ["leaky_relu", "softmax"], "categorical_crossentropy", [0, 1, 0], 0.02, 0.0, "float64"),
    ([2, 2, 2], ["linear", "softmax"], "mse", [1, 0], 0.01, 0.03, "float64"),
    ([2, 5, 2], ["sigmoid", "linear"], "mse", [0.5, -1.0], 0.0, 0.0, "float32"),
]


def _net(sizes, acts, loss, l1, l2, dtype, seed=3):
    return Network(sizes, acts, loss, seed=seed, dtype=dtype, l1=l1, l2=l2)


def _x(net):
    return np.linspace(-1.0, 1.5, net.layer_sizes[0])


@pytest.fixture(params=CASES, ids=lambda c: "-".join(c[1]) + "-" + c[2])
def case(request):
    sizes, acts, loss, y, l1, l2, dtype = request.param
    net = _net(sizes, acts, loss, l1, l2, dtype)
    return net, _x(net), np.asarray(y, dtype=float)


def test_stage_order(case):
    net, x, y = case
    step = explain_step(net, x, y, 0.1)
    kinds = [s.kind for s in step.stages]
    L = net.n_layers
    assert kinds == ["forward"] * L + ["loss"] + ["backward"] * L + ["update"]
    assert [s.layer for s in step.forward] == list(range(L))
    assert [s.layer for s in step.backward] == list(range(L))[::-1]   # output layer first
    assert all(stage_title(s) for s in step.stages)


def test_forward_numbers_are_the_engines(case):
    net, x, y = case
    trace = net.forward(np.asarray(x, dtype=net.dtype).reshape(1, -1))
    step = explain_step(net, x, y, 0.1)
    for layer, stage in enumerate(step.forward):
        assert np.array_equal(stage.z, trace.z[layer][0]) and np.array_equal(stage.a, trace.a[layer + 1][0])
        assert np.array_equal(stage.inputs, trace.a[layer][0])
        for j, neuron in enumerate(stage.neurons):
            assert neuron.z == trace.z[layer][0, j] and neuron.a == trace.a[layer + 1][0, j]
            assert neuron.weights == tuple(net.weights[layer][:, j].tolist())
            assert neuron.bias == net.biases[layer][j]
            assert neuron.inputs == tuple(trace.a[layer][0].tolist())


def test_loss_and_backward_numbers_are_the_engines(case):
    net, x, y = case
    X, Y = np.asarray(x, dtype=net.dtype).reshape(1, -1), y.reshape(1, -1)
    grads = net.backward(net.forward(X), Y)
    loss, dW, db = net.loss_and_gradients(X, Y)
    step = explain_step(net, x, y, 0.1)
    assert step.loss.loss == grads.loss == loss
    assert step.loss.data_loss + step.loss.penalty == pytest.approx(loss, rel=1e-5)
    for stage in step.backward:
        layer = stage.layer
        assert np.array_equal(stage.delta, grads.deltas[layer][0])
        assert np.array_equal(stage.dW, dW[layer]) and np.array_equal(stage.db, db[layer])
        for j, neuron in enumerate(stage.neurons):
            assert neuron.delta == grads.deltas[layer][0, j] and neuron.bias_gradient == db[layer][j]
            assert neuron.weight_gradients == tuple(dW[layer][:, j].tolist())
            # ∂L/∂wᵢⱼ = aᵢ·δⱼ (data part), exactly, plus the penalty terms
            a_prev = np.asarray(neuron.inputs, dtype=net.dtype)
            assert neuron.data_gradients == tuple((a_prev * net.dtype.type(neuron.delta)).tolist())
            w = net.weights[layer][:, j].astype(np.float64)
            expected = np.asarray(neuron.data_gradients) + net.l2 * w + net.l1 * np.sign(w)
            np.testing.assert_allclose(neuron.weight_gradients, expected, rtol=1e-5, atol=1e-7)


def test_chain_rule_factors_multiply_to_the_engines_delta(case):
    net, x, y = case
    step = explain_step(net, x, y, 0.1)
    for stage in step.backward:
        for neuron in stage.neurons:
            if neuron.derivative is not None:
                product = net.dtype.type(neuron.derivative) * net.dtype.type(neuron.upstream)
                assert product == net.dtype.type(neuron.delta)          # exact: same operation as the engine
            if stage.rule == "hidden":
                total = np.dot(np.asarray(neuron.downstream_deltas), np.asarray(neuron.downstream_weights))
                assert total == pytest.approx(neuron.upstream, rel=1e-5, abs=1e-7)


def test_update_equals_engine_sgd_and_apply_makes_it_happen(case):
    net, x, y = case
    X, Y = np.asarray(x, dtype=net.dtype).reshape(1, -1), y.reshape(1, -1)
    twin = net.copy()
    _, dW, db = twin.loss_and_gradients(X, Y)
    SGD(0.1).step(twin, dW, db)
    step = explain_step(net, x, y, 0.1)
    for layer in range(net.n_layers):
        assert np.array_equal(step.update.new_weights[layer], twin.weights[layer])
        assert np.array_equal(step.update.new_biases[layer], twin.biases[layer])
        assert np.array_equal(step.update.old_weights[layer], net.weights[layer])
    apply_explained_step(net, step)
    for layer in range(net.n_layers):
        assert np.array_equal(net.weights[layer], twin.weights[layer])
        assert np.array_equal(net.biases[layer], twin.biases[layer])
    with pytest.raises(TeachingError):
        apply_explained_step(net, step)          # the network moved on: the old explanation no longer fits


def test_records_are_frozen_and_read_only():
    net = Network([2, 2, 1], ["tanh", "sigmoid"], "binary_crossentropy", seed=0)
    step = explain_step(net, [1.0, 0.0], [1.0], 0.5)
    with pytest.raises(Exception):
        step.note = "x"
    with pytest.raises(ValueError):
        step.forward[0].z[0] = 1.0
    with pytest.raises(ValueError):
        step.update.new_weights[0][0, 0] = 1.0
    assert step.note == ""


def test_other_optimizers_get_a_note():
    net = Network([2, 2, 1], ["tanh", "sigmoid"], "binary_crossentropy", seed=0)
    step = explain_step(net, [1.0, 0.0], [1.0], 0.5, optimizer="adam")
    assert "plain SGD" in step.note and "adam" in step.note
    assert step.note in stage_text(step, len(step.stages) - 1)


def test_bad_sample_shape_is_refused():
    net = Network([2, 2, 1], ["tanh", "sigmoid"], "binary_crossentropy", seed=0)
    with pytest.raises(TeachingError):
        explain_step(net, [1.0, 0.0, 3.0], [1.0], 0.5)


def test_forward_formula_text_and_html():
    net = Network([2, 1], ["tanh"], "mse", seed=0, dtype="float64")
    net.set_parameters([np.array([[0.52], [-0.31]])], [np.array([0.1])])
    step = explain_step(net, [1.0, 0.0], [1.0], 0.1)
    text = forward_formula(step.forward_neuron(0, 0))
    assert text.splitlines()[0] == "z = w₁·x₁ + w₂·x₂ + b = (0.520)(1.00) + (−0.310)(0) + 0.100 = 0.620"
    assert text.splitlines()[1] == "a = tanh(z) = tanh(0.620) = 0.551"
    html = forward_formula(step.forward_neuron(0, 0), style="html")
    assert "w<sub>1</sub>·x<sub>1</sub>" in html and "<br/>" in html
    update = update_formula(step.update, 0, 0, 0)
    grad = step.update.weight_gradients[0][0, 0]
    assert update.startswith("w₁₁ ← w₁₁ − α·∂L/∂w₁₁ = 0.520 − (0.100)(")
    assert update.endswith(f"= {0.52 - 0.1 * grad:.3f}")


def test_loss_and_chain_rule_text_show_the_formula():
    net = Network([2, 2, 1], ["sigmoid", "sigmoid"], "mse", seed=0, dtype="float64", l2=0.1)
    step = explain_step(net, [1.0, 0.0], [1.0], 0.1)
    loss = loss_formula(step.loss)
    assert loss.startswith("L = (1/m)·Σₖ (ŷₖ − yₖ)² = (1/1)·[(") and "(λ₂/2)·Σw²" in loss
    hidden = chain_rule_text(step.backward_neuron(0, 1), "hidden", l2=0.1)
    assert "δ₂ = f′(z₂) · Σₖ w₂ₖ δₖ" in hidden and "∂L/∂w₁₂ = x₁ · δ₂ + λ₂·w₁₂" in hidden
    assert "f′(z₂) = a·(1 − a)" in hidden
    for index in range(len(step.stages)):
        assert stage_text(step, index) and "<" in stage_text(step, index, style="html")
    with pytest.raises(ValueError):
        stage_text(step, 0, style="latex")
