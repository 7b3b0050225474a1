"""Feature formulas, inputs_for_points, the stratified split and train-only standardization."""

import numpy as np
import pytest

from mlp_studio.data import FEATURE_NAMES, DatasetSpec, load_dataset, make_features
from mlp_studio.data.split import class_targets, fit_standardizer, split_indices
from mlp_studio.errors import DataError

P = np.array([[0.5, -2.0], [1.5, 0.25], [-0.3, 0.0]])
EXPECTED = {
    "x1": [0.5, 1.5, -0.3],
    "x2": [-2.0, 0.25, 0.0],
    "x1^2": [0.25, 2.25, 0.09],
    "x2^2": [4.0, 0.0625, 0.0],
    "x1*x2": [-1.0, 0.375, -0.0],
    "sin(x1)": list(np.sin([0.5, 1.5, -0.3])),
    "sin(x2)": list(np.sin([-2.0, 0.25, 0.0])),
}


def test_feature_names_complete():
    assert FEATURE_NAMES == ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
    assert set(EXPECTED) == set(FEATURE_NAMES)


@pytest.mark.parametrize("name", FEATURE_NAMES)
def test_each_feature_formula(name):
    out = make_features(P, [name])
    assert out.shape == (3, 1)
    np.testing.assert_allclose(out[:, 0], EXPECTED[name], rtol=1e-12)


def test_features_keep_requested_order_and_float32():
    out = make_features(P.astype(np.float32), ["sin(x2)", "x1"])
    assert out.dtype == np.float32 and out.shape == (3, 2)
    np.testing.assert_allclose(out[:, 0], EXPECTED["sin(x2)"], rtol=1e-6)
    np.testing.assert_allclose(out[:, 1], EXPECTED["x1"], rtol=1e-6)


def test_unknown_feature_lists_valid_ones():
    with pytest.raises(DataError) as info:
        make_features(P, ["x1", "cos(x1)"])
    assert "'cos(x1)'" in str(info.value)
    for name in FEATURE_NAMES:
        assert name in str(info.value)


def test_bad_point_shape():
    with pytest.raises(ValueError):
        make_features(np.zeros((3, 3)), ["x1"])


@pytest.mark.parametrize("name", ["xor", "circle", "spiral", "plane", "xor4"])
def test_inputs_for_points_matches_training_inputs(name):
    features = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
    ds = load_dataset(DatasetSpec(name=name, features=features, test_fraction=0.0 if name == "xor4" else 0.3))
    np.testing.assert_array_equal(ds.inputs_for_points(ds.points_train), ds.X_train)
    if ds.n_test:
        np.testing.assert_array_equal(ds.inputs_for_points(ds.points_test), ds.X_test)
    grid = np.stack(np.meshgrid(np.linspace(-6, 6, 5), np.linspace(-6, 6, 5)), -1).reshape(-1, 2)
    out = ds.inputs_for_points(grid)
    assert out.shape == (25, 7) and out.dtype == np.float32


def test_inputs_for_points_refused_for_tabular_sets():
    ds = load_dataset(DatasetSpec(name="iris"))
    assert not ds.is_planar and ds.points_train is None and ds.plane_extent is None
    with pytest.raises(ValueError):
        ds.inputs_for_points(np.zeros((2, 2)))


def test_stratified_split_keeps_class_ratios():
    labels = np.repeat([0, 1, 2], [100, 60, 40])
    train, test = split_indices(200, 0.25, np.random.default_rng(0), labels)
    np.testing.assert_array_equal(np.bincount(labels[test]), [25, 15, 10])
    np.testing.assert_array_equal(np.bincount(labels[train]), [75, 45, 30])
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(200))


def test_stratified_split_on_a_real_set():
    ds = load_dataset(DatasetSpec(name="breast_cancer", test_fraction=0.3, seed=3))
    whole = 212 / 569  # share of malignant
    assert abs(ds.labels_train.mean() - whole) < 0.01
    assert abs(ds.labels_test.mean() - whole) < 0.01


def test_split_keeps_one_of_each_class_for_training():
    labels = np.array([0, 0, 1, 1, 1, 1, 1, 1])
    train, test = split_indices(8, 0.9, np.random.default_rng(1), labels)
    assert set(labels[train]) == {0, 1}


def test_split_is_seeded():
    a = split_indices(50, 0.2, np.random.default_rng(7))
    b = split_indices(50, 0.2, np.random.default_rng(7))
    c = split_indices(50, 0.2, np.random.default_rng(8))
    np.testing.assert_array_equal(a[1], b[1])
    assert not np.array_equal(np.sort(a[1]), np.sort(c[1]))
    assert len(a[1]) == 10 and len(a[0]) == 40


@pytest.mark.parametrize("name", ["circle", "iris", "plane"])
def test_zero_test_fraction_gives_empty_arrays_of_right_width(name):
    ds = load_dataset(DatasetSpec(name=name, test_fraction=0.0))
    assert ds.X_test.shape == (0, ds.n_inputs) and ds.Y_test.shape == (0, ds.n_outputs)
    assert ds.X_test.dtype == np.float32
    if ds.labels_test is not None:
        assert ds.labels_test.shape == (0,)


def test_standardization_uses_training_statistics_only():
    ds = load_dataset(DatasetSpec(name="wine", test_fraction=0.3, seed=1))
    np.testing.assert_allclose(ds.X_train.mean(axis=0), 0.0, atol=1e-5)
    np.testing.assert_allclose(ds.X_train.std(axis=0), 1.0, atol=1e-4)
    # The test rows were scaled with the training statistics, so they are not exactly centred.
    assert np.abs(ds.X_test.mean(axis=0)).max() > 1e-3
    assert ds.input_mean.shape == (13,) and ds.input_scale.shape == (13,)


def test_constant_column_does_not_divide_by_zero():
    X = np.array([[1.0, 5.0], [2.0, 5.0], [3.0, 5.0]])
    mean, scale = fit_standardizer(X)
    np.testing.assert_array_equal(scale, [np.std([1.0, 2.0, 3.0]), 1.0])
    assert np.all(np.isfinite((X - mean) / scale))
    assert np.all((X - mean)[:, 1] / scale[1] == 0)


def test_planar_sets_are_not_standardized():
    ds = load_dataset(DatasetSpec(name="gaussians", features=("x1", "x2")))
    np.testing.assert_array_equal(ds.X_train, ds.points_train)
    assert ds.input_mean is None


def test_class_targets():
    np.testing.assert_array_equal(class_targets(np.array([1, 0]), 2, "binary"), [[1], [0]])
    np.testing.assert_array_equal(class_targets(np.array([2, 0]), 3, "multiclass"), [[0, 0, 1], [1, 0, 0]])
    assert class_targets(np.array([1, 0]), 2, "multiclass").shape == (2, 2)
