"""Where the person lives, and has lived: the list, and a form to add or change a place."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from welcome_desk.services import records
from welcome_desk.ui.person_file.data import HousingRow
from welcome_desk.ui.person_file.formatting import Labels, decision_labels, format_date
from welcome_desk.ui.person_file.forms import FormTab
from welcome_desk.ui.person_file.rows_model import RowsModel
from welcome_desk.ui.person_file.saving import Writer
from welcome_desk.ui.person_file.widgets import (
    OptionalDateEdit,
    combo_code,
    fill_combo,
    set_combo_code,
)


class HousingTab(FormTab):
    ENTITY = "housing"

    def __init__(self, *, labels: Labels, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(labels=labels, writer=writer, parent=parent)
        self._rows: tuple[HousingRow, ...] = ()
        self._editing: int | None = None  # the record in the form; None: a new one
        self.model = RowsModel(
            [
                self.tr("Housing"),
                self.tr("Address"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Visale"),
                self.tr("Insurance"),
                self.tr("CAF"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.main_layout.insertWidget(0, self.table, 1)

        self.form_title = QLabel()
        self.kind = QComboBox()
        fill_combo(self.kind, labels.housing_kinds())
        self.address = QLineEdit()
        self.address.setMaxLength(records.MAX_TEXT)
        self.from_date = OptionalDateEdit()
        self.to_date = OptionalDateEdit()
        self.visale = QComboBox()
        fill_combo(self.visale, labels.decision_choices())
        self.insurance = QCheckBox(self.tr("Home insurance taken out"))
        self.caf = QComboBox()
        fill_combo(self.caf, labels.decision_choices())
        self.form.addRow(self.form_title)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Address:"), self.address)
        self.form.addRow(self.tr("From:"), self.from_date)
        self.form.addRow(self.tr("To:"), self.to_date)
        self.form.addRow(self.tr("Visale guarantee:"), self.visale)
        self.form.addRow(self.insurance)
        self.form.addRow(self.tr("CAF housing aid:"), self.caf)
        self.new_button = QPushButton(self.tr("New housing"))
        self.buttons.insertWidget(1, self.new_button)
        self._watch(
            self.kind,
            self.address,
            self.from_date,
            self.to_date,
            self.visale,
            self.insurance,
            self.caf,
        )
        self.new_button.clicked.connect(self.new_housing)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self._fill(None)

    def set_person(self, person_id: int) -> None:
        if person_id != self._person_id:
            self._editing = None
        super().set_person(person_id)

    def show_rows(self, rows: tuple[HousingRow, ...]) -> None:
        self._rows = rows
        self.model.set_rows(
            [
                (
                    row.id,
                    (
                        self._labels.housing_kind(row.kind),
                        row.address or "",
                        format_date(row.from_date),
                        format_date(row.to_date),
                        decision_labels().get(row.visale, row.visale),
                        self.tr("yes") if row.insurance else self.tr("no"),
                        decision_labels().get(row.caf_status, row.caf_status),
                    ),
                )
                for row in rows
            ]
        )
        if self._dirty:
            return
        editing = self._editing if any(r.id == self._editing for r in rows) else None
        if editing is None and rows:
            editing = rows[-1].id  # the latest place, most often the one to update
        self._select(editing)

    def _select(self, record_id: int | None) -> None:
        row = self.model.row_of(record_id) if record_id is not None else None
        if row is None:
            self.table.clearSelection()
            self._fill(None)
        else:
            self.table.selectRow(row)
            self._fill(next(r for r in self._rows if r.id == record_id))

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._populating or not current.isValid():
            return
        record_id = self.model.key(current.row())
        if record_id != self._editing and not self._dirty:
            self._fill(next((r for r in self._rows if r.id == record_id), None))

    def new_housing(self) -> None:
        self.table.clearSelection()
        self._set_dirty(False)
        self.conflict.hide()
        self._fill(None)
        self.kind.setFocus()

    def _fill(self, row: HousingRow | None) -> None:
        self._editing = row.id if row else None
        self.form_title.setText(self.tr("Change this housing") if row else self.tr("New housing"))
        if row is None:
            self._take(None, None)
            return
        data = records.HousingData(
            kind=row.kind,
            address=row.address,
            from_date=row.from_date,
            to_date=row.to_date,
            visale=row.visale,
            insurance=row.insurance,
            caf_status=row.caf_status,
        )
        self._take(data, row.version)

    def _fill_data(self, data: records.HousingData | None) -> None:
        set_combo_code(self.kind, data.kind if data else None)
        self.address.setText((data.address or "") if data else "")
        self.from_date.set_value(data.from_date if data else None)
        self.to_date.set_value(data.to_date if data else None)
        set_combo_code(self.visale, data.visale if data else None)
        self.insurance.setChecked(bool(data and data.insurance))
        set_combo_code(self.caf, data.caf_status if data else None)

    def data(self) -> records.HousingData:
        return records.HousingData(
            kind=combo_code(self.kind) or "other",
            address=self.address.text(),
            from_date=self.from_date.value(),
            to_date=self.to_date.value(),
            visale=combo_code(self.visale) or "none",
            insurance=self.insurance.isChecked(),
            caf_status=combo_code(self.caf) or "none",
        )

    def save(self) -> bool:
        person_id, record_id, version = self._person_id, self._editing, self._version
        if person_id is None:
            return False
        data = self.data()
        saved = self._writer.run(
            lambda session: records.save_housing(
                session, person_id, data, record_id, expected_version=version
            ),
            inline=self.errors,
            conflict=self._show_conflict,
        )
        if saved is None:
            return False
        self._editing = saved.id
        self._saved()
        return True
