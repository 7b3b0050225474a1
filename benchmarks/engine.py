"""Training-speed benchmark: MLP Studio's engine against a textbook NumPy loop, PyTorch and scikit-learn.

Run by hand (not part of the test suite), from a venv with the ``bench`` extra (torch, scikit-learn, psutil):

    python benchmarks/engine.py [--quick] [--workloads W1,W3] [--out results.json] [--no-check]

Implementations are measured interleaved (round-robin, direction alternating every round) so that load from
other processes hits all of them alike; each reports the median steps/s over the rounds, and the ratio
ours/torch is the median of the per-round ratios.  See benchmarks/README.md and docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))      # for _peers / _report when run as a script
from _peers import PEERS, Workload  # noqa: E402
from _report import check_against_torch, machine_info, print_table  # noqa: E402

WORKLOADS = (
    Workload("W1/b10", (2, 8, 8, 1), ("tanh", "tanh", "sigmoid"), "binary_crossentropy", 10, "sgd", 0.1, 10.0),
    Workload("W1/full", (2, 8, 8, 1), ("tanh", "tanh", "sigmoid"), "binary_crossentropy", 0, "sgd", 0.1, None),
    Workload("W2", (64, 64, 32, 10), ("relu", "relu", "softmax"), "categorical_crossentropy", 32, "sgd", 0.05,
             5.0),
    Workload("W3/sgd", (784, 256, 128, 10), ("relu", "relu", "softmax"), "categorical_crossentropy", 128, "sgd",
             0.01, 1.0),
    Workload("W3/adam", (784, 256, 128, 10), ("relu", "relu", "softmax"), "categorical_crossentropy", 128,
             "adam", 0.001, 1.0),
    Workload("W4", (784, 1024, 1024, 10), ("relu", "relu", "softmax"), "categorical_crossentropy", 256, "sgd",
             0.01, 0.85),
)
# Which peers race on which optimizer (the textbook loop has no Adam).
PEERS_FOR = {"sgd": ("ours", "textbook", "torch", "sklearn"), "adam": ("ours", "torch", "sklearn")}


def load_data(wl: Workload) -> tuple:
    """(X, Y) float32 for a workload: shipped data sets for W1/W2, random data of MNIST's shape for W3/W4."""
    if wl.key.startswith("W1"):
        from mlp_studio.data import DatasetSpec, load_dataset
        ds = load_dataset(DatasetSpec(name="circle", samples=500, noise=0.1, test_fraction=0.0, seed=0))
        return ds.X_train, ds.Y_train
    if wl.key == "W2":
        from mlp_studio.data import DatasetSpec, load_dataset
        ds = load_dataset(DatasetSpec(name="digits", test_fraction=0.0, seed=0))
        return ds.X_train, ds.Y_train
    rng = np.random.default_rng(0)
    X = rng.random((10_000, wl.sizes[0]), dtype=np.float32)        # pixel-like values in [0, 1)
    Y = np.eye(wl.sizes[-1], dtype=np.float32)[rng.integers(0, wl.sizes[-1], 10_000)]
    return X, Y


def select(spec: str | None) -> list:
    """Workloads named by ``--workloads``: exact keys or groups (``W3`` = W3/sgd and W3/adam)."""
    if not spec:
        return list(WORKLOADS)
    wanted = [w.strip() for w in spec.split(",") if w.strip()]
    chosen = [wl for wl in WORKLOADS if any(wl.key == w or wl.key.split("/")[0] == w for w in wanted)]
    if not chosen:
        raise SystemExit(f"no workload matches {spec!r}; known: {', '.join(wl.key for wl in WORKLOADS)}")
    return chosen


def calibrate(peer, seconds: float) -> float:
    """Warm a peer up for about ``seconds`` and return its rate in units per second."""
    units, elapsed = 1, 0.0
    spent = time.perf_counter()
    while True:
        start = time.perf_counter()
        peer.run(units)
        elapsed = time.perf_counter() - start
        if elapsed > seconds / 4 or time.perf_counter() - spent > seconds:
            # Doubling to ~a quarter of the budget also warms caches, allocators and torch's kernels.
            return units / max(elapsed, 1e-9)
        units *= 2


def _cpu_jiffies() -> tuple:
    """(busy CPU seconds of the whole machine, CPU seconds of this process) so far."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    busy = sum(fields) - fields[3] - fields[4]           # everything but idle and iowait
    own = os.times()
    return busy / os.sysconf("SC_CLK_TCK"), own.user + own.system


def foreign_share(start: tuple, seconds: float) -> float:
    """Share of the machine's cores used by *other* processes since ``start`` (0 = quiet, 1 = all cores)."""
    busy, own = _cpu_jiffies()
    return max(0.0, (busy - start[0]) - (own - start[1])) / (seconds * (os.cpu_count() or 1))


def settle(quiet: float, max_wait: float) -> float:
    """Pause (lets BLAS/OpenMP threads stop spinning) and wait, up to ``max_wait`` s, for other load to end."""
    waited = 0.0
    while True:
        start = _cpu_jiffies()
        time.sleep(0.15)
        waited += 0.15
        if foreign_share(start, 0.15) < quiet or waited >= max_wait:
            return waited


def race(peers: dict, rounds: int, chunk: float, warmup: float, quiet: float = 0.1) -> dict:
    """Interleaved measurement: per peer, lists (in round order) of steps/s and of foreign CPU share."""
    units = {name: max(1, round(calibrate(peer, warmup) * chunk)) for name, peer in peers.items()}
    rates = {name: [] for name in peers}
    foreign = {name: [] for name in peers}
    names = list(peers)
    for r in range(rounds):
        # Alternate the direction so that no implementation always runs right after the same neighbour.
        for name in names if r % 2 == 0 else reversed(names):
            settle(quiet, max_wait=1.0)
            cpu, start = _cpu_jiffies(), time.perf_counter()
            steps = peers[name].run(units[name])
            elapsed = time.perf_counter() - start
            rates[name].append(steps / elapsed)
            foreign[name].append(foreign_share(cpu, elapsed))
    return {"rates": rates, "foreign": foreign}


def summarise(wl: Workload, measured: dict, quiet: float) -> dict:
    """Medians over the quiet rounds (no other process took more than ``quiet`` of the machine in any chunk);
    all rounds if fewer than 3 were quiet.  The ratio is the median of paired per-round ratios ours/torch."""
    rates, foreign = measured["rates"], measured["foreign"]
    rounds = range(len(rates["ours"]))
    calm = [r for r in rounds if max(f[r] for f in foreign.values()) < quiet]
    used = calm if len(calm) >= 3 else list(rounds)
    result = {"workload": wl.key, "sizes": list(wl.sizes), "batch_size": wl.effective_batch,
              "optimizer": wl.optimizer, "target": wl.target, "quiet_rounds": len(calm), "rounds": len(rounds),
              "median": {name: statistics.median(r[i] for i in used) for name, r in rates.items()},
              **measured}
    if "torch" in rates:
        ratios = [rates["ours"][i] / rates["torch"][i] for i in used]
        result.update(ratio=statistics.median(ratios), ratio_min=min(ratios), ratio_max=max(ratios))
    return result


def bench_workload(wl: Workload, args) -> dict:
    """Build every available peer for ``wl`` and race them."""
    peers = {}
    for name in PEERS_FOR[wl.optimizer]:
        try:
            peers[name] = PEERS[name](wl)
        except ImportError as error:          # torch / scikit-learn not installed: skip that peer
            print(f"  {name}: skipped ({error})", file=sys.stderr)
    return summarise(wl, race(peers, args.rounds, args.chunk, args.warmup, args.quiet), args.quiet)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter rounds (under 2 minutes)")
    parser.add_argument("--workloads", help="comma-separated keys or groups: "
                        + ", ".join(wl.key for wl in WORKLOADS) + " (W1 = both W1 cases)")
    parser.add_argument("--out", type=Path, help="write machine info, check and results as JSON")
    parser.add_argument("--no-check", dest="check", action="store_false",
                        help="skip the correctness cross-check against PyTorch")
    parser.add_argument("--rounds", type=int, help="interleaved rounds (default 9, quick 3)")
    parser.add_argument("--chunk", type=float, help="seconds per implementation per round (default 0.6)")
    args = parser.parse_args(argv)
    args.rounds = args.rounds or (3 if args.quick else 9)
    args.chunk = args.chunk or (0.3 if args.quick else 0.6)
    args.warmup = 0.4 if args.quick else 1.0
    args.quiet = 0.1          # a chunk during which other processes used > 10 % of the machine is "noisy"
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    info = machine_info()
    print(f"{info['cpu']} | {info['cores']} cores | numpy {info['numpy']} ({info['blas']}) | "
          f"torch {info.get('torch', '-')} | load {info['load']}")
    check = check_against_torch() if args.check else None
    if check:
        print("check vs torch (max |Δ| of parameters):", ", ".join(f"{k} {v:.1e}" for k, v in check.items()))
    results = []
    for wl in select(args.workloads):
        wl = replace(wl, data=load_data(wl))
        print(f"{wl.key} ...", file=sys.stderr, flush=True)
        results.append(bench_workload(wl, args))
    print_table(results)
    if args.out:
        args.out.write_text(json.dumps({"machine": info, "check": check, "args": vars(args) | {"out": str(args.out)},
                                        "results": results}, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
