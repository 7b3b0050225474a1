"""Frozen descriptions of an experiment: what data, what network, how to train it.

These values cross threads (the GUI hands them to the training worker), so they are immutable. They mirror the
hand-written experiment file described in ``docs/project-format.md``; parsing and validation live in
:mod:`mlp_studio.files.experiment`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from mlp_studio.data import DatasetSpec

OPTIMIZERS = ("sgd", "rmsprop", "adam")
LOSSES = ("mse", "binary_crossentropy", "categorical_crossentropy")
ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax")
INITS = ("xavier_uniform", "xavier_normal", "he_uniform", "he_normal", "uniform", "zeros")


@dataclass(frozen=True)
class LayerSpec:
    """One dense layer: its width and activation."""

    units: int
    activation: str


@dataclass(frozen=True)
class NetworkSpec:
    """Hidden layers then the output layer; the input width comes from the data."""

    layers: tuple[LayerSpec, ...]
    loss: str = "binary_crossentropy"
    init: str = "xavier_uniform"
    seed: int = 0

    @property
    def output(self) -> LayerSpec:
        """The output layer."""
        return self.layers[-1]

    @property
    def hidden(self) -> tuple[LayerSpec, ...]:
        """The hidden layers (possibly none)."""
        return self.layers[:-1]


@dataclass(frozen=True)
class TrainingSpec:
    """Optimizer and loop settings. ``batch_size`` 0 means full batch."""

    optimizer: str = "sgd"
    learning_rate: float = 0.03
    momentum: float = 0.0
    nesterov: bool = False
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    rho: float = 0.9
    batch_size: int = 0
    epochs: int = 100
    l1: float = 0.0
    l2: float = 0.0
    seed: int = 0

    def optimizer_params(self) -> dict[str, float | bool]:
        """The keyword arguments the chosen optimizer takes (besides the learning rate)."""
        if self.optimizer == "sgd":
            return {"momentum": self.momentum, "nesterov": self.nesterov}
        if self.optimizer == "rmsprop":
            return {"rho": self.rho, "eps": self.eps}
        return {"beta1": self.beta1, "beta2": self.beta2, "eps": self.eps}


@dataclass(frozen=True)
class ExperimentSpec:
    """A whole experiment: the unit a teacher writes by hand, shares, and trains."""

    name: str
    dataset: DatasetSpec
    network: NetworkSpec
    training: TrainingSpec = field(default_factory=TrainingSpec)
    description: str = ""

    def with_training(self, **changes) -> "ExperimentSpec":
        """Return a copy with some training settings changed."""
        return replace(self, training=replace(self.training, **changes))

    def with_network(self, **changes) -> "ExperimentSpec":
        """Return a copy with some network settings changed."""
        return replace(self, network=replace(self.network, **changes))

    def with_dataset(self, **changes) -> "ExperimentSpec":
        """Return a copy with some data set settings changed."""
        return replace(self, dataset=replace(self.dataset, **changes))
