"""The people table: a list of ids, rows fetched a page at a time when the view asks for them.

A register of 100,000 people costs an ordered list of ids; only the rows on screen are read
(Anki's browser works the same way). Sorting asks the database for the ids in the new order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from welcome_desk.domain.countries import country_name
from welcome_desk.domain.person import CATEGORY_LABELS, Category
from welcome_desk.i18n import translator
from welcome_desk.services.people_list import ListRow, SortKey

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100


class PeopleTableModel(QAbstractTableModel):
    """Columns: name, nationality, category, arrival, external ids."""

    NAME, NATIONALITY, CATEGORY, ARRIVAL, EXTERNAL_ID = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1
    SORT_KEYS: ClassVar[dict[int, SortKey]] = {
        NAME: SortKey.NAME,
        NATIONALITY: SortKey.NATIONALITY,
        CATEGORY: SortKey.CATEGORY,
        ARRIVAL: SortKey.ARRIVAL,
    }

    def __init__(
        self,
        *,
        fetch_rows: Callable[[Sequence[int]], dict[int, ListRow]],
        sort_ids: Callable[[list[int], SortKey, bool], list[int]],
        language: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._sort_ids = sort_ids
        self._translate = translator(language)
        self._language = language
        self._ids: list[int] = []
        self._rows: dict[int, ListRow] = {}

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {}
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def person_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, person_id: int) -> int:
        return self._ids.index(person_id)

    def refresh_rows(self) -> None:
        """Forget the rows read (after a change); they are read again when shown."""
        self._rows = {}
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 4))

    def _row(self, row: int) -> ListRow | None:
        person_id = self._ids[row]
        found = self._rows.get(person_id)
        if found is None:
            first = row - row % PAGE_SIZE
            page = self._ids[first : first + PAGE_SIZE]
            self._rows.update(self._fetch_rows(page))
            found = self._rows.get(person_id)
        return found

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None or not self._ids:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(index, self._ids[index.row()]) for index in before]
        self._ids = self._sort_ids(self._ids, key, descending)
        position = {person_id: row for row, person_id in enumerate(self._ids)}
        self.changePersistentIndexList(
            [index for index, _ in held],
            [self.index(position[person_id], index.column()) for index, person_id in held],
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Nationality"),
            self.tr("Category"),
            self.tr("Arrival"),
            self.tr("External id"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:  # removed meanwhile by another desk
            return None
        column = index.column()
        if column == self.NAME:
            family = row.family_name.upper()
            return f"{family} {row.given_names}" if row.given_names else family
        if column == self.NATIONALITY:
            name = country_name(row.nationality, self._language)
            return row.nationality if role == Qt.ItemDataRole.ToolTipRole else name
        if column == self.CATEGORY:
            label = CATEGORY_LABELS.get(Category(row.category))
            return self._translate(label) if label else row.category
        if column == self.ARRIVAL:
            return QLocale().toString(row.arrival_date, QLocale.FormatType.ShortFormat)
        if column == self.EXTERNAL_ID:
            return row.external_ids
        return None
