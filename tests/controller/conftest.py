"""Fixtures for the training controller: a controller that always stops its worker thread."""

from __future__ import annotations

import pytest

from mlp_studio.controller import TrainingController


@pytest.fixture
def controller(qtbot):
    """A controller whose worker thread is always stopped (a live QThread at teardown aborts Python)."""
    ctl = TrainingController(backend="thread")
    yield ctl
    assert ctl.shutdown(2000), "the worker thread did not stop within 2 s"
    assert not ctl.is_alive
