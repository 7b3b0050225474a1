"""Helpers for the controller tests: real experiments and a session factory that records what it built."""

from __future__ import annotations

import threading
from pathlib import Path

from mlp_studio.files.experiment import load_experiment, parse_experiment
from mlp_studio.model.session import Session

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class Factory:
    """A session factory that remembers what it built and on which thread (it runs on the worker's)."""

    def __init__(self, spec, fail: BaseException | None = None):
        self.spec = spec
        self.fail = fail
        self.sessions: list[Session] = []
        self.thread_ids: list[int] = []

    def __call__(self) -> Session:
        self.thread_ids.append(threading.get_native_id())
        if self.fail is not None:
            raise self.fail
        session = Session.from_spec(self.spec, EXAMPLES)
        self.sessions.append(session)
        return session

    @property
    def session(self) -> Session:
        return self.sessions[-1]


def xor_spec(**training):
    """The shipped XOR example (4 tanh units, sigmoid output), with training settings overridden."""
    spec = load_experiment(EXAMPLES / "xor.json")
    return spec.with_training(**training) if training else spec


def diverging_spec():
    """Linear layers, mse and a huge learning rate: the loss overflows within a few steps."""
    return parse_experiment({
        "format": "mlp-studio", "version": 1, "name": "diverges",
        "dataset": {"name": "plane", "samples": 200, "noise": 0.05, "test_fraction": 0.25, "seed": 4},
        "network": {"layers": [{"units": 8, "activation": "linear"}, {"units": 1, "activation": "linear"}],
                    "loss": "mse", "init": "xavier_uniform", "seed": 0},
        "training": {"optimizer": "sgd", "learning_rate": 1000.0, "batch_size": 16, "epochs": 100},
    })
