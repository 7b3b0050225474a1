"""Rich-text formulas for the inspector: a neuron's ``y = f(Σ wᵢxᵢ + b)`` with its numbers (Qt-free strings)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.model.inspect import NeuronTerms
from mlp_studio.ui import theme

MAX_TERMS = 8
NAMES = {"leaky_relu": "leaky ReLU", "relu": "ReLU", "tanh": "tanh", "sigmoid": "σ", "linear": "linear",
         "softmax": "softmax"}


def _signed(value: float, first: bool = False) -> str:
    color = theme.BLUE if value >= 0 else theme.ORANGE
    sign = "−" if value < 0 else ("" if first else "+")
    gap = "" if first else " "
    return f"{gap}{sign}{gap if not first else ''}<b style='color:{color}'>{abs(value):.3f}</b>"


def _terms(weights: np.ndarray, names: Sequence[str], values: Sequence[float] | None = None) -> str:
    parts = []
    for i, w in enumerate(weights[:MAX_TERMS]):
        x = names[i] if values is None else f"({values[i]:+.3f})"
        parts.append(f"{_signed(float(w), first=i == 0)}·{x}")
    more = len(weights) - MAX_TERMS
    if more > 0:
        parts.append(" + … " + tr("({n} more terms)").format(n=more))
    return "".join(parts)


def neuron_formula(terms: NeuronTerms, input_names: Sequence[str], symbol: str = "a") -> str:
    """``a = f(Σ wᵢxᵢ + b)`` written out with the neuron's weights, bias and activation."""
    f = NAMES.get(terms.activation, terms.activation)
    body = _terms(terms.weights, input_names) + _signed(terms.bias)
    n = len(terms.weights)
    count = tr("1 input") if n == 1 else tr("{n} inputs").format(n=n)
    return (f"<p style='font-size:11pt'>{symbol} = f(Σ w<sub>i</sub>x<sub>i</sub> + b)</p>"
            f"<p style='font-family:monospace'>{symbol} = {f}( {body} )</p>"
            f"<p style='color:{theme.MUTED}'>f = {f} · b = {terms.bias:+.3f} · {count}</p>")


def point_numbers(terms: NeuronTerms, inputs: np.ndarray, z: float, a: float, input_names: Sequence[str],
                  symbol: str = "a") -> str:
    """The neuron's actual computation for one data point: its inputs, ``z`` and ``a``."""
    f = NAMES.get(terms.activation, terms.activation)
    shown = ", ".join(f"{name} = {value:+.3f}" for name, value in list(zip(input_names, inputs))[:MAX_TERMS])
    body = _terms(terms.weights, input_names, inputs) + _signed(terms.bias)
    return (f"<p><b>{tr('For the selected point')}</b><br>{shown}</p>"
            f"<p style='font-family:monospace'>z = {body}<br>&nbsp;&nbsp;= <b>{z:+.4f}</b></p>"
            f"<p style='font-family:monospace'>{symbol} = {f}(z) = <b>{a:+.4f}</b></p>")

