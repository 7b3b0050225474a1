"""The shipped real data sets: shapes, classes, scaling, provenance, no scikit-learn at run time."""

import subprocess
import sys

import numpy as np
import pytest

from mlp_studio.data import DatasetSpec, load_dataset
from mlp_studio.resources import resource_path

REAL = {
    # name: (rows, inputs, class names, task)
    "iris": (150, 4, ("setosa", "versicolor", "virginica"), "multiclass"),
    "wine": (178, 13, ("class_0", "class_1", "class_2"), "multiclass"),
    "breast_cancer": (569, 30, ("benign", "malignant"), "binary"),
    "digits": (1797, 64, tuple(str(d) for d in range(10)), "multiclass"),
}


@pytest.mark.parametrize("name", REAL)
def test_real_set_shapes(name):
    rows, inputs, classes, task = REAL[name]
    ds = load_dataset(DatasetSpec(name=name, test_fraction=0.0))
    assert ds.X_train.shape == (rows, inputs) and ds.n_inputs == inputs
    assert ds.class_names == classes and ds.task == task
    assert ds.n_outputs == (1 if task == "binary" else len(classes))
    assert ds.Y_train.shape == (rows, ds.n_outputs) and ds.Y_train.dtype == np.float32
    assert set(np.unique(ds.labels_train)) == set(range(len(classes)))
    assert not ds.is_planar and ds.points_train is None
    assert len(ds.input_names) == inputs and ds.target_name == "class"
    assert not ds.X_train.flags.writeable


def test_iris_columns_and_one_hot():
    ds = load_dataset(DatasetSpec(name="iris", test_fraction=0.2, seed=0))
    assert ds.input_names[0] == "sepal length (cm)"
    np.testing.assert_array_equal(ds.Y_train.sum(axis=1), 1.0)
    np.testing.assert_array_equal(ds.Y_train.argmax(axis=1), ds.labels_train)
    assert np.bincount(ds.labels_test).tolist() == [10, 10, 10]


def test_digits_pixels_are_named_by_row_and_column():
    ds = load_dataset(DatasetSpec(name="digits"))
    assert ds.input_names[:2] == ("pixel_0_0", "pixel_0_1") and ds.input_names[-1] == "pixel_7_7"


def test_breast_cancer_malignant_is_positive():
    ds = load_dataset(DatasetSpec(name="breast_cancer", test_fraction=0.0))
    assert ds.class_names[1] == "malignant"
    assert int(ds.Y_train.sum()) == 212


def test_real_sets_are_standardized_on_train_split():
    ds = load_dataset(DatasetSpec(name="digits", test_fraction=0.25, seed=2))
    # digits has pixels that are always 0 in the training rows; they must stay finite (0), not NaN.
    assert np.all(np.isfinite(ds.X_train)) and np.all(np.isfinite(ds.X_test))
    np.testing.assert_allclose(ds.X_train.mean(axis=0), 0.0, atol=1e-5)


def test_provenance_file_names_sources_and_licences():
    text = resource_path("datasets", "PROVENANCE.md").read_text(encoding="utf-8")
    for word in ("CC BY 4.0", "BSD 3-Clause", "Fisher", "Forina", "Wolberg", "Alpaydin", "scikit-learn",
                 "10.24432/C56C76"):
        assert word in text


def test_no_scikit_learn_at_run_time():
    code = ("import sys; from mlp_studio.data import load_dataset, DatasetSpec;"
            "[load_dataset(DatasetSpec(name=n)) for n in ('iris','wine','breast_cancer','digits')];"
            "print('sklearn' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]
