"""The File menu in the window: save/open round trips that continue bit-identically, bad files that change
nothing, the unsaved-changes prompt, recent files, drag-and-drop, autosave and recovery, exports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from mlp_studio.files import load_project, session_from_project
from mlp_studio.files.recovery import pending_recoveries
from tests.ui.conftest import close_window

RUN_SCRIPT = """
import sys, numpy as np
sys.path.insert(0, sys.argv[1])
import exported
assert "mlp_studio" not in sys.modules
np.save(sys.argv[3], exported.predict(np.load(sys.argv[2])))
"""


@pytest.fixture(autouse=True)
def recovery_dir(tmp_path, monkeypatch):
    """Recovery copies go to a throw-away folder."""
    folder = tmp_path / "recovery"
    monkeypatch.setenv("MLP_STUDIO_RECOVERY_DIR", str(folder))
    return folder


@pytest.fixture
def make_window(qtbot, settings):
    """Open more main windows (each closed, its training thread stopped, at teardown)."""
    from mlp_studio.ui.main_window import MainWindow

    made = []

    def make():
        win = MainWindow(settings=settings)
        win.confirm = lambda title, text: True
        win.files.ask_unsaved = lambda name: "discard"
        made.append(win)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.last_snapshot is not None, timeout=10_000)
        return win

    yield make
    for win in made:
        close_window(win)


def wait_step(qtbot, window, step):
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.step == step
                    and window.last_snapshot.run_id == window.run_id, timeout=10_000)


def train(qtbot, window, epochs=2, steps=3):
    """Train ``epochs`` epochs and ``steps`` more batches (mid-epoch), paused; return the step count."""
    for _ in range(epochs):
        window.controller.step_epoch()
    for _ in range(steps):
        window.controller.step()
    batches = -(-300 // 16)   # xor: 300 training rows, batch 16
    wait_step(qtbot, window, epochs * batches + steps)
    return window.last_snapshot.step


def weights_of(window):
    return [np.array(w) for w in window.last_snapshot.weights] + [np.array(b) for b in window.last_snapshot.biases]


def assert_same_weights(a, b):
    assert len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


# -- save, open, continue ------------------------------------------------------------------------------------
def test_save_then_open_restores_everything_and_training_continues_bit_identically(window, make_window, qtbot,
                                                                                    tmp_path):
    step = train(qtbot, window)
    window.actions.log_scale.setChecked(True)
    assert window.isWindowModified()
    path = tmp_path / "xor.mlpstudio"
    assert window.files.save_to(path)
    assert path.is_file() and not window.isWindowModified()
    assert window.windowTitle() == "xor.mlpstudio[*] — MLP Studio"
    saved_history = len(window.output_panel.curves.history)

    other = make_window()
    assert other.open_path(path)
    wait_step(qtbot, other, step)
    assert other.spec == window.spec
    assert other.actions.log_scale.isChecked()
    assert not other.isWindowModified() and other.files.path == path.resolve()
    assert other.design.stack.count() == 0
    assert_same_weights(weights_of(other), weights_of(window))
    qtbot.waitUntil(lambda: len(other.output_panel.curves.history) == saved_history)
    assert other.last_snapshot.epoch == pytest.approx(window.last_snapshot.epoch)

    for win in (window, other):
        for _ in range(7):
            win.controller.step()
    wait_step(qtbot, window, step + 7)
    wait_step(qtbot, other, step + 7)
    assert_same_weights(weights_of(other), weights_of(window))
    assert other.isWindowModified()   # trained since it was opened


def test_save_as_adds_the_extension_and_save_reuses_the_path(window, qtbot, tmp_path):
    asked = []
    window.files.ask_save_path = lambda title, suggested, filters: asked.append(filters) or str(tmp_path / "run")
    assert window.files.save()          # never saved: Save asks like Save As
    assert (tmp_path / "run.mlpstudio").is_file() and asked == ["MLP Studio projects (*.mlpstudio)"]
    train(qtbot, window, epochs=1, steps=0)
    assert window.isWindowModified()
    assert window.files.save() and len(asked) == 1
    assert load_project(tmp_path / "run.mlpstudio").trainer_state["step_count"] == window.last_snapshot.step


def test_a_design_edit_marks_the_project_modified_and_undo_clears_it(window, tmp_path):
    window.files.save_to(tmp_path / "a.mlpstudio")
    training = replace(window.spec.training, learning_rate=0.5)
    window.design.edit("Set learning rate to 0.5", lambda doc: doc.set_training(training))
    assert window.isWindowModified() and window.windowTitle().startswith("a.mlpstudio")
    window.design.undo()
    assert not window.isWindowModified()


# -- bad files -----------------------------------------------------------------------------------------------
def _future_version(good, path):
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "project.json":
                meta = json.loads(data)
                meta["format_version"] = 99
                data = json.dumps(meta).encode()
            target.writestr(item, data)


@pytest.mark.parametrize("kind", ["truncated", "garbage", "future"])
def test_a_bad_file_shows_a_message_and_changes_nothing(window, qtbot, tmp_path, kind):
    good = tmp_path / "good.mlpstudio"
    train(qtbot, window, epochs=1, steps=2)
    assert window.files.save_to(good)
    window.design.stack.resetClean()   # the project now has unsaved changes: they must survive too
    before_spec, before_weights, before_title = window.spec, weights_of(window), window.windowTitle()
    bad = tmp_path / f"bad-{kind}.mlpstudio"
    if kind == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif kind == "garbage":
        bad.write_bytes(os.urandom(3000))
    else:
        _future_version(good, bad)
    assert window.open_path(bad) is False
    box = window.last_message_box
    assert box is not None and box.isVisible() and bad.name in box.text()
    if kind == "future":
        assert "newer" in box.text()
    box.close()
    QApplication.processEvents()
    assert window.spec is before_spec and window.windowTitle() == before_title
    assert_same_weights(weights_of(window), before_weights)
    assert window.files.path == good.resolve() and window.isWindowModified()


# -- unsaved changes -----------------------------------------------------------------------------------------
def test_quit_with_unsaved_changes_asks_cancel_keeps_the_window_discard_closes(window, qtbot):
    train(qtbot, window, epochs=1, steps=0)
    asked = []
    window.files.ask_unsaved = lambda name: asked.append(name) or "cancel"
    window.actions.quit.trigger()
    assert window.isVisible() and asked == ["XOR with one hidden layer"]
    window.files.ask_unsaved = lambda name: "discard"
    window.actions.quit.trigger()
    assert not window.isVisible()


def test_closing_the_window_by_the_window_manager_asks_too(window, qtbot):
    train(qtbot, window, epochs=1, steps=0)
    window.files.ask_unsaved = lambda name: "cancel"
    # What the window manager's close (the title bar's ×) sends: a close event to the native window, which the
    # widget receives as a spontaneous one.
    QApplication.sendEvent(window.windowHandle(), QCloseEvent())
    QApplication.processEvents()
    assert window.isVisible()
    window.files.ask_unsaved = lambda name: "discard"
    QApplication.sendEvent(window.windowHandle(), QCloseEvent())
    QApplication.processEvents()
    assert not window.isVisible()


def test_new_and_open_ask_first_and_save_from_the_prompt(window, qtbot, tmp_path):
    from mlp_studio.ui.document import examples_dir

    train(qtbot, window, epochs=1, steps=0)
    window.files.ask_unsaved = lambda name: "cancel"
    assert not window.files.new_project() and not window.open_path(examples_dir() / "iris.json")
    assert window.spec.dataset.name == "xor" and window.last_snapshot.step > 0
    window.files.ask_unsaved = lambda name: "save"
    window.files.ask_save_path = lambda *args: str(tmp_path / "kept.mlpstudio")
    assert window.open_path(examples_dir() / "iris.json")
    assert (tmp_path / "kept.mlpstudio").is_file() and window.spec.dataset.name == "iris"
    assert window.windowTitle() == "iris.json[*] — MLP Studio" and not window.isWindowModified()
    window.files.ask_unsaved = lambda name: "discard"
    assert window.files.new_project()
    assert window.spec.dataset.name == "xor" and window.files.path is None


# -- recent files, drag and drop -----------------------------------------------------------------------------
def test_recent_files_list_updates_and_drops_missing_entries(window, tmp_path):
    first, second = tmp_path / "first.mlpstudio", tmp_path / "second.mlpstudio"
    assert window.files.save_to(first) and window.files.save_to(second)
    assert window.files.recent.paths()[:2] == [str(second), str(first)]
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[:2] == ["&1 second.mlpstudio", "&2 first.mlpstudio"] and names[-1] == "&Clear list"
    first.unlink()
    window.recent_menu.actions()[1].trigger()
    assert str(first) not in window.files.recent.paths()
    assert "no longer exists" in window.last_message_box.text()
    window.last_message_box.close()
    window.recent_menu.actions()[-1].trigger()
    assert window.files.recent.paths() == []


def _drop(target, path, pos):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(*pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(*pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


@pytest.mark.parametrize("where", ["window", "canvas"])
def test_dropping_a_project_file_opens_it(window, make_window, qtbot, tmp_path, where):
    step = train(qtbot, window, epochs=1, steps=1)
    path = tmp_path / "dropped.mlpstudio"
    window.files.save_to(path)
    other = make_window()
    target = other if where == "window" else other.network_view.viewport()
    assert _drop(target, path, (40, 40)) == (True, True)
    qtbot.waitUntil(lambda: other.files.path == path.resolve(), timeout=5000)
    wait_step(qtbot, other, step)
    assert_same_weights(weights_of(other), weights_of(window))


def test_dragging_other_files_is_refused(window, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert _drop(window, text, (40, 40))[0] is False


# -- autosave and recovery -----------------------------------------------------------------------------------
def _dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_autosave_writes_a_copy_and_the_next_start_recovers_it(window, make_window, qtbot, tmp_path, recovery_dir):
    original = tmp_path / "work.mlpstudio"
    window.files.save_to(original)
    step = train(qtbot, window, epochs=1, steps=2)
    window.files.autosave.interval_ms = 50
    qtbot.waitUntil(lambda: window.files.autosave.last_written is not None, timeout=5000)
    copy = window.files.autosave.last_written
    assert copy.path.is_file() and copy.original_path == str(original.resolve())
    # Pretend that MLP Studio crashed: the copy's process is gone.
    info = json.loads(copy.info_path.read_text())
    info["pid"] = _dead_pid()
    copy.info_path.write_text(json.dumps(info))
    window.files.autosave.stop()

    other = make_window()
    offered = []
    other.files.autosave.ask = lambda recovery: offered.append(recovery) or "recover"
    assert other.files.autosave.offer_recovery()
    assert offered[0].original_path == str(original.resolve())
    wait_step(qtbot, other, step)
    assert_same_weights(weights_of(other), weights_of(window))
    assert other.isWindowModified() and other.files.path == original.resolve()
    assert other.windowTitle() == "work.mlpstudio[*] — MLP Studio"
    assert pending_recoveries() == []


def test_a_clean_save_discards_the_recovery_copy_and_later_keeps_it(window, qtbot, tmp_path, recovery_dir):
    train(qtbot, window, epochs=1, steps=0)
    assert window.files.autosave.write_now() is not None
    assert list(recovery_dir.glob("*.mlpstudio"))
    window.files.save_to(tmp_path / "saved.mlpstudio")
    assert not list(recovery_dir.glob("*.mlpstudio"))
    assert window.files.autosave.write_now() is None   # nothing unsaved, nothing written


# -- exports -------------------------------------------------------------------------------------------------
def test_the_exported_script_predicts_like_the_app_without_mlp_studio(window, qtbot, tmp_path):
    from mlp_studio.ui.export_actions import export_network

    train(qtbot, window, epochs=2, steps=1)
    folder = tmp_path / "clean"
    folder.mkdir()
    assert export_network(window, "python", folder / "exported.py")
    assert window.files.save_to(tmp_path / "same.mlpstudio")
    session = session_from_project(load_project(tmp_path / "same.mlpstudio"))
    points = np.concatenate([session.dataset.points_train, session.dataset.points_test]).astype(np.float64)
    expected = session.network.predict(session.dataset.inputs_for_points(points))
    np.save(tmp_path / "X.npy", points)
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONSTARTUP")}
    result = subprocess.run([sys.executable, "-I", "-c", RUN_SCRIPT, str(folder), str(tmp_path / "X.npy"),
                             str(tmp_path / "Y.npy")], cwd=folder, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    np.testing.assert_allclose(np.load(tmp_path / "Y.npy"), expected, rtol=0, atol=1e-6)


def test_csv_exports_and_onnx(window, qtbot, tmp_path):
    from mlp_studio.ui.export_actions import export_network

    step = train(qtbot, window, epochs=1, steps=0)
    assert export_network(window, "weights", tmp_path / "w.csv")
    assert export_network(window, "history", tmp_path / "h.csv")
    rows = (tmp_path / "w.csv").read_text().splitlines()
    assert rows[0] == "layer,kind,from,to,value" and len(rows) == 1 + 2 * 4 + 4 + 4 + 1
    assert (tmp_path / "h.csv").read_text().splitlines()[0].startswith("epoch,")
    if pytest.importorskip("onnx"):
        assert export_network(window, "onnx", tmp_path / "m.onnx")
        assert (tmp_path / "m.onnx").stat().st_size > 100
    assert window.last_snapshot.step == step


@pytest.mark.parametrize("name", ["loss", "accuracy", "boundary", "network"])
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plots_export_as_png_and_svg(window, qtbot, tmp_path, name, suffix):
    from mlp_studio.ui.export_actions import export_plot

    train(qtbot, window, epochs=2, steps=0)
    path = tmp_path / f"{name}{suffix}"
    assert export_plot(window, name, path)
    data = path.read_bytes()
    assert len(data) > 200
    assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:2000]


def test_window_png_and_export_menu_goes_through_the_dialog(window, tmp_path):
    asked = []
    window.files.ask_save_path = lambda title, suggested, filters: asked.append(suggested) or str(tmp_path / "win")
    export_menu = window.export_menu
    entry = next(a for a in export_menu.actions() if a.text() == "&Window as PNG…")
    entry.trigger()
    assert (tmp_path / "win.png").read_bytes().startswith(b"\x89PNG")
    texts = [a.text() for a in export_menu.actions() if a.text()]
    assert texts[:4] == ["&Python script (NumPy)…", "&ONNX model…", "&Weights as CSV…", "Loss &history as CSV…"]
