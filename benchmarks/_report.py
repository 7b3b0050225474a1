"""Machine description, the correctness cross-check against PyTorch, and the results table."""

from __future__ import annotations

import os
import platform

import numpy as np

from mlp_studio.engine import SGD, Adam, Network

# Shapes of the check: a tanh/sigmoid net with BCE (W1) and a ReLU/softmax net with CCE (W2).
CHECK_NETS = {"W1": ((2, 8, 8, 1), ("tanh", "tanh", "sigmoid"), "binary_crossentropy"),
              "W2": ((64, 64, 32, 10), ("relu", "relu", "softmax"), "categorical_crossentropy")}


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _blas() -> str:
    """NumPy's BLAS as threadpoolctl sees it (library, version, kernel, threads), else np.show_config."""
    try:
        from threadpoolctl import threadpool_info
        libs = [i for i in threadpool_info() if i["user_api"] == "blas" and "numpy" in i["filepath"]]
        if libs:
            i = libs[0]
            return f"{i['internal_api']} {i['version']} {i.get('architecture', '')} {i['num_threads']} threads"
    except ImportError:
        pass
    cfg = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    return f"{cfg.get('name')} {cfg.get('version')}"


def machine_info() -> dict:
    """Date, CPU, cores, library versions, BLAS and the current load average."""
    import time
    info = {"date": time.strftime("%Y-%m-%d %H:%M"), "cpu": _cpu_model(), "cores": os.cpu_count(),
            "python": platform.python_version(), "numpy": np.__version__, "blas": _blas(),
            "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE"),
            "load": " ".join(f"{x:.2f}" for x in os.getloadavg())}
    for module in ("torch", "sklearn", "psutil"):
        try:
            info[module] = __import__(module).__version__
        except ImportError:
            pass
    return info


def _twin(net):
    """A torch model holding exactly ``net``'s float32 parameters (torch stores W transposed)."""
    import torch
    from _peers import torch_model
    model = torch_model(net.layer_sizes, net.activations)
    linears = [m for m in model if isinstance(m, torch.nn.Linear)]
    with torch.no_grad():
        for lin, W, b in zip(linears, net.weights, net.biases):
            lin.weight.copy_(torch.from_numpy(W.T.copy()))
            lin.bias.copy_(torch.from_numpy(b.copy()))
    return model, linears


def _max_difference(net, linears) -> float:
    return max(max(float(np.abs(W - lin.weight.detach().numpy().T).max()),
                   float(np.abs(b - lin.bias.detach().numpy()).max()))
               for lin, W, b in zip(linears, net.weights, net.biases))


def compare(key: str, optimizer: str, steps: int) -> float:
    """Max |Δparameter| between ours and torch after ``steps`` identical full-batch steps from equal weights."""
    import torch
    from _peers import torch_loss
    sizes, acts, loss = CHECK_NETS[key]
    rng = np.random.default_rng(1)
    X = rng.normal(size=(32, sizes[0])).astype(np.float32)
    labels = rng.integers(0, max(sizes[-1], 2), 32)
    Y = (labels[:, None] == np.arange(sizes[-1])).astype(np.float32) if sizes[-1] > 1 else \
        labels[:, None].astype(np.float32)
    net = Network(sizes, acts, loss, seed=0, dtype="float32")
    model, linears = _twin(net)
    ours = SGD(0.1) if optimizer == "sgd" else Adam(0.01)
    cls = torch.optim.SGD if optimizer == "sgd" else torch.optim.Adam
    theirs = cls(model.parameters(), lr=0.1 if optimizer == "sgd" else 0.01)
    target = torch.from_numpy(Y) if sizes[-1] == 1 else torch.from_numpy(labels)
    for _ in range(steps):
        _, dW, db = net.loss_and_gradients(X, Y)
        ours.step(net, dW, db)
        theirs.zero_grad()
        torch_loss(loss)(model(torch.from_numpy(X)), target).backward()
        theirs.step()
    return _max_difference(net, linears)


def check_against_torch() -> dict | None:
    """{case: max |Δ|} for one SGD step and 10 Adam steps on W1- and W2-shaped nets; None without torch."""
    try:
        import torch  # noqa: F401
    except ImportError:
        return None
    return {f"{key} {name}": compare(key, opt, steps) for key in CHECK_NETS
            for name, opt, steps in (("sgd×1", "sgd", 1), ("adam×10", "adam", 10))}


def _fmt(rate) -> str:
    return "-" if rate is None else f"{rate:,.0f}" if rate >= 100 else f"{rate:.1f}"


def print_table(results: list) -> None:
    """Markdown table: median steps/s per implementation, ratio ours/torch (min–max over rounds), verdict."""
    names = ("ours", "textbook", "torch", "sklearn")
    print("\n| workload | batch | opt | " + " | ".join(names) + " | ours/torch (range) | target | result | quiet rounds |")
    print("|---|---:|---|" + "---:|" * len(names) + "---|---:|---|---:|")
    for r in results:
        cells = [_fmt(r["median"].get(name)) for name in names]
        ratio = (f"{r['ratio']:.2f}× ({r['ratio_min']:.2f}–{r['ratio_max']:.2f})" if "ratio" in r else "-")
        target = f"≥ {r['target']}×" if r["target"] else "-"
        verdict = "-" if not r["target"] or "ratio" not in r else \
            ("PASS" if r["ratio"] >= r["target"] else "MISS") + ("" if r["quiet_rounds"] >= 3 else "*")
        print(f"| {r['workload']} | {r['batch_size']} | {r['optimizer']} | " + " | ".join(cells)
              + f" | {ratio} | {target} | {verdict} | {r['quiet_rounds']}/{r['rounds']} |")
    if any(r["quiet_rounds"] < 3 for r in results):
        print("\n* fewer than 3 quiet rounds: medians over all rounds, distorted by other processes' load "
              "(PyTorch suffers most); rerun on an idle machine.")
