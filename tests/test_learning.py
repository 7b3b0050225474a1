"""Every shipped example trains, and the engine really learns (accuracy floors), identically run after run."""

from pathlib import Path

import numpy as np
import pytest

from mlp_studio.cli import load_session, train_session
from mlp_studio.files.experiment import parse_experiment
from mlp_studio.model.session import Session

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_every_example_loads_and_trains(path):
    session = load_session(path)
    before = session.evaluate().train_loss
    train_session(session, min(session.spec.training.epochs, 30))
    after = session.evaluate()
    assert np.isfinite(after.train_loss)
    if path.stem == "seed-xor-single-layer":
        # Zero weights on the symmetric XOR points: every gradient is exactly zero, so nothing moves.
        assert after.train_loss == before
    else:
        assert after.train_loss < before


def spec(dataset, layers, loss, epochs, optimizer="adam", learning_rate=0.01, batch_size=32):
    return parse_experiment({
        "dataset": dataset,
        "network": {"layers": [{"units": u, "activation": a} for u, a in layers], "loss": loss,
                    "init": "xavier_uniform", "seed": 0},
        "training": {"optimizer": optimizer, "learning_rate": learning_rate, "batch_size": batch_size,
                     "epochs": epochs},
    })


def test_iris_reaches_90_percent():
    report = train_session(load_session(EXAMPLES / "iris.json"), 200)
    assert report["test_accuracy"] >= 0.9


def test_digits_reaches_93_percent():
    session = Session.from_spec(spec({"name": "digits", "test_fraction": 0.25, "seed": 0},
                                     [(32, "relu"), (10, "softmax")], "categorical_crossentropy", 30), ".")
    assert train_session(session, 30)["test_accuracy"] >= 0.93


def test_spiral_reaches_90_percent_with_two_hidden_layers():
    report = train_session(load_session(EXAMPLES / "spiral.json"), 600)
    assert report["test_accuracy"] >= 0.9


def test_breast_cancer_and_wine_learn():
    for name, outputs in (("breast_cancer", [(1, "sigmoid")]), ("wine", [(3, "softmax")])):
        loss = "binary_crossentropy" if outputs[0][1] == "sigmoid" else "categorical_crossentropy"
        session = Session.from_spec(spec({"name": name, "test_fraction": 0.3, "seed": 1},
                                         [(16, "tanh")] + outputs, loss, 60), ".")
        assert train_session(session, 60)["test_accuracy"] >= 0.9, name


def test_tutorial_single_neuron_fails_and_hidden_layer_solves_xor():
    single = train_session(load_session(EXAMPLES / "seed-xor-single-layer.json"), 1000)
    hidden = train_session(load_session(EXAMPLES / "seed-xor-hidden-layer.json"), 5000)
    assert single["train_accuracy"] <= 0.75
    assert hidden["train_accuracy"] == 1.0


def test_same_spec_same_numbers():
    first = train_session(load_session(EXAMPLES / "xor.json"), 15)
    second = train_session(load_session(EXAMPLES / "xor.json"), 15)
    first.pop("seconds"), second.pop("seconds")
    assert first == second
