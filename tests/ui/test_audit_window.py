"""Administration ▸ Audit trail, driven as an administrator uses it, on a real database."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import Role
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.privacy import erase_person
from welcome_desk.services.templates import shipped_template
from welcome_desk.ui.audit_window import AuditModel, AuditWindow
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.tasks import TaskRunner

ADMIN = Actor("claire.admin", Role.ADMINISTRATOR, account_id=1)
WAIT = 5000


def add(database: Database, family: str, given: str) -> int:
    with database.writing() as session:
        return register(
            session,
            PersonData(
                family_name=family,
                given_names=given,
                nationality="FR",
                category="student",
                arrival_date=date(2026, 9, 1),
            ),
        ).id


def shown(window: AuditWindow, column: int) -> list[str]:
    proxy = window.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def test_an_administrator_finds_an_entry_sees_its_values_and_opens_the_person(
    qtbot: QtBot, database: Database
) -> None:
    database.actor = ADMIN
    elodie = add(database, "Dupont", "Élodie")
    add(database, "Okafor", "Chidi")
    gone = add(database, "Martin", "Élodie")
    with database.writing() as session:
        erase_person(session, gone)
    main = MainWindow(
        database=database,
        language="en",
        actor=ADMIN,
        template=shipped_template(),
        today=lambda: date(2026, 11, 22),
    )
    qtbot.addWidget(main)
    main.show()
    assert "Ctrl+Shift+H" in main.audit_action.shortcut().toString(
        QKeySequence.SequenceFormat.PortableText
    )
    main.audit_action.trigger()
    window = main.findChild(AuditWindow)
    assert window is not None
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=WAIT)
    # Newest first; everything done under the signed-in account, named as such.
    assert shown(window, AuditModel.WHAT) == ["Erased", "Registered", "Registered", "Registered"]
    assert set(shown(window, AuditModel.WHO)) == {"claire.admin"}

    # Typed without its accent, "elodie" finds Élodie (the erased one's values are gone).
    qtbot.keyClicks(window.text, "elodie")
    with qtbot.waitSignal(window.searched, timeout=WAIT):
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
    assert shown(window, AuditModel.PERSON) == [f"DUPONT Élodie (#{elodie})"]
    assert window.status.text() == "1 change found."
    assert ("Family name", "—", "Dupont") in window.details_cells()
    assert ("Given names", "—", "Élodie") in window.details_cells()
    assert ("Nationality", "—", "France") in window.details_cells()

    # A double click opens the person in the main window.
    index = window.proxy.index(0, AuditModel.WHAT)
    with qtbot.waitSignal(main.person_file.loaded, timeout=WAIT):  # type: ignore[attr-defined]
        window.table.doubleClicked.emit(index)
    assert main.person_file.person_id == elodie  # type: ignore[attr-defined]

    # The erased person cannot be opened: the window says why.
    window.text.clear()
    window.action.setCurrentIndex(window.action.findData("erased"))
    with qtbot.waitSignal(window.searched, timeout=WAIT):
        window.search_button.click()
    assert shown(window, AuditModel.PERSON) == [f"#{gone}"]
    window.table.doubleClicked.emit(window.proxy.index(0, 0))
    assert window.status.text() == "This person is no longer in the register."

    # Nothing from tomorrow on; a limit is said as such.
    window.action.setCurrentIndex(0)
    window.since.set_value(date.today() + timedelta(days=1))
    with qtbot.waitSignal(window.searched, timeout=WAIT):
        window.search_button.click()
    assert window.model.rowCount() == 0
    window.since.set_value(None)
    window.limit.setValue(10)
    with qtbot.waitSignal(window.searched, timeout=WAIT):
        window.search_button.click()
    assert window.model.rowCount() == 4
    window.staff.setText("nobody")
    with qtbot.waitSignal(window.searched, timeout=WAIT):
        window.search_button.click()
    assert window.status.text() == "0 changes found."
    window.close()
    main.close()


def test_the_latest_entries_are_said_to_be_only_the_latest(
    qtbot: QtBot, database: Database, runner: TaskRunner
) -> None:
    database.actor = ADMIN
    for number in range(12):
        add(database, f"Person{number}", "Test")
    window = AuditWindow(database=database, language="en", runner=runner)
    qtbot.addWidget(window)
    window.limit.setValue(10)
    with qtbot.waitSignal(window.searched, timeout=WAIT):
        window.search()
    assert window.model.rowCount() == 10
    assert window.status.text().startswith("Showing the latest 10 entries that match")
    # Sorting by person: by their number, not as text.
    window.table.sortByColumn(AuditModel.PERSON, Qt.SortOrder.AscendingOrder)
    people = shown(window, AuditModel.PERSON)
    numbers = [int(text.rsplit("#", 1)[1].rstrip(")")) for text in people]
    assert numbers == sorted(numbers)


def test_a_counter_is_told_the_search_is_not_for_their_role(
    qtbot: QtBot, database: Database, runner: TaskRunner
) -> None:
    add(database, "Dupont", "Élodie")
    database.actor = Actor("marc.counter", Role.COUNTER, account_id=2)
    window = AuditWindow(database=database, language="en", runner=runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.searched, timeout=WAIT):
        window.search()
    assert window.model.rowCount() == 0
    assert "does not allow you to search the audit trail" in window.status.text()


def test_the_model_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    database: Database,
    runner: TaskRunner,
) -> None:
    database.actor = ADMIN
    add(database, "Dupont", "Élodie")
    window = AuditWindow(database=database, language="en", runner=runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.searched, timeout=WAIT):
        window.search()
    qtmodeltester.check(window.model)
