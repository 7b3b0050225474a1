"""Qt's side of the translations: the compiled catalog, Qt's own strings, the language menu.

``install_translations(app)`` runs once when the application starts (``ui/application.py``): for Chinese it loads
our catalog ``mlp_studio_zh_CN.qm`` and Qt's ``qtbase_zh_CN.qm`` (standard buttons and dialogs) into
``QTranslator`` objects and makes :func:`mlp_studio.i18n.tr` call ``QCoreApplication.translate``.

The catalog is compiled from ``resources/i18n/mlp_studio_zh_CN.ts`` with the ``lrelease`` that PySide6 ships
(:func:`compile_catalog`; ``tools/build_translations.py`` runs it in ``tools/bootstrap.sh`` and
``tools/build_bundle.sh``). When the compiled file is missing or older than the .ts (a developer edited the
catalog), :func:`catalog_path` compiles it into the user's cache folder and logs one line, so the window never
shows English by accident. The language is chosen in View ▸ Language and applies at the next start.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QStandardPaths, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from mlp_studio import i18n
from mlp_studio.i18n import LANGUAGE_KEY, current_language, install_translator, tr
from mlp_studio.resources import resource_path

log = logging.getLogger(__name__)

#: Our catalogs by language code, and the Qt locale name of each.
LOCALES = {"zh": "zh_CN"}
#: Compiled catalogs built next to the package (generated, not in git; bundled by tools/build_bundle.sh).
COMPILED_DIR = Path(__file__).resolve().parent.parent / "_i18n"
#: The choices of the Language menu: (settings value, label in its own language, so anyone can find theirs).
CHOICES = (("system", None), ("en", "English"), ("zh", "简体中文"))

_installed: list[QTranslator] = []  # kept alive as long as they are installed
_running: str | None = None  # the language install_translations put in effect


def running_language() -> str:
    """The language of the texts on screen: the one installed at start, else what :func:`current_language` says."""
    return _running or i18n.current_language()


def catalog_name(language: str) -> str:
    return f"mlp_studio_{LOCALES[language]}"


def source_catalog(language: str = "zh") -> Path:
    """The Qt Linguist source of a language's catalog (``resources/i18n/mlp_studio_zh_CN.ts``)."""
    return resource_path("i18n", catalog_name(language) + ".ts")


def compiled_catalog(language: str = "zh") -> Path:
    """Where the build puts a language's compiled catalog (``mlp_studio/_i18n/mlp_studio_zh_CN.qm``)."""
    return COMPILED_DIR / (catalog_name(language) + ".qm")


def lrelease_command() -> list[str] | None:
    """The ``lrelease`` shipped with PySide6 (or one on PATH), None when there is none."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - this module imports Qt anyway
        return None
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (folder / name).is_file() and os.access(folder / name, os.X_OK):
            return [str(folder / name)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_catalog(ts: Path | None = None, qm: Path | None = None) -> Path:
    """Compile a .ts catalog into a .qm with ``lrelease`` and return the .qm's path.

    Parameters
    ----------
    ts, qm : Path, optional
        Source and target (default: the Chinese catalog and :func:`compiled_catalog`).

    Raises
    ------
    RuntimeError
        When lrelease is missing or fails (its message included).
    """
    ts = Path(ts) if ts is not None else source_catalog()
    qm = Path(qm) if qm is not None else compiled_catalog()
    command = lrelease_command()
    if command is None:
        raise RuntimeError("lrelease is missing: it ships with PySide6-Essentials (pyside6-lrelease)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([*command, "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True)
    if result.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed on {ts}: {(result.stderr or result.stdout).strip()}")
    return qm


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def _cache_dir() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder or tempfile.gettempdir()) / "i18n"


def catalog_path(language: str = "zh") -> Path | None:
    """The compiled catalog to load for ``language``, compiling it first when it is missing or stale.

    The build's ``mlp_studio/_i18n/*.qm`` when it is at least as new as the .ts (always inside a bundle);
    otherwise a copy compiled into the cache folder (one log line says so); otherwise, when lrelease fails,
    the stale build (with a warning) or None.
    """
    qm = compiled_catalog(language)
    try:
        ts = source_catalog(language)
    except FileNotFoundError:
        ts = Path("/nonexistent")
    if getattr(sys, "frozen", False) or _fresh(qm, ts):
        return qm if qm.is_file() else None
    cached = _cache_dir() / qm.name
    if _fresh(cached, ts):
        return cached
    why = "missing" if not qm.is_file() else "older than its source"
    try:
        compile_catalog(ts, cached)
    except (OSError, RuntimeError) as error:
        log.warning("translations: %s is %s and could not be compiled (%s)", qm.name, why, error)
        return qm if qm.is_file() else None
    log.warning("translations: %s is %s; compiled %s into %s (run tools/build_translations.py)", qm.name, why,
                ts.name, cached)
    return cached


def qt_catalog_folder() -> Path:
    """Where PySide6 keeps Qt's own translations (``qtbase_zh_CN.qm``)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if path.is_file() and translator.load(str(path)):
        return translator
    return None


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators of ``language`` (default: :func:`current_language` from the settings).

    Returns the language in effect, ``"en"`` or ``"zh"``. English installs nothing (the sources are English).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    install_translator(None)
    global _running
    language = _running = language or current_language(QSettings())
    i18n.set_language(language)
    if language not in LOCALES:
        return "en"
    ours = catalog_path(language)
    translator = _load(ours) if ours is not None else None
    if translator is None:
        log.warning("translations: no %s catalog could be loaded; the window is in English", LOCALES[language])
        _running = "en"
        return "en"
    _installed.append(translator)
    qt_own = _load(qt_catalog_folder() / f"qtbase_{LOCALES[language]}.qm")
    if qt_own is not None:  # standard buttons (OK, Cancel), file dialogs, context menus
        _installed.append(qt_own)
    for item in _installed:
        app.installTranslator(item)
    source = source_catalog(language)
    install_translator(lambda text, context: QCoreApplication.translate(context, text),
                       catalog=str(source) if source.is_file() else None)
    return language


# ----------------------------------------------------------------------------------------------- the menu


def saved_language(settings: QSettings) -> str:
    """The choice saved in ``settings``: ``"system"``, ``"en"`` or ``"zh"``."""
    value = str(settings.value(LANGUAGE_KEY, "system") or "system")
    return value if value in dict(CHOICES) else "system"


def save_language(settings: QSettings, choice: str) -> None:
    """Remember ``choice`` (``"system"``, ``"en"`` or ``"zh"``) for the next start."""
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()


def build_language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """View ▸ Language: System default / English / 简体中文; a choice is saved and applies at the next start."""
    menu = QMenu(tr("&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = saved_language(settings)
    for value, label in CHOICES:
        action = QAction(label or tr("System default"), menu)
        action.setCheckable(True)
        action.setChecked(value == chosen)
        action.setData(value)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _choose(parent, settings, action.data()))
    return menu


def _choose(parent: QWidget, settings: QSettings, choice: str) -> None:
    save_language(settings, choice)
    if current_language(settings) == running_language():
        return
    box = QMessageBox(QMessageBox.Icon.Information, tr("Language"),
                      tr("The language changes the next time MLP Studio starts."), QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("languageRestartNotice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal and non-blocking
