"""File ▸ New / Open / Save / Save As of the main window, the unsaved-changes prompt and the window title.

:class:`ProjectFiles` ties the Qt-free project API (:mod:`mlp_studio.files`) to the window. Saving asks the
training worker for a copy of the run between two steps (:meth:`TrainingController.capture_state`), so training
need not stop; opening builds the session first and changes nothing unless the whole file loaded. A project is
*modified* when the undo stack is not at its clean index or the run moved on since the save (trained, reset,
rebuilt, a weight edited by hand).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from shiboken6 import Shiboken

from mlp_studio.errors import MlpStudioError
from mlp_studio.files.project import PROJECT_SUFFIX, Project, load_project, save_project
from mlp_studio.files.project_io import MAX_MEMBER_BYTES, ProjectError
from mlp_studio.files.project_session import session_from_project
from mlp_studio.files.recovery import discard_recovery
from mlp_studio.i18n import tr, tr_noop
from mlp_studio.ui.actions import SP, make_action
from mlp_studio.ui.autosave import Autosave
from mlp_studio.ui.recent_files import RecentFiles

OPEN_FILTER = tr_noop("MLP Studio projects (*.mlpstudio);;Experiment files (*.json);;All files (*)")
SAVE_FILTER = tr_noop("MLP Studio projects (*.mlpstudio)")
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
VIEW_TOGGLES = ("log_scale", "show_test", "discretize")
OPENABLE = (PROJECT_SUFFIX, ".json")


def ask_unsaved(parent: QWidget, name: str) -> str:
    """Ask Save / Discard / Cancel about unsaved changes to ``name``; returns SAVE, DISCARD or CANCEL."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved changes"),
                      tr("“{name}” has changes that are not saved (design edits or training since the last "
                         "save).").format(name=name),
                      buttons.Save | buttons.Discard | buttons.Cancel, parent)
    box.setInformativeText(tr("Save them before going on?"))
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(buttons(answer), CANCEL)


class ProjectFiles(QObject):
    """The window's file: its path, whether it changed since, and the File menu's commands.

    Parameters
    ----------
    window : MainWindow
        Provides ``controller``, ``design``, ``spec``, ``base_dir``, ``run_id``, ``actions``, ``settings``,
        ``load_default()`` and ``show_error()``.

    Attributes
    ----------
    path : Path or None
        The ``.mlpstudio`` file Save writes to (None: Save asks, like Save As).
    source : Path or None
        The file shown in the title (a project, or the experiment JSON the design came from).
    lesson : dict or None
        The lesson of a project made from a lesson, kept when saving.
    ask_unsaved : callable
        ``ask_unsaved(name) -> "save" | "discard" | "cancel"`` (tests replace it).
    ask_open_path, ask_save_path : callable
        ``ask_open_path() -> str`` and ``ask_save_path(title, suggested, filters) -> str`` ("" = cancelled).

    Signals
    -------
    lesson_changed(object)
        The project's lesson dict (or None) after every New, Open, restore or lesson load.
    """

    lesson_changed = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.source: Path | None = None
        self.lesson: dict | None = None
        self._csv: tuple[str, bytes] | None = None   # (dataset path, bytes) of a project that carried its CSV
        self._saved_run: tuple[int, int] | None = None
        self._run_changed = False
        self._close_confirmed = False
        self.ask_unsaved: Callable[[str], str] = lambda name: ask_unsaved(window, name)
        self.ask_open_path: Callable[[], str] = self._open_dialog
        self.ask_save_path: Callable[[str, str, str], str] = self._save_dialog
        self._make_actions()
        self.recent = RecentFiles(window.settings, self.open_recent)
        self.autosave = Autosave(self)

    def _make_actions(self) -> None:
        w, a = self.window, self.window.actions
        a.new = make_action(w, tr("&New"), tr("Start a new project (XOR, one small hidden layer)"),
                            QKeySequence.StandardKey.New, SP.SP_FileIcon)
        a.save = make_action(w, tr("&Save"), tr("Save the project: design, data, weights, training state and curves"),
                             QKeySequence.StandardKey.Save, SP.SP_DialogSaveButton)
        a.save_as = make_action(w, tr("Save &As…"), tr("Save the project to a new file"),
                                QKeySequence("Ctrl+Shift+S"))
        a.new.triggered.connect(lambda: self.new_project())
        a.save.triggered.connect(lambda: self.save())
        a.save_as.triggered.connect(lambda: self.save_as())

    def connect_window(self) -> None:
        """Follow the undo stack's clean state and hand-edited weights (once the window is built)."""
        self.window.design.stack.cleanChanged.connect(self._on_clean_changed)
        self.window.inspector.weight_changed.connect(lambda *_args: self.mark_run_changed())

    def _on_clean_changed(self, _clean: bool) -> None:
        if Shiboken.isValid(self.window):  # the stack also reports while the window is being destroyed
            self.update_title()

    # -- state --------------------------------------------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        """Whether there are changes since the last save or open."""
        return not self.window.design.stack.isClean() or self._run_changed

    @property
    def display_name(self) -> str:
        """The file's name, or the experiment's name while the project has never been saved."""
        return self.source.name if self.source is not None else self.window.spec.name

    def update_title(self) -> None:
        """``xor.mlpstudio* — MLP Studio`` (Qt draws the asterisk from ``windowModified``)."""
        self.window.setWindowTitle(tr("{name}[*] — MLP Studio").format(name=self.display_name.replace("[*]", "")))
        self.window.setWindowModified(self.is_modified)

    def note_snapshot(self, snapshot) -> None:
        """A snapshot of the current run arrived: the run moved on if its step is not the saved one."""
        if not self._run_changed and (snapshot.run_id, snapshot.step) != self._saved_run:
            self.mark_run_changed()

    def mark_run_changed(self) -> None:
        """The network differs from the saved one (trained, reset, rebuilt or edited by hand)."""
        self._run_changed = True
        self.update_title()

    def _mark_saved(self, run_id: int, step: int) -> None:
        self._saved_run, self._run_changed = (int(run_id), int(step)), False
        self.window.design.stack.setClean()
        self.update_title()

    # -- the prompt ---------------------------------------------------------------------------------------
    def may_discard(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True when it is fine to go on."""
        if not self.is_modified:
            return True
        answer = self.ask_unsaved(self.display_name)
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def quit(self) -> None:
        """File ▸ Quit: ask about unsaved changes, then close the window."""
        if self.may_discard():
            self._close_confirmed = True
            self.window.close()

    def may_close(self, spontaneous: bool) -> bool:
        """Whether a close may go on: asked for the user's own closes (window manager), not for code's."""
        if self._close_confirmed or not spontaneous:
            return True
        return self.may_discard()

    def closed(self) -> None:
        """The window closes: stop autosaving and delete this process's recovery copies (a clean exit)."""
        self.autosave.stop()
        discard_recovery()

    # -- new and open -------------------------------------------------------------------------------------
    def new_project(self, ask: bool = True) -> bool:
        """File ▸ New: the default experiment (XOR, one hidden layer of 4 tanh), untitled and unmodified."""
        if ask and not self.may_discard():
            return False
        self.window.load_default()
        self._adopt_file(None, None, lesson=None, csv=None)
        self._mark_saved(self.window.run_id, 0)
        return True

    def open_dialog(self) -> None:
        """File ▸ Open…: ask about unsaved changes, then for a file."""
        if not self.may_discard():
            return
        path = self.ask_open_path()
        if path:
            self.open_path(path, ask=False)

    def open_recent(self, path: str) -> None:
        """Open a file of the Open Recent menu; a file that is gone is taken off the list, with a message."""
        if not Path(path).is_file():
            self.recent.remove(path)
            self.window.show_error(tr("File not found"), tr("{path} no longer exists; it was removed from the "
                                                            "recent files.").format(path=path))
            return
        self.open_path(path)

    def open_path(self, path: str | Path, quiet: bool = False, ask: bool = True) -> bool:
        """Open a project or an experiment file; on any error show it and keep the current project.

        Parameters
        ----------
        path : str or Path
        quiet : bool
            Do not show errors (start-up's default example).
        ask : bool
            Ask about unsaved changes first.

        Returns
        -------
        bool
            Whether the file is now the window's project.
        """
        path = Path(path)
        if ask and not self.may_discard():
            return False
        try:
            project = load_project(path)
            session = session_from_project(project, base_dir=path.resolve().parent, file=str(path))
        except (MlpStudioError, OSError) as error:
            if not quiet:
                self.window.show_error(tr("Cannot open this file"),
                                       tr("{error}\n\nThe open project was not changed.").format(error=error))
            return False
        self.restore(project, session, path, remember=not quiet)
        return True

    def open_project(self, project: Project, base_dir: Path, ask: bool = True) -> bool:
        """Open a project made in memory (a lesson), untitled, like a file; errors are shown, nothing changes.

        Parameters
        ----------
        project : Project
            E.g. ``files.lessons.lesson_project(lesson)``.
        base_dir : Path
            Where relative data paths of its experiment start.
        ask : bool
            Ask about unsaved changes first.
        """
        if ask and not self.may_discard():
            return False
        try:
            session = session_from_project(project, base_dir=Path(base_dir))
        except (MlpStudioError, OSError) as error:
            self.window.show_error(tr("Cannot open this lesson"),
                                   tr("{error}\n\nThe open project was not changed.").format(error=error))
            return False
        self.restore(project, session, None, base_dir=Path(base_dir), remember=False)
        return True

    def restore(self, project: Project, session, path: Path | None, modified: bool = False,
                base_dir: Path | None = None, remember: bool = True) -> None:
        """Make a loaded project the window's: design (undo history cleared), run, curves, view, lesson.

        ``modified`` marks it unsaved (a recovered copy); ``remember`` adds ``path`` to the recent files.
        """
        window = self.window
        base_dir = base_dir or (path.resolve().parent if path is not None else window.base_dir)
        window.design.load(project.experiment, base_dir, session=session, history=project.history or None)
        apply_view_state(window, project.view)
        csv = (project.experiment.dataset.path, project.csv_bytes) if project.csv_bytes is not None else None
        self._adopt_file(path, path if path is None or path.suffix == PROJECT_SUFFIX else None, project.lesson, csv)
        self._mark_saved(window.run_id, session.trainer.step_count)
        if modified:
            self.mark_run_changed()
        if path is not None and remember and not modified:
            self.recent.add(path)

    def _adopt_file(self, source: Path | None, path: Path | None, lesson, csv) -> None:
        self.source = Path(source).resolve() if source is not None else None
        self.path = Path(path).resolve() if path is not None else None
        self.lesson = dict(lesson) if lesson else None
        self._csv = csv
        self.lesson_changed.emit(self.lesson)

    # -- save ---------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """File ▸ Save: to the project's file, or ask for one (a new or a JSON-made project)."""
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        """File ▸ Save As…: ask for a file (``.mlpstudio`` added when no extension is given) and save."""
        stem = (self.source.stem if self.source is not None else self.window.spec.name) or "project"
        folder = self.source.parent if self.source is not None else Path.home()
        chosen = self.ask_save_path(tr("Save project"), str(folder / (stem + PROJECT_SUFFIX)), tr(SAVE_FILTER))
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(PROJECT_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        """Write the project to ``path`` (atomically); on error say so and keep the earlier file. True on success."""
        path = Path(path)
        try:
            project, state = self.current_project()
            save_project(path, project)
        except MlpStudioError as error:
            self.window.show_error(tr("Cannot save the project"), str(error))
            return False
        self._adopt_file(path, path, self.lesson, self._csv)
        self._mark_saved(state.run_id, state.step)
        self.recent.add(path)
        discard_recovery()
        self.window.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    def current_project(self):
        """``(Project, RunState)`` of the window as it is now (the run copied between two steps).

        Raises
        ------
        ProjectError
            When there is no run to save or the worker did not answer.
        """
        state = self.window.controller.capture_state()
        if state is None:
            raise ProjectError(tr("there is no network to save yet (the training thread did not answer)"))
        spec = self.window.spec
        if spec.network != state.spec.network or spec.dataset != state.spec.dataset:
            spec = state.spec   # a design the run could not follow: save what was trained
        project = Project(experiment=spec, parameters=(state.weights, state.biases),
                          optimizer_state=state.optimizer_state, trainer_state=state.trainer_state,
                          history=state.history, view=view_state(self.window), lesson=self.lesson,
                          csv_bytes=self._csv_bytes(spec))
        return project, state

    def _csv_bytes(self, spec) -> bytes | None:
        """The CSV of a ``csv`` data set: the one the project carried, else read from its file."""
        if spec.dataset.name != "csv":
            return None
        if self._csv is not None and self._csv[0] == spec.dataset.path:
            return self._csv[1]
        full = Path(spec.dataset.path).expanduser()
        full = full if full.is_absolute() else self.window.base_dir / full
        try:
            data = full.read_bytes()
        except OSError as error:
            raise ProjectError(tr("cannot read the data set's CSV ({reason})").format(reason=error.strerror),
                               file=str(full)) from None
        if len(data) > MAX_MEMBER_BYTES["data.csv"]:
            raise ProjectError(tr("the CSV is too large to keep in a project"), file=str(full))
        return data

    # -- drag and drop ------------------------------------------------------------------------------------
    @staticmethod
    def dropped_file(mime) -> str | None:
        """The first local ``.mlpstudio`` or ``.json`` file among dragged URLs, or None."""
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE:
                return url.toLocalFile()
        return None

    def accept_drag(self, event) -> bool:
        """Accept a drag carrying a project or experiment file (drag enter and move)."""
        if self.dropped_file(event.mimeData()) is None:
            return False
        event.acceptProposedAction()
        return True

    def drop(self, event) -> bool:
        """Open a dropped file (after the drop returns, so the prompt never blocks the drag source)."""
        path = self.dropped_file(event.mimeData())
        if path is None:
            return False
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_path(path))
        return True

    # -- dialogs ------------------------------------------------------------------------------------------
    def _open_dialog(self) -> str:
        folder = self.source.parent if self.source is not None else Path.cwd()
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open project or experiment"), str(folder),
                                              tr(OPEN_FILTER))
        return path

    def _save_dialog(self, title: str, suggested: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, filters)
        return path


def view_state(window) -> dict:
    """The window's view toggles for the project file (the dock layout is the application's, not saved)."""
    return {name: bool(getattr(window.actions, name).isChecked()) for name in VIEW_TOGGLES}


def apply_view_state(window, view) -> None:
    """Apply saved view toggles (unknown keys and non-booleans are ignored)."""
    for name in VIEW_TOGGLES:
        value = (view or {}).get(name)
        if isinstance(value, bool):
            getattr(window.actions, name).setChecked(value)
