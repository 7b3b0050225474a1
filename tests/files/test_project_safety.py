"""Bad project files are refused with a clear message; saving never destroys the previous file."""

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from mlp_studio.files import ProjectError, load_project, project_from_session, save_project
from mlp_studio.files import project_io
from mlp_studio.files.experiment import load_experiment
from mlp_studio.model.session import Session

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOOD = Path(__file__).parent / "fixtures" / "project-v2.mlpstudio"


@pytest.fixture
def current():
    """The project the user has open; no failed load may change it."""
    project = load_project(GOOD)
    copies = [w.copy() for w in project.parameters[0]]
    yield project
    for before, after in zip(copies, project.parameters[0]):
        np.testing.assert_array_equal(before, after)
    assert project.history["epoch"][-1] == 12


def members(path=GOOD):
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def write_zip(path, items, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return path


def with_meta(tmp_path, change):
    items = dict(members())
    meta = json.loads(items["project.json"])
    change(meta)
    items["project.json"] = json.dumps(meta).encode()
    return write_zip(tmp_path / "bad.mlpstudio", items.items())


def with_arrays(tmp_path, change):
    items = dict(members())
    with np.load(io.BytesIO(items["arrays.npz"])) as npz:
        arrays = dict(npz)
    change(arrays)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    items["arrays.npz"] = buffer.getvalue()
    return write_zip(tmp_path / "bad.mlpstudio", items.items())


def refused(path, match):
    with pytest.raises(ProjectError, match=match) as info:
        load_project(path)
    assert str(path) in str(info.value)       # the message names the file
    return info.value


def test_truncated_files_are_refused(tmp_path, current):
    data = GOOD.read_bytes()
    for cut in (10, len(data) // 2, len(data) - 30):
        path = tmp_path / f"cut{cut}.mlpstudio"
        path.write_bytes(data[:cut])
        refused(path, "damaged or truncated")


def test_corrupted_bytes_are_refused(tmp_path, current):
    data = bytearray(GOOD.read_bytes())
    offset = data.index(b"arrays.npz") + 200        # inside the stored arrays
    data[offset:offset + 8] = b"\xff" * 8
    path = tmp_path / "corrupt.mlpstudio"
    path.write_bytes(bytes(data))
    refused(path, "damaged")


@pytest.mark.parametrize("content, match", [
    (b"", "neither an MLP Studio project"),
    (b"\x00\x01garbage" * 10, "neither an MLP Studio project"),
    (b"PK\x03\x04 but not really a zip", "damaged or truncated"),
])
def test_files_that_are_not_projects_are_refused(tmp_path, current, content, match):
    path = tmp_path / "x.mlpstudio"
    path.write_bytes(content)
    refused(path, match)


def test_a_missing_file_and_a_folder_are_refused(tmp_path):
    refused(tmp_path / "nope.mlpstudio", "no such file")
    refused(tmp_path, "is a folder")


def test_oversized_members_are_refused_before_reading(tmp_path, monkeypatch, current):
    monkeypatch.setitem(project_io.MAX_MEMBER_BYTES, "arrays.npz", 1000)
    refused(GOOD, "'arrays.npz' is .* bytes; at most 1,000")


def test_a_zip_bomb_is_refused_by_its_declared_size(tmp_path, current):
    items = dict(members())
    items["project.json"] = items["project.json"] + b" " * 6_000_000   # valid JSON, deflates to ~6 kB
    path = write_zip(tmp_path / "bomb.mlpstudio", items.items())
    assert path.stat().st_size < 100_000
    refused(path, "'project.json' is 6,0.* bytes; at most 5,000,000")


def test_a_member_lying_about_its_size_is_refused(tmp_path, current):
    path = tmp_path / "liar.mlpstudio"
    path.write_bytes(GOOD.read_bytes())
    with zipfile.ZipFile(GOOD) as archive:
        info = archive.getinfo("project.json")
    data = bytearray(path.read_bytes())
    # Shrink the declared uncompressed size in the central directory record.
    central = next(i for i in range(len(data)) if data[i:i + 4] == b"PK\x01\x02"
                   and data[i + 46:i + 58] == b"project.json")
    size_at = central + 24
    assert int.from_bytes(data[size_at:size_at + 4], "little") == info.file_size
    data[size_at:size_at + 4] = (info.file_size // 2).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    refused(path, "damaged|declared size")


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "extra.txt", "arrays/../project.json"])
def test_unknown_or_unsafe_member_paths_are_refused(tmp_path, current, name):
    path = write_zip(tmp_path / "x.mlpstudio", members() + [(name, b"x")])
    refused(path, "unsafe|unknown member")


def test_duplicated_and_missing_members_are_refused(tmp_path, current):
    items = members()
    with pytest.warns(UserWarning):  # zipfile warns about the duplicate name while writing
        path = write_zip(tmp_path / "dup.mlpstudio", items + [items[0]])
    refused(path, "twice")
    refused(write_zip(tmp_path / "missing.mlpstudio", items[:1]), "no 'arrays.npz'")


def test_a_pickle_bearing_array_is_refused_without_unpickling(tmp_path, current):
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    def change(arrays):
        arrays["W0"] = np.array([Evil()], dtype=object)
    path = with_arrays(tmp_path, change)
    refused(path, "array 'W0' has type '\\|O'; only float32, float64 and int64")
    assert not marker.exists()


@pytest.mark.parametrize("change, match", [
    (lambda a: a.update(W0=a["W0"].astype(np.int32)), "type '<i4'"),
    (lambda a: a.update(W0=np.zeros((3, 5), np.float32)), r"shape \(3, 5\), expected \(2, 5\)"),
    (lambda a: a.update(W1=a["W1"].astype(np.float64)), "type <f8, expected <f4"),
    (lambda a: a.pop("b1"), "missing 'b1.npy'"),
    (lambda a: a.update(extra=np.zeros(2)), "unexpected 'extra.npy'"),
    (lambda a: a.update({"optimizer.m": np.zeros(3, np.float32)}), "optimizer.m"),
    (lambda a: a.update({"history.epoch": np.zeros((2, 2))}), "history.epoch"),
])
def test_wrong_types_and_shapes_are_refused(tmp_path, current, change, match):
    refused(with_arrays(tmp_path, change), match)


@pytest.mark.parametrize("change, match", [
    (lambda m: m.update(format_version=99), "made by a newer MLP Studio"),
    (lambda m: m.update(format_version="2"), "format_version must be a whole number"),
    (lambda m: m.update(format="something"), "not an MLP Studio project"),
    (lambda m: m.update(surprise=1), "unknown field 'surprise'"),
    (lambda m: m["experiment"]["network"]["layers"][0].update(units=6), "layer sizes"),
    (lambda m: m["experiment"]["dataset"].update(name="nope"), "experiment: dataset.name"),
    (lambda m: m["parameters"].update(dtype="float16"), "float32 or float64"),
    (lambda m: m["trainer"].update(epoch=-1), "trainer.epoch"),
    (lambda m: m["trainer"].update(rng={"bit_generator": "MT19937"}), "trainer.rng"),
    (lambda m: m["optimizer"].update(name="sgd"), "optimizer.name"),
    (lambda m: m["optimizer"]["values"].update(beta1=7.0), "optimizer state"),
    (lambda m: m.update(lesson={"title": 3}), "lesson.title"),
    (lambda m: m.update(design=[1, 2]), "design must be an object"),
    (lambda m: m.update(data_csv=True), "data_csv"),
])
def test_wrong_project_json_is_refused(tmp_path, current, change, match):
    refused(with_meta(tmp_path, change), match)


def test_nan_and_deep_nesting_in_project_json_are_refused(tmp_path, current):
    items = dict(members())
    items["project.json"] = items["project.json"].replace(b'"design": {', b'"design": {"x": NaN, ', 1)
    refused(write_zip(tmp_path / "nan.mlpstudio", items.items()), "not valid UTF-8 JSON")
    items["project.json"] = b"[" * 100_000 + b"]" * 100_000
    refused(write_zip(tmp_path / "deep.mlpstudio", items.items()), "not valid UTF-8 JSON")


def test_weights_that_do_not_fit_the_data_are_refused_when_restoring(tmp_path):
    from mlp_studio.files import session_from_project

    project = load_project(GOOD)
    changed = project.experiment.with_dataset(features=("x1", "x2", "x1^2"))
    from dataclasses import replace
    with pytest.raises(ProjectError, match="take 2 inputs but the data set has 3"):
        replace(project, experiment=changed)


# ---------------------------------------------------------------------------------------- crashes

def good_project():
    session = Session.from_spec(load_experiment(EXAMPLES / "xor.json"), EXAMPLES)
    session.trainer.fit(2)
    return project_from_session(session)


def test_an_exception_during_save_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "p.mlpstudio"
    save_project(target, good_project())
    before = target.read_bytes()

    def half_then_fail(handle, meta, arrays, csv_bytes):
        handle.write(b"PK\x03\x04 half a file")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("mlp_studio.files.project.write_archive", half_then_fail)
    with pytest.raises(ProjectError, match="No space left on device"):
        save_project(target, good_project())
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.mlpstudio"]


def test_a_keyboard_interrupt_during_save_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "p.mlpstudio"
    save_project(target, good_project())
    before = target.read_bytes()
    monkeypatch.setattr("os.replace", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        save_project(target, good_project())
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.mlpstudio"]


CRASH = """
import os, sys
from pathlib import Path
from mlp_studio.files import load_project, save_project
import mlp_studio.files.project as project
real = project.write_archive
def crash(handle, *args):
    real(handle, *args)
    handle.flush()
    os._exit(9)               # the process dies after writing, before the rename
project.write_archive = crash
save_project(sys.argv[1], load_project(sys.argv[2]))
"""


def test_a_process_killed_mid_save_keeps_the_previous_file(tmp_path):
    target = tmp_path / "p.mlpstudio"
    save_project(target, good_project())
    before = target.read_bytes()
    result = subprocess.run([sys.executable, "-c", CRASH, str(target), str(GOOD)], cwd=ROOT, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 9
    assert target.read_bytes() == before
    load_project(target)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "p.mlpstudio"]
    assert len(leftovers) == 1 and leftovers[0].startswith(".p.mlpstudio.")   # a hidden .part file
