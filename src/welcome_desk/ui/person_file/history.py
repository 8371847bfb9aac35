"""The person's history: every change to them, their steps and records, newest first — when
(local time), who, what in words, and each field from → to (the audit trail).

A role that may not see it (counter staff) is told so here; the rest of the file works as usual.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.services.trail import Trail
from welcome_desk.ui.person_file.audit_text import AuditWords
from welcome_desk.ui.person_file.formatting import Labels, format_datetime
from welcome_desk.ui.person_file.rows_model import RowsModel


class HistoryTab(QWidget):
    """One line per field changed; the first line of an entry says when, who and what."""

    WHEN, WHO, WHAT, FIELD, FROM, TO = range(6)

    def __init__(self, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self.model = RowsModel(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ],
            self,
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)

    def show_trail(self, trail: Trail) -> None:
        if trail.refused is not None:
            self.model.set_rows([])
            self.table.hide()
            self.note.setText(self._labels.message(trail.refused))
            self.note.show()
            return
        words = AuditWords(self._labels, trail.step_titles)
        rows: list[tuple[int, tuple[str, ...]]] = []
        for entry in trail.rows:
            first = (format_datetime(entry.at), words.who(entry), words.what(entry))
            changes = words.changes(entry)
            if not changes:
                rows.append((entry.id, (*first, "", "", "")))
            for number, change in enumerate(changes):
                rows.append(
                    (
                        entry.id,
                        (
                            *(first if number == 0 else ("", "", "")),
                            words.field(change.field),
                            words.value(entry, change.field, change.before),
                            words.value(entry, change.field, change.after),
                        ),
                    )
                )
        self.model.set_rows(rows)
        self.table.show()
        if trail.limited:
            self.note.setText(
                self.tr("Showing the latest %1 changes only.").replace("%1", str(trail.limit))
            )
        elif not trail.rows:
            self.note.setText(self.tr("No change recorded yet."))
        self.note.setVisible(trail.limited or not trail.rows)
        self.table.resizeColumnsToContents()
        for column in (self.WHAT, self.FROM, self.TO):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
