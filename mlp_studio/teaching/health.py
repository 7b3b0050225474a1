"""Neuron health: what the neurons' inputs and outputs look like over the data, and how gradients flow.

- :func:`layer_statistics`: per dense layer, histograms of the pre-activations z and activations a with fixed,
  activation-appropriate bin edges (so a view can animate them without the axes jumping), mean/std, and
  per-neuron indicators: saturation for sigmoid/tanh, zero share and "dead" flags for ReLU.
- :class:`GradientNormHistory`: per-layer ‖∂L/∂W‖ over training steps in bounded memory, so vanishing
  (first layers ≪ last) and exploding gradients show as diverging lines on a log axis.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlp_studio.model.snapshot import gradient_norms, read_only, subsample_indices

__all__ = ["LayerStatistics", "layer_statistics", "GradientNormHistory", "GradientNormView", "gradient_norms",
           "Z_RANGE", "A_RANGES", "SATURATION", "SATURATED_SHARE"]

#: Histogram range of the pre-activations z for every layer; values beyond it are counted in the end bins.
Z_RANGE = (-6.0, 6.0)
#: Histogram range of the activations a per activation function (end bins are open-ended, too).
A_RANGES = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0), "softmax": (0.0, 1.0), "relu": (0.0, 6.0),
            "leaky_relu": (-1.0, 6.0), "linear": (-6.0, 6.0)}
#: Saturation thresholds: sigmoid a < 0.02 or a > 0.98 (slope < 0.02); tanh |a| > 0.98 (slope < 0.04).
SATURATION = {"sigmoid": 0.02, "tanh": 0.98}
#: A neuron counts as saturated (for a red mark on the canvas) when at least this share of samples saturate it.
SATURATED_SHARE = 0.5


@dataclass(frozen=True)
class LayerStatistics:
    """Health of one dense layer over a data set; arrays are read-only.

    Attributes
    ----------
    layer : int
        0-based index into ``net.weights``.
    activation : str
    n_samples : int
        Rows the statistics were computed on.
    z_counts, a_counts : numpy.ndarray
        ``(bins,)`` int64 histograms of every neuron's z and a pooled; each sums to ``n_samples × units``
        (values beyond the edges fall into the first/last bin; non-finite values are not counted).
    z_edges, a_edges : numpy.ndarray
        ``(bins + 1,)`` float64 fixed edges (:data:`Z_RANGE`, :data:`A_RANGES`).
    z_mean, z_std, a_mean, a_std : float
        Over all samples and neurons of the layer.
    neuron_z_mean, neuron_a_mean : numpy.ndarray
        ``(units,)`` per-neuron means.
    saturation : numpy.ndarray or None
        ``(units,)`` share of samples where the neuron saturates (sigmoid and tanh only).
    zero_fraction : numpy.ndarray or None
        ``(units,)`` share of samples where a == 0 (relu only).
    dead : numpy.ndarray or None
        ``(units,)`` bool: a == 0 for every sample, so the neuron gets no gradient at all (relu only).
    """

    layer: int
    activation: str
    n_samples: int
    z_counts: np.ndarray
    z_edges: np.ndarray
    a_counts: np.ndarray
    a_edges: np.ndarray
    z_mean: float
    z_std: float
    a_mean: float
    a_std: float
    neuron_z_mean: np.ndarray
    neuron_a_mean: np.ndarray
    saturation: np.ndarray | None = None
    zero_fraction: np.ndarray | None = None
    dead: np.ndarray | None = None

    @property
    def saturated(self) -> np.ndarray | None:
        """``(units,)`` bool: saturated on at least :data:`SATURATED_SHARE` of the samples (None if n/a)."""
        return None if self.saturation is None else self.saturation >= SATURATED_SHARE


def _histogram(values: np.ndarray, value_range: tuple[float, float], bins: int) -> tuple[np.ndarray, np.ndarray]:
    """Counts and edges over ``value_range`` with open-ended end bins (clipped values stay counted)."""
    finite = values[np.isfinite(values)]
    low, high = value_range
    counts, edges = np.histogram(np.clip(finite, low, high), bins=bins, range=(low, high))
    return read_only(counts, np.int64), read_only(edges, np.float64)


def saturation_share(a: np.ndarray, activation: str) -> np.ndarray | None:
    """Per-neuron share of samples in the flat tails of sigmoid or tanh; None for other activations.

    Parameters
    ----------
    a : numpy.ndarray
        ``(n, units)`` activations.
    """
    if activation == "sigmoid":
        low = SATURATION["sigmoid"]
        return ((a < low) | (a > 1.0 - low)).mean(axis=0)
    if activation == "tanh":
        return (np.abs(a) > SATURATION["tanh"]).mean(axis=0)
    return None


def _layer(layer: int, activation: str, z: np.ndarray, a: np.ndarray, bins: int,
           z_range: tuple[float, float], a_range: tuple[float, float] | None) -> LayerStatistics:
    z, a = np.asarray(z, dtype=np.float64), np.asarray(a, dtype=np.float64)
    z_counts, z_edges = _histogram(z.ravel(), z_range, bins)
    a_counts, a_edges = _histogram(a.ravel(), a_range or A_RANGES.get(activation, Z_RANGE), bins)
    saturation = saturation_share(a, activation)
    zero = (a == 0.0).mean(axis=0) if activation == "relu" else None
    return LayerStatistics(
        layer, activation, z.shape[0], z_counts, z_edges, a_counts, a_edges,
        float(z.mean()), float(z.std()), float(a.mean()), float(a.std()),
        read_only(z.mean(axis=0)), read_only(a.mean(axis=0)),
        saturation=None if saturation is None else read_only(saturation),
        zero_fraction=None if zero is None else read_only(zero),
        dead=None if zero is None else read_only(zero == 1.0))


def layer_statistics(network, X, bins: int = 30, limit: int | None = None,
                     z_range: tuple[float, float] = Z_RANGE,
                     a_range: tuple[float, float] | None = None) -> tuple[LayerStatistics, ...]:
    """Histograms and health indicators of every dense layer (hidden and output) over ``X``.

    Parameters
    ----------
    network : Network
        Only read (one forward pass).
    X : array_like, (n, n_inputs)
        n ≥ 1 rows.
    bins : int
        Bins per histogram.
    limit : int, optional
        Use at most this many evenly spaced rows (deterministic); all rows by default.
    z_range, a_range : tuple of float, optional
        Override the fixed histogram ranges (a_range applies to every layer).

    Returns
    -------
    tuple of LayerStatistics
        One per dense layer, first layer first.
    """
    X = np.asarray(X)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError(f"X must be a non-empty (n, n_inputs) array, got shape {X.shape}")
    if limit is not None:
        X = X[subsample_indices(len(X), limit)]
    trace = network.forward(X)
    return tuple(_layer(layer, name, trace.z[layer], trace.a[layer + 1], bins, z_range, a_range)
                 for layer, name in enumerate(network.activations))


@dataclass(frozen=True)
class GradientNormView:
    """Read-only history: ``steps`` (k,) int64 and ``norms`` (k, n_layers) float64, oldest first."""

    steps: np.ndarray
    norms: np.ndarray

    def __len__(self) -> int:
        return len(self.steps)

    def ratio(self) -> np.ndarray:
        """``(k,)`` first-layer norm / last-layer norm: ≪ 1 means vanishing, ≫ 1 exploding gradients."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return self.norms[:, 0] / self.norms[:, -1]


class GradientNormHistory:
    """Per-layer gradient norms over training steps, in at most ``capacity`` rows of memory.

    Thinning policy (uniform in time): points are kept every ``stride`` appends; when the buffer is full every
    other kept point is dropped and ``stride`` doubles. So the whole run stays covered evenly however long it
    is, and the most recent append is always shown (as a provisional last point, replaced by the next
    append unless it falls on the stride).

    Parameters
    ----------
    capacity : int
        Maximum number of stored points (≥ 4).
    """

    def __init__(self, capacity: int = 512):
        if capacity < 4:
            raise ValueError("capacity must be at least 4")
        self.capacity = int(capacity)
        self.clear()

    def clear(self) -> None:
        """Forget everything (e.g. after a reset or an architecture change)."""
        self._steps = np.zeros(self.capacity, dtype=np.int64)
        self._index = np.zeros(self.capacity, dtype=np.int64)   # append counter of each stored point
        self._norms: np.ndarray | None = None
        self._size = self._count = 0
        self._stride = 1
        self._provisional = False

    def __len__(self) -> int:
        return self._size

    @property
    def stride(self) -> int:
        """Appends between kept points (1, 2, 4, ...)."""
        return self._stride

    def append(self, step: int, norms) -> None:
        """Record the per-layer norms ``(n_layers,)`` after training step ``step``."""
        norms = np.asarray(norms, dtype=np.float64).ravel()
        if self._norms is None:
            self._norms = np.zeros((self.capacity, norms.size))
        elif norms.size != self._norms.shape[1]:
            raise ValueError(f"expected {self._norms.shape[1]} layer norms, got {norms.size}; clear() first")
        if not self._provisional:
            if self._size == self.capacity:
                self._thin()
            self._size += 1
        slot = self._size - 1
        self._steps[slot], self._index[slot], self._norms[slot] = step, self._count, norms
        self._provisional = self._count % self._stride != 0
        self._count += 1

    def _thin(self) -> None:
        self._stride *= 2
        keep = np.flatnonzero(self._index[: self._size] % self._stride == 0)
        k = keep.size
        self._steps[:k], self._index[:k] = self._steps[keep], self._index[keep]
        self._norms[:k] = self._norms[keep]
        self._size = k

    def view(self) -> GradientNormView:
        """A read-only copy of the stored points."""
        width = 0 if self._norms is None else self._norms.shape[1]
        norms = np.zeros((0, width)) if self._norms is None else self._norms[: self._size]
        return GradientNormView(read_only(self._steps[: self._size]), read_only(norms))
