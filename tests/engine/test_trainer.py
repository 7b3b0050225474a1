"""Trainer: batching, shuffling, determinism, divergence detection, and the tutorial's XOR lesson."""

import numpy as np
import pytest

from mlp_studio.engine import SGD, Adam, DivergenceError, EngineError, Network, StepResult, Trainer, accuracy

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR_Y = np.array([[0], [1], [1], [0]], dtype=float)


def _data(n=50, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    return X, (X[:, :1] * X[:, 1:] > 0).astype(float)


def _trainer(batch_size=8, seed=0, opt=None, net_seed=0):
    X, Y = _data()
    net = Network([2, 6, 1], ["tanh", "sigmoid"], "binary_crossentropy", seed=net_seed)
    return Trainer(net, opt or SGD(0.1, momentum=0.9), X, Y, batch_size=batch_size, seed=seed)


def test_step_results_count_steps_batches_and_epochs():
    trainer = _trainer(batch_size=16)          # 50 samples -> batches of 16, 16, 16, 2
    results = [trainer.step() for _ in range(5)]
    assert all(isinstance(r, StepResult) for r in results)
    assert [r.step for r in results] == [1, 2, 3, 4, 5]
    assert [r.batch_index for r in results] == [0, 1, 2, 3, 0]
    assert [r.epoch_finished for r in results] == [False, False, False, True, False]
    assert [r.epoch for r in results] == [0, 0, 0, 1, 1]
    assert trainer.epoch == 1 and trainer.step_count == 5
    with pytest.raises(AttributeError):
        results[0].loss = 0.0                   # frozen


def test_same_seed_gives_bit_identical_weights():
    runs = []
    for _ in range(2):
        trainer = _trainer(batch_size=7, seed=3, opt=Adam(0.01))
        losses = trainer.fit(5)
        runs.append((trainer.net._params.copy(), losses))
    np.testing.assert_array_equal(runs[0][0], runs[1][0])
    assert runs[0][1] == runs[1][1]
    other = _trainer(batch_size=7, seed=4, opt=Adam(0.01))
    other.fit(5)
    assert not np.array_equal(other.net._params, runs[0][0])   # the shuffle seed matters


def test_each_epoch_is_a_fresh_permutation_of_all_samples():
    trainer = _trainer(batch_size=10, seed=1)
    orders = []
    for _ in range(3):
        trainer.run_epoch()
        orders.append(trainer._order.copy())
    for order in orders:
        assert sorted(order) == list(range(50))
    assert not np.array_equal(orders[0], orders[1])
    replay = np.random.default_rng(1)           # the documented seeding: one Generator, one permutation/epoch
    for order in orders:
        np.testing.assert_array_equal(order, replay.permutation(50))


@pytest.mark.parametrize("batch_size", [0, 50, 500])
def test_full_batch_when_zero_or_at_least_n(batch_size):
    trainer = _trainer(batch_size=batch_size)
    result = trainer.step()
    assert result.epoch_finished and trainer.epoch == 1 and trainer.batches_per_epoch == 1
    X, Y = _data()
    reference = _trainer(batch_size=0).net
    expected_loss = reference.loss(X, Y)
    assert result.loss == pytest.approx(expected_loss, rel=1e-6)


def test_full_batch_equals_hand_loop():
    trainer = _trainer(batch_size=0, opt=SGD(0.5))
    net = _trainer(batch_size=0).net
    X, Y = _data()
    for _ in range(3):
        trainer.step()
        _, dW, db = net.loss_and_gradients(X, Y)
        SGD(0.5).step(net, dW, db)
    np.testing.assert_allclose(trainer.net._params, net._params, rtol=1e-6)


def test_batch_size_change_applies_at_the_next_epoch():
    trainer = _trainer(batch_size=25)
    trainer.step()
    trainer.batch_size = 10
    assert trainer.batch_size == 10
    assert trainer.run_epoch().batch_index == 1              # still batches of 25 in this epoch
    results = [trainer.step() for _ in range(5)]
    assert [r.batch_index for r in results] == [0, 1, 2, 3, 4] and results[-1].epoch_finished
    trainer.batch_size = 0
    assert trainer.step().epoch_finished
    with pytest.raises(EngineError):
        trainer.batch_size = -1


def test_steps_generator_stops_at_max_epochs_and_optimizer_is_replaceable():
    trainer = _trainer(batch_size=20)         # 3 steps per epoch
    assert len(list(trainer.steps(max_epochs=2))) == 6
    assert list(trainer.steps(max_epochs=2)) == []           # counted from the start of training
    trainer.optimizer = SGD(0.01)
    before = trainer.net._params.copy()
    trainer.step()
    assert trainer.optimizer.step_count == 1 and not np.array_equal(before, trainer.net._params)


def test_training_data_are_validated():
    net = Network([2, 1], ["sigmoid"])
    with pytest.raises(EngineError):
        Trainer(net, SGD(0.1), np.ones((3, 3)), np.ones((3, 1)))
    with pytest.raises(EngineError):
        Trainer(net, SGD(0.1), np.ones((3, 2)), np.ones((2, 1)))
    with pytest.raises(EngineError, match="NaN"):
        Trainer(net, SGD(0.1), np.full((3, 2), np.nan), np.ones((3, 1)))


def test_nan_weights_raise_divergence_naming_step_and_layer():
    trainer = _trainer(batch_size=0)
    trainer.step()
    trainer.net.weights[1][0, 0] = np.nan
    with pytest.raises(DivergenceError) as info:
        trainer.step()
    error = info.value
    assert (error.step, error.layer, error.quantity) == (2, 2, "weights")
    assert "step 2" in str(error) and "layer 2" in str(error) and "smaller learning rate" in str(error)
    assert trainer.step_count == 1                            # the failed step was not counted


def test_a_huge_learning_rate_diverges_with_a_typed_error_not_warnings():
    X = np.random.default_rng(0).normal(size=(64, 2)) * 10
    Y = X.sum(axis=1, keepdims=True) ** 2
    net = Network([2, 16, 16, 1], ["relu", "relu", "linear"], "mse")
    trainer = Trainer(net, SGD(10.0), X, Y, batch_size=8)
    with pytest.raises(DivergenceError) as info:
        trainer.fit(100)                   # pytest turns any RuntimeWarning into an error
    assert info.value.step >= 1 and 1 <= info.value.layer <= 3
    assert info.value.step == trainer.step_count + 1


def test_single_sigmoid_neuron_cannot_learn_xor():
    net = Network([2, 1], ["sigmoid"], "mse", init="zeros")
    trainer = Trainer(net, SGD(0.01), XOR_X, XOR_Y, batch_size=0)
    best = 0.0
    for _ in trainer.steps(max_epochs=1000):
        best = max(best, accuracy(net.predict(XOR_X), XOR_Y))
    assert trainer.epoch == 1000
    assert best <= 0.75


def test_a_hidden_layer_of_three_sigmoids_learns_xor():
    # The settings of /work/shared/examples/seed-xor-hidden-layer.json (xavier_uniform, seed 3).
    net = Network([2, 3, 1], ["sigmoid", "sigmoid"], "mse", init="xavier_uniform", seed=3)
    trainer = Trainer(net, SGD(2.0), XOR_X, XOR_Y, batch_size=0)
    trainer.fit(5000)
    assert accuracy(net.predict(XOR_X), XOR_Y) == 1.0
