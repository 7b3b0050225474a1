"""Loss functions, computed stably from the output layer's pre-activations where possible.

Conventions (``docs/architecture.md``, ``project-format.md``):

* ``mse``: mean over samples **and** outputs of (ŷ − y)²;
* ``binary_crossentropy``: −[y log ŷ + (1−y) log(1−ŷ)] summed over outputs, mean over samples;
* ``categorical_crossentropy``: −Σ y log ŷ summed over outputs, mean over samples (Y one-hot).

When the output activation is sigmoid (BCE) or softmax (CCE) the loss is computed from the logits ``z``
(softplus / log-softmax form), which is exact for any finite ``z``, and the output delta dL/dz is the simple
(ŷ − y)/n.  With any other output activation the cross-entropies fall back to probabilities clipped to
[``PROB_EPS``, 1 − ``PROB_EPS``] (the clipped region has zero gradient, consistent with the value).

Each :class:`Loss` offers ``value(z, a, y, activation)`` -> float and
``delta(z, a, y, activation, out, scratch)`` which writes dL/dz into ``out``.  Shapes: ``z``, ``a``, ``y``,
``out`` and ``scratch`` are all (n, outputs); n must be at least 1.  Regularization is added by the network.
"""

from __future__ import annotations

import numpy as np

from .activations import Activation
from .errors import UnknownNameError

PROB_EPS = 1e-7


def _inner(u, v) -> float:
    """Σ u·v over all elements, without the copy ``np.vdot`` makes of feature-major (Fortran-order) arrays."""
    if u.flags.f_contiguous and v.flags.f_contiguous:
        u, v = u.T, v.T
    return float(np.vdot(u, v))


class Loss:
    """Base class: a named loss with ``value`` and ``delta``."""

    name = ""

    def value(self, z, a, y, activation: Activation, scratch=None, stats=None) -> float:
        """Mean loss of a batch (without regularization). ``scratch`` is optional (n, outputs) workspace;
        ``stats`` the (row max, row Σ exp) pair a softmax output stored during the forward pass, if any."""
        raise NotImplementedError

    def delta(self, z, a, y, activation: Activation, out, scratch) -> None:
        """Write dL/dz of the output layer (n, outputs) into ``out``; ``scratch`` may be overwritten."""
        raise NotImplementedError

    def __repr__(self):
        return f"<loss {self.name}>"


class MeanSquaredError(Loss):
    name = "mse"

    def value(self, z, a, y, activation, scratch=None, stats=None):
        diff = np.subtract(a, y, out=scratch)
        return _inner(diff, diff) / diff.size

    def delta(self, z, a, y, activation, out, scratch):
        np.subtract(a, y, out=out)
        out *= 2.0 / out.size
        activation.backprop(z, a, out, scratch)


def _clipped(a, scratch=None):
    return np.clip(a, PROB_EPS, 1.0 - PROB_EPS, out=scratch)


def _inside_clip(a, p):
    # Where ŷ was clipped the loss is flat, so its gradient is zero there.
    return a == p


class BinaryCrossEntropy(Loss):
    name = "binary_crossentropy"

    def value(self, z, a, y, activation, scratch=None, stats=None):
        n = z.shape[0]
        if activation.name == "sigmoid":
            # -[y log σ(z) + (1-y) log(1-σ(z))] = softplus(z) - y z
            sp = np.logaddexp(0.0, z, out=scratch)
            return (float(sp.sum()) - _inner(y, z)) / n
        p = _clipped(a, scratch)
        return -float(np.sum(y * np.log(p) + (1.0 - y) * np.log1p(-p))) / n

    def delta(self, z, a, y, activation, out, scratch):
        n = z.shape[0]
        if activation.name == "sigmoid":
            np.subtract(a, y, out=out)
            out *= 1.0 / n
            return
        p = _clipped(a, scratch)
        np.copyto(out, ((p - y) / (p * (1.0 - p)) / n) * _inside_clip(a, p))
        activation.backprop(z, a, out, scratch)


class CategoricalCrossEntropy(Loss):
    name = "categorical_crossentropy"

    def value(self, z, a, y, activation, scratch=None, stats=None):
        n = z.shape[0]
        if activation.name == "softmax":
            # log softmax(z) = z - (m + log Σ exp(z - m)), with m the row maximum (no overflow, no log 0).
            if stats is None:
                m = z.max(axis=1, keepdims=True)
                log_norm = np.log(np.exp(z - m).sum(axis=1, keepdims=True))
            else:          # row maximum and Σ exp(z - m) left by the forward pass's softmax
                m, total = stats
                log_norm = np.log(total)
            log_norm += m
            shifted = np.subtract(z, log_norm, out=scratch)
            return -_inner(y, shifted) / n
        p = _clipped(a, scratch)
        return -float(np.sum(y * np.log(p))) / n

    def delta(self, z, a, y, activation, out, scratch):
        n = z.shape[0]
        if activation.name == "softmax":
            # Exact for targets whose rows sum to 1 (one-hot or label-smoothed).
            np.subtract(a, y, out=out)
            out *= 1.0 / n
            return
        p = _clipped(a, scratch)
        np.copyto(out, (-y / p / n) * _inside_clip(a, p))
        activation.backprop(z, a, out, scratch)


LOSSES: dict[str, Loss] = {loss.name: loss for loss in (
    MeanSquaredError(), BinaryCrossEntropy(), CategoricalCrossEntropy())}


def get_loss(name: str) -> Loss:
    """Look up a loss by name; raises :class:`UnknownNameError` listing the valid names."""
    loss = LOSSES.get(name) if isinstance(name, str) else None
    if loss is None:
        raise UnknownNameError("loss", name, LOSSES)
    return loss
