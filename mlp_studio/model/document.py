"""The network document: the single, Qt-free source of truth for what the user designed.

The document holds an :class:`~mlp_studio.model.spec.ExperimentSpec` plus a stable id for every hidden layer (so
a canvas can keep its items across edits). Every edit validates first and raises :class:`DesignError` without
touching anything when it is invalid; a valid edit replaces the immutable state and tells the listeners what
kind of thing changed. Undo and redo restore whole immutable states (:meth:`NetworkDocument.restore`), so
"undo then redo" gives back exactly the earlier document.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from mlp_studio.i18n import tr
from mlp_studio.data import DatasetSpec, FEATURE_NAMES
from mlp_studio.errors import MlpStudioError
from mlp_studio.model.spec import ACTIVATIONS, INITS, LOSSES, ExperimentSpec, LayerSpec, TrainingSpec

MAX_HIDDEN_LAYERS = 32
MAX_UNITS = 1024
HIDDEN_ACTIVATIONS = tuple(name for name in ACTIVATIONS if name != "softmax")

# What an edit changed; listeners use it to decide between a live update and a rebuild.
STRUCTURE, DATA, TRAINING, NAME = "structure", "data", "training", "name"


class DesignError(MlpStudioError):
    """An edit that would make the design invalid; the document is left as it was."""


@dataclass(frozen=True)
class DocumentState:
    """Everything the document holds; equal states mean equal documents."""

    spec: ExperimentSpec
    layer_ids: tuple[int, ...]  # one per hidden layer, in order
    next_id: int


Listener = Callable[[str], None]


def output_for_task(task: str, n_outputs: int, current: LayerSpec | None = None,
                    current_loss: str | None = None) -> tuple[LayerSpec, str]:
    """Return the output layer and loss a task needs, keeping the user's choice where it still fits.

    Parameters
    ----------
    task : {"binary", "multiclass", "regression"}
    n_outputs : int
        Output width the data set needs.
    current, current_loss : optional
        The present output layer and loss.
    """
    if task == "regression":
        activation = current.activation if current and current.activation in ("linear", "tanh") else "linear"
        return LayerSpec(n_outputs, activation), "mse"
    if task == "multiclass":
        loss = current_loss if current_loss in ("categorical_crossentropy", "mse") else "categorical_crossentropy"
        return LayerSpec(n_outputs, "softmax"), loss
    keep_mse = current_loss == "mse" and current is not None and current.activation in ("sigmoid", "tanh")
    if keep_mse:
        return LayerSpec(1, current.activation), "mse"
    return LayerSpec(1, "sigmoid"), "binary_crossentropy"


class NetworkDocument:
    """The designed experiment, with validated, observable edits.

    Parameters
    ----------
    spec : ExperimentSpec
        The starting design.
    """

    def __init__(self, spec: ExperimentSpec):
        count = len(spec.network.hidden)
        self._state = DocumentState(spec, tuple(range(1, count + 1)), count + 1)
        self._listeners: list[Listener] = []

    # --- reading -------------------------------------------------------------------------------------------
    @property
    def state(self) -> DocumentState:
        """The current immutable state (store it to undo later)."""
        return self._state

    @property
    def spec(self) -> ExperimentSpec:
        """The designed experiment."""
        return self._state.spec

    @property
    def hidden(self) -> tuple[LayerSpec, ...]:
        """The hidden layers, input side first."""
        return self.spec.network.hidden

    @property
    def layer_ids(self) -> tuple[int, ...]:
        """Stable ids of the hidden layers, in order."""
        return self._state.layer_ids

    def index_of(self, layer_id: int) -> int:
        """Position of a hidden layer (0 = next to the inputs)."""
        try:
            return self._state.layer_ids.index(layer_id)
        except ValueError:
            raise DesignError(tr("there is no hidden layer with id {layer_id}").format(layer_id=layer_id)) from None

    # --- observing -----------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(kind)`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def restore(self, state: DocumentState) -> None:
        """Replace the whole state (used by undo/redo and when a file is opened)."""
        kinds = _changed_kinds(self._state.spec, state.spec)
        self._state = state
        for kind in kinds or [STRUCTURE]:
            self._notify(kind)

    def _set(self, spec: ExperimentSpec, kind: str, layer_ids: tuple[int, ...] | None = None,
             next_id: int | None = None) -> None:
        ids = self._state.layer_ids if layer_ids is None else layer_ids
        self._state = DocumentState(spec, ids, self._state.next_id if next_id is None else next_id)
        self._notify(kind)

    def _notify(self, kind: str) -> None:
        for listener in list(self._listeners):
            listener(kind)

    def _with_hidden(self, hidden: list[LayerSpec]) -> ExperimentSpec:
        layers = tuple(hidden) + (self.spec.network.output,)
        return self.spec.with_network(layers=layers)

    # --- structural edits ----------------------------------------------------------------------------------
    def insert_layer(self, index: int, units: int = 4, activation: str = "tanh") -> int:
        """Insert a hidden layer before position ``index`` (0 … number of hidden layers); return its id."""
        hidden = list(self.hidden)
        if not 0 <= index <= len(hidden):
            raise DesignError(tr("cannot insert a layer at position {index}; use 0 … {n}").format(
                                  index=index, n=len(hidden)))
        if len(hidden) >= MAX_HIDDEN_LAYERS:
            raise DesignError(tr("a network can have at most {max_hidden_layers} hidden layers").format(
                                  max_hidden_layers=MAX_HIDDEN_LAYERS))
        hidden.insert(index, LayerSpec(_check_units(units), _check_hidden_activation(activation)))
        new_id = self._state.next_id
        ids = self.layer_ids[:index] + (new_id,) + self.layer_ids[index:]
        self._set(self._with_hidden(hidden), STRUCTURE, ids, new_id + 1)
        return new_id

    def remove_layer(self, layer_id: int) -> None:
        """Delete a hidden layer."""
        index = self.index_of(layer_id)
        hidden = list(self.hidden)
        del hidden[index]
        ids = self.layer_ids[:index] + self.layer_ids[index + 1:]
        self._set(self._with_hidden(hidden), STRUCTURE, ids)

    def move_layer(self, layer_id: int, new_index: int) -> None:
        """Move a hidden layer to position ``new_index`` among the hidden layers."""
        index = self.index_of(layer_id)
        count = len(self.hidden)
        if not 0 <= new_index < count:
            raise DesignError(tr("cannot move a layer to position {new_index}; use 0 … {last}").format(
                                  new_index=new_index, last=count - 1))
        if new_index == index:
            return
        hidden, ids = list(self.hidden), list(self.layer_ids)
        hidden.insert(new_index, hidden.pop(index))
        ids.insert(new_index, ids.pop(index))
        self._set(self._with_hidden(hidden), STRUCTURE, tuple(ids))

    def set_units(self, layer_id: int, units: int) -> None:
        """Change a hidden layer's width."""
        index = self.index_of(layer_id)
        hidden = list(self.hidden)
        hidden[index] = replace(hidden[index], units=_check_units(units))
        self._set(self._with_hidden(hidden), STRUCTURE)

    def add_neuron(self, layer_id: int) -> None:
        """Add one neuron to a hidden layer."""
        self.set_units(layer_id, self.hidden[self.index_of(layer_id)].units + 1)

    def remove_neuron(self, layer_id: int) -> None:
        """Remove one neuron from a hidden layer (a layer keeps at least one)."""
        units = self.hidden[self.index_of(layer_id)].units
        if units <= 1:
            raise DesignError(tr("a layer needs at least one neuron; delete the layer instead"))
        self.set_units(layer_id, units - 1)

    def set_activation(self, layer_id: int, activation: str) -> None:
        """Change a hidden layer's activation."""
        index = self.index_of(layer_id)
        hidden = list(self.hidden)
        hidden[index] = replace(hidden[index], activation=_check_hidden_activation(activation))
        self._set(self._with_hidden(hidden), STRUCTURE)

    def set_output(self, activation: str | None = None, loss: str | None = None) -> None:
        """Change the output activation and/or the loss; the pair must suit each other."""
        network = self.spec.network
        output = network.output
        new_activation = activation or output.activation
        new_loss = loss or network.loss
        _check_output(new_activation, new_loss, output.units)
        layers = network.hidden + (replace(output, activation=new_activation),)
        self._set(self.spec.with_network(layers=layers, loss=new_loss), STRUCTURE)

    def set_init(self, init: str, seed: int | None = None) -> None:
        """Change the weight initialisation (and optionally its seed)."""
        if init not in INITS:
            raise DesignError(tr("unknown initialisation {init!r}; choose one of {names}").format(
                                  init=init, names=', '.join(INITS)))
        seed = self.spec.network.seed if seed is None else _check_seed(seed)
        self._set(self.spec.with_network(init=init, seed=seed), STRUCTURE)

    # --- data and training ---------------------------------------------------------------------------------
    def set_features(self, features: tuple[str, ...] | list[str]) -> None:
        """Choose the input features of a 2-D data set (at least one)."""
        features = tuple(features)
        if not features:
            raise DesignError(tr("at least one input feature must stay switched on"))
        unknown = [name for name in features if name not in FEATURE_NAMES]
        if unknown:
            raise DesignError(tr("unknown feature {unknown!r}; choose from {names}").format(
                                  unknown=unknown[0], names=', '.join(FEATURE_NAMES)))
        ordered = tuple(name for name in FEATURE_NAMES if name in features)
        self._set(self.spec.with_dataset(features=ordered), DATA)

    def toggle_feature(self, name: str) -> None:
        """Switch one input feature on or off."""
        features = set(self.spec.dataset.features)
        features.symmetric_difference_update({name})
        self.set_features(tuple(features))

    def set_dataset(self, dataset: DatasetSpec, task: str, n_outputs: int) -> None:
        """Use another data set; the output layer and loss follow its task and width."""
        output, loss = output_for_task(task, n_outputs, self.spec.network.output, self.spec.network.loss)
        network = replace(self.spec.network, layers=self.spec.network.hidden + (output,), loss=loss)
        self._set(replace(self.spec, dataset=dataset, network=network), DATA)

    def set_training(self, training: TrainingSpec) -> None:
        """Replace the hyper-parameters (applied live by the controller)."""
        _check_training(training)
        self._set(replace(self.spec, training=training), TRAINING)

    def set_name(self, name: str, description: str | None = None) -> None:
        """Rename the experiment."""
        name = name.strip()
        if not name:
            raise DesignError(tr("the experiment needs a name"))
        description = self.spec.description if description is None else description
        self._set(replace(self.spec, name=name, description=description), NAME)


def _check_units(units: int) -> int:
    if isinstance(units, bool) or not isinstance(units, int) or not 1 <= units <= MAX_UNITS:
        raise DesignError(tr("a layer needs 1 … {max_units} neurons, not {units!r}").format(
                              max_units=MAX_UNITS, units=units))
    return units


def _check_seed(seed: int) -> int:
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise DesignError(tr("a seed is a whole number ≥ 0, not {seed!r}").format(seed=seed))
    return seed


def _check_hidden_activation(activation: str) -> str:
    if activation == "softmax":
        raise DesignError(tr("softmax belongs on the output layer only"))
    if activation not in HIDDEN_ACTIVATIONS:
        raise DesignError(tr("unknown activation {activation!r}; choose one of {names}").format(
                              activation=activation, names=', '.join(HIDDEN_ACTIVATIONS)))
    return activation


def _check_training(training: TrainingSpec) -> None:
    checks = [
        (training.learning_rate > 0, lambda: tr("the learning rate must be greater than 0, not {rate}").format(
            rate=training.learning_rate)),
        (training.batch_size >= 0, lambda: tr("the batch size must be 0 (full batch) or more")),
        (training.epochs >= 1, lambda: tr("the epoch limit must be at least 1")),
        (training.l1 >= 0 and training.l2 >= 0, lambda: tr("L1 and L2 must be 0 or more")),
        (0 <= training.momentum < 1, lambda: tr("momentum must be in [0, 1)")),
        (training.optimizer in ("sgd", "rmsprop", "adam"),
         lambda: tr("unknown optimizer {name!r}").format(name=training.optimizer)),
    ]
    for ok, message in checks:
        if not ok:
            raise DesignError(message())


def _check_output(activation: str, loss: str, units: int) -> None:
    if activation not in ACTIVATIONS:
        raise DesignError(tr("unknown activation {activation!r}").format(activation=activation))
    if loss not in LOSSES:
        raise DesignError(tr("unknown loss {loss!r}; choose one of {names}").format(
                              loss=loss, names=', '.join(LOSSES)))
    if activation == "softmax" and units < 2:
        raise DesignError(tr("softmax needs at least two output neurons (more than two classes)"))
    if loss == "binary_crossentropy" and activation != "sigmoid":
        raise DesignError(tr("binary cross-entropy needs a sigmoid output"))
    if loss == "categorical_crossentropy" and activation != "softmax":
        raise DesignError(tr("categorical cross-entropy needs a softmax output"))


def _changed_kinds(old: ExperimentSpec, new: ExperimentSpec) -> list[str]:
    kinds = []
    if old.dataset != new.dataset:
        kinds.append(DATA)
    if old.network != new.network:
        kinds.append(STRUCTURE)
    if old.training != new.training:
        kinds.append(TRAINING)
    if (old.name, old.description) != (new.name, new.description):
        kinds.append(NAME)
    return kinds

