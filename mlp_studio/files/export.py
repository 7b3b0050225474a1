"""Exports of a trained network: a standalone NumPy script, weights and history as CSV.

The ONNX export lives in :mod:`mlp_studio.files.export_onnx` (``onnx`` is an optional dependency). Every
function accepts a :class:`~mlp_studio.model.session.Session` or a :class:`~mlp_studio.files.project.Project`
(rebuilt into a session with ``base_dir`` for a CSV path it does not carry). Files are written atomically.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio import __version__
from mlp_studio.model.session import Session

from .export_template import SCRIPT_TEMPLATE
from .project import Project, history_columns
from .project_io import ProjectError, atomic_write
from .project_session import session_from_project

DEMO_ROWS = 5


def as_session(source: Session | Project, base_dir: str | Path = ".") -> Session:
    """The session to export: ``source`` itself, or a project restored with its weights."""
    if isinstance(source, Session):
        return source
    if isinstance(source, Project):
        return session_from_project(source, base_dir)
    raise TypeError(f"expected a Session or a Project, not {type(source).__name__}")


def _write_text(path: str | Path, text: str) -> None:
    atomic_write(path, lambda handle: handle.write(text.encode("utf-8")))


def _number(value: float) -> str:
    """Shortest text that reads back as exactly the same float (``repr``), with nan/inf as Python names."""
    value = float(value)
    return repr(value) if math.isfinite(value) else f"float({str(value)!r})"


def _array_literal(array: np.ndarray, indent: str = "    ") -> str:
    """A nested-list literal of a 1-D or 2-D array, one row per line, exact to the last bit."""
    if array.ndim == 1:
        return "[" + ", ".join(_number(v) for v in array) + "]"
    rows = (f"{indent}[" + ", ".join(_number(v) for v in row) + "]," for row in array)
    return "[\n" + "\n".join(rows) + f"\n{indent[:-4]}]"


def python_script(session: Session) -> str:
    """The text of a standalone script (NumPy only) that reproduces ``session.network``'s predictions."""
    net, ds, spec = session.network, session.dataset, session.spec
    weights, biases = net.get_parameters()
    layers = []
    for i, (w, b, activation) in enumerate(zip(weights, biases, net.activations)):
        layers.append(f"    # layer {i + 1}: {w.shape[0]} -> {w.shape[1]}, {activation}\n"
                      f"    (np.array({_array_literal(w, ' ' * 8)}, dtype=DTYPE),\n"
                      f"     np.array({_array_literal(b)}, dtype=DTYPE), {activation!r}),")
    mean = None if ds.input_mean is None else _array_literal(np.asarray(ds.input_mean, np.float64))
    scale = None if ds.input_scale is None else _array_literal(np.asarray(ds.input_scale, np.float64))
    demo = _demo_rows(ds)
    values = {
        "name": spec.name.replace('"""', "'''"), "version": __version__, "dataset": ds.name, "task": ds.task,
        "dtype": np.dtype(net.dtype).name, "input_names": repr(list(ds.input_names)),
        "class_names": repr(list(ds.class_names)), "planar": repr(bool(ds.is_planar)),
        "input_mean": mean, "input_scale": scale,
        "target_mean": None if ds.target_mean is None else _number(ds.target_mean),
        "target_scale": None if ds.target_scale is None else _number(ds.target_scale),
        "layers": "\n".join(layers), "demo": _array_literal(demo, " " * 8),
        "demo_columns": "x1, x2" if ds.is_planar else ", ".join(ds.input_names),
    }
    return SCRIPT_TEMPLATE.format(**{k: str(v) for k, v in values.items()})


def _demo_rows(ds) -> np.ndarray:
    """A few raw input rows for the script's demo: plane points, or de-standardized test (or train) rows."""
    if ds.is_planar:
        points = ds.points_test if len(ds.points_test) else ds.points_train
        return np.asarray(points[:DEMO_ROWS], dtype=np.float64)
    X = ds.X_test if len(ds.X_test) else ds.X_train
    raw = np.asarray(X[:DEMO_ROWS], np.float64)
    if ds.input_mean is not None:
        raw = raw * np.asarray(ds.input_scale, np.float64) + np.asarray(ds.input_mean, np.float64)
    return raw


def export_python(source: Session | Project, path: str | Path, base_dir: str | Path = ".") -> None:
    """Write a standalone Python script (only NumPy needed) reproducing the network's predictions.

    The script's ``predict(X)`` takes raw inputs — plane points ``(x1, x2)`` (n, 2) for the 2-D sets, the
    CSV's feature columns (n, k) for tabular sets — applies the same feature mapping or standardization as
    MLP Studio, and returns (n, outputs): probabilities for classification, values in the target's units for
    regression. ``predict_classes(X)`` gives class names. It computes in the network's dtype, like the app.
    """
    _write_text(path, python_script(as_session(source, base_dir)))


def weights_csv(parameters) -> str:
    """CSV text with ``layer,kind,from,to,value`` rows: every weight, then every bias (``from`` empty)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["layer", "kind", "from", "to", "value"])
    for layer, (w, b) in enumerate(zip(*parameters), 1):
        for i, j in np.ndindex(*w.shape):
            writer.writerow([layer, "weight", i, j, _number(w[i, j])])
        for j, value in enumerate(b):
            writer.writerow([layer, "bias", "", j, _number(value)])
    return buffer.getvalue()


def export_weights_csv(source: Session | Project, path: str | Path, base_dir: str | Path = ".") -> None:
    """Write every weight and bias as CSV (see :func:`weights_csv`); an untrained project exports its
    seeded initial weights."""
    if isinstance(source, Project) and source.parameters is not None:
        parameters = source.parameters
    else:
        parameters = as_session(source, base_dir).network.get_parameters()
    _write_text(path, weights_csv(parameters))


def history_csv(history) -> str:
    """CSV text of the history columns (header = column names; NaN written as an empty cell)."""
    names = list(history)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    rows = len(next(iter(history.values()))) if names else 0
    for r in range(rows):
        writer.writerow(["" if math.isnan(history[n][r]) else _number(history[n][r]) for n in names])
    return buffer.getvalue()


def export_history_csv(source: Project | dict, path: str | Path) -> None:
    """Write the loss history (a project's, or a dict of equal-length columns) as CSV.

    Raises
    ------
    ProjectError
        If there is no history to export.
    """
    history = source.history if isinstance(source, Project) else history_columns(source)
    if not history:
        raise ProjectError(tr("there is no training history to export (train the network first)"))
    _write_text(path, history_csv(history))
