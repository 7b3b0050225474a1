"""Regenerate the shipped real data sets (resources/datasets/*.csv) from scikit-learn's bundled copies.

MLP Studio never imports scikit-learn at run time; this script is run by hand, once, when the CSVs need
rebuilding. Install scikit-learn somewhere throw-away rather than into the app's environment, e.g.::

    python -m pip install --target /tmp/skl scikit-learn
    PYTHONPATH=/tmp/skl python tools/extract_datasets.py            # writes resources/datasets/
    PYTHONPATH=/tmp/skl python tools/extract_datasets.py --check    # verifies the files, writes nothing

scikit-learn's loaders read the copies shipped inside its wheel, so no network access is needed. After
writing, each file is read back with MLP Studio's own CSV reader and compared with scikit-learn's arrays.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "datasets"
TARGET = "class"


def _format(value: float) -> str:
    """Shortest text that reads back as the same float64 (``5.1``, ``16`` rather than ``16.0``)."""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


def _class_names(name: str, bunch) -> list[str]:
    """Readable class names per target index: species, diagnosis, cultivar or digit."""
    if name == "digits":
        return [str(int(c)) for c in bunch.target_names]
    return [str(c) for c in bunch.target_names]


def _feature_names(name: str, bunch) -> list[str]:
    """Column headers: scikit-learn's feature names (``pixel_r_c`` for digits, row and column 0..7)."""
    names = [str(n) for n in bunch.feature_names]
    if len(names) != bunch.data.shape[1]:
        raise SystemExit(f"{name}: {len(names)} feature names for {bunch.data.shape[1]} columns")
    return names


def _loaders():
    from sklearn import datasets  # imported here so --help works without scikit-learn

    return {"iris": datasets.load_iris, "wine": datasets.load_wine,
            "breast_cancer": datasets.load_breast_cancer, "digits": datasets.load_digits}


def render_csv(name: str, bunch) -> str:
    """The CSV text of one data set: header of feature names plus ``class``, one row per sample."""
    classes = _class_names(name, bunch)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*_feature_names(name, bunch), TARGET])
    for row, target in zip(bunch.data, bunch.target):
        writer.writerow([*(_format(v) for v in row), classes[int(target)]])
    return buffer.getvalue()


def verify(name: str, bunch, path: Path) -> None:
    """Read ``path`` with MLP Studio's reader and compare it with scikit-learn's arrays."""
    sys.path.insert(0, str(ROOT))
    from mlp_studio.data import read_csv_dataset

    table = read_csv_dataset(path, TARGET)
    classes = _class_names(name, bunch)
    if not np.array_equal(table.X, np.asarray(bunch.data, dtype=np.float64)):
        raise SystemExit(f"{path}: feature values differ from scikit-learn's")
    read_back = [table.class_names[i] for i in table.target]
    if read_back != [classes[int(t)] for t in bunch.target]:
        raise SystemExit(f"{path}: class labels differ from scikit-learn's")
    print(f"{path.name}: {table.X.shape[0]} rows x {table.X.shape[1]} inputs, "
          f"{len(table.class_names)} classes ({table.task}) - matches scikit-learn")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the existing files, write nothing")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    import sklearn

    print(f"scikit-learn {sklearn.__version__}")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, load in _loaders().items():
        bunch = load()
        path = args.out / f"{name}.csv"
        if not args.check:
            path.write_text(render_csv(name, bunch), encoding="utf-8", newline="")
        verify(name, bunch, path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
