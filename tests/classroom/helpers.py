"""Helpers for the classroom tests: open a lesson from the Help menu and read a control's state."""

from __future__ import annotations

from mlp_studio.ui.locks import LOCKED_TIP


def open_from_menu(window, qtbot, lesson_id: str) -> None:
    """Trigger Help ▸ Lessons ▸ <lesson> and wait for the lesson's first snapshot."""
    window.classroom.lesson_actions[lesson_id].trigger()
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.classroom.lesson is not None
                    and window.classroom.lesson.id == lesson_id, timeout=10_000)


def row_visible(form, widget) -> bool:
    """Whether the form row of ``widget`` is shown."""
    return form.isRowVisible(widget)


def is_locked(widget) -> bool:
    """Disabled with the lesson's tooltip."""
    return not widget.isEnabled() and widget.toolTip() == LOCKED_TIP


def control_state(window, name: str) -> str:
    """``"hidden"``, ``"locked"`` or ``"free"`` for a lesson control, judged on its widgets."""
    group = window.locks.widgets()[name]
    hidden = [not w.isVisibleTo(w.parentWidget()) for w in group.widgets] + \
             [not row_visible(form, w) for form, w in group.rows]
    if hidden and all(hidden):
        return "hidden"
    if all(is_locked(w) for w in group.all()):
        return "locked"
    return "free"
