"""GUI speed: event-loop latency, live vs headless training speed, and memory over a long live run.

Run by hand (results go to docs/performance.md, section "GUI")::

    python benchmarks/gui.py --quick                  # ~3 minutes: 0.5 and 2 minute memory marks
    python benchmarks/gui.py --out results.json       # ~13 minutes: 1 and 10 minute memory marks
    python benchmarks/gui.py --skip-memory --profile  # where the GUI thread's time goes, per view

What it does, with the real :class:`mlp_studio.ui.main_window.MainWindow` on Qt's offscreen platform:

* two experiments: the Playground net 2-8-8-1 (xor, tanh, sigmoid output, batch 10) and a 784-256-128-10 net
  (relu, softmax) on a CSV of random 784-column rows with 10 classes written to a temporary folder;
* **headless**: the same experiment's ``Session.trainer.step()`` in a plain loop for N seconds -> steps/s;
  headless and live alternate in 3 rounds of N/3 seconds and the medians are compared, so a drifting
  background load does not bias the ratio;
* **live**: the window's controller playing for N seconds while the window draws every snapshot (frame pacing
  set to ``--fps``, 30 by default) -> steps/s from the step counters of the forced snapshots at play and at
  pause (exact) over the wall time between the two commands;
* **latency**: a 5 ms ``QTimer`` (precise) records its real intervals, idle (loaded, not training) and while
  training; reported as lateness = interval - 5 ms (p50/p95/p99/max). The target is judged on the
  interval itself (lateness + 5 ms), the stricter reading;
* **memory**: resident set size (psutil, else ``VmRSS`` of /proc/self/status) after 1 minute and after
  ``--minutes`` of live training of the Playground net (``--quick``: 0.5 and 2 minutes).

Drawing is counted: on the offscreen platform a shown top-level window is "exposed", so ``update()`` leads to
real paint events into the window's backing store exactly as on a screen (the views' viewports receive
``QEvent.Paint``; the benchmark counts them with event filters on the network view, the boundary plot and the
curves and reports paints per second, so a run where nothing painted is visible in the output). With
``--grab`` the window is additionally rendered with ``window.grab()`` once per drawn frame (a full repaint of
every widget, more than a screen needs; an upper bound).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mlp_studio.app import limit_blas_threads  # noqa: E402

limit_blas_threads()  # as the app does before NumPy loads: the measured GUI is the shipped GUI

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mlp_studio.data import DatasetSpec  # noqa: E402
from mlp_studio.model.session import Session  # noqa: E402
from mlp_studio.model.spec import ExperimentSpec, LayerSpec, NetworkSpec, TrainingSpec  # noqa: E402

TARGET_P99_MS = 30.0
TARGET_RATIO = {"playground": 0.70, "wide": 0.90}
TARGET_MEMORY_GROWTH = 0.10
TICK_MS = 5


# ------------------------------------------------------------------------------------------------ experiments
def playground_spec() -> ExperimentSpec:
    """2-8-8-1 tanh net on xor (400 points), batch 10: the Playground's default size."""
    return ExperimentSpec(
        name="bench playground 2-8-8-1",
        dataset=DatasetSpec(name="xor", samples=400, noise=0.1, test_fraction=0.25, seed=7),
        network=NetworkSpec(layers=(LayerSpec(8, "tanh"), LayerSpec(8, "tanh"), LayerSpec(1, "sigmoid")),
                            loss="binary_crossentropy", seed=0),
        training=TrainingSpec(optimizer="sgd", learning_rate=0.03, batch_size=10, epochs=10_000_000))


def write_wide_csv(folder: Path, rows: int, seed: int = 0) -> Path:
    """Random 784-column rows (pixel-like 0..1 values) with a class column of 10 labels."""
    rng = np.random.default_rng(seed)
    X = rng.random((rows, 784), dtype=np.float32)
    labels = rng.integers(0, 10, rows)
    path = folder / "wide784.csv"
    header = ",".join(f"p{i}" for i in range(784)) + ",class\n"
    with open(path, "w") as f:
        f.write(header)
        for x, y in zip(X, labels):
            f.write(",".join(f"{v:.3f}" for v in x) + f",{y}\n")
    return path


def wide_spec(csv_path: Path) -> ExperimentSpec:
    """784-256-128-10 relu/softmax net on the random CSV, batch 32, Adam."""
    return ExperimentSpec(
        name="bench wide 784-256-128-10",
        dataset=DatasetSpec(name="csv", path=str(csv_path), target="class", task="multiclass",
                            test_fraction=0.2, seed=0),
        network=NetworkSpec(layers=(LayerSpec(256, "relu"), LayerSpec(128, "relu"), LayerSpec(10, "softmax")),
                            loss="categorical_crossentropy", init="he_uniform", seed=0),
        training=TrainingSpec(optimizer="adam", learning_rate=0.001, batch_size=32, epochs=10_000_000))


# ------------------------------------------------------------------------------------------------ measuring
def rss_of(training_pid: int | None = None) -> float:
    """Resident set size in MB of this process plus the training process (``training_pid``) when there is one."""
    pids = ["self"] + ([str(training_pid)] if training_pid else [])
    try:
        import psutil
        return sum(psutil.Process(None if pid == "self" else int(pid)).memory_info().rss for pid in pids) / 2**20
    except ImportError:
        total = 0.0
        for pid in pids:
            with open(f"/proc/{pid}/status") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024
        return total


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def pump(seconds: float) -> None:
    """Run the Qt event loop for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def wait_until(predicate, timeout: float = 30.0) -> bool:
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        if predicate():
            return True
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    return predicate()


class Ticker(QObject):
    """A 5 ms precise timer that records when it actually fires."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.times: list[float] = []

    def _tick(self) -> None:
        self.times.append(time.perf_counter())

    def start(self) -> None:
        self.times = []
        self.timer.start()

    def stop(self) -> dict:
        """Stop and summarise the recorded intervals (``times`` stays available)."""
        self.timer.stop()
        intervals = np.diff(np.asarray(self.times)) * 1000.0
        if intervals.size == 0:
            return {"ticks": 0}
        late = np.maximum(intervals - TICK_MS, 0.0)
        out = {"ticks": int(intervals.size)}
        for q in (50, 95, 99):
            out[f"p{q}_late_ms"] = round(float(np.percentile(late, q)), 2)
            out[f"p{q}_interval_ms"] = round(float(np.percentile(intervals, q)), 2)
        out["max_late_ms"] = round(float(late.max()), 2)
        return out


class PaintCounter(QObject):
    """Counts paint events of a few widgets (their viewports for scroll areas / graphics views)."""

    def __init__(self, widgets: dict) -> None:
        super().__init__()
        self.counts = {name: 0 for name in widgets}
        self._names = {}
        for name, widget in widgets.items():
            target = widget.viewport() if hasattr(widget, "viewport") else widget
            target.installEventFilter(self)
            self._names[id(target)] = name

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            name = self._names.get(id(obj))
            if name is not None:
                self.counts[name] += 1
        return False

    def reset(self) -> None:
        for name in self.counts:
            self.counts[name] = 0


class Timed:
    """Wraps a bound method and collects its durations in ms (GUI-thread views, or the worker's snapshots)."""

    def __init__(self, function) -> None:
        self.function = function
        self.ms: list[float] = []

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.ms.append((time.perf_counter() - started) * 1000.0)

    def summary(self) -> dict:
        a = np.asarray(self.ms)
        if a.size == 0:
            return {"calls": 0}
        return {"calls": int(a.size), "mean_ms": round(float(a.mean()), 2),
                "p95_ms": round(float(np.percentile(a, 95)), 2), "max_ms": round(float(a.max()), 2)}


def instrument(window) -> dict[str, Timed]:
    """Time each view's snapshot update on the GUI thread and (thread backend) snapshot building on the worker."""
    import mlp_studio.training.loop as loop_module

    timers: dict[str, Timed] = {}

    def wrap(owner, attribute: str, name: str) -> None:
        function = getattr(owner, attribute, None)
        if function is not None:
            timers[name] = Timed(function)
            setattr(owner, attribute, timers[name])

    wrap(window, "flush_frame", "frame (all views)")
    wrap(getattr(window, "network_view", None), "update_snapshot", "network_view.update_snapshot")
    panel = getattr(window, "output_panel", None)
    wrap(getattr(panel, "boundary", None), "update_snapshot", "boundary.update_snapshot")
    curves = getattr(panel, "curves", None)
    wrap(curves, "add_snapshot", "curves.add_snapshot")
    wrap(curves, "refresh", "curves.refresh")
    wrap(getattr(panel, "confusion", None), "update_confusion", "confusion.update_confusion")
    wrap(getattr(panel, "histograms", None), "update_histograms", "histograms.update_histograms")
    wrap(getattr(window, "readout", None), "update_snapshot", "readout.update_snapshot")
    # flush_frame is reached through the frame timer's connection made at construction, so rebind the timer.
    frame_timer = getattr(window, "_frame_timer", None)
    if frame_timer is not None and "frame (all views)" in timers:
        frame_timer.timeout.disconnect()
        frame_timer.timeout.connect(timers["frame (all views)"])
    if window.controller.backend == "thread":  # a training process builds its snapshots out of our sight
        timers["worker make_snapshot"] = Timed(loop_module.make_snapshot)
        loop_module.make_snapshot = timers["worker make_snapshot"]
    return timers


def render_costs(window, repeats: int = 10) -> dict[str, float]:
    """Milliseconds for a full repaint (``grab()``) of each main view and of the whole window."""
    panel = getattr(window, "output_panel", None)
    views = {"window": window, "network_view": getattr(window, "network_view", None),
             "boundary": getattr(panel, "boundary", None), "curves": getattr(panel, "curves", None),
             "confusion": getattr(panel, "confusion", None), "histograms": getattr(panel, "histograms", None)}
    out = {}
    for name, widget in views.items():
        if widget is None or not widget.isVisible():
            continue
        widget.grab()
        started = time.perf_counter()
        for _ in range(repeats):
            widget.grab()
        out[name] = round((time.perf_counter() - started) * 1000.0 / repeats, 2)
    return out


# ------------------------------------------------------------------------------------------------ phases
def headless(spec: ExperimentSpec, base_dir: Path, seconds: float) -> dict:
    session = Session.from_spec(spec, base_dir)
    trainer = session.trainer
    for _ in range(20):
        trainer.step()
    steps, started = 0, time.perf_counter()
    end = started + seconds
    while True:
        for _ in range(10):
            trainer.step()
        steps += 10
        if time.perf_counter() >= end:
            break
    elapsed = time.perf_counter() - started
    return {"steps": steps, "seconds": round(elapsed, 2), "steps_per_s": round(steps / elapsed, 1)}


class Live:
    """Drives the real window: load an experiment, play, record snapshot steps over time."""

    def __init__(self, window, fps: float, grab: bool) -> None:
        self.window = window
        self.samples: list[tuple[float, int]] = []
        self.grab = grab
        if hasattr(window, "frame_interval_ms"):
            window.frame_interval_ms = 1000.0 / fps
        window.controller.snapshot_ready.connect(self._on_snapshot)
        self.frames = 0
        if grab:
            window.controller.snapshot_ready.connect(self._grab_later)
            self._grabbed = None

    def _on_snapshot(self, snapshot) -> None:
        self.samples.append((time.perf_counter(), int(snapshot.step)))

    def _grab_later(self, snapshot) -> None:
        QTimer.singleShot(0, self._grab)

    def _grab(self) -> None:
        drawn = getattr(self.window, "_drawn", None)
        if drawn is not None and drawn is not self._grabbed:
            self._grabbed = drawn
            self.window.grab()

    def load(self, spec: ExperimentSpec, base_dir: Path) -> None:
        message = self.window.load_spec(spec, base_dir)
        if message:
            raise SystemExit(f"cannot load {spec.name}: {message}")
        wait_until(lambda: self.window.last_snapshot is not None and self.window.controller.state == "idle")
        pump(0.5)

    def play(self) -> None:
        """Play from the exact step of the latest (forced) snapshot."""
        self._play_from = (time.perf_counter(), self._exact_step())
        self.window.controller.play()
        wait_until(lambda: self.window.controller.state == "running", 10)

    def pause(self) -> None:
        """Pause and wait for the forced snapshot of the exact paused state."""
        self._pause_at = time.perf_counter()
        count = len(self.samples)
        self.window.controller.pause()
        wait_until(lambda: self.window.controller.state == "paused" and len(self.samples) > count, 10)
        pump(0.2)

    def _exact_step(self) -> int:
        return self.samples[-1][1] if self.samples else 0

    def last_play_rate(self) -> float:
        """Steps per second from play to pause: exact step counts of the forced snapshots, wall time between
        the two commands (independent of how rarely throttled snapshots arrive on a big net)."""
        started, first = self._play_from
        return (self._exact_step() - first) / (self._pause_at - started)

    def rate_since(self, t0: float) -> tuple[float, int]:
        points = [(t, s) for t, s in self.samples if t >= t0]
        if len(points) < 2:
            return float("nan"), len(points)
        (ta, sa), (tb, sb) = points[0], points[-1]
        return (sb - sa) / (tb - ta), len(points)


def measure_experiment(key: str, spec: ExperimentSpec, base_dir: Path, live: Live, seconds: float,
                       ticker: Ticker, paints: PaintCounter, timers: dict[str, Timed] | None,
                       profile: bool, repeats: int = 3) -> dict:
    """Idle latency, then ``repeats`` rounds of (headless, live) of ``seconds / repeats`` each.

    Alternating the two and comparing medians keeps a drifting background load (other jobs on a shared
    machine) from biasing the ratio.
    """
    result = {"experiment": spec.name, "load_before": load()}
    live.load(spec, base_dir)
    ticker.start()
    pump(min(seconds, 5.0))
    result["idle_latency"] = ticker.stop()
    part = seconds / repeats
    headless_rates, live_rates, intervals = [], [], []
    for timer in (timers or {}).values():
        timer.ms.clear()
    paints.reset()
    profiler = cProfile.Profile() if profile else None
    live_seconds, snapshots_total = 0.0, 0
    for _ in range(repeats):
        headless_rates.append(headless(spec, base_dir, part)["steps_per_s"])
        live.play()
        pump(0.5)  # first snapshots, axes settle
        t0 = time.perf_counter()
        ticker.start()
        if profiler:
            profiler.enable()
        pump(part)
        if profiler:
            profiler.disable()
        ticker.stop()
        intervals.extend(np.diff(np.asarray(ticker.times)) * 1000.0)
        elapsed = time.perf_counter() - t0
        _, snapshots = live.rate_since(t0)
        live.pause()
        live_rates.append(round(live.last_play_rate(), 1))
        live_seconds += elapsed
        snapshots_total += snapshots
    ticker.times = list(np.cumsum(np.concatenate([[0.0], np.asarray(intervals) / 1000.0])))
    result["training_latency"] = ticker.stop()
    result["headless"] = {"steps_per_s": round(float(np.median(headless_rates)), 1), "rounds": headless_rates}
    rate = float(np.median(live_rates))
    result["live"] = {"steps_per_s": round(rate, 1), "rounds": live_rates,
                      "snapshots_per_s": round(snapshots_total / live_seconds, 1),
                      "paints_per_s": {k: round(v / live_seconds, 1) for k, v in paints.counts.items()}}
    result["ratio"] = round(rate / result["headless"]["steps_per_s"], 3)
    if timers:
        result["timings"] = {name: t.summary() for name, t in timers.items()}
    result["render_ms"] = render_costs(live.window)
    if profiler:
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(30)
        result["profile_cumulative"] = stream.getvalue()
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(20)
        result["profile_tottime"] = stream.getvalue()
    result["load_after"] = load()
    return result


def measure_memory(spec: ExperimentSpec, base_dir: Path, live: Live, first_min: float, total_min: float,
                   ticker: Ticker) -> dict:
    live.load(spec, base_dir)
    live.play()
    t0 = time.perf_counter()
    controller = live.window.controller
    rss_mb = lambda: rss_of(controller.process_id)  # noqa: E731 (GUI process + training process)
    samples = [(0.0, round(rss_mb(), 1))]
    marks = {}
    next_sample = 15.0
    ticker.start()
    while True:
        pump(1.0)
        now = time.perf_counter() - t0
        if now >= next_sample:
            samples.append((round(now, 1), round(rss_mb(), 1)))
            next_sample += 15.0
            sys.stdout.write(f"\r  memory run: {now / 60:5.2f} / {total_min} min, RSS {samples[-1][1]:.1f} MB")
            sys.stdout.flush()
        if "first" not in marks and now >= first_min * 60:
            marks["first"] = round(rss_mb(), 1)
        if now >= total_min * 60:
            marks["last"] = round(rss_mb(), 1)
            break
    latency = ticker.stop()
    sys.stdout.write("\n")
    snapshot = live.window.last_snapshot
    steps = snapshot.step if snapshot is not None else 0
    live.pause()
    history = getattr(snapshot, "history", None)
    growth = (marks["last"] - marks["first"]) / marks["first"]
    return {"experiment": spec.name, "first_minutes": first_min, "total_minutes": total_min,
            "rss_first_mb": marks["first"], "rss_last_mb": marks["last"], "growth": round(growth, 4),
            "steps": int(steps), "history_points": len(history) if history is not None else None,
            "latency": latency, "rss_samples": samples, "load_after": load()}


# ------------------------------------------------------------------------------------------------ report
def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def print_table(results: dict) -> None:
    print()
    print(f"GUI benchmark  {results['date']}  load at start {results['load_start']}  fps {results['fps']}"
          f"  grab {results['grab']}  backend {results['backend']}")
    print(f"{'experiment':<28}{'idle p50/p95/p99/max late ms':>30}{'train p50/p95/p99/max late ms':>32}"
          f"{'headless':>10}{'live':>9}{'ratio':>8}  verdicts")
    for key, r in results["experiments"].items():
        i, t = r["idle_latency"], r["training_latency"]
        fmt = "{p50_late_ms:.1f}/{p95_late_ms:.1f}/{p99_late_ms:.1f}/{max_late_ms:.1f}"
        p99_ok = t["p99_interval_ms"] < TARGET_P99_MS
        ratio_ok = r["ratio"] >= TARGET_RATIO[key]
        print(f"{key:<28}{fmt.format(**i):>30}{fmt.format(**t):>32}{r['headless']['steps_per_s']:>10.0f}"
              f"{r['live']['steps_per_s']:>9.0f}{r['ratio']:>8.2f}  "
              f"p99 interval {t['p99_interval_ms']:.1f} ms < {TARGET_P99_MS:.0f}: {verdict(p99_ok)}; "
              f"ratio >= {TARGET_RATIO[key]:.2f}: {verdict(ratio_ok)}")
        print(f"{'':<28}rounds headless {r['headless']['rounds']} live {r['live']['rounds']}; "
              f"load {r['load_before']} -> {r['load_after']}")
        print(f"{'':<28}snapshots/s {r['live']['snapshots_per_s']}, paints/s {r['live']['paints_per_s']}, "
              f"full repaint ms {r['render_ms']}")
        for name, s in r.get("timings", {}).items():
            if s.get("calls"):
                print(f"{'':<32}{name:<34} {s['calls']:>5} calls  mean {s['mean_ms']:7.2f} ms"
                      f"  p95 {s['p95_ms']:7.2f}  max {s['max_ms']:7.2f}")
    m = results.get("memory")
    if m:
        ok = abs(m["growth"]) <= TARGET_MEMORY_GROWTH
        print(f"memory ({m['experiment']}): RSS {m['rss_first_mb']:.1f} MB after {m['first_minutes']} min, "
              f"{m['rss_last_mb']:.1f} MB after {m['total_minutes']} min: growth {100 * m['growth']:+.1f}% "
              f"(target within {100 * TARGET_MEMORY_GROWTH:.0f}%): {verdict(ok)}; {m['steps']:,} steps, "
              f"{m['history_points']} history points; latency p99 interval {m['latency']['p99_interval_ms']} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="short runs; memory marks at 0.5 and 2 minutes")
    parser.add_argument("--minutes", type=float, default=None, help="length of the memory run (default 10)")
    parser.add_argument("--seconds", type=float, default=None, help="length of each speed measurement")
    parser.add_argument("--fps", type=float, default=30.0, help="frame pacing of the window while training")
    parser.add_argument("--grab", action="store_true", help="also grab() the whole window once per frame")
    parser.add_argument("--only", choices=("playground", "wide"), help="measure one experiment")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread while training")
    parser.add_argument("--rows", type=int, default=4000, help="rows of the random 784-column CSV")
    parser.add_argument("--backend", choices=("process", "thread"), default="process",
                        help="where the window trains (the app's default: process)")
    parser.add_argument("--out", type=Path, help="write the results as JSON")
    args = parser.parse_args(argv)
    seconds = args.seconds or (8.0 if args.quick else 15.0)
    total_min = args.minutes or (2.0 if args.quick else 10.0)
    first_min = 0.5 if args.quick else 1.0

    try:
        from mlp_studio.ui.application import create_application
        app = create_application()
    except ImportError:
        sys.setswitchinterval(0.001)
        app = QApplication.instance() or QApplication([sys.argv[0]])
    from mlp_studio.ui.main_window import MainWindow

    tmp = tempfile.TemporaryDirectory(prefix="mlp-gui-bench-")
    folder = Path(tmp.name)
    results = {"date": time.strftime("%Y-%m-%d %H:%M"), "load_start": load(), "fps": args.fps, "grab": args.grab,
               "seconds": seconds, "platform": os.environ.get("QT_QPA_PLATFORM"), "cores": os.cpu_count(),
               "switchinterval": sys.getswitchinterval(), "backend": args.backend, "experiments": {}}
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, load_default=False)
    window.controller.backend = args.backend  # before the first load starts it
    window.speed.set_speed(0)  # full speed: the targets are about the window's overhead, not a chosen pace
    window.confirm = lambda title, text: True
    window.resize(1440, 880)
    window.show()
    pump(0.5)
    panel = getattr(window, "output_panel", None)
    paints = PaintCounter({k: w for k, w in {"network": getattr(window, "network_view", None),
                                              "boundary": getattr(panel, "boundary", None),
                                              "curves": getattr(getattr(panel, "curves", None), "canvas", None),
                                              "confusion": getattr(panel, "confusion", None)}.items()
                           if w is not None})
    timers = instrument(window)
    live = Live(window, args.fps, args.grab)
    ticker = Ticker()
    experiments = {}
    if args.only in (None, "playground"):
        experiments["playground"] = playground_spec()
    if args.only in (None, "wide"):
        print(f"writing a {args.rows} x 785 CSV ...", flush=True)
        experiments["wide"] = wide_spec(write_wide_csv(folder, args.rows))
    try:
        for key, spec in experiments.items():
            print(f"measuring {key} ({seconds:g} s headless, {seconds:g} s live) ...", flush=True)
            results["experiments"][key] = measure_experiment(key, spec, folder, live, seconds, ticker, paints,
                                                             timers, args.profile)
            if args.profile:
                print(results["experiments"][key]["profile_cumulative"])
                print(results["experiments"][key]["profile_tottime"])
        if not args.skip_memory:
            print(f"memory run: playground net live for {total_min:g} minutes ...", flush=True)
            results["memory"] = measure_memory(playground_spec(), folder, live, first_min, total_min, ticker)
    finally:
        window.close()
        window.controller.shutdown(3000)
        results["load_end"] = load()
        tmp.cleanup()
    print_table(results)
    if args.out:
        for r in results["experiments"].values():
            r.pop("profile_cumulative", None)
            r.pop("profile_tottime", None)
        args.out.write_text(json.dumps(results, indent=2))
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
