"""Headless commands: ``mlp-studio train``, ``mlp-studio render`` and ``mlp-studio export``.

Bad input never shows a traceback: every :class:`~mlp_studio.errors.MlpStudioError` becomes one line on stderr
(``mlp-studio: <what is wrong>``) and exit status 2; a diverging run stops at once with exit status 1.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from mlp_studio.engine import DivergenceError
from mlp_studio.errors import MlpStudioError
from mlp_studio.files.experiment import load_experiment
from mlp_studio.model.session import Evaluation, Session

EXIT_BAD_INPUT = 2
EXIT_DIVERGED = 1


def _train_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mlp-studio train",
                                     description="Train an experiment file without a window.")
    parser.add_argument("file", help="experiment file (JSON, see docs/project-format.md)")
    parser.add_argument("--epochs", type=int, help="train this many epochs instead of the file's")
    parser.add_argument("--seed", type=int,
                        help="override the network's initialisation seed and the shuffling seed "
                             "(the data set and its split keep the file's seed)")
    parser.add_argument("--report", help="write a JSON report of the run to this path")
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    return parser


def _render_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mlp-studio render",
                                     description="Train headless, then save the main window as a picture.")
    parser.add_argument("file", help="experiment file")
    parser.add_argument("--epochs", type=int, help="train this many epochs (default: the file's)")
    parser.add_argument("--out", required=True, help="the PNG to write")
    parser.add_argument("--size", default="1280x800", help="window size WxH (default 1280x800)")
    return parser


def load_session(path: str | Path, seed: int | None = None) -> Session:
    """Load an experiment file and build its session, optionally overriding the seeds."""
    spec = load_experiment(path)
    if seed is not None:
        if seed < 0:
            raise MlpStudioError(f"--seed must be 0 or more, not {seed}")
        spec = replace(spec.with_network(seed=seed), training=replace(spec.training, seed=seed))
    return Session.from_spec(spec, Path(path).parent, file=str(path))


class Progress:
    """A one-line progress display on a terminal, or a line every tenth of the run otherwise."""

    def __init__(self, total_epochs: int, stream: TextIO, quiet: bool):
        self.total, self.stream, self.quiet = total_epochs, stream, quiet
        self.is_tty = stream.isatty()
        self.last_time = 0.0
        self.next_milestone = 0

    def due(self, epoch: int) -> bool:
        """True when the display should be refreshed after ``epoch`` epochs."""
        if self.quiet:
            return False
        if self.is_tty:
            return epoch == self.total or time.monotonic() - self.last_time > 0.1
        return epoch >= self.next_milestone or epoch == self.total

    def show(self, epoch: int, result: Evaluation) -> None:
        """Write the epoch, losses and metric, with a bar on a terminal."""
        self.last_time = time.monotonic()
        self.next_milestone = epoch + max(1, self.total // 10)
        metric = "acc" if result.metric_name == "accuracy" else "R²"
        text = (f"epoch {epoch:>{len(str(self.total))}}/{self.total}  "
                f"loss {result.train_loss:.4f} / {_fmt(result.test_loss)}  "
                f"{metric} {_fmt(result.train_metric)} / {_fmt(result.test_metric)}  (train / test)")
        if self.is_tty:
            filled = round(24 * epoch / self.total)
            self.stream.write(f"\r[{'#' * filled}{'.' * (24 - filled)}] {text}")
            if epoch == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def _fmt(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:.4f}"


def train_session(session: Session, epochs: int, progress: Progress | None = None) -> dict:
    """Train ``epochs`` epochs and return the report dictionary.

    Raises
    ------
    DivergenceError
        If the loss or a layer becomes NaN or infinite.
    """
    started = time.perf_counter()
    for epoch in range(1, epochs + 1):
        session.trainer.run_epoch()
        if progress is not None and progress.due(epoch):
            progress.show(epoch, session.evaluate())
    seconds = time.perf_counter() - started
    return make_report(session, epochs, seconds)


def make_report(session: Session, epochs: int, seconds: float) -> dict:
    """The JSON-ready summary of a finished run (NaN test values become null)."""
    result = session.evaluate()
    name = result.metric_name
    report = {
        "name": session.spec.name, "dataset": session.dataset.name, "task": session.dataset.task,
        "epochs": epochs, "steps": session.trainer.step_count, "seconds": round(seconds, 4),
        "train_loss": result.train_loss, "test_loss": result.test_loss,
        f"train_{name}": result.train_metric, f"test_{name}": result.test_metric,
        "train_samples": int(len(session.dataset.X_train)), "test_samples": int(len(session.dataset.X_test)),
    }
    return {key: (None if isinstance(value, float) and math.isnan(value) else value)
            for key, value in report.items()}


def command_train(argv: list[str]) -> int:
    """``mlp-studio train FILE [--epochs N] [--seed S] [--report PATH] [--quiet]``."""
    args = _train_parser().parse_args(argv)
    if args.epochs is not None and args.epochs < 1:
        raise MlpStudioError(f"--epochs must be at least 1, not {args.epochs}")
    session = load_session(args.file, args.seed)
    epochs = args.epochs or session.spec.training.epochs
    progress = Progress(epochs, sys.stderr, args.quiet)
    try:
        report = train_session(session, epochs, progress)
    except DivergenceError as error:
        if progress.is_tty and not args.quiet:
            sys.stderr.write("\n")
        print(f"mlp-studio: {args.file}: {error}", file=sys.stderr)
        return EXIT_DIVERGED
    if args.report:
        _write_report(Path(args.report), report)
    elif not args.quiet:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


def _write_report(path: Path, report: dict) -> None:
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        temporary.replace(path)
    except OSError as error:
        raise MlpStudioError(f"cannot write the report {path}: {error.strerror}") from None


def command_render(argv: list[str]) -> int:
    """``mlp-studio render FILE --epochs N --out PICTURE.png [--size WxH]``."""
    args = _render_parser().parse_args(argv)
    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError:
        raise MlpStudioError(f"--size must look like 1280x800, not {args.size!r}") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise MlpStudioError(f"--size {args.size} is outside 320x240 … 8000x8000")
    load_experiment(args.file)  # fail with a one-line message before Qt starts
    # Rendering needs no screen: Qt's offscreen platform paints into memory.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mlp_studio.ui.render import render_experiment

    render_experiment(args.file, args.epochs, args.out, size=(width, height))
    return 0


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mlp-studio export",
                                     description="Export a project's (or experiment's) network without a window.")
    parser.add_argument("file", help="a project (.mlpstudio) or experiment (.json) file")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--python", metavar="OUT.py", help="a standalone NumPy script reproducing the predictions")
    target.add_argument("--onnx", metavar="OUT.onnx", help="an ONNX model (needs pip install 'mlp-studio[onnx]')")
    target.add_argument("--weights", metavar="OUT.csv", help="every weight and bias as CSV")
    target.add_argument("--history", metavar="OUT.csv", help="the loss history as CSV")
    parser.add_argument("--train-epochs", type=int, default=0, metavar="N",
                        help="train N more epochs first (an untrained experiment otherwise exports its "
                             "seeded initial weights)")
    return parser


def command_export(argv: list[str]) -> int:
    """``mlp-studio export FILE (--python OUT.py | --onnx OUT.onnx | --weights OUT.csv | --history OUT.csv)``."""
    from mlp_studio.files import load_project, project_from_session, session_from_project
    from mlp_studio.files import export

    args = _export_parser().parse_args(argv)
    if args.train_epochs < 0:
        raise MlpStudioError(f"--train-epochs must be 0 or more, not {args.train_epochs}")
    project = load_project(args.file)
    if args.train_epochs == 0 and args.weights:
        export.export_weights_csv(project, args.weights, Path(args.file).parent)
        return 0
    if args.train_epochs == 0 and args.history:
        export.export_history_csv(project, args.history)
        return 0
    session = session_from_project(project, Path(args.file).parent, file=str(args.file))
    history = {name: list(column) for name, column in project.history.items()}
    try:
        _train_with_history(session, args.train_epochs, history)
    except DivergenceError as error:
        print(f"mlp-studio: {args.file}: {error}", file=sys.stderr)
        return EXIT_DIVERGED
    if args.python:
        export.export_python(session, args.python)
    elif args.onnx:
        from mlp_studio.files.export_onnx import export_onnx

        export_onnx(session, args.onnx)
    elif args.weights:
        export.export_weights_csv(session, args.weights)
    else:
        export.export_history_csv(project_from_session(session, history=history, csv_bytes=project.csv_bytes),
                                  args.history)
    return 0


def _train_with_history(session: Session, epochs: int, history: dict) -> None:
    """Train ``epochs`` epochs, appending each epoch's evaluation to ``history``'s columns."""
    if epochs and set(history) - {"epoch", "train_loss", "test_loss", "train_metric", "test_metric"}:
        history.clear()
    for _ in range(epochs):
        session.trainer.run_epoch()
        result = session.evaluate()
        row = {"epoch": session.trainer.epoch, "train_loss": result.train_loss, "test_loss": result.test_loss,
               "train_metric": result.train_metric, "test_metric": result.test_metric}
        for name, value in row.items():
            history.setdefault(name, []).append(value)


COMMANDS = {"train": command_train, "render": command_render, "export": command_export}


def run_command(argv: list[str]) -> int:
    """Run a headless command; turn input errors into one line on stderr."""
    try:
        return COMMANDS[argv[0]](argv[1:])
    except MlpStudioError as error:
        print(f"mlp-studio: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("mlp-studio: interrupted", file=sys.stderr)
        return 130
