"""Parsing and validating the hand-written experiment file."""

import json
from pathlib import Path

import pytest

from mlp_studio.errors import SpecError
from mlp_studio.files.experiment import (CURRENT_VERSION, experiment_to_dict, load_experiment,
                                         parse_experiment)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def minimal(**overrides):
    data = {
        "format": "mlp-studio", "version": 1, "name": "t",
        "dataset": {"name": "xor", "samples": 100, "noise": 0.1, "test_fraction": 0.25, "seed": 7},
        "network": {"layers": [{"units": 4, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}],
                    "loss": "binary_crossentropy", "init": "xavier_uniform", "seed": 0},
        "training": {"optimizer": "sgd", "learning_rate": 0.1, "batch_size": 16, "epochs": 5},
    }
    for dotted, value in overrides.items():
        target = data
        *parents, last = dotted.split(".")
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return data


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_every_example_parses(path):
    spec = load_experiment(path)
    assert spec.network.layers
    assert spec.name


def test_defaults_fill_missing_optional_fields():
    spec = parse_experiment(minimal(training=KeyError, **{"network.init": KeyError, "network.loss": KeyError}))
    assert spec.network.init == "xavier_uniform"
    assert spec.network.loss == "binary_crossentropy"  # follows the sigmoid output
    assert spec.training.batch_size == 0 and spec.training.optimizer == "sgd"


def test_round_trip_through_dict():
    spec = load_experiment(EXAMPLES / "xor.json")
    assert parse_experiment(json.loads(json.dumps(experiment_to_dict(spec)))) == spec


@pytest.mark.parametrize("overrides, field, words", [
    ({"trainig": {}}, "trainig", "unknown field"),
    ({"training.learnig_rate": 0.1}, "training.learnig_rate", "unknown field"),
    ({"network.layers.0.activation": "swish"}, "network.layers[0].activation", "swish"),
    ({"network.loss": "hinge"}, "network.loss", "hinge"),
    ({"training.optimizer": "adagrad"}, "training.optimizer", "adagrad"),
    ({"dataset.name": "mnist"}, "dataset.name", "mnist"),
    ({"training.learning_rate": 0}, "training.learning_rate", "greater than 0"),
    ({"training.learning_rate": -1}, "training.learning_rate", "greater than 0"),
    ({"network.layers.0.units": 0}, "network.layers[0].units", "at least 1"),
    ({"network.layers.0.units": 2.5}, "network.layers[0].units", "whole number"),
    ({"version": CURRENT_VERSION + 1}, "version", "update MLP Studio"),
    ({"network.layers.0.activation": "softmax"}, "network.layers[0].activation", "output layer"),
    ({"dataset.features": ["x3"]}, "dataset.features[0]", "x3"),
    ({"dataset.test_fraction": 1.0}, "dataset.test_fraction", "less than 1"),
    ({"network.layers": []}, "network.layers", "non-empty"),
    ({"format": "keras"}, "format", "keras"),
])
def test_bad_fields_name_the_field(overrides, field, words):
    with pytest.raises(SpecError) as caught:
        parse_experiment(minimal(**overrides), file="lesson.json")
    assert caught.value.field == field
    assert words in str(caught.value)
    assert str(caught.value).startswith("lesson.json: ")


def test_not_json_names_line_and_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "mlp-studio",\n  "version": 1,,}', encoding="utf-8")
    with pytest.raises(SpecError, match=r"broken.json: is not valid JSON: .* line 2"):
        load_experiment(path)


@pytest.mark.parametrize("content, words", [(b"", "not valid JSON"), (b"\xff\xfe\x00garbage", "UTF-8"),
                                            (b"[1, 2]", "JSON object")])
def test_unreadable_files(tmp_path, content, words):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(SpecError, match=words):
        load_experiment(path)


def test_missing_file(tmp_path):
    with pytest.raises(SpecError, match="no such file"):
        load_experiment(tmp_path / "nope.json")


def test_migration_hook_upgrades_old_versions(monkeypatch):
    from mlp_studio.files import experiment

    def upgrade_zero(data):
        data = dict(data, version=1)
        data["network"] = dict(data["network"], layers=data["network"].pop("hidden_then_output"))
        return data

    monkeypatch.setitem(experiment.MIGRATIONS, 0, upgrade_zero)
    monkeypatch.setattr(experiment, "MIN_VERSION", 0)
    old = minimal(version=0)
    old["network"]["hidden_then_output"] = old["network"].pop("layers")
    # Unknown-field checks apply after migration, so the old name is accepted and upgraded.
    spec = parse_experiment(old)
    assert [layer.units for layer in spec.network.layers] == [4, 1]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_every_example_round_trips(path):
    spec = load_experiment(path)
    assert parse_experiment(experiment_to_dict(spec)) == spec
