"""The INSPECTOR: what the canvas selection is and what it computes, with the controls to change it.

* a hidden layer: units, activation, weight init (design edits → undoable commands);
* the output layer: its activation and the loss (the choices the task allows);
* a neuron: ``y = f(Σ wᵢxᵢ + b)`` with its current weights and, for a point picked in the boundary plot,
  the actual inputs, ``z`` and ``a``;
* a link: its weight, typed or dragged, applied to the live network.

The widget only *shows* and *asks*: it emits requests and the design binding (or the controller, for weights)
carries them out. Reflecting a new state blocks the widgets' signals, so showing never edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSlider, QSpinBox, QStackedWidget,
                               QVBoxLayout, QWidget)

from mlp_studio.i18n import tr
from mlp_studio.model.document import HIDDEN_ACTIVATIONS
from mlp_studio.model.inspect import neuron_terms, trace_point, weights_fit
from mlp_studio.model.spec import INITS
from mlp_studio.ui.data_panel import error_label
from mlp_studio.ui.inspector_text import neuron_formula, point_numbers

LOSS_LABELS = {"mse": "mean squared error", "binary_crossentropy": "binary cross-entropy",
               "categorical_crossentropy": "categorical cross-entropy"}
TASK_LOSSES = {"binary": ("binary_crossentropy", "mse"), "multiclass": ("categorical_crossentropy", "mse"),
               "regression": ("mse",)}
TASK_LABELS = {"binary": "binary classification", "multiclass": "classification into several classes",
               "regression": "regression"}
OUTPUT_ACTIVATIONS = {"multiclass": ("softmax",), "binary": ("sigmoid", "tanh", "linear"),
                      "regression": ("linear", "tanh", "sigmoid")}
WEIGHT_RANGE = 10.0
SLIDER_STEPS = 1000
HINT = ("<p><b>Nothing selected.</b></p><p>Click a layer's header, a neuron or a link on the canvas to "
        "inspect it.</p><p>Drag a layer from the palette onto the network to add one.</p>")


@dataclass
class InspectorContext:
    """Everything the inspector shows besides the selection."""

    spec: Any = None            # ExperimentSpec (the document's)
    dataset: Any = None         # the loaded Dataset
    snapshot: Any = None        # the latest Snapshot
    point: np.ndarray | None = None  # (2,) plane point picked in the boundary plot
    layer_names: tuple = ()     # names of the hidden layers' neurons are derived from the columns


class Inspector(QWidget):
    """Shows and edits the canvas selection; see the module docstring."""

    units_changed = Signal(int, int)          # layer id, units
    activation_changed = Signal(int, str)     # layer id, activation
    init_changed = Signal(str)
    output_activation_changed = Signal(str)
    loss_changed = Signal(str)
    weight_changed = Signal(int, int, int, float)   # weight layer, source, target, value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = None
        self.context = InspectorContext()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.pages = QStackedWidget()
        self.message = error_label()
        layout.addWidget(self.title)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.hint = QLabel(tr(HINT))
        self.hint.setWordWrap(True)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self._build_layer_page())
        self.pages.addWidget(self._build_neuron_page())
        self.pages.addWidget(self._build_link_page())
        self.show_selection(None, self.context)

    # -- pages --------------------------------------------------------------------------------------------
    def _build_layer_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.units = QSpinBox(minimum=1, maximum=1024)
        self.units.setKeyboardTracking(False)
        self.units.setToolTip(tr("Neurons in this layer (the network is rebuilt)"))
        self.activation = QComboBox()
        self.activation.setToolTip(tr("The activation function f of every neuron in this layer"))
        self.init = QComboBox()
        self.init.addItems(list(INITS))
        self.init.setToolTip(tr("How all weights of the network start (the network is rebuilt)"))
        self.loss = QComboBox()
        self.loss.setToolTip(tr("What the network minimises"))
        self.layer_note = QLabel()
        self.layer_note.setWordWrap(True)
        for label, widget in ((tr("Neurons"), self.units), (tr("Activation"), self.activation),
                              (tr("Loss"), self.loss), (tr("Weight init"), self.init)):
            form.addRow(label, widget)
        form.addRow(self.layer_note)
        self.layer_form = form
        self.units.valueChanged.connect(self._on_units)
        self.activation.currentTextChanged.connect(self._on_activation)
        self.init.currentTextChanged.connect(self.init_changed)
        self.loss.currentIndexChanged.connect(lambda _i: self.loss_changed.emit(self.loss.currentData()))
        return page

    def _build_neuron_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.formula = QLabel()
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.point_text = QLabel()
        self.point_text.setTextFormat(Qt.TextFormat.RichText)
        self.point_text.setWordWrap(True)
        column.addWidget(self.formula)
        column.addWidget(self.point_text)
        return page

    def _build_link_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.weight = QDoubleSpinBox(decimals=3, minimum=-WEIGHT_RANGE, maximum=WEIGHT_RANGE, singleStep=0.05)
        self.weight.setKeyboardTracking(False)
        self.weight.setToolTip(tr("Type a weight and press Enter: it is applied to the live network at once"))
        self.weight_slider = QSlider(Qt.Orientation.Horizontal)
        self.weight_slider.setRange(-SLIDER_STEPS, SLIDER_STEPS)
        self.weight_slider.setToolTip(tr("Drag to change the weight and watch the boundary follow"))
        note = QLabel(tr("Applied to the live network between training steps. Reset (R) or any design change "
                         "starts again from the seeded weights."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(tr("Weight w"), self.weight)
        form.addRow("", self.weight_slider)
        form.addRow(note)
        self.weight.valueChanged.connect(self._on_weight_typed)
        self.weight_slider.valueChanged.connect(self._on_weight_slid)
        return page

    # -- showing ------------------------------------------------------------------------------------------
    def show_selection(self, selection, context: InspectorContext) -> None:
        """Show ``selection`` (a canvas Selection or None) in ``context``."""
        self.selection, self.context = selection, context
        if selection is None or context.spec is None:
            self.title.setText("")
            self.pages.setCurrentIndex(0)
            return
        show = {"layer": self._show_layer, "neuron": self._show_neuron, "link": self._show_link}[selection.kind]
        for widget in (self.units, self.activation, self.init, self.loss, self.weight, self.weight_slider):
            widget.blockSignals(True)
        try:
            show(selection, context)
        finally:
            for widget in (self.units, self.activation, self.init, self.loss, self.weight, self.weight_slider):
                widget.blockSignals(False)

    def refresh(self) -> None:
        """Show the same selection again (new snapshot or document)."""
        self.show_selection(self.selection, self.context)

    def show_message(self, text: str | None) -> None:
        """Show why an edit was refused (None hides the message)."""
        self.message.setVisible(bool(text))
        self.message.setText(f"⚠ {text}" if text else "")

    def _layer_spec(self, selection):
        hidden = self.context.spec.network.hidden
        column = selection.column
        return hidden[column - 1] if column <= len(hidden) else self.context.spec.network.output

    def _show_layer(self, selection, context) -> None:
        self.pages.setCurrentIndex(1)
        hidden = context.spec.network.hidden
        if selection.column == 0:
            names = context.dataset.input_names if context.dataset is not None else ()
            self.title.setText(tr("<b>Input layer</b> · {n} inputs").format(n=len(names)))
            self._rows(units=False, activation=False, loss=False, init=False)
            planar = context.dataset is not None and context.dataset.is_planar
            self.layer_note.setText(tr("The data's features. Click a feature on the canvas to switch it on or off.")
                                    if planar else tr("The data's features. They come from the data set's columns."))
            return
        layer = self._layer_spec(selection)
        output = selection.column > len(hidden)
        self.title.setText(tr("<b>Output layer</b>") if output
                           else tr("<b>Hidden layer {n}</b>").format(n=selection.column))
        self._rows(units=not output, activation=True, loss=output, init=True)
        self.units.setValue(layer.units)
        task = context.dataset.task if context.dataset is not None else "binary"
        choices = OUTPUT_ACTIVATIONS.get(task, ()) if output else HIDDEN_ACTIVATIONS
        self._fill(self.activation, [(name, name) for name in choices], layer.activation)
        self._fill(self.loss, [(tr(LOSS_LABELS[n]), n) for n in TASK_LOSSES.get(task, ())],
                   context.spec.network.loss)
        self.init.setCurrentText(context.spec.network.init)
        task_name = tr(TASK_LABELS.get(task, task))
        if not output:
            note = tr("Use −/+ on the layer's header, or drag a neuron out of it.")
        elif layer.units == 1:
            note = tr("1 output: the task ({task}) sets the width.").format(task=task_name)
        else:
            note = tr("{n} outputs: the task ({task}) sets the width.").format(n=layer.units, task=task_name)
        self.layer_note.setText(note)

    def _rows(self, **visible: bool) -> None:
        widgets = {"units": self.units, "activation": self.activation, "loss": self.loss, "init": self.init}
        for name, widget in widgets.items():
            self.layer_form.setRowVisible(widget, visible[name])

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]], current: str) -> None:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        if index < 0:
            combo.addItem(current, current)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _trace_ready(self, context) -> bool:
        """Whether the snapshot's weights belong to the document's network (not a stale structure)."""
        snapshot, dataset = context.snapshot, context.dataset
        if snapshot is None or dataset is None:
            return False
        sizes = [dataset.n_inputs] + [layer.units for layer in context.spec.network.layers]
        return weights_fit(snapshot.weights, sizes)

    def _show_neuron(self, selection, context) -> None:
        self.pages.setCurrentIndex(2)
        output = selection.column > len(context.spec.network.hidden)
        where = tr("Output") if output else tr("Hidden {n}").format(n=selection.column)
        self.title.setText(tr("<b>{where}</b>, neuron {n}").format(where=where, n=selection.index + 1))
        if not self._trace_ready(context):
            self.formula.setText(tr("<i>Waiting for the network's weights…</i>"))
            self.point_text.setText("")
            return
        snapshot = context.snapshot
        activations = [layer.activation for layer in context.spec.network.layers]
        terms = neuron_terms(snapshot.weights, snapshot.biases, activations, selection.weight_layer, selection.index)
        names = self._input_names(selection.column, context)
        symbol = "y" if output else "a"
        self.formula.setText(neuron_formula(terms, names, symbol))
        self.point_text.setText(self._point_text(terms, names, symbol, activations, context))

    def _point_text(self, terms, names, symbol, activations, context) -> str:
        dataset = context.dataset
        if not dataset.is_planar:
            return ""
        if context.point is None:
            return ("<p style='color:#78909C'>" + tr("Click a data point in the boundary plot to see this "
                                                     "neuron's numbers for it.") + "</p>")
        x = np.asarray(dataset.inputs_for_points(np.asarray(context.point, dtype=np.float64)[None, :]))[0]
        trace = trace_point(context.snapshot.weights, context.snapshot.biases, activations, x)
        layer = terms.layer
        return point_numbers(terms, trace.inputs[layer], float(trace.z[layer][terms.unit]),
                             float(trace.a[layer][terms.unit]), names, symbol)

    @staticmethod
    def _input_names(column: int, context) -> list[str]:
        if column == 1:
            return [str(name) for name in context.dataset.input_names]
        units = context.spec.network.layers[column - 2].units
        return [f"h{column - 1}.{j + 1}" for j in range(units)]

    def _show_link(self, selection, context) -> None:
        self.pages.setCurrentIndex(3)
        source_names = self._input_names(selection.column, context) if context.dataset is not None else []
        source = source_names[selection.source] if selection.source < len(source_names) else selection.source + 1
        output = selection.column > len(context.spec.network.hidden)
        target = tr("Output") if output else tr("Hidden {n}").format(n=selection.column)
        self.title.setText(tr("<b>Link</b> {source} → {target}, neuron {n}").format(source=source, target=target,
                                                                                    n=selection.index + 1))
        if not self._trace_ready(context):
            return
        value = float(context.snapshot.weights[selection.weight_layer][selection.source, selection.index])
        if not self.weight.hasFocus() and not self.weight_slider.isSliderDown():
            self.weight.setValue(value)
            self.weight_slider.setValue(int(round(np.clip(value / WEIGHT_RANGE, -1, 1) * SLIDER_STEPS)))

    # -- edits --------------------------------------------------------------------------------------------
    def _on_units(self, units: int) -> None:
        if self.selection is not None and self.selection.layer_id is not None:
            self.units_changed.emit(self.selection.layer_id, units)

    def _on_activation(self, _text: str) -> None:
        name = self.activation.currentData()
        if self.selection is None or name is None:
            return
        if self.selection.layer_id is None:
            self.output_activation_changed.emit(name)
        else:
            self.activation_changed.emit(self.selection.layer_id, name)

    def _on_weight_typed(self, value: float) -> None:
        self.weight_slider.blockSignals(True)
        self.weight_slider.setValue(int(round(np.clip(value / WEIGHT_RANGE, -1, 1) * SLIDER_STEPS)))
        self.weight_slider.blockSignals(False)
        self._emit_weight(value)

    def _on_weight_slid(self, position: int) -> None:
        value = position / SLIDER_STEPS * WEIGHT_RANGE
        self.weight.blockSignals(True)
        self.weight.setValue(value)
        self.weight.blockSignals(False)
        self._emit_weight(value)

    def _emit_weight(self, value: float) -> None:
        s = self.selection
        if s is not None and s.kind == "link":
            self.weight_changed.emit(s.weight_layer, s.source, s.index, float(value))
