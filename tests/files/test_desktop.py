"""Desktop integration: shipped files are valid, and --install-desktop installs them for the user."""

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from mlp_studio.app import main
from mlp_studio.files.desktop import ICON_SIZES, desktop_entry, install_desktop

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "desktop"
ICONS = ROOT / "resources" / "icons"


def validate(path):
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.fail("desktop-file-validate is missing: run `bash tools/bootstrap.sh test` "
                    "(it installs desktop-file-utils)")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "error:" not in result.stdout + result.stderr, result.stdout + result.stderr


def test_the_shipped_desktop_file_passes_desktop_file_validate():
    validate(DESKTOP / "mlp-studio.desktop")


def test_the_mime_type_claims_mlpstudio_files():
    root = ElementTree.parse(DESKTOP / "mlp-studio-mime.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime = root.find(f"{ns}mime-type")
    assert mime.get("type") == "application/x-mlp-studio"
    assert mime.find(f"{ns}glob").get("pattern") == "*.mlpstudio"
    assert "MimeType=application/x-mlp-studio;" in (DESKTOP / "mlp-studio.desktop").read_text()


def test_every_icon_size_is_a_png_of_that_size():
    assert (ICONS / "mlp-studio.svg").read_text().lstrip().startswith("<?xml")
    for size in ICON_SIZES:
        data = (ICONS / f"mlp-studio-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == int.from_bytes(data[20:24], "big") == size


def test_install_desktop_writes_under_xdg_data_home(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop"]) == 0
    out = capsys.readouterr().out
    entry = tmp_path / "applications" / "mlp-studio.desktop"
    assert f"installed {entry}" in out
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    program = exec_line[len("Exec="):].rsplit(" %f", 1)[0]
    assert exec_line.endswith(" %f") and (Path(program).is_absolute() or program.startswith('"/'))
    for size in ICON_SIZES:
        assert (tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "mlp-studio.png").is_file()
    assert (tmp_path / "mime" / "packages" / "mlp-studio-mime.xml").is_file()
    validate(entry)
    if shutil.which("update-mime-database"):
        assert "*.mlpstudio" in (tmp_path / "mime" / "globs2").read_text()


def test_exec_lines_with_spaces_are_quoted():
    text = desktop_entry(f"{sys.executable} -m mlp_studio.app")
    assert f"Exec={sys.executable} -m mlp_studio.app %f" in text or 'Exec="' in text
    text = desktop_entry("'/opt/My Apps/mlp-studio'")
    assert 'Exec="/opt/My Apps/mlp-studio" %f' in text


def test_an_unwritable_target_is_a_clear_error(tmp_path):
    from mlp_studio.errors import MlpStudioError

    (tmp_path / "file").write_text("")
    with pytest.raises(MlpStudioError, match="cannot install the desktop files"):
        install_desktop(tmp_path / "file", exec_command="/usr/bin/mlp-studio", log=lambda line: None)
