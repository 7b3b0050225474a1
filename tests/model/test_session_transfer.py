"""Sessions and snapshots cross to and from the training process by pickle: nothing may change on the way."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

from mlp_studio.files.experiment import load_experiment
from mlp_studio.model.session import Session, SessionFactory
from mlp_studio.model.snapshot import History, PlaneGrid, make_snapshot

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "rmsprop"])
def test_a_pickled_session_trains_on_exactly_like_the_original(optimizer):
    spec = load_experiment(EXAMPLES / "spiral.json").with_training(optimizer=optimizer, learning_rate=0.01)
    session = Session.from_spec(spec, EXAMPLES)
    for _ in range(37):   # mid-epoch, with optimizer moments
        session.trainer.step()
    copy = pickle.loads(pickle.dumps(session))
    for _ in range(60):   # across an epoch boundary: the shuffling order continues too
        assert copy.trainer.step().loss == session.trainer.step().loss
    for ours, theirs in zip(copy.network.weights + copy.network.biases,
                            session.network.weights + session.network.biases):
        np.testing.assert_array_equal(ours, theirs)
    # The copy's weights are still views of its own parameters: an edit reaches its forward pass.
    before = copy.evaluate().train_loss
    copy.network.weights[0][...] = 0.0
    assert copy.evaluate().train_loss != before
    assert session.evaluate().train_loss == pytest.approx(before)


def test_a_session_factory_pickles_with_its_first_session():
    spec = load_experiment(EXAMPLES / "xor.json")
    first = Session.from_spec(spec, EXAMPLES)
    for _ in range(5):
        first.trainer.step()
    factory = pickle.loads(pickle.dumps(SessionFactory(spec, first.dataset, first=first)))
    restored = factory()
    assert restored.trainer.step_count == 5
    fresh = factory()
    assert fresh.trainer.step_count == 0 and fresh is not restored


def test_an_unpickled_snapshot_is_read_only_again():
    session = Session.from_spec(load_experiment(EXAMPLES / "spiral.json"), EXAMPLES)
    snapshot = make_snapshot(session, 1, PlaneGrid.for_dataset(session.dataset), History())
    copy = pickle.loads(pickle.dumps(snapshot))
    arrays = [*copy.weights, *copy.biases, copy.output_grid, *copy.neuron_grids, copy.history.train_loss]
    np.testing.assert_array_equal(copy.output_grid, snapshot.output_grid)
    assert arrays and all(not a.flags.writeable for a in arrays)


def test_a_snapshot_without_pictures_gets_the_same_ones_from_a_twin_network():
    from mlp_studio.model.parameters import network_from_parameters
    from mlp_studio.model.snapshot import with_plane_pictures

    session = Session.from_spec(load_experiment(EXAMPLES / "spiral.json"), EXAMPLES)
    for _ in range(30):
        session.trainer.step()
    grid = PlaneGrid.for_dataset(session.dataset)
    full = make_snapshot(session, 1, grid)
    bare = make_snapshot(session, 1, grid, pictures=False)
    assert bare.output_grid is None and bare.neuron_grids is None and bare.activation_histograms is None
    twin = network_from_parameters(session.spec, bare.weights, bare.biases)
    painted = with_plane_pictures(bare, twin, grid, session.dataset.task)
    np.testing.assert_array_equal(painted.output_grid, full.output_grid)
    assert all(np.array_equal(a, b) for a, b in zip(painted.neuron_grids, full.neuron_grids))
    assert painted.evaluation == full.evaluation and painted.step == full.step
