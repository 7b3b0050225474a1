"""Preallocated buffers for one batch size, shared by the network's forward and backward kernels.

Kept separate from :mod:`network` so the kernels there read as plain forward/backward passes.  The bias is
fused into the matrix multiply: every layer's input buffer carries a trailing column of ones, so
``z = [a, 1] @ [W; b]`` is a single GEMM and ``[dW; db] = [a, 1].T @ delta`` is another.

Layout: every (n, units) buffer is stored feature-major, i.e. it is the transposed view ``.T`` of a
C-contiguous (units, n) array (Fortran order).  Then the ones "column" is a last *row* in memory and an
activation ``a`` = all rows but the last is one contiguous block: element-wise kernels run as one flat loop
instead of n short strided ones (1.5–2× faster on small batches), per-sample reductions such as softmax's
row maximum run across whole rows, and the kernels themselves still see ordinary (n, units) arrays.  The
matrix products are written on the (units, n) arrays (``.T``), whose ``out=`` must be C-contiguous.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .errors import DivergenceError


def feature_major(n: int, width: int, dtype) -> np.ndarray:
    """An uninitialised (n, width) array stored as the transpose of a C-contiguous (width, n) array."""
    return np.empty((width, n), dtype=dtype).T


def _with_ones_column(n: int, width: int, dtype) -> np.ndarray:
    buf = feature_major(n, width + 1, dtype)
    buf[:, width] = 1.0
    return buf


class ForwardBuffers:
    """Inputs, pre-activations and activations for ``n`` samples.

    Attributes
    ----------
    inputs : list of ndarray
        ``inputs[i]`` is layer i's input with a ones column, (n, fan_in_i + 1); ``inputs[0]`` holds X.
        Feature-major; the trainer replaces ``inputs[0]`` by a row block of its shuffled training set (any
        layout a matrix product reads in place will do: it is never the target of element-wise kernels).
    z : list of ndarray
        Pre-activations per layer, (n, units_i), feature-major.
    a : list of ndarray
        ``a[0]`` is X (n, n_inputs); ``a[i]`` (i ≥ 1) is layer i's activation, a (contiguous) view into
        ``inputs[i]`` for hidden layers and a feature-major (n, outputs) array for the output layer.
    y : ndarray
        (n, outputs) targets for the batch, feature-major.
    softmax_stats : tuple of ndarray
        Two (n, 1) buffers: each row's maximum and Σ exp(z − max), written by a softmax output layer.
    """

    def __init__(self, sizes, n: int, dtype):
        self.n = n
        self.inputs = [_with_ones_column(n, width, dtype) for width in sizes[:-1]]
        self.z = [feature_major(n, width, dtype) for width in sizes[1:]]
        hidden = [buf[:, :width] for buf, width in zip(self.inputs[1:], sizes[1:-1])]
        self.a = [self.inputs[0][:, :sizes[0]], *hidden, feature_major(n, sizes[-1], dtype)]
        self.y = self.y_buffer = feature_major(n, sizes[-1], dtype)    # y may be re-pointed; y_buffer is ours
        # Row maximum and row Σ exp(z - max) of a softmax output, reused by the cross-entropy (see losses).
        self.softmax_stats = (np.empty((n, 1), dtype=dtype), np.empty((n, 1), dtype=dtype))
        self.backward: BackwardBuffers | None = None


class BackwardBuffers:
    """Deltas, scratch space and the flat gradient (same layout as the network's flat parameters).

    Attributes
    ----------
    delta : list of ndarray
        dL/dz per layer, (n, units_i), feature-major.
    scratch : list of ndarray
        Same shapes and layout as ``delta``; overwritten freely by activation and loss kernels.
    grad : ndarray
        (n_params,) flat gradient; ``blocks[i]`` is its (fan_in_i + 1, units_i) view ``[dW_i; db_i]``.
    reg : ndarray
        (n_params,) scratch for the regularization terms.
    """

    def __init__(self, sizes, n: int, dtype, offsets):
        self.delta = [feature_major(n, width, dtype) for width in sizes[1:]]
        self.scratch = [feature_major(n, width, dtype) for width in sizes[1:]]
        self.grad = np.zeros(offsets[-1], dtype=dtype)
        self.reg = np.empty_like(self.grad)
        self.blocks = [self.grad[start:stop].reshape(fan_in + 1, fan_out)
                       for start, stop, fan_in, fan_out in zip(offsets, offsets[1:], sizes, sizes[1:])]


def locate_divergence(blocks, ws: ForwardBuffers, step) -> DivergenceError:
    """Only called once the loss is non-finite: find the first layer and quantity to blame.

    Parameters
    ----------
    blocks : list of ndarray
        Per-layer ``[W; b]`` parameter blocks, (fan_in + 1, fan_out).
    ws : ForwardBuffers
        The buffers of the failed pass.
    step : int or None
        Reported in the error.
    """
    if not np.isfinite(ws.a[0]).all():
        return DivergenceError(step, 0, "inputs")
    for i, block in enumerate(blocks):
        for quantity, values in (("weights", block), ("pre-activations", ws.z[i]), ("activations", ws.a[i + 1])):
            if not np.isfinite(values).all():
                return DivergenceError(step, i + 1, quantity)
    return DivergenceError(step, len(blocks), "loss")


@dataclass(frozen=True, eq=False)
class Forward:
    """Everything a forward pass computed.

    Attributes
    ----------
    z : list of ndarray
        ``z[i]`` (n, units of layer i+1): pre-activations of each dense layer (``n_layers`` entries).
    a : list of ndarray
        ``a[0]`` is the input X cast to the network dtype (n, n_inputs); ``a[i]`` (n, units of layer i) the
        activation of layer i (``n_layers + 1`` entries; ``a[-1]`` is the prediction).
    """

    z: list
    a: list
    _buffers: "ForwardBuffers | None" = field(default=None, repr=False)


@dataclass(frozen=True, eq=False)
class Gradients:
    """Result of a backward pass.

    Attributes
    ----------
    loss : float
        Data loss plus regularization.
    dW : list of ndarray
        dL/dW per layer, (fan_in, fan_out).
    db : list of ndarray
        dL/db per layer, (fan_out,).
    deltas : list of ndarray
        dL/dz per layer, (n, fan_out).
    """

    loss: float
    dW: list
    db: list
    deltas: list


