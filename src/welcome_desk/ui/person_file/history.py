"""Every change of every step, newest first: when (local time), who, which step, from → to."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from welcome_desk.ui.person_file.data import HistoryEntry
from welcome_desk.ui.person_file.formatting import NO_VALUE, Labels, format_date, format_datetime
from welcome_desk.ui.person_file.rows_model import RowsModel

_DATE_FIELDS = frozenset({"due_on", "done_on"})


class HistoryTab(QWidget):
    WHEN, WHO, STEP, FIELD, FROM, TO = range(6)

    def __init__(self, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self.model = RowsModel(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Step"),
                self.tr("What"),
                self.tr("From"),
                self.tr("To"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STEP, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_entries(self, entries: tuple[HistoryEntry, ...]) -> None:
        self.model.set_rows(
            [
                (
                    entry.step_id,
                    (
                        format_datetime(entry.at),
                        entry.actor,
                        entry.step_title,
                        self._field(entry.field),
                        self._value(entry.field, entry.old),
                        self._value(entry.field, entry.new),
                    ),
                )
                for entry in entries
            ]
        )

    def _field(self, field: str) -> str:
        names = {
            "status": self.tr("status"),
            "done_on": self.tr("done date"),
            "due_on": self.tr("due date"),
            "blocked_reason": self.tr("reason blocked"),
            "notes": self.tr("notes"),
            "applicable": self.tr("applies"),
        }
        return names.get(field, field)

    def _value(self, field: str, value: str | None) -> str:
        if value is None:
            return NO_VALUE
        if field == "status":
            return self._labels.status(value)
        if field in _DATE_FIELDS:
            try:
                return format_date(date.fromisoformat(value))
            except ValueError:
                return value
        if field == "applicable":
            return self.tr("yes") if value == "True" else self.tr("no")
        return value
