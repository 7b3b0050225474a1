"""Changing the data or the structure rebuilds the run and picks the right views; errors stay in place."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.ui.conftest import close_window  # noqa: F401 (fixture helpers live there)


def _choose_dataset(window, name: str) -> None:
    combo = window.data_panel.dataset
    combo.setCurrentIndex(combo.findData(name))


def _wait_snapshot(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.run_id == window.run_id,
                    timeout=10_000)


def test_iris_shows_the_confusion_matrix_and_histograms(window, qtbot):
    _choose_dataset(window, "iris")
    assert window.spec.dataset.name == "iris"
    assert window.spec.network.output.units == 3
    assert window.spec.network.output.activation == "softmax"
    panel = window.output_panel
    assert panel.mode == "classes"
    assert panel.confusion.isVisibleTo(panel) and panel.histograms.isVisibleTo(panel)
    assert not panel.plane_box.isVisibleTo(panel)
    window.actions.step_epoch.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.epoch >= 1, timeout=10_000)
    assert panel.confusion.counts is not None and panel.confusion.counts.shape == (3, 3)
    x, _ = panel.histograms.curves[0].getData()
    assert x is not None and len(x) > 2
    assert not window.actions.discretize.isEnabled()


def test_plane_shows_regression_views(window, qtbot):
    _choose_dataset(window, "plane")
    assert window.spec.network.loss == "mse"
    panel = window.output_panel
    assert panel.mode == "regression-plane"
    assert panel.scatter.isVisibleTo(panel) and panel.plane_box.isVisibleTo(panel)
    assert "R²" in panel.curves.metric_plot.titleLabel.text
    window.actions.step_epoch.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.epoch >= 1, timeout=10_000)
    assert panel.scatter.count > 0
    image = panel.boundary.image.image
    assert image is not None and image.shape == (100, 100)


def test_declining_the_question_keeps_the_trained_network(window, qtbot):
    window.actions.step_epoch.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.step > 0, timeout=5000)
    asked = []
    window.confirm = lambda title, text: asked.append(title) or False
    run = window.run_id
    _choose_dataset(window, "circle")
    assert asked, "no question before discarding a trained network"
    assert window.spec.dataset.name == "xor"
    assert window.data_panel.dataset.currentData() == "xor"
    assert window.run_id == run


def test_no_question_for_an_untrained_network(window):
    window.confirm = lambda title, text: (_ for _ in ()).throw(AssertionError("asked needlessly"))
    _choose_dataset(window, "circle")
    assert window.spec.dataset.name == "circle"


def test_palette_double_click_adds_a_layer_and_its_header_removes_it(window, qtbot):
    window.palette.tiles["relu"].activated.emit("relu")  # what a double-click on the tile emits
    assert len(window.spec.network.layers) == 3
    assert window.spec.network.hidden[-1].activation == "relu"
    assert len(window.network_view.columns) == 4
    _wait_snapshot(qtbot, window)
    assert len(window.last_snapshot.weights) == 3
    header = window.network_view.editor.headers[2]
    header.remove.action()  # the header's × button
    assert len(window.spec.network.layers) == 2


def test_features_change_the_inputs(window, qtbot):
    window.data_panel.features["x1*x2"].setChecked(True)
    assert window.spec.dataset.features == ("x1", "x2", "x1*x2")
    assert len(window.network_view.columns[0]) == 3
    _wait_snapshot(qtbot, window)
    assert window.last_snapshot.weights[0].shape[0] == 3


def test_open_path_with_a_broken_file_keeps_the_document(window, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "mlp-studio", "version": 1, "dataset": {"name": "nope"}}', encoding="utf-8")
    before = window.spec
    assert window.open_path(broken) is False
    box = window.last_message_box
    assert box is not None and box.isVisible()
    assert "broken.json" in box.text()
    assert window.spec is before
    box.close()


def test_open_path_loads_an_example(window, qtbot):
    from mlp_studio.ui.document import examples_dir

    assert window.open_path(examples_dir() / "iris.json")
    assert window.spec.dataset.name == "iris"
    assert window.windowTitle().startswith("iris.json")
    _wait_snapshot(qtbot, window)


def test_csv_import_and_csv_errors_in_place(window, qtbot, tmp_path):
    good = tmp_path / "points.csv"
    rows = ["a,b,label"] + [f"{i % 7},{(i * 3) % 5},{'yes' if i % 2 else 'no'}" for i in range(60)]
    good.write_text("\n".join(rows) + "\n", encoding="utf-8")
    panel = window.data_panel
    panel.choose_csv = lambda: str(good)
    panel.choose_target = lambda path, columns: (columns[-1], None)
    panel.import_csv.click()
    assert window.spec.dataset.name == "csv"
    assert window.output_panel.mode == "classes"
    assert panel.dataset.currentText().startswith("CSV")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,label\n1,oops,x\n2,3,y\n", encoding="utf-8")
    panel.choose_csv = lambda: str(bad)
    panel.import_csv.click()
    assert panel.error.isVisibleTo(panel)
    assert panel.error.text()
    assert window.spec.dataset.path == str(good.resolve())


def test_experiment_file_json_stays_valid(tmp_path):
    from mlp_studio.files.experiment import experiment_to_dict
    from mlp_studio.ui.document import fallback_spec

    assert json.loads(json.dumps(experiment_to_dict(fallback_spec())))["dataset"]["name"] == "xor"


def test_csv_regression_shows_predicted_vs_true(window, qtbot, tmp_path):
    table = tmp_path / "houses.csv"
    rows = ["rooms,age,price"] + [f"{1 + i % 6},{(i * 7) % 40},{100 + 20 * (i % 6) - (i * 7) % 40 / 4}"
                                  for i in range(80)]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    panel = window.data_panel
    panel.choose_csv = lambda: str(table)
    panel.choose_target = lambda path, columns: ("price", "regression")
    panel.import_csv.click()
    out = window.output_panel
    assert window.spec.dataset.name == "csv" and window.spec.network.loss == "mse"
    assert out.mode == "regression"
    assert out.scatter.isVisibleTo(out) and out.histograms.isVisibleTo(out)
    assert not out.plane_box.isVisibleTo(out)
    assert not panel.features_box.isVisibleTo(panel)
    window.actions.step_epoch.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.epoch >= 1, timeout=10_000)
    qtbot.waitUntil(lambda: out.scatter.count > 0, timeout=5000)


def test_a_narrow_window_shows_every_palette_tile_compact_instead_of_scrolling(window, qtbot):
    strip, palette = window.palette_strip, window.palette
    window.show()
    window.resizeDocks([window.data_dock, window.output_dock], [262, 340], Qt.Orientation.Horizontal)
    for width, compact, title in ((1280, True, True), (1600, False, True), (1024, True, False)):
        window.resize(width, 768)
        qtbot.waitUntil(lambda: all(t.compact == compact for t in palette.tiles.values()), timeout=5_000)
        qtbot.wait(50)
        assert palette._title.isVisible() == title, width
        assert strip.horizontalScrollBar().maximum() == 0, f"the palette scrolls at {width} px"
        for tile in palette.tiles.values():   # every tile whole inside the strip's viewport
            left = tile.mapTo(palette, tile.rect().topLeft()).x()
            assert 0 <= left and left + tile.width() <= strip.viewport().width()


def test_first_run_docks_leave_the_canvas_room_on_a_small_projector():
    from mlp_studio.ui.window_layout import default_dock_widths

    assert default_dock_widths(1440) == (272, 470)
    assert default_dock_widths(1920) == (272, 470)
    left, right = default_dock_widths(1024, left_minimum=262)
    assert (left, right) == (262, 340) and 1024 - left - right >= 400
    assert default_dock_widths(1280, left_minimum=262)[0] == 262   # never narrower than the panels need
