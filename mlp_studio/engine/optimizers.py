"""Optimizers that update a network's flat parameter array in place, step for step like PyTorch.

* :class:`SGD` -- ``torch.optim.SGD`` (dampening 0): the momentum buffer starts as a copy of the first gradient,
  then ``buf = momentum·buf + g``; the update uses ``buf`` or, with Nesterov, ``g + momentum·buf``.
* :class:`RMSProp` -- ``torch.optim.RMSprop`` (not centered, no momentum) with ``alpha = rho``:
  ``s = rho·s + (1−rho)·g²``, ``p −= lr·g / (sqrt(s) + eps)`` (eps outside the square root).
* :class:`Adam` -- ``torch.optim.Adam`` with bias correction:
  ``m = β1·m + (1−β1)·g``, ``v = β2·v + (1−β2)·g²``,
  ``p −= (lr / (1−β1^t)) · m / (sqrt(v) / sqrt(1−β2^t) + eps)``.

L1/L2 penalties are part of the network's loss gradient (not decoupled weight decay).  Hyper-parameters are
plain attributes that may change between steps; out-of-range values raise :class:`HyperparameterError`.
State is bound to the first network stepped (arrays of its flat parameter size).

In float32, long runs can drive decaying state (Adam's moments, dead ReLU units) into subnormal numbers, which
makes every later step ~3× slower on x86; every ``FLUSH_EVERY`` steps values below ``FLUSH_BELOW`` are set to
zero.  They are far below anything that can change a parameter, so results are unaffected.
"""

from __future__ import annotations

import math

import numpy as np

from .errors import EngineError, HyperparameterError, UnknownNameError

FLUSH_EVERY = 16
FLUSH_BELOW = {np.dtype(np.float32): 1e-30, np.dtype(np.float64): 1e-290}


def _positive(name, value) -> float:
    value = float(value)
    if not (math.isfinite(value) and value > 0.0):
        raise HyperparameterError(f"{name} must be a finite number > 0, not {value}")
    return value


def _unit_interval(name, value) -> float:
    value = float(value)
    if not 0.0 <= value < 1.0:
        raise HyperparameterError(f"{name} must be in [0, 1), not {value}")
    return value


class Optimizer:
    """Base class: learning-rate validation, state binding, flat-gradient packing, state dicts."""

    name = ""
    _state_names: tuple[str, ...] = ()
    _hyper_names: tuple[str, ...] = ("learning_rate",)

    def __init__(self, learning_rate):
        self.learning_rate = learning_rate
        self.step_count = 0
        self._size = None
        for key in self._state_names:
            setattr(self, "_" + key, None)

    @property
    def learning_rate(self) -> float:
        """Step size (settable between steps; must be finite and > 0)."""
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value):
        self._learning_rate = _positive("learning_rate", value)

    def reset(self):
        """Forget all state (momentum buffers, moment estimates, step count)."""
        self.step_count = 0
        for key in self._state_names:
            setattr(self, "_" + key, None)

    def step(self, net, dW, db) -> None:
        """Update ``net.weights`` / ``net.biases`` in place from per-layer gradients.

        Parameters
        ----------
        net : Network
        dW : list of ndarray
            Per-layer (fan_in, fan_out) weight gradients.
        db : list of ndarray
            Per-layer (fan_out,) bias gradients.
        """
        with np.errstate(all="ignore"):
            self._update(net._params, _flat_gradient(net, dW, db))

    def _update(self, params: np.ndarray, grad: np.ndarray) -> None:
        """In-place update of the flat ``params`` from the flat ``grad`` (same layout).

        Call it inside ``np.errstate(all="ignore")`` (the trainer checks the loss for NaN/inf instead).
        """
        if self._size != params.size:
            self._bind(params)
        self.step_count += 1
        self._apply(params, grad)
        if self.step_count % FLUSH_EVERY == 0:
            self._flush(FLUSH_BELOW[params.dtype])

    def _bind(self, params):
        if self._size is not None and self.step_count:
            raise EngineError(f"this {type(self).__name__} already holds state for {self._size} parameters; "
                              f"use a new optimizer (or reset()) for a network with {params.size}")
        self._size = params.size
        self._tmp = np.empty_like(params)
        for key in self._state_names:
            value = getattr(self, "_" + key)
            if value is not None:     # loaded from a state dict
                if value.shape != params.shape:
                    raise EngineError(f"optimizer state {key!r} has shape {value.shape}, network needs "
                                      f"{params.shape}")
                setattr(self, "_" + key, np.array(value, dtype=params.dtype))

    def _flush(self, tiny: float) -> None:
        for key in self._state_names:
            state = getattr(self, "_" + key)
            if state is not None:
                np.copyto(state, 0.0, where=np.abs(state, out=self._tmp) < tiny)

    def _apply(self, params, grad) -> None:
        raise NotImplementedError

    def state_dict(self) -> dict:
        """Hyper-parameters, ``step_count`` and state arrays (copies) as a dict of str -> float/int/ndarray."""
        state = {name: getattr(self, name) for name in self._hyper_names}
        state["step_count"] = self.step_count
        for key in self._state_names:
            value = getattr(self, "_" + key)
            if value is not None:
                state[key] = value.copy()
        return state

    def load_state_dict(self, state: dict) -> None:
        """Restore what :meth:`state_dict` returned (arrays are copied; shapes checked at the next step)."""
        unknown = set(state) - set(self._hyper_names) - set(self._state_names) - {"step_count"}
        if unknown:
            raise EngineError(f"unknown {type(self).__name__} state entries: {', '.join(sorted(unknown))}")
        for name in self._hyper_names:
            if name in state:
                setattr(self, name, state[name])
        self.step_count = int(state.get("step_count", 0))
        self._size = None
        for key in self._state_names:
            value = state.get(key)
            setattr(self, "_" + key, None if value is None else np.array(value))

    def __repr__(self):
        hyper = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._hyper_names)
        return f"{type(self).__name__}({hyper})"


def _flat_gradient(net, dW, db) -> np.ndarray:
    """The gradient as one flat array in the network's layout (no copy if dW/db already are its views)."""
    base = dW[0].base if len(dW) else None
    if (base is not None and base.ndim == 1 and base.size == net.n_params and base.dtype == net.dtype
            and all(g.base is base for g in (*dW, *db))):
        view_w, view_b = net._split(base)
        if all(np.shares_memory(a, b) and a.__array_interface__ == b.__array_interface__
               for a, b in zip((*view_w, *view_b), (*dW, *db))):
            return base
    flat = np.empty_like(net._params)
    view_w, view_b = net._split(flat)
    for target, source in zip((*view_w, *view_b), (*dW, *db)):
        if np.shape(source) != target.shape:
            raise EngineError(f"gradient of shape {np.shape(source)} does not fit a parameter of shape "
                              f"{target.shape}")
        target[...] = source
    return flat


class SGD(Optimizer):
    """Stochastic gradient descent with optional (Nesterov) momentum, as ``torch.optim.SGD``.

    Parameters
    ----------
    learning_rate : float
    momentum : float
        In [0, 1); 0 disables the momentum buffer.
    nesterov : bool
        Nesterov momentum (needs momentum > 0).
    """

    name = "sgd"
    _state_names = ("momentum_buffer",)
    _hyper_names = ("learning_rate", "momentum", "nesterov")

    def __init__(self, learning_rate, momentum=0.0, nesterov=False):
        super().__init__(learning_rate)
        self.momentum = momentum
        self.nesterov = bool(nesterov)
        if self.nesterov and self.momentum == 0.0:
            raise HyperparameterError("Nesterov momentum needs a momentum > 0")

    @property
    def momentum(self) -> float:
        """Momentum factor in [0, 1)."""
        return self._momentum

    @momentum.setter
    def momentum(self, value):
        self._momentum = _unit_interval("momentum", value)

    def _apply(self, params, grad):
        tmp, lr, mu = self._tmp, self._learning_rate, self._momentum
        if mu == 0.0:
            np.multiply(grad, lr, out=tmp)
            params -= tmp
            return
        buf = self._momentum_buffer
        if buf is None:
            buf = self._momentum_buffer = grad.copy()   # torch: first buffer is the gradient itself
        else:
            buf *= mu
            buf += grad
        if self.nesterov:
            np.multiply(buf, mu, out=tmp)
            tmp += grad
            tmp *= lr
        else:
            np.multiply(buf, lr, out=tmp)
        params -= tmp


class RMSProp(Optimizer):
    """RMSProp as ``torch.optim.RMSprop(alpha=rho, eps=eps)`` (not centered, no momentum).

    Parameters
    ----------
    learning_rate : float
    rho : float
        Decay of the running average of squared gradients, in [0, 1).
    eps : float
        Added to the root mean square (outside the square root), > 0.
    """

    name = "rmsprop"
    _state_names = ("square_avg",)
    _hyper_names = ("learning_rate", "rho", "eps")

    def __init__(self, learning_rate, rho=0.9, eps=1e-8):
        super().__init__(learning_rate)
        self.rho = rho
        self.eps = eps

    rho = property(lambda self: self._rho,
                   lambda self, v: setattr(self, "_rho", _unit_interval("rho", v)), doc="Decay in [0, 1).")
    eps = property(lambda self: self._eps,
                   lambda self, v: setattr(self, "_eps", _positive("eps", v)), doc="Stabilizer, > 0.")

    def _apply(self, params, grad):
        tmp = self._tmp
        if self._square_avg is None:
            self._square_avg = np.zeros_like(params)
        avg = self._square_avg
        avg *= self._rho
        np.multiply(grad, grad, out=tmp)
        tmp *= 1.0 - self._rho
        avg += tmp
        np.sqrt(avg, out=tmp)
        tmp += self._eps
        np.divide(grad, tmp, out=tmp)
        tmp *= self._learning_rate
        params -= tmp


class Adam(Optimizer):
    """Adam as ``torch.optim.Adam`` (bias-corrected, not AMSGrad, no decoupled weight decay).

    Parameters
    ----------
    learning_rate : float
    beta1, beta2 : float
        Decay rates of the first and second moment estimates, in [0, 1).
    eps : float
        Added to the bias-corrected root of the second moment, > 0.
    """

    name = "adam"
    _state_names = ("exp_avg", "exp_avg_sq")
    _hyper_names = ("learning_rate", "beta1", "beta2", "eps")

    def __init__(self, learning_rate, beta1=0.9, beta2=0.999, eps=1e-8):
        super().__init__(learning_rate)
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps

    beta1 = property(lambda self: self._beta1,
                     lambda self, v: setattr(self, "_beta1", _unit_interval("beta1", v)), doc="In [0, 1).")
    beta2 = property(lambda self: self._beta2,
                     lambda self, v: setattr(self, "_beta2", _unit_interval("beta2", v)), doc="In [0, 1).")
    eps = property(lambda self: self._eps,
                   lambda self, v: setattr(self, "_eps", _positive("eps", v)), doc="Stabilizer, > 0.")

    def _apply(self, params, grad):
        tmp, t = self._tmp, self.step_count
        if self._exp_avg is None:
            self._exp_avg, self._exp_avg_sq = np.zeros_like(params), np.zeros_like(params)
        m, v, b1, b2 = self._exp_avg, self._exp_avg_sq, self._beta1, self._beta2
        m *= b1
        np.multiply(grad, 1.0 - b1, out=tmp)
        m += tmp
        v *= b2
        np.multiply(grad, grad, out=tmp)
        tmp *= 1.0 - b2
        v += tmp
        step_size = self._learning_rate / (1.0 - b1 ** t)
        np.sqrt(v, out=tmp)
        tmp /= math.sqrt(1.0 - b2 ** t)
        tmp += self._eps
        np.divide(m, tmp, out=tmp)
        tmp *= step_size
        params -= tmp


OPTIMIZERS = {cls.name: cls for cls in (SGD, RMSProp, Adam)}
OPTIMIZER_NAMES = tuple(OPTIMIZERS)
_ALL_HYPER = {name for cls in OPTIMIZERS.values() for name in cls._hyper_names} - {"learning_rate"}


def make_optimizer(name: str, learning_rate, **params) -> Optimizer:
    """Build an optimizer by name (``"sgd"``, ``"rmsprop"``, ``"adam"``).

    Hyper-parameters that belong to another optimizer (e.g. ``beta1`` for ``"sgd"``) are ignored, so a caller
    can pass one full set of training settings; a name no optimizer knows raises :class:`EngineError`.
    """
    cls = OPTIMIZERS.get(name) if isinstance(name, str) else None
    if cls is None:
        raise UnknownNameError("optimizer", name, OPTIMIZER_NAMES)
    unknown = set(params) - _ALL_HYPER
    if unknown:
        raise EngineError(f"unknown optimizer parameter(s) {', '.join(sorted(unknown))}; "
                          f"valid: {', '.join(sorted(_ALL_HYPER))}")
    mine = {key: value for key, value in params.items() if key in cls._hyper_names}
    return cls(learning_rate, **mine)
