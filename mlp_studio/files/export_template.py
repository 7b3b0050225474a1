"""The text of the standalone script written by :func:`mlp_studio.files.export.export_python`.

A :meth:`str.format` template: ``{{`` and ``}}`` are literal braces.
"""

SCRIPT_TEMPLATE = r'''#!/usr/bin/env python3
"""{name}: a trained multilayer perceptron exported by MLP Studio {version}.

Standalone: it needs only NumPy (``pip install numpy``), not MLP Studio.

    python this_script.py                  # runs the demo below
    from this_script import predict        # or import it (copy the file next to your code)
    predict([[0.5, -1.2]])                 # raw inputs, one row per sample

Data set: {dataset} ({task}). Inputs of ``predict``: {demo_columns}.
The numbers are computed the way MLP Studio computes them ({dtype}, bias folded into the weight matrix),
so the predictions match the app's.
"""

import numpy as np

DTYPE = np.{dtype}
TASK = {task!r}
INPUT_NAMES = {input_names}   # what the network sees (features of the plane point, or CSV columns)
CLASS_NAMES = {class_names}
PLANAR = {planar}   # True: predict() takes plane points (x1, x2) and computes INPUT_NAMES from them
INPUT_MEAN = {input_mean}   # standardization of the inputs: (x - INPUT_MEAN) / INPUT_SCALE
INPUT_SCALE = {input_scale}
TARGET_MEAN = {target_mean}   # regression targets were standardized too; predict() undoes it
TARGET_SCALE = {target_scale}

# (weights (fan_in, fan_out), biases (fan_out,), activation) per dense layer.
LAYERS = [
{layers}
]

FEATURES = {{
    "x1": lambda x1, x2: x1, "x2": lambda x1, x2: x2, "x1^2": lambda x1, x2: x1 * x1,
    "x2^2": lambda x1, x2: x2 * x2, "x1*x2": lambda x1, x2: x1 * x2,
    "sin(x1)": lambda x1, x2: np.sin(x1), "sin(x2)": lambda x1, x2: np.sin(x2),
}}


def _activation(name, z):
    if name == "sigmoid":
        return np.exp(-np.logaddexp(0.0, -z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "leaky_relu":
        return np.maximum(z, z * 0.01)
    if name == "softmax":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    return z   # linear


# [W; b] blocks, as in MLP Studio: z = [a, 1] @ [W; b].
_BLOCKS = [(np.vstack([W, b[None, :]]).astype(DTYPE), name) for W, b, name in LAYERS]


def network_inputs(X):
    """Raw inputs (n, 2) plane points or (n, k) CSV columns -> the network's (n, len(INPUT_NAMES)) inputs."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim == 1:
        X = X[None, :]
    if PLANAR:
        X = np.column_stack([FEATURES[name](X[:, 0], X[:, 1]) for name in INPUT_NAMES]).astype(DTYPE)
    else:
        X = X.astype(DTYPE)
    if INPUT_MEAN is not None:
        X = ((X - np.asarray(INPUT_MEAN, dtype=DTYPE)) / np.asarray(INPUT_SCALE, dtype=DTYPE)).astype(DTYPE)
    return X


def network_outputs(inputs):
    """The network's outputs (n, outputs) for its own inputs (as made by network_inputs)."""
    a = np.asarray(inputs, dtype=DTYPE)
    with np.errstate(all="ignore"):
        for block, name in _BLOCKS:
            z = np.hstack([a, np.ones((a.shape[0], 1), dtype=DTYPE)]) @ block
            a = _activation(name, z).astype(DTYPE)
    return a


def predict(X):
    """Predictions (n, outputs) for raw inputs: probabilities, or values in the target's units."""
    out = network_outputs(network_inputs(X))
    if TARGET_SCALE is not None:
        out = out.astype(np.float64) * TARGET_SCALE + TARGET_MEAN
    return out


def predict_classes(X):
    """Class names (n,) for classification: threshold 0.5 for one output, arg-max for several."""
    p = predict(X)
    index = (p[:, 0] >= 0.5).astype(int) if p.shape[1] == 1 else p.argmax(axis=1)
    return [CLASS_NAMES[i] for i in index]


if __name__ == "__main__":
    demo = np.array({demo})   # a few rows of the data set ({demo_columns})
    print(predict(demo))
    if CLASS_NAMES:
        print(predict_classes(demo))
'''
