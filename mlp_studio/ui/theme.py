"""Colours, colour maps, fonts and pens shared by every view (see ``visual-style.md``).

Blue (``#0877BD``) means positive / class 1, orange (``#F59322``) negative / class 0, with a light middle;
more classes use the Okabe–Ito palette. Levels are always fixed so pictures never flicker while training.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPen

BLUE = "#0877BD"
ORANGE = "#F59322"
MIDDLE = "#F4F4F2"
INK = "#263238"
MUTED = "#78909C"
GRID = "#CFD8DC"
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
TRAIN_CURVE = "#0072B2"
TEST_CURVE = "#D55E00"
METRIC_CURVE = "#009E73"

_STOPS = (ORANGE, MIDDLE, BLUE)


def diverging_lut(n: int = 256) -> np.ndarray:
    """Return an ``(n, 3)`` uint8 lookup table from orange (low) over light grey to blue (high).

    Parameters
    ----------
    n : int
        Number of entries.

    Returns
    -------
    numpy.ndarray
        RGB rows, suitable for ``ImageItem.setImage(lut=...)``.
    """
    cmap = pg.ColorMap(np.array([0.0, 0.5, 1.0]), [QColor(c) for c in _STOPS])
    return cmap.getLookupTable(0.0, 1.0, n, alpha=False).astype(np.uint8)


LUT = diverging_lut()
#: The boundary heatmap is paler than the points drawn over it, so saturated points stand out.
PALE_LUT = (LUT.astype(np.float32) * 0.62 + 255.0 * 0.38).astype(np.uint8)
#: Presentation mode (projectors wash colours out): deeper blue and orange, a darker middle, less paling.
HIGH_CONTRAST_STOPS = ("#E8710A", "#D9D9D4", "#045A94")
_NORMAL_LUTS = (LUT, PALE_LUT)
high_contrast = False


def set_high_contrast(on: bool) -> None:
    """Switch :data:`LUT` and :data:`PALE_LUT` to the projector maps (or back); views read them when drawing.

    Both maps stay blue–orange (safe for the common colour-vision deficiencies); only saturation and the
    middle's lightness change.
    """
    global LUT, PALE_LUT, high_contrast
    high_contrast = bool(on)
    if not high_contrast:
        LUT, PALE_LUT = _NORMAL_LUTS
        return
    cmap = pg.ColorMap(np.array([0.0, 0.5, 1.0]), [QColor(c) for c in HIGH_CONTRAST_STOPS])
    LUT = cmap.getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)
    PALE_LUT = (LUT.astype(np.float32) * 0.82 + 255.0 * 0.18).astype(np.uint8)


def rgb(color: str) -> np.ndarray:
    """Return a hex colour as a float array of its three 0–255 channels."""
    qc = QColor(color)
    return np.array([qc.red(), qc.green(), qc.blue()], dtype=np.float32)


def class_colors(n: int) -> list[str]:
    """Return one colour per class: orange/blue for two classes, Okabe–Ito for more."""
    if n <= 2:
        return [ORANGE, BLUE][:max(n, 1)]
    return [OKABE_ITO[i % len(OKABE_ITO)] for i in range(n)]


def multiclass_image(winner: np.ndarray, probability: np.ndarray | None, n_classes: int) -> np.ndarray:
    """Blend each class colour with the light middle according to the winning probability.

    Parameters
    ----------
    winner : numpy.ndarray
        ``(G, G)`` index of the winning class.
    probability : numpy.ndarray or None
        ``(G, G)`` probability of the winning class (``None`` paints full colour).
    n_classes : int
        Number of classes (chance level is ``1 / n_classes``).

    Returns
    -------
    numpy.ndarray
        ``(G, G, 3)`` uint8 RGB image.
    """
    palette = np.stack([rgb(c) for c in class_colors(n_classes)])
    colors = palette[np.clip(winner.astype(int), 0, n_classes - 1)]
    if probability is None:
        strength = np.ones(winner.shape, dtype=np.float32)
    else:
        chance = 1.0 / max(n_classes, 2)
        strength = np.clip((probability - chance) / (1.0 - chance), 0.0, 1.0)
    strength = 0.15 + 0.5 * strength[..., None]
    mixed = rgb(MIDDLE) * (1.0 - strength) + colors * strength
    return mixed.astype(np.uint8)


def grid_to_qimage(grid: np.ndarray, levels: tuple[float, float]) -> QImage:
    """Colour-map a 2-D array (row 0 = lowest y) into a QImage (row 0 at the top) with fixed levels."""
    lo, hi = levels
    scaled = (np.asarray(grid, dtype=np.float32) - lo) / max(hi - lo, 1e-12)
    index = np.clip(np.nan_to_num(scaled, nan=0.5) * 255.0, 0, 255).astype(np.uint8)
    rgb_image = np.ascontiguousarray(LUT[index[::-1]])
    h, w = index.shape
    image = QImage(rgb_image.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels; the NumPy buffer goes away


def grids_to_qimages(grids: np.ndarray, levels: tuple[float, float]) -> list[QImage]:
    """:func:`grid_to_qimage` for a stack ``(n, h, w)`` of grids at once (one colour-mapping pass)."""
    lo, hi = levels
    scaled = (np.asarray(grids, dtype=np.float32) - lo) / max(hi - lo, 1e-12)
    index = np.clip(np.nan_to_num(scaled, nan=0.5) * 255.0, 0, 255).astype(np.uint8)
    pixels = np.ascontiguousarray(LUT[index[:, ::-1]])
    n, h, w = index.shape
    return [QImage(pixels[i].data, w, h, 3 * w, QImage.Format.Format_RGB888).copy() for i in range(n)]


def activation_levels(activation: str) -> tuple[float, float]:
    """Fixed colour levels for an activation: 0…1 for sigmoid/softmax, −1…1 otherwise."""
    return (0.0, 1.0) if activation in ("sigmoid", "softmax") else (-1.0, 1.0)


def mono_font(point_size: float | None = None) -> QFont:
    """Return the system fixed-width font (tabular digits), optionally resized."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font


def pen(color: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """Return a cosmetic pen (constant screen width, cheap to draw)."""
    p = QPen(QColor(color))
    p.setWidthF(width)
    p.setCosmetic(True)
    p.setStyle(style)
    return p


def style_plot(plot: pg.PlotItem, title: str | None = None) -> None:
    """Give a plot the shared calm look: light background grid, muted axes, readable labels."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(MUTED))
        axis.setTextPen(pg.mkPen(INK))
        font = QFont()
        font.setPointSizeF(9)
        axis.setTickFont(font)
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    if title:
        plot.setTitle(title, color=INK, size="10pt")


def configure_pyqtgraph() -> None:
    """Set pyqtgraph's global look once: light background, antialiasing for smooth thin curves."""
    pg.setConfigOptions(background="w", foreground=INK, antialias=True, imageAxisOrder="row-major")
