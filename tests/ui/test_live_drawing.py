"""What the live views skip or cache to keep a 30-fps frame cheap, without drawing anything stale."""

from __future__ import annotations

import types

import numpy as np
from PySide6.QtGui import QColor, QImage

from mlp_studio.ui.diagnostics import ConfusionView, HistogramView
from mlp_studio.ui.network_view import NetworkView


def _snapshot(w1, w2):
    return types.SimpleNamespace(weights=(w1, w2), biases=(np.zeros(3), np.zeros(1)), neuron_grids=None,
                                 output_grid=None)


def test_cached_links_have_bounds_and_follow_level_changes(qtbot):
    view = NetworkView()
    qtbot.addWidget(view)
    view.set_structure(["x1", "x2"], [(3, "tanh"), (1, "sigmoid")], ["P"])
    view.update_snapshot(_snapshot(np.ones((2, 3)), np.ones((3, 1))))
    layer = view.links[0]
    item = layer.items[(1, 2)]
    assert layer.counts[(1, 2)] == 6
    assert not item.boundingRect().isEmpty()  # a cached item renders into its bounding rect
    path = item.path()
    view.update_snapshot(_snapshot(np.ones((2, 3)) * 1.01, np.ones((3, 1))))  # same levels: paths kept
    assert item.path() == path
    view.update_snapshot(_snapshot(-np.ones((2, 3)), np.ones((3, 1))))
    assert layer.counts[(1, 2)] == 0 and layer.counts[(-1, 2)] == 6
    assert item.boundingRect().isEmpty() and not layer.items[(-1, 2)].boundingRect().isEmpty()


def test_links_are_drawn(qtbot):
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_structure(["x1", "x2"], [(3, "tanh"), (1, "sigmoid")], ["P"])
    view.update_snapshot(_snapshot(np.full((2, 3), 2.5), np.full((3, 1), 2.5)))
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    link = view.mapFromScene(view.links[1].items[(1, 5)].path().pointAtPercent(0.5))
    color = QColor(image.pixel(link))
    assert color.blue() > color.red() + 40  # a thick blue (positive) link, not the white canvas


def test_confusion_updates_only_changed_cells_but_shows_every_count(qtbot):
    view = ConfusionView()
    qtbot.addWidget(view)
    view.set_classes(["a", "b"])
    view.update_confusion(np.array([[5, 0], [1, 4]]))
    view.update_confusion(np.array([[5, 0], [3, 2]]))
    assert [t.toPlainText() for t in view._texts] == ["5", "0", "3", "2"]
    view.update_confusion(np.array([[5, 0], [3, 2]]))  # unchanged: nothing to do
    assert view.counts.tolist() == [[5, 0], [3, 2]]


def test_histogram_axes_grow_in_nice_steps(qtbot):
    view = HistogramView()
    qtbot.addWidget(view)
    view.set_layers(["Hidden 1"])
    view.update_histograms([(np.array([1, 3]), np.array([-0.9, 0.0, 0.9]))])
    first = view._ranges
    assert first == (-1.0, 1.0, 1.0)  # shares peak at 0.75: 0.75 × 1.05 rounds up to 1
    view.update_histograms([(np.array([1, 4]), np.array([-0.95, 0.0, 0.95]))])
    assert view._ranges == first  # same nice bounds: the axes are not redrawn
    view.update_histograms([(np.array([2, 2]), np.array([-2.5, 0.0, 2.5]))])
    assert view._ranges[:2] == (-3.0, 3.0)


def test_live_curves_are_redrawn_at_most_every_interval_and_catch_up(qtbot):
    from mlp_studio.ui import output_panel as module

    panel = module.OutputPanel()
    qtbot.addWidget(panel)
    panel._dataset = types.SimpleNamespace()  # routing needs a data set; no plane or diagnostics shown
    panel.plane_box.hide()

    def snapshot(epoch):
        evaluation = types.SimpleNamespace(train_loss=1.0 / epoch, test_loss=np.nan, train_metric=0.5,
                                           test_metric=np.nan)
        return types.SimpleNamespace(epoch=float(epoch), evaluation=evaluation, history=None, confusion=None,
                                     predictions=None, activation_histograms=None)

    panel.update_snapshot(snapshot(1), live=True)
    panel.update_snapshot(snapshot(2), live=True)  # within the interval: deferred
    assert len(panel.curves.train_curve.xData) == 1
    qtbot.waitUntil(lambda: len(panel.curves.train_curve.xData) == 2, timeout=1000)
    panel.update_snapshot(snapshot(3))  # outside play: at once
    assert len(panel.curves.train_curve.xData) == 3
