"""The tables of the statistics view: cells already written out, sorted by what they stand for.

A table is a list of rows of cells; each cell has its text (numbers as the staff's locale writes
them) and the value it sorts by. A table may end with a total row, which stays last however the
staff sort the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    sort: float | str | None  # None sorts before everything (a month with no figure)
    tooltip: str = ""
    muted: bool = False  # a zero: shown, but quieter than the figures around it
    number: bool = True  # aligned right


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    tooltip: str = ""


class StatsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._rows: list[Sequence[Cell]] = []
        self._total_row = False

    def set_table(
        self, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, total_row: bool
    ) -> None:
        """Show ``rows``; when ``total_row``, the last one is the total (kept last)."""
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = list(rows)
        self._total_row = total_row and bool(rows)
        self.endResetModel()

    def is_total(self, row: int) -> bool:
        return self._total_row and row == len(self._rows) - 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == SORT_ROLE:
            return cell.sort
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.number else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and cell.muted:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[section].tooltip or None
        return None


class StatsSortModel(QSortFilterProxyModel):
    """Sorts by each cell's value (names in the locale's order); the total row stays last."""

    def __init__(self, source: StatsTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self._collator = QCollator()
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: Index, right: Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, StatsTableModel)
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        if source.is_total(left.row()):
            return not ascending  # last either way
        if source.is_total(right.row()):
            return ascending
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        if a is None or b is None:
            return a is None and b is not None
        return bool(a < b)


def stats_table_view(model: StatsTableModel) -> QTableView:
    """A read-only table sorted by clicking its headers, in the order given until then."""
    view = QTableView()
    view.setModel(StatsSortModel(model, view))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSortIndicatorShown(True)
    view.setSortingEnabled(True)
    unsorted(view)
    return view


def unsorted(view: QTableView) -> None:
    """Back to the model's own order (no sort indicator)."""
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    proxy.sort(-1)


def shown_rows(view: QTableView) -> list[list[str]]:
    """The texts of the table as shown (sorted), row by row."""
    model = view.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
