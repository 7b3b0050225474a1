"""The start page: where a student who double-clicks the app begins.

A calm, large-type page over the canvas with three sections — *Start a lesson* (a card per shipped lesson),
*Recent files*, and big *New network*, *Open…*, *Open example ▸* buttons. While it is shown the docks and
toolbars step aside (and come back as they were); Escape or any choice closes it. Shown at start by
:func:`mlp_studio.ui.application.run_application` when no file is given and "Show at start" is ticked
(QSettings ``start/show``), and from Help ▸ Start page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QScrollArea, QSizePolicy, QStackedWidget, QStyle, QVBoxLayout,
                               QWidget)

from mlp_studio.i18n import pick, tr
from mlp_studio.ui import document, theme

SHOW_KEY = "start/show"
PAGE_STYLE = ("#startPage, #cardsHost, #cardsViewport { background: palette(base); }"
              " #lessonCard { border: 1px solid #CFD8DC; border-radius: 8px; background: #FAFBFC; }"
              f" #lessonCard:hover, #lessonCard:focus {{ border: 1px solid {theme.BLUE}; background: #E3F2FD; }}"
              " QPushButton#bigButton { padding: 12px 18px; border: 1px solid #B0BEC5; border-radius: 8px;"
              " text-align: left; background: palette(button); }"
              f" QPushButton#bigButton:hover {{ border: 1px solid {theme.BLUE}; }}"
              " QPushButton#recentFile { text-align: left; border: none; padding: 4px 2px;"
              f" color: {theme.BLUE}; }}")


def heading(text: str, scale: float = 1.4) -> QLabel:
    """A section heading in large, bold type."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class LessonCard(QFrame):
    """A clickable card: the lesson's number and title in bold, its one-line summary wrapped below."""

    clicked = Signal()

    def __init__(self, title: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(summary)
        self.summary.setStyleSheet(f"color: {theme.INK};")
        for label in (self.title, self.summary):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setToolTip(summary)

    def click(self) -> None:
        """Choose this card (as a mouse click or Enter does)."""
        self.clicked.emit()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """A left click chooses the card."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Enter, Return or Space choose the focused card."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


class StartPage(QWidget):
    """The page's widgets; :class:`StartPageHost` shows it in the window.

    Signals
    -------
    lesson_chosen(str), recent_chosen(str)
        A lesson id, a recent file's path.
    new_chosen(), open_chosen()
    example_chosen(str)
        An example file's path.
    """

    lesson_chosen = Signal(str)
    recent_chosen = Signal(str)
    example_chosen = Signal(str)
    new_chosen = Signal()
    open_chosen = Signal()
    closed = Signal()

    def __init__(self, lessons, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumSize(200, 200)  # never widen the window it covers (a small window clips it instead)
        self.cards: dict[str, LessonCard] = {}
        self.recent_buttons: list[QPushButton] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 20)
        title = heading(tr("MLP Studio"), 2.0)
        subtitle = QLabel(tr("Build a small neural network, press Space, and watch it learn."))
        subtitle.setStyleSheet(f"color: {theme.MUTED};")
        outer.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(subtitle, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addSpacing(16)
        columns = QHBoxLayout()
        columns.setSpacing(36)
        columns.addLayout(self._lessons_column(lessons, language), 3)
        columns.addLayout(self._start_column(), 2)
        outer.addLayout(columns, 1)
        bottom = QHBoxLayout()
        self.show_at_start = QCheckBox(tr("Show this page when MLP Studio starts"))
        hint = QLabel(tr("Esc closes this page · Help ▸ Start page brings it back"))
        hint.setStyleSheet(f"color: {theme.MUTED};")
        bottom.addWidget(self.show_at_start)
        bottom.addStretch(1)
        bottom.addWidget(hint)
        outer.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.closed.emit)

    def _lessons_column(self, lessons, language: str) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(heading(tr("Start a lesson")))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setSpacing(10)
        for i, lesson in enumerate(lessons):
            card = LessonCard(f"{lesson.order}. {pick(lesson.title, language)}", pick(lesson.summary, language))
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            card.clicked.connect(lambda _c=False, lid=lesson.id: self.lesson_chosen.emit(lid))
            grid.addWidget(card, i // 2, i % 2)
            self.cards[lesson.id] = card
        scroll = QScrollArea()
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid_host.setObjectName("cardsHost")
        scroll.viewport().setObjectName("cardsViewport")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        column.addWidget(scroll, 1)
        return column

    def _start_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(heading(tr("Start something new")))
        icons = QStyle.StandardPixmap
        self.new_button = self._big(tr("New network"), tr("A small network on the XOR data, ready to train"),
                                    icons.SP_FileIcon)
        self.open_button = self._big(tr("Open…"), tr("A saved project (.mlpstudio) or an experiment (.json)"),
                                     icons.SP_DialogOpenButton)
        self.example_button = self._big(tr("Open example"), tr("Ready-made experiments"), icons.SP_DirIcon)
        self.new_button.clicked.connect(self.new_chosen.emit)
        self.open_button.clicked.connect(self.open_chosen.emit)
        menu = QMenu(self.example_button)
        for path in document.example_files():
            action = menu.addAction(path.stem.replace("-", " "))
            action.triggered.connect(lambda _c=False, p=str(path): self.example_chosen.emit(p))
        self.example_button.setMenu(menu)
        self.example_button.setEnabled(bool(menu.actions()))
        for button in (self.new_button, self.open_button, self.example_button):
            column.addWidget(button)
        column.addSpacing(18)
        column.addWidget(heading(tr("Recent files")))
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(0)
        column.addLayout(self.recent_box)
        self.no_recent = QLabel(tr("Nothing yet: files you open or save appear here."))
        self.no_recent.setStyleSheet(f"color: {theme.MUTED};")
        column.addWidget(self.no_recent)
        column.addStretch(1)
        return column

    def _big(self, text: str, tip: str, icon) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), text)
        button.setIconSize(QSize(28, 28))
        button.setObjectName("bigButton")
        button.setToolTip(tip)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        button.setFont(font)
        return button

    def set_recent(self, paths: list[str]) -> None:
        """List the recent files (name, folder in the tooltip); a click emits :attr:`recent_chosen`."""
        for button in self.recent_buttons:
            button.deleteLater()
        self.recent_buttons = []
        for path in paths:
            button = QPushButton(Path(path).name)
            button.setObjectName("recentFile")
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            button.setFont(font)
            button.setToolTip(path)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, p=path: self.recent_chosen.emit(p))
            self.recent_box.addWidget(button)
            self.recent_buttons.append(button)
        self.no_recent.setVisible(not paths)


class StartPageHost:
    """Puts a :class:`StartPage` over the window's central widget (a :class:`QStackedWidget` page).

    While shown, the docks and toolbars are hidden; :meth:`hide_page` shows exactly those that were visible.
    """

    def __init__(self, window, page: StartPage) -> None:
        self.window = window
        self.page = page
        self.stack = QStackedWidget()
        self.central = window.takeCentralWidget()
        self.stack.addWidget(self.central)
        self.stack.addWidget(page)
        window.setCentralWidget(self.stack)
        self._restore: list[QWidget] = []

    @property
    def shown(self) -> bool:
        """Whether the start page is the visible page."""
        return self.stack.currentWidget() is self.page

    def show_page(self) -> None:
        """Show the page; docks and toolbars step aside."""
        if self.shown:
            return
        bars = [w for w in self.window.findChildren(QWidget) if w.inherits("QDockWidget") or w.inherits("QToolBar")]
        self._restore = [w for w in bars if w.parentWidget() is self.window and w.isVisible()]
        for widget in self._restore:
            widget.hide()
        self.stack.setCurrentWidget(self.page)
        self.page.setFocus(Qt.FocusReason.OtherFocusReason)

    def hide_page(self) -> None:
        """Back to the canvas, with the docks and toolbars that were shown before."""
        if not self.shown:
            return
        self.stack.setCurrentWidget(self.central)
        for widget in self._restore:
            widget.show()
        for widget in self._restore:
            widget.raise_()  # a dock that was the front tab of its group is the front tab again
        self._restore = []
