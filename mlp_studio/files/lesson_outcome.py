"""A lesson's machine-checkable outcome: what training its experiment should show, and checking it headless.

An outcome is a JSON object (``docs/lessons.md``)::

    {"epochs": 1000, "train_accuracy": {"max": 0.75}}
    {"diverges": true}
    {"gradient_ratio": {"max": 0.001}, "test_accuracy": {"max": 0.65}}
    {"identical_units": true}

Ranges (``{"min": a, "max": b}``, either bound optional) apply to measurements taken after training:
``train_accuracy``, ``test_accuracy`` (classification), ``train_r2``, ``test_r2`` (regression), ``train_loss``,
``test_loss``, ``gap`` (train metric − test metric), ``loss_drop`` ((first − last) / first training loss),
``loss_increases`` (epochs whose training loss was above the previous epoch's) and ``gradient_ratio``
(‖∂L/∂W‖ of the first layer over that of the last). ``diverges`` says whether the loss becomes NaN/∞;
``identical_units`` whether every hidden layer's neurons ended up with the same weights.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.data import task_of
from mlp_studio.engine import DivergenceError
from mlp_studio.errors import SpecError
from mlp_studio.model.session import Session
from mlp_studio.model.snapshot import gradient_norms
from mlp_studio.model.spec import ExperimentSpec

RANGE_KEYS = ("train_accuracy", "test_accuracy", "train_r2", "test_r2", "train_loss", "test_loss", "gap",
              "loss_drop", "loss_increases", "gradient_ratio")
FLAG_KEYS = ("diverges", "identical_units")
OUTCOME_KEYS = ("epochs", *RANGE_KEYS, *FLAG_KEYS)
WORDS = {"train_accuracy": "train accuracy", "test_accuracy": "test accuracy", "train_r2": "train R²",
         "test_r2": "test R²", "train_loss": "train loss", "test_loss": "test loss",
         "gap": "train − test gap", "loss_drop": "relative drop of the training loss",
         "loss_increases": "epochs whose training loss rose", "gradient_ratio": "first / last layer gradient norm",
         "diverges": "diverges", "identical_units": "hidden neurons identical"}
SAME_TOLERANCE = 1e-5


def parse_outcome(data: Any, spec: ExperimentSpec, field: str = "outcome", file: str | None = None) -> dict:
    """Validate an outcome against the experiment it is for and return a clean copy.

    Raises
    ------
    SpecError
        Unknown keys, bad ranges, or measurements that do not apply (accuracy for regression, test values
        without a test split, identical units without a hidden layer, ...). The message names the field.
    """
    if not isinstance(data, dict) or not data:
        raise SpecError(tr("must be a non-empty object"), field=field, file=file)
    unknown = sorted(set(data) - set(OUTCOME_KEYS))
    if unknown:
        raise SpecError(tr("unknown expectation (allowed: {names})").format(
                            names=', '.join(OUTCOME_KEYS)), field=f"{field}.{unknown[0]}",
                        file=file)
    outcome: dict[str, Any] = {}
    if "epochs" in data:
        epochs = data["epochs"]
        if isinstance(epochs, bool) or not isinstance(epochs, int) or not 1 <= epochs <= 1_000_000:
            raise SpecError(tr("must be a whole number from 1 to 1000000, not {epochs!r}").format(
                                epochs=epochs), field=f"{field}.epochs",
                            file=file)
        outcome["epochs"] = epochs
    for key in FLAG_KEYS:
        if key in data:
            if not isinstance(data[key], bool):
                raise SpecError(tr("must be true or false"), field=f"{field}.{key}", file=file)
            outcome[key] = data[key]
    for key in RANGE_KEYS:
        if key in data:
            outcome[key] = _range(data[key], f"{field}.{key}", file)
    _check_applies(outcome, spec, field, file)
    return outcome


def _range(value: Any, field: str, file: str | None) -> dict[str, float]:
    if not isinstance(value, dict) or not value or set(value) - {"min", "max"}:
        raise SpecError(tr('must be {"min": number} and/or {"max": number}'), field=field, file=file)
    for bound, number in value.items():
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
            raise SpecError(tr("must be a finite number, not {number!r}").format(
                                number=number), field=f"{field}.{bound}", file=file)
    if "min" in value and "max" in value and value["min"] > value["max"]:
        raise SpecError(tr("min is larger than max"), field=field, file=file)
    return {bound: float(value[bound]) for bound in ("min", "max") if bound in value}


def _check_applies(outcome: dict, spec: ExperimentSpec, field: str, file: str | None) -> None:
    task = task_of(spec.dataset.name)
    if outcome.get("diverges") and set(outcome) - {"diverges", "epochs"}:
        extra = sorted(set(outcome) - {"diverges", "epochs"})[0]
        raise SpecError(tr("a diverging run has nothing else to measure"), field=f"{field}.{extra}", file=file)
    for key in outcome:
        wrong = ((key.endswith("_accuracy") and task == "regression")
                 or (key.endswith("_r2") and task in ("binary", "multiclass")))
        if wrong:
            raise SpecError(tr("does not apply to {name!r} ({task})").format(
                                name=spec.dataset.name, task=task), field=f"{field}.{key}", file=file)
        if (key.startswith("test_") or key == "gap") and spec.dataset.test_fraction == 0:
            raise SpecError(tr("needs a test split (dataset.test_fraction > 0)"), field=f"{field}.{key}", file=file)
    if "gradient_ratio" in outcome and len(spec.network.layers) < 2:
        raise SpecError(tr("needs at least one hidden layer"), field=f"{field}.gradient_ratio", file=file)
    if "identical_units" in outcome and not any(layer.units > 1 for layer in spec.network.hidden):
        raise SpecError(tr("needs a hidden layer of two or more neurons"), field=f"{field}.identical_units", file=file)


@dataclass(frozen=True)
class Check:
    """One expectation: what was expected, what was measured, and whether it held."""

    name: str
    expected: str
    observed: str
    passed: bool

    def describe(self) -> str:
        """E.g. ``"train accuracy: expected at most 0.75, got 0.5 — ok"``."""
        verdict = "ok" if self.passed else "NOT MET"
        return f"{WORDS.get(self.name, self.name)}: expected {self.expected}, got {self.observed} — {verdict}"


@dataclass(frozen=True)
class OutcomeResult:
    """The result of training a lesson's experiment and checking its outcome.

    Attributes
    ----------
    label : str
        The lesson (and variant) id.
    passed : bool
        Every check held.
    epochs : int
        Epochs asked for; ``epochs_done`` were completed (fewer when the run diverged).
    checks : tuple of Check
    measurements : dict
        Everything measured (metric names as in the outcome keys, floats; nan when not applicable).
    diverged : str
        Empty, or the divergence message.
    seconds : float
    """

    label: str
    passed: bool
    epochs: int
    epochs_done: int
    checks: tuple[Check, ...]
    measurements: dict = field(default_factory=dict)
    diverged: str = ""
    seconds: float = 0.0

    def describe(self) -> str:
        """A few readable lines: the verdict, then each expectation with what happened."""
        verdict = "as expected" if self.passed else "NOT as expected"
        head = (f"{self.label}: {verdict} after {self.epochs_done} of {self.epochs} epochs "
                f"({self.seconds:.2f} s)")
        if self.diverged:
            head += f"; the run diverged: {self.diverged}"
        return "\n".join([head, *(f"  {check.describe()}" for check in self.checks)])


# ------------------------------------------------------------------------------------------------ running

def check_spec_outcome(spec: ExperimentSpec, outcome: dict, label: str = "",
                       base_dir: str | Path = ".") -> OutcomeResult:
    """Train ``spec`` for the outcome's epochs (default: the experiment's) and check ``outcome``."""
    epochs = outcome.get("epochs", spec.training.epochs)
    started = time.perf_counter()
    session = Session.from_spec(spec, Path(base_dir))
    track = "loss_drop" in outcome or "loss_increases" in outcome
    losses = [session.evaluate().train_loss] if track else []
    done, diverged = 0, ""
    try:
        for done in range(1, epochs + 1):
            session.trainer.run_epoch()
            if track:
                losses.append(session.evaluate().train_loss)
    except DivergenceError as error:
        diverged, done = str(error), done - 1
    measurements = {} if diverged else _measure(session, losses)
    checks = tuple(_check(key, outcome[key], measurements, diverged) for key in OUTCOME_KEYS
                   if key in outcome and key != "epochs")
    if "diverges" not in outcome and diverged:
        checks += (Check("diverges", "no", "yes", False),)
    return OutcomeResult(label=label, passed=all(check.passed for check in checks), epochs=epochs,
                         epochs_done=done, checks=checks, measurements=measurements, diverged=diverged,
                         seconds=time.perf_counter() - started)


def _measure(session: Session, losses: list[float]) -> dict:
    result = session.evaluate()
    name = result.metric_name
    values = {"train_loss": result.train_loss, "test_loss": result.test_loss,
              f"train_{name}": result.train_metric, f"test_{name}": result.test_metric,
              "gap": result.train_metric - result.test_metric}
    if losses:
        values["loss_drop"] = (losses[0] - losses[-1]) / losses[0] if losses[0] else float("nan")
        values["loss_increases"] = float(sum(1 for a, b in zip(losses, losses[1:]) if b > a))
    dataset = session.dataset
    norms = gradient_norms(session.network, dataset.X_train, dataset.Y_train)
    if len(norms) >= 2:
        values["gradient_ratio"] = norms[0] / norms[-1] if norms[-1] > 0 else float("inf")
    values["identical_units"] = identical_hidden_units(session.network.weights, session.network.biases)
    return values


def identical_hidden_units(weights, biases) -> bool:
    """True when, in every hidden layer of two or more neurons, all neurons have the same weights.

    Same incoming weights (columns of ``weights[i]``), the same bias, and the same outgoing weights (rows of
    ``weights[i + 1]``), up to a small tolerance relative to the largest weight.
    """
    checked = False
    for i in range(len(weights) - 1):
        incoming, bias, outgoing = (np.asarray(a, dtype=np.float64) for a in (weights[i], biases[i], weights[i + 1]))
        if incoming.shape[1] < 2:
            continue
        checked = True
        scale = SAME_TOLERANCE * (1.0 + max(np.abs(incoming).max(), np.abs(outgoing).max()))
        spread = max(np.ptp(incoming, axis=1).max(), np.ptp(bias), np.ptp(outgoing, axis=0).max())
        if not spread <= scale:
            return False
    return checked


def _check(key: str, expected: Any, measured: dict, diverged: str) -> Check:
    if key == "diverges":
        return Check(key, "yes" if expected else "no", "yes" if diverged else "no", expected == bool(diverged))
    if diverged:
        return Check(key, _range_text(expected) if isinstance(expected, dict) else str(expected).lower(),
                     "nothing (the run diverged)", False)
    value = measured.get(key)
    if key == "identical_units":
        return Check(key, "yes" if expected else "no", "yes" if value else "no", expected == value)
    ok = value is not None and not math.isnan(value)
    ok = ok and ("min" not in expected or value >= expected["min"]) and ("max" not in expected
                                                                          or value <= expected["max"])
    return Check(key, _range_text(expected), _number(value), bool(ok))


def _range_text(bounds: dict) -> str:
    if "min" in bounds and "max" in bounds:
        return f"between {_number(bounds['min'])} and {_number(bounds['max'])}"
    return f"at least {_number(bounds['min'])}" if "min" in bounds else f"at most {_number(bounds['max'])}"


def _number(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, float) and (value == 0 or 1e-3 <= abs(value) < 1e5 or not math.isfinite(value)):
        return f"{value:.4g}"
    return f"{value:.3g}" if isinstance(value, float) else str(value)
