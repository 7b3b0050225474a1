#!/usr/bin/env bash
# Installs what MLP Studio needs on a fresh Debian/Ubuntu machine with Python >= 3.11:
# the system libraries Qt loads (offscreen and on a real screen) and a virtual environment in .venv
# holding the package in editable mode.  `bash tools/bootstrap.sh test` adds the test extra (and
# desktop-file-utils, which the desktop-integration tests use).
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"

qt_libs=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0
         libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 python3-venv
         fonts-wqy-microhei)
# fonts-wqy-microhei (~5 MB): a Chinese (CJK) font, so the 简体中文 UI shows characters instead of boxes on
# machines that have none (docs/i18n.md); fonts-noto-cjk is the larger alternative.
# The tests check the .desktop file with desktop-file-validate (tests/files/test_desktop.py).
if [ "$extra" = "test" ]; then qt_libs+=(desktop-file-utils); fi
missing=()
for pkg in "${qt_libs[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "bootstrap: installing system libraries: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python="${PYTHON:-python3}"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "bootstrap: MLP Studio needs Python 3.11 or newer ($python is older)" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
spec="."; [ -n "$extra" ] && spec=".[$extra]"
.venv/bin/python -m pip install -q -e "$spec"
# Compile the translations (resources/i18n/*.ts -> mlp_studio/_i18n/*.qm) with PySide6's lrelease (docs/i18n.md).
.venv/bin/python tools/build_translations.py
