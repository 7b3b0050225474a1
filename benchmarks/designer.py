"""Designer canvas benchmark: repaint, snapshot and drag costs of big networks, offscreen.

Run by hand (not part of the test suite):

    QT_QPA_PLATFORM=offscreen python benchmarks/designer.py [--frames 120] [--size 1000x700]

Cases: a 10-layer × 64-neuron network (2 inputs, binary output) drawn collapsed (wide layers as blocks, the
default) and fully expanded (36,864 links, 640 neurons), with and without activation thumbnails, and the same
layers behind 784 inputs (a collapsed block). For each it reports, per frame, the mean and 95th percentile of

* ``repaint``: ``viewport().repaint()`` (synchronous raster paint of the whole canvas);
* ``snapshot+repaint``: ``update_snapshot`` with fresh weights (links regrouped, thumbnails swapped) then repaint,
  i.e. one frame while training;
* ``drag``: one mouse move of a layer-header drag (marker and header follow) then repaint.

Target: repaint and drag under 16 ms a frame (snapshot frames arrive at most ~15 times a second while training,
so they have ~66 ms). Results are recorded in docs/performance.md ("Designer").
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import types
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mlp_studio.ui.network_view import NetworkView  # noqa: E402

TARGET_MS = 16.0


def make_snapshot(sizes, rng, grids: bool):
    """Random weights (and optional 40×40 neuron maps) shaped like a real snapshot."""
    weights = tuple(rng.normal(0, 1.2, (a, b)) for a, b in zip(sizes, sizes[1:]))
    biases = tuple(rng.normal(0, 0.5, b) for b in sizes[1:])
    neuron_grids = tuple(np.tanh(rng.normal(0, 1, (b, 40, 40))) for b in sizes[1:-1]) if grids else None
    return types.SimpleNamespace(weights=weights, biases=biases, neuron_grids=neuron_grids, output_grid=None)


def stats(samples_ms: list[float]) -> tuple[float, float]:
    """Mean and 95th percentile."""
    ordered = sorted(samples_ms)
    return statistics.fmean(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def timed(action, frames: int) -> tuple[float, float]:
    """Run ``action`` ``frames`` times (after 5 warm-ups) and return mean and p95 in ms."""
    for _ in range(5):
        action(0)
    samples = []
    for i in range(frames):
        start = time.perf_counter()
        action(i)
        samples.append((time.perf_counter() - start) * 1000.0)
    return stats(samples)


def drag_moves(view, app):
    """A header drag: press on Hidden 1's header; each call moves the pointer a little and repaints."""
    header = view.editor.headers[1]
    start = header.deviceTransform(view.viewportTransform()).map(QPointF(-10.0, -30.0))
    viewport = view.viewport()

    def send(kind, point, buttons):
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        event = QMouseEvent(kind, point, QPointF(viewport.mapToGlobal(point.toPoint())), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)

    def move(i):
        offset = 40.0 + 300.0 * ((i % 50) / 50.0)
        send(QEvent.Type.MouseMove, QPointF(start.x() + offset, start.y()), Qt.MouseButton.LeftButton)
        viewport.repaint()

    def release():
        send(QEvent.Type.MouseButtonRelease, start, Qt.MouseButton.NoButton)  # back home: no move
    return move, release


def run_case(name, inputs, expanded, grids, frames, size, app):
    """Measure one network; returns a result row."""
    rng = np.random.default_rng(0)
    view = NetworkView()
    view.resize(*size)
    view.show()
    layers = [(64, "tanh")] * 10 + [(1, "sigmoid")]
    if expanded:
        view.expanded = set(range(1, 11))
    view.set_structure([f"x{i + 1}" for i in range(inputs)], layers, ["P(1)"], layer_ids=range(1, 11))
    app.processEvents()
    sizes = [inputs] + [units for units, _ in layers]
    snapshots = [make_snapshot(sizes, rng, grids) for _ in range(4)]
    view.update_snapshot(snapshots[0])
    links = sum(len(a) * len(b) for a, b in zip(view.columns, view.columns[1:]))
    repaint = timed(lambda i: view.viewport().repaint(), frames)

    def frame(i):
        view.update_snapshot(snapshots[i % len(snapshots)])
        view.viewport().repaint()
    full = timed(frame, frames)
    move, release = drag_moves(view, app)
    drag = timed(move, frames)
    release()
    view.close()
    view.deleteLater()
    app.processEvents()
    return name, links, repaint, full, drag


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--size", default="1000x700", help="canvas size WxH in pixels")
    args = parser.parse_args(argv)
    size = tuple(int(v) for v in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication([])
    cases = [("10×64 collapsed (default)", 2, False, False), ("10×64 collapsed, thumbnails", 2, False, True),
             ("10×64 expanded", 2, True, False), ("10×64 expanded, thumbnails", 2, True, True),
             ("784 inputs + 10×64 collapsed", 784, False, False), ("784 inputs + 10×64 expanded", 784, True, False)]
    print(f"canvas {size[0]}×{size[1]} px, {args.frames} frames per measurement, target {TARGET_MS:.0f} ms/frame")
    print(f"{'case':34} {'links':>7}  {'repaint mean/p95':>17}  {'snapshot+repaint':>17}  {'drag move':>17}")
    for case in cases:
        name, links, repaint, full, drag = run_case(*case, args.frames, size, app)
        cells = [f"{mean:6.2f} / {p95:6.2f}" for mean, p95 in (repaint, full, drag)]
        flag = "" if max(repaint[1], drag[1]) < TARGET_MS else "  > target"  # snapshots come ≤ 15 a second
        print(f"{name:34} {links:7d}  {cells[0]:>17}  {cells[1]:>17}  {cells[2]:>17}{flag}")


if __name__ == "__main__":
    main()
