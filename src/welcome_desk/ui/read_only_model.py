"""The part every small read-only table model shares: a flat list of rows under fixed headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ReadOnlyTableModel(QAbstractTableModel):
    """Counts rows (``row_count``) and columns (the headers) and shows the horizontal headers.

    Subclasses hold their rows and answer ``data``; headers made with ``self.tr`` are set with
    ``set_headers`` after ``__init__``, so that they keep the subclass's translation context.
    """

    def __init__(self, headers: Sequence[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)

    def row_count(self) -> int:
        raise NotImplementedError

    def has_row(self, index: Index) -> bool:
        """Whether ``index`` is valid and on one of the rows (``data`` checks it first)."""
        return index.isValid() and 0 <= index.row() < self.row_count()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
