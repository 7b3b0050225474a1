"""Building blocks of the views: history decimation, step rate, link summaries, headless rendering."""

from __future__ import annotations

import types

import numpy as np
import pytest

from mlp_studio.ui.history import History
from mlp_studio.ui.network_view import _summarise
from mlp_studio.ui.status import StepRate


def test_history_is_decimated_for_plotting_and_keeps_the_last_point():
    history = History(max_points=5000)
    for i in range(20_001):
        history.append(float(i), 1.0 / (i + 1), np.nan, 0.5, np.nan)
    x, y = history.plotted("train_loss")
    assert len(x) <= 5000
    assert x[-1] == 20_000.0 and y[-1] == pytest.approx(1.0 / 20_001)
    assert np.all(np.diff(x) > 0)
    assert history.nearest(123.4) == 123


def test_history_adopts_the_workers_view():
    view = types.SimpleNamespace(epoch=np.arange(3.0), train_loss=np.ones(3), test_loss=np.ones(3),
                                 train_metric=np.zeros(3), test_metric=np.zeros(3))
    history = History()
    history.adopt(view)
    assert len(history) == 3
    assert history.row(2)["epoch"] == 2.0


def test_step_rate_from_snapshots():
    rate = StepRate(smoothing=1.0)
    rate.update(0, now=10.0)
    assert rate.update(500, now=10.5) == pytest.approx(1000.0)
    assert np.isnan(rate.update(0, now=11.0))  # a reset run


def test_collapsed_layers_summarise_weights():
    w = np.ones((64, 3))
    assert _summarise(w, 1, 3).shape == (1, 3)
    assert _summarise(w, 64, 3).shape == (64, 3)
    assert _summarise(-np.ones((3, 40)), 3, 1)[0, 0] == -1.0


def test_wide_layers_draw_as_a_block(qtbot):
    from mlp_studio.ui.network_view import NetworkView

    view = NetworkView()
    qtbot.addWidget(view)
    view.set_structure([f"p{i}" for i in range(64)], [(8, "relu"), (10, "softmax")], [str(d) for d in range(10)])
    assert len(view.columns[0]) == 1 and view.columns[0][0].count == 64
    snapshot = types.SimpleNamespace(weights=(np.ones((64, 8)), np.ones((8, 10))), biases=(np.zeros(8), np.zeros(10)),
                                     neuron_grids=None, output_grid=None)
    view.update_snapshot(snapshot)
    assert view.links[0].counts[(1, 2)] == 8  # one block to 8 units, all weights +1 (width level 2)
    assert view.links[1].counts[(1, 2)] == 80


def test_render_experiment_writes_a_picture(tmp_path, qapp):
    from PySide6.QtGui import QImage

    from mlp_studio.ui.document import examples_dir
    from mlp_studio.ui.render import render_experiment

    out = tmp_path / "xor.png"
    render_experiment(examples_dir() / "xor.json", 30, out, size=(1000, 700))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


def test_render_reports_bad_files(tmp_path, qapp):
    from mlp_studio.errors import MlpStudioError
    from mlp_studio.ui.render import render_experiment

    with pytest.raises(MlpStudioError):
        render_experiment(tmp_path / "missing.json", 1, tmp_path / "out.png")
