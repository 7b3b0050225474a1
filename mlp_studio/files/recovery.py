"""Autosave copies for crash recovery (the Qt-free half; the GUI calls these from a timer).

While a project has unsaved changes the GUI calls :func:`write_recovery` every minute or so. Each open window
has one recovery slot: ``<name>-<key>.mlpstudio`` plus a small ``.recovery.json`` describing it, in
``$MLP_STUDIO_RECOVERY_DIR``, else ``$XDG_STATE_HOME/mlp-studio/recovery``, else
``~/.local/state/mlp-studio/recovery``. After a successful save or a clean exit the GUI calls
:func:`discard_recovery`; at start-up :func:`pending_recoveries` lists what a crashed run left behind (copies
of a still-running MLP Studio are not offered).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from .project import PROJECT_SUFFIX, Project, save_project
from .project_io import ProjectError, atomic_write

from mlp_studio.i18n import tr

INFO_SUFFIX = ".recovery.json"
MAX_INFO_BYTES = 100_000


@dataclass(frozen=True)
class Recovery:
    """One recovery copy left on disk.

    Attributes
    ----------
    path : Path
        The recovery project file (open it with :func:`~mlp_studio.files.project.load_project`).
    original_path : str or None
        The file the project was opened from or last saved to; None for an unsaved project.
    saved_at : float
        Unix time of the autosave.
    pid : int
        The process that wrote it.
    """

    path: Path
    original_path: str | None
    saved_at: float
    pid: int

    @property
    def info_path(self) -> Path:
        """The description file beside the copy."""
        return self.path.with_name(self.path.name[: -len(PROJECT_SUFFIX)] + INFO_SUFFIX)


def recovery_dir() -> Path:
    """The recovery folder (not created)."""
    override = os.environ.get("MLP_STUDIO_RECOVERY_DIR")
    if override:
        return Path(override)
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "mlp-studio" / "recovery"


def _slot(original_path: str | Path | None, pid: int) -> str:
    stem = Path(original_path).stem if original_path else "untitled"
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)[:40] or "project"
    key = hashlib.sha256(f"{os.path.abspath(original_path) if original_path else ''}|{pid}".encode()).hexdigest()
    return f"{stem}-{key[:12]}"


def write_recovery(project: Project, original_path: str | Path | None = None) -> Recovery:
    """Save a recovery copy of ``project`` (atomically, replacing this process's previous copy of it).

    Parameters
    ----------
    project : Project
    original_path : str or Path, optional
        Where the project lives (None while unsaved); shown when recovery is offered.

    Raises
    ------
    ProjectError
        If the recovery folder cannot be written.
    """
    folder = recovery_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise ProjectError(tr("cannot create the recovery folder ({strerror})").format(
                               strerror=error.strerror), file=str(folder)) from None
    pid = os.getpid()
    path = folder / (_slot(original_path, pid) + PROJECT_SUFFIX)
    save_project(path, project)
    recovery = Recovery(path=path, original_path=None if original_path is None else os.path.abspath(original_path),
                        saved_at=time.time(), pid=pid)
    info = {"original_path": recovery.original_path, "saved_at": recovery.saved_at, "pid": pid,
            "file": path.name}
    atomic_write(recovery.info_path, lambda handle: handle.write(json.dumps(info).encode("utf-8")))
    return recovery


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True   # exists but belongs to someone else
    return True


def _read_info(info_path: Path) -> Recovery | None:
    try:
        if info_path.stat().st_size > MAX_INFO_BYTES:
            return None
        info = json.loads(info_path.read_text(encoding="utf-8"))
        path = info_path.with_name(info["file"])
        if path.parent != info_path.parent or not path.name.endswith(PROJECT_SUFFIX) or not path.is_file():
            return None
        original = info["original_path"]
        return Recovery(path=path, original_path=original if isinstance(original, str) else None,
                        saved_at=float(info["saved_at"]), pid=int(info["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pending_recoveries(include_running: bool = False) -> list[Recovery]:
    """Recovery copies left by MLP Studio processes that are no longer running, newest first.

    Parameters
    ----------
    include_running : bool
        Also list copies of running processes (this one included); for tests and diagnostics.
    """
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for info_path in folder.glob("*" + INFO_SUFFIX):
        recovery = _read_info(info_path)
        if recovery is not None and (include_running or not _alive(recovery.pid)):
            found.append(recovery)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def discard_recovery(recovery: Recovery | str | Path | None = None) -> None:
    """Delete a recovery copy: a :class:`Recovery`, its path, or (None) every copy of this process."""
    if recovery is None:
        for item in pending_recoveries(include_running=True):
            if item.pid == os.getpid():
                discard_recovery(item)
        return
    if not isinstance(recovery, Recovery):
        path = Path(recovery)
        recovery = Recovery(path=path, original_path=None, saved_at=0.0, pid=0)
    for path in (recovery.path, recovery.info_path):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
