"""Autosave copies: written atomically, offered after a crash, never offered while their writer runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mlp_studio.files import load_project, project_from_session, session_from_project
from mlp_studio.files.experiment import load_experiment
from mlp_studio.files.recovery import discard_recovery, pending_recoveries, recovery_dir, write_recovery
from mlp_studio.model.session import Session

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True)
def recovery_folder(tmp_path, monkeypatch):
    folder = tmp_path / "recovery"
    monkeypatch.setenv("MLP_STUDIO_RECOVERY_DIR", str(folder))
    return folder


def dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def pretend_crashed(recovery):
    info = json.loads(recovery.info_path.read_text())
    info["pid"] = dead_pid()
    recovery.info_path.write_text(json.dumps(info))


def test_the_folder_follows_xdg_state_home(monkeypatch, tmp_path):
    monkeypatch.delenv("MLP_STUDIO_RECOVERY_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert recovery_dir() == tmp_path / "state" / "mlp-studio" / "recovery"


def test_autosave_recovery_round_trip(tmp_path):
    session = Session.from_spec(load_experiment(EXAMPLES / "xor.json"), EXAMPLES)
    session.trainer.fit(3)
    project = project_from_session(session, history={"epoch": [1, 2, 3], "train_loss": [0.7, 0.6, 0.5]})
    original = tmp_path / "lesson.mlpstudio"
    first = write_recovery(project, original)
    session.trainer.fit(1)
    recovery = write_recovery(project_from_session(session), original)     # replaces the same slot
    assert recovery.path == first.path
    assert pending_recoveries() == []                      # this process is alive: nothing to offer
    assert [r.path for r in pending_recoveries(include_running=True)] == [recovery.path]
    pretend_crashed(recovery)
    [found] = pending_recoveries()
    assert found.original_path == str(original) and found.path.name.startswith("lesson-")
    restored = session_from_project(load_project(found.path), EXAMPLES)
    for a, b in zip(restored.network.get_parameters()[0], session.network.get_parameters()[0]):
        np.testing.assert_array_equal(a, b)
    assert restored.trainer.epoch == 4
    discard_recovery(found)
    assert pending_recoveries(include_running=True) == []
    assert list(found.path.parent.iterdir()) == []


def test_untitled_projects_and_discarding_all_of_this_process():
    project = load_project(EXAMPLES / "xor.json")
    recovery = write_recovery(project)
    assert recovery.original_path is None and recovery.path.name.startswith("untitled-")
    discard_recovery()
    assert pending_recoveries(include_running=True) == []


def test_garbage_in_the_recovery_folder_is_ignored(recovery_folder):
    recovery_folder.mkdir()
    (recovery_folder / "x.recovery.json").write_text("{not json")
    (recovery_folder / "y.recovery.json").write_text(json.dumps({"file": "../../etc/passwd", "pid": 1,
                                                                 "saved_at": 0, "original_path": None}))
    assert pending_recoveries(include_running=True) == []


def test_a_recovery_folder_that_cannot_be_created_is_a_clear_error(tmp_path, monkeypatch):
    from mlp_studio.files import ProjectError

    (tmp_path / "file").write_text("")
    monkeypatch.setenv("MLP_STUDIO_RECOVERY_DIR", str(tmp_path / "file" / "sub"))
    with pytest.raises(ProjectError, match="recovery folder"):
        write_recovery(load_project(EXAMPLES / "xor.json"))
