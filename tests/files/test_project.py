"""Project files: round trips, every old version, and exact continuation of a restored run."""

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from mlp_studio.errors import SpecError
from mlp_studio.files import (Project, ProjectError, load_project, project_from_session, save_project,
                              session_from_project)
from mlp_studio.files.experiment import load_experiment, parse_experiment
from mlp_studio.files.migrations import CURRENT_VERSION, MIN_VERSION
from mlp_studio.model.session import Session

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).parent / "fixtures"
HISTORY_NAMES = ("epoch", "train_loss", "test_loss", "train_metric", "test_metric")


def trained_session(example="xor.json", steps=23, **training):
    spec = load_experiment(EXAMPLES / example)
    if training:
        spec = spec.with_training(**training)
    session = Session.from_spec(spec, EXAMPLES)
    for _ in range(steps):
        session.trainer.step()
    return session


def history(n=5):
    return {name: np.linspace(0, 1, n) + i for i, name in enumerate(HISTORY_NAMES)}


def assert_same_parameters(a, b):
    for x, y in zip(a.network.get_parameters()[0] + a.network.get_parameters()[1],
                    b.network.get_parameters()[0] + b.network.get_parameters()[1]):
        np.testing.assert_array_equal(x, y)


@pytest.mark.parametrize("example, training", [
    ("xor.json", {"optimizer": "adam", "batch_size": 16}),
    ("spiral.json", {"optimizer": "rmsprop", "batch_size": 10}),
    ("iris.json", {"optimizer": "sgd", "momentum": 0.9, "nesterov": True, "batch_size": 8}),
    ("plane-regression.json", {"optimizer": "sgd", "batch_size": 0}),
])
def test_save_load_gives_identical_predictions_history_and_settings(tmp_path, example, training):
    session = trained_session(example, **training)
    project = project_from_session(session, history=history(), design={"nodes": [1, 2]}, view={"zoom": 1.5},
                                   lesson={"title": "T", "text": {"en": "hello", "zh": "你好"},
                                           "locked_controls": ["optimizer"]})
    save_project(tmp_path / "p.mlpstudio", project)
    loaded = load_project(tmp_path / "p.mlpstudio")
    assert loaded.experiment == session.spec
    assert (loaded.design, loaded.view) == ({"nodes": [1, 2]}, {"zoom": 1.5})
    assert loaded.lesson == {"title": "T", "text": {"en": "hello", "zh": "你好"}, "locked_controls": ["optimizer"]}
    for name in HISTORY_NAMES:
        np.testing.assert_array_equal(loaded.history[name], project.history[name])
    restored = session_from_project(loaded, EXAMPLES)
    X = np.concatenate([session.dataset.X_train, session.dataset.X_test])
    np.testing.assert_array_equal(restored.network.predict(X), session.network.predict(X))
    assert restored.evaluate() == session.evaluate()


@pytest.mark.parametrize("steps", [0, 7, 19, 40])   # between epochs, mid-epoch, first epoch, later epoch
def test_a_restored_run_continues_bit_identically(tmp_path, steps):
    uninterrupted = trained_session("xor.json", steps=steps, optimizer="adam", batch_size=16)
    save_project(tmp_path / "p.mlpstudio", project_from_session(uninterrupted))
    restored = session_from_project(load_project(tmp_path / "p.mlpstudio"), EXAMPLES)
    for _ in range(45):
        a, b = uninterrupted.trainer.step(), restored.trainer.step()
        assert a == b
    assert_same_parameters(uninterrupted, restored)
    assert restored.optimizer.step_count == uninterrupted.optimizer.step_count


def test_a_batch_size_change_pending_at_save_survives(tmp_path):
    session = trained_session("xor.json", steps=5, batch_size=16)
    session.trainer.batch_size = 32
    save_project(tmp_path / "p.mlpstudio", project_from_session(session))
    restored = session_from_project(load_project(tmp_path / "p.mlpstudio"), EXAMPLES)
    assert restored.trainer.batch_size == 32
    for _ in range(30):
        assert session.trainer.step() == restored.trainer.step()


def test_a_csv_project_carries_its_data(tmp_path):
    rng = np.random.default_rng(0)
    rows = "\n".join(f"{a:.4f},{b:.4f},{'yes' if a + b > 0 else 'no'}" for a, b in rng.normal(size=(60, 2)))
    (tmp_path / "data.csv").write_text("a,b,label\n" + rows + "\n")
    spec = parse_experiment({"dataset": {"name": "csv", "path": "data.csv", "target": "label"},
                             "network": {"layers": [{"units": 3}, {"units": 1, "activation": "sigmoid"}]}})
    session = Session.from_spec(spec, tmp_path)
    session.trainer.fit(3)
    save_project(tmp_path / "p.mlpstudio", project_from_session(session, base_dir=tmp_path))
    (tmp_path / "data.csv").unlink()        # the project no longer needs the original file
    restored = session_from_project(load_project(tmp_path / "p.mlpstudio"), tmp_path / "elsewhere")
    np.testing.assert_array_equal(restored.dataset.X_train, session.dataset.X_train)
    assert_same_parameters(session, restored)


def test_a_hand_written_experiment_opens_as_an_untrained_project():
    project = load_project(EXAMPLES / "xor.json")
    assert project.parameters is None and project.trainer_state is None and project.history == {}
    assert project.experiment == load_experiment(EXAMPLES / "xor.json")
    session = session_from_project(project, EXAMPLES)
    assert session.trainer.step_count == 0


def test_an_untrained_project_round_trips(tmp_path):
    project = Project(experiment=load_experiment(EXAMPLES / "xor.json"))
    save_project(tmp_path / "p.mlpstudio", project)
    loaded = load_project(tmp_path / "p.mlpstudio")
    assert loaded.parameters is None and loaded.experiment == project.experiment and loaded.lesson is None


@pytest.mark.parametrize("version", range(MIN_VERSION, CURRENT_VERSION + 1))
def test_every_old_version_fixture_loads_to_the_same_numbers(version):
    expected = json.loads((FIXTURES / "expected.json").read_text())
    project = load_project(FIXTURES / f"project-v{version}.mlpstudio")
    session = session_from_project(project, FIXTURES)
    predictions = session.network.predict(session.dataset.inputs_for_points(np.array(expected["points"])))
    # Loose by a few float32 ulps: the fixture must load to the same weights, while the engine's
    # summation order (and so the last bit of a prediction) may change with speed work.
    np.testing.assert_allclose(predictions, np.array(expected["predictions"]), rtol=1e-5, atol=1e-6)
    for name, values in expected["history"].items():
        np.testing.assert_array_equal(project.history[name], values)
    assert project.lesson["text"]["zh"] == "两条线。"
    assert project.design == {"nodes": {"h1": [120, 40]}}
    assert project.view == ({} if version == 1 else {"plots": ["boundary", "loss"]})
    assert session.trainer.step_count == 12 * session.trainer.batches_per_epoch + 3
    session.trainer.fit(2)     # and it trains on


def test_the_fixtures_cover_every_version():
    names = sorted(p.name for p in FIXTURES.glob("project-v*.mlpstudio"))
    assert names == [f"project-v{v}.mlpstudio" for v in range(MIN_VERSION, CURRENT_VERSION + 1)]


def test_saving_leaves_no_temporary_files_and_keeps_permissions(tmp_path):
    target = tmp_path / "p.mlpstudio"
    save_project(target, Project(experiment=load_experiment(EXAMPLES / "xor.json")))
    target.chmod(0o640)
    save_project(target, Project(experiment=load_experiment(EXAMPLES / "xor.json")))
    assert [p.name for p in tmp_path.iterdir()] == ["p.mlpstudio"]
    assert target.stat().st_mode & 0o777 == 0o640
    with zipfile.ZipFile(target) as archive:
        assert [info.filename for info in archive.infolist()] == ["project.json", "arrays.npz"]


def test_a_project_refuses_parts_it_cannot_store():
    spec = load_experiment(EXAMPLES / "xor.json")
    with pytest.raises(ProjectError, match="design cannot be stored as JSON"):
        Project(experiment=spec, design={"x": float("nan")})
    with pytest.raises(ProjectError, match="lesson: unknown field 'body'"):
        Project(experiment=spec, lesson={"body": "x"})
    with pytest.raises(ProjectError, match="same length"):
        Project(experiment=spec, history={"epoch": [1, 2], "train_loss": [1.0]})
    with pytest.raises(ProjectError, match="layer sizes"):
        Project(experiment=spec, parameters=((np.zeros((2, 3)), np.zeros((3, 1))), (np.zeros(3), np.zeros(1))))


def test_a_json_experiment_error_is_a_spec_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "mlp-studio", "dataset": {"name": "xor"}, "netwrok": {}}')
    with pytest.raises(SpecError, match="netwrok"):
        load_project(path)
