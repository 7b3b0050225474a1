"""Locating the files shipped under the top-level ``resources/`` folder."""

from __future__ import annotations

import sys
from pathlib import Path

_BUNDLE = getattr(sys, "_MEIPASS", None)  # set inside a PyInstaller bundle only

_CANDIDATES = (
    Path(__file__).resolve().parent.parent / "resources",  # source checkout / editable install
    *([Path(_BUNDLE) / "resources"] if _BUNDLE else []),  # PyInstaller bundle
    Path(sys.prefix) / "share" / "mlp-studio" / "resources",  # wheel data files
)


def resources_dir() -> Path:
    """Return the folder holding MLP Studio's shipped resources.

    Raises
    ------
    FileNotFoundError
        If no installed copy of ``resources/`` can be found.
    """
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("MLP Studio's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("datasets", "iris.csv")``."""
    return resources_dir().joinpath(*parts)


_EXAMPLE_CANDIDATES = (
    Path(__file__).resolve().parent.parent / "examples",  # source checkout / editable install
    *([Path(_BUNDLE) / "examples"] if _BUNDLE else []),  # PyInstaller bundle (tools/build_bundle.sh)
    Path(sys.prefix) / "share" / "mlp-studio" / "examples",  # wheel data files
)


def examples_dir() -> Path | None:
    """Return the folder of shipped example experiments, or None when this installation has none."""
    for candidate in _EXAMPLE_CANDIDATES:
        if candidate.is_dir() and any(candidate.glob("*.json")):
            return candidate
    return None
