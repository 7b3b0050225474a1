"""One training step on one sample, explained neuron by neuron with the engine's own numbers.

:func:`explain_step` runs the engine's :meth:`Network.forward` and :meth:`Network.backward` on a single sample
and copies every intermediate value into frozen records a view can walk through with Next/Back:

``stages`` = forward (layer 0, 1, ...), loss, backward (output layer first), update.

Nothing is recomputed by hand where the engine has a number: z, a, δ, ∂L/∂w and ∂L/∂b are the engine's, and
the new weights come from the engine's own ``SGD(learning_rate).step`` applied to a copy of the network, so
:func:`apply_explained_step` changes the network exactly as one plain SGD step on that sample would.
The few display-only intermediates (f′(z), Σₖ wⱼₖ δₖ, aᵢ·δⱼ) are computed with the same NumPy
operations the engine uses, so they multiply out to the engine's values.

Layers are 0-based indices into ``net.weights``: layer ``l`` maps ``a[l]`` (``a[0]`` = x) to ``a[l + 1]``.
Text renderers live in :mod:`mlp_studio.teaching.explain_text`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlp_studio.engine import ACTIVATIONS, SGD
from mlp_studio.errors import MlpStudioError
from mlp_studio.i18n import tr
from mlp_studio.model.snapshot import read_only

#: Output rules: how the output layer's δ is obtained from the loss (see :class:`BackwardStage`).
RULE_HIDDEN, RULE_LOGITS, RULE_ELEMENTWISE, RULE_JACOBIAN = "hidden", "logits", "elementwise", "jacobian"


class TeachingError(MlpStudioError):
    """A teaching view was asked for something that does not fit the network (e.g. it changed meanwhile)."""


@dataclass(frozen=True)
class ForwardNeuron:
    """One neuron's forward computation: ``z = Σᵢ wᵢ·inputᵢ + b`` and ``a = f(z)`` (engine values)."""

    layer: int
    index: int
    activation: str
    inputs: tuple[float, ...]     # a[layer] of the sample, (fan_in,)
    weights: tuple[float, ...]    # W[layer][:, index], (fan_in,)
    bias: float
    z: float
    a: float


@dataclass(frozen=True)
class ForwardStage:
    """Forward pass through one dense layer. Arrays are read-only: inputs (fan_in,), z and a (units,)."""

    layer: int
    activation: str
    inputs: np.ndarray
    z: np.ndarray
    a: np.ndarray
    neurons: tuple[ForwardNeuron, ...]
    kind: str = "forward"


@dataclass(frozen=True)
class LossStage:
    """The loss of the sample: ``loss = data_loss + penalty`` (``loss`` is the engine's backward loss).

    ``prediction`` and ``target`` are read-only (outputs,) arrays; ``penalty`` is
    ``l1·Σ|W| + (l2/2)·ΣW²`` over all weights (0 without regularisation).
    """

    loss_name: str
    output_activation: str
    prediction: np.ndarray
    target: np.ndarray
    data_loss: float
    penalty: float
    loss: float
    l1: float
    l2: float
    kind: str = "loss"


@dataclass(frozen=True)
class BackwardNeuron:
    """One neuron's backward computation (engine values unless noted).

    Attributes
    ----------
    derivative : float or None
        f′(z) (display value, same NumPy operation as the engine's backprop); None when the output δ is
        taken straight from the logits (BCE + sigmoid, CCE + softmax) or softmax's Jacobian couples units.
    upstream : float
        What f′(z) multiplies: Σₖ wⱼₖ δₖ for a hidden neuron, ∂L/∂ŷ for an output neuron
        (ŷ − y for the logits rule).
    downstream_weights, downstream_deltas : tuple of float
        wⱼₖ to every neuron k of the next layer and those neurons' δₖ (empty for the output layer).
    delta : float
        δⱼ = ∂L/∂zⱼ (engine).
    inputs, weights : tuple of float
        aᵢ feeding this neuron and the current wᵢⱼ, (fan_in,).
    data_gradients : tuple of float
        aᵢ·δⱼ per incoming link (the data part of ∂L/∂wᵢⱼ).
    weight_gradients : tuple of float
        ∂L/∂wᵢⱼ from the engine: aᵢ·δⱼ plus the penalty terms l2·wᵢⱼ + l1·sign(wᵢⱼ).
    bias_gradient : float
        ∂L/∂bⱼ = δⱼ (engine).
    """

    layer: int
    index: int
    activation: str
    z: float
    a: float
    derivative: float | None
    upstream: float
    downstream_weights: tuple[float, ...]
    downstream_deltas: tuple[float, ...]
    delta: float
    inputs: tuple[float, ...]
    weights: tuple[float, ...]
    data_gradients: tuple[float, ...]
    weight_gradients: tuple[float, ...]
    bias_gradient: float
    target: float | None = None   # yⱼ for an output neuron
    output_count: int = 0         # m outputs, for MSE's factor 2/m (0 for hidden neurons and other losses)


@dataclass(frozen=True)
class BackwardStage:
    """Backward pass through one dense layer; arrays read-only: delta (units,), dW (fan_in, units), db (units,).

    ``rule`` says how δ was formed: ``"hidden"`` (f′(z)·Σₖ wⱼₖ δₖ), ``"logits"`` (ŷ − y: BCE with
    sigmoid or CCE with softmax), ``"elementwise"`` (∂L/∂ŷ·f′(z)), ``"jacobian"`` (softmax output with
    another loss).
    """

    layer: int
    activation: str
    rule: str
    delta: np.ndarray
    dW: np.ndarray
    db: np.ndarray
    neurons: tuple[BackwardNeuron, ...]
    kind: str = "backward"


@dataclass(frozen=True)
class UpdateStage:
    """Plain SGD: ``new = old − learning_rate·gradient`` per layer (tuples of read-only arrays).

    The gradients include the penalty terms; the new values are what the engine's ``SGD`` produced.
    """

    learning_rate: float
    l1: float
    l2: float
    old_weights: tuple[np.ndarray, ...]
    old_biases: tuple[np.ndarray, ...]
    weight_gradients: tuple[np.ndarray, ...]
    bias_gradients: tuple[np.ndarray, ...]
    new_weights: tuple[np.ndarray, ...]
    new_biases: tuple[np.ndarray, ...]
    kind: str = "update"


@dataclass(frozen=True)
class ExplainedStep:
    """A whole explained step: the sample, the ordered stages and a note for the reader.

    ``x`` (n_inputs,) and ``y`` (outputs,) are read-only, in the network's dtype. ``note`` is empty unless the
    explanation differs from what training would do (another optimizer than plain SGD).
    """

    x: np.ndarray
    y: np.ndarray
    learning_rate: float
    optimizer: str
    note: str
    stages: tuple

    @property
    def forward(self) -> tuple[ForwardStage, ...]:
        """Forward stages, first layer first."""
        return tuple(s for s in self.stages if s.kind == "forward")

    @property
    def loss(self) -> LossStage:
        """The loss stage."""
        return next(s for s in self.stages if s.kind == "loss")

    @property
    def backward(self) -> tuple[BackwardStage, ...]:
        """Backward stages, output layer first."""
        return tuple(s for s in self.stages if s.kind == "backward")

    @property
    def update(self) -> UpdateStage:
        """The update stage."""
        return self.stages[-1]

    def forward_neuron(self, layer: int, index: int) -> ForwardNeuron:
        """Forward record of neuron ``index`` of dense layer ``layer``."""
        return self.forward[layer].neurons[index]

    def backward_neuron(self, layer: int, index: int) -> BackwardNeuron:
        """Backward record of neuron ``index`` of dense layer ``layer``."""
        return self.backward[len(self.backward) - 1 - layer].neurons[index]


def _floats(values) -> tuple[float, ...]:
    return tuple(float(v) for v in np.ravel(values))


def _sample(network, x, y) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(x, dtype=network.dtype).reshape(1, -1)
    y = np.asarray(y, dtype=network.dtype).reshape(1, -1)
    if x.shape[1] != network.layer_sizes[0] or y.shape[1] != network.layer_sizes[-1]:
        raise TeachingError(tr("the sample does not fit the network: {x} inputs and {y} targets for a "
                               "{n}-input, {m}-output network").format(
            x=x.shape[1], y=y.shape[1], n=network.layer_sizes[0], m=network.layer_sizes[-1]))
    return x, y


def explain_step(network, x, y, learning_rate: float, optimizer: str = "sgd") -> ExplainedStep:
    """Explain one plain-SGD step of ``network`` on one sample.

    Parameters
    ----------
    network : Network
        Only read; use :func:`apply_explained_step` to make the step happen.
    x : array_like, (n_inputs,) or (1, n_inputs)
    y : array_like, (outputs,) or (1, outputs)
        Target (one-hot for softmax).
    learning_rate : float
        α, > 0.
    optimizer : str
        The optimizer the run trains with; anything but ``"sgd"`` gets a ``note`` that the explanation uses
        plain SGD.

    Returns
    -------
    ExplainedStep
    """
    X, Y = _sample(network, x, y)
    trace = network.forward(X)
    grads = network.backward(trace, Y)
    stages = [_forward_stage(network, trace, layer) for layer in range(network.n_layers)]
    stages.append(_loss_stage(network, trace, X, Y, grads.loss))
    rule = output_rule(network)
    for layer in reversed(range(network.n_layers)):
        stages.append(_backward_stage(network, trace, grads, Y, layer, rule))
    stages.append(_update_stage(network, grads, learning_rate))
    note = "" if optimizer == "sgd" else tr(
        "This explanation uses plain SGD (w ← w − α·∂L/∂w) on one sample; training with {name} scales and "
        "accumulates the steps differently.").format(name=optimizer)
    return ExplainedStep(x=read_only(X[0]), y=read_only(Y[0]), learning_rate=float(learning_rate),
                         optimizer=optimizer, note=note, stages=tuple(stages))


def _forward_stage(network, trace, layer: int) -> ForwardStage:
    inputs, z, a = trace.a[layer][0], trace.z[layer][0], trace.a[layer + 1][0]
    W, b = network.weights[layer], network.biases[layer]
    name = network.activations[layer]
    neurons = tuple(ForwardNeuron(layer, j, name, _floats(inputs), _floats(W[:, j]), float(b[j]),
                                  float(z[j]), float(a[j])) for j in range(z.size))
    return ForwardStage(layer, name, read_only(inputs), read_only(z), read_only(a), neurons)


def _loss_stage(network, trace, X, Y, loss: float) -> LossStage:
    # The data loss alone is the engine's loss of a penalty-free twin (same parameters, l1 = l2 = 0).
    twin = network.copy()
    twin.l1 = twin.l2 = 0.0
    return LossStage(network.loss_name, network.activations[-1], read_only(trace.a[-1][0]), read_only(Y[0]),
                     float(twin.loss(X, Y)), network.penalty(), float(loss), network.l1, network.l2)


def output_rule(network) -> str:
    """How the output δ follows from the loss: ``"logits"``, ``"elementwise"`` or ``"jacobian"``."""
    loss, act = network.loss_name, network.activations[-1]
    if (loss, act) in (("binary_crossentropy", "sigmoid"), ("categorical_crossentropy", "softmax")):
        return RULE_LOGITS
    return RULE_JACOBIAN if act == "softmax" else RULE_ELEMENTWISE


def _output_upstream(network, a: np.ndarray, y: np.ndarray, rule: str) -> np.ndarray:
    """∂L/∂ŷ per output (ŷ − y for the logits rule), with the engine's operations and dtype (see losses.py)."""
    with np.errstate(all="ignore"):
        g = np.subtract(a, y)
        if rule == RULE_LOGITS:
            return g
        if network.loss_name == "mse":
            g *= 2.0 / g.size
            return g
        p = np.clip(a, 1e-7, 1.0 - 1e-7)
        if network.loss_name == "binary_crossentropy":
            return (p - y) / (p * (1.0 - p)) * (a == p)
        return (-y / p) * (a == p)


def _backward_stage(network, trace, grads, Y, layer: int, rule: str) -> BackwardStage:
    last = layer == network.n_layers - 1
    z, a = trace.z[layer], trace.a[layer + 1]
    act = ACTIVATIONS[network.activations[layer]]
    if last:
        upstream = _output_upstream(network, a, Y, rule)[0]
        derivative = act.derivative(z, a)[0] if rule == RULE_ELEMENTWISE else None
        down_W, down_delta = None, None
    else:
        down_W, down_delta = network.weights[layer + 1], grads.deltas[layer + 1]
        upstream = np.dot(down_delta, down_W.T)[0]    # the engine's own product (network._run_backward)
        derivative = act.derivative(z, a)[0]
    inputs, W = trace.a[layer][0], network.weights[layer]
    delta, dW, db = grads.deltas[layer][0], grads.dW[layer], grads.db[layer]
    data = np.multiply.outer(inputs, delta)           # aᵢ·δⱼ: one product per link, as in [a, 1]ᵀ δ for n = 1
    neurons = tuple(BackwardNeuron(
        layer, j, act.name, float(z[0, j]), float(a[0, j]),
        None if derivative is None else float(derivative[j]), float(upstream[j]),
        () if last else _floats(down_W[j]), () if last else _floats(down_delta[0]),
        float(delta[j]), _floats(inputs), _floats(W[:, j]), _floats(data[:, j]), _floats(dW[:, j]),
        float(db[j]), float(Y[0, j]) if last else None,
        delta.size if last and network.loss_name == "mse" else 0) for j in range(delta.size))
    return BackwardStage(layer, act.name, RULE_HIDDEN if not last else rule, read_only(delta), read_only(dW),
                         read_only(db), neurons)


def _update_stage(network, grads, learning_rate: float) -> UpdateStage:
    # The new values come from the engine's SGD on a twin, so they are the engine's numbers by construction.
    twin = network.copy()
    SGD(learning_rate).step(twin, grads.dW, grads.db)
    new_W, new_b = twin.get_parameters()
    old_W, old_b = network.get_parameters()
    return UpdateStage(float(learning_rate), network.l1, network.l2,
                       tuple(map(read_only, old_W)), tuple(map(read_only, old_b)),
                       tuple(map(read_only, grads.dW)), tuple(map(read_only, grads.db)),
                       tuple(map(read_only, new_W)), tuple(map(read_only, new_b)))


def apply_explained_step(network, step: ExplainedStep) -> None:
    """Make the explained step happen: set the network's parameters to the update's new values.

    This equals ``SGD(step.learning_rate).step(network, dW, db)`` with the gradients of the explained sample.
    It does not advance a :class:`Trainer` (step count, shuffling) or any optimizer state (momentum, Adam).

    Raises
    ------
    TeachingError
        If the network's parameters are no longer those the step was explained with.
    """
    old_W, old_b = network.get_parameters()
    update = step.update
    same = (len(old_W) == len(update.old_weights)
            and all(np.array_equal(a, b) for a, b in zip(old_W, update.old_weights))
            and all(np.array_equal(a, b) for a, b in zip(old_b, update.old_biases)))
    if not same:
        raise TeachingError(tr("the network changed since this step was explained; explain it again"))
    network.set_parameters(update.new_weights, update.new_biases)
