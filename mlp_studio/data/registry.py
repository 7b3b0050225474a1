"""The catalogue of built-in data sets: names, kinds, tasks and one-line descriptions for the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from mlp_studio.errors import DataError
from mlp_studio.i18n import tr, tr_marked, tr_noop


@dataclass(frozen=True)
class DatasetInfo:
    """What the GUI shows about a data set before loading it.

    Attributes
    ----------
    name : str
        Registry name, as written in experiment files.
    kind : str
        ``"synthetic"`` (generated 2-D), ``"fixed"`` (``xor4``), ``"painted"`` (points painted by hand),
        ``"real"`` (shipped CSV) or ``"csv"``.
    task : str or None
        ``"binary"``, ``"multiclass"``, ``"regression"``, or None for ``csv`` (decided by the file) and
        ``painted`` (decided by the classes painted).
    description : str
        One line for people, in English (marked with ``tr_noop``; :func:`describe_dataset` translates it).
    """

    name: str
    kind: str
    task: str | None
    description: str

    @property
    def is_planar(self) -> bool:
        """True for the 2-D sets whose decision boundary can be drawn over the plane."""
        return self.kind in ("synthetic", "fixed", "painted")


_INFOS = (
    DatasetInfo("xor", "synthetic", "binary",
                tr_noop("Four quadrants: class 0 where x1 and x2 have the same sign, class 1 where they differ.")),
    DatasetInfo("circle", "synthetic", "binary", tr_noop("A disc of one class surrounded by a ring of the other.")),
    DatasetInfo("gaussians", "synthetic", "binary",
                tr_noop("Two round clouds of points, separable by a straight line; noise widens them.")),
    DatasetInfo("spiral", "synthetic", "binary", tr_noop("Two interleaved spiral arms: hard, needs several layers.")),
    DatasetInfo("moons", "synthetic", "binary", tr_noop("Two interlocking half moons: needs a curved boundary.")),
    DatasetInfo("xor4", "fixed", "binary",
                tr_noop("The four XOR points (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0 "
                        "that a single neuron cannot learn.")),
    DatasetInfo("plane", "synthetic", "regression",
                tr_noop("Regression: the target rises evenly across the plane, y = (x1 + x2) / 10.")),
    DatasetInfo("gaussian_hills", "synthetic", "regression",
                tr_noop("Regression: three peaks (+1) and three pits (-1) in two rows, like a checkerboard.")),
    DatasetInfo("painted", "painted", None,
                tr_noop("Your own points: paint them on the plane, up to six classes (Paint, above the plot).")),
    DatasetInfo("iris", "real", "multiclass",
                tr_noop("Iris flowers: 150 flowers, 4 petal and sepal measurements, 3 species (Fisher, 1936).")),
    DatasetInfo("wine", "real", "multiclass",
                tr_noop("Wines: 178 Italian wines, 13 chemical measurements, 3 grape cultivars.")),
    DatasetInfo("breast_cancer", "real", "binary",
                tr_noop("Breast tumours: 569 biopsies, 30 cell-nucleus measurements, malignant or benign.")),
    DatasetInfo("digits", "real", "multiclass",
                tr_noop("Handwritten digits: 1,797 images of 8×8 grey pixels (64 inputs, 0..16), digits 0 to 9.")),
    DatasetInfo("csv", "csv", None, tr_noop("Your own CSV file: numeric input columns and one target column.")),
)

#: Every ``dataset.name`` an experiment may use, in display order.
DATASET_NAMES: tuple[str, ...] = tuple(info.name for info in _INFOS)
_BY_NAME = {info.name: info for info in _INFOS}


def dataset_info(name: str) -> DatasetInfo:
    """Catalogue entry of a data set.

    Raises
    ------
    DataError
        For an unknown name; the message lists the valid names.
    """
    try:
        return _BY_NAME[name]
    except (KeyError, TypeError):
        raise DataError(tr("unknown data set {name}; valid data sets are {names}").format(
            name=repr(name), names=", ".join(DATASET_NAMES))) from None


def describe_dataset(name: str) -> str:
    """One-line human description of a data set (for the GUI), in the UI language."""
    return tr_marked(dataset_info(name).description)


def task_of(name: str) -> str | None:
    """``"binary"``, ``"multiclass"`` or ``"regression"``; None for ``csv`` and ``painted`` (the data decides)."""
    return dataset_info(name).task
