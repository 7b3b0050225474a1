"""Lessons shipped with MLP Studio: an experiment, its explanation in English and Chinese, and what it shows.

A lesson is a readable JSON file under ``resources/lessons/`` (format ``mlp-studio-lesson``, see
``docs/lessons.md``). It holds a version-1 experiment (``docs/project-format.md``), the texts a teacher reads
aloud, the controls the class may not change (``locked_controls``) or should not even see (``hidden_controls``),
a machine-checkable ``outcome`` and optional ``variants`` (the same experiment with a few settings changed,
each with its own outcome). Qt-free.

>>> lessons = list_lessons()                                   # doctest: +SKIP
>>> project = lesson_project(lessons[1])                       # doctest: +SKIP
>>> check_outcome(lessons[1]).passed                           # doctest: +SKIP
True
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlp_studio.i18n import tr
from mlp_studio.errors import SpecError
from mlp_studio.files.experiment import parse_experiment, read_json_file
from mlp_studio.files.lesson_outcome import OutcomeResult, check_spec_outcome, parse_outcome
from mlp_studio.files.project import Project
from mlp_studio.model.spec import ExperimentSpec
from mlp_studio.resources import resource_path

__all__ = ["CONTROLS", "LANGUAGES", "LESSON_FORMAT", "LESSON_VERSION", "Lesson", "LessonVariant",
           "OutcomeResult", "check_outcome", "lesson_project", "lessons_dir", "list_lessons", "load_lesson"]

LESSON_FORMAT = "mlp-studio-lesson"
LESSON_VERSION = 1
LANGUAGES = ("en", "zh")
#: The controls a lesson can lock (shown, not changeable) or hide; see docs/lessons.md for what each covers.
CONTROLS = ("dataset", "features", "network", "activation", "loss", "init", "optimizer", "learning_rate",
            "batch_size", "regularization", "epochs", "seeds", "weights")
TOP_FIELDS = {"format", "version", "id", "order", "title", "summary", "text", "experiment", "locked_controls",
              "hidden_controls", "outcome", "variants"}
REQUIRED_FIELDS = ("id", "order", "title", "summary", "text", "experiment", "outcome")
VARIANT_FIELDS = {"id", "label", "changes", "outcome"}
MAX_LESSON_BYTES = 1_000_000
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, eq=False)
class LessonVariant:
    """The lesson's experiment with a few settings changed, and what that change should show.

    Attributes
    ----------
    id : str
        Short name, unique within the lesson (``"too-small"``).
    label : dict
        ``{"en": str, "zh": str}``, e.g. a button's text.
    changes : dict
        Dotted experiment fields to new values (``{"training.learning_rate": 3.0}``).
    experiment : ExperimentSpec
        The changed experiment (validated when the lesson is loaded).
    outcome : dict
        The expectation, as in :func:`mlp_studio.files.lesson_outcome.parse_outcome`.
    """

    id: str
    label: Mapping[str, str]
    changes: Mapping[str, Any]
    experiment: ExperimentSpec
    outcome: Mapping[str, Any]


@dataclass(frozen=True, eq=False)
class Lesson:
    """One shipped lesson. Treat the dicts as read-only.

    Attributes
    ----------
    id : str
        Stable name (``"tutorial-xor"``), used by :func:`load_lesson` and stored in lesson projects.
    order : int
        Position in the Help → Lessons menu and on the start page.
    title, summary, text : dict
        ``{"en": str, "zh": str}``: a title, one line for the start page, and the explanation (simple HTML).
    experiment : ExperimentSpec
        The lesson's experiment.
    experiment_data : dict
        The experiment as written in the file (variants change copies of it).
    locked_controls, hidden_controls : tuple of str
        Names from :data:`CONTROLS`; hidden controls cannot be changed either.
    outcome : dict
        What training the experiment shows (see ``docs/lessons.md``).
    variants : tuple of LessonVariant
    path : Path or None
        The file the lesson came from.
    """

    id: str
    order: int
    title: Mapping[str, str]
    summary: Mapping[str, str]
    text: Mapping[str, str]
    experiment: ExperimentSpec
    experiment_data: Mapping[str, Any]
    locked_controls: tuple[str, ...]
    hidden_controls: tuple[str, ...]
    outcome: Mapping[str, Any]
    variants: tuple[LessonVariant, ...] = ()
    path: Path | None = None

    def variant(self, which: int | str | LessonVariant) -> LessonVariant:
        """Return a variant by index, id or itself.

        Raises
        ------
        KeyError
            If the lesson has no such variant.
        """
        if isinstance(which, LessonVariant):
            return which
        if isinstance(which, int) and not isinstance(which, bool) and 0 <= which < len(self.variants):
            return self.variants[which]
        for variant in self.variants:
            if variant.id == which:
                return variant
        raise KeyError(f"lesson {self.id!r} has no variant {which!r} "
                       f"(variants: {', '.join(v.id for v in self.variants) or 'none'})")


# ------------------------------------------------------------------------------------------------ finding

def lessons_dir() -> Path:
    """The folder of shipped lessons (``resources/lessons``)."""
    return resource_path("lessons")


def list_lessons(folder: str | Path | None = None) -> list[Lesson]:
    """Load every ``*.json`` lesson in ``folder`` (default: the shipped ones), sorted by ``order`` then id.

    Raises
    ------
    SpecError
        If a lesson is invalid, or two lessons share an id.
    """
    folder = Path(folder) if folder is not None else lessons_dir()
    lessons = [load_lesson(path) for path in sorted(folder.glob("*.json"))]
    seen: dict[str, Path | None] = {}
    for lesson in lessons:
        if lesson.id in seen:
            raise SpecError(tr("lesson id {id!r} is also used by {seen}").format(
                                id=lesson.id, seen=seen[lesson.id]), field="id",
                            file=str(lesson.path))
        seen[lesson.id] = lesson.path
    return sorted(lessons, key=lambda lesson: (lesson.order, lesson.id))


def load_lesson(id_or_path: str | Path) -> Lesson:
    """Load a lesson by its id (a shipped lesson) or from a file path.

    Raises
    ------
    SpecError
        If no shipped lesson has that id, or the file is unreadable or invalid (the message names the field).
    """
    if isinstance(id_or_path, str) and _ID.fullmatch(id_or_path) and not id_or_path.endswith(".json"):
        for path in sorted(lessons_dir().glob("*.json")):
            if _peek_id(path) == id_or_path:
                return load_lesson(path)
        raise SpecError(tr("no shipped lesson has the id {id_or_path!r}").format(id_or_path=id_or_path))
    path = Path(id_or_path)
    return parse_lesson(_read_json(path), file=str(path), path=path)


def _peek_id(path: Path) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None
    return data.get("id") if isinstance(data, dict) else None


def _read_json(path: Path) -> Any:
    return read_json_file(path, MAX_LESSON_BYTES, "a lesson")


# ----------------------------------------------------------------------------------------------- parsing

def parse_lesson(data: Any, file: str | None = None, path: Path | None = None) -> Lesson:
    """Validate a decoded lesson and return it.

    Raises
    ------
    SpecError
        Naming the field (and file) that is wrong: unknown fields, a missing language, an unknown control,
        an invalid experiment, variant or outcome.
    """
    _check_header(data, file)
    lesson_id = data["id"]
    if not isinstance(lesson_id, str) or not _ID.fullmatch(lesson_id):
        raise SpecError(tr("must be lower-case letters, digits and hyphens (at most 64)"), field="id", file=file)
    order = data["order"]
    if isinstance(order, bool) or not isinstance(order, int) or not 0 <= order <= 10_000:
        raise SpecError(tr("must be a whole number from 0 to 10000, not {order!r}").format(
                            order=order), field="order", file=file)
    experiment = _parse_embedded(data["experiment"], "experiment", file)
    locked = _controls(data.get("locked_controls", []), "locked_controls", file)
    hidden = _controls(data.get("hidden_controls", []), "hidden_controls", file)
    both = sorted(set(locked) & set(hidden))
    if both:
        raise SpecError(tr("{both!r} is also hidden (hidden controls are locked anyway)").format(both=both[0]),
                        field="locked_controls", file=file)
    return Lesson(
        id=lesson_id, order=order,
        title=_languages(data["title"], "title", file, max_length=200),
        summary=_languages(data["summary"], "summary", file, max_length=400),
        text=_languages(data["text"], "text", file, max_length=50_000),
        experiment=experiment, experiment_data=copy.deepcopy(data["experiment"]),
        locked_controls=locked, hidden_controls=hidden,
        outcome=parse_outcome(data["outcome"], experiment, "outcome", file),
        variants=_variants(data.get("variants", []), data["experiment"], file),
        path=path,
    )


def _check_header(data: Any, file: str | None) -> None:
    if not isinstance(data, dict):
        raise SpecError(tr("a lesson must be a JSON object"), file=file)
    unknown = sorted(set(data) - TOP_FIELDS)
    if unknown:
        raise SpecError(tr("unknown field (allowed: {names})").format(
                            names=', '.join(sorted(TOP_FIELDS))), field=unknown[0], file=file)
    if data.get("format") != LESSON_FORMAT:
        raise SpecError(tr("must be {lesson_format!r}, not {value!r}").format(
                            lesson_format=LESSON_FORMAT, value=data.get('format')), field="format", file=file)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SpecError(tr("must be a whole number, not {version!r}").format(
                            version=version), field="version", file=file)
    if version > LESSON_VERSION:
        raise SpecError(tr("is {version}, but this MLP Studio reads lessons up to version {lesson_version}; please "
                           "update MLP Studio").format(
                            version=version, lesson_version=LESSON_VERSION), field="version", file=file)
    for name in REQUIRED_FIELDS:
        if name not in data:
            raise SpecError(tr("is required"), field=name, file=file)


def _parse_embedded(data: Any, field: str, file: str | None) -> ExperimentSpec:
    try:
        return parse_experiment(data, file=file)
    except SpecError as error:
        inner = f"{field}.{error.field}" if error.field else field
        raise SpecError(error.message, field=inner, file=file) from None


def _languages(value: Any, field: str, file: str | None, max_length: int, chinese: bool = True) -> dict[str, str]:
    """``{"en": str, "zh": str}``, both non-empty; with ``chinese`` the Chinese must contain Chinese characters."""
    if not isinstance(value, dict):
        raise SpecError(tr("must be an object with the languages {names}").format(
                            names=', '.join(LANGUAGES)), field=field, file=file)
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise SpecError(tr("unknown language (allowed: {names})").format(
                            names=', '.join(LANGUAGES)), field=f"{field}.{unknown[0]}",
                        file=file)
    for language in LANGUAGES:
        body = value.get(language)
        if not isinstance(body, str) or not body.strip():
            raise SpecError(tr("is required and must be non-empty text"), field=f"{field}.{language}", file=file)
        if len(body) > max_length:
            raise SpecError(tr("is longer than {max_length:,} characters").format(
                                max_length=max_length), field=f"{field}.{language}", file=file)
    if chinese and not _CJK.search(value["zh"]):
        raise SpecError(tr("must be written in Chinese (no Chinese characters found)"), field=f"{field}.zh",
                        file=file)
    return {language: value[language] for language in LANGUAGES}


def _controls(value: Any, field: str, file: str | None) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise SpecError(tr("must be a list of control names"), field=field, file=file)
    for index, name in enumerate(value):
        if name not in CONTROLS:
            raise SpecError(tr("unknown control {name!r} (choose from: {names})").format(
                                name=name, names=', '.join(CONTROLS)),
                            field=f"{field}[{index}]", file=file)
    if len(set(value)) != len(value):
        raise SpecError(tr("lists a control twice"), field=field, file=file)
    return tuple(value)


def _variants(value: Any, base: dict, file: str | None) -> tuple[LessonVariant, ...]:
    if not isinstance(value, list):
        raise SpecError(tr("must be a list of variants"), field="variants", file=file)
    variants = tuple(_variant(item, index, base, file) for index, item in enumerate(value))
    ids = [variant.id for variant in variants]
    if len(set(ids)) != len(ids):
        raise SpecError(tr("two variants share an id"), field="variants", file=file)
    return variants


def _variant(data: Any, index: int, base: dict, file: str | None) -> LessonVariant:
    where = f"variants[{index}]"
    if not isinstance(data, dict):
        raise SpecError(tr("must be an object"), field=where, file=file)
    unknown = sorted(set(data) - VARIANT_FIELDS)
    if unknown:
        raise SpecError(tr("unknown field (allowed: {names})").format(names=', '.join(sorted(VARIANT_FIELDS))),
                        field=f"{where}.{unknown[0]}", file=file)
    for name in sorted(VARIANT_FIELDS):
        if name not in data:
            raise SpecError(tr("is required"), field=f"{where}.{name}", file=file)
    if not isinstance(data["id"], str) or not _ID.fullmatch(data["id"]):
        raise SpecError(tr("must be lower-case letters, digits and hyphens"), field=f"{where}.id", file=file)
    changes = data["changes"]
    if not isinstance(changes, dict) or not changes:
        raise SpecError(tr("must be a non-empty object of dotted fields"), field=f"{where}.changes", file=file)
    changed = apply_changes(base, changes, f"{where}.changes", file)
    experiment = _parse_embedded(changed, f"{where}.changes → experiment", file)
    return LessonVariant(id=data["id"], label=_languages(data["label"], f"{where}.label", file, max_length=200,
                                                        chinese=False),
                         changes=copy.deepcopy(changes), experiment=experiment,
                         outcome=parse_outcome(data["outcome"], experiment, f"{where}.outcome", file))


def apply_changes(base: Mapping[str, Any], changes: Mapping[str, Any], field: str = "changes",
                  file: str | None = None) -> dict:
    """Return a copy of the experiment dict ``base`` with dotted fields set.

    ``"training.learning_rate"`` sets a key (it may be new: the experiment parser checks names);
    ``"network.layers.0.activation"`` indexes a list; ``"network.layers"`` replaces a whole list.

    Raises
    ------
    SpecError
        If a path goes through something that is not an object or list, or indexes past a list's end.
    """
    result = copy.deepcopy(dict(base))
    for dotted, value in changes.items():
        parts = dotted.split(".") if isinstance(dotted, str) else []
        if not parts or not all(parts):
            raise SpecError(tr("must be a dotted field name such as 'training.learning_rate'"),
                            field=f"{field}.{dotted!r}", file=file)
        target: Any = result
        for position, part in enumerate(parts):
            last = position == len(parts) - 1
            if isinstance(target, list) and part.isdigit() and int(part) < len(target):
                key: Any = int(part)
            elif isinstance(target, dict) and (last or isinstance(target.get(part), (dict, list))):
                key = part
            else:
                raise SpecError(tr("no such place in the experiment ({names!r})").format(
                                    names='.'.join(parts[:position + 1])),
                                field=f"{field}.{dotted}", file=file)
            if last:
                target[key] = copy.deepcopy(value)
            else:
                target = target[key]
    return result


# --------------------------------------------------------------------------------------------- projects

def lesson_project(lesson: Lesson, variant: int | str | LessonVariant | None = None) -> Project:
    """An untrained :class:`Project` of the lesson's experiment (or a variant's), carrying the lesson.

    The project's ``lesson`` is ``{"title": {en, zh}, "text": {en, zh}, "locked_controls": [...],
    "hidden_controls": [...], "summary": {en, zh}, "lesson_id": str, "variant": str | None}``.
    """
    chosen = lesson.variant(variant) if variant is not None else None
    meta = {"title": dict(lesson.title), "text": dict(lesson.text), "locked_controls": list(lesson.locked_controls),
            "hidden_controls": list(lesson.hidden_controls), "summary": dict(lesson.summary),
            "lesson_id": lesson.id, "variant": chosen.id if chosen else None}
    return Project(experiment=chosen.experiment if chosen else lesson.experiment, lesson=meta)


def check_outcome(lesson: Lesson, variant: int | str | LessonVariant | None = None) -> OutcomeResult:
    """Train the lesson's experiment (or a variant) headless and compare the result with its outcome.

    Returns
    -------
    OutcomeResult
        ``passed``, and ``describe()`` for a readable account of what was expected and what happened.
    """
    base_dir = lesson.path.parent if lesson.path is not None else Path(".")
    if variant is None:
        return check_spec_outcome(lesson.experiment, lesson.outcome, label=lesson.id, base_dir=base_dir)
    chosen = lesson.variant(variant)
    return check_spec_outcome(chosen.experiment, chosen.outcome, label=f"{lesson.id} / {chosen.id}",
                              base_dir=base_dir)
