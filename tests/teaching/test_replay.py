"""Replay keeps bounded, exact, ordered weight snapshots; plane pictures match the live snapshot's."""

from pathlib import Path

import numpy as np
import pytest

from mlp_studio.data import DatasetSpec
from mlp_studio.engine import SGD, Network, Trainer
from mlp_studio.model.session import Session
from mlp_studio.model.snapshot import PlaneGrid, make_snapshot
from mlp_studio.model.spec import ExperimentSpec, LayerSpec, NetworkSpec, TrainingSpec
from mlp_studio.model.planes import plane_pictures
from mlp_studio.teaching.replay import ReplayBuffer, frame_pictures

X = np.random.default_rng(0).normal(size=(64, 2))
Y = (X[:, :1] * X[:, 1:] > 0).astype(float)


def _trained_buffer(max_frames=50, steps=600):
    net = Network([2, 6, 1], ["tanh", "sigmoid"], "binary_crossentropy", seed=0)
    trainer = Trainer(net, SGD(0.5), X, Y, batch_size=8, seed=0)
    buffer, recorded = ReplayBuffer(max_frames), {}
    for _ in range(steps):
        result = trainer.step()
        W, b = net.get_parameters()
        buffer.record(result.step, trainer.epoch, W, b, evaluation=result.loss)
        recorded[result.step] = (W, b)
    return net, buffer, recorded


def test_bounded_after_ten_thousand_records_and_denser_near_the_present():
    buffer = ReplayBuffer(max_frames=200)
    W, b = [np.zeros((2, 3))], [np.zeros(3)]
    for step in range(1, 10_001):
        buffer.record(step, step / 10, W, b)
        assert len(buffer) <= 200
    steps = buffer.steps
    assert steps[0] == 1 and steps[-1] == 10_000 and len(buffer) >= 100
    assert np.all(np.diff(steps) > 0)                                  # monotone
    gaps = np.diff(steps)
    assert gaps[-1] == 1 and gaps[0] > 8 * gaps[-1]                    # full resolution near the present


def test_restored_weights_equal_the_recorded_ones_exactly():
    net, buffer, recorded = _trained_buffer()
    assert len(buffer) <= 50 and np.all(np.diff(buffer.steps) > 0)
    for index in range(len(buffer)):
        frame = buffer.frame_at(index)
        W, b = recorded[frame.step]
        buffer.restore_into(net, frame)
        assert all(np.array_equal(a, c) for a, c in zip(net.weights, W))
        assert all(np.array_equal(a, c) for a, c in zip(net.biases, b))
        assert not frame.weights[0].flags.writeable
    assert buffer.frame_at(-1).step == 600


def test_frames_are_copies_not_views():
    net = Network([2, 3, 1], ["tanh", "sigmoid"], "binary_crossentropy", seed=0)
    buffer = ReplayBuffer(8)
    frame = buffer.record(1, 0.0, net.weights, net.biases)            # live views of the network
    before = frame.weights[0].copy()
    net.weights[0][...] += 1.0
    assert np.array_equal(frame.weights[0], before)


def test_nearest_and_order_rules():
    buffer = ReplayBuffer(8)
    W, b = [np.zeros((1, 1))], [np.zeros(1)]
    for step in (10, 20, 40):
        buffer.record(step, 0.0, W, b)
    assert [buffer.nearest(s).step for s in (0, 14, 15, 16, 31, 1000)] == [10, 10, 10, 20, 40, 40]
    buffer.record(40, 1.0, W, b, evaluation="again")                  # same step replaces the last frame
    assert len(buffer) == 3 and buffer.frame_at(-1).evaluation == "again"
    with pytest.raises(ValueError):
        buffer.record(39, 0.0, W, b)
    buffer.clear()
    with pytest.raises(IndexError):
        buffer.nearest(5)


def _session(name="spiral", layers=(LayerSpec(5, "tanh"), LayerSpec(1, "sigmoid")),
             loss="binary_crossentropy", learning_rate=0.3):
    spec = ExperimentSpec("t", DatasetSpec(name=name, samples=120, seed=1),
                          NetworkSpec(layers=tuple(layers), loss=loss, seed=0),
                          TrainingSpec(learning_rate=learning_rate, batch_size=10))
    return Session.from_spec(spec, Path("."))


@pytest.mark.parametrize("kind", ["binary", "regression"])
def test_plane_pictures_match_the_live_snapshot(kind):
    if kind == "binary":
        session = _session()
    else:
        session = _session("plane", layers=(LayerSpec(4, "relu"), LayerSpec(1, "linear")), loss="mse",
                           learning_rate=0.003)
    session.trainer.fit(3)
    grid = PlaneGrid.for_dataset(session.dataset, resolution=30, neuron_resolution=10)
    snapshot = make_snapshot(session, 1, grid)
    pictures = plane_pictures(session.network, grid, session.dataset.task)
    assert np.array_equal(pictures.output_grid, snapshot.output_grid)
    assert all(np.array_equal(a, b) for a, b in zip(pictures.neuron_grids, snapshot.neuron_grids))
    assert pictures.extent == grid.extent and pictures.class_probability_grid is None


def test_multiclass_plane_pictures_are_the_winning_class():
    points = np.random.default_rng(2).uniform(-1, 1, size=(9 + 4, 2))
    grid = PlaneGrid((-1.0, 1.0, -1.0, 1.0), 3, 2, points)
    net = Network([2, 4, 3], ["tanh", "softmax"], "categorical_crossentropy", seed=0)
    pictures = plane_pictures(net, grid, "multiclass")
    probabilities = net.predict(points[:9])
    np.testing.assert_array_equal(pictures.output_grid, probabilities.argmax(axis=1).reshape(3, 3))
    np.testing.assert_array_equal(pictures.class_probability_grid, probabilities.max(axis=1).reshape(3, 3))
    assert pictures.neuron_grids[0].shape == (4, 2, 2)


def test_frame_pictures_rewind_the_boundary_without_touching_the_network():
    session = _session()
    grid = PlaneGrid.for_dataset(session.dataset, resolution=20, neuron_resolution=8)
    buffer = ReplayBuffer(16)
    first = buffer.record_snapshot(make_snapshot(session, 1, grid))
    start = make_snapshot(session, 1, grid).output_grid
    session.trainer.fit(20)
    buffer.record_snapshot(make_snapshot(session, 1, grid))
    live = session.network.get_parameters()
    rewound = frame_pictures(session.network, first, grid, session.dataset.task)
    assert np.array_equal(rewound.output_grid, start)
    assert all(np.array_equal(a, b) for a, b in zip(session.network.weights, live[0]))
    assert buffer.frame_at(-1).evaluation.train_loss < first.evaluation.train_loss
