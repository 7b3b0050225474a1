"""Between the window and the design: one document, one undo stack, every user edit an undoable command.

The binding owns the :class:`~mlp_studio.model.document.NetworkDocument` (the single source of truth) and the
``QUndoStack``. An edit is applied to the document, which validates it (a :class:`DesignError` leaves it
untouched and the message is shown in place); then the run is brought in line — a structure or data change
pauses, asks before discarding a trained network, and rebuilds with the same seeds; a hyper-parameter change
goes live — and only then the command lands on the stack. A refused or declined edit never reaches the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from mlp_studio.i18n import tr
from mlp_studio.data import load_dataset
from mlp_studio.errors import MlpStudioError
from mlp_studio.model.document import DATA, NAME, STRUCTURE, TRAINING, DesignError, DocumentState, NetworkDocument
from mlp_studio.model.session import Session
from mlp_studio.model.spec import ExperimentSpec
from mlp_studio.ui import document as spec_helpers
from mlp_studio.ui.commands import DocumentCommand

#: An edit the user called off when asked about the trained network (not an error, nothing to show).
DECLINED = "declined"
DATASET_CACHE = 4


class DesignBinding(QObject):
    """Applies design edits as commands and keeps the run, the canvas and the panels in line.

    Parameters
    ----------
    window : MainWindow
        Provides ``controller``, ``confirm``, ``last_snapshot``, ``start_run(session, base_dir)``,
        ``reflect_document()`` and ``show_design_message(text, data)``.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = NetworkDocument(spec_helpers.fallback_spec())
        self.stack = QUndoStack(self)
        self.base_dir = Path.cwd()
        self._collecting: list[str] | None = None
        self._datasets: dict = {}
        self.document.subscribe(self._on_document_changed)

    # -- loading ------------------------------------------------------------------------------------------
    def load(self, spec: ExperimentSpec, base_dir: str | Path, session: Session | None = None,
             history=None) -> str | None:
        """Start a new design from ``spec`` (the undo history is cleared); return an error message or None.

        ``session`` is a run already built for ``spec`` (a loaded project, with its weights and training
        state) and ``history`` its loss-curve columns; by default a fresh run is built.
        """
        base_dir = Path(base_dir)
        if session is None:
            try:
                session = self.session_for(spec, base_dir)
            except MlpStudioError as error:
                return str(error)
        else:  # later rebuilds reuse the project's data set (a CSV it carries may exist nowhere else)
            self._datasets[(spec.dataset, str(base_dir))] = session.dataset
        self.base_dir = base_dir
        self._collect(lambda: self.document.restore(NetworkDocument(spec).state))
        self.stack.clear()
        self.window.start_run(session, base_dir, history=history)
        self.window.reflect_document()
        return None

    def adopt(self, spec: ExperimentSpec, base_dir: Path) -> None:
        """Hold ``spec`` without building a run (headless rendering shows a session made elsewhere)."""
        if spec != self.document.spec:
            self._collect(lambda: self.document.restore(NetworkDocument(spec).state))
            self.stack.clear()
        self.base_dir = Path(base_dir)

    def dataset_for(self, dataset_spec, base_dir: Path | None = None):
        """Load a data set (the last few are cached, so an edit and its rebuild load it once)."""
        key = (dataset_spec, str(base_dir or self.base_dir))
        if key not in self._datasets:
            dataset = load_dataset(dataset_spec, Path(key[1]))
            while len(self._datasets) >= DATASET_CACHE:
                self._datasets.pop(next(iter(self._datasets)))
            self._datasets[key] = dataset
        return self._datasets[key]

    def session_for(self, spec: ExperimentSpec, base_dir: Path | None = None) -> Session:
        """A fresh run for ``spec`` (raises MlpStudioError when the data or the network does not fit)."""
        return Session(spec, self.dataset_for(spec.dataset, base_dir))

    # -- edits --------------------------------------------------------------------------------------------
    def edit(self, text: str, change: Callable[[NetworkDocument], object], merge_key: str | None = None,
             data: bool = False) -> str | None:
        """Apply ``change(document)`` as one undoable step named ``text``.

        Returns
        -------
        str or None
            Why the edit was refused (already shown in place), :data:`DECLINED`, or None when it was applied.
        """
        before = self.document.state
        try:
            kinds = self._collect(lambda: change(self.document))
        except DesignError as error:
            return self._refuse(str(error), data)
        after = self.document.state
        if after == before:
            return None
        message = self._bring_in_line(kinds, ask=True)
        if message is not None:
            self._collect(lambda: self.document.restore(before))
            self.window.reflect_document()
            return message if message == DECLINED else self._refuse(message, data)
        self.window.show_design_message(None, data)
        self.stack.push(DocumentCommand(text, before, after, self.restore, merge_key))
        return None

    def _refuse(self, message: str, data: bool) -> str:
        self.window.reflect_document()
        self.window.show_design_message(message, data)
        return message

    def restore(self, state: DocumentState) -> None:
        """Put ``state`` back (undo/redo) and bring the run in line without asking (asked before)."""
        kinds = self._collect(lambda: self.document.restore(state))
        message = self._bring_in_line(kinds, ask=False)
        self.window.show_design_message(message, DATA in kinds)
        self.window.reflect_document()

    def undo(self) -> None:
        """Undo the last edit, asking first if that throws away a trained network."""
        if self.stack.canUndo() and self._may_step(self.stack.command(self.stack.index() - 1)):
            self.stack.undo()

    def redo(self) -> None:
        """Redo the next edit, asking first if that throws away a trained network."""
        if self.stack.canRedo() and self._may_step(self.stack.command(self.stack.index())):
            self.stack.redo()

    def _may_step(self, command) -> bool:
        if not isinstance(command, DocumentCommand) or not rebuilds(command.before, command.after):
            return True
        return self.may_discard()

    def _collect(self, action: Callable[[], object]) -> list[str]:
        """Run ``action`` and return the kinds of change the document reported meanwhile (not acted on)."""
        outer, self._collecting = self._collecting, []
        try:
            action()
            return self._collecting
        finally:
            self._collecting = outer

    def _on_document_changed(self, kind: str) -> None:
        if self._collecting is not None:
            self._collecting.append(kind)
            return
        # An edit made directly on the document (not through a command), e.g. by a file loader.
        self.window.show_design_message(self._bring_in_line([kind], ask=False), kind == DATA)
        self.window.reflect_document()

    def _bring_in_line(self, kinds: list[str], ask: bool) -> str | None:
        """Rebuild the run for structure/data changes, apply hyper-parameters live; an error message or None."""
        spec = self.document.spec
        controller = self.window.controller
        if STRUCTURE in kinds or DATA in kinds:
            if ask and not self.may_discard():
                return DECLINED
            try:
                session = self.session_for(spec)
            except MlpStudioError as error:
                return str(error)
            self.window.start_run(session, self.base_dir)
        elif TRAINING in kinds:
            controller.set_max_epochs(spec.training.epochs)
            controller.set_training(spec.training)
        if NAME in kinds:
            self.window.files.update_title()
        return None

    def may_discard(self) -> bool:
        """Pause and ask before a trained network is thrown away; True when it is fine to go on.

        When the user says no, a run that was training carries on.
        """
        snapshot = self.window.last_snapshot
        if snapshot is None or snapshot.step == 0:
            return True
        controller = self.window.controller
        running = controller.state == "running"
        if running:
            controller.pause()
        ok = self.window.confirm(tr("Discard the trained network?"),
                                 tr("This change rebuilds the network and its training so far is lost. Continue?"))
        if not ok and running:
            controller.play()
        return ok


def rebuilds(a: DocumentState, b: DocumentState) -> bool:
    """Whether going from ``a`` to ``b`` needs a new run (data or network differ)."""
    return a.spec.dataset != b.spec.dataset or a.spec.network != b.spec.network
