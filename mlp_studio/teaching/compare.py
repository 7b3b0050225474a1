"""Compare two runs: the same data and seeds, one setting changed, loss curves overlaid, boundaries side by side.

:class:`ComparisonRun` builds two :class:`~mlp_studio.model.session.Session` objects (sharing one loaded data
set when both specs ask for the same data) and trains them epoch by epoch; :meth:`ComparisonRun.step_epochs`
lets a controller drive it incrementally, :func:`run_comparison` runs it to the end. Everything is seeded by
the specs, so the same pair of specs always gives the same curves. A run that diverges (a classic outcome of a
too-large learning rate) stops with its message; the other run goes on.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mlp_studio.data import load_dataset
from mlp_studio.engine import DivergenceError
from mlp_studio.i18n import tr
from mlp_studio.model.session import Session
from mlp_studio.model.snapshot import PlaneGrid, read_only
from mlp_studio.model.spec import ExperimentSpec, LayerSpec, TrainingSpec

from mlp_studio.model.planes import PlanePictures, plane_pictures

_TRAINING_FIELDS = {f.name for f in dataclasses.fields(TrainingSpec)}
_NETWORK_FIELDS = {"loss", "init", "seed"}


@dataclass(frozen=True)
class RunCurves:
    """One run of a comparison; curve arrays are read-only (k,) float64, point 0 is before training.

    Attributes
    ----------
    label : str
        E.g. ``"learning_rate = 0.3"``.
    spec : ExperimentSpec
    epochs : numpy.ndarray
        Completed epochs at each point (0, 1, 2, ...).
    train_loss, test_loss, train_metric, test_metric : numpy.ndarray
        From ``session.evaluate()`` after each epoch (test values nan without a test split).
    metric_name : str
        ``"accuracy"`` or ``"r2"``.
    pictures : PlanePictures or None
        The current boundary and neuron pictures (planar data sets only).
    diverged : str
        Empty, or the divergence message that stopped this run.
    """

    label: str
    spec: ExperimentSpec
    epochs: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_metric: np.ndarray
    test_metric: np.ndarray
    metric_name: str
    pictures: PlanePictures | None
    diverged: str


@dataclass(frozen=True)
class ComparisonResult:
    """Both runs, in the order the specs were given."""

    runs: tuple[RunCurves, ...]


class _Run:
    """A session plus its per-epoch evaluation history."""

    def __init__(self, label: str, session: Session, grid: PlaneGrid | None):
        self.label, self.session, self.grid = label, session, grid
        self.rows: list[tuple[float, ...]] = []
        self.diverged = ""
        self._record()

    def _record(self) -> None:
        e = self.session.evaluate()
        self.rows.append((float(self.session.trainer.epoch), e.train_loss, e.test_loss, e.train_metric,
                          e.test_metric))

    def step_epochs(self, n: int) -> None:
        for _ in range(n):
            if self.diverged:
                return
            try:
                self.session.trainer.run_epoch()
            except DivergenceError as error:
                self.diverged = str(error)
                return
            self._record()

    def curves(self, with_pictures: bool) -> RunCurves:
        columns = [read_only(c, np.float64) for c in np.array(self.rows, dtype=np.float64).T]
        pictures = None
        if with_pictures and self.grid is not None:
            pictures = plane_pictures(self.session.network, self.grid, self.session.dataset.task)
        return RunCurves(self.label, self.session.spec, *columns, metric_name=self.session.metric_name,
                         pictures=pictures, diverged=self.diverged)


class ComparisonRun:
    """Two runs trained side by side, step-able by whole epochs.

    Parameters
    ----------
    spec_a, spec_b : ExperimentSpec
        Usually from :func:`variants`; same data set spec → the data is loaded once and shared.
    base_dir : str or Path
        Where relative data paths resolve.
    labels : tuple of str, optional
        Curve labels; default the spec names.
    resolution, neuron_resolution : int
        Points per side of the boundary and neuron pictures (planar data sets).
    """

    def __init__(self, spec_a: ExperimentSpec, spec_b: ExperimentSpec, base_dir: str | Path = ".",
                 labels: tuple[str, str] | None = None, resolution: int = 60, neuron_resolution: int = 20):
        labels = labels or (spec_a.name, spec_b.name)
        first = load_dataset(spec_a.dataset, Path(base_dir))
        second = first if spec_b.dataset == spec_a.dataset else load_dataset(spec_b.dataset, Path(base_dir))
        self._runs = []
        for label, spec, dataset in zip(labels, (spec_a, spec_b), (first, second)):
            grid = PlaneGrid.for_dataset(dataset, resolution, neuron_resolution)
            self._runs.append(_Run(label, Session(spec, dataset), grid))

    @property
    def epoch(self) -> int:
        """Epochs completed by the run that got furthest (a diverged run stops early)."""
        return max(run.session.trainer.epoch for run in self._runs)

    @property
    def sessions(self) -> tuple[Session, ...]:
        """The two live sessions (read them; stepping them directly bypasses the curves)."""
        return tuple(run.session for run in self._runs)

    def step_epochs(self, n: int = 1) -> ComparisonResult:
        """Train both runs ``n`` more epochs and return the curves (boundaries included)."""
        for run in self._runs:
            run.step_epochs(int(n))
        return self.result()

    def result(self, with_pictures: bool = True) -> ComparisonResult:
        """Curves so far; ``with_pictures=False`` skips the boundary evaluation (cheaper for live curves)."""
        return ComparisonResult(tuple(run.curves(with_pictures) for run in self._runs))


def run_comparison(spec_a: ExperimentSpec, spec_b: ExperimentSpec, epochs: int, base_dir: str | Path = ".",
                   labels: tuple[str, str] | None = None, resolution: int = 60) -> ComparisonResult:
    """Train both specs for ``epochs`` epochs and return their curves and final boundaries."""
    return ComparisonRun(spec_a, spec_b, base_dir, labels, resolution).step_epochs(epochs)


def variant_label(field: str, value) -> str:
    """``"learning_rate = 0.3"``: how a variant is named on the plots."""
    return tr("{field} = {value}").format(field=field, value=value)


def with_setting(spec: ExperimentSpec, field: str, value) -> ExperimentSpec:
    """A copy of ``spec`` with one setting changed.

    ``field`` is a training setting (``learning_rate``, ``optimizer``, ``batch_size``, ``l2``, ...),
    ``activation`` (every hidden layer), ``loss``/``init`` (network), or a dotted ``training.x``,
    ``network.x`` or ``dataset.x`` (``network.seed`` is the weight seed, plain ``seed`` the shuffling seed).

    Raises
    ------
    ValueError
        For an unknown field.
    """
    section, _, name = field.rpartition(".")
    if section == "dataset":
        return spec.with_dataset(**{name: value})
    if section in ("", "training") and name in _TRAINING_FIELDS:
        return spec.with_training(**{name: value})
    if section in ("", "network") and name in ("activation", "hidden_activation"):
        hidden = tuple(LayerSpec(layer.units, value) for layer in spec.network.hidden)
        return spec.with_network(layers=hidden + (spec.network.output,))
    if section in ("", "network") and name in _NETWORK_FIELDS:
        return spec.with_network(**{name: value})
    raise ValueError(f"cannot vary {field!r}: use a training setting ({', '.join(sorted(_TRAINING_FIELDS))}), "
                     f"activation, loss, init, network.seed or dataset.<field>")


def variants(spec: ExperimentSpec, field: str, values) -> tuple[ExperimentSpec, ...]:
    """One spec per value of ``field`` (see :func:`with_setting`), named ``"<name> (<field> = <value>)"``."""
    return tuple(dataclasses.replace(with_setting(spec, field, value),
                                     name=f"{spec.name} ({variant_label(field, value)})") for value in values)


__all__ = ["ComparisonRun", "ComparisonResult", "RunCurves", "run_comparison", "variants", "with_setting",
           "variant_label"]
