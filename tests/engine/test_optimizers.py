"""Optimizer steps against PyTorch's update rules written out by hand on a two-parameter network.

The network ``Network([1, 1], ["linear"])`` has exactly one weight and one bias, so each step's gradient can be
chosen freely and every update checked with scalar arithmetic.
"""

import math

import numpy as np
import pytest

from mlp_studio.engine import (SGD, Adam, EngineError, Network, OPTIMIZER_NAMES, RMSProp, Trainer,
                               make_optimizer)
from mlp_studio.engine import optimizers
from mlp_studio.engine.errors import HyperparameterError, UnknownNameError

START = (1.0, -2.0)                                   # (w, b)
GRADS = [(1.0, -0.5), (2.0, 0.25), (3.0, -1.5)]       # (dL/dw, dL/db) per step


def _net(dtype="float64"):
    net = Network([1, 1], ["linear"], "mse", dtype=dtype)
    net.set_parameters([np.array([[START[0]]])], [np.array([START[1]])])
    return net


def _run(opt, grads=GRADS, dtype="float64"):
    """Apply the given gradients step by step; return (w, b) after each step."""
    net = _net(dtype)
    history = []
    for gw, gb in grads:
        opt.step(net, [np.array([[gw]], dtype=dtype)], [np.array([gb], dtype=dtype)])
        history.append((float(net.weights[0][0, 0]), float(net.biases[0][0])))
    return history


def test_plain_sgd_by_hand():
    # p -= lr * g:  w = 1 - 0.1 (1 + 2 + 3), b = -2 - 0.1 (-0.5 + 0.25 - 1.5)
    np.testing.assert_allclose(_run(SGD(0.1)), [(0.9, -1.95), (0.7, -1.975), (0.4, -1.825)], rtol=0, atol=1e-15)


def test_sgd_momentum_by_hand():
    # torch: buf = g on the first step, then buf = mu * buf + g;  p -= lr * buf
    # w: buf 1 -> 2.9 -> 5.61, w 0.9 -> 0.61 -> 0.049
    # b: buf -0.5 -> -0.2 -> -1.68, b -1.95 -> -1.93 -> -1.762
    expected = [(0.9, -1.95), (0.61, -1.93), (0.049, -1.762)]
    np.testing.assert_allclose(_run(SGD(0.1, momentum=0.9)), expected, rtol=0, atol=1e-14)


def test_sgd_nesterov_by_hand():
    # torch: buf as above; p -= lr * (g + mu * buf)
    # w: 1 - 0.1*1.9 = 0.81; 0.81 - 0.1*(2 + 2.61) = 0.349; 0.349 - 0.1*(3 + 5.049) = -0.4559
    # b: -2 - 0.1*(-0.95) = -1.905; -1.905 - 0.1*(0.25 - 0.18) = -1.912; -1.912 - 0.1*(-1.5 - 1.512) = -1.6108
    expected = [(0.81, -1.905), (0.349, -1.912), (-0.4559, -1.6108)]
    np.testing.assert_allclose(_run(SGD(0.1, momentum=0.9, nesterov=True)), expected, rtol=0, atol=1e-14)


def test_rmsprop_by_hand():
    lr, rho, eps = 0.01, 0.9, 1e-8
    p, s = list(START), [0.0, 0.0]
    expected = []
    for g in GRADS:
        for k in range(2):
            s[k] = rho * s[k] + (1 - rho) * g[k] ** 2          # torch: alpha = rho
            p[k] = p[k] - lr * g[k] / (math.sqrt(s[k]) + eps)  # eps outside the square root
        expected.append(tuple(p))
    np.testing.assert_allclose(_run(RMSProp(lr, rho=rho, eps=eps)), expected, rtol=0, atol=1e-14)
    # first step: s = 0.1 g², so the step is lr * sign(g) / sqrt(0.1) = 0.0316227766 (to 1e-8)
    assert expected[0][0] == pytest.approx(1 - 0.0316227766, abs=1e-9)


def test_adam_by_hand():
    lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
    p, m, v = list(START), [0.0, 0.0], [0.0, 0.0]
    expected = []
    for t, g in enumerate(GRADS, start=1):
        for k in range(2):
            m[k] = b1 * m[k] + (1 - b1) * g[k]
            v[k] = b2 * v[k] + (1 - b2) * g[k] ** 2
            step_size = lr / (1 - b1 ** t)
            denom = math.sqrt(v[k]) / math.sqrt(1 - b2 ** t) + eps
            p[k] = p[k] - step_size * m[k] / denom
        expected.append(tuple(p))
    np.testing.assert_allclose(_run(Adam(lr, beta1=b1, beta2=b2, eps=eps)), expected, rtol=0, atol=1e-13)
    # Adam's first step moves every parameter by lr against the sign of its gradient.
    assert expected[0] == pytest.approx((0.9, -1.9), abs=1e-8)


def test_float32_adam_matches_float64_closely():
    grads = GRADS * 10
    np.testing.assert_allclose(_run(Adam(0.01), grads, "float32"), _run(Adam(0.01), grads), atol=2e-6)


def test_learning_rate_change_between_steps():
    opt = SGD(0.1)
    net = _net()
    opt.step(net, [np.array([[1.0]])], [np.array([0.0])])
    opt.learning_rate = 0.5
    opt.step(net, [np.array([[1.0]])], [np.array([0.0])])
    assert net.weights[0][0, 0] == pytest.approx(1.0 - 0.1 - 0.5)


@pytest.mark.parametrize("bad", [0.0, -0.1, float("nan"), float("inf")])
@pytest.mark.parametrize("name", OPTIMIZER_NAMES)
def test_learning_rate_must_be_positive_and_finite(name, bad):
    with pytest.raises(HyperparameterError, match="learning_rate"):
        make_optimizer(name, bad)
    opt = make_optimizer(name, 0.1)
    with pytest.raises(EngineError):
        opt.learning_rate = bad
    assert opt.learning_rate == 0.1


def test_other_hyperparameters_are_validated():
    with pytest.raises(HyperparameterError):
        SGD(0.1, momentum=1.0)
    with pytest.raises(HyperparameterError):
        SGD(0.1, nesterov=True)            # torch also refuses Nesterov without momentum
    with pytest.raises(HyperparameterError):
        Adam(0.1, beta2=1.5)
    with pytest.raises(HyperparameterError):
        RMSProp(0.1, eps=0.0)


@pytest.mark.parametrize("name, params", [("sgd", {"momentum": 0.9, "nesterov": True}),
                                          ("rmsprop", {"rho": 0.8}), ("adam", {"beta1": 0.8})])
def test_state_dict_round_trip_continues_identically(name, params):
    first, second = make_optimizer(name, 0.05, **params), None
    history = _run(first, GRADS[:2])
    state = first.state_dict()
    assert all(isinstance(v, (int, float, np.ndarray)) for v in state.values())
    second = make_optimizer(name, 1.0)
    second.load_state_dict(state)
    net_a, net_b = _net(), _net()
    net_a.set_parameters([np.array([[history[-1][0]]])], [np.array([history[-1][1]])])
    net_b.set_parameters(*net_a.get_parameters())
    for opt, net in ((first, net_a), (second, net_b)):
        opt.step(net, [np.array([[GRADS[2][0]]])], [np.array([GRADS[2][1]])])
    assert net_a.get_parameters()[0][0] == net_b.get_parameters()[0][0]
    assert second.learning_rate == 0.05


def test_make_optimizer_names_and_parameters():
    assert OPTIMIZER_NAMES == ("sgd", "rmsprop", "adam")
    assert isinstance(make_optimizer("adam", 0.1, momentum=0.9, beta1=0.5), Adam)   # foreign params ignored
    assert make_optimizer("adam", 0.1, beta1=0.5).beta1 == 0.5
    with pytest.raises(UnknownNameError, match="sgd, rmsprop, adam"):
        make_optimizer("adagrad", 0.1)
    with pytest.raises(EngineError, match="betta1"):
        make_optimizer("adam", 0.1, betta1=0.5)


def test_trainer_update_equals_manual_loss_and_gradients_plus_step():
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(8, 3)), rng.normal(size=(8, 2))
    net_a = Network([3, 5, 2], ["tanh", "linear"], "mse", dtype="float64", seed=4, l1=0.01, l2=0.1)
    net_b = net_a.copy()
    opt_a, opt_b = Adam(0.01), Adam(0.01)
    trainer = Trainer(net_a, opt_a, X, Y, batch_size=0)
    for _ in range(3):
        result = trainer.step()
        loss, dW, db = net_b.loss_and_gradients(X, Y)
        opt_b.step(net_b, dW, db)
        assert result.loss == pytest.approx(loss, rel=1e-12)
    (wa, ba), (wb, bb) = net_a.get_parameters(), net_b.get_parameters()
    for a, b in zip(wa + ba, wb + bb):
        np.testing.assert_allclose(a, b, rtol=1e-12)


@pytest.mark.parametrize("flush_every", [16, pytest.param(10 ** 9, marks=pytest.mark.xfail(strict=True))])
def test_flush_keeps_adam_state_free_of_subnormals(flush_every, monkeypatch):
    monkeypatch.setattr(optimizers, "FLUSH_EVERY", flush_every)   # the xfail case proves the test can fail
    net = Network([2, 2], ["relu"], "mse")
    opt = Adam(0.01)
    tiny = np.float32(1e-37)          # m = 0.1 * 1e-37 is already subnormal in float32
    for _ in range(32):                 # a gradient that vanishes after the first step, as for a dead unit
        g = tiny if opt.step_count == 0 else np.float32(0.0)
        opt.step(net, [np.full((2, 2), g, np.float32)], [np.zeros(2, np.float32)])
    state = opt.state_dict()
    for key in ("exp_avg", "exp_avg_sq"):
        values = np.abs(state[key])
        assert not ((values > 0) & (values < np.finfo(np.float32).tiny)).any()
