"""Step-by-step training: one mini-batch per call, so a GUI can pause, stop or change settings between batches.

Each epoch visits every training sample once, in an order drawn from the trainer's own seeded
``numpy.random.Generator`` (so the same seed gives bit-identical runs).  ``batch_size`` 0, or any value ≥ the
number of samples, means full batch: one step per epoch, in the original order.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import EngineError, ShapeError


@dataclass(frozen=True, slots=True)
class StepResult:
    """What one training step did.

    Attributes
    ----------
    step : int
        Steps taken so far, this one included (1-based).
    epoch : int
        Completed epochs after this step (equals ``trainer.epoch``).
    batch_index : int
        0-based index of this mini-batch within its epoch.
    loss : float
        Loss of this mini-batch (with regularization) before the update.
    epoch_finished : bool
        True when this step completed an epoch.
    """

    step: int
    epoch: int
    batch_index: int
    loss: float
    epoch_finished: bool


# Rows wider than this (inputs + 1) are gathered batch by batch instead of once per epoch: the batch then
# arrives in cache just before the matrix product reads it (W3, 785 wide: ~7 % faster steps); narrow rows
# are cheaper to gather once per epoch and slice.
_GATHER_PER_STEP_WIDTH = 128


def _check_batch_size(value) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
        raise EngineError(f"batch_size must be an integer >= 0 (0 = full batch), not {value!r}")
    return int(value)


class Trainer:
    """Runs a network and optimizer over a training set, one mini-batch at a time.

    Parameters
    ----------
    net : Network
    opt : Optimizer
        Replaceable later through ``trainer.optimizer``.
    X : array_like, (n, n_inputs)
    Y : array_like, (n, outputs)
        Cast (copied) to the network's dtype.
    batch_size : int
        Samples per step; 0 = full batch.  Changing ``trainer.batch_size`` takes effect at the next epoch.
    seed : int
        Seed of the generator that shuffles each epoch.
    """

    def __init__(self, net, opt, X, Y, batch_size=0, seed=0):
        X = net._check_inputs(X)
        Y = net._check_targets(Y, X.shape[0])
        if not (np.isfinite(X).all() and np.isfinite(Y).all()):
            raise EngineError("the training data contain NaN or infinite values")
        self.net = net
        self.optimizer = opt
        self.n_samples = X.shape[0]
        # Inputs with the ones column the fused-bias kernels expect, one sample per row: the epoch's shuffle
        # then gathers whole rows (2× faster than gathering columns) and a mini-batch is a row block, which the
        # matrix products read in place.  Targets are stored transposed (outputs, n): the loss kernels want
        # them feature-major (see _workspace), and with one output a batch of them is contiguous.
        self._X = np.ones((self.n_samples, X.shape[1] + 1), dtype=net.dtype)
        self._X[:, :-1] = X
        self._YT = np.array(Y.T, dtype=net.dtype, order="C")
        self._rng = np.random.default_rng(seed)
        self._batch_size = self._pending = _check_batch_size(batch_size)
        self.epoch = 0
        self.step_count = 0
        self._batch_index = 0
        self._order = None
        self._n_batches = 1
        self._workspaces = {}
        self._X_epoch = self._YT_epoch = None

    @property
    def batch_size(self) -> int:
        """Requested samples per step (0 = full batch); a new value applies from the next epoch."""
        return self._pending

    @batch_size.setter
    def batch_size(self, value):
        self._pending = _check_batch_size(value)

    @property
    def batches_per_epoch(self) -> int:
        """Steps in the current epoch (or in the next one, between epochs)."""
        size = self._effective(self._batch_size if self._batch_index else self._pending)
        return -(-self.n_samples // size)

    def _effective(self, batch_size: int) -> int:
        return self.n_samples if batch_size == 0 or batch_size >= self.n_samples else batch_size

    def _start_epoch(self) -> None:
        if self._pending != self._batch_size:
            self._workspaces.clear()
        self._batch_size = self._pending
        size = self._effective(self._batch_size)
        self._n_batches = -(-self.n_samples // size)
        if size == self.n_samples:
            # Full batch needs no shuffle: the gradient does not depend on the order.
            self._order = None
            return
        self._order = self._rng.permutation(self.n_samples)
        if self._YT_epoch is None:
            self._YT_epoch = np.empty_like(self._YT)
        np.take(self._YT, self._order, axis=1, out=self._YT_epoch)
        if self._X.shape[1] <= _GATHER_PER_STEP_WIDTH:
            if self._X_epoch is None:
                self._X_epoch = np.empty_like(self._X)
            # One gather per epoch; every mini-batch is then a slice (no copy of the inputs per step).
            np.take(self._X, self._order, axis=0, out=self._X_epoch)

    def _buffers(self, n: int):
        """The trainer's own buffers for batches of ``n`` (not the network's cache, which other calls reuse)."""
        ws = self._workspaces.get(n)
        if ws is None:
            ws = self._workspaces[n] = self.net._new_buffers(n)
            ws.batch_rows = np.empty((n, self._X.shape[1]), dtype=self._X.dtype)
        return ws

    def _load_batch(self):
        """Buffers whose inputs and targets point at the current batch."""
        if self._order is None:
            X, YT = self._X, self._YT
        else:
            size = self._effective(self._batch_size)
            rows = slice(self._batch_index * size, (self._batch_index + 1) * size)
            YT = self._YT_epoch[:, rows]
            if self._X.shape[1] <= _GATHER_PER_STEP_WIDTH:
                X = self._X_epoch[rows]
            else:        # wide rows: gather just this batch, straight into cache, right before its GEMM
                order = self._order[rows]
                X = np.take(self._X, order, axis=0, out=self._buffers(order.size).batch_rows)
        ws = self._buffers(X.shape[0])
        ws.inputs[0], ws.a[0] = X, X[:, :-1]
        if YT.flags.c_contiguous:        # full batch, or a single output: use the targets in place
            ws.y = YT.T
        else:                            # the loss kernels want a contiguous (feature-major) target block
            ws.y = ws.y_buffer
            np.copyto(ws.y.T, YT)
        return ws

    def step(self) -> StepResult:
        """Train on the next mini-batch and return what happened.

        Raises
        ------
        DivergenceError
            If the loss became NaN or infinite (the parameters are left as they were before this step).
        """
        if self._batch_index == 0:
            self._start_epoch()
        ws = self._load_batch()
        with np.errstate(all="ignore"):     # non-finite values surface as DivergenceError instead
            loss = self.net._train_step(ws, step=self.step_count + 1)
            self.optimizer._update(self.net._params, ws.backward.grad)
        self.step_count += 1
        batch_index = self._batch_index
        self._batch_index += 1
        finished = self._batch_index == self._n_batches
        if finished:
            self._batch_index = 0
            self.epoch += 1
        return StepResult(self.step_count, self.epoch, batch_index, loss, finished)

    def steps(self, max_epochs=None):
        """Generator of :class:`StepResult` until ``trainer.epoch`` reaches ``max_epochs`` (None: forever).

        ``max_epochs`` counts from the start of training, not from this call, so a paused run resumes
        with ``steps(max_epochs=...)`` and stops at the same place.
        """
        while max_epochs is None or self.epoch < max_epochs:
            yield self.step()

    def run_epoch(self) -> StepResult:
        """Finish the current epoch (a whole one between epochs); return its last StepResult."""
        while True:
            result = self.step()
            if result.epoch_finished:
                return result

    def fit(self, epochs: int) -> list:
        """Train ``epochs`` more epochs; return each epoch's mean mini-batch loss (list of float)."""
        losses = []
        for _ in range(epochs):
            total = count = 0
            while True:
                result = self.step()
                total, count = total + result.loss, count + 1
                if result.epoch_finished:
                    break
            losses.append(total / count)
        return losses

    def state_dict(self) -> dict:
        """The loop's position, for project files: a dict of JSON-able values plus one int64 array.

        Returns
        -------
        dict
            ``epoch``, ``step_count``, ``batch_index`` (0-based position in the current epoch),
            ``batch_size`` (the current epoch's), ``pending_batch_size``, ``rng`` (the shuffling generator's
            ``bit_generator.state``, a dict of str/int) and ``order`` (int64 (n,) permutation of the current
            epoch, or None between epochs and for full batch).  Restored with :meth:`load_state_dict`, the
            run continues bit-identically.
        """
        mid_epoch = self._batch_index != 0 and self._order is not None
        return {"epoch": self.epoch, "step_count": self.step_count, "batch_index": self._batch_index,
                "batch_size": self._batch_size, "pending_batch_size": self._pending,
                "rng": self._rng.bit_generator.state,
                "order": self._order.astype(np.int64) if mid_epoch else None}

    def load_state_dict(self, state: dict) -> None:
        """Restore what :meth:`state_dict` returned (checked first: a bad state changes nothing).

        Raises
        ------
        EngineError
            If a count is negative, the batch position does not fit the batch size, the permutation is not
            one of the ``n`` training rows, or the generator state is not a PCG64 state.
        """
        names = ("epoch", "step_count", "batch_index", "batch_size", "pending_batch_size")
        for name in names:
            value = state.get(name)
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
                raise EngineError(f"trainer state: {name} must be a whole number >= 0, not {value!r}")
        epoch, step_count, batch_index, batch_size, pending = (int(state[name]) for name in names)
        n_batches = -(-self.n_samples // self._effective(batch_size))
        if batch_index >= n_batches:
            raise EngineError(f"trainer state: batch {batch_index} does not exist in an epoch of {n_batches}")
        order = state.get("order")
        if batch_index and n_batches > 1:
            order = np.asarray(order if order is not None else [], dtype=np.int64)
            if order.shape != (self.n_samples,) or not np.array_equal(np.sort(order), np.arange(self.n_samples)):
                raise EngineError(f"trainer state: the epoch order is not a permutation of {self.n_samples} rows")
        else:
            order = None
        rng = np.random.default_rng()
        try:
            rng.bit_generator.state = state.get("rng")
        except (TypeError, ValueError, KeyError) as error:
            raise EngineError(f"trainer state: bad shuffling generator state ({error})") from None
        self.epoch, self.step_count = epoch, step_count
        self._workspaces.clear()
        self._batch_size = self._pending = batch_size
        self._batch_index, self._order, self._n_batches = 0, None, 1
        if batch_index:
            # Re-enter the saved epoch through _start_epoch (whatever its data layout), replaying its order.
            self._rng = _ReplayOrder(order)
            self._start_epoch()
            self._batch_index = batch_index
        self._rng, self._pending = rng, pending


class _ReplayOrder:
    """Stands in for the shuffling generator once, returning a saved epoch order (see load_state_dict)."""

    def __init__(self, order):
        self.order = order

    def permutation(self, n):
        assert n == len(self.order)
        return self.order.copy()
