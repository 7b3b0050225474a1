"""Data sets: synthetic 2-D sets, shipped real sets, CSV import, splitting and scaling. Never imports Qt.

See ``docs/data.md`` for the sets, their plane, the defaults and the CSV rules.
"""

from .csv_import import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, TabularData, read_csv_dataset, read_csv_header
from .csv_target import MAX_CLASSES, TASK_OVERRIDES
from .features import FEATURE_NAMES, make_features
from .loader import load_dataset
from .painted import (MAX_PAINTED_CLASSES, MAX_PAINTED_POINTS, painted_extent, painted_points, painted_task,
                      points_from_dataset)
from .registry import DATASET_NAMES, DatasetInfo, dataset_info, describe_dataset, task_of
from .spec import (
    DEFAULT_FEATURES,
    DEFAULT_NOISE,
    DEFAULT_SAMPLES,
    DEFAULT_SEED,
    DEFAULT_TEST_FRACTION,
    MAX_SAMPLES,
    MIN_SAMPLES,
    Dataset,
    DatasetSpec,
)
from .synthetic import PLANE_EXTENT, XOR4_EXTENT

__all__ = [
    "DATASET_NAMES", "DEFAULT_FEATURES", "DEFAULT_NOISE", "DEFAULT_SAMPLES", "DEFAULT_SEED",
    "DEFAULT_TEST_FRACTION", "FEATURE_NAMES", "MAX_CELLS", "MAX_CLASSES", "MAX_COLUMNS", "MAX_PAINTED_CLASSES",
    "MAX_PAINTED_POINTS", "MAX_ROWS",
    "MAX_SAMPLES", "MIN_SAMPLES", "PLANE_EXTENT", "TASK_OVERRIDES", "XOR4_EXTENT", "Dataset", "DatasetInfo",
    "DatasetSpec", "TabularData", "dataset_info", "describe_dataset", "load_dataset", "make_features",
    "painted_extent", "painted_points", "painted_task", "points_from_dataset", "read_csv_dataset",
    "read_csv_header", "task_of",
]
