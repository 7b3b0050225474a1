"""Headless rendering: train an experiment in-process and save a picture of the main window.

Used by ``mlp-studio render FILE --epochs N --out PICTURE.png [--size WxH]``. Training runs on the calling
thread (no controller, no QThread), so the picture is deterministic: same file, same seeds, same pixels.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

from mlp_studio.i18n import tr
from mlp_studio.errors import MlpStudioError
from mlp_studio.files.experiment import load_experiment
from mlp_studio.model.session import Session
from mlp_studio.model.snapshot import History, PlaneGrid, make_snapshot

CURVE_POINTS = 300
#: Notes the offscreen platform prints for every window; harmless, and noise on a command line.
BENIGN_QT_MESSAGES = ("propagateSizeHints",)


def _quiet_handler(previous):
    """A Qt message handler that drops the offscreen platform's benign notes and forwards the rest."""
    def handler(mode: QtMsgType, context, message: str) -> None:
        if any(note in message for note in BENIGN_QT_MESSAGES):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)
    return handler


def train_with_history(session: Session, epochs: int) -> History:
    """Train ``session`` for ``epochs`` epochs, recording about ``CURVE_POINTS`` loss-curve points.

    Returns
    -------
    History
        The loss curve, starting with the untrained network.
    """
    history = History()
    history.append(0.0, session.evaluate())
    stride = max(1, epochs // CURVE_POINTS)
    for epoch in range(1, epochs + 1):
        session.trainer.run_epoch()
        if epoch % stride == 0 and epoch != epochs:
            history.append(float(session.trainer.epoch), session.evaluate())
    return history


def render_experiment(path: str | Path, epochs: int, out_path: str | Path,
                      size: tuple[int, int] = (1280, 800)) -> None:
    """Train the experiment in ``path`` for ``epochs`` epochs and save the main window as a PNG.

    Parameters
    ----------
    path : str or Path
        An experiment JSON file.
    epochs : int
        Epochs to train before taking the picture (0: the untrained network).
    out_path : str or Path
        Where to write the picture (format from the suffix, PNG recommended).
    size : tuple of int
        Window width and height in pixels.

    Raises
    ------
    MlpStudioError
        For an invalid experiment, unusable data, divergence, or a picture that cannot be written.
    """
    from mlp_studio.ui.application import create_application

    path = Path(path)
    spec = load_experiment(path)
    session = Session.from_spec(spec, path.resolve().parent)
    history = train_with_history(session, max(0, int(epochs)))
    app = create_application()
    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(_quiet_handler(previous))
    try:
        _render_window(app, spec, path.resolve().parent, session, history, out_path, size)
    finally:
        qInstallMessageHandler(previous)


def _render_window(app, spec, base_dir: Path, session: Session, history: History, out_path, size) -> None:
    """Show the trained session in an offscreen main window and save its picture."""
    from mlp_studio.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "render.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, load_default=False)
        try:
            window.resize(*size)
            window.present(spec, base_dir, session.dataset)
            window.show()
            app.processEvents()
            snapshot = make_snapshot(session, window.run_id, PlaneGrid.for_dataset(session.dataset), history)
            window.show_final_snapshot(snapshot)
            app.processEvents()
            picture = window.grab()
            if not picture.save(str(out_path)):
                raise MlpStudioError(tr("cannot write the picture {path}").format(path=out_path))
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
