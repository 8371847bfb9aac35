"""Small editors the record forms share: a date that may be empty, a combo box of codes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from welcome_desk.ui.person_file.formatting import to_date, to_qdate


class OptionalDateEdit(QWidget):
    """A date with a box to say whether there is one (a QDateEdit alone cannot be empty)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox()
        self.known.setToolTip(self.tr("Tick when the date is known"))
        self.editor = QDateEdit()
        self.editor.setCalendarPopup(True)
        self.editor.setDate(QDate.currentDate())
        self.editor.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.editor, 1)
        self.known.toggled.connect(self.editor.setEnabled)
        self.known.toggled.connect(lambda _on: self.edited.emit())
        self.editor.dateChanged.connect(lambda _d: self.edited.emit())

    def value(self) -> date | None:
        return to_date(self.editor.date()) if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.editor.setDate(to_qdate(value))


def fill_combo(combo: QComboBox, choices: Sequence[tuple[str | None, str]]) -> None:
    """``choices``: (code, label) pairs; a None code stands for "not recorded"."""
    combo.clear()
    for code, label in choices:
        combo.addItem(label, code)


def combo_code(combo: QComboBox) -> str | None:
    code = combo.currentData()
    return str(code) if code is not None else None


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    for row in range(combo.count()):
        if combo.itemData(row) == code:
            combo.setCurrentIndex(row)
            return
    combo.setCurrentIndex(0)


def error_label() -> QLabel:
    """Where a form says why it was not saved (hidden until then)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label
