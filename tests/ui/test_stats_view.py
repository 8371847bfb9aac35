"""The statistics page: a range of months counted in the background, charts, tables, exports."""

from __future__ import annotations

import html
import io
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import Checklist, ChecklistStep
from welcome_desk.domain.actor import Actor
from welcome_desk.services.checklists import set_status
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.records import record_visit
from welcome_desk.services.templates import shipped_template
from welcome_desk.stats.csv_export import stats_csv
from welcome_desk.ui import stats_view
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.shortcuts import shortcut_rows
from welcome_desk.ui.stats_charts import bar_values, pie_values, year_labels
from welcome_desk.ui.stats_table import shown_rows
from welcome_desk.ui.stats_view import StatsView, file_name
from welcome_desk.ui.tasks import TaskRunner

TODAY = date(2026, 11, 16)  # the default range: December 2025 to November 2026
WAIT = 20_000
MONTHS = [
    "Dec 2025",
    "Jan 2026",
    "Feb 2026",
    "Mar 2026",
    "Apr 2026",
    "May 2026",
    "Jun 2026",
    "Jul 2026",
    "Aug 2026",
    "Sept 2026",
    "Oct 2026",
    "Nov 2026",
]

# (family name, nationality, category, arrival): the month boundaries on both sides.
PEOPLE = [
    ("Before", "US", "student", date(2025, 11, 30)),  # the day before the range
    ("Dupont", "FR", "student", date(2026, 1, 15)),
    ("Alaoui", "MA", "student", date(2026, 1, 31)),
    ("Wang", "CN", "researcher", date(2026, 2, 1)),
    ("Bennani", "MA", "student", date(2026, 9, 10)),
    ("Schmidt", "DE", "teacher", date(2026, 11, 30)),  # the last day of the range
    ("After", "IT", "student", date(2026, 12, 1)),  # the day after
]


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    ids = {}
    with database.writing() as session:
        for family, country, category, arrival in PEOPLE:
            ids[family] = register(
                session,
                PersonData(
                    family_name=family,
                    nationality=country,
                    category=category,
                    arrival_date=arrival,
                ),
            ).id
        # Dupont found housing 10 days after arriving, and came to the counter twice.
        step_id = session.scalars(
            select(ChecklistStep.id)
            .join(Checklist, ChecklistStep.checklist_id == Checklist.id)
            .where(Checklist.person_id == ids["Dupont"], ChecklistStep.key == "housing_search")
        ).one()
        set_status(session, step_id, "done", Actor("test"), today=TODAY, done_on=date(2026, 1, 25))
        for day in (20, 21):
            record_visit(
                session,
                ids["Dupont"],
                ["housing"],
                Actor("test"),
                at=datetime(2026, 1, day, 10, tzinfo=UTC),
            )
    return ids


@pytest.fixture
def make_view(
    qtbot: QtBot, database: Database, runner: TaskRunner, people: dict[str, int]
) -> Callable[[], StatsView]:
    def make() -> StatsView:
        view = StatsView(database=database, language="en", runner=runner, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.show()
        return view

    return make


@pytest.fixture
def view(qtbot: QtBot, make_view: Callable[[], StatsView]) -> StatsView:
    shown = make_view()
    with qtbot.waitSignal(shown.computed, timeout=WAIT):
        assert shown.compute()
    return shown


def row_of(rows: list[list[str]], label: str) -> list[str]:
    return next(row for row in rows if row[0] == label)


def headers(view: StatsView, table: Any) -> list[str]:
    model = table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def zeros_but(counts: dict[int, str]) -> list[str]:
    return [counts.get(month, "0") for month in range(12)]


def test_the_view_counts_each_arrival_in_its_month(view: StatsView) -> None:
    # Five arrivals in the range: Dupont, Alaoui, Wang, Bennani, Schmidt.
    assert view.title.text() == "Arrivals from December 2025 to November 2026: 5"
    assert not view.counting and view.busy.isHidden()
    view.show_dimension("category")
    assert headers(view, view.dimension_table) == ["Category", *MONTHS, "Total"]
    rows = shown_rows(view.dimension_table)
    assert [row[0] for row in rows] == ["Student", "Researcher", "Teacher", "All arrivals"]
    assert row_of(rows, "Student")[1:] == [*zeros_but({1: "2", 9: "1"}), "3"]
    assert row_of(rows, "Researcher")[1:] == [*zeros_but({2: "1"}), "1"]
    assert row_of(rows, "Teacher")[1:] == [*zeros_but({11: "1"}), "1"]
    assert row_of(rows, "All arrivals")[1:] == [*zeros_but({1: "2", 2: "1", 9: "1", 11: "1"}), "5"]

    view.show_dimension("nationality")
    rows = shown_rows(view.dimension_table)
    assert headers(view, view.dimension_table)[0] == "Nationality"
    assert row_of(rows, "Morocco")[1:] == [*zeros_but({1: "1", 9: "1"}), "2"]
    assert row_of(rows, "China")[1:] == [*zeros_but({2: "1"}), "1"]
    assert "United States" not in {row[0] for row in rows}  # arrived the day before
    assert "Italy" not in {row[0] for row in rows}  # and the day after
    model = view.dimension_table.model()
    morocco = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Morocco")
    assert model.index(morocco, 0).data(Qt.ItemDataRole.ToolTipRole) == "MA"


def test_the_charts_show_the_counts(view: StatsView) -> None:
    arrivals = bar_values(view.charts.arrivals)
    assert arrivals == [
        ("Dec<br>2025", 0),
        ("Jan<br>2026", 2),
        ("Feb", 1),
        ("Mar", 0),
        ("Apr", 0),
        ("May", 0),
        ("Jun", 0),
        ("Jul", 0),
        ("Aug", 0),
        ("Sept", 1),
        ("Oct", 0),
        ("Nov", 1),
    ]
    assert pie_values(view.charts.eu) == [
        ("EU, EEA or Swiss: 2", "40%", 2),
        ("Non-EU: 3", "60%", 3),
    ]
    assert bar_values(view.charts.categories) == [  # from the bottom up
        ("Teacher", 1),
        ("Researcher", 1),
        ("Student", 3),
    ]
    nationalities = [
        (html.unescape(name), count) for name, count in bar_values(view.charts.nationalities)
    ]
    assert nationalities[-1] == ("Morocco", 2)  # the most arrivals at the top
    assert sorted(nationalities) == [("China", 1), ("France", 1), ("Germany", 1), ("Morocco", 2)]


def test_sorting_keeps_the_total_row_last(view: StatsView) -> None:
    view.show_dimension("category")
    table = view.dimension_table
    total = table.model().columnCount() - 1
    table.sortByColumn(total, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in shown_rows(table)][-1] == "All arrivals"
    assert [row[0] for row in shown_rows(table)][:2] in (
        ["Researcher", "Teacher"],
        ["Teacher", "Researcher"],
    )
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in shown_rows(table)] == [
        "Teacher",
        "Student",
        "Researcher",
        "All arrivals",
    ]
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # January
    assert shown_rows(table)[0][0] == "Student"


def test_checklists_and_counter_visits(view: StatsView) -> None:
    rows = shown_rows(view.checklist_table)
    assert [row[0] for row in rows] == MONTHS
    columns = headers(view, view.checklist_table)
    january = row_of(rows, "Jan 2026")
    assert january[columns.index("Arrivals")] == "2"
    assert january[columns.index("With a checklist")] == "2"
    assert january[columns.index("Housing found\n(median days)")] == "10"
    assert row_of(rows, "Dec 2025")[columns.index("Steps done")] == "—"  # nobody arrived

    visits = shown_rows(view.visits_table)
    assert headers(view, view.visits_table) == ["Purpose of the visit", *MONTHS, "Total"]
    assert [row[0] for row in visits] == ["Housing (CROUS, private rental, Visale, insurance)"]
    assert visits[0][1:] == [*zeros_but({1: "2"}), "2"]
    assert view.visits_note.isHidden()


def test_changing_the_range_counts_again(qtbot: QtBot, view: StatsView) -> None:
    with qtbot.waitSignal(view.computed, timeout=WAIT) as shown:
        view.set_range(date(2026, 1, 1), date(2026, 2, 1))
    data = shown.args[0]
    assert data.months == ["2026-01", "2026-02"]
    assert view.title.text() == "Arrivals from January 2026 to February 2026: 3"
    view.show_dimension("category")
    assert headers(view, view.dimension_table) == ["Category", "Jan 2026", "Feb 2026", "Total"]
    assert row_of(shown_rows(view.dimension_table), "Student")[1:] == ["2", "0", "2"]
    assert [count for _month, count in bar_values(view.charts.arrivals)] == [2, 1]


def test_a_chart_over_more_than_a_year_has_a_bar_for_each_month(
    qtbot: QtBot, view: StatsView
) -> None:
    with qtbot.waitSignal(view.computed, timeout=WAIT):
        view.set_range(date(2025, 1, 1), date(2026, 12, 1))
    bars = bar_values(view.charts.arrivals)
    assert len(bars) == 24 and len({label for label, _count in bars}) == 24
    assert bars[0] == ("J<!--2025-01-->", 0) and bars[13] == ("F<!--2026-02-->", 1)
    assert sum(count for _label, count in bars) == 7  # the day before and after included now
    assert year_labels(view.charts.arrivals) == ["2025", "2026"]


def test_a_new_count_replaces_the_one_running(
    qtbot: QtBot, make_view: Callable[[], StatsView], runner: TaskRunner
) -> None:
    view = make_view()
    shown: list[Any] = []
    view.computed.connect(shown.append)
    view.compute()
    view.set_range(date(2026, 9, 1), date(2026, 9, 1))
    assert view.compute()  # at once, without waiting for the pause after a change
    assert view.counting and view.busy.isVisible()
    assert not any(button.isEnabled() for button in view.export_buttons.values())
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert runner.wait_for_all(WAIT)
    qtbot.wait(0)  # deliver whatever the first job still answers
    assert [data.months for data in shown] == [["2026-09"]]
    assert view.title.text() == "Arrivals in September 2026: 1"
    assert all(button.isEnabled() for button in view.export_buttons.values())


def test_a_range_that_ends_before_it_starts_is_said(qtbot: QtBot, view: StatsView) -> None:
    with qtbot.waitSignal(view.problem_shown, timeout=WAIT) as said:
        view.set_range(date(2026, 5, 1), date(2026, 3, 1))
    assert said.args[0] == "The last month is before the first: choose a range that ends later."
    assert view.problem.isVisible()
    assert not view.compute()
    assert not view.counting
    assert not view.compute_button.isEnabled()
    assert not any(button.isEnabled() for button in view.export_buttons.values())
    with qtbot.waitSignal(view.computed, timeout=WAIT):
        view.set_range(date(2026, 3, 1), date(2026, 5, 1))
    assert view.problem.isHidden()


def test_more_than_ten_years_is_refused(qtbot: QtBot, view: StatsView) -> None:
    with qtbot.waitSignal(view.problem_shown, timeout=WAIT) as said:
        view.set_range(date(2010, 1, 1), date(2026, 1, 1))
    assert said.args[0] == "At most 120 months (ten years) at a time."


def test_a_busy_database_gives_a_clear_message(
    qtbot: QtBot,
    make_view: Callable[[], StatsView],
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def locked(*_args: Any, **_kwargs: Any) -> None:
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(stats_view, "compute", locked)
    view = make_view()
    with qtbot.waitSignal(view.problem_shown, timeout=WAIT) as said:
        view.compute()
    assert said.args[0] == (
        "The statistics could not be counted. "
        f"The database {database.describe()} is busy (locked by another program); try again."
    )
    assert "Traceback" not in said.args[0] and "SELECT" not in said.args[0]
    assert view.busy.isHidden() and not view.counting
    assert not any(button.isEnabled() for button in view.export_buttons.values())


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; returns the names it was offered."""
    offered: list[str] = []

    def dialog(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered


def test_the_csv_export_is_the_contract(
    qtbot: QtBot, view: StatsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered = save_as(monkeypatch, tmp_path / "figures.csv")
    with qtbot.waitSignal(view.exported, timeout=WAIT) as written:
        view.export_buttons["csv"].click()
    assert Path(offered[0]).name == "arrivals-2025-12-to-2026-11.csv"
    path = written.args[0]
    assert path == tmp_path / "figures.csv"
    assert view.data is not None
    content = path.read_bytes()
    assert content == stats_csv(view.data.stats)
    lines = content.decode("utf-8").split("\r\n")
    assert lines[0] == "month,dimension,value,count"
    for line in (
        "2025-12,total,,0",
        "2026-01,total,,2",
        "2026-01,category,student,2",
        "2026-01,nationality,MA,1",
        "2026-02,category,researcher,1",
        "2026-11,nationality,DE,1",
    ):
        assert line in lines
    assert not [line for line in lines if line.startswith(("2025-11", "2026-12"))]
    assert "figures.csv" in view.status.text()


def test_the_xlsx_export_opens(
    qtbot: QtBot, view: StatsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_as(monkeypatch, tmp_path / "figures")  # no extension typed: the format's is added
    with qtbot.waitSignal(view.exported, timeout=WAIT) as written:
        assert view.export("xlsx")
    path = written.args[0]
    assert path == tmp_path / "figures.xlsx"
    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    assert {"category", "nationality", "checklists", "visits", "arrivals"} <= set(
        workbook.sheetnames
    )
    rows = list(workbook["category"].iter_rows(values_only=True))
    student = next(row for row in rows if row[0] == "student")
    assert list(student[2:]) == [0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 3]
    assert len(list(workbook["arrivals"].iter_rows())) == 1 + 5


def test_the_pdf_report_is_made_of_the_figures_shown(
    qtbot: QtBot, view: StatsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered = save_as(monkeypatch, tmp_path / "report.pdf")
    with qtbot.waitSignal(view.exported, timeout=WAIT) as written:
        view.export_buttons["pdf"].click()
    assert Path(offered[0]).name == "arrivals-2025-12-to-2026-11.pdf"
    path = written.args[0]
    assert path.read_bytes().startswith(b"%PDF-")
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    first_page = document.getAllText(0).text()
    assert "Arrivals from December 2025 to November 2026" in first_page
    document.close()


def test_an_export_that_cannot_be_written_is_said(
    qtbot: QtBot, view: StatsView, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "figures.csv"
    with qtbot.waitSignal(view.problem_shown, timeout=WAIT) as said:
        view.export("csv", target)
    assert said.args[0] == f"Cannot write {target}: the folder does not exist."
    assert not target.exists()
    assert all(button.isEnabled() for button in view.export_buttons.values())


def test_a_cancelled_save_dialog_writes_nothing(
    view: StatsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    assert not view.export("csv")
    assert not list(tmp_path.glob("*.csv"))


def test_file_names_say_the_months() -> None:
    from welcome_desk.stats.compute import MonthRange

    assert file_name(MonthRange.parse("2025-12", "2026-11"), "xlsx") == (
        "arrivals-2025-12-to-2026-11.xlsx"
    )
    assert file_name(MonthRange.parse("2026-11"), "pdf") == "arrivals-2026-11.pdf"


def test_the_window_opens_the_statistics_with_its_shortcut(
    qtbot: QtBot, database: Database, people: dict[str, int]
) -> None:
    window = MainWindow(
        database=database,
        language="en",
        actor=Actor("test-desk"),
        template=shipped_template(),
        today=lambda: TODAY,
    )
    qtbot.addWidget(window)
    window.show()
    assert window.statistics is None  # made when first shown
    assert window.statistics_action.shortcut().toString() == "Ctrl+3"
    window.statistics_action.trigger()
    statistics = window.statistics
    assert statistics is not None
    assert window.pages.currentWidget() is statistics
    qtbot.waitUntil(lambda: statistics.data is not None, timeout=WAIT)
    assert statistics.title.text() == "Arrivals from December 2025 to November 2026: 5"
    with qtbot.waitSignal(statistics.computed, timeout=WAIT):
        window.reload()  # F5 counts again
    assert ("Ctrl+3", "Statistics: arrivals by month, charts, tables and exports") in (
        shortcut_rows()
    )
    window.close()


def test_a_range_without_arrivals_says_so(qtbot: QtBot, view: StatsView) -> None:
    """An empty range: a sentence, not blank charts with nothing said."""
    view.set_range(date(2031, 1, 1), date(2031, 6, 1))
    assert view.compute()
    qtbot.waitUntil(lambda: view.title.text().startswith("No arrivals"), timeout=WAIT)
    assert view.title.text() == "No arrivals from January 2031 to June 2031."
