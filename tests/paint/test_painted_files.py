"""Painted points in the hand-written experiment file and in project files (Qt-free)."""

import json

import pytest

from mlp_studio.data import DatasetSpec
from mlp_studio.errors import SpecError
from mlp_studio.files import load_project, project_from_session, save_project, session_from_project
from mlp_studio.files.experiment import experiment_to_dict, load_experiment, parse_experiment
from mlp_studio.model.session import Session
from tests.data.test_data_painted import blobs

POINTS = [[-3.0, -3.0, 0], [-2.5, -3.5, 0], [3.0, 3.0, 1], [2.5, 3.5, 1], [0.0, 4.0, 2], [0.5, 4.5, 2]]


def experiment(points=POINTS, **dataset):
    data = {"name": "painted", "test_fraction": 0.0, "seed": 1, **dataset}
    if points is not KeyError:
        data["points"] = points
    return {"format": "mlp-studio", "version": 1, "name": "paint",
            "dataset": data,
            "network": {"layers": [{"units": 6, "activation": "tanh"}, {"units": 3, "activation": "softmax"}]},
            "training": {"optimizer": "adam", "learning_rate": 0.05, "epochs": 20}}


def test_points_parse_and_round_trip(tmp_path):
    spec = parse_experiment(experiment())
    assert spec.dataset.name == "painted"
    assert spec.dataset.points == tuple(tuple(p) for p in POINTS)
    data = experiment_to_dict(spec)
    assert data["dataset"]["points"] == POINTS
    assert "samples" not in data["dataset"] and "noise" not in data["dataset"]
    path = tmp_path / "paint.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_experiment(path) == spec


def test_parsed_points_are_clipped_to_the_plane():
    spec = parse_experiment(experiment([[-9, 0, 0], [0, 12.5, 1]]))
    assert spec.dataset.points == ((-6.0, 0.0, 0), (0.0, 6.0, 1))


@pytest.mark.parametrize("points, field, words", [
    (KeyError, "dataset.points", "is required"),
    ({"x": 1}, "dataset.points", "must be a list"),
    ([[0, 0, 0], [1, 1]], "dataset.points[1]", "[x1, x2, class]"),
    ([[0, 0, 0], "1,1,1"], "dataset.points[1]", "[x1, x2, class]"),
    ([[0, 0, 0], [1, None, 1]], "dataset.points[1]", "x2 must be a finite number"),
    ([[0, 0, 0], [1, 1, 9]], "dataset.points[1]", "class must be a whole number from 0 to 7"),
    ([[0, 0, 0], [1, 1, 0]], "dataset.points", "paint at least two classes"),
    ([[0, 0, i % 2] for i in range(5001)], "dataset.points", "at most 5,000"),
])
def test_bad_points_name_the_field(points, field, words):
    with pytest.raises(SpecError) as caught:
        parse_experiment(experiment(points), file="paint.json")
    assert caught.value.field == field
    assert words in str(caught.value)


def test_points_only_apply_to_painted():
    data = experiment()
    data["dataset"]["name"] = "xor"
    with pytest.raises(SpecError) as caught:
        parse_experiment(data)
    assert caught.value.field == "dataset.points" and "only applies to the painted" in str(caught.value)


def test_a_project_file_keeps_the_painted_points(tmp_path):
    spec = parse_experiment(experiment())
    spec = spec.__class__(spec.name, DatasetSpec(name="painted", points=blobs((0, 1, 2), 30), seed=2),
                          spec.network, spec.training)
    session = Session.from_spec(spec, tmp_path)
    session.trainer.fit(3)
    path = tmp_path / "paint.mlpstudio"
    save_project(path, project_from_session(session))
    project = load_project(path)
    assert project.experiment.dataset == spec.dataset
    restored = session_from_project(project, base_dir=tmp_path, file=str(path))
    assert restored.dataset.n_outputs == 3 and restored.trainer.epoch == 3


def test_the_extent_round_trips_and_clips_the_points(tmp_path):
    spec = parse_experiment(experiment([[0, 0, 0], [1, 1, 0], [0, 1, 1], [3, -2, 1]],
                                       extent=[-0.5, 1.5, -0.5, 1.5]))
    assert spec.dataset.extent == (-0.5, 1.5, -0.5, 1.5)
    assert spec.dataset.points[-1] == (1.5, -0.5, 1)   # clipped to the set's own plane
    data = experiment_to_dict(spec)
    assert data["dataset"]["extent"] == [-0.5, 1.5, -0.5, 1.5]
    path = tmp_path / "paint.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_experiment(path) == spec
    assert "extent" not in experiment_to_dict(parse_experiment(experiment()))["dataset"]  # default: not written


@pytest.mark.parametrize("extent, message", [
    ("wide", "must be [x_min, x_max, y_min, y_max]"),
    ([0, 1, 0], "must be [x_min, x_max, y_min, y_max]"),
    ([0, 1, "a", 1], "y_min must be a finite number"),
    ([2, 1, 0, 1], "x_min must be less than x_max"),
    ([0, 1, 0, 5000], "the y side must be from 0.1 to 1000 long"),
])
def test_a_bad_extent_names_the_field(extent, message):
    with pytest.raises(SpecError) as info:
        parse_experiment(experiment(extent=extent))
    assert info.value.field == "dataset.extent" and message in str(info.value)


def test_the_extent_is_refused_on_other_sets():
    data = experiment(points=KeyError, extent=[0, 1, 0, 1])
    data["dataset"]["name"] = "xor4"
    with pytest.raises(SpecError, match="only applies to the painted data set") as info:
        parse_experiment(data)
    assert info.value.field == "dataset.extent"
