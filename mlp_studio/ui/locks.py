"""Controls a lesson locks (shown, not changeable) or hides (not shown), and the teacher's way out.

A lesson names controls from :data:`mlp_studio.files.lessons.CONTROLS`; :func:`control_widgets` maps each name
to the widgets that implement it in the main window (DATA and HYPER-PARAMETERS panels, the PALETTE, the
INSPECTOR). Locked widgets are disabled with the tooltip "Locked by this lesson"; hidden ones disappear with
their whole form row. The canvas gestures (insert, move, delete a layer, ± neurons, feature toggles) and every
panel edit are refused by :class:`~mlp_studio.ui.design_requests.DesignRequests`, which asks
:meth:`LessonLocks.refusal` before it edits the document, so a locked design cannot change by any route.

:meth:`LessonLocks.apply` only ever *restricts*: the panels decide their own enabled and visible states when
they show the document (e.g. noise is off for iris, momentum only for SGD) and the window calls ``apply`` after
them. Lifting locks gives back exactly what was taken and lets the panels show the document again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from mlp_studio.files.lessons import CONTROLS
from mlp_studio.i18n import tr

LOCKED_TIP = "Locked by this lesson"
#: Which controls an edit of the training settings touches, by TrainingSpec field.
TRAINING_CONTROLS = {"optimizer": "optimizer", "momentum": "optimizer", "nesterov": "optimizer",
                     "beta1": "optimizer", "beta2": "optimizer", "eps": "optimizer", "rho": "optimizer",
                     "learning_rate": "learning_rate", "batch_size": "batch_size", "l1": "regularization",
                     "l2": "regularization", "epochs": "epochs"}
CONTROL_NAMES = {"dataset": "the data set", "features": "the input features", "network": "the network's layers",
                 "activation": "the activation functions", "loss": "the loss", "init": "the weight initialisation",
                 "optimizer": "the optimizer", "learning_rate": "the learning rate", "batch_size": "the batch size",
                 "regularization": "the regularisation", "epochs": "the epoch limit", "seeds": "the seeds",
                 "weights": "the weights"}


@dataclass
class ControlWidgets:
    """The widgets of one control: plain widgets and widgets that sit in a form row (hidden with their label)."""

    widgets: list = field(default_factory=list)
    rows: list = field(default_factory=list)   # (QFormLayout, QWidget)

    def all(self) -> list[QWidget]:
        """Every widget, row or not."""
        return list(self.widgets) + [widget for _form, widget in self.rows]


def control_widgets(window) -> dict[str, ControlWidgets]:
    """Map every lesson control name to the main window's widgets that change it."""
    d, h, i = window.data_panel, window.hyper_panel, window.inspector
    palette = window.palette.parentWidget().parentWidget() if window.palette.parentWidget() else window.palette
    link_form = i.weight.parentWidget().layout()
    return {
        "dataset": ControlWidgets([d.dataset, d.description, d.regenerate, d.import_csv]
                                  + ([window.paint_bar] if getattr(window, "paint_bar", None) else []),
                                  [(d.form, d.noise), (d.form, d.samples), (d.form, d.test_percent)]),
        "features": ControlWidgets([d.features_box]),
        "network": ControlWidgets([palette], [(i.layer_form, i.units)]),
        "activation": ControlWidgets([], [(i.layer_form, i.activation)]),
        "loss": ControlWidgets([], [(i.layer_form, i.loss)]),
        "init": ControlWidgets([], [(h.form, h.init), (i.layer_form, i.init)]),
        "optimizer": ControlWidgets([], [(h.form, w) for w in (h.optimizer, h.momentum, h.nesterov, h.beta1,
                                                               h.beta2, h.rho)]),
        "learning_rate": ControlWidgets([], [(h.form, h.learning_rate)]),
        "batch_size": ControlWidgets([], [(h.form, h.batch_size)]),
        "regularization": ControlWidgets([], [(h.form, h.l1), (h.form, h.l2)]),
        "epochs": ControlWidgets([], [(h.form, h.epochs)]),
        "seeds": ControlWidgets([d.regenerate], [(h.form, h.network_seed), (d.form, d.seed)]),
        "weights": ControlWidgets([], [(link_form, i.weight), (link_form, i.weight_slider)]),
    }


class LessonLocks(QObject):
    """The locked and hidden controls of the open lesson, applied to the window's widgets.

    Parameters
    ----------
    window : MainWindow
        Provides the panels (see :func:`control_widgets`) and ``reflect_document()``.

    Attributes
    ----------
    locked, hidden : frozenset of str
        The lesson's control names (empty outside a lesson).
    unlocked : bool
        The teacher lifted the locks for this session (until another project is opened).
    """

    changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.locked: frozenset[str] = frozenset()
        self.hidden: frozenset[str] = frozenset()
        self.unlocked = False
        self._map: dict[str, ControlWidgets] | None = None
        self._disabled: dict[QWidget, str] = {}      # widget -> its own tooltip
        self._hidden_rows: list = []
        self._hidden_widgets: list[QWidget] = []

    # -- state --------------------------------------------------------------------------------------------
    @property
    def design_locks(self) -> frozenset[str]:
        """The controls no edit may change now (locked or hidden, unless the teacher unlocked)."""
        return frozenset() if self.unlocked else self.locked | self.hidden

    def follow(self, lesson: dict | None) -> None:
        """Take the locks of ``lesson`` (a project's lesson dict; None: no lesson, nothing locked)."""
        lesson = lesson or {}
        locked = frozenset(c for c in lesson.get("locked_controls", ()) if c in CONTROLS)
        hidden = frozenset(c for c in lesson.get("hidden_controls", ()) if c in CONTROLS)
        self._set(locked, hidden, unlocked=False)

    def unlock_all(self) -> None:
        """Teacher: lift every lock and show every hidden control, for this session."""
        self._set(self.locked, self.hidden, unlocked=True)

    def _set(self, locked: frozenset, hidden: frozenset, unlocked: bool) -> None:
        self.release()
        self.locked, self.hidden, self.unlocked = locked, hidden, unlocked
        self.window.reflect_document()   # the panels show the document again; the window then calls apply()
        self.apply()
        self.changed.emit()

    def refusal(self, controls) -> str | None:
        """Why an edit of ``controls`` is refused (a message), or None when all of them may change."""
        blocked = [name for name in controls if name in self.design_locks]
        if not blocked:
            return None
        what = ", ".join(tr(CONTROL_NAMES.get(name, name)) for name in blocked)
        return tr("This lesson keeps {what} fixed (View ▸ Teacher: unlock all lifts it).").format(what=what)

    # -- widgets ------------------------------------------------------------------------------------------
    def widgets(self) -> dict[str, ControlWidgets]:
        """The control → widgets map (built once)."""
        if self._map is None:
            self._map = control_widgets(self.window)
        return self._map

    def apply(self) -> None:
        """Disable locked and hide hidden controls (after the panels have shown the document)."""
        if self.unlocked or not (self.locked or self.hidden):
            return
        for name, group in self.widgets().items():
            if name in self.hidden:
                self._hide(group)
            elif name in self.locked:
                for widget in group.all():
                    self._disable(widget)

    def _disable(self, widget: QWidget) -> None:
        if widget not in self._disabled:
            self._disabled[widget] = widget.toolTip()
        widget.setEnabled(False)
        widget.setToolTip(tr(LOCKED_TIP))

    def _hide(self, group: ControlWidgets) -> None:
        for widget in group.widgets:
            widget.setVisible(False)
            self._hidden_widgets.append(widget)
        for form, widget in group.rows:
            form.setRowVisible(widget, False)
            self._hidden_rows.append((form, widget))

    def release(self) -> None:
        """Give back what :meth:`apply` took: enable, restore tooltips, show rows (the panels then decide)."""
        for widget, tip in self._disabled.items():
            if Shiboken.isValid(widget):
                widget.setEnabled(True)
                widget.setToolTip(tip)
        for form, widget in self._hidden_rows:
            if Shiboken.isValid(form) and Shiboken.isValid(widget):
                form.setRowVisible(widget, True)
        for widget in self._hidden_widgets:
            if Shiboken.isValid(widget):
                widget.setVisible(True)
        self._disabled, self._hidden_rows, self._hidden_widgets = {}, [], []

    def is_shown(self, control: str) -> bool:
        """Whether ``control`` is visible to the class (not hidden, or unlocked)."""
        return self.unlocked or control not in self.hidden

