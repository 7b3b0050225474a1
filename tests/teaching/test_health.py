"""Neuron health: histograms count every sample, saturation and dead ReLUs are flagged, vanishing gradients show."""

from pathlib import Path

import numpy as np
import pytest

from mlp_studio.data import DatasetSpec, load_dataset
from mlp_studio.engine import Network
from mlp_studio.teaching.health import GradientNormHistory, gradient_norms, layer_statistics

RNG = np.random.default_rng(1)
X = RNG.normal(size=(300, 2)) * 3


@pytest.mark.parametrize("act", ["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
def test_histograms_count_every_sample(act):
    net = Network([2, 7, 5, 1], [act, act, "sigmoid"], "binary_crossentropy", seed=0, init="uniform")
    stats = layer_statistics(net, X, bins=20)
    trace = net.forward(X)
    assert len(stats) == 3
    for layer, s in enumerate(stats):
        units = net.layer_sizes[layer + 1]
        assert s.z_counts.sum() == s.a_counts.sum() == len(X) * units
        assert s.z_counts.shape == (20,) and s.z_edges.shape == (21,)
        assert s.z_edges[0] == -6 and s.z_edges[-1] == 6
        z = trace.z[layer].astype(np.float64)
        inside = (z >= -6) & (z <= 6)
        counts, _ = np.histogram(z[inside], bins=s.z_edges)
        assert np.all(s.z_counts >= counts)        # beyond-range values only ever add to the end bins
        assert s.z_mean == pytest.approx(float(z.mean())) and s.n_samples == len(X)
        assert s.neuron_a_mean.shape == (units,)
    assert tuple(stats[-1].a_edges[[0, -1]]) == (0.0, 1.0)


def test_histogram_reflects_the_data():
    net = Network([1, 1], ["linear"], "mse", seed=0)
    net.set_parameters([np.array([[1.0]])], [np.array([0.0])])
    values = np.array([[-5.5], [-0.2], [0.1], [0.1], [2.9], [100.0]])
    s = layer_statistics(net, values, bins=12)[0]    # edges -6, -5, ..., 6: unit-wide bins
    expected = np.zeros(12, dtype=int)
    np.add.at(expected, [0, 5, 6, 6, 8, 11], 1)        # 100 lands in the last, open-ended bin
    np.testing.assert_array_equal(s.z_counts, expected)
    np.testing.assert_array_equal(s.a_counts, expected)


def test_dead_relu_on_a_layer_with_a_huge_negative_bias():
    net = Network([2, 4, 1], ["relu", "sigmoid"], "binary_crossentropy", seed=0)
    W, b = net.get_parameters()
    b[0][1] = -1e3                                      # neuron 2 can never fire on this data
    b[0][3] = 1e3                                       # neuron 4 always fires
    net.set_parameters(W, b)
    s = layer_statistics(net, X)[0]
    assert s.dead.tolist() == [False, True, False, False]
    assert s.zero_fraction[1] == 1.0 and s.zero_fraction[3] == 0.0
    assert 0.0 < s.zero_fraction[0] < 1.0              # an ordinary ReLU is off for part of the data
    assert s.saturation is None and s.saturated is None


def test_saturation_of_sigmoid_and_tanh():
    for act, big in [("sigmoid", 50.0), ("tanh", 50.0)]:
        net = Network([2, 3, 1], [act, "sigmoid"], "binary_crossentropy", seed=0)
        W, b = net.get_parameters()
        W[0][:, 0] = big                                # neuron 1 sees a huge |z| almost everywhere
        W[0][:, 1] = 0.0                                # neuron 2 sits in the linear middle
        net.set_parameters(W, b)
        s = layer_statistics(net, X)[0]
        assert s.saturation[0] > 0.95 and s.saturation[1] == 0.0
        assert s.saturated[0] and not s.saturated[1]
        assert s.dead is None


def test_deep_sigmoid_network_shows_vanishing_gradients():
    data = load_dataset(DatasetSpec(name="spiral", samples=400, noise=0.1, seed=0), Path("."))
    net = Network([2] + [16] * 8 + [1], ["sigmoid"] * 9, "binary_crossentropy", seed=0)
    norms = gradient_norms(net, data.X_train, data.Y_train)
    assert len(norms) == 9
    assert norms[0] < 1e-3 * norms[-1]                  # orders of magnitude: plainly vanishing
    assert all(a < b for a, b in zip(norms, norms[1:]))   # shrinking layer after layer towards the input
    relu = Network([2] + [16] * 8 + [1], ["relu"] * 8 + ["sigmoid"], "binary_crossentropy", seed=0,
                   init="he_uniform")
    relu_norms = gradient_norms(relu, data.X_train, data.Y_train)
    assert relu_norms[0] > 1e-2 * relu_norms[-1]        # the same depth with ReLU keeps its gradient


def test_gradient_norm_history_is_bounded_uniform_and_keeps_the_latest():
    history = GradientNormHistory(capacity=64)
    for step in range(1, 10_001):
        history.append(step, [1.0 / step, float(step)])
        assert len(history) <= 64
    view = history.view()
    assert view.norms.shape == (len(view), 2) and len(view) >= 32
    assert view.steps[0] == 1 and view.steps[-1] == 10_000            # first and latest are there
    assert np.all(np.diff(view.steps) > 0)
    gaps = np.diff(view.steps[:-1])
    assert gaps.min() == gaps.max() == history.stride                  # evenly thinned
    np.testing.assert_allclose(view.norms[:, 1], view.steps)
    np.testing.assert_allclose(view.ratio(), 1.0 / view.steps.astype(float) ** 2)
    assert not view.steps.flags.writeable
    with pytest.raises(ValueError):
        history.append(10_001, [1.0, 2.0, 3.0])
    history.clear()
    assert len(history) == 0 and len(history.view()) == 0
