"""Upgrading older project files, one version at a time.

A migration takes the decoded ``project.json`` dict and the arrays of ``arrays.npz`` of version ``n`` and
returns those of version ``n + 1``. :func:`migrate` chains them up to :data:`CURRENT_VERSION`; every earlier
version has a fixture in ``tests/files/fixtures/`` that must keep loading.

Versions
--------
1
    ``history`` is a JSON list of row objects (``{"epoch": 1, "train_loss": 0.69, ...}``); there is no
    ``view`` object.
2
    ``history`` is the list of column names; each column is the float64 array ``history.<name>`` in
    ``arrays.npz`` (a long run's curves no longer bloat the JSON); ``view`` holds the window's view state.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import numpy as np

from .project_io import ProjectError

from mlp_studio.i18n import tr

FORMAT_NAME = "mlp-studio-project"
CURRENT_VERSION = 2
MIN_VERSION = 1
MAX_HISTORY_ROWS = 2_000_000
MAX_HISTORY_COLUMNS = 32
HISTORY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")

Meta = dict
Arrays = dict[str, np.ndarray]


def _v1_to_v2(meta: Meta, arrays: Arrays, file: str) -> tuple[Meta, Arrays]:
    """Move the history rows out of the JSON into float64 columns; add an empty view state."""
    rows = meta.get("history", [])
    if not isinstance(rows, list) or len(rows) > MAX_HISTORY_ROWS:
        raise ProjectError(tr("history must be a list of at most {max_history_rows:,} rows (version 1)").format(
                               max_history_rows=MAX_HISTORY_ROWS), file=file)
    names: list[str] = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            raise ProjectError(tr("history[{index}] must be an object of numbers (version 1)").format(
                                   index=index), file=file)
        for key, value in row.items():
            if not HISTORY_NAME.fullmatch(key) or isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ProjectError(tr("history[{index}].{key} must be a number with a plain name (version 1)").format(
                                       index=index, key=key),
                                   file=file)
            if key not in names:
                names.append(key)
    if len(names) > MAX_HISTORY_COLUMNS:
        raise ProjectError(tr("history has more than {max_history_columns} columns (version 1)").format(
                               max_history_columns=MAX_HISTORY_COLUMNS), file=file)
    arrays = dict(arrays)
    for name in names:
        arrays["history." + name] = np.array([row.get(name, math.nan) for row in rows], dtype=np.float64)
    meta = {**meta, "format_version": 2, "history": names, "view": meta.get("view", {})}
    return meta, arrays


MIGRATIONS: dict[int, Callable[[Meta, Arrays, str], tuple[Meta, Arrays]]] = {1: _v1_to_v2}


def declared_version(meta: Meta, file: str) -> int:
    """The ``format_version`` of a decoded ``project.json``, checked against what this build reads.

    Raises
    ------
    ProjectError
        Not a project, a malformed version, or a version newer than :data:`CURRENT_VERSION`.
    """
    if meta.get("format") != FORMAT_NAME:
        raise ProjectError(tr("project.json is not an MLP Studio project (format is {value!r}, expected "
                              "{format_name!r})").format(value=meta.get('format'), format_name=FORMAT_NAME), file=file)
    version = meta.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < MIN_VERSION:
        raise ProjectError(tr("format_version must be a whole number from {min_version} to {current_version}, not "
                              "{version!r}").format(
                               min_version=MIN_VERSION, current_version=CURRENT_VERSION, version=version), file=file)
    if version > CURRENT_VERSION:
        raise ProjectError(tr("this project was made by a newer MLP Studio (format version {version}; this one reads "
                              "up to {current_version}); please update MLP Studio").format(
                               version=version, current_version=CURRENT_VERSION), file=file)
    return version


def migrate(meta: Meta, arrays: Arrays, file: str) -> tuple[Meta, Arrays]:
    """Upgrade ``meta`` and ``arrays`` to :data:`CURRENT_VERSION` (a no-op for current files)."""
    version = declared_version(meta, file)
    while version < CURRENT_VERSION:
        meta, arrays = MIGRATIONS[version](meta, arrays, file)
        version = meta["format_version"]
    return meta, arrays

