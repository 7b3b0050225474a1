"""Teaching-view tests reuse the GUI fixtures (a main window whose training thread always stops) and add helpers
to load small designs and to wait for the run's exact paused state."""

from __future__ import annotations

import pytest

from mlp_studio.files.experiment import load_experiment
from mlp_studio.model.spec import LayerSpec
from mlp_studio.ui.document import examples_dir
from tests.ui.conftest import settings, window  # noqa: F401 (fixtures)


def xor_spec(hidden=((3, "tanh"),), output="sigmoid", samples=200, **training):
    """The XOR example with the given hidden layers (a 2-3-1 tanh network by default)."""
    spec = load_experiment(examples_dir() / "xor.json")
    layers = tuple(LayerSpec(units, act) for units, act in hidden) + (LayerSpec(1, output),)
    spec = spec.with_network(layers=layers).with_dataset(samples=samples)
    return spec.with_training(**training) if training else spec


def fresh(window) -> bool:
    """The window shows a snapshot of its current run."""
    return window.last_snapshot is not None and window.last_snapshot.run_id == window.run_id


def load(window, qtbot, spec):
    """Make ``spec`` the design and wait for its first snapshot."""
    assert window.load_spec(spec, examples_dir()) is None
    qtbot.waitUntil(lambda: fresh(window), timeout=10_000)


def train_then_pause(window, qtbot, epochs: float):
    """Play until ``epochs`` have passed, pause, and wait for the exact paused snapshot."""
    window.actions.play.trigger()
    qtbot.waitUntil(lambda: fresh(window) and window.last_snapshot.epoch >= epochs, timeout=60_000)
    window.controller.pause()
    qtbot.waitUntil(lambda: window.controller.state in ("paused", "finished"), timeout=5000)
    qtbot.wait(50)
    return window.last_snapshot


@pytest.fixture
def teach(window):
    """The window's teaching views; any comparison thread is stopped at teardown."""
    views = window.teaching
    try:
        yield views
    finally:
        assert views.shutdown(3000), "a comparison thread did not stop"
