"""Appointments made for the person (préfecture, CPAM, CAF…): the list, and adding one."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from welcome_desk.services import records
from welcome_desk.ui.person_file.data import AppointmentRow
from welcome_desk.ui.person_file.formatting import Labels, format_datetime
from welcome_desk.ui.person_file.forms import FormTab
from welcome_desk.ui.person_file.rows_model import RowsModel
from welcome_desk.ui.person_file.saving import Writer


class AppointmentsTab(FormTab):
    def __init__(self, *, labels: Labels, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(labels=labels, writer=writer, parent=parent)
        self.model = RowsModel(
            [self.tr("When"), self.tr("Where"), self.tr("What for"), self.tr("Notes")], self
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.main_layout.insertWidget(0, self.table, 1)

        self.starts_at = QDateTimeEdit()
        self.starts_at.setCalendarPopup(True)
        self.place = QLineEdit()
        self.place.setMaxLength(200)
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(records.MAX_TEXT)
        self.notes = QLineEdit()
        self.notes.setMaxLength(2000)
        self.form.addRow(self.tr("When:"), self.starts_at)
        self.form.addRow(self.tr("Where:"), self.place)
        self.form.addRow(self.tr("What for:"), self.purpose)
        self.form.addRow(self.tr("Notes:"), self.notes)
        self.save_button.setText(self.tr("Add the appointment"))
        self._watch(self.place, self.purpose, self.notes)
        self.starts_at.dateTimeChanged.connect(lambda _value: self._edited())
        self.place.returnPressed.connect(self.save)
        self.purpose.returnPressed.connect(self.save)
        self._clear_form()

    def _set_dirty(self, dirty: bool) -> None:
        super()._set_dirty(dirty)
        self.save_button.setEnabled(True)  # adding says what is missing, if anything

    def show_rows(self, rows: tuple[AppointmentRow, ...]) -> None:
        self.model.set_rows(
            [
                (row.id, (format_datetime(row.starts_at), row.place, row.purpose, row.notes or ""))
                for row in rows
            ]
        )

    def _clear_form(self) -> None:
        tomorrow = datetime.combine(datetime.now().date() + timedelta(days=1), time(9, 0))
        with self._filling():
            self.starts_at.setDateTime(QDateTime(tomorrow))
            for field in (self.place, self.purpose, self.notes):
                field.clear()

    def save(self) -> bool:
        person_id = self._person_id
        if person_id is None:
            return False
        if not self.place.text().strip() or not self.purpose.text().strip():
            self.errors.setText(self.tr("Say where the appointment is and what it is for."))
            self.errors.show()
            (self.purpose if self.place.text().strip() else self.place).setFocus()
            return False
        local: datetime = self.starts_at.dateTime().toPython()  # type: ignore[assignment]
        starts_at = local.astimezone()  # the counter's time zone, kept with the time
        place, purpose, notes = self.place.text(), self.purpose.text(), self.notes.text()
        saved = self._writer.run(
            lambda session: records.add_appointment(
                session, person_id, starts_at, place, purpose, notes
            ),
            inline=self.errors,
        )
        if saved is None:
            return False
        self._clear_form()
        self._set_dirty(False)
        return True
