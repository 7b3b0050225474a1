"""The implementations benchmarks/engine.py races, each behind the same tiny interface.

A peer is built for one :class:`Workload` and exposes ``run(units) -> steps`` (train that many units, return
how many optimizer steps that was) and ``unit`` (a human word for one unit).  Every peer does the same work
per step: forward, loss, backward and a parameter update on one mini-batch of float32 data, with a fresh
shuffle of the training set at every epoch boundary (full batch: no shuffle, order does not matter).

Only :class:`Ours` uses MLP Studio; :class:`Torch` and :class:`Sklearn` import their libraries lazily so that
``--workloads`` and ``--help`` work without them.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np

from mlp_studio.engine import SGD, Adam, Network, Trainer


@dataclass(frozen=True)
class Workload:
    """One benchmark case: architecture, data, batch size, optimizer and the target ratio ours / torch."""

    key: str
    sizes: tuple
    activations: tuple
    loss: str
    batch_size: int            # 0 = full batch
    optimizer: str             # "sgd" or "adam"
    learning_rate: float
    target: float | None       # required ours/torch ratio; None = reported only
    data: tuple = None         # (X, Y) float32, Y one-hot or 0/1 column; filled in by engine.py

    @property
    def n(self) -> int:
        return self.data[0].shape[0]

    @property
    def effective_batch(self) -> int:
        return self.n if self.batch_size == 0 or self.batch_size >= self.n else self.batch_size

    @property
    def batches_per_epoch(self) -> int:
        return -(-self.n // self.effective_batch)


# ---------------------------------------------------------------------------------------------------- ours
class Ours:
    """MLP Studio through its public API: ``Trainer.step()`` in a loop (what the GUI worker does)."""

    name = "ours"
    unit = "step"

    def __init__(self, wl: Workload, seed: int = 0):
        X, Y = wl.data
        self.net = Network(wl.sizes, wl.activations, wl.loss, seed=seed, dtype="float32")
        opt = SGD(wl.learning_rate) if wl.optimizer == "sgd" else Adam(wl.learning_rate)
        self.trainer = Trainer(self.net, opt, X, Y, batch_size=wl.batch_size, seed=seed)

    def run(self, units: int) -> int:
        step = self.trainer.step
        for _ in range(units):
            step()
        return units


# ------------------------------------------------------------------------------------------------ textbook
def _xavier(rng, fan_in, fan_out):
    limit = math.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=(fan_in, fan_out)).astype(np.float32)


_TEXTBOOK_ACTS = {      # name -> (f(z), f'(z) written with the activation a = f(z) where that is cheaper)
    "tanh": (np.tanh, lambda z, a: 1.0 - a * a),
    "relu": (lambda z: np.maximum(z, 0.0), lambda z, a: (z > 0).astype(np.float32)),
}


class Textbook:
    """The tutorial's NumPy loop, corrected: separate bias, ``@``, fresh arrays every step.

    It is honest code a student would write (no deliberate slowness), not tuned code: it indexes each
    mini-batch with fancy indexing, allocates every intermediate, and sums the bias gradient per step.
    SGD only (the tutorial has no Adam).
    """

    name = "textbook"
    unit = "step"

    def __init__(self, wl: Workload, seed: int = 0):
        rng = np.random.default_rng(seed)
        self.W = [_xavier(rng, a, b) for a, b in zip(wl.sizes, wl.sizes[1:])]
        self.b = [np.zeros(b, dtype=np.float32) for b in wl.sizes[1:]]
        self.acts = [_TEXTBOOK_ACTS[name] for name in wl.activations[:-1]]
        self.softmax = wl.activations[-1] == "softmax"
        self.X, self.Y = wl.data
        self.batch, self.lr, self.rng = wl.effective_batch, np.float32(wl.learning_rate), rng
        self.order, self.cursor = None, wl.n

    def _next_batch(self):
        n = self.X.shape[0]
        if self.cursor >= n:
            self.order = self.rng.permutation(n) if self.batch < n else np.arange(n)
            self.cursor = 0
        idx = self.order[self.cursor:self.cursor + self.batch]
        self.cursor += self.batch
        return self.X[idx], self.Y[idx]

    def _output(self, z):
        if self.softmax:
            e = np.exp(z - z.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)
        return 1.0 / (1.0 + np.exp(-z))

    def _step(self):
        x, y = self._next_batch()
        zs, activations = [], [x]
        for i, (W, b) in enumerate(zip(self.W, self.b)):
            z = activations[-1] @ W + b
            zs.append(z)
            activations.append(self.acts[i][0](z) if i < len(self.acts) else self._output(z))
        p = np.clip(activations[-1], 1e-7, 1 - 1e-7)
        loss = -np.mean(np.sum(y * np.log(p) + (0 if self.softmax else (1 - y) * np.log(1 - p)), axis=1))
        delta = (activations[-1] - y) / x.shape[0]       # sigmoid+BCE and softmax+CE share this delta
        for i in range(len(self.W) - 1, -1, -1):
            dW, db = activations[i].T @ delta, delta.sum(axis=0)
            if i:      # propagate with the weights *before* this step's update
                delta = (delta @ self.W[i].T) * self.acts[i - 1][1](zs[i - 1], activations[i])
            self.W[i] -= self.lr * dW
            self.b[i] -= self.lr * db
        return loss

    def run(self, units: int) -> int:
        for _ in range(units):
            self._step()
        return units


# --------------------------------------------------------------------------------------------------- torch
def torch_model(sizes, activations):
    """``nn.Sequential`` of Linear + activation; the output layer stays linear (the loss takes logits)."""
    import torch.nn as nn
    layers = []
    for i, (fan_in, fan_out) in enumerate(zip(sizes, sizes[1:])):
        layers.append(nn.Linear(fan_in, fan_out))
        if i < len(sizes) - 2:
            layers.append({"tanh": nn.Tanh, "relu": nn.ReLU}[activations[i]]())
    return nn.Sequential(*layers)


def torch_loss(loss_name):
    """The idiomatic (logit-based, numerically stable) PyTorch loss matching ours."""
    import torch.nn as nn
    return nn.BCEWithLogitsLoss() if loss_name == "binary_crossentropy" else nn.CrossEntropyLoss()


class Torch:
    """PyTorch CPU eager: ``zero_grad(); loss.backward(); step()``, 2 threads, one gather per epoch."""

    name = "torch"
    unit = "step"

    def __init__(self, wl: Workload, seed: int = 0):
        import torch
        torch.set_num_threads(2)
        torch.manual_seed(seed)
        self.torch = torch
        self.model = torch_model(wl.sizes, wl.activations)
        self.criterion = torch_loss(wl.loss)
        X, Y = wl.data
        self.X = torch.from_numpy(X.copy())       # a copy: the shipped data sets are read-only arrays
        # CrossEntropyLoss wants class indices; BCEWithLogitsLoss wants the 0/1 column as float.
        self.Y = torch.from_numpy(Y.argmax(axis=1) if wl.loss != "binary_crossentropy" else Y.copy())
        cls = torch.optim.SGD if wl.optimizer == "sgd" else torch.optim.Adam
        self.opt = cls(self.model.parameters(), lr=wl.learning_rate)
        self.batch, self.n, self.cursor = wl.effective_batch, X.shape[0], X.shape[0]

    def _next_batch(self):
        if self.cursor >= self.n:
            if self.batch < self.n:       # same strategy as ours: one shuffled copy per epoch, then slices
                perm = self.torch.randperm(self.n)
                self.Xe, self.Ye = self.X[perm], self.Y[perm]
            else:
                self.Xe, self.Ye = self.X, self.Y
            self.cursor = 0
        rows = slice(self.cursor, self.cursor + self.batch)
        self.cursor += self.batch
        return self.Xe[rows], self.Ye[rows]

    def run(self, units: int) -> int:
        model, criterion, opt = self.model, self.criterion, self.opt
        for _ in range(units):
            x, y = self._next_batch()
            opt.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            opt.step()
        return units


# ------------------------------------------------------------------------------------------------- sklearn
class Sklearn:
    """scikit-learn ``MLPClassifier`` trained with ``fit(max_iter=k)`` and ``warm_start=True``.

    One unit is one epoch (``fit`` cannot stop mid-epoch), i.e. ``batches_per_epoch`` steps.  We use ``fit``
    rather than ``partial_fit`` per batch because ``partial_fit`` re-validates its input and labels on every
    call (1.5–2 ms), which measures the API rather than the training.  ``fit`` always warns that it stopped
    at ``max_iter`` (ConvergenceWarning); that noise is silenced here.  Its hidden layers share one activation
    and its output is logistic (binary) or softmax (multiclass), which matches every workload.
    """

    name = "sklearn"
    unit = "epoch"

    def __init__(self, wl: Workload, seed: int = 0):
        from sklearn.neural_network import MLPClassifier
        X, Y = wl.data
        self.X = X
        self.y = Y.argmax(axis=1) if Y.shape[1] > 1 else Y[:, 0].astype(np.int64)
        self.steps_per_epoch = wl.batches_per_epoch
        self.model = MLPClassifier(
            hidden_layer_sizes=wl.sizes[1:-1], activation=wl.activations[0], solver=wl.optimizer,
            alpha=0.0, batch_size=wl.effective_batch, learning_rate_init=wl.learning_rate, momentum=0.0,
            nesterovs_momentum=False, shuffle=wl.batch_size != 0, random_state=seed, warm_start=True,
            tol=0.0, n_iter_no_change=10 ** 9, max_iter=1)

    def run(self, units: int) -> int:
        from sklearn.exceptions import ConvergenceWarning
        self.model.max_iter = units
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            self.model.fit(self.X, self.y)
        return units * self.steps_per_epoch


PEERS = {cls.name: cls for cls in (Ours, Textbook, Torch, Sklearn)}
