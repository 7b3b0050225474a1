"""``mlp-studio export``: the same exports from the command line, with one-line errors."""

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mlp_studio.app import main
from mlp_studio.files import load_project

ROOT = Path(__file__).resolve().parents[1]
XOR = ROOT / "examples" / "xor.json"
FIXTURE = ROOT / "tests" / "files" / "fixtures" / "project-v2.mlpstudio"


def test_export_python_from_a_project_runs_without_mlp_studio(tmp_path):
    assert main(["export", str(FIXTURE), "--python", str(tmp_path / "net.py")]) == 0
    result = subprocess.run([sys.executable, "-I", str(tmp_path / "net.py")], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_export_weights_of_an_untrained_experiment_and_after_training(tmp_path):
    assert main(["export", str(XOR), "--weights", str(tmp_path / "w0.csv")]) == 0
    assert main(["export", str(XOR), "--weights", str(tmp_path / "w5.csv"), "--train-epochs", "5"]) == 0
    first = list(csv.DictReader((tmp_path / "w0.csv").open()))
    later = list(csv.DictReader((tmp_path / "w5.csv").open()))
    assert len(first) == len(later) == 2 * 4 + 4 + 4 * 1 + 1
    assert [r["value"] for r in first] != [r["value"] for r in later]


def test_export_history_continues_a_projects_history(tmp_path):
    assert main(["export", str(FIXTURE), "--history", str(tmp_path / "h.csv"), "--train-epochs", "2"]) == 0
    rows = list(csv.DictReader((tmp_path / "h.csv").open()))
    assert [float(r["epoch"]) for r in rows][-3:] == [12.0, 13.0, 14.0]


def test_export_onnx(tmp_path):
    pytest.importorskip("onnx")
    assert main(["export", str(FIXTURE), "--onnx", str(tmp_path / "m.onnx")]) == 0
    assert (tmp_path / "m.onnx").stat().st_size > 100


@pytest.mark.parametrize("args, message", [
    (["missing.mlpstudio", "--python", "x.py"], "missing.mlpstudio: no such file"),
    ([str(XOR), "--history", "h.csv"], "no training history"),
    ([str(XOR), "--weights", "w.csv", "--train-epochs", "-1"], "--train-epochs must be 0 or more"),
])
def test_errors_are_one_line_with_exit_status_2(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    assert main(["export", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mlp-studio: ") and message in err and err.count("\n") == 1


def test_a_damaged_project_is_one_line_too(tmp_path, capsys):
    bad = tmp_path / "bad.mlpstudio"
    bad.write_bytes(FIXTURE.read_bytes()[:500])
    assert main(["export", str(bad), "--python", str(tmp_path / "x.py")]) == 2
    assert "damaged or truncated" in capsys.readouterr().err
    assert not (tmp_path / "x.py").exists()


def test_exactly_one_target_is_required(capsys):
    with pytest.raises(SystemExit) as info:
        main(["export", str(XOR)])
    assert info.value.code == 2


def test_the_project_file_is_not_modified(tmp_path):
    before = FIXTURE.read_bytes()
    main(["export", str(FIXTURE), "--weights", str(tmp_path / "w.csv"), "--train-epochs", "1"])
    assert FIXTURE.read_bytes() == before
    assert load_project(FIXTURE).history["epoch"][-1] == 12
    np.testing.assert_array_equal(load_project(FIXTURE).history["epoch"], np.arange(1, 13))
