"""Pieces of the person form: a field with its messages under it, the duplicate warning and the
conflict panel (both shown inside the form, so that nothing typed is hidden behind a box)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b3261e;"
PANEL_STYLE = "QFrame#panel { border: 1px solid #c9a227; border-radius: 4px; }"


class FieldBox(QWidget):
    """An editor with, under it, the problems of its value (a red label, hidden when none)."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__()
        self.editor = editor
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def set_errors(self, errors: Sequence[str]) -> None:
        text = "\n".join(errors)
        if text != self.error.text():
            self.error.setText(text)
        self.error.setVisible(bool(text))
        self.editor.setAccessibleDescription(text)
        # A message of two lines must not be cut: let the form (and its window) grow to it.
        self.updateGeometry()
        window = self.window()
        if window is not self and window.isVisible():
            layout = window.layout()
            if layout is not None:
                layout.activate()
            wanted = window.sizeHint().height()
            if window.height() < wanted:
                window.resize(window.width(), wanted)

    def has_errors(self) -> bool:
        return bool(self.error.text())


class DuplicateBanner(QFrame):
    """ "Already registered?": the people with the same name and birth date, to open one of them
    instead, or to save anyway."""

    open_requested = Signal(int)
    save_anyway = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.setStyleSheet(PANEL_STYLE)
        self.title = QLabel(
            self.tr(
                "Already registered? These people have the same name and date of birth. "
                "Open one of them, or save this registration anyway."
            )
        )
        self.title.setWordWrap(True)
        self.people = QListWidget()
        self.people.setMaximumHeight(90)
        self.open_button = QPushButton(self.tr("&Open this person"))
        self.save_button = QPushButton(self.tr("Save &anyway"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.people)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._open)
        self.people.itemDoubleClicked.connect(lambda _item: self._open())
        # Enter on a person opens them, and goes no further (the form's Enter would save).
        self.people.installEventFilter(self)
        self.save_button.clicked.connect(self.save_anyway.emit)
        self.hide()

    def show_people(self, people: Sequence[tuple[int, str]]) -> None:
        self.people.clear()
        for person_id, text in people:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.people.addItem(item)
        self.people.setCurrentRow(0)
        self.show()
        self.people.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.people
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open()
            return True
        return super().eventFilter(watched, event)

    def _open(self) -> None:
        item = self.people.currentItem()
        if item is not None:
            self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class ConflictPanel(QFrame):
    """Someone else saved the person meanwhile: what they saved beside what the user typed."""

    FIELD, THEIRS, YOURS = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.setStyleSheet(PANEL_STYLE)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved meanwhile"), self.tr("Yours")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        self.hide()

    def show_conflict(self, message: str, rows: Sequence[tuple[str, str, str, bool]]) -> None:
        """``rows``: field, saved meanwhile, yours, and whether both sides changed it."""
        self.message.setText(
            message
            + "\n"
            + self.tr(
                "Their changes to fields you did not touch are now in the form. Where you both "
                "changed a field (in bold), your value is in the form: check it, then save again."
            )
        )
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for row, (field, theirs, yours, clash) in enumerate(rows):
            for column, text in ((self.FIELD, field), (self.THEIRS, theirs), (self.YOURS, yours)):
                item = QTableWidgetItem(text)
                if clash:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.show()

    def cells(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (for tests and screen readers' summaries)."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [
            (text(row, self.FIELD), text(row, self.THEIRS), text(row, self.YOURS))
            for row in range(self.table.rowCount())
        ]
