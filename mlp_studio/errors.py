"""The typed errors every layer of MLP Studio raises for bad input.

All of them derive from :class:`MlpStudioError`, so the command line can turn any of them into a one-line
message and the GUI into a dialog, while genuine bugs (any other exception) still surface as tracebacks.
"""

from __future__ import annotations

from mlp_studio.i18n import tr


class MlpStudioError(Exception):
    """Base class for every error caused by user input (files, settings, data), not by a bug."""


class SpecError(MlpStudioError):
    """A project description is invalid.

    Parameters
    ----------
    message : str
        What is wrong and, where possible, what would be right.
    field : str, optional
        Dotted path of the offending field, e.g. ``"network.layers[1].units"``.
    file : str, optional
        The file the description came from.
    """

    def __init__(self, message: str, field: str | None = None, file: str | None = None):
        self.message = message
        self.field = field
        self.file = file
        super().__init__(self._format())

    def _format(self) -> str:
        where = ""
        if self.file:
            where += f"{self.file}: "
        if self.field:
            where += f"{self.field}: "
        return where + self.message


class DataError(MlpStudioError):
    """A data set or data file is unusable.

    Parameters
    ----------
    message : str
        What is wrong.
    file : str, optional
        The data file.
    line : int, optional
        1-based line number in the file.
    column : str, optional
        The column name (or 1-based index as text).
    """

    def __init__(self, message: str, file: str | None = None, line: int | None = None,
                 column: str | None = None):
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        super().__init__(self._format())

    def _format(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.line is not None:
            where.append(tr("line {n}").format(n=self.line))
        if self.column is not None:
            where.append(tr("column {name!r}").format(name=self.column))
        return (", ".join(where) + ": " if where else "") + self.message
