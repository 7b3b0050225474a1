"""Shipped lessons: they validate, speak both languages, and train to their stated outcomes."""

from __future__ import annotations

import copy
import json
import re

import pytest

from mlp_studio.errors import SpecError
from mlp_studio.files import load_project, save_project
from mlp_studio.files.lessons import (CONTROLS, check_outcome, lesson_project, lessons_dir, list_lessons,
                                      load_lesson, parse_lesson)

LESSONS = list_lessons()
CJK = re.compile(r"[\u4e00-\u9fff]")
TOPICS = {"single-neuron", "tutorial-xor", "hidden-layer-xor", "activations", "learning-rate", "features-vs-depth",
          "vanishing-gradients", "overfitting-l2", "zero-init", "iris-softmax", "regression"}
RUNS = [(lesson.id, None) for lesson in LESSONS] + [(lesson.id, variant.id) for lesson in LESSONS
                                                    for variant in lesson.variants]


def by_id(lesson_id):
    return next(lesson for lesson in LESSONS if lesson.id == lesson_id)


def raw(lesson_id) -> dict:
    return json.loads(by_id(lesson_id).path.read_text(encoding="utf-8"))


def test_every_topic_is_shipped_in_order():
    assert len(LESSONS) >= 11
    assert TOPICS <= {lesson.id for lesson in LESSONS}
    orders = [lesson.order for lesson in LESSONS]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    assert all(path.name[:2].isdigit() for path in lessons_dir().glob("*.json"))


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_both_languages_present(lesson):
    for part in (lesson.title, lesson.summary, lesson.text):
        assert part["en"].strip() and part["zh"].strip()
        assert CJK.search(part["zh"]), part["zh"][:40]
        assert not CJK.search(part["en"]), part["en"][:40]
    assert lesson.text["en"].startswith("<p>") and lesson.text["zh"].startswith("<p>")
    assert "\n" not in lesson.summary["en"] and "\n" not in lesson.summary["zh"]
    for variant in lesson.variants:
        assert variant.label["en"].strip() and variant.label["zh"].strip()


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_controls_come_from_the_vocabulary(lesson):
    assert set(lesson.locked_controls) | set(lesson.hidden_controls) <= set(CONTROLS)
    assert not set(lesson.locked_controls) & set(lesson.hidden_controls)


def test_html_uses_only_simple_tags():
    allowed = {"p", "b", "i", "ul", "li", "sub", "sup"}
    for lesson in LESSONS:
        for body in lesson.text.values():
            assert set(re.findall(r"</?([a-zA-Z0-9]+)", body)) <= allowed, lesson.id


@pytest.mark.parametrize("lesson_id, variant", RUNS, ids=[f"{a}-{b}" if b else a for a, b in RUNS])
def test_lesson_trains_to_its_outcome(lesson_id, variant):
    result = check_outcome(by_id(lesson_id), variant)
    assert result.passed, result.describe()


def test_tutorial_single_neuron_stays_at_most_75_percent():
    lesson = load_lesson("tutorial-xor")
    spec = lesson.experiment
    assert spec.dataset.name == "xor4" and spec.dataset.test_fraction == 0
    assert [(layer.units, layer.activation) for layer in spec.network.layers] == [(1, "sigmoid")]
    assert (spec.network.loss, spec.network.init) == ("mse", "zeros")
    training = spec.training
    assert (training.optimizer, training.learning_rate, training.batch_size, training.epochs) == ("sgd", 0.01, 0, 1000)
    result = check_outcome(lesson)
    assert result.epochs_done == 1000
    assert result.measurements["train_accuracy"] <= 0.75


def test_hidden_layer_reaches_100_percent():
    lesson = load_lesson("hidden-layer-xor")
    spec = lesson.experiment
    assert [(layer.units, layer.activation) for layer in spec.network.layers] == [(3, "sigmoid"), (1, "sigmoid")]
    assert (spec.network.seed, spec.training.learning_rate, spec.training.batch_size) == (3, 2.0, 0)
    result = check_outcome(lesson)
    assert result.measurements["train_accuracy"] == 1.0, result.describe()


def test_a_failing_outcome_is_described(tmp_path):
    data = raw("tutorial-xor")
    data["outcome"] = {"train_accuracy": {"min": 0.9}}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = check_outcome(load_lesson(path))
    assert not result.passed
    text = result.describe()
    assert "NOT as expected" in text and "train accuracy: expected at least 0.9, got 0.5 — NOT MET" in text


def test_variants_by_index_id_and_unknown():
    lesson = by_id("learning-rate")
    assert lesson.variant(0).id == "too-small" and lesson.variant("diverging").experiment.training.learning_rate == 3
    with pytest.raises(KeyError, match="no variant 'fast'"):
        lesson.variant("fast")


def test_load_by_id_and_unknown_id():
    assert load_lesson("regression").id == "regression"
    with pytest.raises(SpecError, match="no shipped lesson has the id 'no-such-lesson'"):
        load_lesson("no-such-lesson")


def test_lesson_project_round_trips(tmp_path):
    lesson = by_id("learning-rate")
    project = lesson_project(lesson, "too-large")
    assert project.experiment.training.learning_rate == 0.3 and project.parameters is None
    path = tmp_path / "lesson.mlpstudio"
    save_project(path, project)
    loaded = load_project(path)
    assert loaded.experiment == project.experiment
    assert loaded.lesson == project.lesson
    assert loaded.lesson["title"] == dict(lesson.title) and loaded.lesson["text"]["zh"] == lesson.text["zh"]
    assert loaded.lesson["locked_controls"] == list(lesson.locked_controls)
    assert loaded.lesson["hidden_controls"] == list(lesson.hidden_controls)
    assert (loaded.lesson["lesson_id"], loaded.lesson["variant"]) == ("learning-rate", "too-large")
    base = lesson_project(by_id("single-neuron"))
    assert base.lesson["variant"] is None and base.experiment == by_id("single-neuron").experiment


# ------------------------------------------------------------------------------------------ refusals

def refused(data: dict, tmp_path) -> str:
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_lesson(path)
    return str(caught.value)


def edited(lesson_id: str, edit) -> dict:
    data = copy.deepcopy(raw(lesson_id))
    edit(data)
    return data


@pytest.mark.parametrize("edit, expected", [
    (lambda d: d.update(colour="red"), "colour: unknown field"),
    (lambda d: d["title"].pop("zh"), "title.zh: is required"),
    (lambda d: d["summary"].update(en="  "), "summary.en: is required"),
    (lambda d: d["text"].update(zh="Only English here."), "text.zh: must be written in Chinese"),
    (lambda d: d["text"].update(fr="Bonjour"), "text.fr: unknown language"),
    (lambda d: d.update(locked_controls=["dataset", "speed"]), "locked_controls[1]: unknown control 'speed'"),
    (lambda d: d.update(hidden_controls=["loss"]), "locked_controls: 'loss' is also hidden"),
    (lambda d: d["experiment"]["training"].update(learning_rat=0.1), "experiment.training.learning_rat: unknown field"),
    (lambda d: d["outcome"].update(train_acuracy={"min": 1}), "outcome.train_acuracy: unknown expectation"),
    (lambda d: d["outcome"].update(train_r2={"min": 0.5}), "outcome.train_r2: does not apply"),
    (lambda d: d["outcome"].update(test_accuracy={"min": 0.5}), "outcome.test_accuracy: needs a test split"),
    (lambda d: d["outcome"].update(train_loss={"min": 2, "max": 1}), "outcome.train_loss: min is larger than max"),
    (lambda d: d.pop("outcome"), "outcome: is required"),
    (lambda d: d.update(version=2), "version: is 2, but this MLP Studio reads lessons up to version 1"),
    (lambda d: d.update(format="mlp-studio"), "format: must be 'mlp-studio-lesson'"),
    (lambda d: d.update(id="Tutorial XOR"), "id: must be lower-case"),
])
def test_bad_lessons_are_refused_naming_the_field(edit, expected, tmp_path):
    assert expected in refused(edited("tutorial-xor", edit), tmp_path)


@pytest.mark.parametrize("edit, expected", [
    (lambda d: d["variants"][0].update(speed=1), "variants[0].speed: unknown field"),
    (lambda d: d["variants"][0]["label"].pop("en"), "variants[0].label.en: is required"),
    (lambda d: d["variants"][0].update(changes={"training.learning_rat": 1}), "training.learning_rat: unknown field"),
    (lambda d: d["variants"][0].update(changes={"network.layers.7.units": 1}),
     "variants[0].changes.network.layers.7.units: no such place"),
    (lambda d: d["variants"][0].update(changes={"training.learning_rate": -1}),
     "training.learning_rate: must be greater than 0"),
    (lambda d: d["variants"][1].update(id="too-small"), "variants: two variants share an id"),
    (lambda d: d["variants"][3].update(outcome={"diverges": True, "test_r2": {"min": 0}}),
     "variants[3].outcome.test_r2: a diverging run has nothing else to measure"),
])
def test_bad_variants_are_refused_naming_the_field(edit, expected, tmp_path):
    assert expected in refused(edited("learning-rate", edit), tmp_path)


def test_parse_lesson_refuses_non_objects():
    with pytest.raises(SpecError, match="a lesson must be a JSON object"):
        parse_lesson([1, 2], file="x.json")


def test_list_lessons_refuses_duplicate_ids(tmp_path):
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(raw("regression")), encoding="utf-8")
    with pytest.raises(SpecError, match="lesson id 'regression' is also used by"):
        list_lessons(tmp_path)


@pytest.mark.parametrize("lesson, expected", [
    ({"hidden_controls": "seeds"}, "lesson.hidden_controls must be a list"),
    ({"title": {"en": "T", "fr": "T"}}, "lesson.title must be an object with the languages en, zh"),
    ({"summary": {"en": 3}}, "lesson.summary.en must be a string"),
    ({"lesson_id": ""}, "lesson.lesson_id must be a short string"),
    ({"steps": []}, "lesson: unknown field 'steps'"),
])
def test_project_lesson_metadata_is_checked(lesson, expected):
    from mlp_studio.files import Project, ProjectError
    with pytest.raises(ProjectError, match=re.escape(expected)):
        Project(experiment=by_id("regression").experiment, lesson=lesson)


def test_plain_project_lessons_keep_their_shape():
    from mlp_studio.files import Project
    project = Project(experiment=by_id("regression").experiment, lesson={"title": "T", "text": {"en": "hi"}})
    assert project.lesson == {"title": "T", "text": {"en": "hi", "zh": ""}, "locked_controls": []}
