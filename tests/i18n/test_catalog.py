"""The translation catalog is complete and usable: every tr() string of the code has a finished Chinese
translation with the same placeholders, the catalog compiles and translates in Qt, the language follows the
system unless chosen, and the unwrapped-string scanner finds what it must."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mlp_studio import i18n
from tests.i18n.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "mlp_studio_zh_CN.ts"


@pytest.fixture(scope="module")
def scanned(extractor):
    return extractor.extract()


@pytest.fixture(scope="module")
def catalog(extractor):
    return {(e.context, e.source): e for e in extractor.read_ts(TS)[1]}


# ----------------------------------------------------------------------------------------------- (a) complete


def test_every_tr_string_can_be_extracted(scanned):
    messages, problems = scanned
    assert len(messages) > 200
    assert not problems, "tr() calls whose text cannot be extracted:\n" + "\n".join(map(str, problems))


def test_every_tr_string_has_a_finished_chinese_translation(scanned, catalog):
    """The issue's test: a string wrapped in tr() without a Chinese translation fails here, named with its file."""
    messages, _ = scanned
    missing = []
    for key, message in sorted(messages.items()):
        entry = catalog.get(key)
        where = ", ".join(f"{f}:{n}" for f, n in message.locations[:2])
        if entry is None:
            missing.append(f"not in the catalog: {message.source!r} ({where})")
        elif entry.kind is not None or not entry.translation.strip():
            missing.append(f"{entry.kind or 'empty'}: {message.source!r} ({where})")
    assert not missing, (f"{len(missing)} strings without a finished zh_CN translation; run "
                         "`python tools/i18n_extract.py`, translate them in resources/i18n/mlp_studio_zh_CN.ts "
                         "(docs/i18n.md):\n" + "\n".join(missing))


def test_translations_are_chinese(scanned, catalog):
    """A translation that is the English source again is a slip, unless the text is a formula or a name."""
    messages, _ = scanned
    names = {"MLP", "Studio", "tanh", "relu", "leaky", "linear", "softmax", "sigmoid", "max", "else"}
    english = [k[1] for k in messages if k in catalog and catalog[k].translation == k[1]
               and len(set(re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}", "", k[1]))) - names) >= 2]
    assert not english, f"copied instead of translated: {english}"


# ----------------------------------------------------------------------------------------------- (b) placeholders


def test_placeholders_and_mnemonics_match(extractor, catalog):
    bad = []
    for entry in catalog.values():
        if not entry.translation:
            continue
        if extractor.placeholders(entry.source) != extractor.placeholders(entry.translation):
            bad.append(f"{entry.source!r} -> {entry.translation!r}")
        if extractor.mnemonics(entry.source) != extractor.mnemonics(entry.translation):
            bad.append(f"mnemonic: {entry.source!r} -> {entry.translation!r}")
    assert not bad, "\n".join(bad)


def test_the_placeholder_check_sees_a_difference(extractor):
    assert extractor.placeholders("{where}: step {step:,} · {n} frames") == ["{n}", "{step:,}", "{where}"]
    assert extractor.placeholders("%1 of %2") == ["%1", "%2"]
    assert extractor.placeholders("a {{literal}} brace") == []
    assert extractor.placeholders("第 {step} 步") != extractor.placeholders("step {step:,}")
    assert extractor.mnemonics("&Help") == 1 and extractor.mnemonics("帮助(&H)") == 1
    assert extractor.mnemonics("a &nbsp; b && c") == 0


# ----------------------------------------------------------------------------------------------- (c) well-formed


def test_catalog_is_well_formed_linguist_xml():
    root = ET.parse(TS).getroot()
    assert root.tag == "TS" and root.get("language") == "zh_CN" and root.get("sourcelanguage") == "en"
    seen = set()
    for context in root.findall("context"):
        name = context.findtext("name")
        assert name
        for message in context.findall("message"):
            source = message.findtext("source")
            assert source and message.find("translation") is not None
            assert (name, source) not in seen, f"duplicate message {source!r}"
            seen.add((name, source))
    assert TS.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')


def test_extract_check_agrees():
    result = subprocess.run([sys.executable, "tools/i18n_extract.py", "--check"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_extraction_is_idempotent(extractor, scanned, tmp_path):
    """Merging the code's strings into the committed catalog changes nothing but line numbers."""
    messages, _ = scanned
    entries = extractor.read_ts(TS)[1]
    merged, counts = extractor.merge(entries, messages)
    assert counts["new"] == 0 and counts["obsolete"] == 0
    assert [(e.source, e.translation, e.kind) for e in merged] == [(e.source, e.translation, e.kind)
                                                                    for e in entries]


# ----------------------------------------------------------------------------------------------- (d) Qt


def test_compiled_catalog_translates_in_qt(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from mlp_studio.ui.translation import compile_catalog

    qm = compile_catalog(TS, tmp_path / "zh.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("mlp_studio", "Stop") == "停止"
    assert translator.translate("mlp_studio", "Learning rate") == "学习率"
    qapp.installTranslator(translator)
    try:
        i18n.install_translator(lambda text, context: QCoreApplication.translate(context, text))
        assert i18n.tr("Stop") == "停止"
        assert i18n.tr("Epoch {e}").format(e=3) == "第 3 轮"
        assert i18n.tr("no such text in the catalog") == "no such text in the catalog"
    finally:
        qapp.removeTranslator(translator)


def test_install_translations_in_chinese_and_back(qapp):
    from mlp_studio.ui import translation

    assert translation.install_translations(qapp, "zh") == "zh"
    try:
        assert i18n.tr("Run") == "运行"
        assert i18n.current_language() == "zh"
        if (translation.qt_catalog_folder() / "qtbase_zh_CN.qm").is_file():
            from PySide6.QtCore import QCoreApplication

            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own buttons
    finally:
        assert translation.install_translations(qapp, "en") == "en"
    assert i18n.tr("Run") == "Run"


def test_the_build_compiles_the_catalog():
    """bootstrap.sh built mlp_studio/_i18n/*.qm (the app would otherwise compile one into its cache)."""
    from PySide6.QtCore import QTranslator

    from mlp_studio.ui.translation import catalog_path, compiled_catalog

    path = catalog_path("zh")
    assert path is not None and path.is_file()
    translator = QTranslator()
    assert translator.load(str(path)) and translator.translate("mlp_studio", "Stop") == "停止"
    assert compiled_catalog("zh").is_file(), "run tools/build_translations.py (bootstrap.sh does)"


def test_a_stale_catalog_is_compiled_into_the_cache_at_start(monkeypatch, tmp_path, caplog):
    from mlp_studio.ui import translation

    ts = tmp_path / "src" / "mlp_studio_zh_CN.ts"
    ts.parent.mkdir()
    ts.write_bytes(TS.read_bytes())
    built = translation.compile_catalog(ts, tmp_path / "build" / "mlp_studio_zh_CN.qm")
    monkeypatch.setattr(translation, "source_catalog", lambda language="zh": ts)
    monkeypatch.setattr(translation, "compiled_catalog", lambda language="zh": built)
    monkeypatch.setattr(translation, "_cache_dir", lambda: tmp_path / "cache")
    assert translation.catalog_path() == built  # fresh: used as built, nothing logged
    later = time.time() + 5
    os.utime(ts, (later, later))  # a developer edited the .ts
    with caplog.at_level(logging.WARNING, logger=translation.__name__):
        path = translation.catalog_path()
    assert path == tmp_path / "cache" / "mlp_studio_zh_CN.qm" and path.is_file()
    assert len(caplog.records) == 1 and "older than its source" in caplog.records[0].getMessage()
    assert translation.catalog_path() == path  # compiled once, then reused
    built.unlink()
    assert translation.catalog_path() == path


def test_language_menu_saves_the_choice_and_asks_for_a_restart(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox, QWidget

    from mlp_studio.ui import translation

    monkeypatch.delenv("MLP_STUDIO_LANG", raising=False)
    monkeypatch.setattr(translation, "_running", "en")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = translation.build_language_menu(parent, settings)
    actions = {a.data(): a for a in menu.actions()}
    assert set(actions) == {"system", "en", "zh"} and actions["system"].isChecked()
    assert actions["zh"].text() == "简体中文" and actions["en"].text() == "English"
    actions["zh"].trigger()
    assert settings.value(i18n.LANGUAGE_KEY) == "zh" and i18n.current_language(settings) == "zh"
    notice = parent.findChild(QMessageBox, "languageRestartNotice")
    assert notice is not None and "next time" in notice.text()
    notice.close()
    actions["en"].trigger()  # back to what is on screen: nothing to restart for
    assert settings.value(i18n.LANGUAGE_KEY) == "en"
    assert translation.build_language_menu(parent, settings).actions()[1].isChecked()


# ----------------------------------------------------------------------------------------------- (e) language


def test_language_defaults_from_the_system_locale(monkeypatch):
    monkeypatch.delenv("MLP_STUDIO_LANG", raising=False)
    for name, expected in (("zh_CN", "zh"), ("zh-Hans-CN", "zh"), ("en_US", "en"), ("fr_FR", "en"), ("", "en")):
        monkeypatch.setattr(i18n, "system_locale_name", lambda name=name: name)
        assert i18n.current_language() == expected, name


def test_the_setting_beats_the_system_and_the_environment_beats_both(monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    monkeypatch.delenv("MLP_STUDIO_LANG", raising=False)
    monkeypatch.setattr(i18n, "system_locale_name", lambda: "zh_CN")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.current_language(settings) == "zh"
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    assert i18n.current_language(settings) == "en"
    settings.setValue(i18n.LANGUAGE_KEY, "system")
    assert i18n.current_language(settings) == "zh"
    i18n.set_language("en")  # this process's choice (install_translations sets it)
    assert i18n.current_language() == "en"
    settings.setValue(i18n.LANGUAGE_KEY, "zh")
    monkeypatch.setenv("MLP_STUDIO_LANG", "en")
    assert i18n.current_language(settings) == "en"


def test_the_environment_locale_without_qt(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert i18n._environment_locale() == "zh_CN.UTF-8"
    monkeypatch.setenv("LANGUAGE", "zh_TW:en")
    assert i18n._environment_locale() == "zh_TW"
    assert isinstance(i18n.system_locale_name(), str)


def test_tr_is_identity_until_a_translator_is_installed():
    assert i18n.tr("Stop") == "Stop" and i18n.tr_noop("Stop") == "Stop"
    i18n.install_translator(lambda text, context: f"[{context}] {text}")
    assert i18n.tr("Stop") == "[mlp_studio] Stop" and i18n.tr("Stop", "other") == "[other] Stop"
    i18n.install_translator(lambda text, context: "")  # an empty answer falls back to the source
    assert i18n.tr("Stop") == "Stop"


# ----------------------------------------------------------------------------------------------- (f) scanner


PLANTED = '''
from PySide6.QtWidgets import QLabel, QPushButton
from mlp_studio.i18n import tr


def build(widget, box, plot, menu, name):
    QLabel("Planted unwrapped label")
    widget.setToolTip(f"Planted tooltip for {name}")
    plot.setLabel("bottom", "planted axis")
    QLabel(tr("A wrapped label"))
    QPushButton("×")
    QPushButton("+")
    widget.setObjectName("plantedObject")
    widget.setStyleSheet("color: red")
    widget.setText("0.5")
    menu.addAction(tr("&Wrapped"))
    QLabel("<b>{}</b>".format(name))
    a = make_action
    a(widget, "&Planted action", tr("wrapped tip"))
'''


def test_scanner_finds_a_planted_unwrapped_string(extractor, tmp_path):
    module = tmp_path / "planted.py"
    module.write_text(PLANTED, encoding="utf-8")
    found = extractor.find_unwrapped([module], root=tmp_path)
    assert [(u.line, u.text) for u in found] == [(7, "Planted unwrapped label"), (8, "Planted tooltip for {…}"),
                                                (9, "planted axis"), (19, "&Planted action")]
    assert str(found[0]) == "planted.py:7: QLabel('Planted unwrapped label')"
    result = subprocess.run([sys.executable, "tools/i18n_extract.py", "--report-unwrapped", str(module)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 1 and "planted.py:7: QLabel('Planted unwrapped label')" in result.stdout
    assert "4 strings in 1 files left to wrap" in result.stderr


def test_no_unwrapped_strings_in_the_ui(extractor):
    """Every visible literal in mlp_studio/ui goes through tr() (docs/i18n.md, "Marking strings")."""
    found = extractor.find_unwrapped([ROOT / "mlp_studio" / "ui"])
    assert not found, (f"{len(found)} visible strings without tr(); wrap them (format after tr), run "
                       "`python tools/i18n_extract.py` and translate them:\n" + "\n".join(map(str, found)))


@pytest.mark.parametrize("text", ["{:.4f}", "{x:.4f}", "{step:,}", "%1", "QLabel { color: red; }",
                                  "color: palette(placeholder-text);", "document-open", "trainingToolbar",
                                  "layer_tile", "MLP Studio", "softmax", "Nesterov", "softmax(z)ₖ = e^zₖ / Σⱼ e^zⱼ",
                                  "x₁", "×", "Ctrl+Shift+S", "#F59322", "ρ (rho)"])
def test_the_scanner_skips_names_formats_and_style_sheets(extractor, text):
    assert not extractor.is_text(text)


@pytest.mark.parametrize("text", ["Paused", "epoch", "&Quit", "S&top", "{n} epochs", "<b>PALETTE</b>", "Nesterov momentum",
                                  "R² (coefficient of determination)", "暂停"])
def test_the_scanner_still_sees_words(extractor, text):
    assert extractor.is_text(text)


def test_tooltips_strip_both_mnemonic_forms(qapp):
    from mlp_studio.ui.actions import strip_mnemonic

    assert strip_mnemonic("&Play") == "Play" and strip_mnemonic("S&top") == "Stop"
    assert strip_mnemonic("播放(&P)") == "播放" and strip_mnemonic("另存为(&A)…") == "另存为"
    assert strip_mnemonic("&Open…") == "Open" and strip_mnemonic("Fish && Chips") == "Fish & Chips"


def test_the_chinese_window_finds_its_menus_and_names_its_tooltips(qapp, qtbot, tmp_path, monkeypatch):
    """In Chinese the Teach menu still goes before View, Help ▸ View extras land in View, tooltips read well."""
    from PySide6.QtCore import QSettings

    from mlp_studio.ui import translation
    from mlp_studio.ui.main_window import MainWindow

    monkeypatch.setenv("MLP_STUDIO_LANG", "zh")
    assert translation.install_translations(qapp, "zh") == "zh"
    try:
        window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:3] == ["文件(&F)", "编辑(&E)", "训练(&T)"]
        assert titles.index("教学(&E)") + 1 == titles.index("视图(&V)")
        assert window.view_menu.objectName() == "viewMenu" and window.actions.presentation in window.view_menu.actions()
        play = window.actions.play
        assert play.text() == "播放(&P)" and play.toolTip().startswith("播放（") and "(&" not in play.toolTip()
        window.actions.show_running(True)
        assert play.text() == "暂停(&P)" and play.toolTip().startswith("暂停（")
        window.close()
    finally:
        translation.install_translations(qapp, "en")


# ----------------------------------------------------------------------------------------------- extractor


def _package(tmp_path: Path, source: str) -> Path:
    package = tmp_path / "pkg"
    package.mkdir(exist_ok=True)
    (package / "__init__.py").write_text("")
    (package / "mod.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return package


def test_extractor_refuses_f_strings_and_unknown_values(extractor, tmp_path):
    package = _package(tmp_path, '''
        from mlp_studio.i18n import tr
        def f(n, text):
            tr(f"Epoch {n}")
            tr(text)
            tr("Epoch {n}").format(n=n)
    ''')
    messages, problems = extractor.extract(package, tmp_path)
    assert [k[1] for k in messages] == ["Epoch {n}"]
    assert [p.line for p in problems] == [4, 5]
    assert "f-string" in problems[0].message and '.format(name=' in problems[0].message
    assert "parameter 'text'" in problems[1].message


def test_extractor_follows_constants_loops_and_contexts(extractor, tmp_path):
    package = _package(tmp_path, '''
        from PySide6.QtCore import QCoreApplication, QObject
        from mlp_studio.i18n import tr, tr_noop
        FIELDS = (("learning_rate", "Learning rate"), ("optimizer", "Optimizer"))
        NAMES = {"dataset": "the data set", "loss": "the loss"}
        NOTES = {"relu": ("relu(z)", "The default")}
        MARKED = [tr_noop("Marked")]
        def f(key):
            for field, label in FIELDS:
                tr(label)
            tr(NAMES.get(key, key))
            formula, note = NOTES[key]
            tr(note)
            tr(NOTES[key][0])
            [tr(m) for m in MARKED]
            tr("Run", "verb")
            QCoreApplication.translate("Dialog", "Close")
        class Panel(QObject):
            def g(self):
                self.tr("Mine")
    ''')
    messages, problems = extractor.extract(package, tmp_path)
    assert not problems
    assert sorted(messages) == sorted([
        ("mlp_studio", "Learning rate"), ("mlp_studio", "Optimizer"), ("mlp_studio", "the data set"),
        ("mlp_studio", "the loss"), ("mlp_studio", "The default"), ("mlp_studio", "relu(z)"),
        ("mlp_studio", "Marked"), ("verb", "Run"), ("Dialog", "Close"), ("Panel", "Mine")])
    assert messages[("mlp_studio", "the loss")].locations == [("pkg/mod.py", 5)]


def test_merge_keeps_translations_marks_vanished_obsolete_and_adds_new_unfinished(extractor, tmp_path):
    ts = tmp_path / "x.ts"
    package = _package(tmp_path, 'from mlp_studio.i18n import tr\ntr("Old")\ntr("Kept")\n')
    extractor.write_ts(ts, "zh_CN", extractor.merge([], extractor.extract(package, tmp_path)[0])[0])
    _, entries = extractor.read_ts(ts)
    for entry in entries:
        entry.translation, entry.kind = {"Old": "旧", "Kept": "保留"}[entry.source], None
    extractor.write_ts(ts, "zh_CN", entries)
    package = _package(tmp_path, 'from mlp_studio.i18n import tr\ntr("Kept")\ntr("New")\n')
    messages = extractor.extract(package, tmp_path)[0]
    merged, counts = extractor.merge(extractor.read_ts(ts)[1], messages)
    state = {e.source: (e.translation, e.kind) for e in merged}
    assert state == {"Kept": ("保留", None), "New": ("", "unfinished"), "Old": ("旧", "obsolete")}
    assert counts == {"new": 1, "obsolete": 1, "kept": 1}
    extractor.write_ts(ts, "zh_CN", merged)
    lines = extractor.check(ts, messages, [])
    assert lines == ["untranslated or unfinished: 'New' at pkg/mod.py:3"]
    package = _package(tmp_path, 'from mlp_studio.i18n import tr\ntr("Kept")\ntr("New")\ntr("Old")\n')
    again = {e.source: (e.translation, e.kind)
             for e in extractor.merge(extractor.read_ts(ts)[1], extractor.extract(package, tmp_path)[0])[0]}
    assert again["Old"] == ("旧", None)  # a string that comes back keeps its translation


def test_the_qt_free_catalog_reader_translates_like_the_catalog():
    """The training process has no Qt; it reads the .ts itself (finished translations only)."""
    translate = i18n.catalog_translator(str(TS))
    assert translate("weights", i18n.DEFAULT_CONTEXT) == "权重"
    assert translate("no such text", i18n.DEFAULT_CONTEXT) == ""
    root = ET.parse(TS).getroot()
    finished = [(c.findtext("name"), m.findtext("source"), m.find("translation").text)
                for c in root.iter("context") for m in c.iter("message")
                if m.find("translation") is not None and m.find("translation").get("type") is None]
    assert len(finished) > 700
    assert all(translate(source, context) == (text or "") for context, source, text in finished)
