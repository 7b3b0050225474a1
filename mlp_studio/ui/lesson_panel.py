"""The LESSON dock: the open lesson's title, its text for the teacher to read aloud, and its variants.

The panel only shows and asks: a variant button emits :attr:`LessonPanel.variant_chosen` and the classroom
(:mod:`mlp_studio.ui.classroom`) loads it. Texts come in English and Chinese; :func:`mlp_studio.i18n.pick`
chooses the one of the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from mlp_studio.i18n import pick, tr
from mlp_studio.ui import theme
from mlp_studio.ui.locks import CONTROL_NAMES

BUTTON_STYLE = ("QPushButton { text-align: left; padding: 6px 10px; border: 1px solid #B0BEC5;"
                " border-radius: 4px; background: palette(base); }"
                f" QPushButton:checked {{ background: {theme.BLUE}; color: white; border-color: {theme.BLUE};"
                " font-weight: bold; }")


class LessonPanel(QWidget):
    """Title, HTML text (a :class:`QTextBrowser`), the variant buttons and what the lesson keeps fixed.

    Signals
    -------
    variant_chosen(str)
        The id of the variant whose button was clicked.
    next_chosen(str)
        The id of the next lesson ("Next lesson ▸" under the text; hidden after the last lesson).
    """

    variant_chosen = Signal(str)
    next_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.text.document().setDocumentMargin(2)
        self.variants_label = QLabel(tr("<b>Try:</b>"))
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.button_box = QVBoxLayout()
        self.button_box.setSpacing(4)
        self.fixed = QLabel()
        self.fixed.setWordWrap(True)
        self.fixed.setStyleSheet("color: palette(placeholder-text);")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextLesson")
        self.next_button.clicked.connect(lambda: self.next_id and self.next_chosen.emit(self.next_id))
        self.next_button.hide()
        for widget in (self.title, self.text):
            layout.addWidget(widget, 1 if widget is self.text else 0)
        layout.addWidget(self.variants_label)
        layout.addLayout(self.button_box)
        layout.addWidget(self.fixed)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        self.lesson = None
        self.next_id: str | None = None
        self.variant: str | None = None

    def show_lesson(self, lesson, variant: str | None, language: str, locked=(), hidden=(), next_lesson=None) -> None:
        """Show ``lesson`` (a :class:`~mlp_studio.files.lessons.Lesson`) with ``variant`` highlighted.

        Parameters
        ----------
        lesson : Lesson
        variant : str or None
            The loaded variant's id (None: the lesson's own experiment; a variant equal to it is highlighted).
        language : str
            ``"en"`` or ``"zh"``.
        locked, hidden : sequence of str
            Control names, listed under the buttons so the teacher knows what the class cannot change.
        next_lesson : Lesson or None
            The lesson after this one: a "Next lesson ▸" button opens it (its title is the tooltip).
        """
        self.lesson = lesson
        self.title.setText(f"<span style='font-size:large'><b>{lesson.order}. "
                           f"{pick(lesson.title, language)}</b></span>")
        self.text.setHtml(pick(lesson.text, language))
        self._fill_buttons(lesson, language)
        self.set_variant(variant if variant is not None else self._same_as_lesson(lesson))
        names = [tr(CONTROL_NAMES.get(c, c)) for c in (*locked, *hidden)]
        self.fixed.setText(tr("Fixed in this lesson: {names}.").format(names=", ".join(names)) if names else "")
        self.fixed.setVisible(bool(names))
        self.next_id = next_lesson.id if next_lesson is not None else None
        self.next_button.setText(tr("Next lesson ▸"))
        self.next_button.setToolTip(f"{next_lesson.order}. {pick(next_lesson.title, language)}"
                                    if next_lesson is not None else "")
        self.next_button.setVisible(next_lesson is not None)

    def _fill_buttons(self, lesson, language: str) -> None:
        for button in self.buttons.values():
            self.group.removeButton(button)
            self.button_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = {}
        for variant in lesson.variants:
            button = QPushButton(pick(variant.label, language))
            button.setCheckable(True)
            button.setStyleSheet(BUTTON_STYLE)
            button.setToolTip(tr("Load this variant (training starts again)"))
            button.clicked.connect(lambda _checked=False, vid=variant.id: self.variant_chosen.emit(vid))
            self.group.addButton(button)
            self.button_box.addWidget(button)
            self.buttons[variant.id] = button
        self.variants_label.setVisible(bool(lesson.variants))

    @staticmethod
    def _same_as_lesson(lesson) -> str | None:
        """The first variant whose experiment is the lesson's own (so its button shows as current)."""
        return next((v.id for v in lesson.variants if v.experiment == lesson.experiment), None)

    def set_variant(self, variant: str | None) -> None:
        """Highlight the button of ``variant`` (None: none)."""
        self.variant = variant
        self.group.setExclusive(False)
        for vid, button in self.buttons.items():
            button.setChecked(vid == variant)
        self.group.setExclusive(True)
