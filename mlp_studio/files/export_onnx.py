"""Export a trained network as an ONNX model (needs the optional ``onnx`` package).

The model maps the network's inputs ``X`` (float32, (n, n_inputs): features of the plane point, or
standardized CSV columns) to its outputs ``Y`` (n, outputs): one ``Gemm`` and one activation node per layer
(``Sigmoid``, ``Tanh``, ``Relu``, ``LeakyRelu`` α=0.01, ``Identity``, ``Softmax`` on axis 1), opset 17.
The feature names, standardization and class names travel as metadata properties.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from mlp_studio.i18n import tr
from mlp_studio import __version__
from mlp_studio.errors import MlpStudioError
from mlp_studio.model.session import Session

from .export import as_session
from .project import Project
from .project_io import atomic_write

OPSET = 17
IR_VERSION = 8     # the oldest IR for opset 17: readable by older runtimes too
_NODES = {"sigmoid": ("Sigmoid", {}), "tanh": ("Tanh", {}), "relu": ("Relu", {}),
          "leaky_relu": ("LeakyRelu", {"alpha": 0.01}), "linear": ("Identity", {}),
          "softmax": ("Softmax", {"axis": 1})}


class OnnxMissingError(MlpStudioError):
    """The optional ``onnx`` package is not installed."""


def _import_onnx():
    try:
        import onnx
        from onnx import helper, numpy_helper
    except ImportError:
        raise OnnxMissingError(tr("ONNX export needs the optional onnx package: pip install 'mlp-studio[onnx]'")) \
            from None
    return onnx, helper, numpy_helper


def onnx_model(session: Session):
    """Build the ``onnx.ModelProto`` of ``session.network`` (float32 weights).

    Raises
    ------
    OnnxMissingError
        If ``onnx`` is not installed.
    """
    onnx, helper, numpy_helper = _import_onnx()
    net, ds = session.network, session.dataset
    weights, biases = net.get_parameters()
    nodes, initializers = [], []
    current = "X"
    for i, (w, b, activation) in enumerate(zip(weights, biases, net.activations), 1):
        initializers += [numpy_helper.from_array(np.asarray(w, np.float32), f"W{i}"),
                         numpy_helper.from_array(np.asarray(b, np.float32), f"b{i}")]
        nodes.append(helper.make_node("Gemm", [current, f"W{i}", f"b{i}"], [f"z{i}"], name=f"dense{i}"))
        op, attributes = _NODES[activation]
        current = "Y" if i == net.n_layers else f"a{i}"
        nodes.append(helper.make_node(op, [f"z{i}"], [current], name=f"{activation}{i}", **attributes))
    graph = helper.make_graph(
        nodes, session.spec.name or "mlp",
        [helper.make_tensor_value_info("X", onnx.TensorProto.FLOAT, ["n", net.layer_sizes[0]])],
        [helper.make_tensor_value_info("Y", onnx.TensorProto.FLOAT, ["n", net.layer_sizes[-1]])],
        initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="mlp-studio", producer_version=__version__)
    model.ir_version = IR_VERSION
    helper.set_model_props(model, _metadata(ds))
    onnx.checker.check_model(model)
    return model


def _metadata(ds) -> dict[str, str]:
    def listed(values):
        return json.dumps(None if values is None else [float(v) for v in values])
    return {"task": ds.task, "input_names": json.dumps(list(ds.input_names)),
            "class_names": json.dumps(list(ds.class_names)), "planar": json.dumps(bool(ds.is_planar)),
            "input_mean": listed(ds.input_mean), "input_scale": listed(ds.input_scale),
            "target_mean": json.dumps(ds.target_mean), "target_scale": json.dumps(ds.target_scale)}


def export_onnx(source: Session | Project, path: str | Path, base_dir: str | Path = ".") -> None:
    """Write the trained network as an ONNX model (see the module docstring for its inputs and outputs).

    Raises
    ------
    OnnxMissingError
        If ``onnx`` is not installed (message: pip install 'mlp-studio[onnx]').
    """
    model = onnx_model(as_session(source, base_dir))
    data = model.SerializeToString()
    atomic_write(path, lambda handle: handle.write(data))
