"""The engine against PyTorch: from identical float32 weights, one SGD step and ten Adam steps agree.

torch is not a test dependency (it is only in the ``bench`` extra), so this module is skipped without it.
The hand-computed optimizer tests in test_optimizers.py cover the update rules in every environment; this
one checks the whole pipeline (forward, logit-based losses, backward, update) on real network shapes.
"""

import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="torch is not a test dependency; install the 'bench' extra to "
                                             "compare the engine with PyTorch")

from mlp_studio.engine import SGD, Adam, Network  # noqa: E402

NETS = {
    "tanh-sigmoid-bce": ((2, 8, 8, 1), ("tanh", "tanh", "sigmoid"), "binary_crossentropy"),
    "relu-softmax-cce": ((64, 64, 32, 10), ("relu", "relu", "softmax"), "categorical_crossentropy"),
}


def _torch_twin(net):
    """nn.Sequential holding ``net``'s parameters; the output layer stays linear (the loss takes logits)."""
    layers = []
    for i, (fan_in, fan_out) in enumerate(zip(net.layer_sizes, net.layer_sizes[1:])):
        linear = torch.nn.Linear(fan_in, fan_out)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(net.weights[i].T.copy()))   # torch keeps W as (out, in)
            linear.bias.copy_(torch.from_numpy(net.biases[i].copy()))
        layers.append(linear)
        if i < net.n_layers - 1:
            layers.append({"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU}[net.activations[i]]())
    return torch.nn.Sequential(*layers)


def _batch(sizes, seed=1):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(32, sizes[0])).astype(np.float32)
    labels = rng.integers(0, max(sizes[-1], 2), 32)
    if sizes[-1] == 1:
        Y = labels[:, None].astype(np.float32)
        return X, Y, torch.from_numpy(Y), torch.nn.BCEWithLogitsLoss()
    Y = np.eye(sizes[-1], dtype=np.float32)[labels]
    return X, Y, torch.from_numpy(labels), torch.nn.CrossEntropyLoss()


def _max_difference(net, model):
    linears = [m for m in model if isinstance(m, torch.nn.Linear)]
    return max(max(np.abs(W - lin.weight.detach().numpy().T).max(), np.abs(b - lin.bias.detach().numpy()).max())
               for lin, W, b in zip(linears, net.weights, net.biases))


@pytest.mark.parametrize("kind", NETS)
@pytest.mark.parametrize("optimizer, steps, tolerance", [("sgd", 1, 1e-6), ("adam", 10, 1e-5)])
def test_same_steps_as_torch(kind, optimizer, steps, tolerance):
    sizes, activations, loss = NETS[kind]
    net = Network(sizes, activations, loss, seed=0, dtype="float32")
    model = _torch_twin(net)
    X, Y, target, criterion = _batch(sizes)
    lr = 0.1 if optimizer == "sgd" else 0.01
    ours = SGD(lr) if optimizer == "sgd" else Adam(lr)
    theirs = (torch.optim.SGD if optimizer == "sgd" else torch.optim.Adam)(model.parameters(), lr=lr)
    for _ in range(steps):
        our_loss, dW, db = net.loss_and_gradients(X, Y)
        ours.step(net, dW, db)
        theirs.zero_grad()
        their_loss = criterion(model(torch.from_numpy(X)), target)
        their_loss.backward()
        theirs.step()
        assert our_loss == pytest.approx(their_loss.item(), rel=1e-5)
    # float32 round-off: one SGD step agrees to ~1e-8; Adam divides by sqrt(v) + eps, which magnifies the
    # round-off of tiny gradients, so ten steps agree to a few 1e-6 (the parameters are of order 0.1-1).
    assert _max_difference(net, model) < tolerance
