"""Status read-outs (epoch, step, steps/s, losses in tabular digits) and the divergence banner."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget

from mlp_studio.i18n import tr
from mlp_studio.ui import theme

#: The training state as the status bar names it (English; translated where shown with ``tr(STATE_TEXT[state])``).
STATE_TEXT = {"idle": "Ready: press Space to train", "running": "Training…", "paused": "Paused",
              "finished": "Finished", "diverged": "Diverged", "failed": "Failed"}


class StepRate:
    """Steps per second estimated from successive snapshots (smoothed; reset for a new run)."""

    def __init__(self, smoothing: float = 0.3) -> None:
        self.smoothing = smoothing
        self.reset()

    def reset(self) -> None:
        """Forget the previous samples."""
        self._last: tuple[float, int] | None = None
        self.rate = math.nan

    def update(self, step: int, now: float | None = None) -> float:
        """Record that ``step`` was reached at ``now``; return the current estimate."""
        now = time.monotonic() if now is None else now
        if self._last is not None:
            dt, ds = now - self._last[0], step - self._last[1]
            if ds < 0:
                self.rate = math.nan
            elif dt > 1e-3:
                current = ds / dt
                self.rate = current if math.isnan(self.rate) else \
                    self.smoothing * current + (1 - self.smoothing) * self.rate
        self._last = (now, step)
        return self.rate


def _loss_text(value: float) -> str:
    return "   –   " if not math.isfinite(value) else f"{value:7.4f}"


class StatusReadout(QLabel):
    """One monospaced line: epoch · step · steps/s · train and test loss (digits do not jitter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(theme.mono_font(10))
        self.rate = StepRate()
        self.values: dict[str, float] = {}
        self.show_values(0.0, 0, math.nan, math.nan, math.nan)

    def update_snapshot(self, snapshot, running: bool) -> None:
        """Show a snapshot's numbers; steps/s only while running."""
        rate = self.rate.update(snapshot.step) if running else math.nan
        if not running:
            self.rate.reset()
        ev = snapshot.evaluation
        self.show_values(snapshot.epoch, snapshot.step, rate, ev.train_loss, ev.test_loss)

    def show_values(self, epoch: float, step: int, rate: float, train: float, test: float) -> None:
        """Format and show the values."""
        self.values = {"epoch": epoch, "step": step, "rate": rate, "train_loss": train, "test_loss": test}
        rate_text = "     –" if not math.isfinite(rate) else f"{rate:6,.0f}"
        self.setText(tr("epoch {epoch}  │  step {step}  │  {rate} steps/s  │  "
                        "loss train {train}  test {test}").format(
            epoch=f"{epoch:9.2f}", step=f"{step:9,d}", rate=rate_text, train=_loss_text(train), test=_loss_text(test)))


class EpochCounter(QLabel):
    """The big toolbar counter ``Epoch 000,123`` (readable from the back of a classroom)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = theme.mono_font(15)
        font.setBold(True)
        self.setFont(font)
        self.setContentsMargins(12, 0, 12, 0)
        self.setToolTip(tr("Completed epochs (passes over the training set)"))
        self.set_epoch(0.0)

    def set_epoch(self, epoch: float) -> None:
        """Show the number of completed epochs."""
        self.setText(tr("Epoch {e}").format(e=f"{int(epoch):07,d}"))


class Banner(QFrame):
    """A non-modal message strip (e.g. "Training diverged …") with an action button and a close button."""

    action = Signal()

    def __init__(self, action_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet("#banner { background: #FFF3E0; border: 1px solid #F59322; border-radius: 4px; }"
                           " QLabel { color: #3E2723; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(action_text)
        self.button.clicked.connect(self.action)
        close = QToolButton()
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.setToolTip(tr("Hide this message"))
        close.clicked.connect(self.hide)
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` in the banner."""
        self.text.setText(text)
        self.show()
