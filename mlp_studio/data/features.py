"""Input features computed from a plane point ``(x1, x2)``, as in TensorFlow Playground.

Hand-made features are how the tutorial shows that a single neuron separates a circle once it is given
``x1^2`` and ``x2^2``: the network's inputs are these columns, not the raw plane coordinates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio.errors import DataError

# Each formula maps the two plane columns (n,) to one feature column (n,).
_FORMULAS: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1^2": lambda x1, x2: x1 * x1,
    "x2^2": lambda x1, x2: x2 * x2,
    "x1*x2": lambda x1, x2: x1 * x2,
    "sin(x1)": lambda x1, x2: np.sin(x1),
    "sin(x2)": lambda x1, x2: np.sin(x2),
}

#: Every feature name a 2-D data set accepts, in display order.
FEATURE_NAMES: tuple[str, ...] = tuple(_FORMULAS)


def make_features(points: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Compute the named feature columns for plane points.

    Parameters
    ----------
    points : array_like, shape (n, 2)
        Plane coordinates; column 0 is ``x1``, column 1 is ``x2``.
    names : sequence of str
        Feature names from ``FEATURE_NAMES``, in the order the network sees them.

    Returns
    -------
    ndarray, shape (n, len(names))
        Same floating dtype as ``points`` (float64 for integer input).

    Raises
    ------
    DataError
        For an unknown feature name (the message lists the valid ones) or an empty list.
    ValueError
        If ``points`` is not two columns wide.
    """
    if isinstance(names, str):
        names = (names,)  # a lone name is a common slip; treat it as a list of one
    if len(names) == 0:
        raise DataError(tr("at least one input feature is needed; valid features are {names}").format(
                            names=', '.join(FEATURE_NAMES)))
    for name in names:
        if name not in _FORMULAS:
            raise DataError(tr("unknown feature {name!r}; valid features are {names}").format(
                                name=name, names=', '.join(FEATURE_NAMES)))
    P = np.asarray(points)
    if P.ndim != 2 or P.shape[1] != 2:
        raise ValueError(f"points must have shape (n, 2), got {P.shape}")
    if not np.issubdtype(P.dtype, np.floating):
        P = P.astype(np.float64)
    x1, x2 = P[:, 0], P[:, 1]
    out = np.empty((P.shape[0], len(names)), dtype=P.dtype)
    for j, name in enumerate(names):
        out[:, j] = _FORMULAS[name](x1, x2)
    return out
