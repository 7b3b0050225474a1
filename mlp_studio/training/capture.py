"""Copies of a run's state taken on the worker thread between steps, for project files and autosave.

The network, optimizer and trainer live on the worker thread and change with every step, so the GUI never
reads them directly: it asks the worker (a ``capture`` command in the command box) and waits briefly for a
:class:`RunState`, a self-contained copy of everything a project file needs. The other direction, a loaded
project's loss history, is put back into the worker's :class:`~mlp_studio.model.snapshot.History` by
:func:`seed_history` when the run starts.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from mlp_studio.engine.trainer import StepResult
from mlp_studio.model.snapshot import History, fractional_epoch  # noqa: F401 (re-exported for the worker)

#: Names of the history columns, in ``History``'s column order.
HISTORY_COLUMNS = ("epoch", "train_loss", "test_loss", "train_metric", "test_metric")


@dataclass(frozen=True, eq=False)
class RunState:
    """A copy of one moment of a run (nothing here is shared with the worker).

    Attributes
    ----------
    run_id : int
        The run the copy was taken from.
    spec : ExperimentSpec
        The session's experiment.
    weights, biases : tuple of ndarray
        Copies of the parameters.
    optimizer_state, trainer_state : dict
        ``Optimizer.state_dict()`` and ``Trainer.state_dict()`` (their arrays are copies).
    history : dict of str to ndarray
        The loss-curve columns so far (float64 copies, equal lengths).
    step : int
        Steps trained in this run.
    """

    run_id: int
    spec: Any
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    optimizer_state: dict
    trainer_state: dict
    history: dict[str, np.ndarray]
    step: int


class Reply:
    """A one-shot answer from the worker thread to a waiting GUI thread."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.value: Any = None

    def set(self, value: Any) -> None:
        """Deliver ``value`` and wake the waiting thread."""
        self.value = value
        self._event.set()

    def wait(self, timeout_s: float) -> Any:
        """The delivered value, or None when nothing came within ``timeout_s`` seconds."""
        return self.value if self._event.wait(timeout_s) else None


def capture_session(session: Any, history: History | None, run_id: int) -> RunState:
    """Copy ``session``'s weights, optimizer and trainer state and ``history`` (call on the worker thread)."""
    weights, biases = session.network.get_parameters()
    view = history.view() if history is not None else None
    columns = {name: np.array(getattr(view, name), dtype=np.float64) for name in HISTORY_COLUMNS} \
        if view is not None else {}
    trainer_state = dict(session.trainer.state_dict())
    if isinstance(trainer_state.get("rng"), dict):
        trainer_state["rng"] = _deep_copy(trainer_state["rng"])
    return RunState(run_id=int(run_id), spec=session.spec, weights=tuple(np.array(w) for w in weights),
                    biases=tuple(np.array(b) for b in biases), optimizer_state=dict(session.optimizer.state_dict()),
                    trainer_state=trainer_state, history=columns, step=int(session.trainer.step_count))


def _deep_copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _deep_copy(item) for key, item in value.items()}
    return value


def resume_step(trainer: Any) -> StepResult | None:
    """A stand-in for the step that brought a restored trainer where it is (None at an epoch boundary).

    With it, the first snapshot of a restored run shows the same fractional epoch as the saved run did.
    """
    state = trainer.state_dict()
    position = int(state["batch_index"])
    if position == 0 or trainer.step_count == 0:
        return None
    return StepResult(step=int(trainer.step_count), epoch=int(trainer.epoch), batch_index=position - 1,
                      loss=float("nan"), epoch_finished=False)


def seed_history(history: History, columns: dict[str, Any] | None, before_epoch: float) -> None:
    """Put a saved loss history into a fresh ``history``, keeping the rows earlier than ``before_epoch``.

    The run's first snapshot adds the point at ``before_epoch`` itself, so it is not doubled.
    """
    if not columns or "epoch" not in columns:
        return
    epochs = np.asarray(columns["epoch"], dtype=np.float64)
    rows = len(epochs)
    values = [np.asarray(columns.get(name, np.full(rows, np.nan)), dtype=np.float64) for name in HISTORY_COLUMNS]
    for i in range(rows):
        if not epochs[i] < before_epoch:
            break
        history.append(float(epochs[i]), _Row(*(float(v[i]) for v in values[1:])))


@dataclass(frozen=True)
class _Row:
    """The fields of an ``Evaluation`` that ``History.append`` reads."""

    train_loss: float
    test_loss: float
    train_metric: float
    test_metric: float
    metric_name: str = ""
