"""Compare runs: the current design trained twice with one setting changed, on the same data and seeds.

The loss curves are overlaid (train solid, test dashed; run A blue, run B orange-brown) and the two boundaries
stand side by side. Training happens on a comparison thread (:mod:`.compare_worker`); closing the dialog or the
window stops it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from mlp_studio.i18n import tr
from mlp_studio.model.spec import OPTIMIZERS
from mlp_studio.teaching.activations_explorer import hidden_activation_names
from mlp_studio.teaching.compare import variant_label, variants
from mlp_studio.ui import theme
from mlp_studio.ui.teaching.compare_worker import ComparisonThread, ComparisonWorker

#: (field, label) of the settings a comparison can vary.
FIELDS = (("learning_rate", "Learning rate"), ("activation", "Hidden activation"), ("optimizer", "Optimizer"),
          ("batch_size", "Batch size (0 = full batch)"))
RUN_COLORS = (theme.BLUE, "#D55E00")


def _choices(field: str) -> tuple[str, ...] | None:
    if field == "activation":
        return hidden_activation_names()
    return OPTIMIZERS if field == "optimizer" else None


def _parse(field: str, text: str):
    if field == "learning_rate":
        return float(text)
    return int(text) if field == "batch_size" else text


class CompareDialog(QDialog):
    """Choose a setting and two values, train both, compare.

    Attributes
    ----------
    result : ComparisonResult or None
        The latest curves and boundaries.
    loss_curves : list of PlotDataItem
        Train-loss curves of run A and run B (then their test-loss curves).
    images : list of ImageItem
        The two boundaries.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.result = None
        self.job: ComparisonThread | None = None
        self.setWindowTitle(tr("Compare runs"))
        self.resize(1100, 760)
        layout = QVBoxLayout(self)
        layout.addLayout(self._controls())
        self.status = QLabel(tr("Same data, same seeds, one setting changed. Press Run."))
        layout.addWidget(self.status)
        self.loss = pg.PlotWidget()
        self._style_loss()
        layout.addWidget(self.loss, 2)
        layout.addLayout(self._boundaries(), 3)

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.field = QComboBox()
        for field, label in FIELDS:
            self.field.addItem(tr(label), field)
        self.value_a, self.value_b = QComboBox(), QComboBox()
        for combo in (self.value_a, self.value_b):
            combo.setMinimumWidth(110)
        self.epochs = QSpinBox(minimum=1, maximum=100_000, value=100)
        self.epochs.setSuffix(tr(" epochs"))
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self._on_run_clicked)
        self.field.currentIndexChanged.connect(lambda _i: self._fill_values())
        for label, widget in ((tr("Vary"), self.field), ("A", self.value_a), ("B", self.value_b),
                              (tr("for"), self.epochs)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.run_button)
        return row

    def _style_loss(self) -> None:
        plot = self.loss.getPlotItem()
        theme.style_plot(plot, tr("Loss (train solid, test dashed)"))
        plot.setLabel("bottom", tr("epoch"))
        self.legend = plot.addLegend(offset=(-10, 10), labelTextColor=theme.INK)
        self.loss_curves = [plot.plot(pen=theme.pen(c, 2)) for c in RUN_COLORS]
        self.loss_curves += [plot.plot(pen=theme.pen(c, 1.2, Qt.PenStyle.DashLine)) for c in RUN_COLORS]
        self.loss.setMouseEnabled(False, False)

    def _boundaries(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.images, self.image_plots = [], []
        for color in RUN_COLORS:
            view = pg.PlotWidget()
            plot = view.getPlotItem()
            theme.style_plot(plot)
            view.setAspectLocked(True)
            view.setMouseEnabled(False, False)
            image = pg.ImageItem(axisOrder="row-major")
            plot.addItem(image)
            self.images.append(image)
            self.image_plots.append(plot)
            row.addWidget(view)
        self.no_boundary = QLabel(tr("Boundaries are drawn for 2-D data sets only."))
        self.no_boundary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.no_boundary)
        return row

    # -- setting up ---------------------------------------------------------------------------------------
    def prepare(self) -> None:
        """Take the current design's values as A and a sensible contrast as B."""
        self._fill_values()
        planar = bool(self.window.dataset is not None and self.window.dataset.is_planar)
        for plot in self.image_plots:
            plot.getViewWidget().setVisible(planar)
        self.no_boundary.setVisible(not planar)

    def _current(self, field: str) -> str:
        spec = self.window.spec
        if field == "activation":
            hidden = spec.network.hidden
            return hidden[0].activation if hidden else "tanh"
        return str(getattr(spec.training, field))

    def _fill_values(self) -> None:
        field = self.field.currentData()
        current, choices = self._current(field), _choices(field)
        contrast = {"learning_rate": f"{float(current) * 10:g}", "batch_size": "0" if current != "0" else "16",
                    "activation": "relu" if current != "relu" else "tanh",
                    "optimizer": "adam" if current != "adam" else "sgd"}[field]
        for combo, value in ((self.value_a, current), (self.value_b, contrast)):
            combo.clear()
            combo.setEditable(choices is None)
            combo.addItems(list(choices or (value,)))
            combo.setCurrentText(value)

    # -- running ------------------------------------------------------------------------------------------
    def _on_run_clicked(self) -> None:
        if self.job is not None and self.job.running:
            self.shutdown()
            self.status.setText(tr("Stopped."))
        else:
            self.run()

    def run(self) -> bool:
        """Start the comparison with the chosen values; False (with a message) when a value is invalid."""
        field = self.field.currentData()
        try:
            values = [_parse(field, combo.currentText()) for combo in (self.value_a, self.value_b)]
            spec_a, spec_b = variants(self.window.spec, field, values)
        except ValueError as error:
            self.status.setText(tr("Not a valid value: {e}").format(e=error))
            return False
        self.shutdown()
        labels = tuple(variant_label(field, v) for v in values)
        self._reset_plots(labels)
        worker = ComparisonWorker(spec_a, spec_b, self.window.base_dir, labels, self.epochs.value())
        worker.progress.connect(self.show_result)
        worker.failed.connect(lambda message: self.status.setText(tr("Failed: {m}").format(m=message)))
        worker.done.connect(self._on_done)
        self.job = ComparisonThread(worker)
        self.run_button.setText(tr("Stop"))
        self.status.setText(tr("Training both runs…"))
        return True

    def _reset_plots(self, labels) -> None:
        self.legend.clear()
        for curve in self.loss_curves:
            curve.setData([], [])
        for curve, label in zip(self.loss_curves, labels):
            self.legend.addItem(curve, label)
        for plot, label, color in zip(self.image_plots, labels, RUN_COLORS):
            plot.setTitle(label, color=color, size="12pt")
        self.result = None

    def show_result(self, result) -> None:
        """Draw the curves and boundaries of a ComparisonResult."""
        self.result = result
        for k, run in enumerate(result.runs):
            self.loss_curves[k].setData(run.epochs, np.maximum(run.train_loss, 1e-12))
            self.loss_curves[k + 2].setData(run.epochs, run.test_loss, connect="finite")
            if run.pictures is not None:
                self._paint(self.images[k], run.pictures)
        parts = [f"{run.label}: {tr('loss')} {run.train_loss[-1]:.4f}"
                 + (f" ({tr('diverged')})" if run.diverged else "")
                 for run in result.runs]
        self.status.setText(tr("Epoch {e}").format(e=int(max(r.epochs[-1] for r in result.runs))) + " · "
                            + " · ".join(parts))

    def _paint(self, image, pictures) -> None:
        """One boundary with the OUTPUT plot's fixed colours (probability, class or value)."""
        dataset = self.window.dataset
        if dataset.task == "multiclass":
            n = max(len(dataset.class_names or ()), 2)
            image.setImage(theme.multiclass_image(pictures.output_grid, pictures.class_probability_grid, n),
                           levels=(0, 255), lut=None)
        else:
            levels = (0.0, 1.0)
            if dataset.task == "regression":
                y = np.asarray(dataset.Y_train, dtype=np.float64)
                levels = (float(y.min()), float(y.max()) if y.max() > y.min() else float(y.min()) + 1.0)
            image.setImage(np.asarray(pictures.output_grid, dtype=np.float32), levels=levels, lut=theme.PALE_LUT,
                           autoLevels=False)
        x0, x1, y0, y1 = pictures.extent
        image.setRect(x0, y0, x1 - x0, y1 - y0)

    def _on_done(self) -> None:
        self.run_button.setText(tr("Run"))

    def shutdown(self, timeout_ms: int = 3000) -> bool:
        """Stop a running comparison (bounded wait); True when no thread is left."""
        job, self.job = self.job, None
        if job is None:
            return True
        ended = job.stop(timeout_ms)
        if not ended:
            self.job = job   # keep it to try again; never terminate a thread
        return ended

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.shutdown()
        super().closeEvent(event)
