"""The HYPER-PARAMETERS panel: optimizer and its settings, learning rate, batch, regularization, limits."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QSpinBox, QVBoxLayout,
                               QWidget)

from mlp_studio.i18n import tr
from mlp_studio.model.spec import INITS, OPTIMIZERS, NetworkSpec, TrainingSpec

LEARNING_RATES = ("0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10")
PENALTIES = ("0", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1")
OPTIMIZER_LABELS = {"sgd": "SGD", "rmsprop": "RMSProp", "adam": "Adam"}


def number_combo(values: tuple[str, ...], tooltip: str, low: float, high: float) -> QComboBox:
    """An editable combo of preset numbers (log-spaced) that also accepts any typed value in range."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(values))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    validator = QDoubleValidator(low, high, 8, combo)
    validator.setNotation(QDoubleValidator.Notation.ScientificNotation)
    combo.setValidator(validator)
    combo.setToolTip(tooltip)
    return combo


def combo_value(combo: QComboBox, fallback: float) -> float:
    """The combo's number, or ``fallback`` when the text is not a number."""
    try:
        return float(combo.currentText())
    except ValueError:
        return fallback


def set_combo_value(combo: QComboBox, value: float) -> None:
    """Show ``value`` in an editable number combo (selecting a preset when it is one)."""
    text = f"{value:g}"
    index = next((i for i in range(combo.count()) if float(combo.itemText(i)) == value), -1)
    if index >= 0:
        combo.setCurrentIndex(index)
    combo.setEditText(text)


class HyperParameterPanel(QWidget):
    """Edits a :class:`TrainingSpec` (live: :attr:`training_changed`) and the network's init and seed
    (structural: :attr:`network_changed`, the run is rebuilt)."""

    training_changed = Signal()
    network_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._training = TrainingSpec()
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        layout.addLayout(form)
        layout.addStretch(1)
        self.form = form
        self.optimizer = QComboBox()
        for name in OPTIMIZERS:
            self.optimizer.addItem(OPTIMIZER_LABELS.get(name, name), name)
        self.optimizer.setToolTip(tr("How each step turns gradients into weight changes"))
        self.learning_rate = number_combo(LEARNING_RATES, tr("Step size: too small learns slowly, too large "
                                                             "oscillates or diverges"), 1e-8, 100.0)
        self.momentum = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.99, singleStep=0.1)
        self.momentum.setToolTip(tr("SGD momentum: keeps a share of the previous step"))
        self.nesterov = QCheckBox("Nesterov")
        self.nesterov.setToolTip(tr("Look-ahead momentum (SGD)"))
        self.beta1 = QDoubleSpinBox(decimals=3, minimum=0.0, maximum=0.999, singleStep=0.01)
        self.beta1.setToolTip(tr("Adam: decay of the running mean of gradients"))
        self.beta2 = QDoubleSpinBox(decimals=4, minimum=0.0, maximum=0.9999, singleStep=0.001)
        self.beta2.setToolTip(tr("Adam: decay of the running mean of squared gradients"))
        self.rho = QDoubleSpinBox(decimals=3, minimum=0.0, maximum=0.999, singleStep=0.01)
        self.rho.setToolTip(tr("RMSProp: decay of the running mean of squared gradients"))
        self.batch_size = QSpinBox(minimum=0, maximum=100_000, singleStep=8)
        self.batch_size.setSpecialValueText(tr("full batch"))
        self.batch_size.setToolTip(tr("Samples per step; 0 = the whole training set (full batch)"))
        self.l1 = number_combo(PENALTIES, tr("L1 penalty l1·Σ|w|: pushes weights to exactly zero"), 0.0, 100.0)
        self.l2 = number_combo(PENALTIES, tr("L2 penalty (l2/2)·Σw²: keeps weights small"), 0.0, 100.0)
        self.epochs = QSpinBox(minimum=0, maximum=10_000_000, singleStep=100)
        self.epochs.setSpecialValueText(tr("no limit"))
        self.epochs.setToolTip(tr("Training stops after this many epochs (0 = never)"))
        self.init = QComboBox()
        self.init.addItems(list(INITS))
        self.init.setToolTip(tr("How the weights start (changing it restarts training)"))
        self.network_seed = QSpinBox(minimum=0, maximum=999_999)
        self.network_seed.setToolTip(tr("Seed of the initial weights and the batch order (restarts training)"))
        rows = ((tr("Optimizer"), self.optimizer), (tr("Learning rate"), self.learning_rate),
                (tr("Momentum"), self.momentum), ("", self.nesterov), ("β₁", self.beta1), ("β₂", self.beta2),
                ("ρ (rho)", self.rho), (tr("Batch size"), self.batch_size), ("L1", self.l1), ("L2", self.l2),
                (tr("Epoch limit"), self.epochs), (tr("Weight init"), self.init),
                (tr("Network seed"), self.network_seed))
        for label, widget in rows:
            form.addRow(label, widget)
        self._connect()
        self._show_optimizer_rows()

    def _connect(self) -> None:
        live = (self.momentum, self.beta1, self.beta2, self.rho, self.batch_size, self.epochs)
        for box in live:
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._emit_training)
        self.nesterov.toggled.connect(self._emit_training)
        self.optimizer.currentIndexChanged.connect(self._on_optimizer)
        for combo in (self.learning_rate, self.l1, self.l2):
            combo.currentIndexChanged.connect(self._emit_training)
            combo.lineEdit().editingFinished.connect(self._emit_training)
        self.network_seed.setKeyboardTracking(False)
        self.network_seed.valueChanged.connect(self.network_changed)
        self.init.currentIndexChanged.connect(self.network_changed)

    def _on_optimizer(self, _index: int) -> None:
        self._show_optimizer_rows()
        self._emit_training()

    def _show_optimizer_rows(self) -> None:
        name = self.optimizer.currentData()
        for widget, owner in ((self.momentum, "sgd"), (self.nesterov, "sgd"), (self.beta1, "adam"),
                              (self.beta2, "adam"), (self.rho, "rmsprop")):
            self.form.setRowVisible(widget, name == owner)

    def _emit_training(self, *_args) -> None:
        spec = self.training_spec()
        if spec != self._training:
            self._training = spec
            self.training_changed.emit()

    # -- specs --------------------------------------------------------------------------------------------
    def training_spec(self) -> TrainingSpec:
        """The training settings as shown."""
        base = self._training
        return replace(base, optimizer=self.optimizer.currentData(),
                       learning_rate=combo_value(self.learning_rate, base.learning_rate),
                       momentum=self.momentum.value(), nesterov=self.nesterov.isChecked(),
                       beta1=self.beta1.value(), beta2=self.beta2.value(), rho=self.rho.value(),
                       batch_size=self.batch_size.value(), epochs=self.epochs.value(),
                       l1=combo_value(self.l1, base.l1), l2=combo_value(self.l2, base.l2))

    def set_training_spec(self, spec: TrainingSpec) -> None:
        """Show ``spec`` without emitting signals."""
        self._training = spec
        with _Blocked(self):
            self.optimizer.setCurrentIndex(max(self.optimizer.findData(spec.optimizer), 0))
            set_combo_value(self.learning_rate, spec.learning_rate)
            self.momentum.setValue(spec.momentum)
            self.nesterov.setChecked(spec.nesterov)
            self.beta1.setValue(spec.beta1)
            self.beta2.setValue(spec.beta2)
            self.rho.setValue(spec.rho)
            self.batch_size.setValue(spec.batch_size)
            self.epochs.setValue(spec.epochs)
            set_combo_value(self.l1, spec.l1)
            set_combo_value(self.l2, spec.l2)
        self._show_optimizer_rows()

    def set_network_settings(self, network: NetworkSpec) -> None:
        """Show the network's init and seed without emitting signals."""
        with _Blocked(self):
            self.init.setCurrentText(network.init)
            self.network_seed.setValue(network.seed)

    def network_settings(self) -> dict:
        """``{"init": ..., "seed": ...}`` as shown."""
        return {"init": self.init.currentText(), "seed": self.network_seed.value()}


class _Blocked:
    """Context manager blocking the signals of every child widget of a panel."""

    def __init__(self, panel: QWidget) -> None:
        self.widgets = panel.findChildren(QWidget)

    def __enter__(self) -> None:
        for widget in self.widgets:
            widget.blockSignals(True)

    def __exit__(self, *exc) -> None:
        for widget in self.widgets:
            widget.blockSignals(False)
