"""A simple structure editor: hidden layers (add, remove, units ±, activation) and the output layer.

It is deliberately small and self-contained (``set_network`` / ``layers`` / ``loss`` / ``changed``) so the
drag-and-drop designer of a later issue can replace it without touching the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSpinBox, QStyle,
                               QToolButton, QVBoxLayout, QWidget)

from mlp_studio.model.spec import ACTIVATIONS, LOSSES, LayerSpec, NetworkSpec

HIDDEN_ACTIVATIONS = tuple(a for a in ACTIVATIONS if a != "softmax")
LOSS_LABELS = {"mse": "mean squared error", "binary_crossentropy": "binary cross-entropy",
               "categorical_crossentropy": "categorical cross-entropy"}
HIDDEN_CARD_WIDTH = 124
MAX_UNITS = 512
MAX_HIDDEN = 8


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setObjectName("layerCard")
    frame.setStyleSheet("#layerCard { border: 1px solid #B0BEC5; border-radius: 6px; }")
    box = QVBoxLayout(frame)
    box.setContentsMargins(8, 4, 8, 6)
    box.setSpacing(3)
    header = QLabel(f"<b>{title}</b>")
    header.setAlignment(Qt.AlignmentFlag.AlignCenter)
    box.addWidget(header)
    return frame, box


class LayerEditor(QWidget):
    """Edit the hidden layers and the output layer of a network; emits :attr:`changed` after each edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hidden: list[LayerSpec] = [LayerSpec(4, "tanh")]
        self._output = LayerSpec(1, "sigmoid")
        self._loss = "binary_crossentropy"
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(6, 4, 6, 4)
        self._rebuild()

    # -- public API ---------------------------------------------------------------------------------------
    def set_network(self, network: NetworkSpec) -> None:
        """Show ``network``'s layers and loss (no :attr:`changed`)."""
        self._hidden = list(network.hidden)
        self._output = network.output
        self._loss = network.loss
        self._rebuild()

    def layers(self) -> tuple[LayerSpec, ...]:
        """Hidden layers then the output layer."""
        return tuple(self._hidden) + (self._output,)

    def loss(self) -> str:
        """The chosen loss."""
        return self._loss

    def fit_output(self, task: str, n_outputs: int) -> bool:
        """Make the output layer and loss suit ``task``; return True when something had to change."""
        if task == "multiclass":
            wanted = (LayerSpec(n_outputs, "softmax"), "categorical_crossentropy")
        elif task == "regression":
            keep = self._output.activation if self._output.activation not in ("softmax", "sigmoid") else "linear"
            wanted = (LayerSpec(1, keep), "mse")
        else:
            loss = self._loss if self._loss in ("binary_crossentropy", "mse") else "binary_crossentropy"
            wanted = (LayerSpec(1, "sigmoid"), loss)
        if (self._output, self._loss) == wanted:
            return False
        self._output, self._loss = wanted
        self._rebuild()
        return True

    # -- building -----------------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.setParent(None)
                widget.deleteLater()
        for index, layer in enumerate(self._hidden):
            self._row.addWidget(self._hidden_card(index, layer))
        self.add_button = QPushButton("+ Layer")
        self.add_button.setToolTip("Add a hidden layer before the output")
        self.add_button.setEnabled(len(self._hidden) < MAX_HIDDEN)
        self.add_button.clicked.connect(self._add_layer)
        self._row.addWidget(self.add_button)
        self._row.addStretch(1)
        self._row.addWidget(self._output_card())

    def _hidden_card(self, index: int, layer: LayerSpec) -> QFrame:
        frame, box = _card(f"Hidden {index + 1}")
        frame.setFixedWidth(HIDDEN_CARD_WIDTH)
        units_row = QHBoxLayout()
        minus, plus = QToolButton(text="−"), QToolButton(text="+")
        minus.setToolTip("One neuron fewer")
        plus.setToolTip("One neuron more")
        units = QSpinBox(minimum=1, maximum=MAX_UNITS, value=layer.units)
        units.setToolTip("Neurons in this layer")
        units.setKeyboardTracking(False)
        units.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        units.setAlignment(Qt.AlignmentFlag.AlignCenter)
        minus.clicked.connect(lambda: units.setValue(units.value() - 1))
        plus.clicked.connect(lambda: units.setValue(units.value() + 1))
        units.valueChanged.connect(lambda value, i=index: self._set_hidden(i, units=value))
        for widget in (minus, units, plus):
            units_row.addWidget(widget)
        box.addLayout(units_row)
        activation = QComboBox()
        activation.addItems(list(HIDDEN_ACTIVATIONS))
        activation.setCurrentText(layer.activation)
        activation.setToolTip("Activation function f of this layer")
        activation.currentTextChanged.connect(lambda text, i=index: self._set_hidden(i, activation=text))
        remove = QToolButton()
        remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        remove.setToolTip("Remove this layer")
        remove.clicked.connect(lambda _=False, i=index: self._remove_layer(i))
        bottom = QHBoxLayout()
        bottom.addWidget(activation, 1)
        bottom.addWidget(remove)
        box.addLayout(bottom)
        return frame

    def _output_card(self) -> QFrame:
        units = f"{self._output.units} unit{'s' if self._output.units != 1 else ''}"
        frame, box = _card(f"Output · {units}")
        frame.setFixedWidth(215)
        frame.setToolTip("The output width is set by the data: 1 unit for two classes or regression, "
                         "one per class otherwise")
        self.output_activation = QComboBox()
        self.output_activation.addItems(list(ACTIVATIONS))
        self.output_activation.setCurrentText(self._output.activation)
        self.output_activation.setToolTip("Activation of the output layer")
        self.loss_combo = QComboBox()
        for loss in LOSSES:
            self.loss_combo.addItem(LOSS_LABELS.get(loss, loss), loss)
        self.loss_combo.setCurrentIndex(max(self.loss_combo.findData(self._loss), 0))
        self.loss_combo.setToolTip("The loss the network minimises")
        self.output_activation.currentTextChanged.connect(self._set_output_activation)
        self.loss_combo.currentIndexChanged.connect(lambda _i: self._set_loss(self.loss_combo.currentData()))
        box.addWidget(self.output_activation)
        box.addWidget(self.loss_combo)
        return frame

    # -- edits --------------------------------------------------------------------------------------------
    def _set_hidden(self, index: int, **changes) -> None:
        old = self._hidden[index]
        self._hidden[index] = LayerSpec(changes.get("units", old.units), changes.get("activation", old.activation))
        self.changed.emit()

    def _add_layer(self) -> None:
        template = self._hidden[-1] if self._hidden else LayerSpec(4, "tanh")
        self._hidden.append(LayerSpec(template.units, template.activation))
        self._rebuild()
        self.changed.emit()

    def _remove_layer(self, index: int) -> None:
        del self._hidden[index]
        self._rebuild()
        self.changed.emit()

    def _set_output_activation(self, text: str) -> None:
        self._output = LayerSpec(self._output.units, text)
        self.changed.emit()

    def _set_loss(self, text: str) -> None:
        self._loss = text
        self.changed.emit()
