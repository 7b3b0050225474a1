"""Formulas with numbers for an :class:`~mlp_studio.teaching.explain.ExplainedStep`, as text or Qt rich text.

Each function takes ``style="text"`` or ``"html"`` and ``digits`` (significant digits shown). Examples (text)::

    z = w₁·x₁ + w₂·x₂ + b = (0.520)(1.00) + (−0.310)(0) + 0.100 = 0.620
    a = tanh(z) = tanh(0.620) = 0.551
    δ₁ = f′(z₁) · Σₖ w₁ₖ δₖ = (0.696)·[(0.300)(0.100)] = 0.0209
    ∂L/∂w₁₁ = a₁ · δ₁ = (1.00)(0.0209) = 0.0209
    w ← w − α·∂L/∂w = 0.520 − (0.100)(0.0209) = 0.518

Neurons and inputs are numbered from 1 in the text (as in the tutorial); the records are 0-based.
"""

from __future__ import annotations

from mlp_studio.i18n import tr

from .explain import (RULE_ELEMENTWISE, RULE_JACOBIAN, RULE_LOGITS, BackwardNeuron, BackwardStage,
                      ExplainedStep, ForwardNeuron, ForwardStage, LossStage, UpdateStage)
from .formatting import MINUS, check_style, escape, lines, number, paren, signed_terms, sub, sup

#: f′ per activation: (written in a and z, with the numbers put in); ``{a}``/``{z}`` are formatted numbers.
_DERIVATIVE_FORMS = {
    "sigmoid": ("a·(1 − a)", "{a}·(1 − {a})"),
    "tanh": ("1 − a²", "1 − {a}²"),
    "relu": ("1 if z > 0, else 0", "z = {z}"),
    "leaky_relu": ("1 if z > 0, else 0.01", "z = {z}"),
    "linear": ("1", "1"),
}


def _derivative_line(neuron: BackwardNeuron, style: str, digits: int) -> str:
    j = neuron.index + 1
    symbolic, values = _DERIVATIVE_FORMS.get(neuron.activation, ("f′(z)", "f′({z})"))
    values = values.format(a=paren(neuron.a, digits, style), z=number(neuron.z, digits, style))
    if style == "html":
        values = values.replace("²", "<sup>2</sup>")
    return (f"f′({sub('z', j, style)}) = {escape(tr(symbolic), style)} = {escape(values, 'text')}"
            f" = {number(neuron.derivative, digits, style)}").replace("−", MINUS)


def _input_symbol(layer: int) -> str:
    return "x" if layer == 0 else "a"


def forward_formula(neuron: ForwardNeuron, style: str = "text", digits: int = 3) -> str:
    """``z = w₁·x₁ + … + b = (w)(x) + … + b = z`` then ``a = f(z) = …`` on a second line."""
    check_style(style)
    symbol = _input_symbol(neuron.layer)
    n = len(neuron.weights)
    symbols = signed_terms([f"{sub('w', i + 1, style)}·{sub(symbol, i + 1, style)}" for i in range(n)] + ["b"])
    values = signed_terms([paren(w, digits, style) + paren(x, digits, style)
                           for w, x in zip(neuron.weights, neuron.inputs)] + [number(neuron.bias, digits, style)])
    z_line = f"z = {symbols} = {values} = {number(neuron.z, digits, style)}"
    name = escape(neuron.activation, style)
    if neuron.activation == "softmax":   # couples the layer: a depends on every output's z
        e = "e<sup>z</sup> / Σ<sub>k</sub> e<sup>z<sub>k</sub></sup>" if style == "html" else "e^z / Σₖ e^zₖ"
        a_line = f"a = {e} " + escape(tr("(over all outputs)"), style) + f" = {number(neuron.a, digits, style)}"
    else:
        a_line = f"a = {name}(z) = {name}({number(neuron.z, digits, style)}) = {number(neuron.a, digits, style)}"
    return lines([z_line, a_line], style)


def forward_stage_text(stage: ForwardStage, style: str = "text", digits: int = 3) -> str:
    """Every neuron of a forward stage, under a heading."""
    heading = tr("Forward, layer {n} ({act})").format(n=stage.layer + 1, act=stage.activation)
    body = [lines([f"{tr('Neuron')} {j + 1}:", forward_formula(nr, style, digits)], style)
            for j, nr in enumerate(stage.neurons)]
    return lines([_heading(heading, style), *body], style)


def _loss_symbolic(stage: LossStage, style: str) -> str:
    y_hat, y = sub("ŷ", "k", style), sub("y", "k", style)
    sigma = "Σₖ" if style == "text" else "Σ<sub>k</sub>"
    if stage.loss_name == "mse":
        return f"L = (1/m)·{sigma} ({y_hat} {MINUS} {y}){sup('', 2, style)}"
    if stage.loss_name == "binary_crossentropy":
        return f"L = {MINUS}{sigma} [{y}·ln {y_hat} + (1 {MINUS} {y})·ln(1 {MINUS} {y_hat})]"
    return f"L = {MINUS}{sigma} {y}·ln {y_hat}"


def _loss_terms(stage: LossStage, style: str, digits: int) -> str:
    pairs = list(zip(stage.prediction, stage.target))
    fmt = lambda v: number(v, digits, style)  # noqa: E731 - a local shorthand keeps the f-strings readable
    if stage.loss_name == "mse":
        square = "²" if style == "text" else "<sup>2</sup>"
        terms = " + ".join(f"({fmt(p)} − {fmt(t)}){square}" for p, t in pairs)
        return f"(1/{len(pairs)})·[{terms}]"
    if stage.loss_name == "binary_crossentropy":
        terms = " + ".join(f"{fmt(t)}·ln {fmt(p)} + (1 − {fmt(t)})·ln(1 − {fmt(p)})" for p, t in pairs)
        return f"{MINUS}[{terms}]"
    return f"{MINUS}[" + " + ".join(f"{fmt(t)}·ln {fmt(p)}" for p, t in pairs) + "]"


def loss_formula(stage: LossStage, style: str = "text", digits: int = 3) -> str:
    """The loss formula, the numbers put in, and the penalty terms when l1/l2 > 0.

    MSE is the mean over outputs of (ŷ − y)² (no ½, as in the engine); cross-entropies are sums over outputs.
    """
    check_style(style)
    text = _loss_symbolic(stage, style)
    text += f" = {_loss_terms(stage, style, digits)} = {number(stage.data_loss, digits, style)}"
    parts = [text]
    if stage.l1 or stage.l2:
        penalty = []
        if stage.l2:
            penalty.append(f"({sub('λ', 2, style)}/2)·Σ{sup('w', 2, style)}")
        if stage.l1:
            penalty.append(f"{sub('λ', 1, style)}·Σ|w|")
        parts.append(tr("with regularisation") + f": L = {number(stage.data_loss, digits, style)} + "
                     f"{' + '.join(penalty)} = {number(stage.data_loss, digits, style)} + "
                     f"{number(stage.penalty, digits, style)} = {number(stage.loss, digits, style)}")
    return lines(parts, style)


def loss_stage_text(stage: LossStage, style: str = "text", digits: int = 3) -> str:
    """Heading plus :func:`loss_formula`."""
    heading = tr("Loss ({name})").format(name=stage.loss_name)
    return lines([_heading(heading, style), loss_formula(stage, style, digits)], style)


def delta_formula(neuron: BackwardNeuron, rule: str, style: str = "text", digits: int = 3) -> str:
    """δⱼ for one neuron, written as the chain rule with its numbers."""
    check_style(style)
    fmt = lambda v: number(v, digits, style)  # noqa: E731
    j = neuron.index + 1
    delta = sub("δ", j, style)
    if rule == RULE_LOGITS:
        y_hat, y = sub("ŷ", j, style), sub("y", j, style)
        return (f"{delta} = {y_hat} − {y} = {fmt(neuron.a)} − {fmt(neuron.target)} = {fmt(neuron.delta)}  "
                + escape(tr("(the loss is computed from the logits, so f′ cancels)"), style)).replace("−", MINUS)
    if rule == RULE_JACOBIAN:
        return tr("{d} = Σₖ (∂ŷₖ/∂z) · ∂L/∂ŷₖ (softmax couples the outputs) = {v}").format(
            d=delta, v=fmt(neuron.delta))
    derivative = f"f′({sub('z', j, style)})"
    f_line = _derivative_line(neuron, style, digits)
    if rule == RULE_ELEMENTWISE:
        first = [f_line]
        if neuron.target is not None and neuron.output_count:
            y_hat, y = sub("ŷ", j, style), sub("y", j, style)
            first.insert(0, f"∂L/∂{y_hat} = (2/m)·({y_hat} {MINUS} {y}) = (2/{neuron.output_count})·"
                            f"({fmt(neuron.a)} {MINUS} {fmt(neuron.target)}) = {fmt(neuron.upstream)}")
        return lines([*first, f"{delta} = ∂L/∂{sub('ŷ', j, style)} · {derivative} = ({fmt(neuron.upstream)})·"
                      f"({fmt(neuron.derivative)}) = {fmt(neuron.delta)}"], style)
    k = "ₖ" if style == "text" else "<sub>k</sub>"
    products = " + ".join(paren(w, digits, style) + paren(d, digits, style)
                          for w, d in zip(neuron.downstream_weights, neuron.downstream_deltas))
    chain = (f"{delta} = {derivative} · Σ{k} {sub('w', f'{j}k', style)} δ{k}"
             f" = ({fmt(neuron.derivative)})·[{products}]"
             f" = ({fmt(neuron.derivative)})·({fmt(neuron.upstream)}) = {fmt(neuron.delta)}")
    return lines([f_line, chain], style)


def gradient_formula(neuron: BackwardNeuron, i: int, l1: float = 0.0, l2: float = 0.0, style: str = "text",
                     digits: int = 3) -> str:
    """∂L/∂wᵢⱼ = aᵢ·δⱼ (+ λ₂·wᵢⱼ + λ₁·sign(wᵢⱼ)) for incoming link ``i`` (0-based) of
    ``neuron``."""
    check_style(style)
    fmt = lambda v: number(v, digits, style)  # noqa: E731
    j, symbol = neuron.index + 1, _input_symbol(neuron.layer)
    name = f"∂L/∂{sub('w', f'{i + 1}{j}', style)}"
    symbolic = f"{sub(symbol, i + 1, style)} · {sub('δ', j, style)}"
    values = f"{paren(neuron.inputs[i], digits, style)}{paren(neuron.delta, digits, style)}"
    w = neuron.weights[i]
    if l2:
        symbolic += f" + {sub('λ', 2, style)}·{sub('w', f'{i + 1}{j}', style)}"
        values += f" + ({fmt(l2)})({fmt(w)})"
    if l1:
        symbolic += f" + {sub('λ', 1, style)}·sign({sub('w', f'{i + 1}{j}', style)})"
        values += f" + ({fmt(l1)})({fmt((w > 0) - (w < 0))})"
    return f"{name} = {symbolic} = {values} = {fmt(neuron.weight_gradients[i])}"


def bias_gradient_formula(neuron: BackwardNeuron, style: str = "text", digits: int = 3) -> str:
    """∂L/∂bⱼ = δⱼ."""
    j = neuron.index + 1
    return f"∂L/∂{sub('b', j, style)} = {sub('δ', j, style)} = {number(neuron.bias_gradient, digits, style)}"


def chain_rule_text(neuron: BackwardNeuron, rule: str, l1: float = 0.0, l2: float = 0.0, style: str = "text",
                    digits: int = 3) -> str:
    """Everything the backward pass does for one (selected) neuron: δ, every incoming ∂L/∂w, and ∂L/∂b."""
    parts = [delta_formula(neuron, rule, style, digits)]
    parts += [gradient_formula(neuron, i, l1, l2, style, digits) for i in range(len(neuron.inputs))]
    parts.append(bias_gradient_formula(neuron, style, digits))
    return lines(parts, style)


def backward_stage_text(stage: BackwardStage, l1: float = 0.0, l2: float = 0.0, style: str = "text",
                        digits: int = 3) -> str:
    """Heading plus :func:`chain_rule_text` for every neuron of the layer."""
    heading = tr("Backward, layer {n} ({act})").format(n=stage.layer + 1, act=stage.activation)
    body = [chain_rule_text(nr, stage.rule, l1, l2, style, digits) for nr in stage.neurons]
    return lines([_heading(heading, style), *body], style)


def update_formula(update: UpdateStage, layer: int, i: int | None, j: int, style: str = "text",
                   digits: int = 3) -> str:
    """``w ← w − α·∂L/∂w = old − (α)(grad) = new`` for weight ``(i, j)`` of ``layer``, or the bias
    if ``i`` is None."""
    check_style(style)
    if i is None:
        old, grad, new, symbol = (update.old_biases[layer][j], update.bias_gradients[layer][j],
                                  update.new_biases[layer][j], sub("b", j + 1, style))
    else:
        old, grad, new, symbol = (update.old_weights[layer][i, j], update.weight_gradients[layer][i, j],
                                  update.new_weights[layer][i, j], sub("w", f"{i + 1}{j + 1}", style))
    fmt = lambda v: number(v, digits, style)  # noqa: E731
    return (f"{symbol} ← {symbol} {MINUS} α·∂L/∂{symbol} = {fmt(old)} {MINUS} "
            f"({fmt(update.learning_rate)})({fmt(grad)}) = {fmt(new)}")


def update_stage_text(update: UpdateStage, style: str = "text", digits: int = 3) -> str:
    """Heading plus :func:`update_formula` for every weight and bias, layer by layer."""
    parts = [_heading(tr("Update (learning rate α = {lr})").format(lr=number(update.learning_rate, digits, style)),
                      style)]
    for layer, W in enumerate(update.old_weights):
        parts.append(tr("Layer {n}").format(n=layer + 1))
        parts += [update_formula(update, layer, i, j, style, digits) for i in range(W.shape[0])
                  for j in range(W.shape[1])]
        parts += [update_formula(update, layer, None, j, style, digits) for j in range(W.shape[1])]
    return lines(parts, style)


def stage_text(step: ExplainedStep, index: int, style: str = "text", digits: int = 3) -> str:
    """The full text of ``step.stages[index]`` (what a Next/Back panel shows)."""
    stage = step.stages[index]
    l1, l2 = step.loss.l1, step.loss.l2
    if stage.kind == "forward":
        return forward_stage_text(stage, style, digits)
    if stage.kind == "loss":
        return loss_stage_text(stage, style, digits)
    if stage.kind == "backward":
        return backward_stage_text(stage, l1, l2, style, digits)
    text = update_stage_text(stage, style, digits)
    return lines([text, escape(step.note, style)], style) if step.note else text


def stage_title(stage) -> str:
    """A short title for a stage, for a step list or the Next/Back header."""
    if stage.kind == "forward":
        return tr("Forward: layer {n}").format(n=stage.layer + 1)
    if stage.kind == "backward":
        return tr("Backward: layer {n}").format(n=stage.layer + 1)
    return tr("Loss") if stage.kind == "loss" else tr("Update")


def _heading(text: str, style: str) -> str:
    return f"<b>{escape(text, style)}</b>" if style == "html" else text
