"""The REPLAY dock: a timeline slider that rewinds the boundary, neuron maps and link weights.

Every accepted snapshot of the run is recorded into a :class:`~mlp_studio.teaching.replay.ReplayBuffer`
(bounded: the older half thins out as frames accumulate; the untrained network always stays). Moving the slider
pauses training and draws the chosen frame — pictures computed on a twin of the network holding the frame's
exact weights — and puts a cursor on the loss curve at that moment. "Back to now" (or Play) returns to live.
A reset or a new design starts a new timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from mlp_studio.i18n import tr
from mlp_studio.model.parameters import ParametersMismatch, network_from_parameters
from mlp_studio.model.snapshot import PlaneGrid
from mlp_studio.model.planes import plane_pictures
from mlp_studio.teaching.replay import ReplayBuffer
from mlp_studio.ui import theme

MAX_FRAMES = 200


@dataclass(frozen=True)
class ReplayedFrame:
    """What the views draw for a replayed moment (the fields of a Snapshot the drawing reads)."""

    step: int
    epoch: float
    weights: tuple
    biases: tuple
    evaluation: Any
    output_grid: np.ndarray | None = None
    class_probability_grid: np.ndarray | None = None
    neuron_grids: tuple | None = None


class ReplayPanel(QWidget):
    """Timeline slider over the recorded frames.

    Attributes
    ----------
    buffer : ReplayBuffer
        The recorded frames of the current run.
    shown : ReplayedFrame or None
        The frame drawn while replaying (None when live).
    """

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.buffer = ReplayBuffer(MAX_FRAMES)
        self.shown: ReplayedFrame | None = None
        self._run = None
        self._grid = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        title = QLabel(tr("Timeline"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(tr("Drag to rewind training: the boundary, neuron maps and weights of that "
                                  "moment (training pauses)"))
        self.slider.setPageStep(10)
        self.slider.valueChanged.connect(self._on_slider)
        self.label = QLabel()
        self.label.setFont(theme.mono_font(10))
        self.label.setMinimumWidth(360)
        self.now = QPushButton(tr("Back to now"))
        self.now.setToolTip(tr("Show the live network again"))
        self.now.clicked.connect(self.back_to_now)
        for widget, stretch in ((title, 0), (self.slider, 1), (self.label, 0), (self.now, 0)):
            layout.addWidget(widget, stretch)
        self._update_label()

    @property
    def replaying(self) -> bool:
        """True while an earlier frame is drawn instead of the live network."""
        return self.shown is not None

    # -- recording ----------------------------------------------------------------------------------------
    def record(self, snapshot) -> None:
        """Add a snapshot of the current run (a new run starts a new timeline)."""
        if snapshot.run_id != self._run:
            self.buffer.clear()
            self._run, self._grid = snapshot.run_id, None
            self.shown = None
        try:
            self.buffer.record_snapshot(snapshot)
        except ValueError:   # an earlier step than the last frame: the run was rebuilt
            self.buffer.clear()
            self.buffer.record_snapshot(snapshot)
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self.buffer) - 1)
        if self.shown is None:
            self.slider.setValue(len(self.buffer) - 1)
        self.slider.blockSignals(False)
        if self.shown is not None and self.window.controller.state != "running":
            self.show_frame(self.slider.value())   # a paused snapshot drew the live network over the frame
        self._update_label()

    def on_state(self, state: str) -> None:
        """Training started again: leave the replay."""
        if state == "running" and self.replaying:
            self.back_to_now()

    # -- replaying ----------------------------------------------------------------------------------------
    def _on_slider(self, index: int) -> None:
        if index >= len(self.buffer) - 1:
            self.back_to_now()
        else:
            self.show_frame(index)

    def show_frame(self, index: int) -> bool:
        """Pause training and draw frame ``index`` (0 = the first); False when it cannot be drawn."""
        window = self.window
        if not len(self.buffer) or window.dataset is None:
            return False
        if window.controller.state == "running":
            window.controller.pause()
        frame = self.buffer.frame_at(index)
        try:
            network = network_from_parameters(window.spec, frame.weights, frame.biases)
        except ParametersMismatch:
            return False
        shown = ReplayedFrame(frame.step, frame.epoch, frame.weights, frame.biases, frame.evaluation,
                              **self._pictures(network))
        self.shown = shown
        window.network_view.update_snapshot(shown)
        if window.dataset.is_planar:
            window.output_panel.boundary.update_snapshot(shown)
        curves = window.output_panel.curves
        curves.show_readout(curves.history.nearest(frame.epoch))
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        self._update_label()
        return True

    def _pictures(self, network) -> dict:
        dataset = self.window.dataset
        if not dataset.is_planar:
            return {}
        if self._grid is None or self._grid[0] is not dataset:
            self._grid = (dataset, PlaneGrid.for_dataset(dataset))
        pictures = plane_pictures(network, self._grid[1], dataset.task)
        return dict(output_grid=pictures.output_grid, class_probability_grid=pictures.class_probability_grid,
                    neuron_grids=pictures.neuron_grids)

    def back_to_now(self) -> None:
        """Draw the live network again and put the slider at the newest frame."""
        was_replaying, self.shown = self.shown is not None, None
        self.slider.blockSignals(True)
        self.slider.setValue(max(0, len(self.buffer) - 1))
        self.slider.blockSignals(False)
        window, snapshot = self.window, self.window.last_snapshot
        if was_replaying and snapshot is not None:
            window.network_view.update_snapshot(snapshot)
            if window.dataset is not None and window.dataset.is_planar:
                window.output_panel.boundary.update_snapshot(snapshot)
            window.output_panel.curves.hide_cursor()
        self._update_label()

    def _update_label(self) -> None:
        if not len(self.buffer):
            self.label.setText(tr("no frames yet: train to record"))
            return
        frame = self.shown or self.buffer.frame_at(-1)
        loss = getattr(frame.evaluation, "train_loss", float("nan"))
        where = tr("replay") if self.shown is not None else tr("now")
        self.label.setText(tr("{where}: step {step:,} · epoch {epoch:.2f} · loss {loss:.4f} · {n} frames").format(
            where=where, step=frame.step, epoch=frame.epoch, loss=loss, n=len(self.buffer)))
        self.now.setEnabled(self.shown is not None)
