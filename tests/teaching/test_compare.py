"""Comparing runs: deterministic, different settings give different curves, incremental stepping."""

from pathlib import Path

import numpy as np
import pytest

from mlp_studio.data import DatasetSpec
from mlp_studio.model.spec import ExperimentSpec, LayerSpec, NetworkSpec, TrainingSpec
from mlp_studio.teaching.compare import ComparisonRun, run_comparison, variants, with_setting

SPEC = ExperimentSpec(
    "xor", DatasetSpec(name="xor", samples=120, noise=0.1, test_fraction=0.25, seed=3),
    NetworkSpec(layers=(LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")), loss="binary_crossentropy", seed=0),
    TrainingSpec(optimizer="sgd", learning_rate=0.1, batch_size=10))


def test_identical_specs_give_identical_curves_and_boundaries():
    result = run_comparison(SPEC, SPEC, epochs=5, base_dir=Path("."), resolution=20)
    a, b = result.runs
    assert len(a.epochs) == 6 and a.epochs[0] == 0 and a.epochs[-1] == 5
    for name in ("train_loss", "test_loss", "train_metric", "test_metric"):
        assert np.array_equal(getattr(a, name), getattr(b, name))
    assert np.array_equal(a.pictures.output_grid, b.pictures.output_grid)
    assert a.pictures.output_grid.shape == (20, 20) and a.metric_name == "accuracy"
    again = run_comparison(SPEC, SPEC, epochs=5, base_dir=Path("."), resolution=20)
    assert np.array_equal(again.runs[0].train_loss, a.train_loss)          # deterministic across calls


def test_different_learning_rates_give_different_curves():
    slow, fast = variants(SPEC, "learning_rate", [0.01, 0.5])
    assert slow.training.learning_rate == 0.01 and fast.training.learning_rate == 0.5
    assert "learning_rate = 0.5" in fast.name
    a, b = run_comparison(slow, fast, epochs=8, resolution=10).runs
    assert a.train_loss[0] == b.train_loss[0]                             # same start: same data and seed
    assert not np.array_equal(a.train_loss, b.train_loss)
    assert b.train_loss[-1] < a.train_loss[-1]
    assert not np.array_equal(a.pictures.output_grid, b.pictures.output_grid)


def test_step_epochs_is_incremental_and_matches_a_full_run():
    run = ComparisonRun(*variants(SPEC, "activation", ["tanh", "relu"]), resolution=10)
    assert run.epoch == 0
    for _ in range(3):
        partial = run.step_epochs(2)
    assert run.epoch == 6 and len(partial.runs[0].epochs) == 7
    assert run.sessions[1].spec.network.layers[0].activation == "relu"
    full = run_comparison(*variants(SPEC, "activation", ["tanh", "relu"]), epochs=6, resolution=10)
    for got, want in zip(partial.runs, full.runs):
        assert np.array_equal(got.train_loss, want.train_loss)
    assert run.result(with_pictures=False).runs[0].pictures is None


def test_a_diverging_run_stops_and_the_other_goes_on():
    spec = with_setting(SPEC, "dataset.name", "plane")
    spec = spec.with_network(layers=(LayerSpec(8, "relu"), LayerSpec(1, "linear")), loss="mse")
    calm, wild = variants(spec, "learning_rate", [0.001, 50.0])
    a, b = run_comparison(calm, wild, epochs=10, resolution=10).runs
    assert a.diverged == "" and len(a.epochs) == 11 and a.metric_name == "r2"
    assert "diverged" in b.diverged and len(b.epochs) < 11


def test_with_setting_fields():
    assert with_setting(SPEC, "optimizer", "adam").training.optimizer == "adam"
    assert with_setting(SPEC, "network.seed", 5).network.seed == 5
    assert with_setting(SPEC, "seed", 5).training.seed == 5
    assert with_setting(SPEC, "dataset.noise", 0.3).dataset.noise == 0.3
    assert with_setting(SPEC, "activation", "relu").network.layers[-1].activation == "sigmoid"
    with pytest.raises(ValueError):
        with_setting(SPEC, "colour", "red")
