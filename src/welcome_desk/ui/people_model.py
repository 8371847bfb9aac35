"""The table of people shown at the counter: search results or the coming arrivals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    family_name: str
    given_names: str | None
    nationality: str
    country: str
    category: str
    arrival_date: date
    external_ids: str


class PeopleTableModel(QAbstractTableModel):
    NAME, NATIONALITY, CATEGORY, ARRIVAL, EXTERNAL_ID = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def person_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (
                self.tr("Name"),
                self.tr("Nationality"),
                self.tr("Category"),
                self.tr("Arrival"),
                self.tr("External id"),
            )[section]
            if 0 <= section < 5
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NATIONALITY:
            return row.nationality
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.NAME:
            family = row.family_name.upper()
            return f"{family} {row.given_names}" if row.given_names else family
        if column == self.NATIONALITY:
            return row.country
        if column == self.CATEGORY:
            return self.tr(row.category)
        if column == self.ARRIVAL:
            return QLocale().toString(row.arrival_date, QLocale.FormatType.ShortFormat)
        if column == self.EXTERNAL_ID:
            return row.external_ids
        return None
