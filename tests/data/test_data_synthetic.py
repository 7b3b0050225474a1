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
    # noise 0: noisy labelling can unbalance circle/xor a little, and the stratified split then rounds to 299/101.
    ds = load(name, samples=400, noise=0.0, test_fraction=0.25, features=("x1", "x2", "x1*x2"))
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
def test_classes_balanced_and_binary_without_noise(name, samples):
    ds = load(name, samples=samples, noise=0.0, test_fraction=0.0)
    assert ds.task == "binary" and ds.class_names == ("0", "1")
    counts = np.bincount(ds.labels_train, minlength=2)
    assert counts.sum() == samples and abs(counts[0] - counts[1]) <= 1
    np.testing.assert_array_equal(ds.Y_train[:, 0], ds.labels_train)
    assert ds.labels_train.dtype == np.int64 and not ds.labels_train.flags.writeable


@pytest.mark.parametrize("name", CLASSIFICATION)
def test_classes_nearly_balanced_with_default_noise(name):
    # Noisy labelling (circle, xor) may flip a few labels; the classes stay close to half and half.
    counts = np.bincount(all_labels(load(name, samples=2000, seed=3)), minlength=2)
    assert counts.sum() == 2000 and abs(counts[0] - counts[1]) <= 200


def test_plane_extent_is_the_playground_plane():
    assert PLANE_EXTENT == (-6.0, 6.0, -6.0, 6.0)


@pytest.mark.parametrize("name", PLANAR)
def test_clean_points_fill_the_playground_plane(name):
    points = all_points(load(name, samples=2000, noise=0.0, test_fraction=0.2))
    limit = 6.0 if name in REGRESSION else 5.3  # shapes of radius about 5; XOR's padding reaches 5.3
    assert np.all(np.abs(points) <= limit + 1e-6)
    # And they use the plane: spread over most of it, not squeezed into [-1, 1].
    assert np.ptp(points[:, 0]) > 7.0 and np.ptp(points[:, 1]) > 4.5


@pytest.mark.parametrize("name", PLANAR)
@pytest.mark.parametrize("noise", [0.1, 0.5])
def test_noisy_points_stay_in_view(name, noise):
    points = all_points(load(name, samples=2000, noise=noise, seed=1))
    lo, hi = PLANE_EXTENT[0], PLANE_EXTENT[1]
    inside = np.mean(np.all((points >= lo) & (points <= hi), axis=1))
    # At the Playground's top noise (0.5) wide gaussians and jittered moons spill over the edge a little.
    assert inside > (0.999 if noise <= 0.1 else 0.9)


@pytest.mark.parametrize("name", ["spiral", "moons", "gaussians"])
def test_noise_moves_points(name):
    clean = all_points(load(name, samples=1000, noise=0.0, seed=1))
    noisy = all_points(load(name, samples=1000, noise=0.2, seed=1))
    assert not np.allclose(clean, noisy)


def test_spiral_and_moons_noise_is_uniform_of_playground_size():
    clean = synthetic.spiral(400, 0.0, np.random.default_rng(0))[0]
    noisy = synthetic.spiral(400, 0.3, np.random.default_rng(0))[0]
    # Spiral jitter is U(-1, 1) * noise per coordinate, moons' U(-5, 5) * noise: bounded by the radius.
    r_clean = np.hypot(*clean.T)
    assert r_clean.max() < 5.0 and r_clean.min() == 0.0
    assert np.hypot(*noisy.T).max() <= 5.0 + 0.3 * np.sqrt(2) + 1e-9
    moons = synthetic.moons(2000, 0.2, np.random.default_rng(0))[0]
    assert np.all(np.abs(moons[:, 0]) <= 5.0 + 5 * 0.2 + 1e-9)
    assert np.abs(moons[:, 0]).max() > 5.0  # the jitter really reaches beyond the clean shape


def test_xor_labels_follow_signs_without_noise():
    ds = load("xor", samples=1000, noise=0.0)
    p, y = all_points(ds), all_labels(ds)
    np.testing.assert_array_equal(y, (p[:, 0] * p[:, 1] < 0).astype(int))
    assert np.all(np.abs(p) >= 0.3 - 1e-6)  # padding keeps points off the axes
    assert np.all(np.abs(p) <= 5.3 + 1e-6)


def test_xor_noise_flips_labels_near_the_axes_only():
    p, y = synthetic.xor(4000, 0.1, np.random.default_rng(1))
    clean = (p[:, 0] * p[:, 1] < 0).astype(int)
    flipped = y != clean
    assert 0 < flipped.sum() < 0.2 * len(y)
    # U(-5, 5) * 0.1 moves a coordinate by at most 0.5: only points that close to an axis can flip.
    assert np.all(np.min(np.abs(p[flipped]), axis=1) < 0.5 + 1e-9)


def test_circle_geometry_without_noise():
    ds = load("circle", samples=1000, noise=0.0)
    r, y = np.hypot(*all_points(ds).T), all_labels(ds)
    assert np.all(r[y == 1] < 2.5)
    assert np.all((r[y == 0] >= 3.5 - 1e-6) & (r[y == 0] <= 5.0 + 1e-6))


def test_circle_noise_relabels_by_the_noisy_distance():
    p, y = synthetic.circle(4000, 0.2, np.random.default_rng(2))
    r = np.hypot(*p.T)
    assert np.all((r <= 2.5 + 1e-9) | ((r >= 3.5 - 1e-9) & (r <= 5.0 + 1e-9)))  # points are not moved
    wrong = y != (r < 2.5)
    # U(-5, 5) * 0.2 moves the point by at most 1 * sqrt(2): only points that near radius 2.5 flip.
    assert 0 < wrong.sum() < 0.25 * len(y)
    assert np.all(np.abs(r[wrong] - 2.5) <= np.sqrt(2) + 1e-9)


@pytest.mark.parametrize("name", ["xor", "circle"])
def test_noise_zero_is_exactly_separable(name):
    ds = load(name, samples=2000, noise=0.0, seed=4)
    p, y = all_points(ds), all_labels(ds)
    rule = (p[:, 0] * p[:, 1] < 0) if name == "xor" else (np.hypot(*p.T) < 2.5)
    np.testing.assert_array_equal(y, rule.astype(int))


def test_gaussians_centres_and_playground_spread():
    ds = load("gaussians", samples=4000, noise=0.0)
    p, y = all_points(ds), all_labels(ds)
    np.testing.assert_allclose(p[y == 1].mean(axis=0), [2.0, 2.0], atol=0.06)
    np.testing.assert_allclose(p[y == 0].mean(axis=0), [-2.0, -2.0], atol=0.06)
    np.testing.assert_allclose(p[y == 1].std(axis=0), np.sqrt(0.5), rtol=0.08)
    wide = synthetic.gaussians(4000, 0.5, np.random.default_rng(0))[0]
    assert synthetic.blob_std(0.5) == 2.0 and synthetic.blob_std(3.0) == 2.0  # clamped beyond 0.5
    np.testing.assert_allclose(synthetic.blob_std(0.25), np.sqrt(2.25))
    assert 1.8 < wide.std(axis=0).min() and wide.std(axis=0).max() < 2.9  # centre offset adds a little


def test_spiral_follows_playground_formula():
    p, y = synthetic.spiral(200, 0.0, np.random.default_rng(0))
    i = np.arange(100) / 100
    arm1 = np.column_stack([5 * i * np.sin(3.5 * np.pi * i), 5 * i * np.cos(3.5 * np.pi * i)])
    order = lambda q: q[np.lexsort((q[:, 1], q[:, 0]))]  # noqa: E731
    np.testing.assert_allclose(order(p[y == 1]), order(arm1), atol=1e-12)
    np.testing.assert_allclose(order(p[y == 0]), order(-arm1), atol=1e-12)  # the arm turned by pi


def test_moons_match_scikit_learn_formula():
    p, y = synthetic.moons(500, 0.0, np.random.default_rng(0))
    raw = p * 0.3 + np.array([0.5, 0.25])
    upper, lower = raw[y == 0], raw[y == 1]
    np.testing.assert_allclose(np.hypot(*upper.T), 1.0)
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1.0, lower[:, 1] - 0.5), 1.0)
    assert np.all(upper[:, 1] >= -1e-12) and np.all(lower[:, 1] <= 0.5 + 1e-12)


def test_plane_target_formula():
    ds = load("plane", samples=300, noise=0.0, test_fraction=0.0)
    expected = (ds.points_train[:, 0] + ds.points_train[:, 1]) / 10
    np.testing.assert_allclose(ds.Y_train[:, 0], expected, atol=1e-6)
    assert np.abs(ds.points_train).max() > 5.5 and np.abs(ds.points_train).max() <= 6.0
    assert ds.task == "regression" and ds.labels_train is None and ds.class_names == ()


def test_gaussian_hills_target_formula():
    ds = load("gaussian_hills", samples=1000, noise=0.0, test_fraction=0.0)
    p = ds.points_train.astype(np.float64)
    centres = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    expected = []
    for x, y in p:
        best = 0.0
        for cx, cy, sign in centres:
            value = sign * min(1.0, max(0.0, 1 - np.hypot(x - cx, y - cy) / 2))
            if abs(value) > abs(best):
                best = value
        expected.append(best)
    np.testing.assert_allclose(ds.Y_train[:, 0], expected, atol=1e-6)
    assert ds.Y_train.max() > 0.8 and ds.Y_train.min() < -0.8
    np.testing.assert_allclose(synthetic.hills_surface(np.array([[0.0, 2.5], [4.0, -2.5], [0.0, 0.0]])),
                               [-1.0, -1.0, 0.0])


@pytest.mark.parametrize("name", REGRESSION)
def test_regression_noise_is_on_the_target(name):
    clean = load(name, samples=500, noise=0.0, seed=2)
    noisy = load(name, samples=500, noise=0.3, seed=2)
    np.testing.assert_array_equal(clean.points_train, noisy.points_train)
    residual = noisy.Y_train - clean.Y_train
    assert residual.std() > 0.05
    if name == "plane":
        # The target is taken at the point plus U(-6, 6) * noise per coordinate: (nx + ny) / 10.
        assert np.abs(residual).max() <= 2 * 6 * 0.3 / 10 + 1e-6
        np.testing.assert_allclose(residual.std(), np.sqrt(2) * 1.8 / np.sqrt(3) / 10, rtol=0.15)


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
                             "gaussian_hills", "painted", "iris", "wine", "breast_cancer", "digits", "csv")
    for name in DATASET_NAMES:
        text = describe_dataset(name)
        assert text and "\n" not in text
    assert task_of("iris") == "multiclass" and task_of("plane") == "regression"
    assert task_of("breast_cancer") == "binary" and task_of("csv") is None and task_of("painted") is None
    with pytest.raises(DataError):
        describe_dataset("nope")


@pytest.mark.parametrize("name", [n for n in DATASET_NAMES if n not in ("csv", "painted")])
def test_registry_task_matches_loaded_task(name):
    assert load(name).task == task_of(name)


def test_changing_test_fraction_keeps_the_points():
    a = load("moons", test_fraction=0.0, seed=4)
    b = load("moons", test_fraction=0.5, seed=4)
    key = lambda p: set(map(tuple, np.round(p, 6)))  # noqa: E731
    assert key(a.points_train) == key(np.concatenate([b.points_train, b.points_test]))
