#!/usr/bin/env bash
# Build a one-folder MLP Studio bundle with PyInstaller: dist/mlp-studio/mlp-studio runs without Python.
# Usage: bash tools/build_bundle.sh [PYTHON]   (default .venv/bin/python; see docs/packaging.md)
set -euo pipefail
cd "$(dirname "$0")/.."
python="${1:-.venv/bin/python}"
"$python" -m PyInstaller --version >/dev/null 2>&1 \
    || { echo "build_bundle: PyInstaller is missing: $python -m pip install pyinstaller" >&2; exit 1; }
sep=":"   # PyInstaller's --add-data separator on Linux and macOS
# The compiled translations are generated, never in git: build them fresh for the bundle (docs/i18n.md).
"$python" tools/build_translations.py
"$python" -m PyInstaller --noconfirm --clean --onedir --windowed \
    --name mlp-studio \
    --icon "$PWD/resources/icons/mlp-studio-256.png" \
    --add-data "$PWD/resources${sep}resources" \
    --add-data "$PWD/examples${sep}examples" \
    --add-data "$PWD/mlp_studio/_i18n${sep}mlp_studio/_i18n" \
    --collect-submodules mlp_studio \
    --exclude-module torch --exclude-module onnx --exclude-module onnxruntime \
    --exclude-module pytest --exclude-module hypothesis --exclude-module tkinter \
    --distpath dist --workpath build/pyinstaller --specpath build \
    "$PWD/tools/bundle_entry.py"
echo "build_bundle: built dist/mlp-studio/ ($(du -sh dist/mlp-studio | cut -f1)); run dist/mlp-studio/mlp-studio"
