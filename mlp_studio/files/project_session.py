"""Between a running :class:`~mlp_studio.model.session.Session` and a :class:`~mlp_studio.files.project.Project`.

:func:`project_from_session` captures weights, optimizer state and the trainer's position;
:func:`session_from_project` rebuilds a session that continues bit-identically to the uninterrupted run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mlp_studio.i18n import tr
from mlp_studio.data import load_dataset
from mlp_studio.engine import EngineError
from mlp_studio.model.session import Session

from .project import Project
from .project_io import MAX_MEMBER_BYTES, ProjectError


def project_from_session(session: Session, history: Any = None, design: dict | None = None,
                         view: dict | None = None, lesson: dict | None = None, csv_bytes: bytes | None = None,
                         base_dir: str | Path | None = None) -> Project:
    """Capture a session (and the GUI's extras) as a :class:`Project`.

    Parameters
    ----------
    session : Session
        Its spec, weights, optimizer state and trainer position are copied.
    history : mapping of str to array_like, or an object with ``epoch``, ``train_loss``, ... attributes
        The loss curves (equal-length columns).
    design, view, lesson : dict, optional
        Editor layout, window view state, lesson (see :class:`Project`).
    csv_bytes : bytes, optional
        The CSV data for a ``csv`` data set; when None it is read from ``spec.dataset.path`` (relative to
        ``base_dir``), so that the project file is self-contained.

    Raises
    ------
    ProjectError
        A part cannot be stored, or the CSV file cannot be read (or is over 200 MB).
    """
    spec = session.spec
    if spec.dataset.name == "csv" and csv_bytes is None:
        csv_bytes = _read_csv(spec.dataset.path, base_dir)
    weights, biases = session.network.get_parameters()
    return Project(experiment=spec, parameters=(tuple(weights), tuple(biases)),
                   optimizer_state=session.optimizer.state_dict(), trainer_state=session.trainer.state_dict(),
                   history=history, design=design, view=view, lesson=lesson, csv_bytes=csv_bytes)


def _read_csv(path: str, base_dir: str | Path | None) -> bytes:
    full = Path(path).expanduser()
    if not full.is_absolute() and base_dir is not None:
        full = Path(base_dir) / full
    cap = MAX_MEMBER_BYTES["data.csv"]
    try:
        with full.open("rb") as handle:
            data = handle.read(cap + 1)
    except OSError as error:
        raise ProjectError(tr("cannot read the data set's CSV to keep it in the project ({strerror})").format(
                               strerror=error.strerror),
                           file=str(full)) from None
    if len(data) > cap:
        raise ProjectError(tr("the CSV is larger than {cap:,} bytes and cannot be kept in a project").format(cap=cap),
                           file=str(full))
    return data


def session_from_project(project: Project, base_dir: str | Path = ".", file: str | None = None) -> Session:
    """Build a session from a project: data set, then the saved weights, optimizer and trainer state.

    Parameters
    ----------
    project : Project
    base_dir : str or Path
        Folder a ``csv`` path resolves against when the project does not carry its CSV (the file's folder).
    file : str, optional
        For error messages.

    Raises
    ------
    ProjectError
        If the saved state does not fit the data set (e.g. a CSV with a different number of columns).
    DataError, SpecError
        If the data set cannot be loaded or does not suit the network.
    """
    spec = project.experiment
    dtype = project.parameters[0][0].dtype.name if project.parameters is not None else "float32"
    dataset = load_dataset(spec.dataset, Path(base_dir), csv_data=project.csv_bytes)
    session = Session(spec, dataset, file=file, dtype=dtype)
    if project.parameters is None:
        return session
    if project.layer_sizes[0] != dataset.n_inputs:
        raise ProjectError(tr("the saved weights take {layer_sizes} inputs but the data set has {n_inputs}").format(
                               layer_sizes=project.layer_sizes[0], n_inputs=dataset.n_inputs), file=file)
    try:
        session.load_state(*project.parameters, project.optimizer_state, project.trainer_state)
    except EngineError as error:
        raise ProjectError(tr("the saved training state does not fit this data set: {error}").format(
                               error=error), file=file) from None
    return session
