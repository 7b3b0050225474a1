"""Presentation mode and zoom, for projectors: one scale for fonts, lines, points and neurons.

View ▸ Presentation mode (F5) multiplies everything by :data:`PRESENTATION_SCALE`; Ctrl+= / Ctrl+− zoom by
:data:`ZOOM_STEP` per press (in or out of presentation mode), Ctrl+0 resets the zoom. The scale reaches

* the application font (every widget, dock title and menu) and the widgets that set their own font (monospaced
  counters) — their original fonts are kept and given back;
* the plots: tick labels, titles, 2-px curves (1 px otherwise: thick pens cost while training, ``stack.md``),
  bigger data points on the boundary plot;
* the NETWORK canvas: neuron squares and labels;
* colour maps: a higher-contrast blue–orange (:func:`mlp_studio.ui.theme.set_high_contrast`).

Both settings are remembered in QSettings (``view/presentation``, ``view/zoom``). :meth:`Presentation.restore`
puts the application font and colour maps back when the window closes (they are process-wide).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

from mlp_studio.ui import theme

PRESENTATION_SCALE = 1.5
ZOOM_STEP = 1.1
MAX_ZOOM_STEPS = 8
TICK_POINTS = 9.0
PRESENTATION_PEN = 2.0


class Presentation(QObject):
    """The window's presentation scale; see the module docstring.

    Parameters
    ----------
    window : MainWindow
        Provides ``settings``, ``network_view``, ``output_panel``, ``last_snapshot``.

    Signals
    -------
    changed(float)
        The new overall scale.
    """

    changed = Signal(float)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = False
        self.zoom_steps = 0
        self._app_font: QFont | None = None
        window.controller.state_changed.connect(self._on_state)
        self._own_fonts: dict[QWidget, QFont | None] = {}   # None: inherited, set while scaled

    @property
    def scale(self) -> float:
        """Overall factor: presentation × zoom."""
        return (PRESENTATION_SCALE if self.enabled else 1.0) * ZOOM_STEP ** self.zoom_steps

    # -- commands -----------------------------------------------------------------------------------------
    def set_enabled(self, on: bool) -> None:
        """Switch presentation mode on or off (remembered)."""
        self.enabled = bool(on)
        self._changed()

    def zoom_in(self) -> None:
        """One step bigger (Ctrl+=)."""
        self.zoom_steps = min(self.zoom_steps + 1, MAX_ZOOM_STEPS)
        self._changed()

    def zoom_out(self) -> None:
        """One step smaller (Ctrl+−)."""
        self.zoom_steps = max(self.zoom_steps - 1, -MAX_ZOOM_STEPS)
        self._changed()

    def zoom_reset(self) -> None:
        """Back to the mode's own size (Ctrl+0)."""
        self.zoom_steps = 0
        self._changed()

    def load_settings(self) -> None:
        """Apply the remembered mode and zoom (at start)."""
        settings = self.window.settings
        self.enabled = str(settings.value("view/presentation", "false")).lower() in ("true", "1")
        try:
            self.zoom_steps = int(settings.value("view/zoom", 0))
        except (TypeError, ValueError):
            self.zoom_steps = 0
        if self.enabled or self.zoom_steps:
            self.apply()

    def _changed(self) -> None:
        settings = self.window.settings
        settings.setValue("view/presentation", self.enabled)
        settings.setValue("view/zoom", self.zoom_steps)
        self.apply()
        self.changed.emit(self.scale)

    # -- applying -----------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Scale fonts, plots, the canvas and the colour maps to :attr:`scale`."""
        scale = self.scale
        self._scale_fonts(scale)
        theme.set_high_contrast(self.enabled)
        self._scale_plots(scale)
        window = self.window
        window.network_view.set_presentation_scale(scale)
        window.output_panel.boundary.set_point_scale(scale)
        window.output_panel.curves.set_presentation(scale, PRESENTATION_PEN if self.enabled else 1.0)
        if window.last_snapshot is not None:
            window.network_view.update_snapshot(window.last_snapshot)
        QTimer.singleShot(0, self._fit_palette)   # after the posted font changes reached the palette

    def _on_state(self, state: str) -> None:
        """Thick curves are drawn without antialiasing while training runs (measured: 2 px antialiased ~40 ms a
        repaint of 3,000 epochs, 20 ms without, 1 px 10 ms), smooth again when it stops."""
        self.window.output_panel.curves.set_smooth(not (self.enabled and state == "running"))

    def _fit_palette(self) -> None:
        """Let the palette strip (a fixed height) grow or shrink with its tiles' text."""
        palette = self.window.palette
        strip = palette.parentWidget().parentWidget() if palette.parentWidget() is not None else None
        if strip is not None and Shiboken.isValid(strip):
            strip.setFixedHeight(palette.sizeHint().height() + 14)

    def _scale_fonts(self, scale: float) -> None:
        app = QApplication.instance()
        if self._app_font is None:
            self._app_font = QFont(app.font())
        QApplication.setFont(scaled(self._app_font, scale))
        for widget in self.window.findChildren(QWidget):
            if widget in self._own_fonts:
                continue
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                self._own_fonts[widget] = QFont(widget.font())
            elif widget.style().inherits("QStyleSheetStyle"):
                self._own_fonts[widget] = None   # styled widgets miss application font changes: set it
        for widget, font in list(self._own_fonts.items()):
            if not Shiboken.isValid(widget):
                del self._own_fonts[widget]
            elif font is not None:
                widget.setFont(scaled(font, scale))
            elif scale == 1.0:
                widget.setFont(QFont())      # inherit again
            else:
                widget.setFont(scaled(self._app_font, scale))

    def _scale_plots(self, scale: float) -> None:
        tick = QFont()
        tick.setPointSizeF(TICK_POINTS * scale)
        for view in self.window.findChildren(pg.GraphicsView):
            for item in view.scene().items():
                if isinstance(item, pg.AxisItem):
                    item.setTickFont(tick)

    def restore(self) -> None:
        """Give back the application font and the normal colour maps (the window closes)."""
        if self._app_font is not None:
            QApplication.setFont(self._app_font)
            self._app_font = None
        theme.set_high_contrast(False)


def scaled(font: QFont, scale: float) -> QFont:
    """A copy of ``font`` ``scale`` times as large (point or pixel sized)."""
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        result.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return result
