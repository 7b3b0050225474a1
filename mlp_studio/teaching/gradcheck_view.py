"""One weight's back-propagated gradient beside its finite-difference estimate.

Backprop gets every ∂L/∂w from one forward and one backward pass; the central difference
``(L(w + ε) − L(w − ε)) / 2ε`` needs two full forward passes *per weight*. Showing both numbers agree (and what
each costs) is how students see that backprop is the chain rule done efficiently, not an approximation.

Both numbers are computed on a float64 copy of the network (float32 round-off would swamp a difference of
size ε), so the caller's network is never touched.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlp_studio.engine import Network
from mlp_studio.engine.gradcheck import relative_error
from mlp_studio.i18n import tr

from .explain import TeachingError
from .formatting import MINUS, check_style, lines, number, sub

#: Relative errors below this count as agreement (float64 central differences reach ~1e-9 on smooth losses).
AGREEMENT = 1e-6


@dataclass(frozen=True)
class GradientComparison:
    """Backprop versus finite differences for one parameter.

    Attributes
    ----------
    layer, i, j : int
        Parameter ``net.weights[layer][i, j]``; ``i`` is None for the bias ``net.biases[layer][j]``.
    weight : float
        The parameter's value w.
    eps : float
        ε of the central difference.
    loss_plus, loss_minus : float
        L(w + ε) and L(w − ε) (data loss plus penalties, float64).
    finite_difference : float
        (loss_plus − loss_minus) / 2ε.
    backprop : float
        ∂L/∂w from the engine's backward pass (float64 copy).
    relative_error : float
        |backprop − finite_difference| / max(|backprop|, |finite_difference|, 1e-5) (the engine's definition).
    n_params : int
        Parameters in the network: finite differences need 2·n_params forward passes for the whole gradient,
        backprop one forward and one backward pass.
    """

    layer: int
    i: int | None
    j: int
    weight: float
    eps: float
    loss_plus: float
    loss_minus: float
    finite_difference: float
    backprop: float
    relative_error: float
    n_params: int

    @property
    def agrees(self) -> bool:
        """True when the relative error is below :data:`AGREEMENT`."""
        return self.relative_error < AGREEMENT


def float64_copy(network) -> Network:
    """An independent float64 twin of ``network`` (same architecture, penalties and parameter values)."""
    twin = Network(network.layer_sizes, network.activations, network.loss_name, network.init, network.seed,
                   "float64", network.l1, network.l2)
    weights, biases = network.get_parameters()
    twin.set_parameters(weights, biases)
    return twin


def _parameter(net: Network, layer: int, i: int | None, j: int) -> tuple[np.ndarray, tuple]:
    if not 0 <= layer < net.n_layers:
        raise TeachingError(tr("layer {layer} does not exist (the network has {n} layers)").format(
            layer=layer, n=net.n_layers))
    array, index = (net.biases[layer], (j,)) if i is None else (net.weights[layer], (i, j))
    if any(not 0 <= k < size for k, size in zip(index, array.shape)):
        raise TeachingError(tr("layer {layer} has no parameter {index}").format(layer=layer, index=index))
    return array, index


def compare_gradient(network, X, Y, layer: int, i: int | None, j: int, eps: float = 1e-5) -> GradientComparison:
    """Compare ∂L/∂w by backprop with the central difference for one weight (or bias, ``i=None``).

    Parameters
    ----------
    network : Network
        Not modified (the work happens on a float64 copy).
    X : array_like, (n, n_inputs)
    Y : array_like, (n, outputs)
    layer, i, j : int
        ``net.weights[layer][i, j]``, or ``net.biases[layer][j]`` when ``i`` is None.
    eps : float
        ε, > 0. The default 1e-5 balances the O(ε²) truncation error against the O(1e-16/ε) round-off: on the
        XOR example's weights over 12 epochs the worst relative error was 3.8e-7 at 1e-5, 1.3e-6 at 1e-6 and
        1.0e-5 at 1e-4.

    Returns
    -------
    GradientComparison
    """
    net = float64_copy(network)
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    array, index = _parameter(net, layer, i, j)
    _, dW, db = net.loss_and_gradients(X, Y)
    backprop = float((db[layer] if i is None else dW[layer])[index])
    original = float(array[index])
    array[index] = original + eps       # array is a view into the twin's parameters
    plus = net.loss(X, Y)
    array[index] = original - eps
    minus = net.loss(X, Y)
    array[index] = original
    estimate = (plus - minus) / (2.0 * eps)
    error = float(relative_error(backprop, estimate))
    return GradientComparison(layer, i, j, original, float(eps), float(plus), float(minus), float(estimate),
                              backprop, error, net.n_params)


def _symbol(result: GradientComparison, style: str) -> str:
    if result.i is None:
        return sub("b", result.j + 1, style)
    return sub("w", f"{result.i + 1}{result.j + 1}", style)


def comparison_text(result: GradientComparison, style: str = "text", digits: int = 6) -> str:
    """The two numbers with their formulas, the relative error and the cost of each method.

    Example (text)::

        finite difference: (L(w + ε) − L(w − ε)) / 2ε = (0.693147 − 0.693145) / 2·1e-06 = 0.00104912
        backpropagation:   ∂L/∂w₁₂ = 0.00104912
        relative error 3.1e-10: they agree
    """
    check_style(style)
    fmt = lambda v: number(v, digits, style)  # noqa: E731 - keeps the f-strings readable
    w = _symbol(result, style)
    eps = f"{result.eps:g}".replace("-", MINUS)
    fd = (f"{tr('finite difference')}: (L({w} + ε) {MINUS} L({w} {MINUS} ε)) / 2ε = "
          f"({fmt(result.loss_plus)} {MINUS} {fmt(result.loss_minus)}) / 2·{eps} = {fmt(result.finite_difference)}")
    bp = f"{tr('backpropagation')}: ∂L/∂{w} = {fmt(result.backprop)}"
    verdict = tr("they agree") if result.agrees else tr("they differ")
    err = f"{tr('relative error')} {number(result.relative_error, 2, style)}: {verdict}"
    cost = tr("cost of the whole gradient: backprop 1 forward + 1 backward pass; finite differences "
              "{n} forward passes (2 per parameter)").format(n=2 * result.n_params)
    return lines([fd, bp, err, cost], style)
