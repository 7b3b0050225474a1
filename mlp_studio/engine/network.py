"""A dense multilayer perceptron with every parameter in one flat array.

Layout: layer i owns a contiguous block ``[W_i; b_i]`` of shape (fan_in + 1, fan_out) in the flat
``_params`` array; ``net.weights[i]`` is its first fan_in rows and ``net.biases[i]`` its last row (views, so
writes through them change the network).  Optimizers update the flat array with a handful of whole-array
operations, and the bias is fused into each layer's matrix multiply (see :mod:`._workspace`).  The L1/L2
penalties are computed in :mod:`.regularization`.

Returned arrays: ``forward``, ``backward``, ``loss_and_gradients``, ``predict`` and ``get_parameters`` return
fresh arrays the caller may keep and modify.  Only the trainer's internal ``_train_step`` works in cached
buffers.  A network is not thread-safe: those caches are shared, so use it from one thread at a time.
"""

from __future__ import annotations

import math

import numpy as np

from ._workspace import BackwardBuffers, Forward, ForwardBuffers, Gradients, locate_divergence
from .activations import get_activation
from .errors import ArchitectureError, ShapeError
from .initializers import get_initializer
from .losses import get_loss
from .regularization import add_penalty_gradients, check_penalty, weight_penalty

_DTYPES = {"float32": np.float32, "float64": np.float64}
_MAX_CACHED_BATCH_SIZES = 8
_PREDICT_CHUNK_ELEMENTS = 2 ** 21   # rows per predict chunk ≈ this / total layer width (bounded memory)


def _dtype(dtype) -> np.dtype:
    key = np.dtype(dtype).name if not isinstance(dtype, str) else dtype
    if key not in _DTYPES:
        raise ArchitectureError(f"dtype must be one of {', '.join(_DTYPES)}, not {dtype!r}")
    return np.dtype(_DTYPES[key])


class Network:
    """Dense feed-forward network.

    Parameters
    ----------
    layer_sizes : sequence of int
        Input width, then the width of every dense layer (hidden layers, then outputs); all ≥ 1.
        ``[2, 1]`` is a single neuron (no hidden layer).
    activations : sequence of str
        One name per dense layer (``len(layer_sizes) - 1``); softmax only on the output layer.
    loss : str
        ``"mse"``, ``"binary_crossentropy"`` or ``"categorical_crossentropy"``.
    init : str
        Weight initializer name (biases start at zero).
    seed : int
        Seed of the ``numpy.random.default_rng`` used for the initial weights.
    dtype : str
        ``"float32"`` (default, fast) or ``"float64"`` (for gradient checks).
    l1, l2 : float
        Penalties ``l1·Σ|W| + (l2/2)·ΣW²`` on the weights (not the biases) added to the loss.
    """

    def __init__(self, layer_sizes, activations, loss="mse", init="xavier_uniform", seed=0,
                 dtype="float32", l1=0.0, l2=0.0):
        sizes = tuple(layer_sizes)
        if len(sizes) < 2 or not all(isinstance(s, (int, np.integer)) and s >= 1 for s in sizes):
            raise ArchitectureError(f"layer_sizes needs an input width and at least one layer, all integers "
                                    f">= 1; got {list(sizes)}")
        names = tuple(activations)
        if len(names) != len(sizes) - 1:
            raise ArchitectureError(f"{len(sizes) - 1} layers need {len(sizes) - 1} activations, "
                                    f"got {len(names)}")
        self.layer_sizes = tuple(int(s) for s in sizes)
        last = len(names) - 1
        self._acts = [get_activation(name, hidden=i < last, layer=i + 1) for i, name in enumerate(names)]
        self.activations = names
        self._loss = get_loss(loss)
        self.init = init
        get_initializer(init)
        self.seed = seed
        self.dtype = _dtype(dtype)
        self._l1 = check_penalty("l1", l1)
        self._l2 = check_penalty("l2", l2)
        self._allocate()
        self.reinitialize(seed)

    # ----------------------------------------------------------------------------------------- structure
    def _allocate(self):
        sizes = self.layer_sizes
        self._offsets = [0]
        for fan_in, fan_out in zip(sizes, sizes[1:]):
            self._offsets.append(self._offsets[-1] + (fan_in + 1) * fan_out)
        self._params = np.zeros(self._offsets[-1], dtype=self.dtype)
        self._blocks = [self._params[start:stop].reshape(fan_in + 1, fan_out) for start, stop, fan_in, fan_out
                        in zip(self._offsets, self._offsets[1:], sizes, sizes[1:])]
        self._W = [block[:-1] for block in self._blocks]
        self._b = [block[-1] for block in self._blocks]
        # 1 on weight entries, 0 on biases: regularization touches the flat array in whole-array operations.
        self._weight_mask = np.ones_like(self._params)
        for block in self._b:
            self._weight_mask[self._offset_of(block):self._offset_of(block) + block.size] = 0.0
        self._workspaces: dict[int, ForwardBuffers] = {}

    def _offset_of(self, view: np.ndarray) -> int:
        return (view.__array_interface__["data"][0] - self._params.__array_interface__["data"][0]) \
            // self.dtype.itemsize

    @property
    def n_layers(self) -> int:
        """Number of dense layers (hidden layers + output layer)."""
        return len(self.layer_sizes) - 1

    @property
    def n_params(self) -> int:
        """Total number of weights and biases."""
        return self._params.size

    @property
    def loss_name(self) -> str:
        """Registry name of the loss."""
        return self._loss.name

    @property
    def l1(self) -> float:
        """L1 penalty on the weights (settable)."""
        return self._l1

    @l1.setter
    def l1(self, value):
        self._l1 = check_penalty("l1", value)

    @property
    def l2(self) -> float:
        """L2 penalty on the weights (settable)."""
        return self._l2

    @l2.setter
    def l2(self, value):
        self._l2 = check_penalty("l2", value)

    @property
    def weights(self) -> list:
        """Per-layer weights W (fan_in, fan_out): views into the flat parameters (writes change the net)."""
        return list(self._W)

    @property
    def biases(self) -> list:
        """Per-layer biases b (fan_out,): views into the flat parameters."""
        return list(self._b)

    def __repr__(self):
        return (f"Network({list(self.layer_sizes)}, activations={list(self.activations)}, "
                f"loss={self.loss_name!r}, dtype={self.dtype.name!r})")

    # ---------------------------------------------------------------------------------------- parameters
    def reinitialize(self, seed=None):
        """Draw fresh weights with the network's initializer (zero biases).

        Parameters
        ----------
        seed : int, optional
            New seed; by default the seed given at construction.
        """
        if seed is not None:
            self.seed = seed
        rng = np.random.default_rng(self.seed)
        init = get_initializer(self.init)
        for W, b in zip(self._W, self._b):
            W[...] = init(rng, *W.shape)
            b[...] = 0.0

    def get_parameters(self):
        """Return ``(weights, biases)``: lists of copies, (fan_in, fan_out) and (fan_out,)."""
        return [W.copy() for W in self._W], [b.copy() for b in self._b]

    def set_parameters(self, weights, biases):
        """Copy weights (fan_in, fan_out) and biases (fan_out,) per layer into the network.

        Raises
        ------
        ShapeError
            If the number of layers or any shape differs from the network's.
        """
        if len(weights) != self.n_layers or len(biases) != self.n_layers:
            raise ShapeError(f"expected {self.n_layers} weight and bias arrays, "
                             f"got {len(weights)} and {len(biases)}")
        for i, (W, b, new_W, new_b) in enumerate(zip(self._W, self._b, weights, biases), start=1):
            new_W, new_b = np.asarray(new_W), np.asarray(new_b)
            if new_W.shape != W.shape or new_b.shape != b.shape:
                raise ShapeError(f"layer {i}: expected W {W.shape} and b {b.shape}, "
                                 f"got {new_W.shape} and {new_b.shape}")
        for W, b, new_W, new_b in zip(self._W, self._b, weights, biases):
            W[...] = new_W
            b[...] = new_b

    def copy(self) -> "Network":
        """An independent network with the same architecture, settings and parameters."""
        twin = Network(self.layer_sizes, self.activations, self.loss_name, self.init, self.seed,
                       self.dtype.name, self._l1, self._l2)
        twin._params[...] = self._params
        return twin

    # ------------------------------------------------------------------------------------- input checks
    def _check_inputs(self, X) -> np.ndarray:
        X = np.asarray(X)
        if X.ndim != 2 or X.shape[1] != self.layer_sizes[0]:
            raise ShapeError(f"inputs must have shape (n, {self.layer_sizes[0]}), got {X.shape}")
        return X

    def _check_targets(self, Y, n: int) -> np.ndarray:
        Y = np.asarray(Y)
        outputs = self.layer_sizes[-1]
        if Y.ndim == 1 and outputs == 1:
            Y = Y.reshape(-1, 1)
        if Y.shape != (n, outputs):
            raise ShapeError(f"targets must have shape ({n}, {outputs}), got {Y.shape}")
        if n == 0:
            raise ShapeError("the loss of an empty batch is undefined: give at least one sample")
        return Y

    def _buffers(self, n: int, backward: bool = False) -> ForwardBuffers:
        """Cached buffers for batches of ``n`` samples (a few sizes are kept)."""
        ws = self._workspaces.get(n)
        if ws is None:
            if len(self._workspaces) >= _MAX_CACHED_BATCH_SIZES:
                self._workspaces.pop(next(iter(self._workspaces)))
            ws = self._workspaces[n] = ForwardBuffers(self.layer_sizes, n, self.dtype)
        if backward and ws.backward is None:
            ws.backward = BackwardBuffers(self.layer_sizes, n, self.dtype, self._offsets)
        return ws

    def _new_buffers(self, n: int) -> ForwardBuffers:
        """Fresh forward and backward buffers for ``n`` samples (for callers that keep their own)."""
        ws = ForwardBuffers(self.layer_sizes, n, self.dtype)
        ws.backward = BackwardBuffers(self.layer_sizes, n, self.dtype, self._offsets)
        return ws

    # ------------------------------------------------------------------------------------------ kernels
    def _run_forward(self, ws: ForwardBuffers) -> None:
        """Forward pass over ``ws.inputs[0]`` (already filled); fills ``ws.z`` and ``ws.a``."""
        for i, act in enumerate(self._acts):
            # z.T = [W; b].T @ [a, 1].T: the transposed form writes into the C-contiguous z.T (see _workspace).
            np.dot(self._blocks[i].T, ws.inputs[i].T, out=ws.z[i].T)
            if act.name == "softmax":     # keep its row statistics for the cross-entropy
                act.value(ws.z[i], ws.a[i + 1], ws.softmax_stats)
            else:
                act.value(ws.z[i], ws.a[i + 1])

    def _run_backward(self, ws: ForwardBuffers, bw: BackwardBuffers, step=None) -> float:
        """Backward pass against ``ws.y``; fills ``bw.delta`` and ``bw.grad``; returns the total loss.

        Raises :class:`DivergenceError` (naming ``step``) if the loss is not finite.
        """
        last = self.n_layers - 1
        out_act, z, a = self._acts[last], ws.z[last], ws.a[last + 1]
        loss = self._loss.value(z, a, ws.y, out_act, bw.scratch[last], ws.softmax_stats)
        self._loss.delta(z, a, ws.y, out_act, bw.delta[last], bw.scratch[last])
        for i in range(last, -1, -1):
            np.dot(ws.inputs[i].T, bw.delta[i], out=bw.blocks[i])
            if i:     # delta_prev.T = W @ delta.T: a plain (non-transposed) GEMM, the fastest kind for BLAS
                np.dot(self._W[i], bw.delta[i].T, out=bw.delta[i - 1].T)
                self._acts[i - 1].backprop(ws.z[i - 1], ws.a[i], bw.delta[i - 1], bw.scratch[i - 1])
        if self._l1 or self._l2:
            loss += add_penalty_gradients(self._params, self._weight_mask, self._l1, self._l2, bw.grad, bw.reg)
        if not math.isfinite(loss):
            raise locate_divergence(self._blocks, ws, step)
        return loss

    def penalty(self) -> float:
        """The regularisation part of the loss: ``l1·Σ|W| + (l2/2)·ΣW²`` over the weights (not the biases)."""
        return weight_penalty(self._W, self._l1, self._l2)

    def _train_step(self, ws: ForwardBuffers, step=None) -> float:
        """Forward + backward on buffers whose ``inputs[0]`` and ``y`` the caller filled; returns the loss.

        The gradient is left in ``ws.backward.grad`` (flat, valid until the next call with these buffers).
        Call it inside ``np.errstate(all="ignore")``: non-finite values are reported by DivergenceError.
        """
        self._run_forward(ws)
        return self._run_backward(ws, ws.backward, step)

    # ------------------------------------------------------------------------------------------- public
    def forward(self, X) -> Forward:
        """Forward pass keeping every layer's pre-activations and activations.

        Parameters
        ----------
        X : array_like, (n, n_inputs)

        Returns
        -------
        Forward
            Fresh arrays (safe to keep): ``z`` (n_layers entries) and ``a`` (n_layers + 1, ``a[0]`` = X).
        """
        X = self._check_inputs(X)
        ws = ForwardBuffers(self.layer_sizes, X.shape[0], self.dtype)
        ws.a[0][...] = X
        with np.errstate(all="ignore"):
            self._run_forward(ws)
        return Forward(z=list(ws.z), a=list(ws.a), _buffers=ws)

    def backward(self, trace: Forward, Y) -> Gradients:
        """Back-propagate from a :meth:`forward` result.

        Parameters
        ----------
        trace : Forward
            Result of ``forward(X)`` with the current parameters.
        Y : array_like, (n, outputs)
            Targets (one-hot for softmax).

        Returns
        -------
        Gradients
            Fresh arrays: loss, dW (fan_in, fan_out), db (fan_out,), deltas (n, units) per layer.

        Raises
        ------
        DivergenceError
            If the loss is NaN or infinite (``step`` is None).
        """
        ws = trace._buffers
        if ws is None:          # a hand-made Forward: recompute from its inputs
            ws = self.forward(trace.a[0])._buffers
        ws.y = np.asarray(self._check_targets(Y, ws.n), dtype=self.dtype)
        bw = BackwardBuffers(self.layer_sizes, ws.n, self.dtype, self._offsets)
        with np.errstate(all="ignore"):
            loss = self._run_backward(ws, bw)
        dW = [block[:-1] for block in bw.blocks]
        db = [block[-1] for block in bw.blocks]
        return Gradients(loss=loss, dW=dW, db=db, deltas=list(bw.delta))

    def loss_and_gradients(self, X, Y):
        """Loss and gradients of a batch (fast path on cached buffers, results copied out).

        Parameters
        ----------
        X : array_like, (n, n_inputs)
        Y : array_like, (n, outputs)

        Returns
        -------
        loss : float
            Data loss plus regularization.
        dW, db : list of ndarray
            Fresh per-layer gradients, (fan_in, fan_out) and (fan_out,), views of one new flat array (so
            :meth:`Optimizer.step` can use it without repacking).
        """
        X = self._check_inputs(X)
        Y = self._check_targets(Y, X.shape[0])
        ws = self._buffers(X.shape[0], backward=True)
        ws.a[0][...] = X
        ws.y[...] = Y
        with np.errstate(all="ignore"):
            loss = self._train_step(ws)
        return (loss, *self._split(ws.backward.grad.copy()))

    def _split(self, flat: np.ndarray):
        """Per-layer (dW, db) views of a flat array laid out like the parameters."""
        blocks = [flat[start:stop].reshape(fan_in + 1, fan_out) for start, stop, fan_in, fan_out
                  in zip(self._offsets, self._offsets[1:], self.layer_sizes, self.layer_sizes[1:])]
        return [block[:-1] for block in blocks], [block[-1] for block in blocks]

    def loss(self, X, Y) -> float:
        """Data loss plus regularization of (X (n, n_inputs), Y (n, outputs)); NaN/inf are returned as is."""
        X = self._check_inputs(X)
        Y = self._check_targets(Y, X.shape[0])
        ws = self._buffers(X.shape[0])
        ws.a[0][...] = X
        ws.y[...] = Y
        with np.errstate(all="ignore"):
            self._run_forward(ws)
            data_loss = self._loss.value(ws.z[-1], ws.a[-1], ws.y, self._acts[-1])
        return data_loss + self.penalty()

    def predict(self, X) -> np.ndarray:
        """Network outputs (n, outputs) for X (n, n_inputs): probabilities for sigmoid/softmax outputs.

        Large inputs (e.g. a 100×100 decision-boundary grid) run in chunks through cached buffers, so
        repeated calls allocate nothing but the returned array.
        """
        X = self._check_inputs(X)
        n = X.shape[0]
        out = np.empty((n, self.layer_sizes[-1]), dtype=self.dtype)
        chunk = max(256, _PREDICT_CHUNK_ELEMENTS // sum(self.layer_sizes))
        with np.errstate(all="ignore"):
            for start in range(0, n, chunk):
                rows = X[start:start + chunk]
                ws = self._buffers(rows.shape[0])
                ws.a[0][...] = rows
                self._run_forward(ws)
                out[start:start + rows.shape[0]] = ws.a[-1]
        return out
