"""Network construction, parameter layout, dtypes, registries and numerical stability."""

import numpy as np
import pytest

from mlp_studio.engine import (ACTIVATIONS, INITIALIZERS, LOSSES, ArchitectureError, EngineError, Network,
                               ShapeError, UnknownNameError)


def test_registries_hold_the_documented_names():
    assert set(ACTIVATIONS) == {"sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax"}
    assert set(LOSSES) == {"mse", "binary_crossentropy", "categorical_crossentropy"}
    assert set(INITIALIZERS) == {"xavier_uniform", "xavier_normal", "he_uniform", "he_normal", "uniform", "zeros"}


@pytest.mark.parametrize("kwargs, kind", [({"activations": ["tanh", "swish"]}, "activation"),
                                          ({"loss": "hinge"}, "loss"), ({"init": "orthogonal"}, "initializer")])
def test_unknown_names_are_rejected_with_the_valid_names(kwargs, kind):
    args = {"layer_sizes": [2, 3, 1], "activations": ["tanh", "sigmoid"], **kwargs}
    with pytest.raises(UnknownNameError, match=f"unknown {kind}") as info:
        Network(**args)
    assert isinstance(info.value, EngineError)
    valid = {"activation": ACTIVATIONS, "loss": LOSSES, "initializer": INITIALIZERS}[kind]
    assert all(name in str(info.value) for name in valid)


def test_softmax_is_rejected_on_hidden_layers():
    with pytest.raises(ArchitectureError, match="output layer"):
        Network([2, 4, 3], ["softmax", "softmax"], "categorical_crossentropy")
    Network([2, 4, 3], ["relu", "softmax"], "categorical_crossentropy")   # fine on the output


@pytest.mark.parametrize("sizes, acts", [([2], []), ([2, 0, 1], ["tanh", "sigmoid"]), ([2, 3, 1], ["tanh"]),
                                         ([2, 2.5, 1], ["tanh", "tanh"])])
def test_bad_architectures_are_rejected(sizes, acts):
    with pytest.raises(ArchitectureError):
        Network(sizes, acts)


def test_float32_by_default_and_float64_on_request():
    X = np.ones((3, 2), dtype=np.float64)
    net = Network([2, 3, 1], ["tanh", "sigmoid"])
    assert net.dtype == np.float32
    assert all(W.dtype == np.float32 for W in net.weights + net.biases)
    assert net.predict(X).dtype == np.float32
    assert net.forward(X).a[0].dtype == np.float32       # inputs are cast to the network dtype
    assert Network([2, 1], ["linear"], dtype="float64").predict(X).dtype == np.float64
    with pytest.raises(ArchitectureError):
        Network([2, 1], ["linear"], dtype="int32")


def test_weights_and_biases_are_views_into_one_flat_array():
    net = Network([3, 4, 2], ["relu", "linear"], seed=1)
    assert [W.shape for W in net.weights] == [(3, 4), (4, 2)]
    assert [b.shape for b in net.biases] == [(4,), (2,)]
    assert all(np.shares_memory(p, net._params) for p in net.weights + net.biases)
    assert net.n_params == 3 * 4 + 4 + 4 * 2 + 2
    assert all((b == 0).all() for b in net.biases)       # biases start at zero
    net.weights[1][0, 0] = 5.0                           # writes through a view change the network
    net.biases[0][...] = 1.0
    W, b = net.get_parameters()
    assert W[1][0, 0] == 5.0 and (b[0] == 1.0).all()
    W[1][0, 0] = -1.0                                    # get_parameters returns copies
    assert net.weights[1][0, 0] == 5.0


def test_set_parameters_copies_and_checks_shapes():
    net = Network([2, 3, 1], ["tanh", "sigmoid"])
    W, b = [np.ones((2, 3)), np.ones((3, 1))], [np.zeros(3), np.full(1, 2.0)]
    net.set_parameters(W, b)
    W[0][...] = 7.0
    assert (net.weights[0] == 1.0).all() and net.biases[1][0] == 2.0
    with pytest.raises(ShapeError, match="layer 2"):
        net.set_parameters([np.ones((2, 3)), np.ones((1, 3))], b)
    with pytest.raises(ShapeError):
        net.set_parameters(W[:1], b[:1])


def test_seeded_initialisation_is_reproducible_and_reinitialize_works():
    a = Network([2, 8, 1], ["tanh", "sigmoid"], init="he_normal", seed=5)
    b = Network([2, 8, 1], ["tanh", "sigmoid"], init="he_normal", seed=5)
    np.testing.assert_array_equal(a._params, b._params)
    b.weights[0][...] = 0.0
    b.reinitialize()
    np.testing.assert_array_equal(a._params, b._params)
    b.reinitialize(6)
    assert not np.array_equal(a._params, b._params)
    limit = np.sqrt(6 / (2 + 8))
    xavier = Network([2, 8, 1], ["tanh", "sigmoid"], init="xavier_uniform", seed=0)
    assert np.abs(xavier.weights[0]).max() <= limit
    assert (Network([2, 8, 1], ["tanh", "sigmoid"], init="zeros")._params == 0).all()


def test_copy_is_independent():
    net = Network([2, 3, 1], ["tanh", "sigmoid"], l2=0.1)
    twin = net.copy()
    np.testing.assert_array_equal(net._params, twin._params)
    twin.weights[0][...] = 0.0
    assert not (net.weights[0] == 0).all()
    assert twin.l2 == 0.1 and twin.activations == net.activations


def test_zero_hidden_layers():
    net = Network([3, 2], ["softmax"], "categorical_crossentropy", dtype="float64")
    X = np.random.default_rng(0).normal(size=(5, 3))
    Y = np.eye(2)[[0, 1, 1, 0, 1]]
    trace = net.forward(X)
    assert len(trace.z) == 1 and len(trace.a) == 2
    np.testing.assert_allclose(trace.z[0], X @ net.weights[0] + net.biases[0])
    loss, dW, db = net.loss_and_gradients(X, Y)
    np.testing.assert_allclose(dW[0], X.T @ (trace.a[1] - Y) / 5)
    np.testing.assert_allclose(db[0], (trace.a[1] - Y).mean(axis=0))


def test_forward_keeps_every_layer_and_results_are_fresh():
    net = Network([2, 4, 3, 1], ["relu", "tanh", "sigmoid"], "binary_crossentropy", dtype="float64")
    X = np.random.default_rng(1).normal(size=(6, 2))
    trace = net.forward(X)
    assert [z.shape for z in trace.z] == [(6, 4), (6, 3), (6, 1)]
    assert [a.shape for a in trace.a] == [(6, 2), (6, 4), (6, 3), (6, 1)]
    np.testing.assert_array_equal(trace.a[0], X)
    np.testing.assert_allclose(trace.a[1], np.maximum(X @ net.weights[0] + net.biases[0], 0))
    np.testing.assert_allclose(trace.a[3], net.predict(X))
    kept = net.predict(X)
    _, dW, _ = net.loss_and_gradients(X, np.ones((6, 1)))
    kept_dW = dW[0].copy()
    net.forward(X * 3)
    net.predict(X * 2)                      # later calls do not overwrite what callers kept
    net.loss_and_gradients(X * 2, np.zeros((6, 1)))
    np.testing.assert_allclose(kept, trace.a[3])
    np.testing.assert_array_equal(dW[0], kept_dW)


def test_predict_on_a_large_grid_is_chunked_but_identical():
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], dtype="float64")
    grid = np.random.default_rng(2).uniform(-1, 1, size=(300_000, 2))   # more rows than one chunk
    out = net.predict(grid)
    assert out.shape == (300_000, 1)
    np.testing.assert_allclose(out[-1000:], net.forward(grid[-1000:]).a[-1])


def test_shape_errors():
    net = Network([2, 3, 1], ["tanh", "sigmoid"])
    with pytest.raises(ShapeError, match=r"\(n, 2\)"):
        net.predict(np.ones((4, 3)))
    with pytest.raises(ShapeError):
        net.loss(np.ones((4, 2)), np.ones((3, 1)))
    assert net.loss(np.ones((4, 2)), np.ones(4)) > 0      # (n,) targets are fine for one output


@pytest.mark.parametrize("activation", list(ACTIVATIONS))
def test_activations_are_stable_at_huge_inputs(activation):
    # pytest turns RuntimeWarning into errors, so any overflow or invalid value fails here.
    z = np.array([[-1000.0, 1000.0, 0.0], [1000.0, -1000.0, 5.0]])
    for dtype in (np.float32, np.float64):
        zz = z.astype(dtype)
        act = ACTIVATIONS[activation]
        a = act.value(zz, np.empty_like(zz))
        d = act.derivative(zz, a)
        assert np.isfinite(a).all() and np.isfinite(d).all()
    if activation == "sigmoid":
        np.testing.assert_array_equal(a[0, :2], [0.0, 1.0])
        assert a[0, 2] == 0.5


@pytest.mark.parametrize("loss, output", [("mse", "linear"), ("mse", "sigmoid"),
                                          ("binary_crossentropy", "sigmoid"), ("binary_crossentropy", "tanh"),
                                          ("categorical_crossentropy", "softmax"),
                                          ("categorical_crossentropy", "sigmoid")])
def test_losses_are_finite_at_huge_pre_activations(loss, output):
    net = Network([1, 2], [output], loss, dtype="float32")
    net.set_parameters([np.array([[1000.0, -1000.0]])], [np.zeros(2)])
    X = np.array([[1.0], [-1.0]])
    Y = np.array([[1.0, 0.0], [1.0, 0.0]])
    loss_value, dW, db = net.loss_and_gradients(X, Y)
    assert np.isfinite(loss_value) and all(np.isfinite(g).all() for g in dW + db)
    if (output, loss) in (("sigmoid", "binary_crossentropy"), ("softmax", "categorical_crossentropy")):
        # From logits, the confidently wrong second sample costs 2000 (its z is off by 2000) and the first 0:
        # the mean is 1000, where a clipped formula would give ~16 (-log 1e-7).
        assert loss_value == pytest.approx(1000.0, rel=1e-6)


def test_loss_conventions():
    net = Network([1, 2], ["linear"], "mse", dtype="float64", l1=0.5, l2=0.2)
    net.set_parameters([np.array([[1.0, -2.0]])], [np.array([0.5, 0.0])])
    X, Y = np.array([[1.0], [2.0]]), np.zeros((2, 2))
    predictions = np.array([[1.5, -2.0], [2.5, -4.0]])
    mse = (predictions ** 2).mean()              # mean over samples AND outputs
    penalty = 0.2 / 2 * (1 + 4) + 0.5 * (1 + 2)  # weights only, biases excluded
    assert net.loss(X, Y) == pytest.approx(mse + penalty)
    bce = Network([1, 1], ["sigmoid"], "binary_crossentropy", dtype="float64", init="zeros")
    assert bce.loss(np.ones((3, 1)), np.array([[1.0], [0.0], [1.0]])) == pytest.approx(np.log(2))
    cce = Network([1, 4], ["softmax"], "categorical_crossentropy", dtype="float64", init="zeros")
    assert cce.loss(np.ones((2, 1)), np.eye(4)[[0, 3]]) == pytest.approx(np.log(4))   # mean over samples
