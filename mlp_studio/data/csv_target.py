"""Turning the text of a CSV target column into class indices or regression values.

The automatic choice of task follows what a teacher would expect from the column:

- any cell that is not a number → classification with the cells as class names;
- whole numbers with at most 2 distinct values, or with at most ``MAX_AUTO_CLASSES`` distinct values that
  are also at most half the number of rows → classification (``0``/``1``, ``1``..``5`` ratings, digits);
- anything else → regression.

``task`` overrides the choice; ``"classification"`` means binary or multiclass by the class count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.errors import DataError

#: Most distinct whole numbers that are still taken as class labels automatically.
MAX_AUTO_CLASSES = 20
#: Most classes a classification target may have at all (a softmax over more is not a teaching example).
MAX_CLASSES = 100
#: Values a caller may force as the task; ``classification`` picks binary or multiclass by the class count.
TASK_OVERRIDES = ("binary", "multiclass", "classification", "regression")


@dataclass(frozen=True)
class TargetColumn:
    """A parsed target column.

    Attributes
    ----------
    values : ndarray, shape (n,)
        int64 class indices for classification, float64 values for regression.
    task : str
        ``"binary"``, ``"multiclass"`` or ``"regression"``.
    class_names : tuple of str
        Sorted class names; empty for regression.
    """

    values: np.ndarray
    task: str
    class_names: tuple[str, ...]


def _numbers(cells: list[str], lines: list[int], file: str, column: str) -> np.ndarray | None:
    """The cells as float64, shape (n,), or None if any is text; empty cells are an error."""
    values = np.empty(len(cells))
    numeric = True
    for i, text in enumerate(cells):
        if not text:
            raise DataError(tr("empty cell in the target column"), file=file, line=lines[i], column=column)
        if numeric:
            try:
                values[i] = float(text)
            except ValueError:
                numeric = False  # keep scanning: an empty cell further down is still worth reporting
    return values if numeric else None


def _check_finite(values: np.ndarray, cells: list[str], lines: list[int], file: str, column: str) -> None:
    bad = np.flatnonzero(~np.isfinite(values))
    if bad.size:
        i = int(bad[0])
        raise DataError(tr("{cells!r} is not a finite number").format(
                            cells=cells[i]), file=file, line=lines[i], column=column)


def _number_name(value: float) -> str:
    """Class name of a numeric label: ``"3"`` for 3.0, ``"2.5"`` for 2.5."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _auto_is_classification(values: np.ndarray) -> bool:
    """Whether a numeric target looks like class labels (see the module docstring)."""
    if not np.all(values == np.round(values)):
        return False
    distinct = np.unique(values).size
    return distinct <= 2 or (distinct <= MAX_AUTO_CLASSES and distinct <= values.size / 2)


def _classes(cells: list[str], values: np.ndarray | None) -> tuple[np.ndarray, tuple[str, ...]]:
    """Class indices, shape (n,), and sorted names (numerically when all labels are numbers)."""
    if values is not None:
        uniques, indices = np.unique(values, return_inverse=True)
        return indices.astype(np.int64), tuple(_number_name(v) for v in uniques)
    uniques, indices = np.unique(np.array(cells, dtype=object).astype(str), return_inverse=True)
    return indices.astype(np.int64), tuple(str(u) for u in uniques)


def _classification(cells, values, lines, task, file, column) -> TargetColumn:
    """Build the classification target, checking the class count against the task."""
    n_distinct = np.unique(values).size if values is not None else len(set(cells))
    if n_distinct > MAX_CLASSES:
        raise DataError(tr("the target has {n_distinct:,} different values; classification supports at most "
                           "{max_classes} classes (set the task to 'regression' if it is a measured quantity)").format(
                            n_distinct=n_distinct, max_classes=MAX_CLASSES),
                        file=file, column=column)
    labels, names = _classes(cells, values)
    if len(names) < 2:
        raise DataError(tr("the target has a single class ({names!r}); classification needs at least two").format(
                            names=names[0]),
                        file=file, column=column)
    if task == "binary" and len(names) != 2:
        shown = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
        raise DataError(tr("task 'binary' needs exactly two classes but the target has {n} ({shown})").format(
                            n=len(names), shown=shown),
                        file=file, column=column)
    chosen = task if task in ("binary", "multiclass") else ("binary" if len(names) == 2 else "multiclass")
    return TargetColumn(values=labels, task=chosen, class_names=names)


def check_task(task: str | None) -> None:
    """Raise DataError unless ``task`` is None or one of ``TASK_OVERRIDES``."""
    if task is not None and task not in TASK_OVERRIDES:
        raise DataError(tr("unknown task {task!r}; use one of {names}").format(
                            task=task, names=', '.join((repr(t) for t in TASK_OVERRIDES))))


def parse_target(cells: list[str], lines: list[int], task: str | None, file: str,
                 column: str) -> TargetColumn:
    """Interpret the target cells.

    Parameters
    ----------
    cells : list of str, length n
        Stripped text of the target cells.
    lines : list of int, length n
        The file line of each cell (for messages).
    task : {None, "binary", "multiclass", "classification", "regression"}
        Forced task, or None for the automatic choice.
    file, column : str
        The file and target column name (for messages).

    Returns
    -------
    TargetColumn

    Raises
    ------
    DataError
        Empty or non-finite cells, text in a regression target, a single class, too many classes, a
        class count that does not fit a forced ``"binary"``, or an unknown ``task``.
    """
    check_task(task)
    values = _numbers(cells, lines, file, column)
    if values is not None:
        _check_finite(values, cells, lines, file, column)
    if task == "regression" or (task is None and values is not None and not _auto_is_classification(values)):
        if values is None:
            i = next(i for i, text in enumerate(cells) if _not_number(text))
            raise DataError(tr("{cells!r} is not a number, but a regression target must be numeric").format(
                                cells=cells[i]),
                            file=file, line=lines[i], column=column)
        if np.unique(values).size < 2:
            raise DataError(tr("the target has the same value ({cells}) in every row; "
                               "there is nothing to learn").format(cells=cells[0]), file=file, column=column)
        return TargetColumn(values=values, task="regression", class_names=())
    return _classification(cells, values, lines, task, file, column)


def _not_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return True
    return False
