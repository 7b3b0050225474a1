"""User-visible text goes through :func:`tr`, so a later change can plug in Qt's translations in one place.

For now ``tr`` returns its argument unchanged; wrapping every user-visible string in it keeps those strings
findable (``grep "tr("``) and ready for a translation catalogue without importing Qt into the Qt-free core.

:func:`current_language` says which of the two languages the texts that ship in both (lessons) are shown in.
"""

from __future__ import annotations

import locale
import os

#: Languages with shipped texts; anything else falls back to English.
LANGUAGES = ("en", "zh")
#: QSettings key of an explicit choice ("en", "zh" or "system").
LANGUAGE_KEY = "ui/language"


def tr(text: str) -> str:
    """Return the translation of ``text`` (currently ``text`` itself)."""
    return text


def _language_of(name: str | None) -> str | None:
    """``"zh"`` / ``"en"`` for a locale or language name such as ``zh_CN.UTF-8``; None when unknown."""
    if not name:
        return None
    code = str(name).strip().lower().replace("-", "_")
    if code in ("", "system", "c", "posix"):
        return None
    return "zh" if code.startswith("zh") or code.startswith("chinese") else "en"


def _system_language() -> str:
    """The system's language as ``"en"`` or ``"zh"`` (Qt's locale when Qt is there, else the environment)."""
    try:
        from PySide6.QtCore import QLocale
    except ImportError:  # the Qt-free core (command line) uses the environment
        return _language_of(os.environ.get("LANG") or (locale.getlocale()[0] or "")) or "en"
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_language(settings=None) -> str:
    """The UI language for bilingual texts: ``"zh"`` or ``"en"``.

    Parameters
    ----------
    settings : QSettings, optional
        Checked for an explicit choice under :data:`LANGUAGE_KEY`; ``MLP_STUDIO_LANG`` in the environment
        comes first, the system language last.

    Returns
    -------
    str
        One of :data:`LANGUAGES`.
    """
    chosen = _language_of(os.environ.get("MLP_STUDIO_LANG"))
    if chosen is None and settings is not None:
        chosen = _language_of(settings.value(LANGUAGE_KEY))
    return chosen or _system_language()


def pick(texts, language: str | None = None, settings=None) -> str:
    """The text of ``texts`` (a ``{"en": …, "zh": …}`` dict or one string) in the current language."""
    if isinstance(texts, str) or texts is None:
        return texts or ""
    language = language or current_language(settings)
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")
