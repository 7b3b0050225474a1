"""What a snapshot paints into the network drawing's neurons: activation maps, bias colours, the output map.

Kept apart from :mod:`mlp_studio.ui.network_view`, which builds the drawing, so that the view's
``update_snapshot`` reads as a short list of steps and each way of colouring a column stands on its own.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

from mlp_studio.ui import theme
from mlp_studio.ui.network_items import NeuronItem


def paint_maps(nodes: list[NeuronItem], grids, levels) -> None:
    """Show each neuron's map of ``grids`` (units, g, g) at colour ``levels``; a collapsed column shows their mean."""
    if len(nodes) != len(grids):
        mean = np.asarray(grids).mean(axis=0)
        nodes[0].set_image(theme.grid_to_qimage(mean, levels))
        return
    for node, image in zip(nodes, theme.grids_to_qimages(grids, levels)):
        node.set_image(image)


def fill_by_bias(columns: list[list[NeuronItem]], biases) -> None:
    """Colour the neurons of ``columns[1:]`` by their biases (a collapsed column by the layer's mean bias)."""
    for column, bias in enumerate(biases, start=1):
        nodes = columns[column]
        values = np.asarray(bias, dtype=np.float64)
        if len(nodes) != len(values):
            values = np.array([values.mean()])
        for node, value in zip(nodes, values):
            index = int(np.clip((np.nan_to_num(value) + 1.0) / 2.0 * 255, 0, 255))
            node.set_fill(QColor(*(int(c) for c in theme.LUT[index])))


def paint_output_map(outputs: list[NeuronItem], grid, levels) -> QImage | None:
    """Show the output ``grid`` (g, g) in a single output neuron, or class colours in several.

    Returns
    -------
    QImage or None
        The image shown in the single output neuron; None if there is no grid or there are several outputs.
    """
    if grid is None or len(outputs) != 1:
        if grid is not None:
            palette = theme.class_colors(len(outputs))
            for node, color in zip(outputs, palette):
                node.set_fill(QColor(color))
        return None
    step = max(1, grid.shape[0] // 50)
    image = theme.grid_to_qimage(np.asarray(grid)[::step, ::step], levels)
    outputs[0].set_image(image)
    return image
