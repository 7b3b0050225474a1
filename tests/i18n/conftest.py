"""Fixtures of the translation tests: the extractor tool as a module, and i18n's process state reset."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def load_extractor():
    """``tools/i18n_extract.py`` imported as a module (tools/ is not a package)."""
    if "i18n_extract" in sys.modules:
        return sys.modules["i18n_extract"]
    spec = importlib.util.spec_from_file_location("i18n_extract", ROOT / "tools" / "i18n_extract.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_extract"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def extractor():
    return load_extractor()


@pytest.fixture(autouse=True)
def clean_i18n_state():
    """No test leaves a translator or a language choice behind for the next."""
    from mlp_studio import i18n

    yield
    i18n.install_translator(None)
    i18n.set_language(None)
