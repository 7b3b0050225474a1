"""Names of design edits for the Edit menu ("Undo Set learning rate to 0.03") and their merge keys."""

from __future__ import annotations

from dataclasses import fields

from mlp_studio.i18n import tr

#: Field names as the Edit menu says them (English; translated where an edit is named).
TRAINING_LABELS = {"optimizer": "optimizer", "learning_rate": "learning rate", "momentum": "momentum",
                   "nesterov": "Nesterov momentum", "beta1": "β₁", "beta2": "β₂", "eps": "ε", "rho": "ρ",
                   "batch_size": "batch size", "epochs": "epoch limit", "l1": "L1", "l2": "L2", "seed": "batch seed"}
DATA_LABELS = {"name": "data set", "samples": "samples", "noise": "noise", "test_fraction": "test share",
               "seed": "data seed", "features": "input features", "path": "CSV file", "target": "target column",
               "task": "task"}
ACTIVATION_LABELS = {"tanh": "tanh", "relu": "ReLU", "sigmoid": "sigmoid", "leaky_relu": "leaky ReLU",
                     "linear": "linear", "softmax": "softmax"}


def changed_fields(old, new) -> list[str]:
    """Names of the dataclass fields that differ between ``old`` and ``new``."""
    return [f.name for f in fields(old) if getattr(old, f.name) != getattr(new, f.name)]


def _value(value) -> str:
    if isinstance(value, bool):
        return tr("on") if value else tr("off")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("_", " ")


def training_edit(old, new) -> tuple[str, str | None]:
    """``(text, merge key)`` of a hyper-parameter edit; one field edited again and again merges into one step."""
    changed = changed_fields(old, new)
    if len(changed) != 1:
        return tr("Change hyper-parameters"), None
    name = changed[0]
    return (tr("Set {field} to {value}").format(field=tr(TRAINING_LABELS.get(name, name)),
                                                value=_value(getattr(new, name))), f"training.{name}")


def dataset_edit(old, new) -> str:
    """Text of a data set edit."""
    changed = changed_fields(old, new)
    if "name" in changed:
        return tr("Use data set {name}").format(name=_value(new.name))
    if changed == ["test_fraction"]:
        return tr("Set test share to {percent} %").format(percent=round(new.test_fraction * 100))
    if len(changed) == 1:
        name = changed[0]
        return tr("Set {field} to {value}").format(field=tr(DATA_LABELS.get(name, name)),
                                                   value=_value(getattr(new, name)))
    return tr("Change data settings")


def feature_edit(old: tuple[str, ...], new: tuple[str, ...]) -> str:
    """Text of switching input features on or off."""
    on, off = set(new) - set(old), set(old) - set(new)
    if len(on | off) == 1:
        name = next(iter(on | off))
        return tr("Switch {name} on").format(name=name) if on else tr("Switch {name} off").format(name=name)
    return tr("Change input features")
