"""What the explained step draws on the NETWORK canvas at each stage (numbers on neurons and links).

Forward: the layer's inputs carry their values, its neurons ``z`` and ``a``, the selected neuron's incoming
links are drawn thick. Loss: prediction, target and loss under the output. Backward: every neuron of the layer
carries its δ, the selected neuron's incoming links their ∂L/∂w. Update: the selected neuron's incoming weights
and bias as ``old → new``. Canvas columns: 0 = inputs, ``layer + 1`` = the output of weight layer ``layer``.
"""

from __future__ import annotations

from mlp_studio.i18n import tr
from mlp_studio.teaching.formatting import number
from mlp_studio.ui import theme

GROUP = "explain"


def fmt(value: float) -> str:
    """Three significant digits with a real minus sign (the formulas' format)."""
    return number(value, 3)


def draw_stage(overlay, step, index: int, neuron: tuple[int, int]) -> None:
    """Redraw the ``explain`` group for ``step.stages[index]``; ``neuron`` is the selected (layer, index)."""
    overlay.clear(GROUP)
    stage = step.stages[index]
    draw = {"forward": _forward, "loss": _loss, "backward": _backward, "update": _update}[stage.kind]
    draw(overlay, step, stage, neuron)


def _inputs(overlay, stage, layer: int) -> None:
    symbol = "x" if layer == 0 else "a"
    for i, value in enumerate(stage.inputs):
        overlay.tag_neuron(GROUP, layer, i, f"{symbol}{_sub(i + 1)} = {fmt(value)}")


def _sub(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _focus(overlay, layer: int, j: int, fan_in: int) -> None:
    overlay.ring(GROUP, layer + 1, j)
    for i in range(fan_in):
        overlay.highlight_link(GROUP, layer, i, j)


def _forward(overlay, step, stage, neuron) -> None:
    layer = stage.layer
    _inputs(overlay, stage, layer)
    j = neuron[1] if neuron[0] == layer else 0
    _focus(overlay, layer, j, len(stage.inputs))
    for k, record in enumerate(stage.neurons):
        overlay.tag_neuron(GROUP, layer + 1, k, f"z = {fmt(record.z)}\na = {fmt(record.a)}", bold=k == j)


def _loss(overlay, step, stage, neuron) -> None:
    last = len(step.forward)
    for k, (p, y) in enumerate(zip(stage.prediction, stage.target)):
        overlay.tag_neuron(GROUP, last, k, f"ŷ = {fmt(p)}\ny = {fmt(y)}")
        overlay.ring(GROUP, last, k)
    overlay.tag_neuron(GROUP, last, 0, f"{tr('loss')} L = {fmt(stage.loss)}", side="above", bold=True)


def _backward(overlay, step, stage, neuron) -> None:
    layer = stage.layer
    j = neuron[1] if neuron[0] == layer else 0
    if layer + 1 < len(step.forward):   # the δs this layer's came from, for the chain rule
        above = step.backward_neuron
        for k in range(len(step.forward[layer + 1].neurons)):
            overlay.tag_neuron(GROUP, layer + 2, k, f"δ = {fmt(above(layer + 1, k).delta)}", color=theme.MUTED)
    _focus(overlay, layer, j, len(stage.neurons[0].inputs))
    for k, record in enumerate(stage.neurons):
        overlay.tag_neuron(GROUP, layer + 1, k, f"δ = {fmt(record.delta)}", bold=k == j)
    record = stage.neurons[j]
    for i, gradient in enumerate(record.weight_gradients):
        overlay.tag_link(GROUP, layer, i, j, f"∂L/∂w = {fmt(gradient)}")


def _update(overlay, step, stage, neuron) -> None:
    layer, j = neuron
    old, new = stage.old_weights[layer], stage.new_weights[layer]
    _focus(overlay, layer, j, old.shape[0])
    for i in range(old.shape[0]):
        overlay.tag_link(GROUP, layer, i, j, f"{fmt(old[i, j])} → {fmt(new[i, j])}")
    overlay.tag_neuron(GROUP, layer + 1, j, f"b: {fmt(stage.old_biases[layer][j])} → "
                                            f"{fmt(stage.new_biases[layer][j])}", bold=True)
