"""Welcome packs for a period's arrivals, from the dashboard: progress, cancel, summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.packs import batch
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.templates import shipped_template
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.pack_batch import PackBatchDialog, Stage
from welcome_desk.ui.tasks import TaskRunner

TODAY = date(2026, 9, 14)
LAST = TODAY + timedelta(days=6)
WAIT = 60_000

# (family, given, preferred language, arrival)
PEOPLE = [
    ("Okafor", "Chidi", "en", TODAY),
    ("Müller", "Jürgen", "de", TODAY + timedelta(days=1)),
    ("Martínez Peña", "José", "es", TODAY + timedelta(days=2)),
    ("Nguyễn", "Thị Ánh", "vi", LAST),
    ("Later", "Arrival", "fr", LAST + timedelta(days=1)),  # after the period
]


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    ids = {}
    with database.writing() as session:
        for family, given, language, arrival in PEOPLE:
            ids[family] = register(
                session,
                PersonData(
                    family_name=family,
                    given_names=given,
                    nationality="FR",
                    category="student",
                    arrival_date=arrival,
                    preferred_language=language,
                ),
            ).id
    return ids


@pytest.fixture
def open_batch(
    qtbot: QtBot, database: Database, runner: TaskRunner, people: dict[str, int]
) -> Callable[..., PackBatchDialog]:
    def open_(jobs: int = 1, first: date = TODAY, last: date = LAST) -> PackBatchDialog:
        dialog = PackBatchDialog(
            database=database,
            language="en",
            runner=runner,
            first=first,
            last=last,
            today=lambda: TODAY,
            jobs=jobs,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.arriving is not None, timeout=WAIT)
        return dialog

    return open_


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the staff pick in the file dialog."""
    chosen = tmp_path / "packs"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kwargs: str(chosen))
    return chosen


def run(qtbot: QtBot, dialog: PackBatchDialog) -> Any:
    with qtbot.waitSignal(dialog.finished_batch, timeout=WAIT) as finished:
        dialog.make_button.click()
    return finished.args[0]


def test_one_pack_per_arriving_person_on_several_processes(
    qtbot: QtBot,
    open_batch: Callable[..., PackBatchDialog],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_batch(jobs=2)
    assert dialog.count_label.text() == "4 people arriving in this period."
    assert dialog.language_box.currentData() is None  # each person's own

    outcome = run(qtbot, dialog)

    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == 4
    assert sorted(name.rsplit("-", 1)[1] for name in names) == [
        "de.pdf",
        "en.pdf",
        "es.pdf",
        "vi.pdf",
    ]
    assert not any("later" in name for name in names)
    assert sorted(path.name for path in outcome.result.written) == names
    assert dialog.stage == Stage.SUMMARY
    assert dialog.summary_title.text() == "Packs written: 4 of 4."
    assert str(folder) in dialog.summary_folder.text()
    assert dialog.summary_what.text().endswith(" · Each person's own language")
    assert dialog.failures.isHidden() and dialog.summary_note.isHidden()
    assert dialog.progress.value() == 4 and dialog.progress.text() == "4 of 4"
    document = QPdfDocument()
    document.load(str(folder / next(n for n in names if n.endswith("-de.pdf"))))
    assert "Jürgen Müller" in document.getAllText(0).text()
    document.close()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.open_button.isVisible() and dialog.open_button.isEnabled()
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_one_language_for_everyone(
    qtbot: QtBot, open_batch: Callable[..., PackBatchDialog], folder: Path
) -> None:
    dialog = open_batch()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("it"))

    run(qtbot, dialog)

    assert sorted(p.name[-7:] for p in folder.iterdir()) == ["-it.pdf"] * 4
    assert dialog.summary_what.text().endswith(" · Italiano")


def test_cancel_stops_the_batch_and_keeps_what_was_made(
    qtbot: QtBot, open_batch: Callable[..., PackBatchDialog], folder: Path
) -> None:
    dialog = open_batch(jobs=1)
    with qtbot.waitSignal(dialog.finished_batch, timeout=WAIT) as finished:
        dialog.make_button.click()
        assert dialog.stage == Stage.MAKING
        assert dialog.cancel_button.isVisible() and not dialog.close_button.isVisible()
        qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=WAIT)
        dialog.cancel_button.click()
        assert not dialog.cancel_button.isEnabled()
        assert "Stopping" in dialog.making_status.text()

    result = finished.args[0].result
    assert result.cancelled
    assert 1 <= len(result.written) < 4
    assert sorted(folder.iterdir()) == sorted(result.written)  # whole files only, no .part
    assert dialog.summary_title.text() == f"Packs written: {len(result.written)} of 4."
    assert "cancelled" in dialog.summary_note.text()


def test_closing_while_making_cancels_instead(
    qtbot: QtBot, open_batch: Callable[..., PackBatchDialog], folder: Path
) -> None:
    dialog = open_batch(jobs=1)
    with qtbot.waitSignal(dialog.finished_batch, timeout=WAIT):
        dialog.make_button.click()
        dialog.reject()  # Escape
        assert dialog.isVisible()
    assert dialog.outcome is not None and dialog.outcome.result.cancelled
    dialog.reject()
    assert not dialog.isVisible()


def test_each_failure_is_listed_with_the_name_and_the_reason(
    qtbot: QtBot,
    open_batch: Callable[..., PackBatchDialog],
    folder: Path,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make = batch.make_person_pack

    def failing(database: Database, person_id: int, **kwargs: Any) -> Any:
        if person_id == people["Müller"]:
            raise RuntimeError("a bug")
        return make(database, person_id, **kwargs)

    monkeypatch.setattr(batch, "make_person_pack", failing)  # jobs=1: made in this process
    dialog = open_batch(jobs=1)

    outcome = run(qtbot, dialog)

    assert len(outcome.result.written) == 3
    assert dialog.summary_title.text() == "Packs written: 3 of 4."
    assert dialog.failures_title.text() == "Not made: 1"
    assert dialog.failures.topLevelItemCount() == 1
    item = dialog.failures.topLevelItem(0)
    assert item.text(0) == "MÜLLER Jürgen"
    assert item.text(1) == "the pack could not be made (RuntimeError; the details are in the log)"
    assert "a bug" not in item.text(1)


def test_the_period_can_be_changed(
    qtbot: QtBot, open_batch: Callable[..., PackBatchDialog], folder: Path
) -> None:
    dialog = open_batch()
    with qtbot.waitSignal(dialog.counted, timeout=WAIT) as counted:
        dialog.last_field.setDate(dialog.last_field.date().addDays(1))
    assert counted.args == [5]
    assert dialog.count_label.text() == "5 people arriving in this period."

    with qtbot.waitSignal(dialog.counted, timeout=WAIT) as counted:
        dialog.first_field.setDate(dialog.first_field.date().addDays(-30))
        dialog.last_field.setDate(dialog.first_field.date())
    assert counted.args == [0]
    assert dialog.count_label.text() == "Nobody arrives in this period."
    assert not dialog.make_button.isEnabled()

    dialog.first_field.setDate(dialog.last_field.date().addDays(1))
    assert dialog.count_label.text() == "The period ends before it starts."
    assert not dialog.make_button.isEnabled()


def test_no_folder_chosen_no_batch(
    open_batch: Callable[..., PackBatchDialog], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_batch()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kwargs: "")

    dialog.make_button.click()

    assert dialog.stage == Stage.CHOOSE
    assert dialog.folder is None


def test_a_folder_gone_since_it_was_chosen_stops_the_batch_before_it_starts(
    open_batch: Callable[..., PackBatchDialog], folder: Path
) -> None:
    """Bad input tried: the chosen folder removed (a USB key taken out) before Make."""
    dialog = open_batch()
    assert dialog.choose_folder()
    folder.rmdir()

    dialog.make_button.click()

    assert dialog.stage == Stage.CHOOSE
    assert dialog.problem.text.text() == (
        f"No pack can be written in {folder}: the folder does not exist."
    )


def test_broken_pack_data_files_stop_the_batch_before_it_starts(
    qtbot: QtBot,
    open_batch: Callable[..., PackBatchDialog],
    folder: Path,
    private_home: Path,
) -> None:
    data = private_home / "config" / "packs"
    data.mkdir(parents=True)
    (data / "links.toml").write_text("[[link]]\nkey = 'x'\n", encoding="utf-8")
    dialog = open_batch()

    with qtbot.waitSignal(dialog.problem_shown, timeout=WAIT) as shown:
        dialog.make_button.click()

    text = shown.args[0]
    assert text.startswith("No pack was made. The welcome pack's data files cannot be used: ")
    assert "links.toml" in text and str(data) in text
    assert dialog.stage == Stage.CHOOSE and dialog.make_button.isEnabled()
    assert list(folder.iterdir()) == []


def test_the_dashboard_offers_packs_for_the_arrivals_it_shows(
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
    with qtbot.waitSignal(window.dashboard.loaded, timeout=WAIT):
        window.start()
    button = window.dashboard.packs_button
    assert button.isVisible() and button.text() == "Welcome packs for these arrivals…"

    button.click()

    dialog = window.findChild(PackBatchDialog)
    assert isinstance(dialog, PackBatchDialog) and dialog.isVisible()
    assert dialog.period() == (TODAY, LAST)
    qtbot.waitUntil(lambda: dialog.arriving == 4, timeout=WAIT)
    dialog.reject()


def test_the_file_menu_offers_packs_for_the_coming_arrivals(
    qtbot: QtBot, database: Database
) -> None:
    window = MainWindow(
        database=database,
        language="en",
        actor=Actor("test-desk"),
        template=shipped_template(),
        today=lambda: TODAY,
    )
    qtbot.addWidget(window)
    window.packs_action.trigger()
    dialog = window.findChild(PackBatchDialog)
    assert isinstance(dialog, PackBatchDialog)
    assert dialog.period() == (TODAY, LAST)
    qtbot.waitUntil(lambda: dialog.arriving == 0, timeout=WAIT)
    assert not dialog.make_button.isEnabled()
    dialog.reject()
