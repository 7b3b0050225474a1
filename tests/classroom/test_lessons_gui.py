"""Lessons from the Help menu: the experiment loads, locked controls are disabled, hidden ones are gone,
locked design edits are refused by every route, variants load, and the teacher can unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from mlp_studio.files.lessons import CONTROLS, list_lessons, load_lesson
from mlp_studio.ui.locks import LOCKED_TIP
from tests.classroom.helpers import control_state, is_locked, open_from_menu
from tests.designer.canvas_driver import button_pixel, click, drag_palette_layer

LESSONS = list_lessons()


def test_help_menu_lists_every_lesson_in_order(window):
    menu = window.classroom.lessons_menu
    names = [action.text() for action in menu.actions()]
    assert names == [f"{lesson.order}. {lesson.title['en']}" for lesson in LESSONS]
    assert len(names) == 11
    help_titles = [a.text().replace("&", "") for a in window.help_menu.actions()]
    assert {"Lessons", "Start page", "Keyboard shortcuts", "About MLP Studio"} <= set(help_titles)


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_every_lesson_opens_from_the_help_menu_with_its_locks(window, qtbot, lesson):
    open_from_menu(window, qtbot, lesson.id)
    assert window.spec == lesson.experiment
    assert window.files.lesson["lesson_id"] == lesson.id
    assert not window.files.is_modified
    panel = window.classroom.panel
    assert window.classroom.dock.isVisible()
    assert lesson.title["en"] in panel.title.text()
    assert panel.text.toPlainText().strip()
    assert set(panel.buttons) == {v.id for v in lesson.variants}
    for name in CONTROLS:
        expected = "hidden" if name in lesson.hidden_controls else "locked" if name in lesson.locked_controls \
            else None
        if expected is not None:
            assert control_state(window, name) == expected, name


def test_a_lesson_locking_network_and_dataset_disables_those_widgets(window, qtbot):
    open_from_menu(window, qtbot, "single-neuron")  # locks dataset, features, network, activation, loss
    d, h, i = window.data_panel, window.hyper_panel, window.inspector
    for widget in (d.dataset, d.noise, d.samples, d.test_percent, d.regenerate, d.import_csv, d.features_box,
                   i.units, i.activation, i.loss):
        assert is_locked(widget), widget
    strip = window.palette.parentWidget().parentWidget()
    assert not strip.isEnabled() and not window.palette.isEnabled()
    assert h.learning_rate.isEnabled() and h.learning_rate.toolTip() != LOCKED_TIP   # not locked: usable
    # hidden: optimizer (and its parameters), batch size, regularisation, init, seeds
    for widget in (h.optimizer, h.batch_size, h.l1, h.l2, h.init, h.network_seed):
        assert not h.form.isRowVisible(widget), widget
    assert not d.form.isRowVisible(d.seed)
    assert h.form.isRowVisible(h.learning_rate) and h.form.isRowVisible(h.epochs)


def test_locked_canvas_edits_are_refused_and_leave_the_document_unchanged(window, qtbot):
    open_from_menu(window, qtbot, "activations")  # locks the network, not the activations
    view, before = window.network_view, window.design.document.state
    header = view.editor.headers[1]
    click(view, button_pixel(view, header.plus))
    assert window.design.document.state == before
    assert not window.design.stack.canUndo()
    assert window.structure_error.isVisible() and "fixed" in window.structure_error.text()
    click(view, button_pixel(view, header.remove))
    drag_palette_layer(view, "relu", [QPointF(view.editor.gap_x(1), 0.0)])
    assert window.design.document.state == before
    assert window.requests.set_units(view.layer_ids[0], 9) is not None
    assert window.requests.remove_layer(view.layer_ids[0]) is not None
    assert window.design.document.state == before
    # the activation is not locked in this lesson: that edit goes through
    assert window.requests.set_activation(view.layer_ids[0], "relu") is None
    assert window.spec.network.layers[0].activation == "relu"


def test_locked_panel_edits_and_weights_are_refused(window, qtbot):
    open_from_menu(window, qtbot, "tutorial-xor")
    before = window.design.document.state
    window.data_panel.noise.setEnabled(True)        # even if a widget were reachable, the edit is refused
    window.data_panel.noise.setValue(0.3)
    assert window.design.document.state == before
    assert window.data_panel.noise.value() == pytest.approx(before.spec.dataset.noise)
    assert window.requests.toggle_feature("x1") is not None
    assert window.requests.set_loss("mse") is not None
    assert window.design.document.state == before
    sent = []
    window.controller.set_weight = lambda *args: sent.append(args)
    open_from_menu(window, qtbot, "iris-softmax")   # weights are free here
    window.requests.set_weight(0, 0, 0, 0.5)
    assert sent == [(0, 0, 0, 0.5)]


def test_weights_lock_refuses_hand_edited_weights(window, qtbot):
    window.locks.follow({"locked_controls": ["weights"], "hidden_controls": []})
    sent = []
    window.controller.set_weight = lambda *args: sent.append(args)
    assert window.requests.set_weight(0, 0, 0, 0.5) is not None
    assert sent == []
    assert is_locked(window.inspector.weight) and is_locked(window.inspector.weight_slider)


def test_variant_buttons_load_the_variant_and_highlight_it(window, qtbot):
    open_from_menu(window, qtbot, "learning-rate")
    panel = window.classroom.panel
    assert [b.isChecked() for b in panel.buttons.values()].count(True) <= 1
    panel.buttons["too-large"].click()
    qtbot.waitUntil(lambda: window.spec.training.learning_rate == pytest.approx(0.3), timeout=10_000)
    assert window.spec == load_lesson("learning-rate").variant("too-large").experiment
    assert panel.buttons["too-large"].isChecked()
    assert not panel.buttons["right"].isChecked()
    assert window.files.lesson["variant"] == "too-large"
    assert control_state(window, "network") == "locked"   # a variant keeps the lesson's locks
    panel.buttons["diverging"].click()
    qtbot.waitUntil(lambda: window.spec.training.learning_rate == pytest.approx(3.0), timeout=10_000)
    assert panel.buttons["diverging"].isChecked() and not panel.buttons["too-large"].isChecked()


def test_a_variant_equal_to_the_lesson_is_highlighted_at_open(window, qtbot):
    open_from_menu(window, qtbot, "activations")
    lesson = load_lesson("activations")
    same = [v.id for v in lesson.variants if v.experiment == lesson.experiment]
    checked = [vid for vid, b in window.classroom.panel.buttons.items() if b.isChecked()]
    assert checked == same[:1]


def test_teacher_unlock_lifts_locks_until_another_project_is_opened(window, qtbot):
    open_from_menu(window, qtbot, "single-neuron")
    assert window.actions.unlock.isEnabled()
    window.actions.unlock.trigger()
    d, h = window.data_panel, window.hyper_panel
    assert d.dataset.isEnabled() and d.dataset.toolTip() != LOCKED_TIP
    assert d.noise.isEnabled() and window.palette.isEnabled()
    assert h.form.isRowVisible(h.optimizer) and h.form.isRowVisible(h.network_seed)
    assert h.form.isRowVisible(h.momentum) and not h.form.isRowVisible(h.beta1)  # the panel decides: SGD rows
    layers = len(window.spec.network.layers)
    assert window.requests.append_layer("tanh") is None
    assert len(window.spec.network.layers) == layers + 1
    window.files.new_project(ask=False)          # leaving the lesson: nothing locked, LESSON dock gone
    assert window.locks.design_locks == frozenset()
    assert not window.classroom.dock.isVisible()
    assert d.dataset.isEnabled() and h.form.isRowVisible(h.optimizer)
    open_from_menu(window, qtbot, "single-neuron")   # a new lesson locks again
    assert control_state(window, "dataset") == "locked"


def test_opening_a_project_clears_the_locks(window, qtbot, tmp_path):
    open_from_menu(window, qtbot, "tutorial-xor")
    from mlp_studio.ui.document import examples_dir

    assert window.open_path(examples_dir() / "xor.json")
    assert window.locks.design_locks == frozenset()
    assert window.data_panel.dataset.isEnabled()
    assert window.requests.append_layer("relu") is None


def test_a_saved_lesson_project_reopens_with_its_locks_and_panel(window, qtbot, tmp_path):
    open_from_menu(window, qtbot, "zero-init")
    path = tmp_path / "lesson.mlpstudio"
    assert window.files.save_to(path)
    window.files.new_project(ask=False)
    assert window.locks.design_locks == frozenset()
    assert window.open_path(path)
    assert control_state(window, "network") == "locked"
    assert window.classroom.dock.isVisible()
    assert set(window.classroom.panel.buttons) == {"zeros", "random"}


def test_chinese_ui_shows_the_chinese_lesson_text(qtbot, settings, monkeypatch):
    from mlp_studio.i18n import current_language
    from mlp_studio.ui.main_window import MainWindow
    from tests.ui.conftest import close_window

    monkeypatch.delenv("MLP_STUDIO_LANG", raising=False)
    settings.setValue("ui/language", "zh")
    assert current_language(settings) == "zh"
    win = MainWindow(settings=settings)
    win.files.ask_unsaved = lambda name: "discard"
    try:
        lesson = load_lesson("hidden-layer-xor")
        assert win.classroom.lesson_actions[lesson.id].text().endswith(lesson.title["zh"])
        win.classroom.open_lesson(lesson.id, ask=False)
        assert lesson.title["zh"] in win.classroom.panel.title.text()
    finally:
        close_window(win)
