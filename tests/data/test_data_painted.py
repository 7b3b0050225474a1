"""The painted data set: points in the spec → a split, network-ready Dataset; tasks, limits, errors."""

import re
from dataclasses import FrozenInstanceError, replace

import numpy as np
import pytest

from mlp_studio.data import (MAX_PAINTED_POINTS, PLANE_EXTENT, DatasetSpec, dataset_info, load_dataset,
                             painted_points, points_from_dataset)
from mlp_studio.errors import DataError


def blobs(classes=(0, 1), per_class=10, seed=0):
    """Well separated clusters, one per class, on a circle of radius 4."""
    rng = np.random.default_rng(seed)
    points = []
    for c in classes:
        angle = 2 * np.pi * c / 6
        centre = 4 * np.array([np.cos(angle), np.sin(angle)])
        for xy in centre + rng.normal(0, 0.4, size=(per_class, 2)):
            points.append((float(xy[0]), float(xy[1]), c))
    return tuple(points)


def load(points, **kw):
    return load_dataset(DatasetSpec(name="painted", points=points, **kw))


def test_two_classes_make_a_binary_planar_set():
    ds = load(blobs((0, 1), 8), test_fraction=0.25)
    assert ds.task == "binary" and ds.n_outputs == 1 and ds.class_names == ("0", "1")
    assert ds.is_planar and ds.plane_extent == PLANE_EXTENT
    assert ds.n_train == 12 and ds.n_test == 4  # stratified: 2 of each class held out
    assert sorted(np.bincount(ds.labels_test)) == [2, 2]
    assert np.array_equal(ds.Y_train.ravel(), ds.labels_train)
    assert np.array_equal(ds.inputs_for_points(ds.points_train), ds.X_train)


def test_three_classes_make_a_one_hot_multiclass_set():
    ds = load(blobs((0, 1, 2), 5), features=("x1", "x2", "x1*x2"))
    assert ds.task == "multiclass" and ds.n_outputs == 3 and ds.class_names == ("0", "1", "2")
    assert ds.n_inputs == 3 and ds.input_names == ("x1", "x2", "x1*x2")
    assert np.array_equal(ds.Y_train.argmax(axis=1), ds.labels_train)
    assert np.allclose(ds.X_train[:, 2], ds.points_train[:, 0] * ds.points_train[:, 1], rtol=1e-6)


def test_outputs_follow_the_highest_class_so_colours_stay():
    ds = load(blobs((0, 3), 4))
    assert ds.task == "multiclass" and ds.n_outputs == 4  # classes 1 and 2 keep their (empty) units
    assert set(np.concatenate([ds.labels_train, ds.labels_test])) == {0, 3}


def test_points_are_not_standardized_and_keep_their_coordinates():
    points = ((1.5, -2.25, 0), (-3.0, 4.0, 1))
    ds = load(points, test_fraction=0.0)
    got = {tuple(p) + (int(c),) for p, c in zip(ds.points_train.tolist(), ds.labels_train)}
    assert got == set(points)
    assert ds.input_mean is None and ds.n_test == 0


def test_tiny_sets_keep_one_point_per_class_for_training():
    ds = load(((0.0, 0.0, 0), (1.0, 1.0, 1)), test_fraction=0.9)
    assert ds.n_train == 2 and ds.n_test == 0


def test_split_follows_the_seed():
    a, b, c = load(blobs(), seed=1), load(blobs(), seed=1), load(blobs(), seed=2)
    assert np.array_equal(a.points_test, b.points_test)
    assert not np.array_equal(a.points_test, c.points_test)


@pytest.mark.parametrize("points, words", [
    (((1.0, 1.0, 0), (2.0, 2.0, 0)), "paint at least two classes"),
    ((), "paint at least two classes"),
    (None, "paint at least two classes"),
])
def test_fewer_than_two_classes_are_refused(points, words):
    with pytest.raises(DataError, match=words):
        load(points)


def test_coordinates_are_clipped_to_the_plane():
    ds = load(((-20.0, 3.0, 0), (7.5, 100.0, 1)), test_fraction=0.0)
    assert ds.points_train.min() >= -6 and ds.points_train.max() <= 6
    assert painted_points([(-20, 3, 0)]) == ((-6.0, 3.0, 0),)


@pytest.mark.parametrize("points, words", [
    ([(1.0, 2.0)], r"dataset.points\[0\]: must be \[x1, x2, class\]"),
    ([(0, 0, 0), (1.0, float("nan"), 1)], r"dataset.points\[1\]: x2 must be a finite number"),
    ([(0, 0, 0), ("a", 0, 1)], r"dataset.points\[1\]: x1 must be"),
    ([(0, 0, 8)], r"class must be a whole number from 0 to 7"),
    ([(0, 0, -1)], r"class must be a whole number"),
    ([(0, 0, 1.5)], r"class must be a whole number"),
    ([(0, 0, True)], r"class must be a whole number"),
    ("0,0,1", r"dataset.points must be a list"),
])
def test_bad_points_name_the_entry(points, words):
    with pytest.raises(DataError, match=words):
        painted_points(points)


def test_at_most_5000_points():
    many = [(0.0, 0.0, i % 2) for i in range(MAX_PAINTED_POINTS)]
    assert len(painted_points(many)) == MAX_PAINTED_POINTS
    with pytest.raises(DataError, match="at most 5,000"):
        painted_points(many + [(0.0, 0.0, 0)])


def test_spec_is_immutable_and_hashable():
    spec = DatasetSpec(name="painted", points=painted_points([[1, 2, 0], [3, 4, 1]]))
    assert spec.points == ((1.0, 2.0, 0), (3.0, 4.0, 1))
    assert hash(spec) == hash(replace(spec)) and spec == replace(spec)
    with pytest.raises(FrozenInstanceError):
        spec.points = ()
    assert {spec: 1}[DatasetSpec(name="painted", points=((1.0, 2.0, 0), (3.0, 4.0, 1)))] == 1


def test_registry_entry():
    info = dataset_info("painted")
    assert info.kind == "painted" and info.is_planar and info.task is None


def test_an_existing_set_turns_into_painted_points():
    source = load_dataset(DatasetSpec(name="spiral", samples=100, seed=3))
    points = points_from_dataset(source)
    assert len(points) == 100 and {c for _, _, c in points} == {0, 1}
    ds = load(points, seed=3)
    assert ds.task == "binary" and ds.n_train + ds.n_test == 100
    with pytest.raises(DataError):
        points_from_dataset(load_dataset(DatasetSpec(name="plane")))


# -- extent: the painted set's own plane ----------------------------------------------------------------------
XOR4_PLANE = (-0.5, 1.5, -0.5, 1.5)


def test_a_custom_extent_is_the_plane_extent_and_clips_the_points():
    points = ((0.0, 0.0, 0), (1.0, 1.0, 0), (3.0, -2.0, 1), (0.5, 0.7, 1))
    ds = load(points, test_fraction=0.0, extent=XOR4_PLANE)
    assert ds.plane_extent == XOR4_PLANE
    got = {tuple(map(float, p)) for p in ds.points_train}
    assert (1.5, -0.5) in got and (0.5, np.float32(0.7).item()) in got  # clipped onto the small plane
    assert all(-0.5 <= x <= 1.5 and -0.5 <= y <= 1.5 for x, y in got)
    assert painted_points([(3, -2, 1), (-9, 9, 0)], (-1, 2, -3, 4)) == ((2.0, -2.0, 1), (-1.0, 4.0, 0))
    assert load(points).plane_extent == PLANE_EXTENT  # no extent: the Playground plane


def test_an_uneven_extent_clips_each_axis_on_its_own():
    assert painted_points([(5, 5, 0), (-5, -5, 1)], (0, 1, -10, 10)) == ((1.0, 5.0, 0), (0.0, -5.0, 1))


@pytest.mark.parametrize("extent, message", [
    ((0, 1, 0), "dataset.extent: must be [x_min, x_max, y_min, y_max]"),
    ("0 1 0 1", "dataset.extent: must be [x_min, x_max, y_min, y_max]"),
    ((0, float("nan"), 0, 1), "dataset.extent: x_max must be a finite number"),
    ((0, 1, True, 1), "dataset.extent: y_min must be a finite number"),
    ((0, 1, 0, float("inf")), "dataset.extent: y_max must be a finite number"),
    ((1, 0, 0, 1), "dataset.extent: x_min must be less than x_max"),
    ((0, 1, 2, 2), "dataset.extent: y_min must be less than y_max"),
    ((0, 0.05, 0, 1), "dataset.extent: the x side must be from 0.1 to 1000 long, got 0.05"),
    ((0, 1, -600, 600), "dataset.extent: the y side must be from 0.1 to 1000 long, got 1200"),
])
def test_bad_extents_are_refused_by_name(extent, message):
    with pytest.raises(DataError, match=re.escape(message)):
        load(blobs((0, 1), 4), extent=extent)


def test_points_from_dataset_keep_to_the_sets_plane():
    xor4 = load_dataset(DatasetSpec(name="xor4", test_fraction=0.0))
    points = points_from_dataset(xor4)
    assert sorted(points) == [(0.0, 0.0, 0), (0.0, 1.0, 1), (1.0, 0.0, 1), (1.0, 1.0, 0)]
    ds = load(points, extent=xor4.plane_extent, test_fraction=0.0)
    assert ds.plane_extent == xor4.plane_extent
