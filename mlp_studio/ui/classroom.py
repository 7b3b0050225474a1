"""Classroom features of the main window: lessons, their locks, the start page and presentation mode.

:func:`install_classroom` adds

* Help ▸ Lessons ▸ (every shipped lesson, by order), Start page, Keyboard shortcuts, About MLP Studio;
* the LESSON dock (title, text, variant buttons) shown while a lesson is open;
* View ▸ Presentation mode (F5), Zoom in / out / reset (Ctrl+= / Ctrl+− / Ctrl+0), Teacher: unlock all.

Opening a lesson goes through the unsaved-changes prompt and the File ▸ Open path for a
:class:`~mlp_studio.files.project.Project` (:meth:`ProjectFiles.open_project`); its locks follow the project's
lesson (:class:`~mlp_studio.ui.locks.LessonLocks`), so New or Open clears them and a saved lesson project
brings them back.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from mlp_studio.errors import MlpStudioError
from mlp_studio.files.lessons import lesson_project, lessons_dir, list_lessons, load_lesson
from mlp_studio.i18n import current_language, pick, tr
from mlp_studio.ui.actions import make_action
from mlp_studio.ui.help_dialogs import show_about, show_shortcuts
from mlp_studio.ui.lesson_panel import LessonPanel
from mlp_studio.ui.locks import LessonLocks
from mlp_studio.ui.presentation import Presentation
from mlp_studio.ui.start_page import SHOW_KEY, StartPage, StartPageHost


class Classroom:
    """Lessons, locks, start page and presentation mode of one main window (see the module docstring).

    Attributes
    ----------
    lessons : list of Lesson
        The shipped lessons, by order.
    lesson : Lesson or None
        The open lesson (None outside a lesson).
    """

    def __init__(self, window) -> None:
        self.window = window
        self.language = current_language(window.settings)
        try:
            self.lessons = list_lessons()
        except (MlpStudioError, OSError):  # a broken installation still opens the window
            self.lessons = []
        self.lesson = None
        window.locks = LessonLocks(window)
        window.presentation = Presentation(window)
        self.panel = LessonPanel()
        self.dock = self._make_dock()
        self._make_actions()
        self._build_menus()
        self.start = StartPageHost(window, StartPage(self.lessons, self.language))
        self._connect()

    # -- construction -------------------------------------------------------------------------------------
    def _make_dock(self) -> QDockWidget:
        window = self.window
        dock = QDockWidget(tr("LESSON"), window)
        dock.setObjectName("lessonDock")
        dock.setWidget(self.panel)
        dock.setMinimumWidth(260)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.hide()
        return dock

    def show_dock(self) -> None:
        """Show the LESSON dock in front of the DATA dock's tab (placed there the first time)."""
        window = self.window
        if not window.tabifiedDockWidgets(self.dock) and window.dockWidgetArea(window.data_dock) == \
                window.dockWidgetArea(self.dock) and window.data_dock.isVisible():
            window.tabifyDockWidget(window.data_dock, self.dock)
        self.dock.show()
        self.dock.raise_()

    def _make_actions(self) -> None:
        w, a = self.window, self.window.actions
        a.presentation = make_action(w, tr("&Presentation mode"), tr("Larger type, lines, points and neurons and "
                                     "high-contrast colours, for projectors"), Qt.Key.Key_F5, checkable=True)
        a.zoom_in = make_action(w, tr("Zoom &in"), tr("Make everything larger"), QKeySequence("Ctrl+="))
        a.zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        a.zoom_out = make_action(w, tr("Zoom &out"), tr("Make everything smaller"), QKeySequence("Ctrl+-"))
        a.zoom_reset = make_action(w, tr("&Actual size"), tr("Undo the zoom"), QKeySequence("Ctrl+0"))
        a.unlock = make_action(w, tr("Teacher: &unlock all"), tr("Lift the lesson's locks and show its hidden "
                               "controls until another project is opened"))
        a.start_page = make_action(w, tr("&Start page"), tr("Lessons, recent files and a new network"))
        a.shortcuts = make_action(w, tr("&Keyboard shortcuts"), tr("Every shortcut of the window"))
        a.about = make_action(w, tr("&About MLP Studio"), tr("Version, licence"))
        a.unlock.setEnabled(False)

    def _build_menus(self) -> None:
        window, a = self.window, self.window.actions
        view = window.view_menu  # by object, not by its translated title
        view.addSeparator()
        view.addAction(self.dock.toggleViewAction())
        for action in (a.presentation, a.zoom_in, a.zoom_out, a.zoom_reset):
            view.addAction(action)
        view.addSeparator()
        view.addAction(a.unlock)
        help_menu = window.menuBar().addMenu(tr("&Help"))
        help_menu.setObjectName("helpMenu")
        window.help_menu = help_menu
        self.lessons_menu = help_menu.addMenu(tr("&Lessons"))
        self.lesson_actions = {}
        for lesson in self.lessons:
            action = self.lessons_menu.addAction(f"{lesson.order}. {pick(lesson.title, self.language)}")
            action.setStatusTip(pick(lesson.summary, self.language))
            action.triggered.connect(partial(self.open_lesson, lesson.id))
            self.lesson_actions[lesson.id] = action
        self.lessons_menu.setEnabled(bool(self.lessons))
        help_menu.addAction(a.start_page)
        help_menu.addSeparator()
        help_menu.addAction(a.shortcuts)
        help_menu.addAction(a.about)

    def _connect(self) -> None:
        window, a = self.window, self.window.actions
        a.presentation.toggled.connect(window.presentation.set_enabled)
        a.zoom_in.triggered.connect(window.presentation.zoom_in)
        a.zoom_out.triggered.connect(window.presentation.zoom_out)
        a.zoom_reset.triggered.connect(window.presentation.zoom_reset)
        a.unlock.triggered.connect(self.unlock_all)
        a.start_page.triggered.connect(self.show_start_page)
        a.shortcuts.triggered.connect(lambda: show_shortcuts(window))
        a.about.triggered.connect(lambda: show_about(window))
        window.files.lesson_changed.connect(self._on_lesson_changed)
        self.panel.variant_chosen.connect(self.open_variant)
        self.panel.next_chosen.connect(self.open_lesson)
        window.network_view.selection_changed.connect(self._raise_inspector)
        page = self.start.page
        page.closed.connect(self.start.hide_page)
        page.lesson_chosen.connect(lambda lid: self._from_start(self.open_lesson, lid))
        page.recent_chosen.connect(lambda path: self._from_start(window.files.open_recent, path))
        page.example_chosen.connect(lambda path: self._from_start(window.open_path, path))
        page.new_chosen.connect(lambda: self._from_start(window.files.new_project))
        page.open_chosen.connect(lambda: self._from_start(window.files.open_dialog))
        page.show_at_start.toggled.connect(lambda on: window.settings.setValue(SHOW_KEY, bool(on)))

    def load_settings(self) -> None:
        """Apply the remembered presentation mode and zoom (after the window restored its layout)."""
        presentation = self.window.presentation
        presentation.load_settings()
        self.window.actions.presentation.blockSignals(True)
        self.window.actions.presentation.setChecked(presentation.enabled)
        self.window.actions.presentation.blockSignals(False)

    # -- lessons ------------------------------------------------------------------------------------------
    def open_lesson(self, lesson_id: str, variant: str | None = None, ask: bool = True) -> bool:
        """Open a shipped lesson (or one of its variants) like a file: prompt, load, locks, LESSON dock."""
        try:
            lesson = load_lesson(lesson_id)
            project = lesson_project(lesson, variant)
        except (MlpStudioError, OSError, KeyError) as error:
            self.window.show_error(tr("Cannot open this lesson"), str(error))
            return False
        if not self.window.files.open_project(project, lessons_dir(), ask=ask):
            return False
        self.lesson = lesson
        self.window.locks.follow(project.lesson)
        self._show_panel(project.lesson)
        self.show_dock()
        return True

    def open_variant(self, variant_id: str) -> bool:
        """Load a variant of the open lesson; asks only when the design was edited (training is not precious)."""
        if self.lesson is None:
            return False
        unlocked = self.window.locks.unlocked
        ask = not self.window.design.stack.isClean()
        opened = self.open_lesson(self.lesson.id, variant_id, ask=ask)
        if opened and unlocked:
            self.window.locks.unlock_all()   # the teacher's unlock lasts while the class stays in the lesson
        if not opened:
            self.panel.set_variant(self.panel.variant)
        return opened

    def _on_lesson_changed(self, lesson: dict | None) -> None:
        """Every New/Open/Save adopts the project's lesson: the locks and the LESSON dock follow it."""
        locks = self.window.locks
        wanted = lesson or {}
        if (frozenset(wanted.get("locked_controls", ())), frozenset(wanted.get("hidden_controls", ()))) != \
                (locks.locked, locks.hidden):
            locks.follow(lesson)
        self.window.actions.unlock.setEnabled(bool(locks.locked or locks.hidden) and not locks.unlocked)
        lesson_id = (lesson or {}).get("lesson_id")
        if not lesson_id:
            self.lesson = None
            self.dock.hide()
            return
        if self.lesson is None or self.lesson.id != lesson_id:
            try:
                self.lesson = load_lesson(lesson_id)
            except (MlpStudioError, OSError):
                self.lesson = None
                return
        self._show_panel(lesson)
        if self.dock.isHidden():
            self.show_dock()

    def _show_panel(self, lesson_dict: dict) -> None:
        locks = self.window.locks
        self.panel.show_lesson(self.lesson, lesson_dict.get("variant"), self.language,
                               sorted(locks.locked), sorted(locks.hidden), self._next_lesson())

    def _next_lesson(self):
        """The shipped lesson after the open one (by order), or None after the last."""
        later = [lesson for lesson in self.lessons if self.lesson is not None and lesson.order > self.lesson.order]
        return min(later, key=lambda lesson: lesson.order) if later else None

    def unlock_all(self) -> None:
        """View ▸ Teacher: unlock all — every control usable again until another project is opened."""
        self.window.locks.unlock_all()
        self.window.actions.unlock.setEnabled(False)
        self.window.statusBar().showMessage(tr("Unlocked: every control can be changed until you open another "
                                               "project."), 8000)

    def _raise_inspector(self, selection) -> None:
        """A canvas selection brings the INSPECTOR to the front of its tab group."""
        if selection is not None and self.window.inspector_dock.isHidden() is False:
            self.window.inspector_dock.raise_()

    # -- start page ---------------------------------------------------------------------------------------
    def show_start_page(self) -> None:
        """Help ▸ Start page (and the first run): lessons, recent files, New / Open / examples."""
        page = self.start.page
        page.set_recent(self.window.files.recent.paths())
        page.show_at_start.blockSignals(True)
        page.show_at_start.setChecked(show_at_start(self.window.settings))
        page.show_at_start.blockSignals(False)
        self.start.show_page()

    def _from_start(self, action, *args) -> None:
        """Close the page, then do what was chosen (the page comes back if it was called off)."""
        self.start.hide_page()
        action(*args)

    def closing(self) -> None:
        """The window closes: docks back from the start page, process-wide fonts and colours restored."""
        self.start.hide_page()
        self.window.presentation.restore()


def show_at_start(settings) -> bool:
    """Whether the start page opens when MLP Studio starts without a file (default: yes)."""
    return str(settings.value(SHOW_KEY, "true")).lower() in ("true", "1")


def install_classroom(window) -> Classroom:
    """Add the classroom features to ``window`` (after its menus, docks and teaching views exist)."""
    window.classroom = Classroom(window)
    return window.classroom
