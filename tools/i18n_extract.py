#!/usr/bin/env python3
"""Our ``lupdate`` for Python: find the translatable strings of ``mlp_studio/`` and merge them into the catalog.

Usage (from the repository root; see docs/i18n.md)::

    python tools/i18n_extract.py                    # merge the code's strings into resources/i18n/*.ts
    python tools/i18n_extract.py --check            # exit 1 listing untranslated/unfinished/problem strings
    python tools/i18n_extract.py --report-unwrapped # list visible string literals in mlp_studio/ui/ without tr()

What counts as a translatable string (an AST scan, no imports, no Qt):

* ``tr("literal")`` and ``tr("literal", "context")`` / ``tr("literal", context="context")`` (``mlp_studio.i18n.tr``;
  default context ``mlp_studio``), ``tr_noop("literal")`` (marks a constant that is translated later),
  ``self.tr("literal")`` (context: the enclosing class's name, as PySide6 does) and
  ``QCoreApplication.translate("context", "literal")``.
* ``tr(NAME)``, ``tr(NAME[key])``, ``tr(NAME.get(key, default))``, ``tr(x)`` where ``x`` comes from a ``for`` loop or a
  tuple unpacking over such a constant: the strings are taken from the module-level constant (in the same module
  or imported from another ``mlp_studio`` module), element by element, so ``for field, label in FIELDS: tr(label)``
  takes only the labels.  Anything else (a parameter, a computed value) is a *problem*: it cannot be extracted.
* f-strings and concatenations with variables are refused: the translator would see a different text each time.
  Write ``tr("Epoch {n} of {total}").format(n=…, total=…)``.

The merge keeps existing translations, marks messages that vanished from the code ``obsolete`` (kept, so a
string that comes back keeps its translation) and adds new ones ``unfinished`` with an empty translation.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mlp_studio"
CATALOG_DIR = ROOT / "resources" / "i18n"
CATALOGS = {"zh_CN": CATALOG_DIR / "mlp_studio_zh_CN.ts"}
DEFAULT_CONTEXT = "mlp_studio"

_APP_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass
class Message:
    """One translatable text: ``(context, source)`` and where it occurs."""

    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """A ``tr()`` call whose text cannot be extracted."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class Unresolved(Exception):
    """An expression whose strings cannot be found statically."""


# ----------------------------------------------------------------------------------------------- modules


class _Module:
    """One parsed source file: its module-level constants and ``from mlp_studio… import`` names."""

    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.rel = path.relative_to(root).as_posix()
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.constants: dict[str, ast.expr] = {}
        self.imports: dict[str, tuple[str, str]] = {}
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        for node in self.tree.body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.constants[target.id] = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                self.constants[node.target.id] = node.value
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)


class _Project:
    """Every module under a package directory, parsed once, for the resolution of constants across imports."""

    def __init__(self, package_dir: Path, root: Path) -> None:
        self.root = root
        self.package = package_dir.name
        self.modules: dict[str, _Module] = {}
        for path in sorted(package_dir.rglob("*.py")):
            module = _Module(path, root)
            dotted = path.relative_to(package_dir.parent).with_suffix("").as_posix().replace("/", ".")
            self.modules[dotted.removesuffix(".__init__")] = module

    def imported_constant(self, module: _Module, name: str) -> tuple[_Module, ast.expr] | None:
        seen = set()
        while name in module.imports and (module.rel, name) not in seen:
            seen.add((module.rel, name))
            dotted, original = module.imports[name]
            target = self.modules.get(dotted)
            if target is None:
                return None
            module, name = target, original
        if name in module.constants:
            return module, module.constants[name]
        return None


# ----------------------------------------------------------------------------------------------- resolution


def _fold(node: ast.expr) -> str | None:
    """The value of a string literal or a ``+`` of string literals, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _fold(node.left), _fold(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _target_path(target: ast.expr, name: str) -> tuple[int, ...] | None:
    """Where ``name`` sits in an assignment target: ``()`` for the whole value, ``(1,)`` for ``a, name = …``."""
    if isinstance(target, ast.Name):
        return () if target.id == name else None
    if isinstance(target, (ast.Tuple, ast.List)):
        for i, element in enumerate(target.elts):
            sub = _target_path(element, name)
            if sub is not None:
                return (i, *sub)
    return None


class _Resolver:
    """Finds the literal strings an expression can evaluate to (in module constants), or raises Unresolved."""

    def __init__(self, project: _Project, module: _Module) -> None:
        self.project = project
        self.module = module

    # A value is a pair (module, node): nodes of imported constants belong to their own module.
    def values(self, node: ast.expr, module: _Module, depth: int = 0) -> list[tuple[_Module, ast.expr]]:
        if depth > 12:
            raise Unresolved("too many indirections")
        if isinstance(node, (ast.Constant, ast.Tuple, ast.List, ast.Set, ast.Dict)):
            return [(module, node)]
        if isinstance(node, ast.BinOp) and _fold(node) is not None:
            return [(module, node)]
        if isinstance(node, ast.JoinedStr):
            raise Unresolved("an f-string cannot be translated")
        if isinstance(node, ast.Name):
            return self._name(node, module, depth)
        if isinstance(node, ast.Subscript):
            out = []
            key = node.slice
            for owner, base in self.values(node.value, module, depth + 1):
                if isinstance(base, ast.Dict):
                    pairs = list(zip(base.keys, base.values))
                    if isinstance(key, ast.Constant):
                        hit = [v for k, v in pairs if isinstance(k, ast.Constant) and k.value == key.value]
                        out += [(owner, v) for v in (hit or [v for _, v in pairs])]
                    else:
                        out += [(owner, v) for _, v in pairs]
                elif isinstance(base, (ast.Tuple, ast.List)):
                    if isinstance(key, ast.Constant) and isinstance(key.value, int):
                        out.append((owner, base.elts[key.value]))
                    else:
                        out += [(owner, e) for e in base.elts]
                else:
                    raise Unresolved("subscript of something that is not a constant tuple, list or dict")
            return [pair for o, n in out for pair in self.values(n, o, depth + 1)]
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "tr_noop" and node.args:
                return self.values(node.args[0], module, depth + 1)
            if isinstance(func, ast.Attribute) and func.attr == "get" and node.args:
                out = [(o, v) for o, d in self.values(func.value, module, depth + 1) if isinstance(d, ast.Dict)
                       for v in d.values]
                if len(node.args) > 1:
                    try:  # a default that is the key itself (.get(name, name)) is not text of ours
                        out += self.values(node.args[1], module, depth + 1)
                    except Unresolved:
                        pass
                return [pair for o, n in out for pair in self.values(n, o, depth + 1)]
            raise Unresolved("the result of a call")
        if isinstance(node, ast.IfExp):
            return self.values(node.body, module, depth + 1) + self.values(node.orelse, module, depth + 1)
        if isinstance(node, ast.BoolOp):
            return [v for value in node.values for v in self.values(value, module, depth + 1)]
        raise Unresolved(f"a {type(node).__name__} expression")

    def _elements(self, iterable: ast.expr, module: _Module, depth: int) -> list[tuple[_Module, ast.expr]]:
        """What ``for … in iterable`` yields (tuples, lists and sets of constants; dict keys, values or items)."""
        method = None
        if (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute)
                and iterable.func.attr in ("items", "values", "keys") and not iterable.args):
            method, iterable = iterable.func.attr, iterable.func.value
        out = []
        for owner, node in self.values(iterable, module, depth + 1):
            if isinstance(node, ast.Dict):
                if method == "items":
                    out += [(owner, ast.Tuple(elts=[k, v], ctx=ast.Load())) for k, v in zip(node.keys, node.values)]
                elif method == "values":
                    out += [(owner, v) for v in node.values]
                else:
                    out += [(owner, k) for k in node.keys]
            elif isinstance(node, (ast.Tuple, ast.List, ast.Set)) and method is None:
                out += [(owner, e) for e in node.elts]
            else:
                raise Unresolved("a loop over something that is not a constant collection")
        return out

    def _pick(self, values, path, depth):
        out = []
        for owner, node in values:
            for index in path:
                resolved = self.values(node, owner, depth + 1)
                if len(resolved) != 1 or not isinstance(resolved[0][1], (ast.Tuple, ast.List)):
                    raise Unresolved("an unpacking of something that is not a constant tuple")
                owner, node = resolved[0][0], resolved[0][1].elts[index]
            out += self.values(node, owner, depth + 1)
        return out

    def _name(self, name: ast.Name, module: _Module, depth: int):
        if module is self.module:
            scope = module.parents.get(name)
            while scope is not None and not isinstance(scope, ast.Module):
                if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ListComp, ast.SetComp,
                                      ast.DictComp, ast.GeneratorExp)):
                    binding = self._local_binding(scope, name.id, depth)
                    if binding is not None:
                        return binding
                    if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                        arguments = scope.args
                        params = [a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)]
                        if name.id in params:
                            raise Unresolved(f"the parameter {name.id!r}")
                scope = module.parents.get(scope)
        if name.id in module.constants:
            return self.values(module.constants[name.id], module, depth + 1)
        found = self.project.imported_constant(module, name.id)
        if found is not None:
            return self.values(found[1], found[0], depth + 1)
        raise Unresolved(f"the name {name.id!r}")

    def _local_binding(self, scope: ast.AST, name: str, depth: int):
        generators = getattr(scope, "generators", None)
        nodes = [(g.target, g.iter, True) for g in generators] if generators else []
        if not generators:
            body = scope.body if isinstance(scope.body, list) else [scope.body]
            for statement in body:
                for node in ast.walk(statement):
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                        continue
                    if isinstance(node, (ast.For, ast.AsyncFor)):
                        nodes.append((node.target, node.iter, True))
                    elif isinstance(node, ast.Assign):
                        nodes += [(t, node.value, False) for t in node.targets]
                    elif isinstance(node, ast.AnnAssign) and node.value is not None:
                        nodes.append((node.target, node.value, False))
        for target, value, is_loop in nodes:
            path = _target_path(target, name)
            if path is None:
                continue
            values = self._elements(value, self.module, depth) if is_loop else self.values(value, self.module,
                                                                                          depth + 1)
            return self._pick(values, path, depth)
        return None

    def strings(self, node: ast.expr) -> list[tuple[str, str, int]]:
        """``(text, file, line)`` of every string ``node`` can be; Unresolved when one is not a literal."""
        out = []
        for owner, value in self.values(node, self.module):
            text = _fold(value)
            if text is None:
                raise Unresolved(f"a {type(value).__name__} among its values")
            out.append((text, owner.rel, value.lineno))
        return out


# ----------------------------------------------------------------------------------------------- extraction


def _enclosing_class(module: _Module, node: ast.AST) -> str | None:
    while node is not None:
        node = module.parents.get(node)
        if isinstance(node, ast.ClassDef):
            return node.name
    return None


def _call_parts(module: _Module, call: ast.Call):
    """``(text_node, context_node_or_str)`` for a translation call, else None."""
    func = call.func
    keywords = {k.arg: k.value for k in call.keywords}
    if isinstance(func, ast.Name) and func.id in ("tr", "tr_noop"):
        text = call.args[0] if call.args else keywords.get("text")
        context = call.args[1] if len(call.args) > 1 else keywords.get("context", DEFAULT_CONTEXT)
        return text, context
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        if isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"):
            text = call.args[0] if call.args else keywords.get("sourceText")
            return text, _enclosing_class(module, call) or DEFAULT_CONTEXT
        if isinstance(func.value, ast.Name) and func.value.id == "i18n":
            text = call.args[0] if call.args else keywords.get("text")
            context = call.args[1] if len(call.args) > 1 else keywords.get("context", DEFAULT_CONTEXT)
            return text, context
    if (isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name)
            and func.value.id in _APP_CLASSES and len(call.args) >= 2):
        if _fold(call.args[0]) is None and _fold(call.args[1]) is None:
            return None  # a forwarding call (the translator itself), not a text of ours
        return call.args[1], call.args[0]
    return None


def extract(package_dir: Path = PACKAGE, root: Path = ROOT) -> tuple[dict[tuple[str, str], Message], list[Problem]]:
    """Every translatable message under ``package_dir`` keyed by ``(context, source)``, and the problems."""
    project = _Project(package_dir, root)
    messages: dict[tuple[str, str], Message] = {}
    problems: list[Problem] = []
    for module in project.modules.values():
        resolver = _Resolver(project, module)
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call):
                continue
            parts = _call_parts(module, node)
            if parts is None:
                continue
            text_node, context_node = parts
            if text_node is None:
                continue
            context = context_node if isinstance(context_node, str) else _fold(context_node)
            if context is None:
                problems.append(Problem(module.rel, node.lineno, "the context of a tr() call must be a literal"))
                continue
            if isinstance(text_node, ast.JoinedStr):
                problems.append(Problem(module.rel, node.lineno, "an f-string in tr() cannot be translated (its "
                                        "text changes with its values): write tr(\"… {name} …\").format(name=…)"))
                continue
            try:
                found = resolver.strings(text_node)
            except Unresolved as error:
                problems.append(Problem(module.rel, node.lineno, f"tr() of {error}: its text cannot be extracted; "
                                        "pass a literal, a module-level constant, or mark the source literals "
                                        "with tr_noop(\"…\")"))
                continue
            for text, file, line in found:
                if not text.strip():
                    continue
                message = messages.setdefault((context, text), Message(context, text))
                if (file, line) not in message.locations:
                    message.locations.append((file, line))
    for message in messages.values():
        message.locations.sort()
    return messages, problems


# ----------------------------------------------------------------------------------------------- catalog (.ts)


@dataclass
class Entry:
    """One message of a .ts catalog."""

    context: str
    source: str
    translation: str = ""
    kind: str | None = "unfinished"   # None (finished), "unfinished", "obsolete", "vanished"
    comment: str | None = None
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.kind is None and bool(self.translation.strip())


def read_ts(path: Path) -> tuple[str, list[Entry]]:
    """The language and the entries of a Qt Linguist .ts file (ValueError when it is not one)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise ValueError(f"{path}: not well-formed XML: {error}") from None
    if root.tag != "TS":
        raise ValueError(f"{path}: the root element is <{root.tag}>, not <TS>")
    entries = []
    for context in root.findall("context"):
        name = context.findtext("name", "")
        for message in context.findall("message"):
            source = message.find("source")
            translation = message.find("translation")
            if source is None or translation is None:
                raise ValueError(f"{path}: a message of context {name!r} lacks <source> or <translation>")
            locations = [(loc.get("filename", ""), int(loc.get("line", "0") or 0))
                         for loc in message.findall("location")]
            comment = message.findtext("comment")
            entries.append(Entry(name, source.text or "", translation.text or "", translation.get("type"),
                                 comment, locations))
    return root.get("language", ""), entries


def _indent(element: ET.Element, level: int = 0) -> None:
    pad = "\n" + "    " * level
    if len(element):
        if not (element.text or "").strip():
            element.text = pad + "    "
        for child in element:
            _indent(child, level + 1)
        if not (child.tail or "").strip():
            child.tail = pad
    if level and not (element.tail or "").strip():
        element.tail = pad


def write_ts(path: Path, language: str, entries: list[Entry]) -> None:
    """Write ``entries`` as a .ts file (contexts sorted by name, messages in source order within a context)."""
    root = ET.Element("TS", version="2.1", language=language)
    root.set("sourcelanguage", "en")
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.context, []).append(entry)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in by_context[name]:
            message = ET.SubElement(context, "message")
            for file, line in entry.locations:
                location = ET.SubElement(message, "location", filename=_ts_relative(path, file))
                location.set("line", str(line))
            ET.SubElement(message, "source").text = entry.source
            if entry.comment:
                ET.SubElement(message, "comment").text = entry.comment
            translation = ET.SubElement(message, "translation")
            translation.text = entry.translation
            if entry.kind:
                translation.set("type", entry.kind)
    _indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _ts_relative(ts_path: Path, file: str) -> str:
    """A repository-relative source path written relative to the .ts, as lupdate does."""
    depth = len(ts_path.resolve().parent.relative_to(ROOT).parts) if ts_path.resolve().is_relative_to(ROOT) else 0
    return "../" * depth + file


def _entry_key(entry: Entry) -> tuple[str, str]:
    return entry.context, entry.source


def merge(entries: list[Entry], messages: dict[tuple[str, str], Message]) -> tuple[list[Entry], dict[str, int]]:
    """The catalog after a scan: translations kept, vanished messages obsolete, new ones unfinished."""
    old = {_entry_key(e): e for e in entries}
    merged: list[Entry] = []
    counts = {"new": 0, "obsolete": 0, "kept": 0}
    for key, message in sorted(messages.items(), key=lambda kv: (kv[0][0], kv[1].locations[:1], kv[0][1])):
        previous = old.pop(key, None)
        if previous is None:
            merged.append(Entry(message.context, message.source, locations=list(message.locations)))
            counts["new"] += 1
            continue
        kind = previous.kind
        if kind in ("obsolete", "vanished"):  # came back: a translation needs a second look
            kind = "unfinished" if not previous.translation else None
        merged.append(Entry(previous.context, previous.source, previous.translation, kind, previous.comment,
                            list(message.locations)))
        counts["kept"] += 1
    for entry in old.values():
        if entry.kind != "obsolete":
            counts["obsolete"] += 1
        merged.append(Entry(entry.context, entry.source, entry.translation, "obsolete", entry.comment, []))
    return merged, counts


# ----------------------------------------------------------------------------------------------- checks

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+")
_MNEMONIC = re.compile(r"&(?![&\s]|[a-zA-Z]+;|#\d+;)")


def placeholders(text: str) -> list[str]:
    """The ``{name}``/``{x:.2f}`` and ``%1`` placeholders of ``text``, sorted (``{{``/``}}`` escapes ignored)."""
    return sorted(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def mnemonics(text: str) -> int:
    """How many ``&`` mnemonic markers ``text`` has (``&&`` and HTML entities such as ``&nbsp;`` excluded)."""
    return len(_MNEMONIC.findall(text.replace("&&", "")))


def check(catalog: Path, messages: dict[tuple[str, str], Message], problems: list[Problem]) -> list[str]:
    """Everything that keeps the catalog from being complete, one line each (empty when it is)."""
    lines = [f"problem: {p}" for p in problems]
    try:
        _, entries = read_ts(catalog)
    except (OSError, ValueError) as error:
        return lines + [f"catalog: {error}"]
    by_key = {_entry_key(e): e for e in entries}
    for key, message in sorted(messages.items()):
        entry = by_key.get(key)
        where = ", ".join(f"{f}:{n}" for f, n in message.locations[:3])
        if entry is None:
            lines.append(f"missing from {catalog.name} (run tools/i18n_extract.py): {message.source!r} at {where}")
        elif entry.kind == "obsolete":
            lines.append(f"obsolete in {catalog.name} but used again: {message.source!r} at {where}")
        elif not entry.finished:
            lines.append(f"untranslated or unfinished: {message.source!r} at {where}")
        elif placeholders(entry.source) != placeholders(entry.translation):
            lines.append(f"placeholders differ: {entry.source!r} {placeholders(entry.source)} vs "
                         f"{entry.translation!r} {placeholders(entry.translation)}")
        elif mnemonics(entry.source) != mnemonics(entry.translation):
            lines.append(f"mnemonic '&' missing or doubled: {entry.source!r} vs {entry.translation!r}")
    return lines


# ----------------------------------------------------------------------------------------------- unwrapped strings

#: Calls whose string arguments are shown to the user: callee name -> positions of text arguments (None: all).
VISIBLE_CALLS: dict[str, tuple[int, ...] | None] = {
    # constructors
    "QLabel": (0,), "QPushButton": None, "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": None, "QToolButton": (0,), "QMenu": (0,), "QDockWidget": (0,), "QToolBar": (0,),
    "QCommandLinkButton": None, "QTreeWidgetItem": None, "QListWidgetItem": (0,), "QTableWidgetItem": (0,),
    "QStandardItem": None, "QMessageBox": (1, 2), "QProgressDialog": (0, 1), "QWizardPage": None,
    # setters and adders
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,), "setWindowTitle": (0,),
    "setPlaceholderText": (0,), "setTitle": (0,), "setLabelText": (0,), "setInformativeText": (0,),
    "setDetailedText": (0,), "setSuffix": (0,), "setPrefix": (0,), "setSpecialValueText": (0,),
    "setWindowIconText": (0,), "setAccessibleName": (0,), "setAccessibleDescription": (0,),
    "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,),
    "setTabText": (1,), "setTabToolTip": (1,), "setItemText": (1,), "setHtml": (0,), "setMarkdown": (0,),
    "setPlainText": (0,), "setButtonText": (1,), "setFormat": (0,),
    "addAction": None, "addMenu": None, "addTab": (1, 2), "insertTab": (2, 3), "addItem": (0,),
    "addItems": (0,), "insertItem": (1,), "addRow": (0,), "addButton": (0,), "addSection": None,
    "showMessage": (0,), "addWidget": (), "addLegend": (),
    # QMessageBox / QInputDialog / QFileDialog statics: (parent, title, text, …)
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
    "getText": (1, 2), "getInt": (1, 2), "getDouble": (1, 2), "getItem": (1, 2), "getOpenFileName": (1,),
    "getSaveFileName": (1,), "getExistingDirectory": (1,), "getOpenFileNames": (1,),
    # pyqtgraph: setLabel(axis, text), setTitle(text), plot(name=…), style_plot(plot, title)
    "setLabel": (1,), "style_plot": (1,),
    # our own helpers
    "make_action": (1, 2),
}
#: Keyword arguments that are visible text wherever they appear in one of the calls above.
VISIBLE_KEYWORDS = {"text", "title", "toolTip", "statusTip", "windowTitle", "placeholderText", "name", "label",
                    "labelText", "tip"}
_NOT_TEXT = re.compile(r"^\s*(#[0-9a-fA-F]{3,8}|[\w.-]+\.(png|svg|ico|qm|json|csv|mlpstudio)|"
                       r"(Ctrl|Alt|Shift|Meta)\+.*|[a-z_]+(\.[a-z_]+)+|[a-z]+[A-Z]\w*|[a-z0-9_]+_[a-z0-9_]+|"
                       r"[a-z0-9]+(-[a-z0-9]+)+)\s*$")   # … snake_case, camelCase, dotted and icon-like-names
#: A style sheet: ``QLabel { color: red }`` or ``color: red; font-weight: bold``.
_STYLE_SHEET = re.compile(r"^\s*([\w#.:\-\[\]=\"' ,>*]*\{[^{}]*:[^{}]*\}\s*)+$|^\s*([a-z-]+\s*:\s*[^;:]+;?\s*)+$")
#: Placeholders (``{name}``, ``{:.4f}``, ``{…}`` for an f-string's values, ``%1``), which are not words.
_PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%L?\d+")
#: Words that stay as they are in every language: the product, function and optimizer names, file formats.
#: A literal made only of these (and symbols) is a name or a formula, not text: ``"MLP Studio"``, ``"softmax"``,
#: ``"softmax(z)ₖ = e^zₖ / Σⱼ e^zⱼ"``, ``"Nesterov"``.
UNTRANSLATED_WORDS = {"mlp", "studio", "softmax", "sigmoid", "tanh", "relu", "leaky", "linear", "max", "min", "exp",
                      "log", "ln", "sgd", "adam", "rmsprop", "nesterov", "xavier", "glorot", "he", "lecun", "xor",
                      "csv", "png", "svg", "onnx", "numpy", "json", "mse", "ce", "r²", "rho", "eps"}
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u4e00-\u9fff]{2,}²?")  # Latin and Chinese words, not "zₖ"


@dataclass(frozen=True)
class Unwrapped:
    """A string literal shown to the user without tr()."""

    file: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.call}({self.text!r})"


def is_text(value: str) -> bool:
    """Whether a literal is words a user reads (not a symbol, a number, an object name, a colour, a path)."""
    if _STYLE_SHEET.match(value):
        return False
    stripped = re.sub(r"&[a-zA-Z]+;|&#\d+;", " ", re.sub(r"<[^>]*>", " ", value))
    stripped = _PLACEHOLDERS.sub(" ", stripped.replace("{{", "").replace("}}", "")).strip()
    if sum(c.isalpha() for c in stripped) < 2 and not re.search(r"[\u4e00-\u9fff]", stripped):
        return False  # "", "×", "+", "−", "A", "B", "x₁", "0.5", "%", "{:.4f}", "{x:,}"
    words = _WORD.findall(stripped.replace("&", ""))
    if words and all(word.lower() in UNTRANSLATED_WORDS for word in words):
        return False  # names and formulas: "MLP Studio", "softmax(z)ₖ = e^zₖ / Σⱼ e^zⱼ"
    return not _NOT_TEXT.match(stripped)


def _literal_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.JoinedStr):
        if not any(isinstance(v, ast.Constant) for v in node.values):
            return None
        return "".join(v.value if isinstance(v, ast.Constant) else "{…}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        left, right = _literal_text(node.left), _literal_text(node.right)
        return left if right is None else right if left is None else left + right
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        texts = [t for t in map(_literal_text, node.elts) if t]
        return ", ".join(texts) if texts else None
    return None


def find_unwrapped(paths, root: Path = ROOT) -> list[Unwrapped]:
    """String literals passed to user-visible Qt calls without tr(), in the files or folders ``paths``."""
    files = []
    for path in map(Path, paths):
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    found = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        try:
            rel = path.resolve().relative_to(root).as_posix()
        except ValueError:
            rel = str(path)
        aliases = {}  # a = make_action
        for node in ast.walk(tree):
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and isinstance(node.value, ast.Name) and node.value.id in VISIBLE_CALLS):
                aliases[node.targets[0].id] = node.value.id
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            name = aliases.get(name, name) if isinstance(func, ast.Name) else name
            if name not in VISIBLE_CALLS:
                continue
            positions = VISIBLE_CALLS[name]
            candidates = [a for i, a in enumerate(node.args) if positions is None or i in positions]
            candidates += [k.value for k in node.keywords if k.arg in VISIBLE_KEYWORDS]
            for argument in candidates:
                text = _literal_text(argument)
                if text is not None and is_text(text):
                    found.append(Unwrapped(rel, argument.lineno, name, text))
    return sorted(set(found), key=lambda u: (u.file, u.line, u.text))


# ----------------------------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="change nothing; exit 1 listing strings without a finished translation")
    mode.add_argument("--report-unwrapped", action="store_true",
                      help="list string literals in mlp_studio/ui/ shown to the user without tr(); exit 1 if any")
    parser.add_argument("paths", nargs="*", help="for --report-unwrapped: files or folders (default mlp_studio/ui)")
    args = parser.parse_args(argv)

    if args.report_unwrapped:
        found = find_unwrapped(args.paths or [PACKAGE / "ui"])
        for item in found:
            print(item)
        files = len({u.file for u in found})
        print(f"{len(found)} strings in {files} files left to wrap", file=sys.stderr)
        return 1 if found else 0

    messages, problems = extract()
    if args.check:
        failures = []
        for language, catalog in CATALOGS.items():
            failures += check(catalog, messages, problems)
        for line in failures:
            print(line)
        print(f"i18n_extract: {len(messages)} strings, {len(failures)} problems", file=sys.stderr)
        return 1 if failures else 0

    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    for language, catalog in CATALOGS.items():
        entries = read_ts(catalog)[1] if catalog.exists() else []
        merged, counts = merge(entries, messages)
        write_ts(catalog, language, merged)
        unfinished = sum(1 for e in merged if e.kind == "unfinished")
        print(f"i18n_extract: {catalog.relative_to(ROOT)}: {len(messages)} strings ({counts['new']} new, "
              f"{counts['obsolete']} newly obsolete), {unfinished} to translate")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
