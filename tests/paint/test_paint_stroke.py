"""One stroke in plane coordinates (Qt-free): clicks, rate-limited brushing, erasing, the point limit."""

import numpy as np

from mlp_studio.data import MAX_PAINTED_POINTS
from mlp_studio.ui.paint_stroke import BRUSH_POINTS, Stroke, clip_to_plane


def test_a_click_adds_exactly_one_point_there():
    stroke = Stroke(((1.0, 1.0, 0),), label=3, radius=0.5, rng=np.random.default_rng(0))
    stroke.press(2.25, -1.5, now=0.0)
    assert stroke.result() == ((1.0, 1.0, 0), (2.25, -1.5, 3)) and stroke.changed


def test_brushing_is_rate_limited_and_stays_in_the_brush():
    stroke = Stroke((), label=1, radius=0.5, rng=np.random.default_rng(0))
    stroke.press(0.0, 0.0, now=0.0)
    for i in range(10):  # tiny, fast wiggles: nothing new
        stroke.move(0.01 * i, 0.0, now=0.001 * i)
    assert stroke.added == 1
    stroke.move(0.01, 0.0, now=1.0)  # resting long enough sprays once
    assert stroke.added == 1 + BRUSH_POINTS
    stroke.move(1.0, 0.0, now=1.01)  # moved more than 0.6 radii
    assert stroke.added == 1 + 2 * BRUSH_POINTS
    for x, y, label in stroke.result()[1 + BRUSH_POINTS:]:
        assert label == 1 and np.hypot(x - 1.0, y) <= 0.5 + 1e-3


def test_erase_removes_points_inside_the_brush_only():
    base = ((0.0, 0.0, 0), (0.3, 0.0, 1), (2.0, 0.0, 1))
    stroke = Stroke(base, label=0, radius=0.5, erase=True)
    stroke.press(0.0, 0.0, now=0.0)
    assert stroke.result() == ((2.0, 0.0, 1),) and stroke.removed == 2 and stroke.added == 0


def test_points_are_clipped_and_rounded_and_capped():
    assert clip_to_plane(7.0, -6.00049) == (6.0, -6.0)
    assert clip_to_plane(1.23456, 2.0) == (1.235, 2.0)
    stroke = Stroke(tuple((0.0, 0.0, 0) for _ in range(MAX_PAINTED_POINTS)), label=1, radius=0.5)
    stroke.press(1.0, 1.0, now=0.0)
    assert stroke.full and not stroke.changed and len(stroke.result()) == MAX_PAINTED_POINTS
