"""The data set request (:class:`DatasetSpec`) and the loaded, split data set (:class:`Dataset`).

Both are frozen: a :class:`Dataset` is handed to the training thread and to the plots at the same time, so
its arrays are also made read-only (``flags.writeable = False``) to make accidental sharing bugs loud.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from numbers import Integral, Real

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.errors import DataError

from .features import FEATURE_NAMES, make_features

#: Sizes the synthetic generators accept; beyond 100,000 points a live boundary plot is pointless.
MIN_SAMPLES = 4
MAX_SAMPLES = 100_000

#: Defaults used when a hand-written experiment leaves a field out (see docs/data.md).
DEFAULT_SAMPLES = 400
DEFAULT_NOISE = 0.1
DEFAULT_TEST_FRACTION = 0.25
DEFAULT_SEED = 0
DEFAULT_FEATURES = ("x1", "x2")



@dataclass(frozen=True)
class DatasetSpec:
    """What data set to build, as written in the experiment file's ``dataset`` object.

    Fields that do not apply to the chosen set are ignored: ``samples``/``noise`` for ``xor4`` and the real
    sets, ``features`` for the real and CSV sets, ``path``/``target``/``task`` for everything but ``csv``.

    Parameters
    ----------
    name : str
        One of ``DATASET_NAMES``.
    samples : int
        Number of generated points for synthetic sets (4 .. 100,000).
    noise : float
        TensorFlow Playground's noise slider / 100 for synthetic sets (0 .. 0.5 typical), >= 0; how it acts
        depends on the set (docs/data.md).
    test_fraction : float
        Share of the rows held out for testing, 0 <= f < 1.
    seed : int
        Seeds both the generator and the split (>= 0).
    features : tuple of str
        Network inputs computed from the plane point ``(x1, x2)`` (2-D sets only).
    path : str, optional
        CSV file, relative to the experiment's folder (``csv`` only).
    target : str, optional
        Name of the CSV column to predict (``csv`` only).
    task : str, optional
        Force ``"binary"``, ``"multiclass"``, ``"classification"`` or ``"regression"`` for ``csv``.
    points : tuple of (float, float, int), optional
        The ``painted`` set's points ``(x1, x2, class)`` (``painted`` only; see ``data/painted.py``). A tuple,
        so the spec stays hashable.
    extent : tuple of 4 float, optional
        The ``painted`` set's plane ``(x_min, x_max, y_min, y_max)`` (``painted`` only): points are clipped to it
        and it is the data set's ``plane_extent``. None means the Playground plane [-6, 6]². Finite, min < max,
        each side 0.1 .. 1000 long.
    """

    name: str
    samples: int = DEFAULT_SAMPLES
    noise: float = DEFAULT_NOISE
    test_fraction: float = DEFAULT_TEST_FRACTION
    seed: int = DEFAULT_SEED
    features: tuple[str, ...] = DEFAULT_FEATURES
    path: str | None = None
    target: str | None = None
    task: str | None = None
    points: tuple[tuple[float, float, int], ...] | None = None
    extent: tuple[float, float, float, float] | None = None


def validate_common(spec: DatasetSpec) -> None:
    """Check the fields every data set uses: ``test_fraction`` and ``seed``.

    Raises
    ------
    DataError
        With a message naming the field and the allowed range.
    """
    f = spec.test_fraction
    if isinstance(f, bool) or not isinstance(f, Real) or not math.isfinite(f) or not 0.0 <= f < 1.0:
        raise DataError(tr("dataset.test_fraction must be a number with 0 <= test_fraction < 1, got {f!r}").format(
                            f=f))
    seed = spec.seed
    if isinstance(seed, bool) or not isinstance(seed, Integral) or seed < 0:
        raise DataError(tr("dataset.seed must be a whole number >= 0, got {seed!r}").format(seed=seed))


def validate_synthetic(spec: DatasetSpec) -> None:
    """Check ``samples``, ``noise`` and ``features`` for the generated 2-D sets.

    Raises
    ------
    DataError
        With a message naming the field and the allowed range.
    """
    n = spec.samples
    if isinstance(n, bool) or not isinstance(n, Integral) or not MIN_SAMPLES <= n <= MAX_SAMPLES:
        raise DataError(tr("dataset.samples must be a whole number from {min_samples} to {max_samples:,}, "
                           "got {n!r}").format(min_samples=MIN_SAMPLES, max_samples=MAX_SAMPLES, n=n))
    noise = spec.noise
    if isinstance(noise, bool) or not isinstance(noise, Real) or not math.isfinite(noise) or noise < 0:
        raise DataError(tr("dataset.noise must be a finite number >= 0, got {noise!r}").format(noise=noise))
    validate_features(spec.features)


def validate_features(features) -> None:
    """Check the feature list of a 2-D set: non-empty, known names, no repeats.

    Raises
    ------
    DataError
        Naming the offending entry and listing the valid names.
    """
    if isinstance(features, str) or not features:
        raise DataError(tr("dataset.features must be a non-empty list of feature names, any of {names}").format(
                            names=', '.join(FEATURE_NAMES)))
    seen = set()
    for name in features:
        if name not in FEATURE_NAMES:
            raise DataError(tr("dataset.features: unknown feature {name!r}; valid features are {names}").format(
                                name=name, names=', '.join(FEATURE_NAMES)))
        if name in seen:
            raise DataError(tr("dataset.features: {name!r} is listed twice").format(name=name))
        seen.add(name)


def readonly(array: np.ndarray | None, dtype=None) -> np.ndarray | None:
    """Return a C-contiguous copy of ``array`` (optionally cast) that cannot be written to."""
    if array is None:
        return None
    out = np.array(array, dtype=dtype, order="C", copy=True)
    out.flags.writeable = False
    return out


@dataclass(frozen=True, eq=False)  # arrays make field-wise == ambiguous; compare by identity
class Dataset:
    """A loaded data set, split into training and test parts, ready for the network.

    All arrays are float32 (labels int64) and read-only. ``n`` and ``m`` below are the training and test
    sizes; ``m`` may be 0, in which case the test arrays are empty with the right width.

    Attributes
    ----------
    name, description : str
        Registry name (``"xor"``, ``"csv"``, ...) and a one-line human description.
    task : str
        ``"binary"``, ``"multiclass"`` or ``"regression"``.
    X_train, X_test : ndarray, shape (n, n_inputs), (m, n_inputs)
        Network inputs (features for planar sets, standardized columns for real and CSV sets).
    Y_train, Y_test : ndarray, shape (n, n_outputs), (m, n_outputs)
        Targets: 0/1 column for binary, one-hot for multiclass, the value for regression.
    labels_train, labels_test : ndarray of int64, shape (n,), (m,), or None
        Class indices into ``class_names``; None for regression.
    n_inputs, n_outputs : int
        Widths of X and Y.
    input_names : tuple of str
        Names of the network inputs (feature formulas or CSV column names).
    class_names : tuple of str
        Class names for classification (``("0", "1")`` for synthetic sets); empty for regression.
    is_planar : bool
        True for the synthetic 2-D sets; drives the decision-boundary plot.
    points_train, points_test : ndarray, shape (n, 2), (m, 2), or None
        Raw plane coordinates of planar sets.
    plane_extent : tuple of float or None
        ``(x_min, x_max, y_min, y_max)`` for the boundary plot of planar sets.
    target_name : str or None
        The CSV target column (``"class"`` for the shipped sets); None for synthetic sets.
    input_mean, input_scale : ndarray, shape (n_inputs,), or None
        Standardization fitted on the training split (``X = (raw - mean) / scale``); None when unscaled.
    target_mean, target_scale : float or None
        Standardization of a CSV regression target (``Y = (raw - mean) / scale``); None otherwise.
    """

    name: str
    description: str
    task: str
    X_train: np.ndarray
    Y_train: np.ndarray
    X_test: np.ndarray
    Y_test: np.ndarray
    labels_train: np.ndarray | None
    labels_test: np.ndarray | None
    input_names: tuple[str, ...]
    class_names: tuple[str, ...]
    is_planar: bool = False
    points_train: np.ndarray | None = None
    points_test: np.ndarray | None = None
    plane_extent: tuple[float, float, float, float] | None = None
    target_name: str | None = None
    input_mean: np.ndarray | None = None
    input_scale: np.ndarray | None = None
    target_mean: float | None = None
    target_scale: float | None = None
    n_inputs: int = field(init=False)
    n_outputs: int = field(init=False)

    def __post_init__(self) -> None:
        # Copy-and-freeze here so that no caller can hand in an array it later mutates.
        for name in ("X_train", "Y_train", "X_test", "Y_test", "points_train", "points_test",
                     "input_mean", "input_scale"):
            object.__setattr__(self, name, readonly(getattr(self, name), np.float32))
        for name in ("labels_train", "labels_test"):
            object.__setattr__(self, name, readonly(getattr(self, name), np.int64))
        object.__setattr__(self, "n_inputs", int(self.X_train.shape[1]))
        object.__setattr__(self, "n_outputs", int(self.Y_train.shape[1]))

    @property
    def n_train(self) -> int:
        """Number of training rows."""
        return int(self.X_train.shape[0])

    @property
    def n_test(self) -> int:
        """Number of test rows (0 when ``test_fraction`` was 0)."""
        return int(self.X_test.shape[0])

    def inputs_for_points(self, points: np.ndarray) -> np.ndarray:
        """Turn plane points into network inputs, exactly as the training inputs were made.

        Parameters
        ----------
        points : array_like, shape (m, 2)
            Plane coordinates ``(x1, x2)``, e.g. a grid covering ``plane_extent``.

        Returns
        -------
        ndarray of float32, shape (m, n_inputs)

        Raises
        ------
        ValueError
            If the data set is not planar or ``points`` is not (m, 2).
        """
        if not self.is_planar:
            raise ValueError(f"data set {self.name!r} is not planar; it has no plane to map points from")
        X = make_features(np.asarray(points, dtype=np.float64), self.input_names).astype(np.float32)
        if self.input_mean is not None:
            X = (X - self.input_mean) / self.input_scale
        return X
