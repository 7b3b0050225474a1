"""Project files (``.mlpstudio``): an experiment with its trained state, saved and loaded safely.

A project file is a ZIP holding ``project.json`` (the experiment, design, view, lesson and training state),
``arrays.npz`` (weights, optimizer state, the epoch order, history columns) and, for a CSV data set,
``data.csv`` (the data itself, so the file is self-contained). See ``docs/files.md``.

>>> project = project_from_session(session, history=curves)      # doctest: +SKIP
>>> save_project("xor.mlpstudio", project)                        # doctest: +SKIP
>>> session = session_from_project(load_project("xor.mlpstudio"))  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio import __version__
from mlp_studio.errors import SpecError
from mlp_studio.files.experiment import TABULAR_DATASETS, experiment_to_dict, load_experiment, parse_experiment
from mlp_studio.model.spec import ExperimentSpec

from .migrations import CURRENT_VERSION, FORMAT_NAME, MAX_HISTORY_COLUMNS, MAX_HISTORY_ROWS, HISTORY_NAME
from .migrations import declared_version, migrate
from .project_io import MAX_FILE_BYTES, ZIP_MAGIC, ProjectError, atomic_write, read_archive, read_npz
from .project_io import write_archive
from .project_meta import MAX_ORDER_ROWS, json_object, lesson_object, optimizer_meta, split_optimizer_state
from .project_meta import trainer_meta

PROJECT_SUFFIX = ".mlpstudio"
MIME_TYPE = "application/x-mlp-studio"
META_FIELDS = {"format", "format_version", "saved_by", "experiment", "design", "view", "lesson", "parameters",
               "optimizer", "trainer", "history", "data_csv"}
DTYPES = {"float32": "<f4", "float64": "<f8"}

Parameters = tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...]]


def _frozen(array, dtype=None) -> np.ndarray:
    view = np.asarray(array, dtype=dtype).view()
    view.flags.writeable = False
    return view


@dataclass(frozen=True, eq=False)
class Project:
    """Everything a project file holds. Arrays are read-only views; treat the dicts as read-only too.

    Attributes
    ----------
    experiment : ExperimentSpec
        Data set, network and training settings.
    parameters : (weights, biases) or None
        Tuples of arrays: ``weights[i]`` (fan_in, fan_out), ``biases[i]`` (fan_out,), float32 or float64;
        None for an untrained experiment (the network starts from its seeded initialisation).
    optimizer_state : dict or None
        The engine optimizer's ``state_dict()`` (hyper-parameters, ``step_count``, flat (n_params,) arrays).
    trainer_state : dict or None
        ``Trainer.state_dict()``: epoch, step count, batch position, shuffling generator, epoch order.
    history : dict of str to ndarray
        Equal-length float64 (rows,) columns, e.g. ``epoch``, ``train_loss``, ``test_loss``,
        ``train_metric``, ``test_metric``.
    design, view : dict
        Free JSON for the editor (node positions, ...) and the window (chosen plots, zoom, ...).
    lesson : dict or None
        ``{"title": str | {"en": str, "zh": str}, "text": {"en": str, "zh": str}, "locked_controls": [str, ...]}``,
        plus, for a project made by :func:`mlp_studio.files.lessons.lesson_project`, ``hidden_controls``,
        ``summary``, ``lesson_id`` and ``variant`` (see ``docs/files.md`` and ``docs/lessons.md``).
    csv_bytes : bytes or None
        The imported CSV file for a ``csv`` data set (used instead of ``experiment.dataset.path``).
    """

    experiment: ExperimentSpec
    parameters: Parameters | None = None
    optimizer_state: Mapping[str, Any] | None = None
    trainer_state: Mapping[str, Any] | None = None
    history: Mapping[str, np.ndarray] = field(default_factory=dict)
    design: Mapping[str, Any] = field(default_factory=dict)
    view: Mapping[str, Any] = field(default_factory=dict)
    lesson: Mapping[str, Any] | None = None
    csv_bytes: bytes | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.experiment, ExperimentSpec):
            raise ProjectError(tr("a project needs an ExperimentSpec"))
        set_ = object.__setattr__
        set_(self, "design", json_object(self.design, "design"))
        set_(self, "view", json_object(self.view, "view"))
        set_(self, "lesson", lesson_object(self.lesson))
        set_(self, "history", history_columns(self.history))
        if self.parameters is not None:
            weights, biases = self.parameters
            set_(self, "parameters", (tuple(_frozen(w) for w in weights), tuple(_frozen(b) for b in biases)))
            _check_parameters(self.experiment, self.layer_sizes, self.parameters[0][0].dtype.name, None)
        if self.csv_bytes is not None:
            set_(self, "csv_bytes", bytes(self.csv_bytes))

    @property
    def layer_sizes(self) -> list[int] | None:
        """Input width then each layer's width, from the weights; None when untrained."""
        if self.parameters is None:
            return None
        weights = self.parameters[0]
        return [int(weights[0].shape[0])] + [int(w.shape[1]) for w in weights]


def history_columns(history) -> dict[str, np.ndarray]:
    """Equal-length read-only float64 columns from a mapping or an object with column attributes."""
    if history is None:
        return {}
    if not isinstance(history, Mapping):
        names = ("epoch", "train_loss", "test_loss", "train_metric", "test_metric")
        history = {name: getattr(history, name) for name in names if hasattr(history, name)}
    if len(history) > MAX_HISTORY_COLUMNS:
        raise ProjectError(tr("history has more than {max_history_columns} columns").format(
                               max_history_columns=MAX_HISTORY_COLUMNS))
    columns = {}
    for name, values in history.items():
        if not isinstance(name, str) or not HISTORY_NAME.fullmatch(name):
            raise ProjectError(tr("history column name {name!r} must be a plain identifier "
                                  "(letters, digits, _)").format(name=name))
        column = _frozen(np.array(values, dtype=np.float64))
        if column.ndim != 1 or len(column) > MAX_HISTORY_ROWS:
            raise ProjectError(tr("history column {name!r} must be one-dimensional, "
                                  "at most {max_history_rows:,} long").format(
                                   name=name, max_history_rows=MAX_HISTORY_ROWS))
        columns[name] = column
    if len({len(column) for column in columns.values()}) > 1:
        raise ProjectError(tr("history columns must all have the same length"))
    return columns


def _check_parameters(spec: ExperimentSpec, sizes: list[int], dtype: str, file: str | None) -> None:
    """The weights' layer sizes must be the experiment's; the input width must suit a planar set."""
    units = [layer.units for layer in spec.network.layers]
    if dtype not in DTYPES:
        raise ProjectError(tr("weights must be float32 or float64, not {dtype}").format(dtype=dtype), file=file)
    if sizes[1:] != units:
        raise ProjectError(tr("the weights have layer sizes {sizes} but the experiment's layers have "
                              "{units} units").format(sizes=sizes[1:], units=units), file=file)
    if spec.dataset.name not in TABULAR_DATASETS:
        if sizes[0] != len(spec.dataset.features):
            raise ProjectError(tr("the weights take {sizes} inputs but the data set has {n} features").format(
                                   sizes=sizes[0], n=len(spec.dataset.features)), file=file)


# --------------------------------------------------------------------------------------------- saving

def _meta_and_arrays(project: Project) -> tuple[dict, dict[str, np.ndarray]]:
    """The ``project.json`` dict and the ``arrays.npz`` arrays of a project (current format version)."""
    arrays: dict[str, np.ndarray] = {}
    meta: dict[str, Any] = {
        "format": FORMAT_NAME, "format_version": CURRENT_VERSION, "saved_by": f"mlp-studio {__version__}",
        "experiment": experiment_to_dict(project.experiment), "design": project.design, "view": project.view,
        "lesson": project.lesson, "parameters": None, "optimizer": None, "trainer": None,
        "history": list(project.history), "data_csv": project.csv_bytes is not None,
    }
    if project.parameters is not None:
        weights, biases = project.parameters
        meta["parameters"] = {"dtype": weights[0].dtype.name, "layer_sizes": project.layer_sizes}
        for i, (w, b) in enumerate(zip(weights, biases)):
            arrays[f"W{i}"], arrays[f"b{i}"] = w, b
    if project.optimizer_state is not None:
        values, state_arrays = split_optimizer_state(project.optimizer_state)
        meta["optimizer"] = {"name": project.experiment.training.optimizer, "values": values,
                             "arrays": sorted(state_arrays)}
        arrays.update({f"optimizer.{key}": value for key, value in state_arrays.items()})
    if project.trainer_state is not None:
        trainer = dict(project.trainer_state)
        order = trainer.pop("order", None)
        meta["trainer"] = {**trainer, "order": order is not None}
        if order is not None:
            arrays["trainer.order"] = np.asarray(order, dtype=np.int64)
    arrays.update({f"history.{name}": column for name, column in project.history.items()})
    return meta, arrays


def save_project(path: str | Path, project: Project) -> None:
    """Write ``project`` to ``path`` atomically (temporary file beside it, fsync, rename).

    Raises
    ------
    ProjectError
        If the folder cannot be written; the previous file (if any) is then unchanged.
    """
    meta, arrays = _meta_and_arrays(project)
    atomic_write(path, lambda handle: write_archive(handle, meta, arrays, project.csv_bytes))


# -------------------------------------------------------------------------------------------- loading

def load_project(path: str | Path) -> Project:
    """Read a ``.mlpstudio`` project, or a hand-written experiment ``.json`` (giving an untrained Project).

    Nothing is shared with any other project: on error the caller's current project is untouched.

    Raises
    ------
    ProjectError
        For a missing, oversized, damaged, unsafe or newer-version project file (message names the file).
    SpecError
        For an invalid hand-written experiment JSON.
    """
    path = Path(path)
    file = str(path)
    head = _peek(path)
    if head.startswith(ZIP_MAGIC):
        return _load_archive(path)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return Project(experiment=load_experiment(path))
    raise ProjectError(tr("is neither an MLP Studio project (.mlpstudio) nor an experiment description (.json)"),
                       file=file)


def _peek(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise ProjectError(tr("is a folder, not a file"), file=str(path))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(tr("is {size:,} bytes; a project is at most {max_file_bytes:,}").format(
                                   size=size, max_file_bytes=MAX_FILE_BYTES), file=str(path))
        with path.open("rb") as handle:
            return handle.read(64)
    except FileNotFoundError:
        raise ProjectError(tr("no such file"), file=str(path)) from None
    except OSError as error:
        raise ProjectError(tr("cannot be read ({reason})").format(
                               reason=error.strerror or error), file=str(path)) from None


def _load_archive(path: Path) -> Project:
    file = str(path)
    members = read_archive(path)
    meta = _decode_meta(members["project.json"], file)
    version = declared_version(meta, file)
    spec = _parse_spec(meta.get("experiment"), file)
    expected = _expected_arrays(meta, spec, version, file)
    arrays = read_npz(members["arrays.npz"], expected, file)
    meta, arrays = migrate(meta, arrays, file)
    if meta.get("data_csv") is not ("data.csv" in members):
        raise ProjectError(tr("data_csv in project.json does not match the archive's members"), file=file)
    return _project_from(meta, arrays, spec, members.get("data.csv"), file)


def _decode_meta(raw: bytes, file: str) -> dict:
    try:
        meta = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as error:
        raise ProjectError(tr("project.json is not valid UTF-8 JSON ({error})").format(
                               error=error), file=file) from None
    if not isinstance(meta, dict):
        raise ProjectError(tr("project.json must hold a JSON object"), file=file)
    unknown = sorted(set(meta) - META_FIELDS)
    if unknown:
        raise ProjectError(tr("project.json has an unknown field {unknown!r}").format(unknown=unknown[0]), file=file)
    return meta


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def _parse_spec(data: Any, file: str) -> ExperimentSpec:
    try:
        return parse_experiment(data, file=f"{file} (project.json experiment)")
    except SpecError as error:
        raise ProjectError(tr("experiment: {field}{message}").format(
                               field=error.field + ": " if error.field else "", message=error.message),
                           file=file) from None


def _expected_arrays(meta: dict, spec: ExperimentSpec, version: int, file: str) -> dict:
    """Shape checks for exactly the arrays ``project.json`` announces (checked before any is read)."""
    expected: dict = {}
    sizes, dtype = _parameter_meta(meta.get("parameters"), spec, file)
    if sizes is not None:
        for i in range(len(sizes) - 1):
            expected[f"W{i}"] = _exact((sizes[i], sizes[i + 1]), DTYPES[dtype])
            expected[f"b{i}"] = _exact((sizes[i + 1],), DTYPES[dtype])
    if meta.get("optimizer") is not None:
        if sizes is None:
            raise ProjectError(tr("an optimizer state without weights"), file=file)
        optimizer = optimizer_meta(meta["optimizer"], spec.training.optimizer, file)
        n_params = sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))
        for name in optimizer["arrays"]:
            expected[f"optimizer.{name}"] = _exact((n_params,), DTYPES[dtype])
    if meta.get("trainer") is not None and trainer_meta(meta["trainer"], file)["order"]:
        expected["trainer.order"] = _bounded(MAX_ORDER_ROWS, "<i8")
    if version >= 2:
        names = meta.get("history")
        if (not isinstance(names, list) or len(names) > MAX_HISTORY_COLUMNS
                or not all(isinstance(n, str) and HISTORY_NAME.fullmatch(n) for n in names)):
            raise ProjectError(tr("history must be a list of column names"), file=file)
        expected.update({f"history.{name}": _bounded(MAX_HISTORY_ROWS, "<f8") for name in names})
    return expected


def _parameter_meta(value: Any, spec: ExperimentSpec, file: str) -> tuple[list[int] | None, str]:
    if value is None:
        return None, "float32"
    if not isinstance(value, dict) or set(value) != {"dtype", "layer_sizes"}:
        raise ProjectError(tr("parameters must hold exactly dtype and layer_sizes"), file=file)
    sizes = value["layer_sizes"]
    if (not isinstance(sizes, list) or not all(isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= 10_000
                                                for n in sizes)):
        raise ProjectError(tr("parameters.layer_sizes must be a list of whole numbers from 1 to 10,000"), file=file)
    _check_parameters(spec, sizes, value["dtype"], file)
    return sizes, value["dtype"]


def _exact(shape: tuple[int, ...], dtype: str):
    def check(name, actual_shape, actual_dtype):
        if actual_dtype != dtype:
            return f"has type {actual_dtype}, expected {dtype}"
        return None if actual_shape == shape else f"has shape {actual_shape}, expected {shape}"
    return check


def _bounded(max_rows: int, dtype: str):
    def check(name, shape, actual_dtype):
        if actual_dtype != dtype:
            return f"has type {actual_dtype}, expected {dtype}"
        return None if len(shape) == 1 and shape[0] <= max_rows else f"must be 1-D with at most {max_rows:,} rows"
    return check


def _project_from(meta: dict, arrays: dict, spec: ExperimentSpec, csv_bytes: bytes | None, file: str) -> Project:
    parameters = None
    if meta.get("parameters") is not None:
        n = len(meta["parameters"]["layer_sizes"]) - 1
        parameters = (tuple(arrays[f"W{i}"] for i in range(n)), tuple(arrays[f"b{i}"] for i in range(n)))
    optimizer_state = None
    if meta.get("optimizer") is not None:
        optimizer = meta["optimizer"]
        optimizer_state = {**optimizer["values"], **{k: arrays[f"optimizer.{k}"] for k in optimizer["arrays"]}}
    trainer_state = None
    if meta.get("trainer") is not None:
        trainer_state = {**meta["trainer"], "order": arrays.get("trainer.order")}
    history = {name: arrays[f"history.{name}"] for name in meta["history"]}
    try:
        return Project(experiment=spec, parameters=parameters, optimizer_state=optimizer_state,
                       trainer_state=trainer_state, history=history, design=meta.get("design"),
                       view=meta.get("view"), lesson=meta.get("lesson"), csv_bytes=csv_bytes)
    except ProjectError as error:
        raise ProjectError(error.message, file=file) from None
