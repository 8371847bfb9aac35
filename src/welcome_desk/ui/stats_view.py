"""Statistics ▸ arrivals by month: a range of months, charts, tables and the exports.

The figures are those of ``welcome-desk stats`` (stats/compute.py), counted in a background job:
the window stays usable, the view says it is counting, and a new range replaces a count still
running. The exports (CSV, XLSX, PDF) are the command's files, made and written off the GUI
thread, of the figures shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.domain.dates import add_months
from welcome_desk.domain.messages import N_, Message
from welcome_desk.domain.roles import NotAllowed
from welcome_desk.files import file_error, write_whole
from welcome_desk.i18n import Translate, translator
from welcome_desk.stats.compute import MonthRange, Statistics, compute
from welcome_desk.stats.dimensions import DIMENSIONS
from welcome_desk.stats.labels import KEY_STEP_LABELS, dimension_label, value_label
from welcome_desk.ui.error_text import error_text
from welcome_desk.ui.import_pages import ProblemLabel, plain_label
from welcome_desk.ui.import_text import fill
from welcome_desk.ui.latest_jobs import LatestJobs
from welcome_desk.ui.stats_charts import StatsCharts
from welcome_desk.ui.stats_table import Cell, Column, StatsTableModel, stats_table_view, unsorted
from welcome_desk.ui.tasks import TaskRunner

MAX_MONTHS = 120  # as the stats command: ten years at a time
RECOUNT_DELAY_MS = 400  # after the last change of a month, before counting again
FIRST_MONTH = QDate(2000, 1, 1)
LAST_MONTH = QDate(2100, 12, 1)
EXPORTS = ("csv", "xlsx", "pdf")


@dataclass(frozen=True, slots=True)
class ValueRow:
    code: str
    label: str
    counts: list[int]  # one per month of the range

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class StatsData:
    """The statistics of a range and their rows, labelled in the staff's language."""

    stats: Statistics
    months: list[str]  # "YYYY-MM"
    arrivals: list[int]  # per month
    tables: dict[str, list[ValueRow]]  # every dimension but the total
    visits: list[ValueRow]

    @property
    def total(self) -> int:
        return sum(self.arrivals)


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def load_stats(
    database: Database,
    months: MonthRange,
    language: str,
    progress: Callable[[int, int], None] | None = None,
) -> StatsData:
    """Count in the database, then lay the figures out (both in the background job)."""
    with database.snapshot() as session:  # one state of the data, while desks go on
        stats = compute(session, months, progress=progress)
    return arrange(stats, language)


def arrange(stats: Statistics, language: str) -> StatsData:
    from welcome_desk.services.records import visit_purposes

    translate = translator(language)
    months = stats.range.months()
    tables = {}
    for dimension in DIMENSIONS[1:]:
        values, table = stats.table(dimension)
        tables[dimension] = [
            ValueRow(
                value,
                capitalized(value_label(dimension, value, translate, language)),
                [table[value].get(month, 0) for month in months],
            )
            for value in values
        ]
    arrivals = {c.month: c.count for c in stats.counts if c.dimension == "total"}
    purposes = {p.key: p.label(language) for p in visit_purposes()}
    visits: dict[str, dict[str, int]] = {}
    for c in stats.visits:
        visits.setdefault(c.value, {})[c.month] = c.count
    visit_rows = [
        ValueRow(key, capitalized(purposes.get(key, key)), [by.get(m, 0) for m in months])
        for key, by in visits.items()
    ]
    visit_rows.sort(key=lambda row: (-row.total, row.label))
    return StatsData(
        stats=stats,
        months=months,
        arrivals=[arrivals.get(month, 0) for month in months],
        tables=tables,
        visits=visit_rows,
    )


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def default_range(today: date) -> tuple[date, date]:
    """The last twelve months, this one included."""
    this_month = today.replace(day=1)
    return add_months(this_month, -11), this_month


def file_name(months: MonthRange, form: str) -> str:
    """arrivals-2025-12-to-2026-11.xlsx (one month: arrivals-2026-11.xlsx)."""
    names = months.months()
    span = names[0] if len(names) == 1 else f"{names[0]}-to-{names[-1]}"
    return f"arrivals-{span}.{form}"


def _month_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), 1)


class MonthEdit(QDateEdit):
    """A month and its year (MM/yyyy); the arrows move the part the cursor is in."""

    def __init__(self, month: date, language: str) -> None:
        super().__init__()
        self.setLocale(QLocale(language))
        self.setDisplayFormat("MM/yyyy")
        self.setDateRange(FIRST_MONTH, LAST_MONTH)
        self.setDate(QDate(month.year, month.month, 1))
        self.setCurrentSection(QDateEdit.Section.MonthSection)

    def month(self) -> date:
        return _month_date(self)

    def set_month(self, month: date) -> None:
        self.setDate(QDate(month.year, month.month, 1))


class StatsView(QWidget):
    """The statistics page of the window."""

    computed = Signal(object)  # the StatsData now shown
    problem_shown = Signal(str)
    exported = Signal(object)  # the Path just written

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._translate: Translate = translator(language)
        self._jobs = LatestJobs(runner)
        self._data: StatsData | None = None
        self._folder: Path | None = None
        self._exporting = False

        first, last = default_range(today())
        self.first_month = MonthEdit(first, language)
        self.last_month = MonthEdit(last, language)
        for edit, tip in (
            (self.first_month, self.tr("The first month counted (month/year)")),
            (self.last_month, self.tr("The last month counted (month/year)")),
        ):
            edit.setToolTip(tip)
            edit.dateChanged.connect(lambda _date: self._range_changed())
        from_label = QLabel(self.tr("F&rom"))
        from_label.setBuddy(self.first_month)
        to_label = QLabel(self.tr("t&o"))
        to_label.setBuddy(self.last_month)
        self.compute_button = QPushButton(self.tr("&Count again"))
        self.compute_button.setToolTip(self.tr("Count with the register as it is now (F5)"))
        self.compute_button.clicked.connect(lambda: self.compute())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_buttons = {}
        for form, text, tip in (
            ("csv", self.tr("CSV…"), self.tr("The table of the counts, for programs (CSV)")),
            ("xlsx", self.tr("XLSX…"), self.tr("A workbook: one sheet per table (XLSX)")),
            ("pdf", self.tr("PDF…"), self.tr("A short report with the charts and tables (PDF)")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, f=form: self.export(f))
            self.export_buttons[form] = button

        top = QHBoxLayout()
        top.addWidget(from_label)
        top.addWidget(self.first_month)
        top.addWidget(to_label)
        top.addWidget(self.last_month)
        top.addWidget(self.compute_button)
        top.addWidget(self.busy)
        top.addWidget(self.status, 1)
        top.addWidget(QLabel(self.tr("Export:")))
        for button in self.export_buttons.values():
            top.addWidget(button)

        self.title = plain_label()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.problem = ProblemLabel()

        self.charts = StatsCharts()
        self.dimension_box = QComboBox()
        for dimension in DIMENSIONS[1:]:
            self.dimension_box.addItem(dimension_label(dimension, self._translate), dimension)
        self.dimension_box.currentIndexChanged.connect(lambda _index: self._show_dimension())
        dimension_label_widget = QLabel(self.tr("Arrivals &by:"))
        dimension_label_widget.setBuddy(self.dimension_box)
        self.dimension_model = StatsTableModel(self)
        self.dimension_table = stats_table_view(self.dimension_model)
        tables_page = QWidget()
        tables_layout = QVBoxLayout(tables_page)
        choose = QHBoxLayout()
        choose.addWidget(dimension_label_widget)
        choose.addWidget(self.dimension_box)
        choose.addStretch(1)
        tables_layout.addLayout(choose)
        tables_layout.addWidget(self.dimension_table, 1)
        self.checklist_model = StatsTableModel(self)
        self.checklist_table = stats_table_view(self.checklist_model)
        self.visits_model = StatsTableModel(self)
        self.visits_table = stats_table_view(self.visits_model)
        self.visits_note = plain_label(self.tr("No counter visit recorded in these months."))
        self.visits_note.hide()
        visits_page = QWidget()
        visits_layout = QVBoxLayout(visits_page)
        visits_layout.addWidget(self.visits_note)
        visits_layout.addWidget(self.visits_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(tables_page, self.tr("Tables"))
        self.tabs.addTab(self.checklist_table, self.tr("Checklists"))
        self.tabs.addTab(visits_page, self.tr("Counter visits"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

        self._recount = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self.compute)
        self._update_buttons()

    # The range

    def set_range(self, first: date, last: date) -> None:
        """Show the months from ``first`` to ``last`` (counted after a short pause)."""
        self.first_month.set_month(first)
        self.last_month.set_month(last)

    def chosen_range(self) -> MonthRange | None:
        """The months chosen, or None when they make no range (the problem is shown)."""
        first, last = self.first_month.month(), self.last_month.month()
        if last < first:
            return None
        months = MonthRange(first, last)
        return months if len(months.months()) <= MAX_MONTHS else None

    def _range_problem(self) -> str:
        first, last = self.first_month.month(), self.last_month.month()
        if last < first:
            return self.tr("The last month is before the first: choose a range that ends later.")
        return self.tr("At most 120 months (ten years) at a time.")

    def _range_changed(self) -> None:
        if self.chosen_range() is None:
            self._recount.stop()
            self._jobs.cancel("count")
            self._set_busy(False)
            self._show_problem(self._range_problem())
        else:
            self._show_problem("")
            self._recount.start()
        self._update_buttons()

    # Counting

    @property
    def data(self) -> StatsData | None:
        """The figures shown (None before the first count)."""
        return self._data

    @property
    def counting(self) -> bool:
        return self._jobs.running("count") is not None

    def compute(self) -> bool:
        """Count the months chosen in the background; a count still running is replaced."""
        self._recount.stop()
        months = self.chosen_range()
        if months is None:
            self._show_problem(self._range_problem())
            return False
        self._show_problem("")
        database, language = self._database, self._language
        self._jobs.start(
            "count",
            lambda progress, _cancelled: load_stats(database, months, language, progress),
            done=self._counted,
            failed=self._count_failed,
            progress=self._advance,
        )
        self.busy.setRange(0, 0)
        self._set_busy(True)
        self.status.setText(self.tr("Counting…"))
        return True

    def refresh(self) -> None:
        """Count again (the register may have changed since)."""
        self.compute()

    def _advance(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if not busy:
            self.status.clear()
        self._update_buttons()

    def _counted(self, data: StatsData) -> None:
        self._data = data
        self._set_busy(False)
        self._show(data)
        self.computed.emit(data)

    def _count_failed(self, error: Exception) -> None:
        self._set_busy(False)
        text = error_text(error, self._language, where=self._database.describe())
        self._show_problem(fill(self.tr("The statistics could not be counted. %1"), text))

    def _show_problem(self, text: str) -> None:
        self.problem.show_text(text)
        if text:
            self.problem_shown.emit(text)

    # Showing

    def _month_labels(self, months: list[str]) -> list[tuple[str, str]]:
        """(short, long) name of each "YYYY-MM" month in the staff's locale."""
        locale = QLocale()
        labels = []
        for month in months:
            year, number = (int(part) for part in month.split("-"))
            day = QDate(year, number, 1)
            labels.append((locale.toString(day, "MMM yyyy"), locale.toString(day, "MMMM yyyy")))
        return labels

    def _show(self, data: StatsData) -> None:
        locale = QLocale()
        labels = self._month_labels(data.months)
        if data.total == 0:
            title = (
                fill(self.tr("No arrivals in %1."), labels[0][1])
                if len(labels) == 1
                else fill(self.tr("No arrivals from %1 to %2."), labels[0][1], labels[-1][1])
            )
        elif len(labels) == 1:
            title = fill(self.tr("Arrivals in %1: %2"), labels[0][1], locale.toString(data.total))
        else:
            title = fill(
                self.tr("Arrivals from %1 to %2: %3"),
                labels[0][1],
                labels[-1][1],
                locale.toString(data.total),
            )
        self.title.setText(title)
        self.charts.show_figures(
            months=list(zip(data.months, data.arrivals, strict=True)),
            eu=[(row.label, row.total) for row in data.tables["eu"]],
            categories=[(row.label, row.total) for row in data.tables["category"]],
            nationalities=sorted(
                ((row.label, row.total) for row in data.tables["nationality"]),
                key=lambda pair: -pair[1],
            ),
        )
        self._show_dimension()
        self._show_checklists(data, labels)
        self._show_visits(data, labels)

    def _count_cell(self, count: int) -> Cell:
        return Cell(QLocale().toString(count), count, muted=count == 0)

    def _month_columns(self, labels: list[tuple[str, str]]) -> list[Column]:
        return [Column(short, long) for short, long in labels]

    def _value_rows(self, rows: list[ValueRow], tooltip_codes: bool) -> list[list[Cell]]:
        return [
            [
                Cell(row.label, row.label, row.code if tooltip_codes else "", number=False),
                *(self._count_cell(count) for count in row.counts),
                self._count_cell(row.total),
            ]
            for row in rows
        ]

    def current_dimension(self) -> str:
        return str(self.dimension_box.currentData())

    def show_dimension(self, dimension: str) -> None:
        self.dimension_box.setCurrentIndex(self.dimension_box.findData(dimension))

    def _show_dimension(self) -> None:
        data = self._data
        if data is None:
            return
        dimension = self.current_dimension()
        labels = self._month_labels(data.months)
        rows = self._value_rows(data.tables[dimension], tooltip_codes=True)
        everyone = self.tr("All arrivals")
        rows.append(
            [
                Cell(everyone, everyone, number=False),
                *(self._count_cell(count) for count in data.arrivals),
                self._count_cell(data.total),
            ]
        )
        columns = [
            Column(dimension_label(dimension, self._translate)),
            *self._month_columns(labels),
            Column(self.tr("Total")),
        ]
        self.dimension_model.set_table(columns, rows, total_row=True)
        self._fit(self.dimension_table)

    def _show_checklists(self, data: StatsData, labels: list[tuple[str, str]]) -> None:
        locale = QLocale()
        _ = self._translate
        columns = [
            Column(self.tr("Month")),
            Column(self.tr("Arrivals")),
            Column(self.tr("With a checklist")),
            Column(self.tr("Steps done"), self.tr("Share of the steps that apply which are done")),
            Column(
                self.tr("Every step done"), self.tr("People whose every step that applies is done")
            ),
        ]
        for label in KEY_STEP_LABELS.values():
            columns.append(
                Column(
                    fill(self.tr("%1\n(median days)"), _(label)),
                    self.tr(
                        "Median number of days from arrival until the step was done, among the "
                        "people who have it done"
                    ),
                )
            )
        rows = []
        for (short, long), row in zip(labels, data.stats.checklists, strict=True):
            completion = row.completion
            cells = [
                Cell(short, row.month, long, number=False),
                self._count_cell(row.arrivals),
                self._count_cell(row.with_checklist),
                Cell(
                    "—"
                    if completion is None
                    else fill(self.tr("%1%"), locale.toString(100 * completion, "f", 0)),
                    completion,
                    fill(
                        self.tr("%1 of %2 steps"),
                        locale.toString(row.steps_done),
                        locale.toString(row.steps_applicable),
                    ),
                    muted=completion is None,
                ),
                self._count_cell(row.people_all_done),
            ]
            for group in KEY_STEP_LABELS:
                median = row.median_days[group]
                cells.append(
                    Cell(
                        "—"
                        if median is None
                        else locale.toString(float(median), "f", 1 if median % 1 else 0),
                        median,
                        fill(self.tr("People done: %1"), locale.toString(row.done_counts[group])),
                        muted=median is None,
                    )
                )
            rows.append(cells)
        self.checklist_model.set_table(columns, rows, total_row=False)
        self._fit(self.checklist_table, narrowest=90)

    def _show_visits(self, data: StatsData, labels: list[tuple[str, str]]) -> None:
        columns = [
            Column(self.tr("Purpose of the visit")),
            *self._month_columns(labels),
            Column(self.tr("Total")),
        ]
        self.visits_model.set_table(
            columns, self._value_rows(data.visits, tooltip_codes=False), total_row=False
        )
        self._fit(self.visits_table)
        self.visits_note.setVisible(not data.visits)

    @staticmethod
    def _fit(view: QTableView, narrowest: int = 160) -> None:
        unsorted(view)
        header = view.horizontalHeader()
        view.resizeColumnsToContents()
        if header.count():
            header.resizeSection(0, min(max(header.sectionSize(0), narrowest), 320))
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

    # Exports

    def export(self, form: str, path: str | Path | None = None) -> bool:
        """Write the figures shown as ``form`` (csv, xlsx, pdf) to ``path`` (asked when None)."""
        data = self._data
        if data is None or form not in EXPORTS or not self._can_export():
            return False
        if path is None:
            folder = self._folder or documents_folder()
            filters = {
                "csv": self.tr("CSV files (*.csv)"),
                "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                "pdf": self.tr("PDF documents (*.pdf)"),
            }
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the statistics"),
                str(folder / file_name(data.stats.range, form)),
                filters[form],
            )
            if not chosen:
                return False
            path = chosen
        target = Path(path)
        if target.suffix.lower() != f".{form}":
            target = target.with_name(f"{target.name}.{form}")
        self._folder = target.parent
        stats, translate, language = data.stats, self._translate, self._language

        def work(_progress: Any, _cancelled: Any) -> Path:
            from welcome_desk.stats.exports import export

            write_whole(target, export(stats, form, translate, language))
            return target

        self._exporting = True
        self._show_problem("")
        self.status.setText(fill(self.tr("Writing %1…"), target.name))
        self._update_buttons()
        self._jobs.start(
            "export",
            work,
            done=self._exported,
            failed=lambda error: self._export_failed(error, target),
        )
        return True

    def _exported(self, path: Path) -> None:
        self._exporting = False
        self._update_buttons()
        self.status.setText(fill(self.tr("Written: %1"), path))
        self.status.setToolTip(str(path))
        self.exported.emit(path)

    def _export_failed(self, error: Exception, path: Path) -> None:
        self._exporting = False
        self.status.clear()
        self._update_buttons()
        self._show_problem(export_problem(error, path, self._language))

    def _can_export(self) -> bool:
        data = self._data
        return (
            data is not None
            and not self._exporting
            and not self.counting
            and self.chosen_range() == data.stats.range
        )

    def _update_buttons(self) -> None:
        can = self._can_export()
        for button in self.export_buttons.values():
            button.setEnabled(can)
        self.compute_button.setEnabled(self.chosen_range() is not None)

    def stop(self) -> None:
        """Forget the jobs under way (the window closes)."""
        self._jobs.forget_all()


def export_problem(error: BaseException, path: Path, language: str) -> str:
    """Why an export was not written: the file, or a bug (the log has the details)."""
    if isinstance(error, OSError) and not isinstance(error, NotAllowed):
        return file_error(N_("Cannot write {path}: {reason}."), path, error).render(
            translator(language)
        )
    if isinstance(getattr(error, "message", None), Message):
        return error_text(error, language)
    return fill(
        QCoreApplication.translate(
            "StatsView", "The file was not written (%1; the details are in the log)."
        ),
        type(error).__name__,
    )


__all__ = ["StatsData", "StatsView", "default_range", "file_name", "load_stats"]
