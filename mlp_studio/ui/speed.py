"""Training speed: how many epochs a second the window may train, so a class can watch a small net learn.

A 2-16-16-1 net learns the spiral in half a second at full speed: the boundary is there before anyone has seen
it form. The speed caps training at a number of epochs per second (TensorFlow Playground's pace is about 10-30);
full speed remains the choice for big networks and for getting results (the default, 100 epochs/s, slows only
small ones). It is a viewing preference, not part of
the experiment: it lives in the settings, not in the project file.

The choice appears twice, kept in step: a **Speed** row in the HYPER-PARAMETERS panel (under the epoch limit)
and a **Training ▸ Speed** submenu, whose Faster (**]**) and Slower (**[**) step through the speeds from the
keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QMainWindow

from mlp_studio.i18n import tr

#: Epochs per second on offer; 0 is full speed.
SPEEDS = (0, 300, 100, 30, 10, 3, 1)
#: QSettings key of the chosen speed.
SPEED_KEY = "training/speed"
#: Until a user chooses: fast enough for big nets to run unhindered (an epoch of the digits takes longer than
#: 1/100 s), slow enough that the spiral's 600 epochs take 6 s to watch instead of half a second.
DEFAULT_SPEED = 100


def speed_label(epochs_per_second: float) -> str:
    """``"Full speed"`` or ``"30 epochs/s"``."""
    if not epochs_per_second:
        return tr("Full speed")
    return tr("{n} epochs/s").format(n=f"{epochs_per_second:g}")


class SpeedControl(QObject):
    """The combo and the submenu of the training speed; applies the choice to the window's controller.

    Parameters
    ----------
    window : MainWindow
        Needs ``hyper_panel`` (its form), ``training_menu``, ``controller`` and ``settings``.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.combo = QComboBox()
        self.combo.setToolTip(tr("Most epochs trained per second: slow it down to watch a small network learn; "
                                 "full speed for big networks"))
        self.group = QActionGroup(self)
        window.training_menu.addSeparator()
        menu = window.training_menu.addMenu(tr("Spee&d"))
        menu.setObjectName("speedMenu")
        for value in SPEEDS:
            self.combo.addItem(speed_label(value), value)
            action = QAction(speed_label(value), self.group, checkable=True)
            action.setData(value)
            menu.addAction(action)
        menu.addSeparator()
        self.faster = menu.addAction(tr("Faster"))
        self.slower = menu.addAction(tr("Slower"))
        for action, key, step in ((self.faster, "]", -1), (self.slower, "[", 1)):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, step=step: self.step_speed(step))
            window.addAction(action)   # the keys work while the menu is closed
        form = window.hyper_panel.form
        form.insertRow(form.getWidgetPosition(window.hyper_panel.epochs)[0] + 1, tr("Speed"), self.combo)
        self.set_speed(self._saved())
        self.combo.currentIndexChanged.connect(lambda index: self.set_speed(self.combo.itemData(index)))
        self.group.triggered.connect(lambda action: self.set_speed(action.data()))

    @property
    def speed(self) -> float:
        """Epochs per second (0: full speed)."""
        return float(self.combo.currentData() or 0)

    def set_speed(self, epochs_per_second: float) -> None:
        """Choose a speed (one of :data:`SPEEDS`; others snap to full speed), show it, remember it, apply it."""
        value = epochs_per_second if epochs_per_second in SPEEDS else 0
        index = SPEEDS.index(value)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.group.actions()[index].setChecked(True)
        self._window.controller.set_speed(value or None)
        self._window.settings.setValue(SPEED_KEY, value)

    def step_speed(self, step: int) -> None:
        """Move ``step`` places along :data:`SPEEDS` (−1: faster, +1: slower), stopping at either end."""
        index = min(len(SPEEDS) - 1, max(0, self.combo.currentIndex() + step))
        self.set_speed(SPEEDS[index])

    def _saved(self) -> float:
        try:
            return float(self._window.settings.value(SPEED_KEY, DEFAULT_SPEED))
        except (TypeError, ValueError):
            return 0
