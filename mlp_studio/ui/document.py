"""Helpers between specs, data sets and views: example files, the default experiment, labels, plane grids."""

from __future__ import annotations

from pathlib import Path

import numpy as np

import mlp_studio
from mlp_studio.data import FEATURE_NAMES, DatasetSpec, make_features
from mlp_studio.model.snapshot import plane_points
from mlp_studio.model.spec import ExperimentSpec, LayerSpec, NetworkSpec, TrainingSpec

DEFAULT_EXAMPLE = "xor.json"
INPUT_GRID = 40


def examples_dir() -> Path | None:
    """The folder of shipped example experiments (source checkout or installed data), or None."""
    root = Path(mlp_studio.__file__).resolve().parent
    for candidate in (root.parent / "examples", root / "examples"):
        if candidate.is_dir():
            return candidate
    try:
        from mlp_studio.resources import resource_path

        candidate = resource_path("examples")
        return candidate if candidate.is_dir() else None
    except FileNotFoundError:
        return None


def example_files() -> list[Path]:
    """The example experiment files, sorted by name."""
    folder = examples_dir()
    return sorted(folder.glob("*.json")) if folder else []


def fallback_spec() -> ExperimentSpec:
    """A built-in XOR experiment (2-4-1 tanh) for when the example files are missing."""
    return ExperimentSpec(
        name="XOR with one hidden layer",
        dataset=DatasetSpec(name="xor", samples=400, noise=0.1, test_fraction=0.25, seed=7),
        network=NetworkSpec(layers=(LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")), loss="binary_crossentropy"),
        training=TrainingSpec(optimizer="sgd", learning_rate=0.1, batch_size=16, epochs=300),
    )


def input_grids(dataset) -> np.ndarray | None:
    """``(n_inputs, g, g)`` values of each network input over the plane (planar sets), else None."""
    if not dataset.is_planar:
        return None
    points = plane_points(tuple(dataset.plane_extent), INPUT_GRID)
    inputs = np.asarray(dataset.inputs_for_points(points), dtype=np.float64)
    return inputs.T.reshape(inputs.shape[1], INPUT_GRID, INPUT_GRID)


def feature_grids(dataset) -> dict[str, np.ndarray] | None:
    """``name -> (g, g)`` values of every planar input feature over the plane (also the switched-off ones)."""
    if not dataset.is_planar:
        return None
    points = plane_points(tuple(dataset.plane_extent), INPUT_GRID)
    values = np.asarray(make_features(points, FEATURE_NAMES), dtype=np.float64)
    return {name: values[:, i].reshape(INPUT_GRID, INPUT_GRID) for i, name in enumerate(FEATURE_NAMES)}


def feature_states(spec, dataset) -> list[tuple[str, bool]] | None:
    """Every planar feature and whether the design switches it on (None for non-planar data)."""
    if not dataset.is_planar:
        return None
    return [(name, name in spec.dataset.features) for name in FEATURE_NAMES]


def output_names(dataset) -> list[str]:
    """Labels of the output units: the class names, ``P(class …)`` for binary, ``ŷ`` for regression."""
    if dataset.task == "regression":
        return ["ŷ"]
    names = list(dataset.class_names or ("0", "1"))
    if dataset.task == "binary":
        return [f"P({names[-1]})"]
    return names


def output_levels(dataset) -> tuple[float, float]:
    """Fixed colour levels of the output map: 0…1, or the training targets' range for regression."""
    if dataset.task != "regression":
        return (0.0, 1.0)
    y = np.asarray(dataset.Y_train, dtype=np.float64)
    low, high = (float(y.min()), float(y.max())) if y.size else (0.0, 1.0)
    return (low, high if high > low else low + 1.0)

