"""The bytes of a project file: the ZIP container, its NumPy arrays, and the atomic write.

Nothing here knows what a network is; :mod:`mlp_studio.files.project` gives the members their meaning. The
rules (``docs/files.md``): only known member names, every declared size checked against a cap *before* reading,
every read bounded (an archive may lie about its sizes), ``.npy`` headers checked (dtype and shape) before an
array is allocated, never pickle, and a save that either completes or leaves the previous file untouched.
"""

from __future__ import annotations

import ast
import io
import json
import os
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.errors import MlpStudioError

MAX_FILE_BYTES = 1 << 30          # the whole project file
MAX_MEMBER_BYTES = {"project.json": 5_000_000, "arrays.npz": 512 << 20, "data.csv": 200_000_000}
REQUIRED_MEMBERS = ("project.json", "arrays.npz")
ALLOWED_DTYPES = ("<f4", "<f8", "<i8")   # float32, float64, int64 (little-endian as written by NumPy)
MAX_NPY_HEADER = 10_000
ZIP_MAGIC = b"PK\x03\x04"


class ProjectError(MlpStudioError):
    """A project file cannot be read or written.

    Parameters
    ----------
    message : str
        What is wrong.
    file : str, optional
        The file concerned; the message starts with it.
    """

    def __init__(self, message: str, file: str | None = None):
        self.message, self.file = message, file
        super().__init__(f"{file}: {message}" if file else message)


def atomic_write(path: str | Path, write: Callable[[BinaryIO], None]) -> None:
    """Write a file through ``write(handle)`` into a temporary file beside it, then rename it into place.

    The temporary file is flushed and fsynced before :func:`os.replace`, so after a crash at any moment the
    target holds either its previous content or the complete new one. The temporary file is removed on
    failure (an exception or a ``KeyboardInterrupt``).

    Raises
    ------
    ProjectError
        If the folder is not writable or the disk is full (the previous file is untouched).
    """
    path = Path(path)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise ProjectError(tr("cannot save here ({strerror})").format(
                               strerror=error.strerror), file=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, temporary)
        os.replace(temporary, path)
    except BaseException as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise ProjectError(tr("cannot save ({reason})").format(
                                   reason=error.strerror or error), file=str(path)) from None
        raise
    _fsync_folder(path.parent)


def _copy_mode(path: Path, temporary: str) -> None:
    """Give the new file the old file's permissions (or the umask's default for a new file)."""
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)


def _fsync_folder(folder: Path) -> None:
    """Persist the rename itself (best effort: not every platform can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_archive(handle: BinaryIO, meta: dict, arrays: Mapping[str, np.ndarray], csv_bytes: bytes | None) -> None:
    """Write the project ZIP: ``project.json`` (deflated), ``arrays.npz`` (stored), optional ``data.csv``."""
    text = json.dumps(meta, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
    npz = io.BytesIO()
    np.savez(npz, **{name: np.ascontiguousarray(value) for name, value in arrays.items()})
    with zipfile.ZipFile(handle, "w") as archive:
        archive.writestr("project.json", text, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("arrays.npz", npz.getbuffer(), compress_type=zipfile.ZIP_STORED)
        if csv_bytes is not None:
            archive.writestr("data.csv", csv_bytes, compress_type=zipfile.ZIP_DEFLATED)


def read_archive(path: Path) -> dict[str, bytes]:
    """Read the members of a project ZIP after checking names and sizes.

    Returns
    -------
    dict of str to bytes
        ``project.json``, ``arrays.npz`` and, when present, ``data.csv``.

    Raises
    ------
    ProjectError
        Unknown, duplicated, missing, encrypted or oversized members; a damaged archive.
    """
    file = str(path)
    try:
        _check_end_record(path, file)
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_members(infos, file)
            return {info.filename: _read_member(archive, info, file) for info in infos}
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as error:
        raise ProjectError(tr("the project archive is damaged or truncated ({error})").format(
                               error=error), file=file) from None
    except OSError as error:
        raise ProjectError(tr("cannot be read ({reason})").format(reason=error.strerror or error), file=file) from None


def _check_end_record(path: Path, file: str) -> None:
    """The archive must end with its end-of-central-directory record (else it was cut short).

    Without this check a truncated project could be read through the ``arrays.npz`` stored inside it.
    """
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 65_557))
        tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at != 22 + int.from_bytes(tail[at + 20:at + 22], "little"):
        raise ProjectError(tr("the project archive is damaged or truncated (its end record is missing)"), file=file)


def _check_members(infos: list[zipfile.ZipInfo], file: str) -> None:
    names = [info.filename for info in infos]
    for name in names:
        if name not in MAX_MEMBER_BYTES:
            kind = "an unsafe path" if name.startswith(("/", "\\")) or ".." in name or ":" in name else "unknown"
            raise ProjectError(tr("the archive holds {kind} member {name!r}; a project holds only {names}").format(
                                   kind=kind, name=name, names=', '.join(MAX_MEMBER_BYTES)), file=file)
    twice = [name for name, count in Counter(names).items() if count > 1]
    if twice:
        raise ProjectError(tr("the archive holds {twice!r} twice").format(twice=twice[0]), file=file)
    for name in REQUIRED_MEMBERS:
        if name not in names:
            raise ProjectError(tr("the archive has no {name!r}; it is not a complete MLP Studio project").format(
                                   name=name), file=file)
    for info in infos:
        if info.flag_bits & 0x1:
            raise ProjectError(tr("{filename!r} is encrypted").format(filename=info.filename), file=file)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ProjectError(tr("{filename!r} uses an unsupported compression").format(
                                   filename=info.filename), file=file)
        cap = MAX_MEMBER_BYTES[info.filename]
        if info.file_size > cap:
            raise ProjectError(tr("{filename!r} is {file_size:,} bytes; at most {cap:,} are allowed").format(
                                   filename=info.filename, file_size=info.file_size, cap=cap),
                               file=file)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> bytes:
    """Read at most the declared size (+1 byte to notice a lie); zipfile checks the CRC at the end."""
    with archive.open(info) as member:
        data = member.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise ProjectError(tr("{filename!r} does not have its declared size of {file_size:,} bytes").format(
                               filename=info.filename, file_size=info.file_size),
                           file=file)
    return data


ShapeCheck = Callable[[str, tuple[int, ...], str], str | None]


def read_npz(data: bytes, expected: Mapping[str, ShapeCheck], file: str) -> dict[str, np.ndarray]:
    """Read the arrays of ``arrays.npz``, checking each header before the array is allocated.

    Parameters
    ----------
    data : bytes
        The ``.npz`` archive.
    expected : mapping of str to callable
        Exactly the arrays that must be present; ``check(name, shape, dtype_str)`` returns an error message
        or None.

    Raises
    ------
    ProjectError
        Missing or extra arrays, a disallowed dtype (object arrays, i.e. pickles, included), a wrong shape,
        or a damaged member.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            wanted = {name + ".npy" for name in expected}
            if len(names) != len(set(names)) or set(names) != wanted:
                extra = sorted(set(names) - wanted) or sorted(n for n, c in Counter(names).items() if c > 1)
                missing = sorted(wanted - set(names))
                what = f"unexpected {extra[0]!r}" if extra else f"missing {missing[0]!r}"
                raise ProjectError(tr("arrays.npz does not match project.json ({what})").format(what=what), file=file)
            return {info.filename[:-4]: _read_npy(archive, info, expected[info.filename[:-4]], file)
                    for info in infos}
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise ProjectError(tr("arrays.npz is damaged ({error})").format(error=error), file=file) from None


def _read_npy(archive: zipfile.ZipFile, info: zipfile.ZipInfo, check: ShapeCheck, file: str) -> np.ndarray:
    name = info.filename[:-4]
    try:
        with archive.open(info) as member:
            version = np.lib.format.read_magic(member)
            header = _read_npy_header(member, version)
        shape, fortran, dtype = header["shape"], header["fortran_order"], header["descr"]
        if not isinstance(dtype, str) or dtype not in ALLOWED_DTYPES:
            raise ProjectError(tr("array {name!r} has type {dtype!r}; "
                                  "only float32, float64 and int64 are allowed").format(
                                   name=name, dtype=dtype), file=file)
        if not (isinstance(shape, tuple) and all(isinstance(n, int) and n >= 0 for n in shape)):
            raise ProjectError(tr("array {name!r} has an invalid shape {shape!r}").format(
                                   name=name, shape=shape), file=file)
        problem = check(name, shape, dtype)
        if problem:
            raise ProjectError(tr("array {name!r}: {problem}").format(name=name, problem=problem), file=file)
        if int(np.prod(shape, dtype=np.int64)) * int(dtype[-1]) > info.file_size:
            raise ProjectError(tr("array {name!r} is shorter than its shape {shape}").format(
                                   name=name, shape=shape), file=file)
        with archive.open(info) as member:
            array = np.lib.format.read_array(member, allow_pickle=False, max_header_size=MAX_NPY_HEADER)
        return np.asfortranarray(array) if fortran else array
    except ValueError as error:
        raise ProjectError(tr("array {name!r} is damaged ({error})").format(
                               name=name, error=error), file=file) from None


def _read_npy_header(member, version) -> dict:
    """The ``.npy`` header dict, parsed with :func:`ast.literal_eval` only (never eval)."""
    length_size = 2 if version == (1, 0) else 4
    length = int.from_bytes(member.read(length_size), "little")
    if length > MAX_NPY_HEADER:
        raise ValueError(f"header of {length} bytes is too long")
    raw = member.read(length)
    header = ast.literal_eval(raw.decode("latin1" if version < (3, 0) else "utf-8"))
    if not isinstance(header, dict) or set(header) != {"descr", "fortran_order", "shape"}:
        raise ValueError("the array header is malformed")
    return header
