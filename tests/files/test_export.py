"""Exports: the standalone script and the ONNX model predict what the app predicts."""

import csv
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mlp_studio.files import load_project, project_from_session, save_project
from mlp_studio.files.experiment import load_experiment
from mlp_studio.files.export import export_history_csv, export_python, export_weights_csv
from mlp_studio.files.export_onnx import export_onnx
from mlp_studio.model.session import Session

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ALL_EXAMPLES = sorted(p.name for p in EXAMPLES.glob("*.json"))

RUN_SCRIPT = """
import sys, numpy as np
sys.path.insert(0, sys.argv[1])
import exported
assert "mlp_studio" not in sys.modules
np.save(sys.argv[3], exported.predict(np.load(sys.argv[2])))
"""


def trained(example, epochs=3):
    session = Session.from_spec(load_experiment(EXAMPLES / example), EXAMPLES)
    session.trainer.fit(epochs)
    return session


def raw_inputs(session):
    """Raw inputs the script takes, and the app's predictions for them."""
    ds = session.dataset
    if ds.is_planar:
        points = np.concatenate([ds.points_train, ds.points_test]).astype(np.float64)
        return points, session.network.predict(ds.inputs_for_points(points))
    X = np.concatenate([ds.X_train, ds.X_test])
    raw = X.astype(np.float64) * ds.input_scale.astype(np.float64) + ds.input_mean.astype(np.float64)
    inputs = ((raw.astype(np.float32) - ds.input_mean) / ds.input_scale).astype(np.float32)
    expected = session.network.predict(inputs).astype(np.float64)
    if ds.target_scale is not None:
        expected = expected * ds.target_scale + ds.target_mean
    return raw, expected


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_the_exported_script_predicts_like_the_app_without_mlp_studio(tmp_path, example):
    session = trained(example)
    folder = tmp_path / "clean"
    folder.mkdir()
    export_python(session, folder / "exported.py")
    raw, expected = raw_inputs(session)
    np.save(tmp_path / "X.npy", raw)
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONSTARTUP")}
    result = subprocess.run([sys.executable, "-I", "-c", RUN_SCRIPT, str(folder), str(tmp_path / "X.npy"),
                             str(tmp_path / "Y.npy")], cwd=folder, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    np.testing.assert_allclose(np.load(tmp_path / "Y.npy"), expected, rtol=0, atol=1e-6)
    demo = subprocess.run([sys.executable, "-I", str(folder / "exported.py")], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0 and demo.stdout.strip(), demo.stderr


def test_the_script_from_a_project_equals_the_script_from_its_session(tmp_path):
    session = trained("spiral.json")
    save_project(tmp_path / "p.mlpstudio", project_from_session(session))
    export_python(session, tmp_path / "a.py")
    export_python(load_project(tmp_path / "p.mlpstudio"), tmp_path / "b.py", EXAMPLES)
    assert (tmp_path / "a.py").read_text() == (tmp_path / "b.py").read_text()


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_onnx_predictions_equal_the_apps(tmp_path, example):
    ort = pytest.importorskip("onnxruntime", reason="install the test extra: pip install -e '.[test]'")
    session = trained(example)
    export_onnx(session, tmp_path / "model.onnx")
    X = np.concatenate([session.dataset.X_train, session.dataset.X_test])
    runtime = ort.InferenceSession(str(tmp_path / "model.onnx"), providers=["CPUExecutionProvider"])
    [Y] = runtime.run(None, {"X": X})
    np.testing.assert_allclose(Y, session.network.predict(X), rtol=0, atol=1e-5)
    meta = runtime.get_modelmeta().custom_metadata_map
    assert meta["task"] == session.dataset.task


def test_onnx_without_the_package_names_the_extra(tmp_path, monkeypatch):
    from mlp_studio.files import export_onnx as module

    monkeypatch.setitem(sys.modules, "onnx", None)
    with pytest.raises(module.OnnxMissingError, match=r"pip install 'mlp-studio\[onnx\]'"):
        module.export_onnx(trained("xor.json", 0), tmp_path / "m.onnx")
    assert not (tmp_path / "m.onnx").exists()


def test_weights_csv_holds_every_parameter_exactly(tmp_path):
    session = trained("iris.json")
    export_weights_csv(session, tmp_path / "w.csv")
    rows = list(csv.DictReader((tmp_path / "w.csv").open()))
    weights, biases = session.network.get_parameters()
    assert len(rows) == sum(w.size + b.size for w, b in zip(weights, biases))
    for row in rows:
        layer, to = int(row["layer"]) - 1, int(row["to"])
        value = (weights[layer][int(row["from"]), to] if row["kind"] == "weight" else biases[layer][to])
        assert np.float32(float(row["value"])) == value


def test_history_csv(tmp_path):
    project = load_project(Path(__file__).parent / "fixtures" / "project-v2.mlpstudio")
    export_history_csv(project, tmp_path / "h.csv")
    rows = list(csv.reader((tmp_path / "h.csv").open()))
    assert rows[0] == list(project.history)
    assert len(rows) == 13 and float(rows[-1][1]) == project.history["train_loss"][-1]
