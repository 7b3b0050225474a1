"""CSV import: happy paths, task detection, and every error naming its file, line and column."""

import numpy as np
import pytest

from mlp_studio.data import DatasetSpec, load_dataset, read_csv_dataset, read_csv_header
from mlp_studio.data import csv_import
from mlp_studio.errors import DataError

SIMPLE = "a,b,label\n1,2,cat\n3,4,dog\n5,6,cat\n7,8,dog\n"


def error_of(path, target="label", task=None) -> DataError:
    with pytest.raises(DataError) as info:
        read_csv_dataset(path, target, task=task)
    return info.value


# --- happy paths -------------------------------------------------------------------------------------------

def test_comma_with_string_labels(write_csv):
    table = read_csv_dataset(write_csv(SIMPLE), "label")
    assert table.task == "binary" and table.class_names == ("cat", "dog")
    assert table.input_names == ("a", "b") and table.target_name == "label"
    np.testing.assert_array_equal(table.X, [[1, 2], [3, 4], [5, 6], [7, 8]])
    np.testing.assert_array_equal(table.target, [0, 1, 0, 1])
    assert table.X.dtype == np.float64 and not table.X.flags.writeable


def test_semicolon_with_decimal_commas(write_csv):
    path = write_csv("x;y;target\n1,5;2;0,25\n3;4,75;1,5\n5;6;2\n7;8;3,5\n")
    table = read_csv_dataset(path, "target")
    np.testing.assert_array_equal(table.X, [[1.5, 2], [3, 4.75], [5, 6], [7, 8]])
    assert table.task == "regression"
    np.testing.assert_array_equal(table.target, [0.25, 1.5, 2, 3.5])


def test_utf8_bom_and_crlf_and_quotes(write_csv):
    path = write_csv(b'\xef\xbb\xbf"height, cm",label\r\n1,yes\r\n2,no\r\n3,yes\r\n')
    table = read_csv_dataset(path, "label")
    assert table.input_names == ("height, cm",)
    assert read_csv_header(path) == ("height, cm", "label")
    assert table.class_names == ("no", "yes")


def test_non_ascii_names_and_labels(write_csv):
    table = read_csv_dataset(write_csv("größe,espèce\n1,été\n2,hiver\n3,été\n"), "espèce")
    assert table.input_names == ("größe",) and table.class_names == ("hiver", "été")


def test_target_in_middle_and_blank_lines_skipped(write_csv):
    table = read_csv_dataset(write_csv("\na,y,b\n1,0,2\n\n3,1,4\n5,0,6\n"), "y")
    assert table.input_names == ("a", "b")
    np.testing.assert_array_equal(table.X, [[1, 2], [3, 4], [5, 6]])
    np.testing.assert_array_equal(table.target, [0, 1, 0])


def test_numeric_classes_sorted_numerically(write_csv):
    rows = "".join(f"{i},{c}\n" for i, c in enumerate([10, 2, 1, 2, 10, 1, 1, 2, 10, 1]))
    table = read_csv_dataset(write_csv("x,y\n" + rows), "y")
    assert table.task == "multiclass" and table.class_names == ("1", "2", "10")


def test_regression_target_detected(write_csv):
    rows = "".join(f"{i},{i * 0.5 + 1}\n" for i in range(30))
    table = read_csv_dataset(write_csv("x,price\n" + rows), "price")
    assert table.task == "regression" and table.class_names == ()
    assert table.target.dtype == np.float64


def test_many_distinct_integers_are_regression(write_csv):
    rows = "".join(f"{i},{i % 25}\n" for i in range(100))  # 25 distinct values > 20
    assert read_csv_dataset(write_csv("x,y\n" + rows), "y").task == "regression"


def test_few_integers_but_more_than_half_the_rows_are_regression(write_csv):
    rows = "".join(f"{i},{i}\n" for i in range(6))  # 6 distinct values in 6 rows
    assert read_csv_dataset(write_csv("x,y\n" + rows), "y").task == "regression"


def test_zero_one_target_is_binary_even_in_tiny_files(write_csv):
    table = read_csv_dataset(write_csv("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n"), "y")
    assert table.task == "binary" and table.class_names == ("0", "1")


@pytest.mark.parametrize("task, expected", [
    ("regression", "regression"), ("multiclass", "multiclass"), ("binary", "binary"),
    ("classification", "binary"),
])
def test_task_override(write_csv, task, expected):
    table = read_csv_dataset(write_csv("x,y\n1,0\n2,1\n3,0\n4,1\n5,0\n6,1\n"), "y", task=task)
    assert table.task == expected


def test_task_override_classification_on_continuous_looking_target(write_csv):
    rows = "".join(f"{i},{i}\n" for i in range(6))
    table = read_csv_dataset(write_csv("x,y\n" + rows), "y", task="classification")
    assert table.task == "multiclass" and len(table.class_names) == 6


def test_load_dataset_csv_relative_to_base_dir(write_csv, tmp_path):
    rows = "".join(f"{i},{i % 3 * 10},{'abc'[i % 3]}\n" for i in range(30))
    write_csv("f1,f2,kind\n" + rows, name="mine.csv")
    ds = load_dataset(DatasetSpec(name="csv", path="mine.csv", target="kind", test_fraction=0.2, seed=1),
                      base_dir=tmp_path)
    assert ds.task == "multiclass" and ds.class_names == ("a", "b", "c")
    assert ds.X_train.shape == (24, 2) and ds.Y_train.shape == (24, 3) and ds.X_test.shape == (6, 2)
    assert ds.input_names == ("f1", "f2") and ds.target_name == "kind" and not ds.is_planar
    assert ds.X_train.dtype == np.float32
    np.testing.assert_array_equal(np.bincount(ds.labels_test), [2, 2, 2])


def test_load_dataset_csv_regression_target_is_standardized(write_csv, tmp_path):
    rows = "".join(f"{i},{1000 + 37 * i}\n" for i in range(40))
    write_csv("x,price\n" + rows, name="r.csv")
    ds = load_dataset(DatasetSpec(name="csv", path="r.csv", target="price", test_fraction=0.25),
                      base_dir=tmp_path)
    assert ds.task == "regression" and ds.Y_train.shape == (30, 1) and ds.labels_train is None
    np.testing.assert_allclose(ds.Y_train.mean(), 0.0, atol=1e-5)
    raw = ds.Y_test[:, 0] * ds.target_scale + ds.target_mean
    assert np.all((raw >= 1000) & (raw <= 1000 + 37 * 39)) and np.allclose((raw - 1000) / 37 % 1, 0, atol=1e-3)


@pytest.mark.parametrize("kw, word", [
    ({"path": None, "target": "y"}, "dataset.path"),
    ({"path": "x.csv", "target": None}, "dataset.target"),
    ({"path": "x.csv", "target": "y", "task": "ordinal"}, "'ordinal'"),
])
def test_load_dataset_csv_spec_errors(tmp_path, kw, word):
    with pytest.raises(DataError, match=word.replace(".", r"\.")):
        load_dataset(DatasetSpec(name="csv", **kw), base_dir=tmp_path)


# --- errors ------------------------------------------------------------------------------------------------

def test_missing_file(tmp_path):
    err = error_of(tmp_path / "nope.csv")
    assert err.file.endswith("nope.csv") and "not found" in str(err) and "nope.csv" in str(err)


def test_folder_instead_of_file(tmp_path):
    err = error_of(tmp_path)
    assert "folder" in str(err) and err.file == str(tmp_path)


@pytest.mark.parametrize("content", ["", "\n\n  \n", b"\xef\xbb\xbf"])
def test_empty_file(write_csv, content):
    err = error_of(write_csv(content))
    assert "empty" in str(err) and "data.csv" in str(err)


def test_header_only(write_csv):
    err = error_of(write_csv("a,b,label\n"))
    assert "no data rows" in str(err) and "data.csv" in str(err)


def test_ragged_row_names_line_and_counts(write_csv):
    err = error_of(write_csv("a,b,label\n1,2,x\n3,4,y\n5,6\n"))
    assert err.line == 4 and "line 4" in str(err)
    assert "2 values" in str(err) and "3 columns" in str(err)


def test_empty_feature_cell(write_csv):
    err = error_of(write_csv("a,b,label\n1,2,x\n3,,y\n"))
    assert (err.line, err.column) == (3, "b")
    assert "line 3" in str(err) and "'b'" in str(err) and "empty" in str(err)


def test_empty_target_cell(write_csv):
    err = error_of(write_csv("a,b,label\n1,2,x\n3,4, \n5,6,y\n"))
    assert (err.line, err.column) == (3, "label") and "empty" in str(err)


def test_text_in_numeric_column(write_csv):
    err = error_of(write_csv("a,b,label\n1,2,x\n3,4,y\n5,six,x\n"))
    assert (err.line, err.column) == (4, "b")
    assert "'six'" in str(err) and "line 4" in str(err) and "data.csv" in str(err)


def test_missing_target_lists_columns(write_csv):
    err = error_of(write_csv(SIMPLE), target="species")
    assert "'species'" in str(err)
    for name in ("'a'", "'b'", "'label'"):
        assert name in str(err)


def test_single_class(write_csv):
    err = error_of(write_csv("a,label\n1,cat\n2,cat\n3,cat\n"))
    assert "single class" in str(err) and "'cat'" in str(err) and err.column == "label"


def test_single_numeric_value(write_csv):
    err = error_of(write_csv("a,label\n1,1\n2,1\n3,1\n"))
    assert "single class" in str(err)


def test_constant_regression_target(write_csv):
    err = error_of(write_csv("a,label\n1,2.5\n2,2.5\n3,2.5\n"), task="regression")
    assert "same value" in str(err)


def test_non_utf8_names_line(write_csv):
    err = error_of(write_csv("a,label\n1,x\n2,caf\xe9\n".encode("latin-1")))
    assert err.line == 3 and "UTF-8" in str(err) and "0xE9" in str(err)


@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity", "1e999"])
def test_non_finite_feature(write_csv, value):
    err = error_of(write_csv(f"a,b,label\n1,2,x\n3,{value},y\n"))
    assert (err.line, err.column) == (3, "b") and "finite" in str(err)


def test_non_finite_target(write_csv):
    err = error_of(write_csv("a,label\n1,0.5\n2,inf\n3,1.5\n"))
    assert (err.line, err.column) == (3, "label") and "finite" in str(err)


def test_text_target_with_regression_forced(write_csv):
    err = error_of(write_csv("a,label\n1,0.5\n2,high\n3,1.5\n"), task="regression")
    assert (err.line, err.column) == (3, "label") and "'high'" in str(err)


def test_binary_forced_with_three_classes(write_csv):
    err = error_of(write_csv("a,label\n1,x\n2,y\n3,z\n"), task="binary")
    assert "exactly two" in str(err) and "x, y, z" in str(err)


def test_too_many_classes(write_csv):
    rows = "".join(f"{i},id{i}\n" for i in range(150))
    err = error_of(write_csv("a,label\n" + rows))
    assert "150" in str(err) and "regression" in str(err)


def test_only_target_column(write_csv):
    err = error_of(write_csv("label\nx\ny\n"))
    assert "input column" in str(err)


def test_duplicate_and_empty_header_names(write_csv):
    err = error_of(write_csv("a,a,label\n1,2,x\n"))
    assert err.line == 1 and err.column == "a" and "twice" in str(err)
    err = error_of(write_csv("a,,label\n1,2,x\n"))
    assert err.line == 1 and err.column == "2"


def test_unknown_task(write_csv):
    err = error_of(write_csv(SIMPLE), task="ordinal")
    assert "'ordinal'" in str(err) and "regression" in str(err)


def test_too_many_columns_refused_before_reading_rows(write_csv, monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_COLUMNS", 5)
    err = error_of(write_csv("c1,c2,c3,c4,c5,c6,label\n" + "1,2,3,4,5,6,x\n"))
    assert "7 columns" in str(err) and "at most 5" in str(err) and err.line == 1


def test_too_many_rows_refused(write_csv, monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_ROWS", 10)
    rows = "".join(f"{i},{i % 2}\n" for i in range(11))
    err = error_of(write_csv("a,label\n" + rows))
    assert "more than 10" in str(err) and err.line == 12


def test_cell_cap_limits_rows_of_wide_files(write_csv, monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_CELLS", 30)
    rows = "".join(f"{i},{i},{i % 2}\n" for i in range(11))  # 3 columns -> at most 10 rows
    err = error_of(write_csv("a,b,label\n" + rows))
    assert "more than 10" in str(err)


def test_real_caps_are_the_documented_ones():
    assert (csv_import.MAX_ROWS, csv_import.MAX_COLUMNS) == (1_000_000, 10_000)


def test_old_mac_line_endings(write_csv):
    table = read_csv_dataset(write_csv(b"a,label\r1,x\r2,y\r3,x\r"), "label")
    np.testing.assert_array_equal(table.X[:, 0], [1, 2, 3])
    err = error_of(write_csv(b"a,label\r1,x\r2\r"))
    assert err.line == 3


def test_quoted_newline_inside_a_label(write_csv):
    table = read_csv_dataset(write_csv('a,label\n1,"two\nlines"\n2,x\n'), "label")
    assert table.class_names == ("two\nlines", "x")
