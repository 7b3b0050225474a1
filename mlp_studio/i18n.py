"""User-visible text goes through :func:`tr`; the UI plugs Qt's translation system in with :func:`install_translator`.

This module is Qt-free, so the Qt-free core (``teaching/``, error messages) can mark its texts too:

* ``tr("Epoch {n}").format(n=…)`` returns the translation of a literal (identity until the UI installs a
  translator: :mod:`mlp_studio.ui.translation` installs ``QCoreApplication.translate`` and our compiled catalog).
  Never pass an f-string: the catalog holds the text *before* formatting (``tools/i18n_extract.py`` refuses them).
* ``tr_noop("…")`` marks a literal kept in a constant and translated later with ``tr(CONSTANT)``.
* :func:`current_language` says which language the UI is in (``"en"`` or ``"zh"``): the environment variable
  ``MLP_STUDIO_LANG``, else the choice saved in the settings (:data:`LANGUAGE_KEY`), else the one set for this
  process (:func:`set_language`), else the system's language. Lesson texts that ship in both languages are
  picked with :func:`pick`.

See docs/i18n.md for the whole workflow (mark, extract, translate, compile, check).
"""

from __future__ import annotations

import locale
import os
from typing import Callable

#: Languages with shipped texts; anything else falls back to English.
LANGUAGES = ("en", "zh")
#: QSettings key of an explicit choice ("en", "zh" or "system").
LANGUAGE_KEY = "ui/language"
#: The translation context of ``tr(text)`` without one (the ``<context>`` of the catalog).
DEFAULT_CONTEXT = "mlp_studio"

Translator = Callable[[str, str], str]


def _identity(text: str, context: str) -> str:
    return text


_translator: Translator = _identity
_language: str | None = None  # the choice of this process (set_language), None: not chosen
_catalog: str | None = None  # the .ts catalog behind the installed translator (install_translator)


def tr(text: str, context: str = DEFAULT_CONTEXT) -> str:
    """Return the translation of ``text`` in the current language (``text`` itself when there is none).

    Parameters
    ----------
    text : str
        The English source text, a literal (placeholders such as ``{name}`` are filled in afterwards with
        ``.format``).
    context : str, optional
        The catalog context; the default suits everything but a word that needs two translations.
    """
    translated = _translator(text, context)
    return translated if translated else text


def tr_noop(text: str, context: str = DEFAULT_CONTEXT) -> str:
    """Mark ``text`` for extraction without translating it now (translate the constant later with :func:`tr`)."""
    return text


def tr_marked(text: str, context: str = DEFAULT_CONTEXT) -> str:
    """Translate a text the extractor cannot follow to its literal: a field of a record, a looked-up value.

    The literal must be marked with ``tr_noop("…")`` where it is written (that is what puts it in the catalog);
    ``tools/i18n_extract.py`` does not look at ``tr_marked`` calls, so prefer :func:`tr` whenever it can see the
    literal or the module-level constant.
    """
    translated = _translator(text, context)
    return translated if translated else text


def install_translator(translator: Translator | None, catalog: str | None = None) -> None:
    """Make :func:`tr` call ``translator(text, context)``; None restores the identity.

    ``catalog``, the ``.ts`` file whose texts ``translator`` shows, is remembered for processes started later
    (the training process reads it with :func:`catalog_translator`; it has no Qt).
    """
    global _translator, _catalog
    _translator = translator if translator is not None else _identity
    _catalog = str(catalog) if translator is not None and catalog else None


def installed_catalog() -> str | None:
    """The ``.ts`` catalog given to :func:`install_translator`, or None (English, or none was named)."""
    return _catalog


def catalog_translator(path: str) -> Translator:
    """A translator reading a Qt Linguist ``.ts`` catalog directly, without Qt (finished translations only).

    Raises
    ------
    OSError, xml.etree.ElementTree.ParseError
        When the file cannot be read.
    """
    from xml.etree import ElementTree

    table: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, message.findtext("source", ""))] = translation.text or ""
    return lambda text, context: table.get((context, text), "")


def set_language(code: str | None) -> None:
    """Set this process's language: ``"en"``, ``"zh"``, or None / ``"system"`` to follow the system.

    The UI saves a user's choice in its settings (``mlp_studio.ui.translation.save_language``) and applies it at
    the next start; this only changes what :func:`current_language` answers when no settings are given.
    """
    global _language
    _language = _language_of(code)


def _language_of(name: str | None) -> str | None:
    """``"zh"`` / ``"en"`` for a locale or language name such as ``zh_CN.UTF-8``; None when unknown."""
    if not name:
        return None
    code = str(name).strip().lower().replace("-", "_")
    if code in ("", "system", "c", "posix", "none"):
        return None
    return "zh" if code.startswith("zh") or code.startswith("chinese") else "en"


def _environment_locale() -> str:
    """The POSIX locale of the environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else Python's."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    return locale.getlocale()[0] or ""


def system_locale_name() -> str:
    """The system's locale name, e.g. ``"zh_CN"`` (Qt's view when Qt is there, else the environment's)."""
    try:
        from PySide6.QtCore import QLocale
    except ImportError:  # the Qt-free core (command line) uses the environment
        return _environment_locale()
    languages = QLocale.system().uiLanguages()
    return languages[0] if languages else QLocale.system().name()


def _system_language() -> str:
    """The system's language as ``"en"`` or ``"zh"``."""
    return _language_of(system_locale_name()) or "en"


def current_language(settings=None) -> str:
    """The UI language: ``"zh"`` or ``"en"``.

    Parameters
    ----------
    settings : QSettings, optional
        Checked for an explicit choice under :data:`LANGUAGE_KEY` (``"system"`` or missing: no choice);
        ``MLP_STUDIO_LANG`` in the environment comes first, then these settings, then :func:`set_language`'s
        choice, the system language last.

    Returns
    -------
    str
        One of :data:`LANGUAGES`.
    """
    chosen = _language_of(os.environ.get("MLP_STUDIO_LANG"))
    if chosen is None and settings is not None:
        chosen = _language_of(settings.value(LANGUAGE_KEY))
    return chosen or _language or _system_language()


def pick(texts, language: str | None = None, settings=None) -> str:
    """The text of ``texts`` (a ``{"en": …, "zh": …}`` dict or one string) in the current language."""
    if isinstance(texts, str) or texts is None:
        return texts or ""
    language = language or current_language(settings)
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")
