"""Gradient check: one weight's backpropagated gradient beside a finite-difference estimate.

Both numbers are computed on a float64 twin of the current network
(:func:`mlp_studio.teaching.gradcheck_view.compare_gradient`), on every training sample or on the explained
step's sample. The weight is the link selected on the canvas, or chosen here (layer, from, to; or a bias).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QSpinBox, QVBoxLayout)

from mlp_studio.errors import MlpStudioError
from mlp_studio.i18n import tr
from mlp_studio.teaching.formatting import number
from mlp_studio.teaching.gradcheck_view import comparison_text, compare_gradient
from mlp_studio.ui import theme
from mlp_studio.ui.teaching.health_panel import layer_name
from mlp_studio.ui.teaching.live import bring_to_front, live_twin
from mlp_studio.ui.teaching.overlay import bold_font

INTRO = ("Backpropagation gets ∂L/∂w for <i>every</i> weight from one forward and one backward pass. The finite "
         "difference nudges <i>this</i> weight by ±ε and measures how the loss changes: two forward passes per "
         "weight. They agree — backpropagation is the chain rule done efficiently, not an approximation.")
EPSILONS = ("1e-3", "1e-4", "1e-5", "1e-6", "1e-7")


class GradientCheckDialog(QDialog):
    """Choose a weight, see both gradients and the formula.

    Attributes
    ----------
    result : GradientComparison or None
        The latest comparison (float64).
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.result = None
        self.row = 0
        self.setWindowTitle(tr("Gradient check"))
        self.resize(760, 470)
        layout = QVBoxLayout(self)
        intro = QLabel(tr(INTRO))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._form())
        numbers = QHBoxLayout()
        self.backprop = self._big_number(numbers, tr("backpropagation"))
        self.finite = self._big_number(numbers, tr("finite difference"))
        layout.addLayout(numbers)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.check_button = buttons.addButton(tr("Check again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(self.check)
        layout.addWidget(buttons)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.layer = QComboBox()
        self.source = QSpinBox(minimum=1, maximum=1)
        self.target = QSpinBox(minimum=1, maximum=1)
        self.bias = QCheckBox(tr("the bias of the target neuron"))
        self.eps = QComboBox()
        self.eps.addItems(EPSILONS)
        self.eps.setCurrentText("1e-5")  # best balance of truncation and round-off (measured)
        self.data = QComboBox()
        self.data.addItem(tr("every training sample"), "all")
        self.data.addItem(tr("the explained step's sample"), "one")
        weight = QHBoxLayout()
        for label, widget in ((tr("from neuron"), self.source), (tr("to neuron"), self.target)):
            weight.addWidget(QLabel(label))
            weight.addWidget(widget)
        weight.addWidget(self.bias)
        weight.addStretch(1)
        form.addRow(tr("Layer"), self.layer)
        form.addRow(tr("Weight"), weight)
        form.addRow("ε", self.eps)
        form.addRow(tr("Loss over"), self.data)
        self.layer.currentIndexChanged.connect(self._on_layer)
        for signal in (self.source.valueChanged, self.target.valueChanged, self.bias.toggled,
                       self.eps.currentIndexChanged, self.data.currentIndexChanged):
            signal.connect(self.check)
        self.bias.toggled.connect(lambda on: self.source.setEnabled(not on))
        return form

    def _big_number(self, row: QHBoxLayout, caption: str) -> QLabel:
        column = QVBoxLayout()
        title = QLabel(caption)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        value = QLabel("–")
        value.setFont(theme.mono_font(20))
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        column.addWidget(value)
        row.addLayout(column)
        return value

    # -- choosing -----------------------------------------------------------------------------------------
    def open_for(self, selection, row: int = 0) -> None:
        """Show the dialog for the canvas ``selection`` (a link picks its weight) and check at once."""
        self.row = row
        self._fill_layers()
        if selection is not None and selection.kind in ("link", "neuron") and selection.weight_layer >= 0:
            self.select(selection.weight_layer, selection.source if selection.kind == "link" else None,
                        selection.index)
        bring_to_front(self)
        self.check()

    def _fill_layers(self) -> None:
        sizes = [len(self.window.dataset.X_train[0])] + [layer.units for layer in self.window.spec.network.layers]
        current = max(0, self.layer.currentIndex())
        self.layer.blockSignals(True)
        self.layer.clear()
        n = len(sizes) - 1
        for l in range(n):
            before = tr("inputs") if l == 0 else layer_name(l - 1, n)
            self.layer.addItem(tr("{k}: {a} → {b}").format(k=l + 1, a=before, b=layer_name(l, n)),
                               (sizes[l], sizes[l + 1]))
        self.layer.setCurrentIndex(min(current, n - 1))
        self.layer.blockSignals(False)
        self._on_layer()

    def _on_layer(self, _index: int = 0) -> None:
        fan_in, fan_out = self.layer.currentData() or (1, 1)
        self.source.setMaximum(fan_in)
        self.target.setMaximum(fan_out)
        self.check()

    def select(self, layer: int, source: int | None, target: int) -> None:
        """Choose weight ``(source → target)`` of ``layer`` (0-based), or the bias when ``source`` is None."""
        for widget in (self.layer, self.source, self.target, self.bias):
            widget.blockSignals(True)
        self.layer.setCurrentIndex(layer)
        fan_in, fan_out = self.layer.currentData()
        self.source.setMaximum(fan_in)
        self.target.setMaximum(fan_out)
        self.bias.setChecked(source is None)
        self.source.setEnabled(source is not None)
        self.source.setValue((source or 0) + 1)
        self.target.setValue(target + 1)
        for widget in (self.layer, self.source, self.target, self.bias):
            widget.blockSignals(False)

    # -- checking -----------------------------------------------------------------------------------------
    def check(self) -> None:
        """Compare the two gradients of the chosen weight on a float64 twin of the current network."""
        if not self.isVisible():
            return
        network, dataset = live_twin(self.window), self.window.dataset
        if network is None:
            self.text.setText(tr("No network yet: wait for the run to load."))
            return
        X, Y = dataset.X_train, dataset.Y_train
        if self.data.currentData() == "one":
            row = min(self.row, len(X) - 1)
            X, Y = X[row:row + 1], Y[row:row + 1]
        i = None if self.bias.isChecked() else self.source.value() - 1
        try:
            self.result = compare_gradient(network, X, Y, self.layer.currentIndex(), i, self.target.value() - 1,
                                           float(self.eps.currentText()))
        except MlpStudioError as error:
            self.text.setText(str(error))
            return
        self.backprop.setText(number(self.result.backprop, 8))
        self.finite.setText(number(self.result.finite_difference, 8))
        verdict = theme.INK if self.result.agrees else "#D55E00"
        self.text.setText(f"<p style='font-size:large; color:{verdict}'>{comparison_text(self.result, 'html')}</p>")
