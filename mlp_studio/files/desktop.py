"""``mlp-studio --install-desktop``: menu entry, icons and the project MIME type for the current user (Linux).

Copies ``resources/desktop/mlp-studio.desktop`` (with ``Exec`` pointing at this installation's launcher),
the icons and ``mlp-studio-mime.xml`` under ``$XDG_DATA_HOME`` (default ``~/.local/share``), then refreshes
the MIME and desktop databases when their tools exist. Nothing here needs root.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from mlp_studio.i18n import tr
from mlp_studio.errors import MlpStudioError
from mlp_studio.resources import resource_path

ICON_SIZES = (16, 32, 48, 64, 128, 256)
DESKTOP_FILE = "mlp-studio.desktop"
MIME_FILE = "mlp-studio-mime.xml"


def data_home() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share``."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_path() -> str:
    """Absolute path of the ``mlp-studio`` launcher to put in the menu entry.

    The running program when it is an ``mlp-studio`` executable (a bundle or a console script), else the
    first ``mlp-studio`` on ``PATH``, else ``python -m mlp_studio.app`` with this interpreter.
    """
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name.startswith("mlp-studio") and argv0.exists():
        return str(argv0.resolve())
    found = shutil.which("mlp-studio")
    if found:
        return str(Path(found).resolve())
    return f"{shlex.quote(sys.executable)} -m mlp_studio.app"


def desktop_entry(exec_command: str) -> str:
    """The shipped ``.desktop`` text with ``Exec``/``TryExec`` pointing at ``exec_command``."""
    lines = []
    for line in resource_path("desktop", DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={_desktop_quote(exec_command)} %f"
        elif line.startswith("TryExec="):
            program = shlex.split(exec_command)[0]
            line = f"TryExec={program}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _desktop_quote(command: str) -> str:
    """Quote each word per the Desktop Entry spec (double quotes, backslash-escaped specials)."""
    words = []
    for word in shlex.split(command):
        if any(c in word for c in ' \t"\'\\><~|&;$*?#()`'):
            escaped = word.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
            word = f'"{escaped}"'
        words.append(word.replace("%", "%%"))
    return " ".join(words)


def install_desktop(target: Path | None = None, exec_command: str | None = None,
                    log: Callable[[str], None] = print) -> list[Path]:
    """Install the menu entry, icons and MIME type for the current user; return the files written.

    Parameters
    ----------
    target : Path, optional
        The data folder (default :func:`data_home`).
    exec_command : str, optional
        The command the menu entry runs (default :func:`launcher_path`).
    log : callable
        Receives one line per action.

    Raises
    ------
    MlpStudioError
        If a resource is missing or a folder cannot be written.
    """
    target = target or data_home()
    exec_command = exec_command or launcher_path()
    written = []
    try:
        written.append(_write(target / "applications" / DESKTOP_FILE, desktop_entry(exec_command).encode()))
        for size in ICON_SIZES:
            png = resource_path("icons", f"mlp-studio-{size}.png").read_bytes()
            written.append(_write(target / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "mlp-studio.png", png))
        svg = resource_path("icons", "mlp-studio.svg").read_bytes()
        written.append(_write(target / "icons" / "hicolor" / "scalable" / "apps" / "mlp-studio.svg", svg))
        written.append(_write(target / "mime" / "packages" / MIME_FILE,
                              resource_path("desktop", MIME_FILE).read_bytes()))
    except OSError as error:
        raise MlpStudioError(tr("cannot install the desktop files: {reason} ({file})").format(
                                 reason=error.strerror or error, file=getattr(error, "filename", ""))) from None
    for path in written:
        log(f"installed {path}")
    log(f"the menu entry runs: {exec_command}")
    _refresh(["update-mime-database", str(target / "mime")], log)
    _refresh(["update-desktop-database", str(target / "applications")], log)
    _refresh(["gtk-update-icon-cache", "-q", "-t", "-f", str(target / "icons" / "hicolor")], log)
    return written


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _refresh(command: list[str], log: Callable[[str], None]) -> None:
    """Run a desktop database tool if it is installed; report, never fail, when it is not or it errs."""
    if shutil.which(command[0]) is None:
        log(f"skipped {command[0]} (not installed; the desktop picks the files up at next login)")
        return
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        log(f"{command[0]} failed: {error}")
        return
    log(f"ran {' '.join(command)}" + ("" if result.returncode == 0 else f" (exit {result.returncode})"))
