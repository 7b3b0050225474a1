"""A stand-alone engine network holding a run's parameters (Qt-free).

The GUI never touches the training network, which lives on the worker thread. Views that need to *compute* with
the current weights (the explained step, the gradient check, neuron health, replayed frames) build a twin from a
snapshot's (or a replay frame's) weights with :func:`network_from_parameters`: same architecture, loss,
penalties and dtype as the run, so its forward and backward passes give the training network's numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mlp_studio.engine import Network
from mlp_studio.errors import MlpStudioError
from mlp_studio.model.session import build_network
from mlp_studio.model.spec import ExperimentSpec


class ParametersMismatch(MlpStudioError):
    """The parameters do not belong to the spec's network (e.g. a design edit has just rebuilt the run)."""


def layer_sizes(spec: ExperimentSpec, n_inputs: int) -> list[int]:
    """``[inputs, hidden..., outputs]`` of the spec's network for ``n_inputs`` inputs."""
    return [int(n_inputs)] + [layer.units for layer in spec.network.layers]


def network_from_parameters(spec: ExperimentSpec, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray],
                            dtype: str | None = None) -> Network:
    """A new :class:`Network` with ``spec``'s architecture, loss and l1/l2, holding copies of the parameters.

    Parameters
    ----------
    spec : ExperimentSpec
        The run's experiment (network layers and loss; training l1/l2).
    weights, biases : sequence of numpy.ndarray
        Per layer ``(fan_in, fan_out)`` and ``(fan_out,)`` (a snapshot's or replay frame's).
    dtype : str, optional
        Defaults to the weights' dtype (the run's), so the twin computes exactly what the run computes.

    Raises
    ------
    ParametersMismatch
        When the shapes do not fit the spec's layers.
    """
    if not weights:
        raise ParametersMismatch("there are no weights to build a network from")
    sizes = layer_sizes(spec, np.shape(weights[0])[0])
    shapes = [tuple(np.shape(w)) for w in weights]
    if shapes != list(zip(sizes[:-1], sizes[1:])) or [np.shape(b) for b in biases] != [(n,) for n in sizes[1:]]:
        raise ParametersMismatch(f"the weights {shapes} do not fit the designed network {sizes}")
    dtype = dtype or np.asarray(weights[0]).dtype.name
    network = build_network(spec.network, spec.training, sizes[0], dtype)
    network.set_parameters([np.asarray(w) for w in weights], [np.asarray(b) for b in biases])
    return network


def same_parameters(a_weights, a_biases, b_weights, b_biases) -> bool:
    """Whether two parameter sets are exactly equal (shapes and every value)."""
    pairs = list(zip(a_weights, b_weights)) + list(zip(a_biases, b_biases))
    return (len(a_weights) == len(b_weights) and len(a_biases) == len(b_biases)
            and all(np.shape(x) == np.shape(y) and np.array_equal(x, y) for x, y in pairs))
