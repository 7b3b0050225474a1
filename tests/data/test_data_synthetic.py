"""Synthetic 2-D sets: determinism, shapes, balance, geometry, validation, the registry."""

import numpy as np
import pytest

from mlp_studio.data import (
    DATASET_NAMES,
    PLANE_EXTENT,
    Dataset,
    DatasetSpec,
    describe_dataset,
    load_dataset,
    task_of,
)
from mlp_studio.data import synthetic
from mlp_studio.errors import DataError

CLASSIFICATION = ["xor", "circle", "gaussians", "spiral", "moons"]
REGRESSION = ["plane", "gaussian_hills"]
PLANAR = CLASSIFICATION + REGRESSION


def load(name, **kw):
    return load_dataset(DatasetSpec(name=name, **kw))


def all_points(ds: Dataset) -> np.ndarray:
    return np.concatenate([ds.points_train, ds.points_test])


def all_labels(ds: Dataset) -> np.ndarray:
    return np.concatenate([ds.labels_train, ds.labels_test])


@pytest.mark.parametrize("name", PLANAR)
def test_same_seed_same_numbers(name):
    a = load(name, seed=5, samples=200, noise=0.2)
    b = load(name, seed=5, samples=200, noise=0.2)
    for field in ("X_train", "Y_train", "X_test", "Y_test", "points_train", "points_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))


@pytest.mark.parametrize("name", PLANAR)
def test_other_seed_other_numbers(name):
    a = load(name, seed=5, samples=200, noise=0.2)
    b = load(name, seed=6, samples=200, noise=0.2)
    assert not np.array_equal(a.points_train, b.points_train)


@pytest.mark.parametrize("name", PLANAR)
def test_shapes_dtypes_and_read_only(name):
    ds = load(name, samples=400, test_fraction=0.25, features=("x1", "x2", "x1*x2"))
    assert ds.is_planar and ds.plane_extent == PLANE_EXTENT
    assert ds.X_train.shape == (300, 3) and ds.X_test.shape == (100, 3)
    assert ds.Y_train.shape == (300, 1) and ds.Y_test.shape == (100, 1)
    assert ds.points_train.shape == (300, 2) and ds.points_test.shape == (100, 2)
    assert ds.n_inputs == 3 and ds.n_outputs == 1 and ds.n_train == 300 and ds.n_test == 100
    assert ds.input_names == ("x1", "x2", "x1*x2")
    for arr in (ds.X_train, ds.Y_train, ds.X_test, ds.Y_test, ds.points_train, ds.points_test):
        assert arr.dtype == np.float32
        assert not arr.flags.writeable
    with pytest.raises(ValueError):
        ds.X_train[0, 0] = 1.0


@pytest.mark.parametrize("name", CLASSIFICATION)
@pytest.mark.parametrize("samples", [4, 101, 400])
def test_classes_balanced_and_binary(name, samples):
    ds = load(name, samples=samples, test_fraction=0.0)
    assert ds.task == "binary" and ds.class_names == ("0", "1")
    counts = np.bincount(ds.labels_train, minlength=2)
    assert counts.sum() == samples and abs(counts[0] - counts[1]) <= 1
    np.testing.assert_array_equal(ds.Y_train[:, 0], ds.labels_train)
    assert ds.labels_train.dtype == np.int64 and not ds.labels_train.flags.writeable


@pytest.mark.parametrize("name", PLANAR)
def test_clean_points_inside_unit_square(name):
    points = all_points(load(name, samples=2000, noise=0.0, test_fraction=0.2))
    assert np.all(np.abs(points) <= 1.0 + 1e-6)
    # And they use the plane: not squeezed into a corner.
    assert np.ptp(points[:, 0]) > 1.5


def test_noise_moves_points_but_stays_in_view():
    clean = all_points(load("circle", samples=2000, noise=0.0, seed=1))
    noisy = all_points(load("circle", samples=2000, noise=0.1, seed=1))
    assert not np.allclose(clean, noisy)
    lo, hi = PLANE_EXTENT[0], PLANE_EXTENT[1]
    assert np.mean((noisy > lo) & (noisy < hi)) > 0.999


def test_xor_labels_follow_signs():
    ds = load("xor", samples=1000, noise=0.0)
    p, y = all_points(ds), all_labels(ds)
    np.testing.assert_array_equal(y, (p[:, 0] * p[:, 1] < 0).astype(int))
    assert np.all(np.abs(p) >= 0.05 - 1e-6)  # padding keeps points off the axes


def test_circle_geometry():
    ds = load("circle", samples=1000, noise=0.0)
    r, y = np.hypot(*all_points(ds).T), all_labels(ds)
    assert np.all(r[y == 1] <= 0.5 + 1e-6)
    assert np.all((r[y == 0] >= 0.7 - 1e-6) & (r[y == 0] <= 1.0 + 1e-6))


def test_gaussians_centres():
    ds = load("gaussians", samples=4000, noise=0.0)
    p, y = all_points(ds), all_labels(ds)
    np.testing.assert_allclose(p[y == 1].mean(axis=0), [0.45, 0.45], atol=0.03)
    np.testing.assert_allclose(p[y == 0].mean(axis=0), [-0.45, -0.45], atol=0.03)


def test_spiral_arms_are_point_reflections():
    # Arm 1 is arm 0 turned by pi; with no noise its points mirror arm 0's through the origin.
    p, y = synthetic.spiral(200, 0.0, np.random.default_rng(0))
    arm0 = p[y == 0][np.argsort(np.hypot(*p[y == 0].T))]
    arm1 = p[y == 1][np.argsort(np.hypot(*p[y == 1].T))]
    np.testing.assert_allclose(arm1, -arm0, atol=1e-12)


def test_moons_match_scikit_learn_formula():
    p, y = synthetic.moons(500, 0.0, np.random.default_rng(0))
    raw = p * 1.5 + np.array([0.5, 0.25])
    upper, lower = raw[y == 0], raw[y == 1]
    np.testing.assert_allclose(np.hypot(*upper.T), 1.0)
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1.0, lower[:, 1] - 0.5), 1.0)
    assert np.all(upper[:, 1] >= -1e-12) and np.all(lower[:, 1] <= 0.5 + 1e-12)


def test_plane_target_formula():
    ds = load("plane", samples=300, noise=0.0, test_fraction=0.0)
    expected = (ds.points_train[:, 0] + ds.points_train[:, 1]) / 2
    np.testing.assert_allclose(ds.Y_train[:, 0], expected, atol=1e-6)
    assert ds.task == "regression" and ds.labels_train is None and ds.class_names == ()


def test_gaussian_hills_target_formula():
    ds = load("gaussian_hills", samples=300, noise=0.0, test_fraction=0.0)
    p = ds.points_train.astype(np.float64)
    expected = sum(h * np.exp(-((p[:, 0] - cx) ** 2 + (p[:, 1] - cy) ** 2) / (2 * 0.3**2))
                   for cx, cy, h in [(-0.5, -0.5, 1), (0.5, 0.5, 1), (-0.5, 0.5, -1), (0.5, -0.5, -1)])
    np.testing.assert_allclose(ds.Y_train[:, 0], expected, atol=1e-6)
    assert ds.Y_train.max() > 0.5 and ds.Y_train.min() < -0.5


def test_regression_noise_is_on_the_target():
    clean = load("plane", samples=500, noise=0.0, seed=2)
    noisy = load("plane", samples=500, noise=0.3, seed=2)
    np.testing.assert_array_equal(clean.points_train, noisy.points_train)
    residual = noisy.Y_train - clean.Y_train
    assert 0.2 < residual.std() < 0.4


def test_xor4_exact():
    ds = load("xor4", test_fraction=0.0, samples=999, noise=5.0, seed=3)  # samples/noise ignored
    np.testing.assert_array_equal(ds.points_train, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(ds.X_train, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(ds.Y_train, [[0], [1], [1], [0]])
    np.testing.assert_array_equal(ds.labels_train, [0, 1, 1, 0])
    assert ds.X_test.shape == (0, 2) and ds.Y_test.shape == (0, 1) and ds.points_test.shape == (0, 2)
    assert ds.task == "binary" and ds.is_planar
    x0, x1, y0, y1 = ds.plane_extent
    assert x0 < 0 and x1 > 1 and y0 < 0 and y1 > 1


def test_defaults_documented():
    spec = DatasetSpec(name="xor")
    assert (spec.samples, spec.noise, spec.test_fraction, spec.seed, spec.features) == \
        (400, 0.1, 0.25, 0, ("x1", "x2"))
    assert load("xor").n_train + load("xor").n_test == 400


@pytest.mark.parametrize("kw, words", [
    ({"samples": 3}, ["samples", "4", "100,000"]),
    ({"samples": 100_001}, ["samples", "100,000"]),
    ({"samples": 10.5}, ["samples"]),
    ({"samples": True}, ["samples"]),
    ({"noise": -0.1}, ["noise", ">= 0"]),
    ({"noise": float("nan")}, ["noise"]),
    ({"test_fraction": 1.0}, ["test_fraction", "< 1"]),
    ({"test_fraction": -0.1}, ["test_fraction"]),
    ({"seed": -1}, ["seed"]),
    ({"features": ("x1", "x3")}, ["'x3'", "x1^2", "sin(x2)"]),
    ({"features": ()}, ["features"]),
    ({"features": ("x1", "x1")}, ["twice"]),
])
def test_invalid_spec_fields(kw, words):
    with pytest.raises(DataError) as info:
        load("circle", **kw)
    for word in words:
        assert word in str(info.value)


def test_unknown_name_lists_valid_names():
    with pytest.raises(DataError) as info:
        load("spirals")
    message = str(info.value)
    assert "'spirals'" in message
    for name in DATASET_NAMES:
        assert name in message


def test_registry():
    assert DATASET_NAMES == ("xor", "circle", "gaussians", "spiral", "moons", "xor4", "plane",
                             "gaussian_hills", "iris", "wine", "breast_cancer", "digits", "csv")
    for name in DATASET_NAMES:
        text = describe_dataset(name)
        assert text and "\n" not in text
    assert task_of("iris") == "multiclass" and task_of("plane") == "regression"
    assert task_of("breast_cancer") == "binary" and task_of("csv") is None
    with pytest.raises(DataError):
        describe_dataset("nope")


@pytest.mark.parametrize("name", DATASET_NAMES[:-1])
def test_registry_task_matches_loaded_task(name):
    assert load(name).task == task_of(name)


def test_changing_test_fraction_keeps_the_points():
    a = load("moons", test_fraction=0.0, seed=4)
    b = load("moons", test_fraction=0.5, seed=4)
    key = lambda p: set(map(tuple, np.round(p, 6)))  # noqa: E731
    assert key(a.points_train) == key(np.concatenate([b.points_train, b.points_test]))
