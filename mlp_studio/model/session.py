"""A training session: the data set, network, optimizer and trainer built from one experiment spec.

The command line and the GUI's training worker both build their runs here, so an experiment trains to the same
numbers in either place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from mlp_studio.i18n import tr
from mlp_studio.data import Dataset, load_dataset
from mlp_studio.engine import Network, Trainer, make_optimizer
from mlp_studio.engine.metrics import EvaluatedPass, evaluate_pass
from mlp_studio.errors import SpecError
from mlp_studio.model.spec import ExperimentSpec, NetworkSpec, TrainingSpec


@dataclass(frozen=True)
class Evaluation:
    """Loss and quality on both splits; the test values are nan when there is no test split."""

    train_loss: float
    test_loss: float
    train_metric: float
    test_metric: float
    metric_name: str  # "accuracy" or "r2"


def check_network_fits_data(network: NetworkSpec, dataset: Dataset, file: str | None = None) -> None:
    """Refuse an output layer or loss that cannot work for the data set's task.

    Raises
    ------
    SpecError
        Saying which width, activation or loss is needed.
    """
    output = network.output
    field = f"network.layers[{len(network.layers) - 1}]"
    task_words = {"binary": "binary classification", "multiclass": f"{dataset.n_outputs} classes",
                  "regression": "regression"}[dataset.task]
    if output.units != dataset.n_outputs:
        raise SpecError(tr("the output layer has {units} units, but {name!r} ({task_words}) needs {n_outputs}").format(
                            units=output.units, name=dataset.name,
                            task_words=task_words, n_outputs=dataset.n_outputs), field=f"{field}.units", file=file)
    if output.activation == "softmax" and output.units < 2:
        raise SpecError(tr("softmax needs at least 2 output units; use sigmoid for one output"),
                        field=f"{field}.activation", file=file)
    if network.loss == "binary_crossentropy" and output.activation != "sigmoid":
        raise SpecError(tr("binary_crossentropy needs a sigmoid output layer"), field="network.loss", file=file)
    if network.loss == "categorical_crossentropy" and output.activation != "softmax":
        raise SpecError(tr("categorical_crossentropy needs a softmax output layer"), field="network.loss", file=file)
    if dataset.task == "regression" and network.loss != "mse":
        raise SpecError(tr("{loss} is for classification; use mse for regression").format(
                            loss=network.loss), field="network.loss",
                        file=file)


def build_network(network: NetworkSpec, training: TrainingSpec, n_inputs: int, dtype: str = "float32") -> Network:
    """Return an initialised engine network for the spec and an input width."""
    return Network([n_inputs] + [layer.units for layer in network.layers],
                   activations=[layer.activation for layer in network.layers], loss=network.loss,
                   init=network.init, seed=network.seed, dtype=dtype, l1=training.l1, l2=training.l2)


def build_optimizer(training: TrainingSpec):
    """Return a fresh optimizer (with empty state) for the training settings."""
    return make_optimizer(training.optimizer, training.learning_rate, **training.optimizer_params())


class Session:
    """Everything one run needs, built from an :class:`ExperimentSpec`.

    Attributes
    ----------
    spec : ExperimentSpec
        The experiment, updated by :meth:`apply_training`.
    dataset : Dataset
        The loaded, split and scaled data.
    network, optimizer, trainer
        The engine objects for this run.
    """

    def __init__(self, spec: ExperimentSpec, dataset: Dataset, file: str | None = None,
                 dtype: str = "float32"):
        check_network_fits_data(spec.network, dataset, file)
        self.spec = spec
        self.dataset = dataset
        self.dtype = dtype
        self.network = build_network(spec.network, spec.training, dataset.n_inputs, dtype)
        self.optimizer = build_optimizer(spec.training)
        self.trainer = self._new_trainer()

    @classmethod
    def from_spec(cls, spec: ExperimentSpec, base_dir: str | Path = ".", file: str | None = None,
                  dtype: str = "float32") -> "Session":
        """Load the data set (relative paths resolve against ``base_dir``) and build the run."""
        return cls(spec, load_dataset(spec.dataset, Path(base_dir)), file=file, dtype=dtype)

    def __reduce__(self):
        # Pickled as its spec, data and state and rebuilt on load: the network's weight and bias arrays are views
        # into one flat array per layer, a link that pickling the objects one by one would cut. (Used to hand a
        # run to the training process; never for anything read from a user's file.)
        weights, biases = self.network.get_parameters()
        return (_rebuilt_session, (self.spec, self.dataset, self.dtype, weights, biases,
                                   self.optimizer.state_dict(), self.trainer.state_dict()))

    def load_state(self, weights, biases, optimizer_state: dict | None = None,
                   trainer_state: dict | None = None) -> None:
        """Put a saved state into this fresh session: parameters, then optimizer and trainer state when given.

        Raises
        ------
        EngineError
            When the state does not fit this session's network or data.
        """
        self.network.set_parameters(weights, biases)
        if optimizer_state is not None:
            self.optimizer.load_state_dict(dict(optimizer_state))
        if trainer_state is not None:
            self.trainer.load_state_dict(dict(trainer_state))

    def _new_trainer(self) -> Trainer:
        return Trainer(self.network, self.optimizer, self.dataset.X_train, self.dataset.Y_train,
                       batch_size=self.spec.training.batch_size, seed=self.spec.training.seed)

    @property
    def metric_name(self) -> str:
        """``"r2"`` for regression, else ``"accuracy"``."""
        return "r2" if self.dataset.task == "regression" else "accuracy"

    def evaluate(self, rows: int | None = None) -> Evaluation:
        """Loss and accuracy (or R²) of the current network on the train and test splits.

        Parameters
        ----------
        rows : int, optional
            Evaluate at most this many evenly spaced rows of each split (the same rows every time; a cheap,
            approximate reading for live views). None (the default) evaluates every row: exact.
        """
        return self.evaluate_passes(rows)[0]

    def evaluate_passes(self, rows: int | None = None) -> tuple[Evaluation, EvaluatedPass, EvaluatedPass | None]:
        """:meth:`evaluate` plus its forward passes (train, and test or None), for callers that reuse them.

        One forward pass per split gives both the loss and the metric (``engine.metrics.evaluate_pass``).
        """
        ds, task = self.dataset, self.dataset.task
        train = evaluate_pass(self.network, ds.X_train, ds.Y_train, task, rows)
        test = evaluate_pass(self.network, ds.X_test, ds.Y_test, task, rows) if len(ds.X_test) else None
        nan = float("nan")
        name = self.metric_name
        evaluation = Evaluation(
            train_loss=float(train.evaluation.loss),
            test_loss=float(test.evaluation.loss) if test else nan,
            train_metric=float(getattr(train.evaluation, name)),
            test_metric=float(getattr(test.evaluation, name)) if test else nan,
            metric_name=name,
        )
        return evaluation, train, test

    def apply_training(self, training: TrainingSpec) -> None:
        """Apply new hyper-parameters from the next step on, keeping the weights.

        A different optimizer kind starts with fresh state; the same kind keeps its moment estimates.
        """
        old = self.spec.training
        if training.optimizer != old.optimizer:
            self.optimizer = build_optimizer(training)  # validates before anything changes
            self.trainer.optimizer = self.optimizer
        else:
            build_optimizer(training)  # validate the values first, so a bad one changes nothing
            self.optimizer.learning_rate = training.learning_rate
            for name, value in training.optimizer_params().items():
                setattr(self.optimizer, name, value)
        self.network.l1, self.network.l2 = training.l1, training.l2
        self.trainer.batch_size = training.batch_size
        self.spec = replace(self.spec, training=training)

    def reset(self) -> None:
        """Re-initialise weights, optimizer and shuffling with the spec's seeds, for comparable reruns."""
        self.network.reinitialize(self.spec.network.seed)
        self.optimizer = build_optimizer(self.spec.training)
        self.trainer = self._new_trainer()


def _rebuilt_session(spec: ExperimentSpec, dataset: Dataset, dtype: str, weights, biases, optimizer_state: dict,
                     trainer_state: dict) -> Session:
    """The session :meth:`Session.__reduce__` describes: built from the spec, then given the saved state."""
    session = Session(spec, dataset, dtype=dtype)
    session.load_state(weights, biases, optimizer_state, trainer_state)
    return session


class SessionFactory:
    """Builds the sessions of one run: ``first`` once (a prebuilt or restored session), then fresh ones.

    The training controller calls it on every load and reset, in the training process; it is picklable (a
    closure would not be), so it can get there.

    Parameters
    ----------
    spec : ExperimentSpec
        The experiment of every fresh session.
    dataset : Dataset
        Its data (shared, so a reset compares runs on exactly the same points).
    first : Session, optional
        Returned by the first call instead of a fresh session.
    """

    def __init__(self, spec: ExperimentSpec, dataset: Dataset, first: Session | None = None) -> None:
        self.spec, self.dataset, self._first = spec, dataset, first

    def __call__(self) -> Session:
        first, self._first = self._first, None
        return first if first is not None else Session(self.spec, self.dataset)
