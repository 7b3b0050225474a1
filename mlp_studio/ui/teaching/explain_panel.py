"""The EXPLAINED STEP dock: one training step on one sample, walked through with Back / Next.

Stages: forward (layer by layer), loss, backward (output layer first), update. The numbers are the engine's
(:func:`mlp_studio.teaching.explain.explain_step` on a twin of the live network); the canvas shows them on
the neurons and links, the panel writes the formulas out for the selected neuron. "Apply step" sends the new
weights to the worker (``controller.set_parameters``, only if the live network has not moved on), so the live
network really takes the step; the panel then explains the same sample again from the new weights.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTextBrowser, QVBoxLayout,
                               QWidget)

from mlp_studio.i18n import tr
from mlp_studio.model.parameters import same_parameters
from mlp_studio.teaching import explain_text as text
from mlp_studio.teaching.explain import explain_step
from mlp_studio.ui import theme
from mlp_studio.ui.teaching.explain_canvas import GROUP, draw_stage, fmt
from mlp_studio.ui.teaching.live import live_twin, sample_summary, training_row_for_point
from mlp_studio.ui.teaching.overlay import bold_font

WHAT_HAPPENS = {
    "forward": "Each neuron adds up its weighted inputs and its bias (z), then applies its activation: a = f(z).",
    "loss": "The output ŷ is compared with the target y: the loss says how wrong this prediction is.",
    "backward": "Backwards, layer by layer: δ = ∂L/∂z says how the loss changes with a neuron's z "
                "(the chain rule); a link's gradient is its input times the δ of the neuron it feeds.",
    "update": "Every weight takes a small step against its gradient: w ← w − α·∂L/∂w. "
              "Apply step makes the live network take exactly this step.",
}
EMPTY = "Teach ▸ Explain one step… pauses training and explains one step on the chosen sample."


class ExplainPanel(QWidget):
    """Back / Next through an :class:`~mlp_studio.teaching.explain.ExplainedStep`, drawn on the canvas.

    Attributes
    ----------
    step : ExplainedStep or None
        What is being explained (its arrays are the engine's numbers).
    index : int
        The stage shown.
    row : int
        The training sample (row of ``dataset.X_train``).
    neurons : dict
        Selected neuron per stage kind/layer: ``(layer, index)``.
    """

    def __init__(self, window, overlay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window, self.overlay = window, overlay
        self.step = None
        self.index = 0
        self.row = 0
        self.selected: tuple[int, int] = (0, 0)
        self.waiting: str | None = None   # "explain" (for a paused snapshot) or "apply" (for the applied one)
        self._applied = None
        self._build()
        window.network_view.selection_changed.connect(self._on_canvas_selection)
        window.output_panel.boundary.point_picked.connect(self._on_point_picked)

    def _build(self) -> None:
        """Left: sample, stage, what happens, neuron, status, Back/Next/Apply. Right: the formulas."""
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        left = QVBoxLayout()
        row = QHBoxLayout()
        self.sample = QSpinBox(minimum=1, maximum=1)
        self.sample.setToolTip(tr("Which training sample the step is explained on (or click a point in the "
                                  "boundary plot)"))
        self.sample.setKeyboardTracking(False)
        self.sample.valueChanged.connect(self._on_sample)
        self.sample_text = QLabel()
        self.sample_text.setFont(theme.mono_font(10))
        row.addWidget(QLabel(tr("Sample")))
        row.addWidget(self.sample)
        row.addWidget(self.sample_text, 1)
        left.addLayout(row)
        self.title = QLabel(tr("Explained step"))
        self.title.setFont(bold_font(14))
        self.what = QLabel()
        self.what.setWordWrap(True)
        left.addWidget(self.title)
        left.addWidget(self.what)
        picker = QHBoxLayout()
        self.neuron = QComboBox()
        self.neuron.setToolTip(tr("The neuron whose formulas are written out (or click it on the canvas)"))
        self.neuron.activated.connect(self._on_neuron_chosen)
        self.neuron_label = QLabel(tr("Neuron"))
        picker.addWidget(self.neuron_label)
        picker.addWidget(self.neuron, 1)
        left.addLayout(picker)
        self.status = QLabel(tr(EMPTY))
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {theme.MUTED};")
        left.addWidget(self.status)
        left.addStretch(1)
        left.addLayout(self._buttons())
        self.formulas = QTextBrowser()
        self.formulas.setOpenLinks(False)
        font = self.formulas.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.formulas.setFont(font)
        holder = QWidget()
        holder.setLayout(left)
        holder.setFixedWidth(400)
        outer.addWidget(holder)
        outer.addWidget(self.formulas, 1)

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.back = QPushButton(tr("◀ Back"))
        self.back.setShortcut(QKeySequence("Alt+Left"))
        self.back.setToolTip(tr("The previous stage (Alt+Left)"))
        self.next = QPushButton(tr("Next ▶"))
        self.next.setShortcut(QKeySequence("Alt+Right"))
        self.next.setToolTip(tr("The next stage (Alt+Right)"))
        self.apply_button = QPushButton(tr("Apply step"))
        self.apply_button.setToolTip(tr("Make the live network take this step (plain SGD on this sample)"))
        self.back.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.apply_button.clicked.connect(self.apply)
        for button in (self.back, self.next, self.apply_button):
            buttons.addWidget(button)
        self._enable()
        return buttons

    # -- starting -----------------------------------------------------------------------------------------
    def begin(self) -> None:
        """Pause training and explain a step once the exact paused state has arrived."""
        controller = self.window.controller
        self._sync_samples()
        if controller.state == "running" or self.window.last_snapshot is None:
            self.waiting = "explain"
            self.status.setText(tr("Pausing training…"))
            controller.pause()
            return
        self.explain()

    def _sync_samples(self) -> None:
        dataset = self.window.dataset
        count = len(dataset.X_train) if dataset is not None else 1
        self.sample.blockSignals(True)
        self.sample.setMaximum(max(1, count))
        picked = training_row_for_point(dataset, self.window.picked_point)
        self.row = min(picked if picked is not None else self.row, max(0, count - 1))
        self.sample.setValue(self.row + 1)
        self.sample.blockSignals(False)

    def explain(self, keep_stage: bool = False, snapshot=None) -> bool:
        """Explain one step of the current network (``snapshot``'s, default the window's latest) on sample
        :attr:`row`; False when there is no network."""
        window = self.window
        network = live_twin(window, snapshot)
        if network is None:
            self.step = None
            self.status.setText(tr("No trained network to explain yet: wait for the run to load."))
            self.overlay.clear(GROUP)
            self._enable()
            return False
        dataset, training = window.dataset, window.spec.training
        self.step = explain_step(network, dataset.X_train[self.row], dataset.Y_train[self.row],
                                 training.learning_rate, training.optimizer)
        self.sample_text.setText(sample_summary(dataset, self.row))
        self.index = min(self.index, len(self.step.stages) - 1) if keep_stage else 0
        if not keep_stage:
            self.status.setText(tr("Training is paused. Next ▶ walks through the step; the canvas shows the "
                                   "numbers."))
        self.show_stage()
        return True

    # -- snapshots ----------------------------------------------------------------------------------------
    def on_snapshot(self, snapshot) -> None:
        """Finish a pending pause or apply once the worker's snapshot has arrived."""
        if self.waiting == "explain" and self.window.controller.state != "running":
            self.waiting = None
            self.explain(snapshot=snapshot)
        elif self.waiting == "apply":
            self.waiting = None
            self._check_applied(snapshot)
        elif self.step is not None and not self.waiting and not self._still_current(snapshot):
            self.status.setText(tr("The network has changed since this step was explained: press Explain again "
                                   "(Teach menu) to follow the new weights."))
            self.apply_button.setEnabled(False)

    def _still_current(self, snapshot) -> bool:
        update = self.step.update
        return same_parameters(snapshot.weights, snapshot.biases, update.old_weights, update.old_biases)

    # -- navigation ---------------------------------------------------------------------------------------
    def go(self, delta: int) -> None:
        """Show the stage ``delta`` away (clamped)."""
        if self.step is None:
            return
        self.index = max(0, min(len(self.step.stages) - 1, self.index + delta))
        self.show_stage()

    def show_stage(self) -> None:
        """Title, formulas, neuron picker and canvas numbers of the current stage."""
        step, stage = self.step, self.step.stages[self.index]
        self.title.setText(tr("{k} of {n} · {title}").format(k=self.index + 1, n=len(step.stages),
                                                              title=text.stage_title(stage)))
        self.what.setText(tr(WHAT_HAPPENS[stage.kind]))
        self._fill_neurons(stage)
        self.formulas.setHtml(self._formulas(stage))
        draw_stage(self.overlay, step, self.index, self.selected)
        self._enable()

    def _stage_layer(self, stage) -> int | None:
        return stage.layer if stage.kind in ("forward", "backward") else None

    def _fill_neurons(self, stage) -> None:
        layer = self._stage_layer(stage)
        self.neuron.clear()
        visible = stage.kind != "loss"
        self.neuron.setVisible(visible)
        self.neuron_label.setVisible(visible)
        if not visible:
            return
        layers = [layer] if layer is not None else range(len(self.step.forward))
        for l in layers:
            for j in range(len(self.step.forward[l].neurons)):
                self.neuron.addItem(self._neuron_name(l, j), (l, j))
        if layer is not None and self.selected[0] != layer:
            self.selected = (layer, 0)
        items = [tuple(self.neuron.itemData(k)) for k in range(self.neuron.count())]
        self.neuron.setCurrentIndex(items.index(self.selected) if self.selected in items else 0)
        self.selected = self.neuron.currentData()

    def _neuron_name(self, layer: int, j: int) -> str:
        last = layer == len(self.step.forward) - 1
        where = tr("output") if last else tr("hidden layer {n}").format(n=layer + 1)
        return tr("{where}, neuron {j}").format(where=where, j=j + 1)

    def _formulas(self, stage) -> str:
        step, (layer, j) = self.step, self.selected
        l1, l2 = step.loss.l1, step.loss.l2
        if stage.kind == "forward":
            main = text.forward_formula(step.forward_neuron(layer, j), "html")
            rest = text.forward_stage_text(stage, "html")
        elif stage.kind == "loss":
            main, rest = text.loss_stage_text(stage, "html"), ""
        elif stage.kind == "backward":
            main = text.chain_rule_text(step.backward_neuron(layer, j), stage.rule, l1, l2, "html")
            rest = "<br/>".join(text.delta_formula(nr, stage.rule, "html") for nr in stage.neurons)
        else:
            fan_in = stage.old_weights[layer].shape[0]
            lines = [text.update_formula(stage, layer, i, j, "html") for i in range(fan_in)]
            main = "<br/>".join(lines + [text.update_formula(stage, layer, None, j, "html")])
            rest = text.update_stage_text(stage, "html") if sum(w.size for w in stage.old_weights) <= 40 else ""
            rest += f"<br/><i>{step.note}</i>" if step.note else ""
        heading = self._neuron_name(layer, j) if stage.kind != "loss" else ""
        html = f"<p><b>{heading}</b></p><p style='font-size:large'>{main}</p>" if heading else f"<p>{main}</p>"
        if rest:
            html += f"<hr/><p style='color:{theme.MUTED}'>{rest}</p>"
        return html

    def _enable(self) -> None:
        ready = self.step is not None
        self.back.setEnabled(ready and self.index > 0)
        self.next.setEnabled(ready and self.index < len(self.step.stages) - 1)
        last = ready and self.step.stages[self.index].kind == "update"
        self.apply_button.setEnabled(bool(last) and self.waiting is None)

    # -- choices ------------------------------------------------------------------------------------------
    def _on_sample(self, value: int) -> None:
        self.row = value - 1
        if self.step is not None:
            self.explain(keep_stage=True)

    def _on_point_picked(self, point) -> None:
        if not self.isVisible() or point is None:
            return
        row = training_row_for_point(self.window.dataset, point)
        if row is None:
            self.status.setText(tr("That is a test point: a training step learns from training samples only."))
            return
        self.sample.setValue(row + 1)

    def _on_neuron_chosen(self, _index: int) -> None:
        self.select_neuron(*self.neuron.currentData())

    def select_neuron(self, layer: int, j: int) -> None:
        """Write out the formulas of neuron ``j`` of weight layer ``layer`` (and ring it on the canvas)."""
        self.selected = (layer, j)
        if self.step is not None:
            self.show_stage()

    def _on_canvas_selection(self, selection) -> None:
        if self.step is None or selection is None or selection.kind not in ("neuron", "link"):
            return
        layer = selection.weight_layer
        stage = self.step.stages[self.index]
        if 0 <= layer < len(self.step.forward) and self._stage_layer(stage) in (None, layer):
            self.select_neuron(layer, selection.index)

    # -- applying -----------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Send the explained new weights to the live network (if it still has the explained old ones)."""
        if self.step is None or self.window.controller.state == "running":
            self.status.setText(tr("Pause training first: the step was explained for the paused network."))
            return
        update = self.step.update
        self._applied = self.step
        self.waiting = "apply"
        self._enable()
        self.window.controller.set_parameters(update.new_weights, update.new_biases,
                                              expected=(update.old_weights, update.old_biases))

    def _check_applied(self, snapshot) -> None:
        step, self._applied = self._applied, None
        update = step.update
        if same_parameters(snapshot.weights, snapshot.biases, update.new_weights, update.new_biases):
            before = step.loss.loss
            self.explain(snapshot=snapshot)
            self.status.setText(tr("Applied: the live network took this step. Loss on this sample {a} → {b} "
                                   "(explained again from the new weights).").format(a=fmt(before),
                                                                                      b=fmt(self.step.loss.loss)))
        else:
            self.explain(snapshot=snapshot)
            self.status.setText(tr("Not applied: the network had changed meanwhile. Explained again from its "
                                   "current weights."))

    def end(self) -> None:
        """Forget the explanation and clear the canvas numbers (the dock was closed)."""
        self.step = None
        self.waiting = None
        self.overlay.clear(GROUP)
        self.formulas.clear()
        self.status.setText(tr(EMPTY))
        self._enable()
