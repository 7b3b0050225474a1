"""Reading and writing the hand-written experiment file (``docs/project-format.md``).

Every field is checked by name: a typo is an error that names the field and the file, never silently ignored,
and every optional field that is missing gets its documented default. Files carry a ``version``; older versions
are upgraded by the functions in :data:`MIGRATIONS` before validation, newer ones are refused.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable

from mlp_studio.i18n import tr
from mlp_studio.data import DATASET_NAMES, FEATURE_NAMES, DatasetSpec
from mlp_studio.data.painted import (MAX_PAINTED_POINTS, extent_problem, painted_arrays, painted_points,
                                    painted_task, point_problem)
from mlp_studio.errors import MlpStudioError, SpecError
from mlp_studio.model.spec import (ACTIVATIONS, INITS, LOSSES, OPTIMIZERS, ExperimentSpec, LayerSpec,
                                   NetworkSpec, TrainingSpec)

FORMAT_NAME = "mlp-studio"
CURRENT_VERSION = 1
MIN_VERSION = 1  # the oldest version MIGRATIONS can upgrade
MAX_FILE_BYTES = 5_000_000  # a hand-written description is a few kB; refuse anything absurd before parsing
MAX_UNITS = 4096
MAX_LAYERS = 64
TABULAR_DATASETS = ("iris", "wine", "breast_cancer", "digits", "csv")

# version N -> function upgrading a version-N dict to version N + 1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}

TOP_FIELDS = {"format", "version", "name", "description", "dataset", "network", "training"}
DATASET_FIELDS = {"name", "samples", "noise", "test_fraction", "seed", "features", "path", "target", "task",
                  "points", "extent"}
NETWORK_FIELDS = {"layers", "loss", "init", "seed"}
LAYER_FIELDS = {"units", "activation"}
TRAINING_FIELDS = {"optimizer", "learning_rate", "momentum", "nesterov", "beta1", "beta2", "eps", "rho",
                   "batch_size", "epochs", "l1", "l2", "seed"}


class _Reader:
    """Typed access to one JSON object, with errors that name the field and the file."""

    def __init__(self, data: Any, path: str, file: str | None, allowed: set[str]):
        self.path, self.file = path, file
        if not isinstance(data, dict):
            raise self.error(tr("must be a JSON object"), path)
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise self.error(tr("unknown field {unknown!r} (allowed: {names})").format(
                                 unknown=unknown[0], names=', '.join(sorted(allowed))),
                             self._join(unknown[0]))
        self.data = data

    def _join(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def error(self, message: str, field: str | None = None) -> SpecError:
        return SpecError(message, field=field if field is not None else self.path or None, file=self.file)

    def has(self, key: str) -> bool:
        return key in self.data

    def number(self, key: str, default: float, low: float | None = None, high: float | None = None,
               low_open: bool = False, high_open: bool = False) -> float:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.error(tr("must be a finite number, not {value!r}").format(value=value), self._join(key))
        self._check_range(key, value, low, high, low_open, high_open)
        return float(value)

    def integer(self, key: str, default: int, low: int | None = None, high: int | None = None) -> int:
        value = self.data.get(key, default)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(tr("must be a whole number, not {value!r}").format(value=value), self._join(key))
        self._check_range(key, value, low, high, False, False)
        return value

    def _check_range(self, key, value, low, high, low_open, high_open) -> None:
        if low is not None and (value <= low if low_open else value < low):
            bound = (tr("greater than {x}") if low_open else tr("at least {x}")).format(x=f"{low:g}")
            raise self.error(tr("must be {bound}, not {value!r}").format(bound=bound, value=value), self._join(key))
        if high is not None and (value >= high if high_open else value > high):
            bound = (tr("less than {x}") if high_open else tr("at most {x}")).format(x=f"{high:g}")
            raise self.error(tr("must be {bound}, not {value!r}").format(bound=bound, value=value), self._join(key))

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.error(tr("must be true or false, not {value!r}").format(value=value), self._join(key))
        return value

    def text(self, key: str, default: str | None) -> str | None:
        value = self.data.get(key, default)
        if value is not None and not isinstance(value, str):
            raise self.error(tr("must be a string, not {value!r}").format(value=value), self._join(key))
        return value

    def choice(self, key: str, default: str | None, choices: tuple[str, ...] | list[str]) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise self.error(tr("is required"), self._join(key))
        if value not in choices:
            raise self.error(tr("unknown value {value!r} (choose one of: {names})").format(
                                 value=value, names=', '.join(choices)), self._join(key))
        return value


def _parse_dataset(data: Any, file: str | None) -> DatasetSpec:
    reader = _Reader(data, "dataset", file, DATASET_FIELDS)
    values: dict[str, Any] = {"name": reader.choice("name", None, DATASET_NAMES)}
    if reader.has("samples"):
        values["samples"] = reader.integer("samples", 0, low=4, high=100_000)
    if reader.has("noise"):
        values["noise"] = reader.number("noise", 0.0, low=0.0)
    values["test_fraction"] = reader.number("test_fraction", 0.25, low=0.0, high=1.0, high_open=True)
    values["seed"] = reader.integer("seed", 0, low=0)
    if reader.has("features"):
        if values["name"] in TABULAR_DATASETS:
            raise reader.error(tr("only applies to the 2-D data sets; {dataset!r} uses all its columns").format(
                                   dataset=values['name']),
                               "dataset.features")
        values["features"] = _parse_features(reader)
    if values["name"] == "csv":
        values["path"] = reader.text("path", None)
        values["target"] = reader.text("target", None)
        for key in ("path", "target"):
            if not values[key]:
                raise reader.error(tr("is required for a csv data set"), f"dataset.{key}")
        values["task"] = reader.choice("task", "auto", ("auto", "classification", "regression"))
        if values["task"] == "auto":
            values["task"] = None
    else:
        for key in ("path", "target", "task"):
            if reader.has(key):
                raise reader.error(tr("only applies to csv data sets, not {dataset!r}").format(
                                       dataset=values['name']), f"dataset.{key}")
    if values["name"] == "painted":
        if reader.has("extent"):
            values["extent"] = _parse_extent(reader)
        values["points"] = _parse_points(reader, values.get("extent"))
    else:
        for key in ("points", "extent"):
            if reader.has(key):
                raise reader.error(tr("only applies to the painted data set, not {dataset!r}").format(
                                       dataset=values['name']), f"dataset.{key}")
    return DatasetSpec(**values)


def _parse_extent(reader: _Reader) -> tuple[float, float, float, float]:
    """``dataset.extent`` of a painted set: ``[x_min, x_max, y_min, y_max]`` (docs/project-format.md)."""
    extent = reader.data.get("extent")
    problem = extent_problem(extent) if isinstance(extent, list) else (
        tr("must be [x_min, x_max, y_min, y_max], got {value!r}").format(value=extent))
    if problem is not None:
        raise reader.error(problem, "dataset.extent")
    return tuple(float(v) for v in extent)


def _parse_points(reader: _Reader, extent=None) -> tuple[tuple[float, float, int], ...]:
    """``dataset.points`` of a painted set: ``[[x1, x2, class], ...]``, two classes or more (docs/data.md)."""
    points = reader.data.get("points")
    if points is None:
        raise reader.error(tr("is required for the painted data set ([[x1, x2, class], ...])"), "dataset.points")
    if not isinstance(points, list):
        raise reader.error(tr("must be a list of [x1, x2, class] entries"), "dataset.points")
    if len(points) > MAX_PAINTED_POINTS:
        raise reader.error(tr("has {n:,} points; at most {max_painted_points:,} are allowed").format(
                               n=len(points), max_painted_points=MAX_PAINTED_POINTS),
                           "dataset.points")
    for index, item in enumerate(points):
        problem = point_problem(item) if isinstance(item, list) else f"must be [x1, x2, class], got {item!r}"
        if problem is not None:
            raise reader.error(problem, f"dataset.points[{index}]")
    canonical = painted_points(points, extent)
    try:
        painted_task(painted_arrays(canonical)[1])
    except MlpStudioError as error:
        raise reader.error(str(error).removeprefix("dataset.points: "), "dataset.points") from None
    return canonical


def _parse_features(reader: _Reader) -> tuple[str, ...]:
    features = reader.data["features"]
    if not isinstance(features, list) or not features:
        raise reader.error(tr("must be a non-empty list of feature names"), "dataset.features")
    for index, name in enumerate(features):
        if name not in FEATURE_NAMES:
            raise reader.error(tr("unknown feature {name!r} (choose from: {names})").format(
                                   name=name, names=', '.join(FEATURE_NAMES)),
                               f"dataset.features[{index}]")
    if len(set(features)) != len(features):
        raise reader.error(tr("lists a feature twice"), "dataset.features")
    return tuple(features)


def _parse_network(data: Any, file: str | None) -> NetworkSpec:
    reader = _Reader(data, "network", file, NETWORK_FIELDS)
    layers_data = reader.data.get("layers")
    if not isinstance(layers_data, list) or not layers_data:
        raise reader.error(tr("must be a non-empty list of layers (hidden layers, then the output layer)"),
                           "network.layers")
    if len(layers_data) > MAX_LAYERS:
        raise reader.error(tr("has {n} layers; at most {max_layers} are supported").format(
                               n=len(layers_data), max_layers=MAX_LAYERS), "network.layers")
    layers = tuple(_parse_layer(item, index, len(layers_data), file) for index, item in enumerate(layers_data))
    return NetworkSpec(
        layers=layers,
        loss=reader.choice("loss", _default_loss(layers[-1].activation), LOSSES),
        init=reader.choice("init", "xavier_uniform", INITS),
        seed=reader.integer("seed", 0, low=0),
    )


def _parse_layer(data: Any, index: int, count: int, file: str | None) -> LayerSpec:
    reader = _Reader(data, f"network.layers[{index}]", file, LAYER_FIELDS)
    if not reader.has("units"):
        raise reader.error(tr("is required"), f"network.layers[{index}].units")
    units = reader.integer("units", 0, low=1, high=MAX_UNITS)
    activation = reader.choice("activation", "tanh" if index < count - 1 else "sigmoid", ACTIVATIONS)
    if activation == "softmax" and index < count - 1:
        raise reader.error(tr("softmax is only allowed on the output layer"), f"network.layers[{index}].activation")
    return LayerSpec(units=units, activation=activation)


def _default_loss(output_activation: str) -> str:
    return {"sigmoid": "binary_crossentropy", "softmax": "categorical_crossentropy"}.get(output_activation, "mse")


def _parse_training(data: Any, file: str | None) -> TrainingSpec:
    reader = _Reader({} if data is None else data, "training", file, TRAINING_FIELDS)
    defaults = TrainingSpec()
    return TrainingSpec(
        optimizer=reader.choice("optimizer", defaults.optimizer, OPTIMIZERS),
        learning_rate=reader.number("learning_rate", defaults.learning_rate, low=0.0, low_open=True),
        momentum=reader.number("momentum", defaults.momentum, low=0.0, high=1.0, high_open=True),
        nesterov=reader.boolean("nesterov", defaults.nesterov),
        beta1=reader.number("beta1", defaults.beta1, low=0.0, high=1.0, high_open=True),
        beta2=reader.number("beta2", defaults.beta2, low=0.0, high=1.0, high_open=True),
        eps=reader.number("eps", defaults.eps, low=0.0, low_open=True),
        rho=reader.number("rho", defaults.rho, low=0.0, high=1.0, high_open=True),
        batch_size=reader.integer("batch_size", defaults.batch_size, low=0, high=1_000_000),
        epochs=reader.integer("epochs", defaults.epochs, low=1, high=10_000_000),
        l1=reader.number("l1", defaults.l1, low=0.0),
        l2=reader.number("l2", defaults.l2, low=0.0),
        seed=reader.integer("seed", defaults.seed, low=0),
    )


def _migrate(data: dict, file: str | None) -> dict:
    version = data.get("version", CURRENT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < MIN_VERSION:
        raise SpecError(tr("must be a whole number from {min_version} to {current_version}, not {version!r}").format(
                            min_version=MIN_VERSION, current_version=CURRENT_VERSION, version=version),
                        field="version", file=file)
    if version > CURRENT_VERSION:
        raise SpecError(tr("is {version}, but this MLP Studio reads versions up to {current_version}; please update "
                           "MLP Studio").format(
                            version=version, current_version=CURRENT_VERSION), field="version", file=file)
    while version < CURRENT_VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    return data


def parse_experiment(data: Any, file: str | None = None) -> ExperimentSpec:
    """Validate a decoded experiment description and return its spec.

    Parameters
    ----------
    data : object
        The decoded JSON value.
    file : str, optional
        Where it came from, for error messages.

    Raises
    ------
    SpecError
        Naming the field (and file) that is wrong.
    """
    top = _Reader(data, "", file, TOP_FIELDS)
    if top.data.get("format", FORMAT_NAME) != FORMAT_NAME:
        raise top.error(tr("must be {format_name!r}, not {found!r}").format(
                            format_name=FORMAT_NAME, found=top.data['format']), "format")
    data = _migrate(dict(top.data), file)
    if "dataset" not in data:
        raise top.error(tr("is required"), "dataset")
    if "network" not in data:
        raise top.error(tr("is required"), "network")
    return ExperimentSpec(
        name=top.text("name", "Untitled experiment") or "Untitled experiment",
        description=top.text("description", "") or "",
        dataset=_parse_dataset(data["dataset"], file),
        network=_parse_network(data["network"], file),
        training=_parse_training(data.get("training"), file),
    )


def read_json_file(path: Path, max_bytes: int, what: str) -> Any:
    """Read a small UTF-8 JSON file (BOM allowed), refusing absurd sizes before reading.

    Raises
    ------
    SpecError
        Naming the file: missing, a folder, too large, unreadable, not UTF-8 or not JSON (with line and column).
    """
    file = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SpecError(tr("is {size:,} bytes; {what} is at most {max_bytes:,}").format(
                                size=size, what=what, max_bytes=max_bytes), file=file)
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SpecError(tr("no such file"), file=file) from None
    except IsADirectoryError:
        raise SpecError(tr("is a folder, not a file"), file=file) from None
    except UnicodeDecodeError:
        raise SpecError(tr("is not a UTF-8 text file"), file=file) from None
    except OSError as error:
        raise SpecError(tr("cannot be read ({strerror})").format(strerror=error.strerror), file=file) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise SpecError(tr("is not valid JSON: {msg} at line {lineno}, column {colno}").format(
                            msg=error.msg, lineno=error.lineno, colno=error.colno),
                        file=file) from None


def load_experiment(path: str | Path) -> ExperimentSpec:
    """Read and validate an experiment file.

    Raises
    ------
    SpecError
        If the file is missing, too large, not UTF-8 JSON, or invalid.
    """
    path = Path(path)
    data = read_json_file(path, MAX_FILE_BYTES, "an experiment description")
    return parse_experiment(data, str(path))


def experiment_to_dict(spec: ExperimentSpec) -> dict:
    """Return the spec as a version-1 experiment description (a JSON-ready dict)."""
    dataset = spec.dataset
    data_dict: dict[str, Any] = {"name": dataset.name, "test_fraction": dataset.test_fraction,
                                 "seed": dataset.seed}
    keys = ("path", "target", "task") if dataset.name in TABULAR_DATASETS else ("samples", "noise", "features")
    if dataset.name == "painted":
        keys = ("features",)  # samples and noise do not apply; the points follow
    for key in keys:
        value = getattr(dataset, key, None)
        if value is not None:
            data_dict[key] = list(value) if isinstance(value, tuple) else value
    if dataset.name == "csv" and "task" not in data_dict:
        data_dict["task"] = "auto"
    if dataset.name == "painted":
        if dataset.extent is not None:
            data_dict["extent"] = [float(v) for v in dataset.extent]
        data_dict["points"] = [[x1, x2, label] for x1, x2, label in dataset.points or ()]
    network = spec.network
    return {
        "format": FORMAT_NAME,
        "version": CURRENT_VERSION,
        "name": spec.name,
        **({"description": spec.description} if spec.description else {}),
        "dataset": data_dict,
        "network": {
            "layers": [{"units": layer.units, "activation": layer.activation} for layer in network.layers],
            "loss": network.loss, "init": network.init, "seed": network.seed,
        },
        "training": asdict(spec.training),
    }
