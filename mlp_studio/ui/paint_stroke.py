"""One paint or erase stroke (mouse press → moves → release) on the plane, in plane coordinates (no Qt).

A click adds one point exactly where it lands; a drag sprays a few points jittered uniformly inside the brush
disc, rate-limited by distance and time so a fast or a resting mouse does not flood the plane. Erasing removes
every point inside the brush. The stroke works on a copy: the design changes only when the stroke ends.
"""

from __future__ import annotations

import numpy as np

from mlp_studio.data import MAX_PAINTED_POINTS, PLANE_EXTENT

#: Points sprayed per brush step while dragging.
BRUSH_POINTS = 3
#: A new brush step after the mouse moved this share of the brush radius ...
STEP_SHARE = 0.6
#: ... or after this many seconds (holding the mouse still keeps spraying, slowly).
STEP_SECONDS = 0.08
#: Painted coordinates are rounded to this many decimals (compact project files, exact round trips).
DECIMALS = 3


def clip_to_plane(x: float, y: float, extent=PLANE_EXTENT) -> tuple[float, float]:
    """``(x, y)`` clipped to the plane ``extent`` (default [-6, 6]²) and rounded to :data:`DECIMALS` places."""
    x0, x1, y0, y1 = extent
    return (round(min(max(float(x), x0), x1), DECIMALS), round(min(max(float(y), y0), y1), DECIMALS))


class Stroke:
    """A stroke in progress.

    Parameters
    ----------
    base : tuple of (x1, x2, class)
        The painted points before the stroke.
    label : int
        The class painted (ignored when erasing).
    radius : float
        Brush radius in plane units.
    erase : bool
        Remove points under the brush instead of adding.
    rng : numpy.random.Generator, optional
        Source of the jitter (a fresh one by default).
    extent : (x_min, x_max, y_min, y_max), optional
        The plane new points are clipped to (the painted set's ``extent``; default [-6, 6]²).
    """

    def __init__(self, base, label: int, radius: float, erase: bool = False,
                 rng: np.random.Generator | None = None, extent=None) -> None:
        self.base = tuple(base)
        self.extent = tuple(extent) if extent is not None else PLANE_EXTENT
        self.label, self.radius, self.erase = int(label), float(radius), bool(erase)
        self.rng = rng if rng is not None else np.random.default_rng()
        self.points = list(self.base)
        self.added = 0
        self.removed = 0
        self.full = False  # the point limit stopped the brush
        self._last: tuple[float, float, float] | None = None  # x, y, time of the last brush step

    def press(self, x: float, y: float, now: float) -> None:
        """The mouse went down at ``(x, y)``: one point exactly there, or erase under the brush."""
        if self.erase:
            self._erase(x, y)
        else:
            self._add([(x, y)])
        self._last = (x, y, now)

    def move(self, x: float, y: float, now: float) -> None:
        """The mouse moved (button held): a brush step when it moved far enough or waited long enough."""
        if self.erase:
            self._erase(x, y)
            return
        if self._last is not None:
            lx, ly, lt = self._last
            moved = np.hypot(x - lx, y - ly) >= max(self.radius * STEP_SHARE, 0.05)
            if not moved and now - lt < STEP_SECONDS:
                return
        angle = self.rng.uniform(0.0, 2 * np.pi, BRUSH_POINTS)
        distance = self.radius * np.sqrt(self.rng.uniform(0.0, 1.0, BRUSH_POINTS))  # uniform over the disc
        self._add(list(zip(x + distance * np.cos(angle), y + distance * np.sin(angle))))
        self._last = (x, y, now)

    def _add(self, positions) -> None:
        for x, y in positions:
            if len(self.points) >= MAX_PAINTED_POINTS:
                self.full = True
                return
            self.points.append((*clip_to_plane(x, y, self.extent), self.label))
            self.added += 1

    def _erase(self, x: float, y: float) -> None:
        kept = [p for p in self.points if (p[0] - x) ** 2 + (p[1] - y) ** 2 > self.radius ** 2]
        self.removed += len(self.points) - len(kept)
        self.points = kept

    @property
    def changed(self) -> bool:
        """Whether the stroke added or removed anything."""
        return self.added > 0 or self.removed > 0

    def result(self) -> tuple[tuple[float, float, int], ...]:
        """The painted points after the stroke (a tuple, ready for the spec)."""
        return tuple(self.points)
