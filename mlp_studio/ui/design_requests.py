"""What each user gesture means as a design edit: canvas, palette, inspector and panels → named commands.

:func:`connect_requests` wires the widgets of a main window to its :class:`DesignBinding`; every handler builds
one document edit with a name for the Edit menu. Weights typed in the inspector are not design edits: they go
straight to the controller (see ``docs/designer.md``).
"""

from __future__ import annotations

from dataclasses import replace

from mlp_studio.i18n import tr
from mlp_studio.errors import MlpStudioError
from mlp_studio.ui.design_canvas import Selection
from mlp_studio.ui.edit_names import ACTIVATION_LABELS, dataset_edit, feature_edit, training_edit
from mlp_studio.ui.locks import TRAINING_CONTROLS

DEFAULT_UNITS = 4
LOSS_ACTIVATION = {"binary_crossentropy": "sigmoid", "categorical_crossentropy": "softmax"}


class DesignRequests:
    """Turns the window's widget signals into edits of ``binding``.

    Parameters
    ----------
    window : MainWindow
        Holds ``network_view``, ``palette``, ``inspector``, ``data_panel``, ``hyper_panel`` and ``design``.
    """

    def __init__(self, window) -> None:
        self.window = window
        self.binding = window.design
        view, inspector = window.network_view, window.inspector
        view.insert_requested.connect(self.insert_layer)
        view.move_requested.connect(self.move_layer)
        view.remove_layer_requested.connect(self.remove_layer)
        view.add_neuron_requested.connect(self.add_neuron)
        view.remove_neuron_requested.connect(self.remove_neuron)
        view.feature_toggled.connect(self.toggle_feature)
        window.palette.add_requested.connect(self.append_layer)
        inspector.units_changed.connect(self.set_units)
        inspector.activation_changed.connect(self.set_activation)
        inspector.init_changed.connect(self.set_init)
        inspector.output_activation_changed.connect(self.set_output_activation)
        inspector.loss_changed.connect(self.set_loss)
        inspector.weight_changed.connect(self.set_weight)
        window.hyper_panel.training_changed.connect(self.training_from_panel)
        window.hyper_panel.network_changed.connect(self.network_settings_from_panel)
        window.data_panel.changed.connect(self.dataset_from_panel)

    @property
    def document(self):
        """The design document."""
        return self.binding.document

    def _name(self, layer_id: int) -> str:
        return tr("Hidden {n}").format(n=self.document.index_of(layer_id) + 1)

    def _refused(self, *controls: str, data: bool = False) -> str | None:
        """Refuse an edit of controls the open lesson locks: show why in place and return the message."""
        locks = getattr(self.window, "locks", None)
        message = locks.refusal(controls) if locks is not None else None
        if message:
            self.window.reflect_document()
            self.window.show_design_message(message, data)
        return message

    def _select_layer(self, layer_id: int) -> None:
        view = self.window.network_view
        if layer_id in view.layer_ids:
            column = view.layer_ids.index(layer_id) + 1
            view.editor.select(Selection("layer", column, layer_id=layer_id))

    # -- canvas and palette -------------------------------------------------------------------------------
    def insert_layer(self, index: int, activation: str) -> str | None:
        """Insert a hidden layer before position ``index`` and select it."""
        if refused := self._refused("network"):
            return refused
        made: list[int] = []
        label = ACTIVATION_LABELS.get(activation, activation)
        message = self.binding.edit(tr("Insert {name} layer").format(name=label),
                                    lambda d: made.append(d.insert_layer(index, DEFAULT_UNITS, activation)))
        if message is None and made:
            self._select_layer(made[0])
        return message

    def append_layer(self, activation: str) -> str | None:
        """Add a hidden layer just before the output."""
        return self.insert_layer(len(self.document.hidden), activation)

    def move_layer(self, layer_id: int, index: int) -> str | None:
        """Move a hidden layer to position ``index``."""
        if refused := self._refused("network"):
            return refused
        text = tr("Move {layer} to position {n}").format(layer=self._name(layer_id), n=index + 1)
        message = self.binding.edit(text, lambda d: d.move_layer(layer_id, index))
        if message is None:
            self._select_layer(layer_id)
        return message

    def remove_layer(self, layer_id: int) -> str | None:
        """Delete a hidden layer."""
        if refused := self._refused("network"):
            return refused
        return self.binding.edit(tr("Delete {layer}").format(layer=self._name(layer_id)),
                                 lambda d: d.remove_layer(layer_id))

    def add_neuron(self, layer_id: int) -> str | None:
        """One neuron more in a hidden layer."""
        if refused := self._refused("network"):
            return refused
        return self.binding.edit(tr("Add a neuron to {layer}").format(layer=self._name(layer_id)),
                                 lambda d: d.add_neuron(layer_id))

    def remove_neuron(self, layer_id: int) -> str | None:
        """One neuron fewer in a hidden layer."""
        if refused := self._refused("network"):
            return refused
        return self.binding.edit(tr("Remove a neuron from {layer}").format(layer=self._name(layer_id)),
                                 lambda d: d.remove_neuron(layer_id))

    def toggle_feature(self, name: str) -> str | None:
        """Switch an input feature on or off."""
        if refused := self._refused("features"):
            return refused
        old = self.document.spec.dataset.features
        new = tuple(set(old) ^ {name})
        return self.binding.edit(feature_edit(old, new), lambda d: d.toggle_feature(name))

    # -- inspector ----------------------------------------------------------------------------------------
    def set_units(self, layer_id: int, units: int) -> str | None:
        """Change a hidden layer's width (steps of the same layer merge into one undo step)."""
        if refused := self._refused("network"):
            return refused
        return self.binding.edit(tr("Set {layer} to {n} neurons").format(layer=self._name(layer_id), n=units),
                                 lambda d: d.set_units(layer_id, units), merge_key=f"units.{layer_id}")

    def set_activation(self, layer_id: int, activation: str) -> str | None:
        """Change a hidden layer's activation."""
        if refused := self._refused("activation"):
            return refused
        label = ACTIVATION_LABELS.get(activation, activation)
        return self.binding.edit(tr("Set {layer} activation to {name}").format(layer=self._name(layer_id), name=label),
                                 lambda d: d.set_activation(layer_id, activation))

    def set_init(self, init: str) -> str | None:
        """Change the weight initialisation."""
        if refused := self._refused("init"):
            return refused
        return self.binding.edit(tr("Set weight init to {name}").format(name=init.replace("_", " ")),
                                 lambda d: d.set_init(init))

    def set_output_activation(self, activation: str) -> str | None:
        """Change the output layer's activation."""
        if refused := self._refused("activation"):
            return refused
        label = ACTIVATION_LABELS.get(activation, activation)
        return self.binding.edit(tr("Set output activation to {name}").format(name=label),
                                 lambda d: d.set_output(activation=activation))

    def set_loss(self, loss: str) -> str | None:
        """Change the loss; a cross-entropy brings the output activation it needs along."""
        if refused := self._refused("loss"):
            return refused
        activation = LOSS_ACTIVATION.get(loss)
        return self.binding.edit(tr("Set loss to {name}").format(name=loss.replace("_", " ")),
                                 lambda d: d.set_output(activation=activation, loss=loss))

    # -- panels -------------------------------------------------------------------------------------------
    def training_from_panel(self) -> str | None:
        """The hyper-parameter panel changed: one named (and mergeable) step."""
        old, new = self.document.spec.training, self.window.hyper_panel.training_spec()
        if new == old:
            return None
        changed = {TRAINING_CONTROLS[name] for name in TRAINING_CONTROLS if getattr(old, name) != getattr(new, name)}
        if refused := self._refused(*sorted(changed)):
            return refused
        text, key = training_edit(old, new)
        return self.binding.edit(text, lambda d: d.set_training(new), merge_key=key)

    def network_settings_from_panel(self) -> str | None:
        """Weight init or network seed changed in the hyper-parameter panel."""
        settings = self.window.hyper_panel.network_settings()
        network = self.document.spec.network
        if refused := self._refused(*(["seeds"] if settings["seed"] != network.seed else [])
                                     + (["init"] if settings["init"] != network.init else [])):
            return refused
        if settings["seed"] != network.seed:
            text = tr("Set network seed to {seed}").format(seed=settings["seed"])
        elif settings["init"] != network.init:
            text = tr("Set weight init to {name}").format(name=settings["init"].replace("_", " "))
        else:
            return None
        return self.binding.edit(text, lambda d: d.set_init(settings["init"], settings["seed"]))

    def dataset_from_panel(self) -> str | None:
        """The data panel changed: features are toggled directly, anything else loads the data set first."""
        old, new = self.document.spec.dataset, self.window.data_panel.dataset_spec()
        if new == old:
            return None
        if refused := self._refused(*dataset_controls(old, new), data=True):
            return refused
        if replace(old, features=new.features) == new:
            return self.binding.edit(feature_edit(old.features, new.features),
                                     lambda d: d.set_features(new.features), data=True)
        try:
            dataset = self.binding.dataset_for(new)
        except MlpStudioError as error:
            self.window.reflect_document()
            self.window.show_design_message(str(error), True)
            return str(error)
        return self.binding.edit(dataset_edit(old, new),
                                 lambda d: d.set_dataset(new, dataset.task, dataset.n_outputs), data=True)

    # -- weights ------------------------------------------------------------------------------------------
    def set_weight(self, layer: int, source: int, target: int, value: float) -> str | None:
        """A weight typed or dragged in the inspector goes to the live network (unless the lesson locks it)."""
        if refused := self._refused("weights"):
            self.window.inspector.refresh()
            return refused
        self.window.controller.set_weight(layer, source, target, value)
        return None


def dataset_controls(old, new) -> list[str]:
    """The lesson controls a data set edit touches: features, the data seed (also ``seeds``), the rest."""
    controls = []
    if old.features != new.features:
        controls.append("features")
    if old.seed != new.seed:
        controls += ["dataset", "seeds"]
    if replace(old, features=new.features, seed=new.seed) != new:
        controls.append("dataset")
    return sorted(set(controls))
