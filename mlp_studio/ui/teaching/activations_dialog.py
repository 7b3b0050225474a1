"""The activation explorer: every hidden-layer activation and its derivative, with when to choose it.

Curves come from the engine's registry (:func:`mlp_studio.teaching.activations_explorer.activation_curves`), so
they are the functions training uses; the notes follow the tutorial's section 6.3.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from mlp_studio.i18n import tr
from mlp_studio.teaching.activations_explorer import activation_curves, activation_note
from mlp_studio.ui import theme
from mlp_studio.ui.teaching.overlay import bold_font

COLUMNS = 3


class ActivationExplorer(QDialog):
    """One plot per activation (value f(z) solid blue, derivative f′(z) dashed orange), formula and note.

    Attributes
    ----------
    curves : dict
        ``name -> (value PlotDataItem, derivative PlotDataItem)``.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Activation explorer"))
        self.resize(1120, 800)
        self.curves: dict[str, tuple] = {}
        grid = QGridLayout()
        grid.setSpacing(14)
        cells = [self._cell(curve) for curve in activation_curves()]
        cells.append(self._softmax_cell())
        for k, cell in enumerate(cells):
            grid.addWidget(cell, k // COLUMNS, k % COLUMNS)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        key = QLabel(tr("<span style='color:{b}'>━━ f(z)</span> &nbsp;&nbsp; "
                        "<span style='color:{o}'>╍╍ f′(z), its slope: what backpropagation multiplies by</span>")
                     .format(b=theme.BLUE, o=theme.ORANGE))
        key.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(key)
        layout.addWidget(scroll, 1)

    def _cell(self, curve) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        plot = pg.PlotWidget()
        plot.setFixedHeight(210)
        item = plot.getPlotItem()
        theme.style_plot(item)
        item.setTitle(curve.name, color=theme.INK, size="12pt")
        item.addLine(x=0, pen=theme.pen(theme.GRID))
        item.addLine(y=0, pen=theme.pen(theme.GRID))
        value = item.plot(curve.z, curve.values, pen=theme.pen(theme.BLUE, 2.5))
        slope = item.plot(curve.z, curve.derivatives, pen=theme.pen(theme.ORANGE, 2.0, Qt.PenStyle.DashLine))
        item.setYRange(-1.2, 1.6 if curve.name != "linear" else 1.6, padding=0)
        item.setXRange(-5, 5, padding=0)
        plot.setMouseEnabled(False, False)
        self.curves[curve.name] = (value, slope)
        formula = QLabel(f"{curve.formula}\n{curve.derivative_formula}")
        formula.setFont(theme.mono_font(10))
        note = QLabel(curve.note)
        note.setWordWrap(True)
        for widget in (plot, formula, note):
            column.addWidget(widget)
        column.addStretch(1)
        return cell

    def _softmax_cell(self) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        title = QLabel("softmax")
        title.setFont(bold_font(12))
        formula = QLabel("softmax(z)ₖ = e^zₖ / Σⱼ e^zⱼ")
        formula.setFont(theme.mono_font(10))
        note = QLabel(activation_note("softmax") + " " + tr("It maps a vector to a vector, so it has no single "
                                                             "curve to draw."))
        note.setWordWrap(True)
        for widget in (title, formula, note):
            column.addWidget(widget)
        column.addStretch(1)
        return cell
