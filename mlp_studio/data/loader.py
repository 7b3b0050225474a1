"""``load_dataset``: from a :class:`DatasetSpec` to a split, network-ready :class:`Dataset`."""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.errors import DataError
from mlp_studio.resources import resource_path

from . import synthetic
from .csv_import import TabularData, read_csv_dataset
from .csv_target import TASK_OVERRIDES
from .features import make_features
from .painted import painted_arrays, painted_extent, painted_points, painted_task
from .registry import dataset_info
from .spec import Dataset, DatasetSpec, validate_common, validate_features, validate_synthetic
from .split import class_targets, fit_standardizer, split_indices

#: Task and class names of the shipped sets are fixed, so the loader forces them (see PROVENANCE.md).
_REAL_TASKS = {"iris": "multiclass", "wine": "multiclass", "breast_cancer": "binary", "digits": "multiclass"}
REAL_TARGET = "class"


def _rngs(seed: int) -> tuple[np.random.Generator, np.random.Generator]:
    """Independent generators for making the points and for splitting them, both from ``seed``.

    Separate streams mean a change of ``test_fraction`` does not change the generated points.
    """
    make, split = np.random.SeedSequence(seed).spawn(2)
    return np.random.default_rng(make), np.random.default_rng(split)


def load_dataset(spec: DatasetSpec, base_dir: Path | str | None = None, csv_data: bytes | None = None) -> Dataset:
    """Build, split and (for real and CSV sets) standardize the data set a spec asks for.

    Parameters
    ----------
    spec : DatasetSpec
    base_dir : Path or str, optional
        Folder that a ``csv`` spec's relative ``path`` is resolved against (the experiment file's folder);
        the current directory when None.
    csv_data : bytes, optional
        The CSV file's bytes, used instead of reading ``spec.path`` (a project file carries its CSV).

    Returns
    -------
    Dataset
        Frozen, with read-only float32 arrays; the same spec always gives the same numbers.

    Raises
    ------
    DataError
        Unknown name (listing the valid ones), out-of-range ``samples``/``noise``/``test_fraction``/``seed``,
        unknown features, or any problem with a CSV file.
    """
    info = dataset_info(spec.name)
    validate_common(spec)
    if info.kind == "synthetic":
        validate_synthetic(spec)
        return _planar(spec, info.description)
    if info.kind == "fixed":
        validate_features(spec.features)  # samples and noise do not apply to the four fixed points
        return _planar(spec, info.description)
    if info.kind == "painted":
        validate_features(spec.features)  # samples and noise do not apply to painted points
        return _painted(spec, info.description)
    if info.kind == "real":
        table = _real_table(spec.name)
        return _tabular(spec, table, info.description)
    return _tabular(spec, _csv_table(spec, base_dir, csv_data), info.description)


def _planar(spec: DatasetSpec, description: str) -> Dataset:
    """Generate a 2-D set, split it and compute its features (no scaling: the plane has fixed axes)."""
    make_rng, split_rng = _rngs(spec.seed)
    task = dataset_info(spec.name).task
    if spec.name == "xor4":
        points, target = synthetic.xor4()
        extent = synthetic.XOR4_EXTENT
    else:
        generators = {**synthetic.CLASSIFICATION_GENERATORS, **synthetic.REGRESSION_GENERATORS}
        points, target = generators[spec.name](int(spec.samples), float(spec.noise), make_rng)
        extent = synthetic.PLANE_EXTENT
    # The stored points are float32; compute the features from exactly those values (in float64), so that
    # ``inputs_for_points(points_train)`` reproduces ``X_train`` even where sin(x) or x1^2 amplify rounding.
    points = points.astype(np.float32).astype(np.float64)
    features = tuple(spec.features)
    labels = None if task == "regression" else target
    train, test = split_indices(len(points), float(spec.test_fraction), split_rng, labels)
    if spec.name == "xor4":
        # The tutorial walks through the four points in their textbook order; keep it.
        train, test = np.sort(train), np.sort(test)
    if task == "regression":
        Y = target.reshape(-1, 1)
        class_names: tuple[str, ...] = ()
    else:
        Y = class_targets(target, 2, task)
        class_names = ("0", "1")
    return Dataset(
        name=spec.name, description=description, task=task,
        X_train=make_features(points[train], features), Y_train=Y[train],
        X_test=make_features(points[test], features), Y_test=Y[test],
        labels_train=None if labels is None else labels[train],
        labels_test=None if labels is None else labels[test],
        input_names=features, class_names=class_names, is_planar=True,
        points_train=points[train], points_test=points[test], plane_extent=extent,
    )


def _painted(spec: DatasetSpec, description: str) -> Dataset:
    """Split painted points (stratified) and compute their features; classes ``"0"`` .. ``str(max class)``."""
    extent = painted_extent(spec.extent)
    points, labels = painted_arrays(painted_points(spec.points, extent))
    task, n_classes = painted_task(labels)
    _, split_rng = _rngs(spec.seed)
    points = points.astype(np.float32).astype(np.float64)  # features from exactly the stored float32 values
    features = tuple(spec.features)
    train, test = split_indices(len(points), float(spec.test_fraction), split_rng, labels)
    Y = class_targets(labels, n_classes, task)
    return Dataset(
        name=spec.name, description=description, task=task,
        X_train=make_features(points[train], features), Y_train=Y[train],
        X_test=make_features(points[test], features), Y_test=Y[test],
        labels_train=labels[train], labels_test=labels[test],
        input_names=features, class_names=tuple(str(k) for k in range(n_classes)), is_planar=True,
        points_train=points[train], points_test=points[test], plane_extent=extent,
    )


@functools.lru_cache(maxsize=8)
def _real_table(name: str) -> TabularData:
    """Parse a shipped CSV once per process (its arrays are read-only, so sharing is safe)."""
    path = resource_path("datasets", f"{name}.csv")
    return read_csv_dataset(path, REAL_TARGET, task=_REAL_TASKS[name])


def _csv_table(spec: DatasetSpec, base_dir: Path | str | None, csv_data: bytes | None = None) -> TabularData:
    """Read the user's CSV named by a ``csv`` spec."""
    if not spec.path:
        raise DataError(tr("dataset.path is required for a csv data set (the CSV file, relative to the experiment)"))
    if not spec.target:
        raise DataError(tr("dataset.target is required for a csv data set (the name of the column to predict)"))
    if spec.task is not None and spec.task not in TASK_OVERRIDES:
        raise DataError(tr("dataset.task: unknown task {task!r}; use one of {names}").format(
                            task=spec.task, names=', '.join((repr(t) for t in TASK_OVERRIDES))))
    if csv_data is not None:
        return read_csv_dataset(csv_data, spec.target, task=spec.task, name=spec.path)
    path = Path(spec.path).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    return read_csv_dataset(path, spec.target, task=spec.task)


def _tabular(spec: DatasetSpec, table: TabularData, description: str) -> Dataset:
    """Split a parsed table and standardize inputs (and a regression target) on the training rows."""
    _, split_rng = _rngs(spec.seed)
    regression = table.task == "regression"
    labels = None if regression else table.target
    train, test = split_indices(table.n_rows, float(spec.test_fraction), split_rng, labels)
    mean, scale = fit_standardizer(table.X[train])
    X = (table.X - mean) / scale
    target_mean = target_scale = None
    if regression:
        # Raw targets (prices, ...) can be in the thousands; an MSE on them diverges at once with the
        # default learning rates, so they are standardized like the inputs (R² is unaffected).
        t_mean, t_scale = fit_standardizer(table.target[train].reshape(-1, 1))
        target_mean, target_scale = float(t_mean[0]), float(t_scale[0])
        Y = ((table.target - target_mean) / target_scale).reshape(-1, 1)
    else:
        Y = class_targets(table.target, len(table.class_names), table.task)
    return Dataset(
        name=spec.name, description=description, task=table.task,
        X_train=X[train], Y_train=Y[train], X_test=X[test], Y_test=Y[test],
        labels_train=None if labels is None else labels[train],
        labels_test=None if labels is None else labels[test],
        input_names=table.input_names, class_names=table.class_names, is_planar=False,
        target_name=table.target_name, input_mean=mean, input_scale=scale,
        target_mean=target_mean, target_scale=target_scale,
    )
