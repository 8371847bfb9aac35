"""The three pages of the import dialog: the file and its preview, the progress, the report.

Pages only lay out widgets and show what they are given; the dialog decides what happens. Layouts
only (no fixed positions), so that the pages mirror cleanly right-to-left.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.i18n import Translate
from welcome_desk.services.importing import ImportFile, ImportReport
from welcome_desk.services.importing.report import ignored_columns_message
from welcome_desk.services.importing.run import MAX_SOURCE_LENGTH
from welcome_desk.services.people import DEFAULT_SOURCE
from welcome_desk.ui.import_models import ColumnsModel, PreviewRowsModel, RejectsModel
from welcome_desk.ui.import_text import field_label, fill, number

COLUMN_WIDTH = 240  # the widest a column of values starts (the staff can widen it)


def plain_label(text: str = "") -> QLabel:
    """A label that shows text as it is: a file name or a value may contain "<b>" or "&"."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def read_only_table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, widest: int, limits: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents, but none wider than ``widest`` (or its own limit).

    A 200-character name in the file must not push every other column out of sight; the whole
    value is in the cell's tooltip.
    """
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        limit = (limits or {}).get(column, widest)
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


class ProblemLabel(QWidget):
    """A warning icon and a message; hidden while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = plain_label()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))


class CountsForm(QWidget):
    """Rows, created, updated, unchanged and rejected, as a form (label: number)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = QLabel()
        self.created = QLabel()
        self.updated = QLabel()
        self.unchanged = QLabel()
        self.rejected = QLabel()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Rows in the file:"), self.rows)
        layout.addRow(self.tr("New people:"), self.created)
        layout.addRow(self.tr("People updated:"), self.updated)
        layout.addRow(self.tr("People unchanged:"), self.unchanged)
        layout.addRow(self.tr("Rows rejected:"), self.rejected)

    def show_report(self, report: ImportReport | None) -> None:
        values = (
            (report.rows, report.created, report.updated, report.unchanged, report.rejected)
            if report
            else None
        )
        labels = (self.rows, self.created, self.updated, self.unchanged, self.rejected)
        for position, label in enumerate(labels):
            label.setText(number(values[position]) if values else "…")


class FilePage(QWidget):
    """Step 1 and 2: the file and the source of its ids, then what the file holds and would do."""

    def __init__(self, translate: Translate) -> None:
        super().__init__()
        self._translate = translate
        self.path_field = QLineEdit(readOnly=True)
        self.path_field.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose a file…"))
        self.source_field = QLineEdit(DEFAULT_SOURCE)
        self.source_field.setMaxLength(MAX_SOURCE_LENGTH)
        self.source_field.setToolTip(
            self.tr(
                "The system the file's ids come from. Importing a file again with the same "
                "source updates the people it names instead of adding them twice."
            )
        )
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_field, 1)
        file_row.addWidget(self.choose_button)
        # Alt+F goes to the choose button: the path itself is not typed.
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        self.path_field.setFocusProxy(self.choose_button)
        form = QFormLayout()
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Source of the ids:"), self.source_field)

        self.status = plain_label()
        self.problem = ProblemLabel()

        self.rows_model = PreviewRowsModel(self)
        self.columns_model = ColumnsModel(self)
        self.rows_view = read_only_table(self.rows_model)
        self.columns_view = read_only_table(self.columns_model)
        self.columns_view.verticalHeader().hide()
        self.summary = plain_label()
        self.ignored = plain_label()
        tabs = QTabWidget()
        tabs.addTab(self.rows_view, self.tr("First rows"))
        tabs.addTab(self.columns_view, self.tr("Columns"))
        self.check_title = plain_label()
        self.check_counts = CountsForm()
        preview_layout = QVBoxLayout()
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.ignored)
        preview_layout.addWidget(tabs, 1)
        preview_layout.addWidget(self.check_title)
        preview_layout.addWidget(self.check_counts)
        self.preview = QGroupBox(self.tr("Preview"))
        self.preview.setLayout(preview_layout)
        self.preview.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.preview, 1)
        layout.addStretch()  # keeps the lines above together while there is no preview

    def show_file(self, file: ImportFile | None) -> None:
        self.rows_model.set_file(file)
        self.columns_model.set_file(file)
        self.preview.setVisible(file is not None)
        if file is None:
            return
        fit_columns(self.rows_view, COLUMN_WIDTH)
        fit_columns(self.columns_view, COLUMN_WIDTH)
        self.summary.setText(
            fill(
                self.tr("%1 rows; %2 columns recognised: %3."),
                number(file.row_count),
                number(len(file.columns.positions)),
                ", ".join(field_label(name) for name in file.columns.positions),
            )
        )
        ignored = file.columns.ignored
        self.ignored.setText(
            # The first ten and how many more: a file can carry thousands of stray columns.
            ignored_columns_message(ignored).render(self._translate)
            if ignored
            else self.tr("Every column of the file is used.")
        )


class ProgressPage(QWidget):
    """Step 3: the import running, rows done out of the total."""

    def __init__(self) -> None:
        super().__init__()
        self.status = plain_label()
        self.bar = QProgressBar()
        self.bar.setFormat(self.tr("%v of %m rows"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def start(self, total: int) -> None:
        self.status.setText(self.tr("Importing… The window stays usable; Cancel saves nothing."))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)

    def advance(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)


class ReportPage(QWidget):
    """Step 4: what the import did, and the rows it left out with every reason."""

    def __init__(self, translate: Translate) -> None:
        super().__init__()
        self.title = plain_label()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.counts = CountsForm()
        self.rejects_title = plain_label()
        self.rejects_model = RejectsModel(translate, self)
        self.rejects_view = read_only_table(self.rejects_model)
        self.rejects_view.verticalHeader().hide()
        self.saved = plain_label()
        self.problem = ProblemLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.rejects_title)
        layout.addWidget(self.rejects_view, 1)
        layout.addWidget(self.saved)
        layout.addWidget(self.problem)
        layout.addStretch()  # takes the room of the table when no row was rejected

    def show_report(self, report: ImportReport) -> None:
        self.title.setText(
            self.tr("The import is done: the file's valid rows are saved.")
            if report.imported
            else self.tr("The import is done: no row could be saved.")
        )
        self.counts.show_report(report)
        self.rejects_model.set_report(report)
        self.rejects_view.setVisible(bool(report.rejected))
        self.rejects_title.setText(
            self.tr(
                "These rows were left out. Correct them in the file, or save them and import "
                "the corrected rows again:"
            )
            if report.rejected
            else self.tr("No row was rejected.")
        )
        fit_columns(self.rejects_view, COLUMN_WIDTH, {RejectsModel.REASONS: 2 * COLUMN_WIDTH})
        self.saved.clear()
        self.problem.show_text("")
