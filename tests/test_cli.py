"""``mlp-studio train``: reports, determinism, and one-line messages for bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mlp_studio.app import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
XOR = json.loads((EXAMPLES / "xor.json").read_text(encoding="utf-8"))


def write_experiment(folder: Path, name="exp.json", **changes) -> Path:
    data = json.loads(json.dumps(XOR))
    for section, values in changes.items():
        data[section].update(values) if isinstance(values, dict) else data.__setitem__(section, values)
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def run_cli(capsys, *argv):
    status = main(["train", *map(str, argv)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_line_error(status, err, *words):
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("mlp-studio: ")
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], (word, lines[0])


def test_report_has_the_promised_fields(tmp_path, capsys):
    report = tmp_path / "r.json"
    status, _, err = run_cli(capsys, EXAMPLES / "xor.json", "--epochs", 20, "--report", report)
    assert status == 0, err
    data = json.loads(report.read_text(encoding="utf-8"))
    for key in ("epochs", "steps", "seconds", "train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        assert key in data
    assert data["epochs"] == 20
    assert data["steps"] == 20 * 19  # 300 training points, batch 16 -> 19 batches an epoch
    assert data["test_accuracy"] > 0.8


def test_regression_report_has_r2(tmp_path, capsys):
    report = tmp_path / "r.json"
    status, _, err = run_cli(capsys, EXAMPLES / "plane-regression.json", "--epochs", 30, "--report", report,
                             "--quiet")
    assert status == 0, err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["train_r2"] > 0.9 and data["test_r2"] > 0.9
    assert "train_accuracy" not in data


def test_same_file_and_seed_give_the_same_numbers(tmp_path, capsys):
    reports = []
    for name in ("a.json", "b.json"):
        run_cli(capsys, EXAMPLES / "spiral.json", "--epochs", 5, "--seed", 3, "--report", tmp_path / name)
        data = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        data.pop("seconds")
        reports.append(data)
    assert reports[0] == reports[1]
    run_cli(capsys, EXAMPLES / "spiral.json", "--epochs", 5, "--seed", 4, "--report", tmp_path / "c.json")
    other = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert other["train_loss"] != reports[0]["train_loss"]


def test_progress_is_shown_unless_quiet(capsys):
    status, out, err = run_cli(capsys, EXAMPLES / "xor.json", "--epochs", 10)
    assert status == 0
    assert "epoch 10/10" in err and "acc" in err
    assert json.loads(out)["epochs"] == 10
    status, out, err = run_cli(capsys, EXAMPLES / "xor.json", "--epochs", 10, "--quiet")
    assert status == 0 and err == "" and out == ""


@pytest.mark.parametrize("changes, words", [
    ({"network": {"layers": [{"units": 4, "activation": "tanh"}, {"units": 3, "activation": "sigmoid"}]}},
     ["network.layers[1].units", "needs 1"]),
    ({"training": {"optimizer": "adagrad"}}, ["training.optimizer", "adagrad"]),
    ({"training": {"learning_rate": -0.1}}, ["training.learning_rate"]),
    ({"dataset": {"name": "mnist"}}, ["dataset.name", "mnist"]),
    ({"network": {"loss": "hinge"}}, ["network.loss", "hinge"]),
    ({"network": {"layers": [{"units": 0, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]}},
     ["network.layers[0].units"]),
    ({"network": {"layers": [{"units": 4, "activation": "gelu"}, {"units": 1, "activation": "sigmoid"}]}},
     ["network.layers[0].activation", "gelu"]),
    ({"version": 99}, ["version", "99"]),
    ({"extra": 1}, ["unknown field", "extra"]),
])
def test_bad_experiment_gets_one_line(tmp_path, capsys, changes, words):
    path = write_experiment(tmp_path, **changes)
    status, _, err = run_cli(capsys, path)
    assert_one_line_error(status, err, "exp.json", *words)


def test_iris_needs_three_outputs(tmp_path, capsys):
    path = write_experiment(tmp_path, dataset={"name": "iris", "samples": None, "noise": None})
    data = json.loads(path.read_text(encoding="utf-8"))
    data["dataset"] = {"name": "iris", "test_fraction": 0.3, "seed": 0}
    path.write_text(json.dumps(data), encoding="utf-8")
    status, _, err = run_cli(capsys, path)
    assert_one_line_error(status, err, "needs 3")


def test_not_json_gets_one_line(tmp_path, capsys):
    path = tmp_path / "exp.json"
    path.write_text("{ this is not json", encoding="utf-8")
    assert_one_line_error(*run_cli(capsys, path)[::2], "exp.json", "not valid JSON", "line 1")


def test_missing_file_gets_one_line(tmp_path, capsys):
    assert_one_line_error(*run_cli(capsys, tmp_path / "gone.json")[::2], "gone.json", "no such file")


def csv_experiment(folder: Path, csv_text: str | None, target="label") -> Path:
    if csv_text is not None:
        (folder / "data.csv").write_text(csv_text, encoding="utf-8")
    data = json.loads(json.dumps(XOR))
    data["dataset"] = {"name": "csv", "path": "data.csv", "target": target, "test_fraction": 0.25, "seed": 0}
    path = folder / "exp.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


GOOD_ROWS = "".join(f"{i % 7},{(i * 3) % 5},{'yes' if i % 2 else 'no'}\n" for i in range(40))


@pytest.mark.parametrize("csv_text, target, words", [
    (None, "label", ["data.csv"]),
    ("", "label", ["data.csv", "empty"]),
    ("a,b,label\n1,2,yes\n3,4\n" + GOOD_ROWS, "label", ["line 3"]),
    ("a,b,label\n1,,yes\n" + GOOD_ROWS, "label", ["line 2", "'b'"]),
    ("a,b,label\n1,seven,yes\n" + GOOD_ROWS, "label", ["line 2", "'b'", "seven"]),
    ("a,b,label\n" + GOOD_ROWS, "species", ["species", "label"]),
    ("a,b,label\n" + "".join(f"{i},{i},yes\n" for i in range(20)), "label", ["class"]),
])
def test_bad_csv_gets_one_line(tmp_path, capsys, csv_text, target, words):
    path = csv_experiment(tmp_path, csv_text, target)
    status, _, err = run_cli(capsys, path)
    assert_one_line_error(status, err, *words)


def test_csv_with_string_labels_trains(tmp_path, capsys):
    rows = "".join(f"{x:.3f},{y:.3f},{'inside' if x * x + y * y < 0.5 else 'outside'}\n"
                   for x in (i / 10 - 1 for i in range(21)) for y in (j / 10 - 1 for j in range(21)))
    path = csv_experiment(tmp_path, "x,y,label\n" + rows)
    report = tmp_path / "r.json"
    status, _, err = run_cli(capsys, path, "--epochs", 60, "--report", report)
    assert status == 0, err
    assert json.loads(report.read_text(encoding="utf-8"))["train_accuracy"] > 0.85


def test_divergence_stops_with_advice(tmp_path, capsys):
    path = write_experiment(tmp_path, network={"layers": [{"units": 8, "activation": "relu"},
                                                          {"units": 1, "activation": "linear"}],
                                               "loss": "mse"},
                            dataset={"name": "plane"}, training={"learning_rate": 1e4})
    status, _, err = run_cli(capsys, path, "--quiet")
    assert status == 1
    assert "smaller learning rate" in err and "Traceback" not in err


def test_real_entry_point_has_no_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mlp_studio", "train", str(bad)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("mlp-studio: ") and "Traceback" not in result.stderr
