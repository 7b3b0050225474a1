"""Undoable design edits: one ``QUndoCommand`` per user edit, holding the document state before and after.

Edits are applied (and validated) by the document *before* the command is pushed, so a refused edit never
reaches the stack; the command's first ``redo`` (which ``QUndoStack.push`` calls) therefore does nothing.
Undo and redo restore whole immutable :class:`~mlp_studio.model.document.DocumentState` values, so "undo then
redo" gives back exactly the earlier document. Commands with the same merge key (the same hyper-parameter
typed or stepped several times, the same layer's width stepped) merge into one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mlp_studio.model.document import DocumentState

_MERGE_IDS: dict[str, int] = {}


def merge_id(key: str | None) -> int:
    """A stable positive integer for a merge key (-1: never merge)."""
    if key is None:
        return -1
    return _MERGE_IDS.setdefault(key, 1000 + len(_MERGE_IDS))


class DocumentCommand(QUndoCommand):
    """One design edit.

    Parameters
    ----------
    text : str
        What the Edit menu shows ("Insert tanh layer").
    before, after : DocumentState
        The document before and after the edit.
    restore : callable
        ``restore(state)``: puts a state back into the document and brings the run in line with it.
    merge_key : str, optional
        Consecutive commands with the same key become one step.
    """

    def __init__(self, text: str, before: DocumentState, after: DocumentState,
                 restore: Callable[[DocumentState], None], merge_key: str | None = None) -> None:
        super().__init__(text)
        self.before, self.after = before, after
        self.merge_key = merge_key
        self._restore = restore
        self._applied = True  # the edit already happened when the command is pushed

    def redo(self) -> None:  # noqa: D102 (Qt API)
        if self._applied:
            self._applied = False
            return
        self._restore(self.after)

    def undo(self) -> None:  # noqa: D102 (Qt API)
        self._restore(self.before)

    def id(self) -> int:  # noqa: D102 (Qt API)
        return merge_id(self.merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802, D102 (Qt API)
        if not isinstance(other, DocumentCommand) or other.merge_key != self.merge_key \
                or other.before != self.after:
            return False
        self.after = other.after
        self.setText(other.text())
        if self.after == self.before:
            self.setObsolete(True)  # typed back to where it started: the step disappears
        return True
