"""Filters of the people list: category, month of arrival, late steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from welcome_desk.domain.person import CATEGORY_LABELS
from welcome_desk.i18n import translator
from welcome_desk.services.people_list import ListFilters


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self, *, language: str, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        translate = translator(language)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for code, label in CATEGORY_LABELS.items():
            self.category.addItem(translate(label), code.value)
        self.by_month = QCheckBox(self.tr("Arriving in"))
        self.month = QDateEdit()
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(True)
        current = today()
        self.month.setDate(QDate(current.year, current.month, 1))
        self.month.setEnabled(False)
        self.late = QCheckBox(self.tr("With late steps"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Show:")))
        layout.addWidget(self.category)
        layout.addWidget(self.by_month)
        layout.addWidget(self.month)
        layout.addWidget(self.late)
        layout.addStretch(1)
        self.category.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.by_month.toggled.connect(self.month.setEnabled)
        self.by_month.toggled.connect(lambda _on: self.changed.emit())
        self.month.dateChanged.connect(lambda _d: self._month_changed())
        self.late.toggled.connect(lambda _on: self.changed.emit())

    def _month_changed(self) -> None:
        if self.by_month.isChecked():
            self.changed.emit()

    def value(self) -> ListFilters:
        month = self.month.date().toPython() if self.by_month.isChecked() else None
        return ListFilters(
            category=self.category.currentData(),
            arrival_month=month.replace(day=1) if isinstance(month, date) else None,
            overdue_on=self._today() if self.late.isChecked() else None,
        )
