"""Administration ▸ Audit trail: every change made at the desk, searched by an administrator.

Filters (text in any value, accents aside; staff; action; kind of record; person; days), the
newest entries first in a sortable table, and each field before and after of the entry chosen.
The search runs off the GUI thread (``ui.tasks``); a double click on an entry about a person
still in the register opens them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.services.audit_log import DEFAULT_LIMIT, MAX_LIMIT, AuditQuery, AuditRow
from welcome_desk.services.trail import Trail, search_trail
from welcome_desk.ui.error_text import error_text
from welcome_desk.ui.person_file.audit_text import ACTIONS, ENTITIES, AuditWords
from welcome_desk.ui.person_file.formatting import Labels, format_datetime
from welcome_desk.ui.person_file.widgets import OptionalDateEdit
from welcome_desk.ui.read_only_model import Index, ReadOnlyTableModel
from welcome_desk.ui.tasks import Job, TaskRunner

SortRole = Qt.ItemDataRole.UserRole + 2


class AuditModel(ReadOnlyTableModel):
    """The entries found, one a row; ``SortRole`` sorts times as times and names as names."""

    WHEN, WHO, WHAT, PERSON, KIND = range(5)

    def __init__(self, labels: Labels, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._labels = labels
        self.trail = Trail()
        self._words = AuditWords(labels)
        self.set_headers(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Person"),
                self.tr("Kind of record"),
            ]
        )

    def set_trail(self, trail: Trail) -> None:
        self.beginResetModel()
        self.trail = trail
        self._words = AuditWords(self._labels, trail.step_titles)
        self.endResetModel()

    @property
    def words(self) -> AuditWords:
        return self._words

    def row_at(self, row: int) -> AuditRow:
        return self.trail.rows[row]

    def person_text(self, entry: AuditRow) -> str:
        if entry.person_id is None:
            return ""
        name = self.trail.people.get(entry.person_id)
        return f"{name} (#{entry.person_id})" if name else f"#{entry.person_id}"

    def row_count(self) -> int:
        return len(self.trail.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        entry, column = self.trail.rows[index.row()], index.column()
        if role == SortRole:
            if column == self.WHEN:
                return entry.at.timestamp()
            if column == self.PERSON:
                return entry.person_id if entry.person_id is not None else -1
            return str(self.data(index)).casefold()
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        texts = {
            self.WHEN: lambda: format_datetime(entry.at),
            self.WHO: lambda: self._words.who(entry),
            self.WHAT: lambda: self._words.what(entry),
            self.PERSON: lambda: self.person_text(entry),
            self.KIND: lambda: self._words.kind(entry.entity),
        }
        text = texts.get(column)
        return text() if text is not None else None


class AuditWindow(QDialog):
    """The administrator's search of the audit trail (a window of its own, not modal)."""

    open_person = Signal(int)
    searched = Signal(int)  # entries shown (tests wait on it)

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._runner = runner
        self._labels = Labels(language)
        self._request = 0
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 720)

        self.text = QLineEdit(placeholderText=self.tr("A name, an address, a value…"))
        self.staff = QLineEdit(placeholderText=self.tr("Part of a staff member's name"))
        self.action = QComboBox()
        self.action.addItem(self.tr("Any action"), "")
        words = AuditWords(self._labels)
        for code in ACTIONS:
            self.action.addItem(words.action(code), code)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind of record"), "")
        for code in ENTITIES:
            self.kind.addItem(words.kind(code), code)
        self.person = QLineEdit(placeholderText=self.tr("Internal id"))
        self.person.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.since = OptionalDateEdit()
        self.until = OptionalDateEdit()
        self.limit = QSpinBox()
        self.limit.setRange(10, MAX_LIMIT)
        self.limit.setSingleStep(100)
        self.limit.setValue(DEFAULT_LIMIT)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setDefault(True)

        filters = QGridLayout()
        for row, column, label, widget in (
            (0, 0, self.tr("&Text:"), self.text),
            (0, 2, self.tr("S&taff:"), self.staff),
            (0, 4, self.tr("Pe&rson:"), self.person),
            (1, 0, self.tr("A&ction:"), self.action),
            (1, 2, self.tr("&Kind:"), self.kind),
            (1, 4, self.tr("At &most:"), self.limit),
            (2, 0, self.tr("&From:"), self.since),
            (2, 2, self.tr("T&o:"), self.until),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            filters.addWidget(buddy, row, column)
            filters.addWidget(widget, row, column + 1)
        filters.addWidget(self.search_button, 2, 5)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)

        self.model = AuditModel(self._labels, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AuditModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.details_title = QLabel()
        self.details_title.setWordWrap(True)
        self.details_title.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QTableWidget(0, 3)
        self.details.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.details.verticalHeader().hide()
        self.details.verticalHeader().setDefaultSectionSize(row_height)
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_title)
        details_layout.addWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 180])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.search_button.clicked.connect(self.search)
        for field in (self.text, self.staff, self.person):
            field.returnPressed.connect(self.search)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.search)

    # Searching -------------------------------------------------------------------------------

    def query(self) -> AuditQuery:
        person = self.person.text().strip()
        action = str(self.action.currentData() or "")
        kind = str(self.kind.currentData() or "")
        return AuditQuery(
            text=self.text.text(),
            actor=self.staff.text(),
            actions=frozenset({action} if action else ()),
            entities=frozenset({kind} if kind else ()),
            person_id=int(person) if person.isdigit() else None,
            since=self.since.value(),
            until=self.until.value(),
            limit=self.limit.value(),
        )

    def search(self) -> None:
        """Search in the background; only the newest search is shown."""
        self._request += 1
        request, query = self._request, self.query()
        database, language = self._database, self._language
        self.status.setText(self.tr("Searching…"))

        def work(_progress: Any, _cancelled: Any) -> tuple[int, Trail]:
            with database.session() as session:
                return request, search_trail(session, query, language)

        job = Job(work)
        job.signals.finished.connect(self._show)
        job.signals.failed.connect(self._failed)
        self._runner.start(job)

    def _show(self, result: tuple[int, Trail]) -> None:
        request, trail = result
        if request != self._request:
            return
        self.model.set_trail(trail)
        self._show_details(None)
        if trail.refused is not None:
            self.status.setText(self._labels.message(trail.refused))
        elif trail.limited:
            self.status.setText(
                self.tr(
                    "Showing the latest %1 entries that match; older ones may exist: narrow "
                    "the search or raise the limit."
                ).replace("%1", str(len(trail.rows)))
            )
        else:
            self.status.setText(self.tr("%n change(s) found.", "", len(trail.rows)))
        self.table.resizeColumnsToContents()
        what = max(self.table.columnWidth(AuditModel.WHAT), 260)
        self.table.setColumnWidth(AuditModel.WHAT, what)
        if trail.rows:
            self.table.selectRow(0)
        self.searched.emit(len(trail.rows))

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text(error, self._language))
        self.searched.emit(0)

    # The entry chosen ------------------------------------------------------------------------

    def current_entry(self) -> AuditRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_details(self.model.row_at(self.proxy.mapToSource(current).row()))
        else:
            self._show_details(None)

    def _show_details(self, entry: AuditRow | None) -> None:
        if entry is None:
            self.details_title.clear()
            self.details.setRowCount(0)
            return
        words = self.model.words
        title = f"{format_datetime(entry.at)} — {words.who(entry)} — {words.what(entry)}"
        person = self.model.person_text(entry)
        self.details_title.setText(f"{title} — {person}" if person else title)
        changes = words.changes(entry)
        self.details.setRowCount(len(changes))
        for row, change in enumerate(changes):
            for column, text in enumerate(
                (
                    words.field(change.field),
                    words.value(entry, change.field, change.before),
                    words.value(entry, change.field, change.after),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.details.setItem(row, column, item)

    def details_cells(self) -> list[tuple[str, str, str]]:
        """What the details show, row by row (for tests)."""

        def text(row: int, column: int) -> str:
            item = self.details.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.details.rowCount())]

    def _open(self, index: QModelIndex) -> None:
        entry = self.model.row_at(self.proxy.mapToSource(index).row())
        if entry.person_id is None:
            return
        if entry.person_id not in self.model.trail.people:
            self.status.setText(self.tr("This person is no longer in the register."))
            return
        self.open_person.emit(entry.person_id)

    def closeEvent(self, event: Any) -> None:
        self._request += 1  # a search still running is not shown
        super().closeEvent(event)


__all__ = ["AuditWindow"]
