"""The training loop, Qt-free: it runs on the controller's worker thread or in the training process.

:class:`TrainingLoop` serves commands and trains until told to quit. It never returns to an event loop while
it lives, so commands reach it through a :class:`CommandBox` (a deque behind a condition variable) which it
drains between time slices of training, and on which it *blocks* while paused or idle, so a paused run costs
no CPU. What it has to say (snapshots, state changes, errors) goes to an ``emit(kind, *args)`` callable:
Qt signals on the worker thread (:mod:`mlp_studio.controller.worker`), a pipe in the training process
(:mod:`mlp_studio.training.child`).

Everything the loop emits is tagged with its run id; the GUI-side controller decides what is stale.
"""

from __future__ import annotations

import threading
import time
import traceback
from typing import Any, Callable

from mlp_studio.i18n import tr
from mlp_studio.training.capture import capture_session, fractional_epoch, resume_step, seed_history
from mlp_studio.engine.errors import DivergenceError
from mlp_studio.errors import MlpStudioError
from mlp_studio.model.snapshot import History, PlaneGrid, make_snapshot, routine_rows
from mlp_studio.training.channels import CommandBox, DeliveryGate

#: States reported by the loop (and mirrored by ``TrainingController.state``).
STATES = ("idle", "running", "paused", "finished", "diverged", "failed")
#: What went NaN, as the divergence message says it (``DivergenceError.quantity``; translated where shown).
QUANTITIES = {"weights": "weights", "pre-activations": "pre-activations", "activations": "activations",
              "loss": "loss"}
#: The kinds of messages the loop emits, with their arguments.
EMITS = {"snapshot": "(Snapshot)", "state": "(run_id, state)", "diverged": "(run_id, message)",
         "failed": "(run_id, message)", "finished": "(run_id)", "plane": "(run_id, spec, grid, task, dtype)"}

Emit = Callable[..., None]


class TrainingLoop:
    """Owns the :class:`~mlp_studio.model.session.Session` and trains it on the thread that calls :meth:`run`.

    Parameters
    ----------
    box : CommandBox
        Where the controller's commands arrive.
    gate : DeliveryGate
        Shared with the controller to limit snapshots in flight (or a stand-in with the same methods).
    emit : callable
        ``emit(kind, *args)`` delivers what the loop says; the kinds are the keys of :data:`EMITS`.
    max_rate : float
        Upper bound on throttled snapshots per second while running.
    slice_seconds : float
        How long to train between command checks: several steps of a tiny net per slice, so the loop's own
        overhead stays small while pause and stop still answer within a few milliseconds.
    pictures_here : bool
        False: snapshots leave without their plane pictures, and each run of a planar data set first emits
        ``("plane", run_id, spec, grid, task, dtype)`` so the receiver can draw them (the training process does
        this: the GUI's process has a core to spare, the training process has not).
    gui_idle : threading.Event, optional
        Set while the GUI thread waits for events (:class:`GuiActivity`; thread backend only). When given,
        training steps aside (GIL released) while the GUI thread is busy, for at most ``YIELD_SECONDS`` at a
        time and only after ``MIN_RUN_SECONDS`` of training, so training always keeps a share of the time
        however busy the GUI is.
    """

    #: Longest wait for a busy GUI thread before training a little again.
    YIELD_SECONDS = 0.012
    #: Shortest training time between two waits for the GUI thread.
    MIN_RUN_SECONDS = 0.004
    #: Routine snapshots are at least this many times their (smoothed) cost apart, so building them takes at
    #: most 1 / (1 + this) of the loop's time: ~6 %. Their cost is bounded whatever the data set's size (a
    #: fixed subsample, see ``model.snapshot.routine_rows``): ~6-9 ms on a 784-256-128-10 net, so ~6-7 a
    #: second there; tiny nets (~1.2-1.5 ms) stay at the ``max_rate`` cap of 30. 12x (8 %) plus the history
    #: points left the wide net at most ~0.89 of its headless speed (docs/performance.md, GUI).
    SNAPSHOT_SPACING = 16.0
    #: How far (seconds) a paced loop may fall behind its schedule before it starts a new one.
    PACE_SLACK = 0.1
    #: Weight of the newest routine snapshot's cost in the smoothed cost (costs jump on a shared machine).
    COST_SMOOTHING = 0.3
    #: Most loss-curve points per second added at epoch ends between snapshots (fast runs draw smooth curves).
    HISTORY_RATE = 200.0
    #: Share of the training time those points may cost (each is a ``session.evaluate()`` on the rows of a
    #: routine snapshot, so the live curve follows the same rows from point to point). Small nets get the
    #: whole share: their runs can be over in a second and need the points. Points that cost more than
    #: ``COSTLY_POINT_S`` (big nets, whose epochs are long and whose snapshots add points anyway) get half.
    HISTORY_BUDGET = 0.03
    COSTLY_POINT_S = 0.001

    def __init__(self, box: CommandBox, gate: DeliveryGate, emit: Emit, max_rate: float = 30.0,
                 slice_seconds: float = 0.008, gui_idle: threading.Event | None = None,
                 pictures_here: bool = True) -> None:
        self._box, self._gate, self._emit = box, gate, emit
        self._pictures_here = pictures_here
        self._gui_idle = gui_idle
        self._resumed = 0.0
        self._min_interval = 1.0 / max_rate
        self._interval = self._min_interval
        self._slice = slice_seconds
        self._factory: Callable[[], Any] | None = None
        self._session: Any = None
        self._grid: PlaneGrid | None = None
        self._history = History()
        self._training: Any = None          # last live TrainingSpec, re-applied after a reset
        self._max_epochs: int | None = None  # None: the spec's training.epochs
        self._run_id = 0
        self._state = "idle"
        self._last_emit = float("-inf")
        self._snapshot_cost: float | None = None  # smoothed cost of routine snapshots (seconds)
        self._last_step: Any = None          # latest StepResult, for the fractional epoch
        self._next_history = 0.0             # when the next epoch-end history point may be taken
        self._edited = False                 # a hand-edited weight awaits its snapshot
        self._seed: Any = None               # a loaded project's loss history, for the load's first run
        self._speed: float | None = None     # epochs per second (None: full speed); kept across runs
        self._pace_next: float | None = None  # when the next step is due at that speed

    # -- the loop ---------------------------------------------------------------------------------------------
    def run(self) -> None:
        """Serve commands and train until a ``quit`` command arrives."""
        while True:
            running = self._state == "running"
            wait = self._pace_wait() if running else 0.0   # ahead of the chosen speed: wait, commands wake it
            commands = self._box.take(block=not running or wait > 0, timeout=wait if running else None)
            if not all(self._handle(command) for command in commands):
                return
            if self._edited:
                self._edited = False
                if self._state != "running" and self._session is not None:
                    self._guarded(self._emit_snapshot, True)
            if self._state == "running":
                self._guarded(self._train_slice)

    def _handle(self, command: tuple[Any, ...]) -> bool:
        """Apply one command; False means quit."""
        name, args = command[0], command[1:]
        if name == "quit":
            return False
        handler = getattr(self, f"_cmd_{name}")
        self._guarded(handler, *args)
        return True

    def _guarded(self, action: Callable[..., Any], *args: Any) -> None:
        """Run ``action``; turn a divergence into "diverged" and anything else into "failed", never lost."""
        try:
            action(*args)
        except DivergenceError as error:
            self._set_state("diverged")
            self._emit("diverged", self._run_id, self._divergence_message(error))
        except MlpStudioError as error:  # bad user input (data file, spec): the message says it all
            self._fail(str(error))
        except Exception as error:  # a bug: keep the traceback's tail
            self._fail(_traceback_summary(error))

    def _fail(self, message: str) -> None:
        self._set_state("failed")
        self._emit("failed", self._run_id, message)

    def _divergence_message(self, error: DivergenceError) -> str:
        rate = getattr(getattr(self._session, "optimizer", None), "learning_rate", None)
        where = tr("the inputs") if error.layer == 0 else tr("layer {n}").format(n=error.layer)
        quantity = tr(QUANTITIES.get(error.quantity, error.quantity))
        if error.step is not None:
            what = tr("Training diverged at step {step}: the {quantity} of {where} became NaN or infinite.").format(
                step=error.step, quantity=quantity, where=where)
        else:
            what = tr("Training diverged: the {quantity} of {where} became NaN or infinite.").format(
                quantity=quantity, where=where)
        # The engine leaves the weights as they were before the bad step, so a lower rate can carry on.
        if isinstance(rate, (int, float)):
            advice = tr("Training is paused: lower the learning rate (now {rate}) and press Play to go on, or Reset "
                        "to start again from fresh weights.").format(rate=f"{rate:g}")
        else:
            advice = tr("Training is paused: lower the learning rate and press Play to go on, or Reset to start "
                        "again from fresh weights.")
        return f"{what} {advice}"

    # -- commands ---------------------------------------------------------------------------------------------
    def _cmd_load(self, run_id: int, factory: Callable[[], Any], history: Any = None) -> None:
        self._factory, self._training, self._max_epochs = factory, None, None
        self._seed = history
        self._start_run(run_id)

    def _cmd_reset(self, run_id: int) -> None:
        if self._factory is not None:
            self._start_run(run_id)

    def _start_run(self, run_id: int) -> None:
        """Build a fresh session (same spec, same seeds) and show its untrained state."""
        self._run_id, self._session, self._grid, self._last_step = run_id, None, None, None
        self._history = History()
        self._next_history = 0.0
        self._snapshot_cost, self._interval = None, self._min_interval
        self._set_state("idle", force=True)
        session = self._factory()
        if self._training is not None:
            session.apply_training(self._training)
        self._grid = PlaneGrid.for_dataset(session.dataset)
        self._session = session
        if self._grid is not None and not self._pictures_here:
            self._emit("plane", run_id, session.spec, self._grid, session.dataset.task, session.dtype)
        self._last_step = resume_step(session.trainer)  # a restored session carries on mid-epoch
        seed, self._seed = self._seed, None
        seed_history(self._history, seed, fractional_epoch(session.trainer, self._last_step))
        self._emit_snapshot(force=True)

    def _cmd_play(self) -> None:
        if self._session is None or self._state in ("running", "failed"):
            return
        if self._epochs_done():
            self._finish()
        else:
            self._pace_next = None
            self._set_state("running")

    def _cmd_pause(self) -> None:
        if self._state == "running":
            self._set_state("paused")
            self._emit_snapshot(force=True)

    def _cmd_stop(self) -> None:
        if self._session is not None and self._state in ("running", "paused", "idle"):
            self._finish()

    def _cmd_step(self) -> None:
        self._manual(lambda trainer: trainer.step())

    def _cmd_step_epoch(self) -> None:
        self._manual(lambda trainer: trainer.run_epoch())

    def _manual(self, advance: Callable[[Any], Any]) -> None:
        """One step or one epoch by hand: training pauses, and the exact new state is shown."""
        if self._session is None or self._state == "failed":
            return
        self._set_state("paused")
        self._last_step = advance(self._session.trainer)
        self._emit_snapshot(force=True)

    def _cmd_training(self, training: Any) -> None:
        if self._session is None:
            self._training = training
            return
        try:
            self._session.apply_training(training)
        except MlpStudioError as error:
            # A rejected setting is the user's to fix; the run keeps its state and its previous settings.
            self._emit("failed", self._run_id, tr("The new training settings were not applied: {error}").format(
                error=error))
            return
        self._training = training

    def _cmd_weight(self, layer: int, source: int, target: int, value: float) -> None:
        """Set one weight; several edits in one batch of commands share one snapshot (see ``run``)."""
        if self._session is None:
            return
        weights = self._session.network.weights
        if 0 <= layer < len(weights) and 0 <= source < weights[layer].shape[0] \
                and 0 <= target < weights[layer].shape[1]:
            weights[layer][source, target] = value
            self._edited = True

    def _cmd_parameters(self, weights: Any, biases: Any, expected: Any) -> None:
        """Set every parameter (the explained step), if the live ones still equal ``expected`` (when given)."""
        if self._session is None:
            return
        network = self._session.network
        self._edited = True   # a snapshot follows either way: it shows whether the change happened
        if expected is not None:
            now_w, now_b = network.get_parameters()
            old_w, old_b = expected
            pairs = list(zip(now_w, old_w)) + list(zip(now_b, old_b))
            if len(now_w) != len(old_w) or not all(a.shape == b.shape and (a == b).all() for a, b in pairs):
                return
        try:
            network.set_parameters(weights, biases)
        except ValueError:
            pass   # shapes of another network (a rebuild overtook the request): leave the run alone

    def _cmd_speed(self, epochs_per_second: float | None) -> None:
        """Train at most ``epochs_per_second`` (None: as fast as possible), so a small net can be watched."""
        self._speed = float(epochs_per_second) if epochs_per_second else None
        self._pace_next = None

    def _cmd_max_epochs(self, epochs: int | None) -> None:
        self._max_epochs = epochs

    def _cmd_capture(self, reply: Any) -> None:
        """Answer ``reply`` (a :class:`~mlp_studio.training.capture.Reply`) with a copy of the run, between steps."""
        try:
            reply.set(None if self._session is None else capture_session(self._session, self._history, self._run_id))
        except BaseException:
            reply.set(None)  # never leave the GUI thread waiting
            raise

    # -- training ---------------------------------------------------------------------------------------------
    def _train_slice(self) -> None:
        """Train for about ``slice_seconds`` (at least one step), then maybe send a snapshot."""
        trainer = self._session.trainer
        # End the slice early when the next snapshot falls due, so snapshots keep their rate.
        deadline = min(time.perf_counter() + self._slice, self._last_emit + self._interval)
        gui_idle = self._gui_idle
        while True:
            if self._speed is not None:
                if self._pace_wait() > 0:
                    break
                self._pace_next += 1.0 / (self._speed * max(1, trainer.batches_per_epoch))
            result = self._last_step = trainer.step()
            if result.epoch_finished:
                if self._epochs_done():
                    self._finish()
                    return
                self._record_epoch()
            now = time.perf_counter()
            if now >= deadline or self._box.pending():
                break
            if gui_idle is not None and not gui_idle.is_set() and now - self._resumed >= self.MIN_RUN_SECONDS:
                # The GUI thread is drawing or handling input: let it run alone for a moment (GIL released).
                gui_idle.wait(self.YIELD_SECONDS)
                self._resumed = time.perf_counter()
                deadline = max(deadline, min(self._resumed + 0.002, self._last_emit + self._interval))
        self._emit_snapshot(force=False)

    def _pace_wait(self) -> float:
        """Seconds until the next step is due at the chosen speed (0 at full speed or when it is due).

        A loop that fell behind (a slow snapshot, a busy machine) starts a new schedule rather than catching up
        in a burst the eye would see as a jump.
        """
        if self._speed is None:
            return 0.0
        now = time.perf_counter()
        if self._pace_next is None or now - self._pace_next > self.PACE_SLACK:
            self._pace_next = now
        return max(0.0, self._pace_next - now)

    def _record_epoch(self) -> None:
        """Add a loss-curve point at this epoch's end, if the rate and time budget allow."""
        started = time.perf_counter()
        if started < self._next_history:
            return
        session = self._session
        self._history.append(float(session.trainer.epoch), session.evaluate(rows=routine_rows(session.network)))
        cost = time.perf_counter() - started
        budget = self.HISTORY_BUDGET if cost < self.COSTLY_POINT_S else self.HISTORY_BUDGET / 2
        self._next_history = started + max(1.0 / self.HISTORY_RATE, cost / budget)

    def _epochs_done(self) -> bool:
        limit = self._max_epochs if self._max_epochs is not None else self._session.spec.training.epochs
        return bool(limit) and self._session.trainer.epoch >= limit

    def _finish(self) -> None:
        self._set_state("finished")
        self._emit_snapshot(force=True)
        self._emit("finished", self._run_id)

    def _emit_snapshot(self, force: bool) -> None:
        """Send a snapshot if forced, or if the rate limit allows and the GUI took the previous one.

        Forced snapshots (load, reset, pause, step, weight edit, end) are exact: every row evaluated. Throttled
        ones during play are routine: a fixed subsample, so their cost does not grow with the data set.
        """
        started = time.perf_counter()
        if not force and (started - self._last_emit < self._interval or not self._gate.is_free()):
            return
        snapshot = make_snapshot(self._session, self._run_id, self._grid, self._history, self._last_step,
                                 pictures=self._pictures_here,
                                 exact=force)
        self._gate.sent()
        self._emit("snapshot", snapshot)
        if not force:
            # Bound the time spent on pictures to ~6% of the loop's time. Only routine snapshots count: a
            # rare exact one (every row) would stretch the live spacing after every pause or step.
            cost = time.perf_counter() - started
            self._snapshot_cost = _smooth(self._snapshot_cost, cost, self.COST_SMOOTHING)
            self._interval = max(self._min_interval, self.SNAPSHOT_SPACING * self._snapshot_cost)
        self._last_emit = started

    def _set_state(self, state: str, force: bool = False) -> None:
        if force or state != self._state:
            self._state = state
            self._emit("state", self._run_id, state)


def _smooth(average: float | None, value: float, weight: float) -> float:
    """Exponential moving average (the first value starts it)."""
    return value if average is None else average + weight * (value - average)


def _traceback_summary(error: BaseException, frames: int = 6) -> str:
    """The exception line plus the last ``frames`` frames of its traceback."""
    lines = traceback.format_exception(type(error), error, error.__traceback__, limit=-frames)
    return "".join(lines).rstrip()
