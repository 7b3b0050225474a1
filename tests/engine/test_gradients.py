"""Back-propagation against central finite differences, over random architectures (hypothesis, float64)."""

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mlp_studio.engine import Network, gradient_check, numerical_gradients

HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
# Output activation / loss pairs that make sense (cross-entropies need outputs in (0, 1)).
VALID_OUTPUTS = {
    "mse": ["sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax"],
    "binary_crossentropy": ["sigmoid", "softmax"],
    "categorical_crossentropy": ["softmax", "sigmoid"],
}
OUTPUT_PAIRS = [(act, loss) for loss, acts in VALID_OUTPUTS.items() for act in acts]
TOLERANCE = 1e-4
# Central differences at eps = 1e-6 carry ~1e-9 of float64 round-off, so gradients smaller than FLOOR are compared
# on an absolute scale (|error| < TOLERANCE * FLOOR = 1e-8); a saturated sigmoid output gives gradients ~1e-7.
FLOOR = 1e-4
SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _targets(rng, loss, n, outputs):
    if loss == "mse":
        return rng.normal(size=(n, outputs))
    if loss == "binary_crossentropy":
        return (rng.random((n, outputs)) < 0.5).astype(float)
    return np.eye(outputs)[rng.integers(0, outputs, n)]


def _build(data, hidden_acts, out_act, loss):
    """Draw an architecture, data, penalties; reject draws near relu's kink or the probability clip."""
    inputs = data.draw(st.integers(1, 3), label="inputs")
    widths = [data.draw(st.integers(1, 4), label="width") for _ in hidden_acts]
    outputs = data.draw(st.integers(2 if out_act == "softmax" else 1, 3), label="outputs")
    n = data.draw(st.integers(1, 5), label="samples")
    seed = data.draw(st.integers(0, 2 ** 16), label="seed")
    l1 = data.draw(st.sampled_from([0.0, 0.03]), label="l1")
    l2 = data.draw(st.sampled_from([0.0, 0.1]), label="l2")
    init = data.draw(st.sampled_from(["xavier_uniform", "he_normal", "uniform"]), label="init")
    net = Network([inputs, *widths, outputs], [*hidden_acts, out_act], loss, init=init, seed=seed,
                  dtype="float64", l1=l1, l2=l2)
    rng = np.random.default_rng(seed)
    for b in net.biases:        # non-zero biases so their gradients are exercised too
        b[...] = rng.normal(scale=0.3, size=b.shape)
    X = rng.normal(size=(n, inputs))
    Y = _targets(rng, loss, n, outputs)
    trace = net.forward(X)
    for z, act in zip(trace.z, net.activations):
        if act in ("relu", "leaky_relu"):
            assume(np.abs(z).min() > 1e-3)
    if loss != "mse" and (out_act, loss) not in (("sigmoid", "binary_crossentropy"),
                                                  ("softmax", "categorical_crossentropy")):
        assume(((trace.a[-1] > 1e-4) & (trace.a[-1] < 1 - 1e-4)).all())
    if l1:
        assume(min(np.abs(W).min() for W in net.weights) > 1e-4)
    return net, X, Y


@pytest.mark.parametrize("out_act, loss", OUTPUT_PAIRS)
@SETTINGS
@given(data=st.data())
def test_gradients_for_every_output_and_loss(out_act, loss, data):
    hidden = data.draw(st.lists(st.sampled_from(HIDDEN), max_size=2), label="hidden activations")
    net, X, Y = _build(data, hidden, out_act, loss)
    check = gradient_check(net, X, Y, floor=FLOOR)
    assert check.max_relative_error < TOLERANCE, check.layer_errors


@pytest.mark.parametrize("hidden_act", HIDDEN)
@pytest.mark.parametrize("loss", list(VALID_OUTPUTS))
@SETTINGS
@given(data=st.data())
def test_gradients_for_every_hidden_activation_and_loss(hidden_act, loss, data):
    depth = data.draw(st.integers(1, 2), label="hidden layers")
    out_act = data.draw(st.sampled_from(VALID_OUTPUTS[loss]), label="output activation")
    net, X, Y = _build(data, [hidden_act] * depth, out_act, loss)
    check = gradient_check(net, X, Y, floor=FLOOR)
    assert check.max_relative_error < TOLERANCE, check.layer_errors


def test_gradient_check_catches_a_wrong_gradient():
    net = Network([2, 3, 1], ["tanh", "sigmoid"], "binary_crossentropy", dtype="float64", seed=1)
    X = np.array([[0.5, -1.0], [1.5, 0.3]])
    Y = np.array([[1.0], [0.0]])
    num_W, num_b = numerical_gradients(net, X, Y)
    _, dW, db = net.loss_and_gradients(X, Y)
    np.testing.assert_allclose(dW[0], num_W[0], rtol=1e-6, atol=1e-9)
    net.l2 = 0.5                        # analytic and numeric now both include it ...
    assert gradient_check(net, X, Y).max_relative_error < TOLERANCE
    _, dW_l2, _ = net.loss_and_gradients(X, Y)
    assert not np.allclose(dW_l2[0], dW[0])   # ... and it really changed the gradient


def test_backward_matches_loss_and_gradients_and_deltas_are_dl_dz():
    net = Network([3, 4, 2], ["relu", "softmax"], "categorical_crossentropy", dtype="float64", seed=2,
                  l2=0.01)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(6, 3))
    Y = np.eye(2)[rng.integers(0, 2, 6)]
    trace = net.forward(X)
    grads = net.backward(trace, Y)
    loss, dW, db = net.loss_and_gradients(X, Y)
    assert grads.loss == pytest.approx(loss, rel=1e-12)
    assert grads.loss == pytest.approx(net.loss(X, Y), rel=1e-12)
    for a, b in zip(grads.dW + grads.db, dW + db):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)
    # dW of layer 2 is a[1].T @ delta[2] and the output delta of softmax + CCE is (ŷ - y) / n
    np.testing.assert_allclose(grads.deltas[1], (trace.a[2] - Y) / 6, rtol=1e-12)
    np.testing.assert_allclose(grads.dW[1], trace.a[1].T @ grads.deltas[1] + 0.01 * net.weights[1],
                               rtol=1e-12)
