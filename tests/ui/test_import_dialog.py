"""The import dialog driven as the staff use it: choose, preview, import, read the report."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from welcome_desk.db.engine import Database
from welcome_desk.db.models import ExternalId, Person
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_template import ChecklistTemplate, load_folder
from welcome_desk.services.importing import ImportReport, import_rows, open_import_file
from welcome_desk.services.search import search
from welcome_desk.ui import import_work
from welcome_desk.ui.import_dialog import ImportDialog, Stage
from welcome_desk.ui.import_models import ColumnsModel, RejectsModel
from welcome_desk.ui.tasks import TaskRunner

DATA = Path(__file__).resolve().parents[1] / "data"
IMPORT = DATA / "import"
MIXED = IMPORT / "people_mixed.csv"
TODAY = date(2026, 11, 22)
WAIT = 30_000


@pytest.fixture(scope="module")
def template() -> ChecklistTemplate:
    return load_folder(DATA / "checklists" / "small")


@pytest.fixture
def make_dialog(
    qtbot: QtBot, database: Database, runner: TaskRunner, template: ChecklistTemplate
) -> Callable[..., ImportDialog]:
    def make(language: str = "en") -> ImportDialog:
        dialog = ImportDialog(
            database=database,
            language=language,
            actor=Actor("desk-test"),
            template=template,
            runner=runner,
            today=lambda: TODAY,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


@pytest.fixture
def dialog(make_dialog: Callable[..., ImportDialog]) -> ImportDialog:
    return make_dialog()


def preview(qtbot: QtBot, dialog: ImportDialog, path: Path) -> ImportReport:
    """Choose ``path`` and wait for its preview and dry run; the dry run's report."""
    with (
        qtbot.waitSignal(dialog.checked, timeout=WAIT) as checked,
        qtbot.waitSignal(dialog.previewed, timeout=WAIT),
    ):
        dialog.choose_file(path)
    report = checked.args[0]
    assert isinstance(report, ImportReport)
    return report


def run_import(qtbot: QtBot, dialog: ImportDialog) -> ImportReport:
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    return report


def people_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def shown_counts(dialog: ImportDialog, *, preview: bool = False) -> dict[str, str]:
    form = dialog.file_page.check_counts if preview else dialog.report_page.counts
    return {
        "rows": form.rows.text(),
        "created": form.created.text(),
        "updated": form.updated.text(),
        "unchanged": form.unchanged.text(),
        "rejected": form.rejected.text(),
    }


def rejected_lines(model: RejectsModel) -> dict[int, str]:
    return {
        model.index(row, RejectsModel.LINE).data(): model.index(row, RejectsModel.REASONS).data()
        for row in range(model.rowCount())
    }


def write_people(path: Path, number: int) -> Path:
    """A valid CSV of ``number`` newcomers, N-00000 onwards."""
    with path.open("w", encoding="utf-8", newline="") as output:
        writer = csv.writer(output)
        writer.writerow(["external_id", "family_name", "nationality", "category", "arrival_date"])
        for index in range(number):
            writer.writerow([f"N-{index:05d}", f"Name{index}", "DE", "student", "2026-09-01"])
    return path


class Gate:
    """Holds a real import (or dry run) at its first progress report of ``after`` rows or more.

    The test opens it when it has done what must happen meanwhile (click Cancel, import the file
    before its dry run ends). Without the gate, a fast machine could finish first.
    """

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, after: int, *, dry_run: bool = False
    ) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()

        def gated(*args: Any, **kwargs: Any) -> ImportReport:
            progress = kwargs["progress"]

            def report(done: int, total: int) -> None:
                progress(done, total)
                if kwargs["dry_run"] == dry_run and done >= after and not self.reached.is_set():
                    self.reached.set()
                    self.opened.wait(WAIT / 1000)

            return import_rows(*args, **{**kwargs, "progress": report})

        monkeypatch.setattr(import_work, "import_rows", gated)  # where the jobs call it

    def open(self) -> None:
        self.opened.set()


def test_mixed_file_report_shows_the_created_and_rejected_rows_with_reasons(
    qtbot: QtBot, dialog: ImportDialog, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(MIXED), "CSV or Excel")
    )
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        qtbot.mouseClick(dialog.file_page.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_page.path_field.text() == str(MIXED)
    assert dialog.import_button.isEnabled()

    report = run_import(qtbot, dialog)

    assert (report.created, report.updated, report.unchanged, report.rejected) == (8, 0, 0, 26)
    assert dialog.stage is Stage.REPORT
    assert dialog.pages.currentWidget() is dialog.report_page
    assert shown_counts(dialog) == {
        "rows": "34",
        "created": "8",
        "updated": "0",
        "unchanged": "0",
        "rejected": "26",
    }
    lines = rejected_lines(dialog.report_page.rejects_model)
    assert len(lines) == 26
    assert lines[12] == "family_name: required but empty"
    assert lines[34] == "external_id: 'ERA-001' is already used on line 2"
    assert lines[36] == (
        "family_name: required but empty; nationality: 'Atlantis' is not a known country; "
        "email: 'bad@' is not a valid email address; arrival_date: '31/02/2026' is not a real date"
    )
    # The original values sit under the file's own headers.
    model = dialog.report_page.rejects_model
    assert model.headerData(RejectsModel.VALUES, Qt.Orientation.Horizontal) == "external_id"
    first = [model.index(0, column).data() for column in range(model.columnCount())]
    assert first[RejectsModel.VALUES : RejectsModel.VALUES + 3] == ["BAD-101", "", "Anna"]
    assert dialog.save_rejects_button.isVisible() and dialog.save_rejects_button.isEnabled()
    assert people_count(database) == 8

    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_reasons_are_shown_in_the_staffs_language(
    qtbot: QtBot, make_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = make_dialog("fr")
    preview(qtbot, dialog, MIXED)
    run_import(qtbot, dialog)
    assert rejected_lines(dialog.report_page.rejects_model)[12] == (
        "family_name : obligatoire mais vide"
    )


def test_preview_shows_rows_columns_and_the_dry_run_counts(
    qtbot: QtBot, dialog: ImportDialog, database: Database, template: ChecklistTemplate
) -> None:
    checked = preview(qtbot, dialog, MIXED)

    expected = import_rows(
        database, open_import_file(MIXED), dry_run=True, today=TODAY, template=template
    )
    assert checked.dry_run
    assert (checked.created, checked.updated, checked.unchanged, checked.rejected) == (
        expected.created,
        expected.updated,
        expected.unchanged,
        expected.rejected,
    )
    assert shown_counts(dialog, preview=True) == {
        "rows": "34",
        "created": str(expected.created),
        "updated": "0",
        "unchanged": "0",
        "rejected": str(expected.rejected),
    }
    assert dialog.file_page.summary.text().startswith("34 rows; 15 columns recognised:")
    assert dialog.file_page.ignored.text() == "Every column of the file is used."
    rows = dialog.file_page.rows_model
    assert rows.rowCount() == 20
    assert rows.headerData(0, Qt.Orientation.Vertical) == "2"  # the line the spreadsheet shows
    assert rows.headerData(1, Qt.Orientation.Horizontal) == "family_name"
    assert rows.index(0, 1).data() == "Schmidt"
    assert rows.index(3, 10).data() == "Laboratoire\nPaul Painlevé"  # a quoted line break
    columns = dialog.file_page.columns_model
    assert columns.index(0, ColumnsModel.HEADER).data() == "external_id"
    assert columns.index(0, ColumnsModel.FIELD).data() == "External id"
    assert people_count(database) == 0  # a preview saves nothing


def test_preview_tells_updates_and_ignored_columns_and_follows_the_source(
    qtbot: QtBot, dialog: ImportDialog
) -> None:
    preview(qtbot, dialog, MIXED)
    run_import(qtbot, dialog)
    second = make_second_dialog(qtbot, dialog)

    checked = preview(qtbot, second, IMPORT / "people_update.csv")
    assert (checked.created, checked.updated, checked.unchanged) == (1, 1, 1)
    assert second.file_page.ignored.text() == "Columns not used by the import, ignored: remarks."
    columns = second.file_page.columns_model
    fields = [columns.index(r, 0).data(ColumnsModel.FieldRole) for r in range(columns.rowCount())]
    assert fields[-1] is None  # "remarks"
    assert columns.index(columns.rowCount() - 1, ColumnsModel.FIELD).data() == "Not used (ignored)"

    # The ids are unique per source: under another source, everyone would be new.
    with qtbot.waitSignal(second.checked, timeout=WAIT) as blocker:
        second.file_page.source_field.clear()
        qtbot.keyClicks(second.file_page.source_field, "erasmus-office")
    assert blocker.args[0].created == 3
    assert second.file_page.check_counts.created.text() == "3"

    with qtbot.waitSignal(second.problem_shown, timeout=WAIT):
        second.file_page.source_field.clear()
    assert not second.import_button.isEnabled()


def make_second_dialog(qtbot: QtBot, first: ImportDialog) -> ImportDialog:
    """A new dialog on the same database, as the staff open one for the next file."""
    second = ImportDialog(
        database=first._database,
        language="en",
        actor=Actor("desk-test"),
        template=first._template,
        runner=first._runner,
        today=lambda: TODAY,
    )
    qtbot.addWidget(second)
    second.show()
    return second


def test_rejects_are_saved_and_read_back(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview(qtbot, dialog, MIXED)
    run_import(qtbot, dialog)
    out = tmp_path / "rejected.csv"
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out), "CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(dialog.rejects_saved, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.save_rejects_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [out]
    assert asked == [str(MIXED.with_name("people_mixed-rejects.csv"))]
    assert dialog.report_page.saved.text() == f"The rejected rows are saved in {out}."
    text = out.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][-2:] == ["line", "reasons"]
    assert len(rows) == 1 + 26
    by_line = {row[-2]: row for row in rows[1:]}
    assert by_line["12"][:3] == ["BAD-101", "", "Anna"]
    assert by_line["12"][-1] == "family_name: required but empty"
    assert by_line["35"][-3] == "Lille"


def test_rejects_never_overwrite_the_imported_file(qtbot: QtBot, dialog: ImportDialog) -> None:
    preview(qtbot, dialog, MIXED)
    run_import(qtbot, dialog)
    before = MIXED.read_bytes()
    with qtbot.waitSignal(dialog.problem_shown, timeout=WAIT) as blocker:
        dialog.save_rejects(MIXED)
    assert blocker.args == ["Choose another file: this one is the file imported."]
    assert MIXED.read_bytes() == before


def test_rejects_that_cannot_be_written_say_why(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    preview(qtbot, dialog, MIXED)
    run_import(qtbot, dialog)
    with qtbot.waitSignal(dialog.problem_shown, timeout=WAIT) as blocker:
        dialog.save_rejects(tmp_path / "no such folder" / "rejects.csv")
    assert blocker.args[0].startswith("The rejected rows could not be saved in ")
    assert "No such file or directory" in blocker.args[0]
    assert dialog.report_page.problem.isVisible()
    assert dialog.save_rejects_button.isEnabled()


def test_cancelling_a_long_import_saves_nothing(
    qtbot: QtBot,
    dialog: ImportDialog,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    big = write_people(tmp_path / "big.csv", 3000)
    gate = Gate(monkeypatch, after=1001)  # past the first flush to the database
    checked = preview(qtbot, dialog, big)
    assert checked.created == 3000

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.stage is Stage.IMPORTING
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isVisible()
    # The window answers while the import works: the progress arrives by signal.
    bar = dialog.progress_page.bar
    qtbot.waitUntil(lambda: bar.value() > 1000, timeout=WAIT)
    assert bar.maximum() == 3000
    with qtbot.waitSignal(dialog.cancelled, timeout=WAIT):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        gate.open()

    assert gate.reached.is_set()
    assert dialog.stage is Stage.PREVIEW
    assert dialog.file_page.problem.text.text() == "The import was cancelled: nothing was saved."
    assert people_count(database) == 0
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(ExternalId)) == 0
        assert search(session, "Name10", limit=10) == []
    assert dialog.import_button.isEnabled()  # the staff may try again


def test_closing_during_an_import_cancels_it_first(
    qtbot: QtBot,
    dialog: ImportDialog,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = Gate(monkeypatch, after=100)
    preview(qtbot, dialog, write_people(tmp_path / "some.csv", 400))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT)
    with qtbot.waitSignal(dialog.cancelled, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
        gate.open()
    assert people_count(database) == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_importing_before_the_dry_run_ends_drops_the_dry_run(
    qtbot: QtBot, dialog: ImportDialog, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch, after=0, dry_run=True)
    shown: list[object] = []
    dialog.checked.connect(shown.append)
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.choose_file(MIXED)
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT)
    assert dialog.file_page.check_counts.created.text() == "…"

    report = run_import(qtbot, dialog)
    gate.open()  # the dry run, cancelled, now ends: what it says must not reach the report
    assert report.created == 8
    assert dialog._runner.wait_for_all()
    QCoreApplication.processEvents()  # the late answer's queued signal, delivered (and dropped)
    assert shown == []
    assert dialog.stage is Stage.REPORT
    assert shown_counts(dialog)["created"] == "8"
    assert people_count(database) == 8


def test_a_file_chosen_again_replaces_a_slow_read(
    qtbot: QtBot, dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = threading.Event()
    reading = threading.Event()

    def open_file(path: Path) -> Any:
        if path == MIXED:
            reading.set()
            slow.wait(WAIT / 1000)
        return open_import_file(path)

    monkeypatch.setattr(import_work, "open_import_file", open_file)
    dialog.choose_file(MIXED)
    qtbot.waitUntil(reading.is_set, timeout=WAIT)
    update = IMPORT / "people_update.csv"
    checked = preview(qtbot, dialog, update)
    slow.set()  # the first file's read ends late: it must not replace what is shown
    assert dialog._runner.wait_for_all()
    QCoreApplication.processEvents()
    assert checked.file == update
    assert dialog.file_page.path_field.text() == str(update)
    assert dialog.file_page.rows_model.rowCount() == 3


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("not_a_table.docx", "The file {file} is not a CSV or XLSX file."),
        (
            "missing_columns.csv",
            "The file {file} lacks the required columns: nationality (nationalite), "
            "category (categorie).",
        ),
        ("no_such_file.csv", "The file {file} does not exist."),
    ],
)
def test_an_unusable_file_is_a_clear_message(
    qtbot: QtBot, dialog: ImportDialog, name: str, expected: str
) -> None:
    path = IMPORT / name
    with qtbot.waitSignal(dialog.problem_shown, timeout=WAIT) as blocker:
        dialog.choose_file(path)
    message = expected.format(file=path)
    assert blocker.args == [message]
    assert dialog.file_page.problem.isVisible()
    assert dialog.file_page.problem.text.text() == message
    assert dialog.stage is Stage.CHOOSE
    assert not dialog.file_page.preview.isVisible()
    assert not dialog.import_button.isEnabled()

    # A good file next clears the message.
    preview(qtbot, dialog, MIXED)
    assert not dialog.file_page.problem.isVisible()
    assert dialog.import_button.isEnabled()


def test_an_unusable_file_in_the_staffs_language(
    qtbot: QtBot, make_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = make_dialog("fr")
    path = IMPORT / "not_a_table.docx"
    with qtbot.waitSignal(dialog.problem_shown, timeout=WAIT) as blocker:
        dialog.choose_file(path)
    assert blocker.args == [f"Le fichier {path} n’est ni un CSV ni un XLSX."]


def test_a_busy_database_is_a_message_not_a_crash(
    qtbot: QtBot, dialog: ImportDialog, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    preview(qtbot, dialog, MIXED)

    def locked(*_args: Any, **_kwargs: Any) -> ImportReport:
        raise OperationalError("INSERT …", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(import_work, "import_rows", locked)
    with qtbot.waitSignal(dialog.problem_shown, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [
        f"The database {database.describe()} is busy (locked by another program); try again. "
        "Nothing was saved."
    ]
    assert dialog.stage is Stage.PREVIEW
    assert people_count(database) == 0


def test_a_bug_in_the_background_is_reported_not_swallowed(
    qtbot: QtBot, dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_path: Path) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(import_work, "open_import_file", broken)
    with qtbot.waitSignal(dialog.problem_shown, timeout=WAIT) as blocker:
        dialog.choose_file(MIXED)
    assert blocker.args == ["Something went wrong (RuntimeError); the details are in the log."]
    assert dialog.stage is Stage.CHOOSE


def test_the_dialog_mirrors_right_to_left(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    preview(qtbot, dialog, MIXED)
    page = dialog.file_page
    qtbot.waitUntil(lambda: page.choose_button.x() < page.path_field.x())
    run_import(qtbot, dialog)
    assert dialog.report_page.rejects_view.isVisible()


def test_models_pass_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, dialog: ImportDialog
) -> None:
    qtmodeltester.check(dialog.file_page.rows_model)  # empty
    qtmodeltester.check(dialog.report_page.rejects_model)
    preview(qtbot, dialog, MIXED)
    qtmodeltester.check(dialog.file_page.rows_model)
    qtmodeltester.check(dialog.file_page.columns_model)
    run_import(qtbot, dialog)
    qtmodeltester.check(dialog.report_page.rejects_model)
