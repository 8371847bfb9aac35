"""The welcome pack dialog, driven as the staff use it: look, change the language, save, print."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.packs.catalog import PACK_LANGUAGES, PackText
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.templates import shipped_template
from welcome_desk.ui import pack_work
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.pack_dialog import PackDialog
from welcome_desk.ui.pack_print import chosen_pages
from welcome_desk.ui.shortcuts import shortcut_rows
from welcome_desk.ui.tasks import TaskRunner

TODAY = date(2026, 9, 20)
ARRIVAL = date(2026, 9, 14)
WAIT = 30_000


def add_person(
    database: Database, family: str, given: str, language: str, nationality: str = "ES"
) -> int:
    with database.writing() as session:
        return register(
            session,
            PersonData(
                family_name=family,
                given_names=given,
                nationality=nationality,
                category="student",
                sub_kind="master",
                arrival_date=ARRIVAL,
                departure_date=date(2027, 6, 30),
                preferred_language=language,
            ),
        ).id


@pytest.fixture
def open_dialog(qtbot: QtBot, database: Database, runner: TaskRunner) -> Callable[..., PackDialog]:
    def open_(person_id: int, pack_language: str | None = None) -> PackDialog:
        dialog = PackDialog(
            database=database,
            language="en",
            person_id=person_id,
            runner=runner,
            pack_language=pack_language,
            today=lambda: TODAY,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.language_box.isEnabled() == (pack_language is not None)
        qtbot.waitUntil(lambda: dialog.pack is not None or dialog.failure.isVisible(), timeout=WAIT)
        return dialog

    return open_


def text_of(document: QPdfDocument) -> str:
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_the_pack_opens_in_the_persons_language_with_their_name(
    open_dialog: Callable[..., PackDialog], database: Database
) -> None:
    dialog = open_dialog(add_person(database, "Martínez Peña", "José", "es"))

    assert dialog.pack is not None and dialog.pack.language == "es"
    assert dialog.language_box.currentText() == "Español"
    assert dialog.language_box.isEnabled()
    assert dialog.stack.currentWidget() is dialog.view
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() > 1
    assert "José Martínez Peña" in dialog.document.getAllText(0).text()
    assert PackText("es").date(ARRIVAL) in dialog.document.getAllText(0).text()
    assert "José" in dialog.windowTitle()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()


def test_the_ten_languages_are_offered_by_their_own_names(
    open_dialog: Callable[..., PackDialog], database: Database
) -> None:
    dialog = open_dialog(add_person(database, "Okafor", "Chidi", "en", "NG"))

    box = dialog.language_box
    assert [box.itemData(i) for i in range(box.count())] == list(PACK_LANGUAGES)
    names = [box.itemText(i) for i in range(box.count())]
    assert {"Français", "English", "Deutsch", "العربية", "Українська"} <= set(names)


def test_a_language_the_pack_does_not_speak_gives_english(
    open_dialog: Callable[..., PackDialog], database: Database
) -> None:
    dialog = open_dialog(add_person(database, "Tanaka", "Yui", "ja", "JP"))

    assert dialog.pack is not None and dialog.pack.language == "en"
    assert dialog.language_box.currentData() == "en"
    assert "Yui Tanaka" in dialog.document.getAllText(0).text()


def test_choosing_another_language_makes_the_pack_again(
    qtbot: QtBot, open_dialog: Callable[..., PackDialog], database: Database
) -> None:
    dialog = open_dialog(add_person(database, "Okafor", "Chidi", "en", "NG"))
    english = text_of(dialog.document)
    german_date = PackText("de").date(ARRIVAL)  # "14. September 2026"
    assert german_date not in english

    with qtbot.waitSignal(dialog.made, timeout=WAIT) as made:
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("de"))
        assert dialog.stack.currentWidget() is not dialog.view  # "Preparing the pack…"
        assert not dialog.save_button.isEnabled()

    assert made.args[0].language == "de"
    assert made.args[0].file_name.endswith("-de.pdf")
    german = text_of(dialog.document)
    first_page = dialog.document.getAllText(0).text()
    assert "Chidi Okafor" in first_page
    assert german_date in first_page
    assert PackText("de").gettext("Welcome to Lille!") in first_page
    assert "Willkommen" in german


def test_save_writes_the_pdf_under_its_own_name(
    qtbot: QtBot,
    open_dialog: Callable[..., PackDialog],
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(add_person(database, "Nguyễn", "Thị Ánh", "vi", "VN"))
    asked: list[str] = []

    def get_save_file_name(_parent: object, _title: str, suggested: str, _filter: str) -> object:
        asked.append(suggested)
        return str(tmp_path / "pack"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()

    assert dialog.pack is not None
    assert Path(asked[0]).name == dialog.pack.file_name == "welcome-pack-1-nguyen-thi-anh-vi.pdf"
    written = saved.args[0]
    assert written == tmp_path / "pack.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert written.read_bytes() == dialog.pack.pdf
    assert stat.S_IMODE(written.stat().st_mode) == 0o600  # personal data: owner only
    assert str(written) in dialog.status.text()
    assert list(tmp_path.glob(".*.part")) == []


def test_save_refused_by_the_disk_says_so(
    open_dialog: Callable[..., PackDialog], database: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(add_person(database, "Okafor", "Chidi", "en", "NG"))

    dialog.save(tmp_path / "no such folder" / "pack.pdf")

    assert dialog.problem.isVisible()
    assert "could not be saved" in dialog.problem.text.text()
    assert "the folder does not exist" in dialog.problem.text.text()


def test_cancelling_the_file_dialog_saves_nothing(
    open_dialog: Callable[..., PackDialog],
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(add_person(database, "Okafor", "Chidi", "en", "NG"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))

    dialog.save_button.click()

    assert dialog.status.text() == ""
    assert not dialog.problem.isVisible()


def test_print_renders_the_pages_chosen(
    qtbot: QtBot,
    open_dialog: Callable[..., PackDialog],
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(add_person(database, "Okafor", "Chidi", "en", "NG"))
    printed_file = tmp_path / "printed.pdf"

    def exec_(self: QPrintDialog) -> int:
        printer = self.printer()
        assert self.minPage() == 1 and self.maxPage() == dialog.document.pageCount()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_file))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 2)
        return 1  # accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    with qtbot.waitSignal(dialog.printed, timeout=WAIT) as printed:
        dialog.print_button.click()
        assert not dialog.print_button.isEnabled()  # one print at a time

    assert printed.args == [2]
    assert dialog.print_button.isEnabled()
    assert "2" in dialog.status.text()
    result = QPdfDocument()
    result.load(str(printed_file))
    assert result.pageCount() == 2
    size = result.pagePointSize(0)
    assert abs(size.width() - 595) < 3 and abs(size.height() - 842) < 3  # A4, like the pack
    result.close()


def test_cancelling_the_print_dialog_prints_nothing(
    open_dialog: Callable[..., PackDialog], database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(add_person(database, "Okafor", "Chidi", "en", "NG"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: 0)

    dialog.print_button.click()

    assert dialog.print_button.isEnabled()
    assert dialog.status.text() == ""


def test_pages_chosen_in_the_print_dialog() -> None:
    printer = QPrinter()
    assert chosen_pages(printer, 4, 2) == [0, 1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert chosen_pages(printer, 4, 2) == [2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 9)
    assert chosen_pages(printer, 4, 0) == [1, 2, 3]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert chosen_pages(printer, 4, 0) == [3, 2, 1]


def test_broken_pack_data_files_give_a_clear_message(
    open_dialog: Callable[..., PackDialog], database: Database, private_home: Path
) -> None:
    folder = private_home / "config" / "packs"
    folder.mkdir(parents=True)
    (folder / "links.toml").write_text("[[link]\nkey = ", encoding="utf-8")

    dialog = open_dialog(add_person(database, "Okafor", "Chidi", "en", "NG"))

    assert dialog.pack is None
    text = dialog.failure.text.text()
    assert text.startswith("The welcome pack's data files cannot be used: links.toml")
    assert str(folder) in text
    assert "Traceback" not in text
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()


def test_a_person_no_longer_registered(
    open_dialog: Callable[..., PackDialog], database: Database
) -> None:
    dialog = open_dialog(4242)

    assert dialog.pack is None
    assert dialog.failure.text.text() == "This person is no longer in the register."


def person_window(qtbot: QtBot, database: Database, person_id: int) -> MainWindow:
    window = MainWindow(
        database=database,
        language="en",
        actor=Actor("test-desk"),
        template=shipped_template(),
        today=lambda: TODAY,
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.person_file.loaded, timeout=WAIT):
        window.open_person(person_id)
    return window


def shown_pack_dialog(qtbot: QtBot, window: MainWindow) -> PackDialog:
    qtbot.waitUntil(lambda: window.findChild(PackDialog) is not None, timeout=WAIT)
    dialog = window.findChild(PackDialog)
    assert isinstance(dialog, PackDialog)
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=WAIT)
    return dialog


def test_the_person_page_has_a_welcome_pack_button(qtbot: QtBot, database: Database) -> None:
    person_id = add_person(database, "Martínez Peña", "José", "es")
    window = person_window(qtbot, database, person_id)

    window.person_file.pack_button.click()

    dialog = shown_pack_dialog(qtbot, window)
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.pack is not None and dialog.pack.person_id == person_id
    assert dialog.pack.language == "es"
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.findChild(PackDialog) is None, timeout=WAIT)  # deleted


def test_ctrl_p_opens_the_pack_of_the_person_shown(qtbot: QtBot, database: Database) -> None:
    add_person(database, "Okafor", "Chidi", "en", "NG")
    person_id = add_person(database, "Tanaka", "Yui", "ja", "JP")
    window = person_window(qtbot, database, person_id)

    assert window.pack_action.shortcut().toString() == "Ctrl+P"
    assert window.pack_action in window.menuBar().actions()[0].menu().actions()
    window.pack_action.trigger()

    dialog = shown_pack_dialog(qtbot, window)
    assert dialog.pack is not None and dialog.pack.person_id == person_id
    assert "Yui Tanaka" in dialog.document.getAllText(0).text()
    dialog.reject()


def test_the_shortcut_is_listed() -> None:
    rows = dict(shortcut_rows())
    assert rows["Ctrl+P"] == "Welcome pack of the person: preview, save, print"


def test_a_busy_database_gives_a_clear_message(
    open_dialog: Callable[..., PackDialog],
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person_id = add_person(database, "Okafor", "Chidi", "en", "NG")

    def locked(*_args: object) -> None:
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(pack_work, "read_pack_data", locked)
    dialog = open_dialog(person_id)

    assert dialog.pack is None
    text = dialog.failure.text.text()
    assert text == (
        f"The database {database.describe()} is busy (locked by another program); try again."
    )


def test_the_dialog_can_open_in_another_language(
    open_dialog: Callable[..., PackDialog], database: Database
) -> None:
    dialog = open_dialog(add_person(database, "Okafor", "Chidi", "en", "NG"), pack_language="uk")

    assert dialog.pack is not None and dialog.pack.language == "uk"
    assert dialog.language_box.currentText() == "Українська"
    assert "14 вересня 2026" in text_of(dialog.document)  # the arrival, in Ukrainian
