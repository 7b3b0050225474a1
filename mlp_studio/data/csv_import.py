"""Reading a user's CSV file into numeric inputs and a target, with errors that point at the cell.

Only the standard library's :mod:`csv` module parses the text (no pandas). The file is read line by line
from bytes, so a non-UTF-8 byte is reported with its line, and numbers are gathered in NumPy chunks so that
a large file never sits in memory as millions of Python floats. Size caps are checked while streaming,
before anything big is allocated.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.errors import DataError

from .csv_target import MAX_CLASSES, TargetColumn, check_task, parse_target

__all__ = ["MAX_CELLS", "MAX_CLASSES", "MAX_COLUMNS", "MAX_ROWS", "TabularData", "read_csv_dataset",
           "read_csv_header"]

#: Refuse files beyond these sizes: far past anything a teaching network trains on interactively.
MAX_ROWS = 1_000_000
MAX_COLUMNS = 10_000
MAX_CELLS = 50_000_000  # 400 MB as float64
_CHUNK_ROWS = 4096
_BOM = b"\xef\xbb\xbf"
_BARE_CR = re.compile(r"(?<=\r)(?!\n)")  # split point after a CR that no LF follows


@dataclass(frozen=True)
class TabularData:
    """A whole CSV file parsed into inputs and target, before any split or scaling.

    Attributes
    ----------
    X : ndarray of float64, shape (n, k), read-only
        The feature columns in file order (every column except the target).
    target : ndarray, shape (n,), read-only
        Class indices (int64) into ``class_names`` for classification, values (float64) for regression.
    task : str
        ``"binary"``, ``"multiclass"`` or ``"regression"``.
    input_names : tuple of str
        Header names of the feature columns.
    class_names : tuple of str
        Sorted class names (numbers written as in ``"0"``, ``"2.5"``); empty for regression.
    target_name : str
        Header name of the target column.
    file : str
        The file it was read from (for messages).
    """

    X: np.ndarray
    target: np.ndarray
    task: str
    input_names: tuple[str, ...]
    class_names: tuple[str, ...]
    target_name: str
    file: str

    @property
    def n_rows(self) -> int:
        """Number of data rows."""
        return int(self.X.shape[0])


def _decoded_lines(raw: Iterator[bytes], file: str) -> Iterator[str]:
    """Decode byte lines as UTF-8 (dropping a BOM), naming the line of the first undecodable byte."""
    for number, line in enumerate(raw, 1):
        if number == 1 and line.startswith(_BOM):
            line = line[len(_BOM):]
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(tr("the file is not UTF-8 text (byte 0x{byte:02X} at character {position}); save it as "
                               "UTF-8 CSV").format(
                                byte=line[exc.start], position=exc.start + 1), file=file, line=number) from None
        if "\r" in text.rstrip("\r\n"):
            # Old Mac files end lines with a bare CR, which binary reading does not split on.
            yield from _BARE_CR.split(text)
        else:
            yield text


def _sniff_delimiter(header: str) -> str:
    """Comma or semicolon: whichever occurs more often in the header line (comma on a tie)."""
    return ";" if header.count(";") > header.count(",") else ","


class _CsvSource:
    """An open CSV file: the header, its delimiter and a reader positioned at the first data row."""

    def __init__(self, path, file: str):
        self.file = file
        try:
            if isinstance(path, (bytes, bytearray, memoryview)):
                self._handle = io.BytesIO(bytes(path))  # CSV bytes kept inside a project file
            else:
                self._handle = open(path, "rb")  # noqa: SIM115 - closed by close() / the with block
        except FileNotFoundError:
            raise DataError(tr("file not found"), file=file) from None
        except IsADirectoryError:
            raise DataError(tr("is a folder, not a CSV file"), file=file) from None
        except OSError as exc:
            raise DataError(tr("cannot open the file ({strerror})").format(strerror=exc.strerror), file=file) from None
        lines = _decoded_lines(self._handle, file)
        peeked = []
        for line in lines:
            peeked.append(line)
            if line.strip():
                break
        if not peeked or not peeked[-1].strip():
            self.close()
            raise DataError(tr("the file is empty"), file=file)
        self.delimiter = _sniff_delimiter(peeked[-1])
        self.reader = csv.reader(itertools.chain(peeked, lines), delimiter=self.delimiter)
        self.header = self._read_header()

    def _read_header(self) -> tuple[str, ...]:
        row = self.next_row()
        names = tuple(cell.strip() for cell in row)
        if len(names) > MAX_COLUMNS:
            raise DataError(tr("the file has {n:,} columns; at most {max_columns:,} are supported").format(
                                n=len(names), max_columns=MAX_COLUMNS),
                            file=self.file, line=self.line)
        for index, name in enumerate(names, 1):
            if not name:
                raise DataError(tr("the header has an empty column name"), file=self.file, line=self.line,
                                column=str(index))
            if names.index(name) != index - 1:
                raise DataError(tr("the header names this column twice"), file=self.file, line=self.line,
                                column=name)
        return names

    @property
    def line(self) -> int:
        """Line number (1-based) where the last row returned ended."""
        return self.reader.line_num

    def next_row(self) -> list[str] | None:
        """Next non-blank row, or None at the end of the file."""
        try:
            for row in self.reader:
                if row and not (len(row) == 1 and not row[0].strip()):
                    return row
        except csv.Error as exc:
            raise DataError(tr("cannot read the CSV text ({exc})").format(
                                exc=exc), file=self.file, line=self.line + 1) from None
        return None

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> _CsvSource:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _open_source(path, name: str | None = None) -> tuple[_CsvSource, str]:
    if isinstance(path, (bytes, bytearray, memoryview)):
        file = name or "CSV data"
        return _CsvSource(path, file), file
    file = name or str(path)
    return _CsvSource(Path(path), file), file


def read_csv_header(path) -> tuple[str, ...]:
    """Column names of a CSV file (for choosing the target column in the GUI).

    Raises
    ------
    DataError
        For a missing, empty, non-UTF-8 file or a malformed header.
    """
    source, _ = _open_source(path)
    with source:
        return source.header


def _parse_number(text: str, decimal_comma: bool) -> float | None:
    """The float written in ``text``, or None if it is not a number (``1,5`` counts in ``;`` files)."""
    try:
        return float(text)
    except ValueError:
        pass
    if decimal_comma and text.count(",") == 1:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None
    return None


def _parse_feature_row(row: list[str], feature_cols: list[int], source: _CsvSource) -> list[float]:
    """Floats of the feature cells of one row; every problem names the line and column."""
    values = []
    decimal_comma = source.delimiter == ";"
    for col in feature_cols:
        text = row[col].strip()
        name = source.header[col]
        if not text:
            raise DataError(tr("empty cell"), file=source.file, line=source.line, column=name)
        value = _parse_number(text, decimal_comma)
        if value is None:
            raise DataError(tr("{text!r} is not a number (feature columns must be numeric)").format(text=text),
                            file=source.file, line=source.line, column=name)
        if not math.isfinite(value):
            raise DataError(tr("{text!r} is not a finite number").format(
                                text=text), file=source.file, line=source.line,
                            column=name)
        values.append(value)
    return values


def _target_text(text: str, decimal_comma: bool) -> str:
    """Target cell text, with a decimal comma (``2,5`` in a ``;`` file) rewritten as a point."""
    if decimal_comma and "," in text and _parse_number(text, True) is not None:
        return text.replace(",", ".")
    return text


def _read_rows(source: _CsvSource, target_col: int) -> tuple[np.ndarray, list[str], list[int]]:
    """Stream the data rows: features into float64 chunks, target cells kept as text with their lines."""
    width = len(source.header)
    feature_cols = [c for c in range(width) if c != target_col]
    max_rows = min(MAX_ROWS, MAX_CELLS // width)
    chunks, chunk = [], []
    targets, lines = [], []
    while (row := source.next_row()) is not None:
        if len(row) != width:
            raise DataError(tr("this row has {n} values but the header has {width} columns").format(
                                n=len(row), width=width),
                            file=source.file, line=source.line)
        if len(targets) >= max_rows:
            raise DataError(tr("the file has more than {max_rows:,} data rows ({width:,} columns); at most "
                               "{max_rows2:,} rows and {max_cells:,} cells are supported").format(
                                max_rows=max_rows, width=width, max_rows2=MAX_ROWS,
                                max_cells=MAX_CELLS), file=source.file,
                            line=source.line)
        chunk.append(_parse_feature_row(row, feature_cols, source))
        targets.append(_target_text(row[target_col].strip(), source.delimiter == ";"))
        lines.append(source.line)
        if len(chunk) == _CHUNK_ROWS:
            chunks.append(np.array(chunk, dtype=np.float64))
            chunk = []
    if chunk:
        chunks.append(np.array(chunk, dtype=np.float64))
    if not targets:
        raise DataError(tr("the file has a header but no data rows"), file=source.file)
    return np.concatenate(chunks, axis=0), targets, lines


def read_csv_dataset(path, target: str, task: str | None = None, name: str | None = None) -> TabularData:
    """Read a CSV file with a header row into numeric inputs and one target column.

    The delimiter (comma or semicolon) is sniffed from the header; the text is UTF-8 with or without a
    byte-order mark. Every column except ``target`` must be numeric. The target may hold numbers or text
    labels; the task is chosen as described in :func:`mlp_studio.data.csv_target.parse_target` unless
    ``task`` forces it.

    Parameters
    ----------
    path : str, Path or bytes
        The CSV file, or its bytes (e.g. the copy kept inside a project file).
    target : str
        Header name of the column to predict.
    task : {None, "binary", "multiclass", "classification", "regression"}
        Override the automatic choice of task.
    name : str, optional
        How messages name the data (default: the path, or "CSV data" for bytes).

    Returns
    -------
    TabularData

    Raises
    ------
    DataError
        Naming the file, and where it applies the line and column: missing, empty or non-UTF-8 file,
        header without rows, ragged rows, empty cells, text or non-finite numbers in a feature column,
        a missing target column (listing the columns), a single class, or a file beyond the size caps.
    """
    check_task(task)
    source, file = _open_source(path, name)
    with source:
        header = source.header
        if target not in header:
            raise DataError(tr("there is no target column {target!r}; the columns are {names}").format(
                                target=target, names=', '.join((repr(name) for name in header))), file=file)
        if len(header) < 2:
            raise DataError(tr("the file has only the target column {target!r}; at least one numeric input column is "
                               "needed").format(target=target), file=file)
        target_col = header.index(target)
        X, cells, lines = _read_rows(source, target_col)
    column: TargetColumn = parse_target(cells, lines, task, file=file, column=target)
    X.flags.writeable = False
    column.values.flags.writeable = False
    return TabularData(X=X, target=column.values, task=column.task,
                       input_names=tuple(n for n in header if n != target), class_names=column.class_names,
                       target_name=target, file=file)
