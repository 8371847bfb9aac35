"""The tables of the import dialog: the file's first rows, its columns, and the rejected rows.

Values are shown as the file has them (the staff recognise their own spreadsheet); line numbers are
the ones their spreadsheet shows, so that a rejected row is found and fixed there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from welcome_desk.i18n import Translate
from welcome_desk.services.importing import ImportFile, ImportReport, RejectedRow
from welcome_desk.services.importing.table import RawRow
from welcome_desk.ui.import_text import field_label

Index = QModelIndex | QPersistentModelIndex
DisplayRole = Qt.ItemDataRole.DisplayRole
ToolTipRole = Qt.ItemDataRole.ToolTipRole
PREVIEW_ROWS = 20


def _cell(values: tuple[str, ...], position: int) -> str:
    return values[position] if position < len(values) else ""


class PreviewRowsModel(QAbstractTableModel):
    """The first rows of the file, under its own headers; the vertical header gives their line."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._fields: dict[int, str] = {}
        self._rows: tuple[RawRow, ...] = ()
        self._width = 0

    def set_file(self, file: ImportFile | None) -> None:
        self.beginResetModel()
        if file is None:
            self._headers, self._fields, self._rows = (), {}, ()
        else:
            self._headers = file.table.headers
            self._fields = {position: name for name, position in file.columns.positions.items()}
            self._rows = file.table.rows[:PREVIEW_ROWS]
        self._width = max([len(self._headers), *(len(row.values) for row in self._rows)])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == DisplayRole and 0 <= section < len(self._rows):
                return str(self._rows[section].line)
            return None
        if not 0 <= section < self._width:
            return None
        if role == DisplayRole:
            return _cell(self._headers, section)
        if role == ToolTipRole:
            field = self._fields.get(section)
            return field_label(field) if field else self.tr("Not used by the import")
        return None

    def data(self, index: Index, role: int = DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (DisplayRole, ToolTipRole):
            return _cell(self._rows[index.row()].values, index.column())
        return None


class ColumnsModel(QAbstractTableModel):
    """Each column of the file, and the field it fills (or that it is not used)."""

    HEADER, FIELD = range(2)
    FieldRole = Qt.ItemDataRole.UserRole + 1  # the field's technical name, None when not used

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._fields: dict[int, str] = {}

    def set_file(self, file: ImportFile | None) -> None:
        self.beginResetModel()
        self._headers = file.table.headers if file else ()
        self._fields = (
            {position: name for name, position in file.columns.positions.items()} if file else {}
        )
        self.endResetModel()

    def field(self, row: int) -> str | None:
        return self._fields.get(row)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DisplayRole:
            return None
        if section == self.HEADER:
            return self.tr("Column in the file")
        if section == self.FIELD:
            return self.tr("Used as")
        return None

    def data(self, index: Index, role: int = DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        field = self._fields.get(index.row())
        if role == self.FieldRole:
            return field
        column = index.column()
        if role == DisplayRole:
            if column == self.HEADER:
                return self._headers[index.row()]
            if column == self.FIELD:
                return field_label(field) if field else self.tr("Not used (ignored)")
        if role == ToolTipRole and column == self.FIELD and field:
            return field  # the name the import format gives it (docs/cli.md)
        return None


class RejectsModel(QAbstractTableModel):
    """The rejected rows: line, every reason in the staff's language, then the values as written."""

    LINE, REASONS = range(2)
    VALUES = 2  # the file's columns start here

    def __init__(self, translate: Translate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translate = translate
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[RejectedRow, ...] = ()
        self._width = 0

    def set_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        self._headers = report.headers if report else ()
        self._rows = report.rejected_rows if report else ()
        self._width = max([len(self._headers), *(len(row.values) for row in self._rows)])
        self.endResetModel()

    def rejected_row(self, row: int) -> RejectedRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.VALUES + self._width

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DisplayRole:
            return None
        if section == self.LINE:
            return self.tr("Line")
        if section == self.REASONS:
            return self.tr("Reasons")
        if self.VALUES <= section < self.VALUES + self._width:
            return _cell(self._headers, section - self.VALUES)
        return None

    def data(self, index: Index, role: int = DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.LINE:
            if role == DisplayRole:
                return row.line
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            return None
        if column == self.REASONS:
            if role == DisplayRole:
                return row.render_reasons(self._translate)
            if role == ToolTipRole:
                return "\n".join(reason.render(self._translate) for reason in row.reasons)
            return None
        if role in (DisplayRole, ToolTipRole) and column < self.VALUES + self._width:
            return _cell(row.values, column - self.VALUES)
        return None
