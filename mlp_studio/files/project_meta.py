"""Checks for the free-form parts of a project (design, view, lesson) and the training state's JSON.

Every function raises :class:`~mlp_studio.files.project_io.ProjectError` with a message naming the part
that is wrong; none of them evaluates anything it reads.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.engine import EngineError, make_optimizer

from .project_io import ProjectError

MAX_JSON_PART_BYTES = 1_000_000     # design, view and lesson each
MAX_LESSON_TEXT = 200_000
MAX_LOCKED_CONTROLS = 200
LESSON_FIELDS = {"title", "text", "locked_controls"}
LESSON_OPTIONAL_FIELDS = {"hidden_controls", "summary", "lesson_id", "variant"}
LESSON_LANGUAGES = ("en", "zh")
TRAINER_COUNTS = ("epoch", "step_count", "batch_index", "batch_size", "pending_batch_size")
MAX_ORDER_ROWS = 10_000_000


def json_object(value: Any, part: str, file: str | None = None) -> dict:
    """Return a deep copy of a JSON-able dict (string keys, finite numbers), at most 1 MB as JSON.

    Raises
    ------
    ProjectError
        If ``value`` is not a dict, holds something JSON cannot store, or is too large.
    """
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ProjectError(tr("{part} must be an object (a dict), not {kind}").format(
                               part=part, kind=type(value).__name__), file=file)
    try:
        text = json.dumps(value, allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError) as error:
        raise ProjectError(tr("{part} cannot be stored as JSON ({error})").format(
                               part=part, error=error), file=file) from None
    if len(text.encode("utf-8")) > MAX_JSON_PART_BYTES:
        raise ProjectError(tr("{part} is larger than {max_json_part_bytes:,} bytes as JSON").format(
                               part=part, max_json_part_bytes=MAX_JSON_PART_BYTES), file=file)
    return json.loads(text)


def lesson_object(value: Any, file: str | None = None) -> dict | None:
    """Check a lesson: ``None`` or ``{"title": str | {en, zh}, "text": {"en": str, "zh": str},
    "locked_controls": [str]}``, optionally with ``hidden_controls`` ([str]), ``summary`` ({en, zh}),
    ``lesson_id`` (str) and ``variant`` (str or None) for a project made from a shipped lesson.

    Missing required fields get defaults (empty title and texts, no locked controls); the optional ones are
    kept only when present.

    Raises
    ------
    ProjectError
        Unknown fields, wrong types, or texts that are too long.
    """
    if value is None:
        return None
    lesson = json_object(value, "lesson", file)
    unknown = sorted(set(lesson) - LESSON_FIELDS - LESSON_OPTIONAL_FIELDS)
    if unknown:
        allowed = ", ".join(sorted(LESSON_FIELDS | LESSON_OPTIONAL_FIELDS))
        raise ProjectError(tr("lesson: unknown field {unknown!r} (allowed: {allowed})").format(
                               unknown=unknown[0], allowed=allowed), file=file)
    title = lesson.get("title", "")
    if isinstance(title, dict):
        title = _languages(title, "lesson.title", 500, file)
    elif not isinstance(title, str) or len(title) > 500:
        raise ProjectError(tr("lesson.title must be a string of at most 500 characters (or one per language)"),
                           file=file)
    result = {"title": title, "text": _languages(lesson.get("text", {}), "lesson.text", MAX_LESSON_TEXT, file),
              "locked_controls": _names(lesson.get("locked_controls", []), "lesson.locked_controls", file)}
    if "hidden_controls" in lesson:
        result["hidden_controls"] = _names(lesson["hidden_controls"], "lesson.hidden_controls", file)
    if "summary" in lesson:
        result["summary"] = _languages(lesson["summary"], "lesson.summary", 1000, file)
    for key in ("lesson_id", "variant"):
        if key in lesson:
            item = lesson[key]
            if not (item is None and key == "variant") and not (isinstance(item, str) and 0 < len(item) <= 100):
                raise ProjectError(tr("lesson.{key} must be a short string").format(key=key), file=file)
            result[key] = item
    return result


def _languages(value: Any, part: str, max_length: int, file: str | None) -> dict:
    """``{"en": str, "zh": str}`` (missing languages become empty strings)."""
    if not isinstance(value, dict) or set(value) - set(LESSON_LANGUAGES):
        raise ProjectError(tr("{part} must be an object with the languages {names}").format(
                               part=part, names=', '.join(LESSON_LANGUAGES)),
                           file=file)
    for language, body in value.items():
        if not isinstance(body, str) or len(body) > max_length:
            raise ProjectError(tr("{part}.{language} must be a string of at most {max_length:,} characters").format(
                                   part=part, language=language, max_length=max_length),
                               file=file)
    return {language: value.get(language, "") for language in LESSON_LANGUAGES}


def _names(value: Any, part: str, file: str | None) -> list:
    if (not isinstance(value, list) or len(value) > MAX_LOCKED_CONTROLS
            or not all(isinstance(name, str) and 0 < len(name) <= 100 for name in value)):
        raise ProjectError(tr("{part} must be a list of control names").format(part=part), file=file)
    return list(value)


def trainer_meta(value: Any, file: str | None) -> dict:
    """Check the trainer's JSON state (counts, generator state, whether an epoch order is stored)."""
    if not isinstance(value, dict) or set(value) != {*TRAINER_COUNTS, "rng", "order"}:
        raise ProjectError(tr("trainer must hold exactly {names}").format(
                               names=', '.join((*TRAINER_COUNTS, 'rng', 'order'))),
                           file=file)
    for name in TRAINER_COUNTS:
        count = value[name]
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ProjectError(tr("trainer.{name} must be a whole number >= 0, not {count!r}").format(
                                   name=name, count=count), file=file)
    if not isinstance(value["order"], bool):
        raise ProjectError(tr("trainer.order must be true or false"), file=file)
    try:
        np.random.default_rng(0).bit_generator.state = value["rng"]
    except (TypeError, ValueError, KeyError, OverflowError) as error:
        raise ProjectError(tr("trainer.rng is not a valid generator state ({error})").format(
                               error=error), file=file) from None
    return value


def optimizer_meta(value: Any, expected_name: str, file: str | None) -> dict:
    """Check the optimizer's JSON state: its kind, hyper-parameters, step count and array names."""
    if not isinstance(value, dict) or set(value) != {"name", "values", "arrays"}:
        raise ProjectError(tr("optimizer must hold exactly name, values, arrays"), file=file)
    if value["name"] != expected_name:
        raise ProjectError(tr("optimizer.name is {value!r} but the experiment trains with {expected_name!r}").format(
                               value=value['name'], expected_name=expected_name), file=file)
    values, arrays = value["values"], value["arrays"]
    if not isinstance(values, dict) or not all(
            isinstance(v, (int, float)) and (isinstance(v, bool) or math.isfinite(v)) for v in values.values()):
        raise ProjectError(tr("optimizer.values must be an object of numbers"), file=file)
    if not isinstance(arrays, list) or not all(isinstance(a, str) and a.isidentifier() for a in arrays):
        raise ProjectError(tr("optimizer.arrays must be a list of names"), file=file)
    try:
        make_optimizer(expected_name, 0.01).load_state_dict({**values, **{name: None for name in arrays}})
    except EngineError as error:
        raise ProjectError(tr("optimizer state: {error}").format(error=error), file=file) from None
    return value


def split_optimizer_state(state: Mapping[str, Any]) -> tuple[dict, dict[str, np.ndarray]]:
    """Split an engine ``state_dict`` into JSON values (numbers) and arrays."""
    values, arrays = {}, {}
    for key, item in state.items():
        if isinstance(item, np.ndarray):
            arrays[key] = item
        elif isinstance(item, (bool, np.bool_)):
            values[key] = bool(item)
        elif isinstance(item, (int, np.integer)):
            values[key] = int(item)
        else:
            values[key] = float(item)
    return values, arrays
