"""A small read-only table of already formatted rows (housing, appointments, visits, history)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from welcome_desk.ui.read_only_model import Index, ReadOnlyTableModel


class RowsModel(ReadOnlyTableModel):
    """Rows of display texts, each with a key (the record's id) under ``KeyRole``."""

    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[int] = []

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Replace every row: (key, texts) pairs, the texts in column order."""
        self.beginResetModel()
        self._keys = [key for key, _ in rows]
        self._rows = [tuple(texts) for _, texts in rows]
        self.endResetModel()

    def key(self, row: int) -> int:
        return self._keys[row]

    def row_of(self, key: int) -> int | None:
        return self._keys.index(key) if key in self._keys else None

    def texts(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < len(self._headers):
            return None
        if role == self.KeyRole:
            return self._keys[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._rows[row][column] if column < len(self._rows[row]) else ""
            if role == Qt.ItemDataRole.DisplayRole:
                return text.replace("\n", " ")
            return text or None
        return None
