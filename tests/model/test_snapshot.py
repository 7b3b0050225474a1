"""Snapshots: grid layout, one-pass plane pictures, per-task contents, read-only copies, history."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from mlp_studio.engine import Network
from mlp_studio.files.experiment import load_experiment
from mlp_studio.model.session import Session
from mlp_studio.model.snapshot import (EVALUATION_MACS, EVALUATION_ROWS, GRADIENT_ROWS, HISTOGRAM_ROWS,
                                       MIN_EVALUATION_ROWS, SAMPLE_ROWS, History, PlaneGrid, fractional_epoch,
                                       make_snapshot, plane_points, routine_rows, subsample_indices)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def session_for(name: str) -> Session:
    return Session.from_spec(load_experiment(EXAMPLES / name), EXAMPLES)


def all_arrays(snap):
    arrays = [*snap.weights, *snap.biases]
    for name in ("output_grid", "class_probability_grid", "confusion", "predictions"):
        if getattr(snap, name) is not None:
            arrays.append(getattr(snap, name))
    arrays += list(snap.neuron_grids or ())
    for counts, edges in snap.activation_histograms or ():
        arrays += [counts, edges]
    return arrays


def test_plane_points_are_row_major_y_outer_x_inner():
    points = plane_points((-1.0, 1.0, 10.0, 12.0), 3)
    assert points.shape == (9, 2)
    # row i * 3 + j is (x_j, y_i)
    np.testing.assert_allclose(points[1], [0.0, 10.0])
    np.testing.assert_allclose(points[3], [-1.0, 11.0])
    np.testing.assert_allclose(points[8], [1.0, 12.0])


def test_output_and_neuron_grids_match_the_network_at_their_points():
    session = session_for("xor.json")
    session.trainer.fit(3)  # trained a little, so the surface is not symmetric by accident
    grid = PlaneGrid.for_dataset(session.dataset, resolution=9, neuron_resolution=5)
    snap = make_snapshot(session, 7, grid)
    x0, x1, y0, y1 = session.dataset.plane_extent
    xs, ys = np.linspace(x0, x1, 9), np.linspace(y0, y1, 9)
    net, to_inputs = session.network, session.dataset.inputs_for_points
    for i, j in [(0, 8), (8, 0), (2, 6), (5, 1)]:
        expected = net.predict(to_inputs(np.array([[xs[j], ys[i]]])))[0, 0]
        assert snap.output_grid[i, j] == pytest.approx(expected, abs=1e-5)
    xs, ys = np.linspace(x0, x1, 5), np.linspace(y0, y1, 5)
    assert [g.shape for g in snap.neuron_grids] == [(4, 5, 5)]
    for i, j in [(0, 4), (4, 0), (1, 3)]:
        hidden = net.forward(to_inputs(np.array([[xs[j], ys[i]]]))).a[1][0]
        np.testing.assert_allclose(snap.neuron_grids[0][:, i, j], hidden, atol=1e-5)


def test_binary_planar_snapshot_contents():
    session = session_for("xor.json")
    snap = make_snapshot(session, 1, PlaneGrid.for_dataset(session.dataset))
    assert snap.run_id == 1 and snap.step == 0 and snap.epoch == 0.0
    assert snap.output_grid.shape == (100, 100) and snap.output_grid.flags.c_contiguous
    assert 0.0 <= snap.output_grid.min() and snap.output_grid.max() <= 1.0
    assert snap.class_probability_grid is None and snap.activation_histograms is None
    assert snap.predictions is None
    assert snap.confusion.shape == (2, 2) and snap.confusion.sum() == len(session.dataset.X_test)
    assert len(snap.gradient_norms) == 2 and all(g > 0 for g in snap.gradient_norms)
    assert snap.evaluation == session.evaluate()


def test_regression_snapshot_has_predictions_against_truth():
    session = session_for("plane-regression.json")
    snap = make_snapshot(session, 1, PlaneGrid.for_dataset(session.dataset))
    ds = session.dataset
    m = min(len(ds.X_test), SAMPLE_ROWS)
    assert snap.predictions.shape == (m, 2) and snap.confusion is None
    rows = subsample_indices(len(ds.X_test), SAMPLE_ROWS)
    np.testing.assert_allclose(snap.predictions[:, 0], session.network.predict(ds.X_test[rows])[:, 0], atol=1e-6)
    np.testing.assert_allclose(snap.predictions[:, 1], ds.Y_test[rows, 0])


def test_non_planar_multiclass_snapshot_has_histograms_and_confusion_but_no_plane():
    session = session_for("iris.json")
    grid = PlaneGrid.for_dataset(session.dataset)
    assert grid is None
    snap = make_snapshot(session, 3, grid)
    assert snap.output_grid is None and snap.neuron_grids is None
    assert snap.confusion.shape == (3, 3) and snap.confusion.sum() == len(session.dataset.X_test)
    (counts, edges), = snap.activation_histograms  # one hidden layer (8 relu units)
    rows = min(len(session.dataset.X_train), HISTOGRAM_ROWS)
    assert counts.sum() == rows * 8 and len(edges) == len(counts) + 1
    assert edges[0] == 0.0  # relu: 0 .. max


def test_multiclass_planar_grids_give_winning_class_and_its_probability():
    net = Network([2, 5, 3], activations=["tanh", "softmax"], loss="categorical_crossentropy", seed=3)
    X = np.random.default_rng(0).uniform(-1, 1, (30, 2)).astype(np.float32)
    Y = np.eye(3, dtype=np.float32)[np.arange(30) % 3]
    dataset = SimpleNamespace(task="multiclass", is_planar=True, plane_extent=(-1.0, 1.0, -1.0, 1.0),
                              inputs_for_points=lambda p: np.asarray(p, dtype=np.float32),
                              X_train=X, Y_train=Y, X_test=X[:0], Y_test=Y[:0], class_names=("a", "b", "c"))
    session = SimpleNamespace(network=net, dataset=dataset, trainer=SimpleNamespace(step_count=0, epoch=0),
                              evaluate=lambda: None)
    snap = make_snapshot(session, 1, PlaneGrid.for_dataset(dataset, resolution=6, neuron_resolution=4))
    probabilities = net.predict(plane_points((-1.0, 1.0, -1.0, 1.0), 6))
    assert snap.output_grid.dtype == np.int64
    np.testing.assert_array_equal(snap.output_grid, probabilities.argmax(axis=1).reshape(6, 6))
    np.testing.assert_allclose(snap.class_probability_grid, probabilities.max(axis=1).reshape(6, 6), atol=1e-6)
    assert snap.confusion.sum() == 30  # no test split: the training split is used


def test_snapshot_arrays_are_read_only_copies():
    session = session_for("xor.json")
    snap = make_snapshot(session, 1, PlaneGrid.for_dataset(session.dataset), History())
    arrays = all_arrays(snap) + [snap.history.epoch, snap.history.train_loss]
    assert arrays and all(not a.flags.writeable for a in arrays)
    saved = [w.copy() for w in snap.weights]
    session.network.weights[0][...] += 1.0
    session.trainer.fit(1)
    for w, s in zip(snap.weights, saved):
        np.testing.assert_array_equal(w, s)
    assert all(not np.shares_memory(w, n) for w, n in zip(snap.weights, session.network.weights))


def test_snapshots_of_equal_runs_are_equal():
    a, b = session_for("xor.json"), session_for("xor.json")
    a.trainer.fit(2)
    b.trainer.fit(2)
    grid = PlaneGrid.for_dataset(a.dataset)
    for x, y in zip(all_arrays(make_snapshot(a, 1, grid)), all_arrays(make_snapshot(b, 1, grid))):
        np.testing.assert_array_equal(x, y)


def test_fractional_epoch_counts_batches():
    session = session_for("xor.json")  # 300 training rows, batch 16: 19 steps an epoch
    trainer = session.trainer
    result = trainer.step()
    assert fractional_epoch(trainer, result) == pytest.approx(1 / 19)
    assert fractional_epoch(trainer) == 0.0
    result = trainer.run_epoch()
    assert fractional_epoch(trainer, result) == 1.0
    stale = result
    trainer.step()
    assert fractional_epoch(trainer, stale) == 1.0  # not the latest step: whole epochs only


def test_gradient_norms_are_the_layer_norms_of_dl_dw_on_the_evaluated_rows():
    session = session_for("xor.json")
    session.network.l2 = 0.01   # the penalty's gradient is part of dL/dW
    ds = session.dataset
    # An exact snapshot of a small set: every training row (the evaluation's own pass, back-propagated).
    snap = make_snapshot(session, 1, None)
    _, d_weights, _ = session.network.loss_and_gradients(ds.X_train, ds.Y_train)
    np.testing.assert_allclose(snap.gradient_norms, [np.linalg.norm(d) for d in d_weights], rtol=1e-5)
    # A routine snapshot: the routine rows, the same ones its evaluation read.
    routine = make_snapshot(session, 1, None, exact=False)
    rows = subsample_indices(len(ds.X_train), routine_rows(session.network))
    _, d_weights, _ = session.network.loss_and_gradients(ds.X_train[rows], ds.Y_train[rows])
    np.testing.assert_allclose(routine.gradient_norms, [np.linalg.norm(d) for d in d_weights], rtol=1e-5)


def test_gradient_norms_of_a_big_exact_pass_use_their_own_subsample():
    session = big_xor(10_000)
    ds = session.dataset
    snap = make_snapshot(session, 1, None)   # exact: 7,500 training rows, more than GRADIENT_PASS_ROWS
    rows = subsample_indices(len(ds.X_train), GRADIENT_ROWS)
    _, d_weights, _ = session.network.loss_and_gradients(ds.X_train[rows], ds.Y_train[rows])
    np.testing.assert_allclose(snap.gradient_norms, [np.linalg.norm(d) for d in d_weights], rtol=1e-5)


def test_history_views_stay_fixed_while_the_history_grows():
    history = History(capacity=2)
    point = SimpleNamespace(train_loss=1.0, test_loss=2.0, train_metric=0.5, test_metric=0.25,
                            metric_name="accuracy")
    history.append(0.5, point)
    early = history.view()
    for k in range(5):  # outgrows the buffer twice
        history.append(1.0 + k, SimpleNamespace(**{**vars(point), "train_loss": -k}))
    late = history.view()
    assert len(early) == 1 and len(late) == 6 and late.metric_name == "accuracy"
    np.testing.assert_array_equal(early.epoch, [0.5])
    np.testing.assert_array_equal(early.train_loss, [1.0])
    np.testing.assert_array_equal(late.epoch, [0.5, 1.0, 2.0, 3.0, 4.0, 5.0])
    np.testing.assert_array_equal(late.test_metric, [0.25] * 6)
    with pytest.raises(ValueError):
        late.train_loss[0] = 9.0


def test_history_is_bounded_by_thinning_its_older_half_and_old_views_survive():
    history = History(capacity=4, max_rows=16)
    point = SimpleNamespace(train_loss=1.0, test_loss=2.0, train_metric=0.5, test_metric=0.25,
                            metric_name="accuracy")
    history.append(0.0, point)
    early = history.view()
    for k in range(1, 1000):
        history.append(float(k), point)
        assert len(history) <= 16
    late = history.view()
    assert np.all(np.diff(late.epoch) > 0) and late.epoch[0] == 0.0 and late.epoch[-1] == 999.0
    np.testing.assert_array_equal(early.epoch, [0.0])
    # Recent points stay dense, older ones get sparser.
    assert late.epoch[-1] - late.epoch[-2] == 1.0 and late.epoch[1] - late.epoch[0] > 1.0


# -- one pass per split, routine (subsampled) and exact snapshots -------------------------------------------------
def old_evaluation(session):
    """The evaluation as it was computed before one-pass evaluation: ``predict`` and ``loss`` separately."""
    from mlp_studio.engine import metrics

    ds, net = session.dataset, session.network
    regression = ds.task == "regression"

    def split(X, Y):
        if len(X) == 0:
            return float("nan"), float("nan")
        y_hat = net.predict(X)
        return net.loss(X, Y), (metrics.r2_score(y_hat, Y) if regression else metrics.accuracy(y_hat, Y))

    return split(ds.X_train, ds.Y_train), split(ds.X_test, ds.Y_test)


@pytest.mark.parametrize("name, penalties", [("xor.json", {}), ("iris.json", {"l2": 0.01, "l1": 0.001}),
                                             ("plane-regression.json", {"l2": 0.05})])
def test_one_pass_evaluation_equals_the_old_predict_and_loss_passes_exactly(name, penalties):
    session = session_for(name)
    if penalties:
        session.apply_training(dataclasses.replace(session.spec.training, **penalties))
    session.trainer.fit(2)
    (train_loss, train_metric), (test_loss, test_metric) = old_evaluation(session)
    evaluation = session.evaluate()
    assert (evaluation.train_loss, evaluation.train_metric) == (train_loss, train_metric)
    assert (evaluation.test_loss, evaluation.test_metric) == (test_loss, test_metric)
    snap = make_snapshot(session, 1, PlaneGrid.for_dataset(session.dataset))
    assert snap.exact and snap.evaluation == evaluation
    assert snap.evaluation_rows == (len(session.dataset.X_train), len(session.dataset.X_test))


def test_engine_evaluate_is_one_forward_pass_with_the_old_numbers():
    from mlp_studio.engine import evaluate

    session = session_for("iris.json")
    session.trainer.fit(3)
    net, ds = session.network, session.dataset
    passes = counting(net)
    result = evaluate(net, ds.X_train, ds.Y_train, "multiclass")
    assert passes == {"forward": len(ds.X_train)}
    assert result.loss == net.loss(ds.X_train, ds.Y_train)
    assert result.accuracy == pytest.approx(np.mean(net.predict(ds.X_train).argmax(1) == ds.labels_train), abs=0)


def counting(net):
    """Count the rows that go through ``net``'s passes from now on: {method: rows}."""
    counts: dict[str, int] = {}
    for name in ("forward", "predict", "loss", "loss_and_gradients", "backward"):
        original = getattr(net, name)

        def counted(X, *args, _original=original, _name=name, **kwargs):
            rows = len(X.a[0]) if _name == "backward" else len(X)   # backward takes a Forward
            counts[_name] = counts.get(_name, 0) + rows
            return _original(X, *args, **kwargs)

        setattr(net, name, counted)
    return counts


def big_xor(samples: int) -> Session:
    spec = load_experiment(EXAMPLES / "xor.json")
    return Session.from_spec(spec.with_dataset(samples=samples), EXAMPLES)


def test_routine_snapshots_evaluate_a_bounded_fixed_subsample_whatever_the_data_size():
    work = {}
    for samples in (10_000, 40_000):
        session = big_xor(samples)
        net = session.network
        limit = routine_rows(net)
        assert limit == EVALUATION_ROWS  # a tiny net: the largest subsample
        for planar in (True, False):
            grid = PlaneGrid.for_dataset(session.dataset, resolution=20, neuron_resolution=8) if planar else None
            counts = counting(net)
            snap = make_snapshot(session, 1, grid, exact=False)
            assert not snap.exact and snap.evaluation_rows == (limit, limit)
            assert snap.confusion.sum() == limit
            work[samples, planar] = dict(counts)
            for name in ("forward", "predict", "loss", "loss_and_gradients", "backward"):
                del net.__dict__[name]      # drop the counting wrappers
    # The same work at 10,000 and 40,000 rows: 2 x 2048 evaluated rows, the training ones back-propagated for the
    # gradient norms, the plane grid if planar.
    for planar in (True, False):
        assert work[10_000, planar] == work[40_000, planar]
    assert work[40_000, False] == {"forward": 2 * EVALUATION_ROWS, "backward": EVALUATION_ROWS}
    assert work[40_000, True] == {"forward": 2 * EVALUATION_ROWS + 20 * 20 + 8 * 8, "backward": EVALUATION_ROWS}


def test_an_exact_snapshot_shares_one_pass_per_split_for_evaluation_confusion_and_histograms():
    session = session_for("iris.json")
    ds = session.dataset
    counts = counting(session.network)
    snap = make_snapshot(session, 1, None)
    assert counts == {"forward": len(ds.X_train) + len(ds.X_test), "backward": len(ds.X_train)}
    assert snap.exact and snap.confusion.sum() == len(ds.X_test)


def test_routine_rows_bound_wide_networks_more_tightly():
    wide = Network([784, 256, 128, 10], activations=["relu", "relu", "softmax"],
                   loss="categorical_crossentropy")
    assert MIN_EVALUATION_ROWS <= routine_rows(wide) < EVALUATION_ROWS
    assert routine_rows(wide) * 235_000 <= EVALUATION_MACS * 1.01
    huge = Network([4096, 4096, 10], activations=["relu", "softmax"], loss="categorical_crossentropy",
                   dtype="float32")
    assert routine_rows(huge) == MIN_EVALUATION_ROWS


def test_the_routine_subsample_is_deterministic_and_its_numbers_are_exact_for_those_rows():
    from mlp_studio.engine.metrics import evenly_spaced

    rows = evenly_spaced(10_001, 2048)
    assert len(rows) == 2048 and rows[0] == 0 and rows[-1] == 10_000 and np.all(np.diff(rows) > 0)
    np.testing.assert_array_equal(rows, evenly_spaced(10_001, 2048))
    np.testing.assert_array_equal(evenly_spaced(7, 2048), np.arange(7))
    session = big_xor(8_000)
    session.trainer.fit(1)
    a = make_snapshot(session, 1, None, exact=False)
    b = make_snapshot(session, 1, None, exact=False)
    assert a.evaluation == b.evaluation and not a.exact
    for x, y in zip(all_arrays(a), all_arrays(b)):
        np.testing.assert_array_equal(x, y)
    # The numbers are the exact ones of the chosen rows.
    ds, net = session.dataset, session.network
    train, test = evenly_spaced(len(ds.X_train), 2048), evenly_spaced(len(ds.X_test), 2048)
    assert a.evaluation.train_loss == net.loss(ds.X_train[train], ds.Y_train[train])
    assert a.evaluation.test_loss == net.loss(ds.X_test[test], ds.Y_test[test])
    assert a.evaluation == session.evaluate(rows=routine_rows(net))
    exact = make_snapshot(session, 1, None)
    assert exact.exact and exact.evaluation == session.evaluate() and exact.evaluation_rows == (6000, 2000)
