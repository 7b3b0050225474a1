"""Gradient check view (backprop vs finite differences) and the activation explorer."""

import numpy as np
import pytest

from mlp_studio.engine import Network
from mlp_studio.teaching.activations_explorer import (activation_curve, activation_curves, activation_note,
                                                      hidden_activation_names)
from mlp_studio.teaching.explain import TeachingError
from mlp_studio.teaching.gradcheck_view import compare_gradient, comparison_text

RNG = np.random.default_rng(0)
X = RNG.normal(size=(12, 3))
LABELS = (X[:, 0] * X[:, 1] > 0).astype(float)


@pytest.mark.parametrize("hidden", ["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_backprop_agrees_with_finite_differences(hidden, dtype):
    net = Network([3, 5, 4, 1], [hidden, hidden, "sigmoid"], "binary_crossentropy", seed=2, dtype=dtype,
                  l2=0.01)
    before = [w.copy() for w in net.weights]
    for layer, i, j in [(0, 0, 0), (0, 2, 4), (1, 3, 1), (2, 1, 0), (1, None, 2), (2, None, 0)]:
        result = compare_gradient(net, X, LABELS.reshape(-1, 1), layer, i, j)
        assert result.relative_error < 1e-6, (layer, i, j, result)
        assert result.agrees
        assert result.finite_difference == pytest.approx(result.backprop, rel=1e-6, abs=1e-9)
    assert all(np.array_equal(a, b) for a, b in zip(before, net.weights))   # the caller's network is untouched


def test_softmax_and_mse_with_l1():
    Y = np.eye(3)[(np.arange(12) % 3)]
    for loss in ["categorical_crossentropy", "mse"]:
        net = Network([3, 4, 3], ["tanh", "softmax"], loss, seed=1, l1=0.003)
        result = compare_gradient(net, X, Y, 1, 2, 1)
        assert result.relative_error < 1e-6


def test_comparison_text_shows_formula_and_numbers():
    net = Network([3, 2, 1], ["tanh", "sigmoid"], "binary_crossentropy", seed=0)
    result = compare_gradient(net, X, LABELS, 0, 1, 0)
    text = comparison_text(result)
    assert "(L(w₂₁ + ε) − L(w₂₁ − ε)) / 2ε = (" in text and "/ 2·1e−05 =" in text
    assert "they agree" in text and str(2 * net.n_params) in text
    assert "w<sub>21</sub>" in comparison_text(result, style="html")
    assert result.n_params == net.n_params and result.weight == pytest.approx(float(net.weights[0][1, 0]))


def test_bad_parameter_is_refused():
    net = Network([3, 2, 1], ["tanh", "sigmoid"], "binary_crossentropy", seed=0)
    with pytest.raises(TeachingError):
        compare_gradient(net, X, LABELS, 2, 0, 0)
    with pytest.raises(TeachingError):
        compare_gradient(net, X, LABELS, 0, 3, 0)


ANALYTIC = {
    "sigmoid": (lambda z: 1 / (1 + np.exp(-z)), lambda z: np.exp(-z) / (1 + np.exp(-z)) ** 2),
    "tanh": (np.tanh, lambda z: 1 / np.cosh(z) ** 2),
    "relu": (lambda z: np.maximum(z, 0), lambda z: (z > 0).astype(float)),
    "leaky_relu": (lambda z: np.where(z > 0, z, 0.01 * z), lambda z: np.where(z > 0, 1.0, 0.01)),
    "linear": (lambda z: z, lambda z: np.ones_like(z)),
}


def test_activation_curves_match_analytic_formulas():
    curves = activation_curves()
    assert [c.name for c in curves] == list(ANALYTIC) == list(hidden_activation_names())
    for curve in curves:
        f, df = ANALYTIC[curve.name]
        assert curve.z.shape == curve.values.shape == curve.derivatives.shape == (401,)
        assert curve.z[0] == -5 and curve.z[-1] == 5
        np.testing.assert_allclose(curve.values, f(curve.z), rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(curve.derivatives, df(curve.z), rtol=1e-9, atol=1e-15)
        assert curve.formula and curve.derivative_formula and len(curve.note) > 40
        assert not curve.values.flags.writeable


def test_notes_and_custom_range():
    assert "vanishing" in activation_note("sigmoid") and "zero-centred" in activation_note("tanh").lower()
    assert "dead" in activation_note("relu") and "die" in activation_note("leaky_relu")
    assert "regression" in activation_note("linear") and "sum to 1" in activation_note("softmax")
    curve = activation_curve("tanh", z=[-1000.0, 0.0, 1000.0])
    np.testing.assert_array_equal(curve.values, [-1.0, 0.0, 1.0])
    with pytest.raises(ValueError):
        activation_curve("softmax")
