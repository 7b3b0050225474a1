"""The Qt-free core must stay importable, and imported, without Qt."""

import subprocess
import sys
from pathlib import Path

import pytest

import mlp_studio

PACKAGE = Path(mlp_studio.__file__).parent
QT_FREE = ["engine", "data", "model", "files", "teaching", "training"]

BLOCK_QT = """
import importlib, pkgutil, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'):
            raise ImportError('Qt is not allowed in ' + {pkg!r})
sys.meta_path.insert(0, BlockQt())
pkg = importlib.import_module({pkg!r})
for info in pkgutil.walk_packages(pkg.__path__, {pkg!r} + '.'):
    importlib.import_module(info.name)
print('ok')
"""


@pytest.mark.parametrize("sub", QT_FREE)
def test_core_package_imports_without_qt(sub):
    code = BLOCK_QT.format(pkg=f"mlp_studio.{sub}")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_controller_uses_only_qtcore():
    offenders = []
    for path in (PACKAGE / "controller").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and (
                "QtWidgets" in stripped or "QtGui" in stripped or "pyqtgraph" in stripped
            ):
                offenders.append(f"{path.name}:{number}: {stripped}")
    assert not offenders, offenders
