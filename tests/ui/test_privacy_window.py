"""A person's data requests and the retention rule, driven through the real window: export to
JSON and PDF, erasure after typing the name, the retention preview and its application, and
the roles that do not see them."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from window_doubles import record_boxes

from welcome_desk.db.engine import Database
from welcome_desk.db.models import Person
from welcome_desk.db.trust_models import AuditEntry
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import Role
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.privacy import retention_months
from welcome_desk.services.templates import shipped_template
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.people_model import PeopleTableModel
from welcome_desk.ui.person_file.formatting import format_date
from welcome_desk.ui.retention_dialog import ReachedModel, RetentionDialog

ADMIN = Actor("claire.admin", Role.ADMINISTRATOR, account_id=1)
COORDINATOR = Actor("sam.coordinator", Role.COORDINATOR, account_id=2)
ADVISER = Actor("ines.adviser", Role.ADVISER, account_id=3)
COUNTER = Actor("marc.counter", Role.COUNTER, account_id=4)
TODAY = date(2026, 11, 22)  # 24 months: the rule reaches those who left before 2024-11-22
WAIT = 10_000


def add(
    database: Database,
    family: str,
    given: str,
    *,
    arrival: date = date(2026, 9, 1),
    departure: date | None = None,
) -> int:
    with database.writing() as session:
        return register(
            session,
            PersonData(
                family_name=family,
                given_names=given,
                nationality="BR",
                category="student",
                arrival_date=arrival,
                departure_date=departure,
                email=f"{given.lower()}@example.org",
            ),
        ).id


def open_window(qtbot: QtBot, database: Database, actor: Actor, language: str = "en") -> MainWindow:
    database.actor = actor  # the services check the same account the window shows
    main = MainWindow(
        database=database,
        language=language,
        actor=actor,
        template=shipped_template(),
        today=lambda: TODAY,
    )
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignals([main.people_shown, main.dashboard.loaded], timeout=WAIT):
        main.start()
    return main


def names_listed(main: MainWindow) -> list[str]:
    model = main.model
    return [str(model.index(row, PeopleTableModel.NAME).data()) for row in range(model.rowCount())]


def arriving_today(main: MainWindow) -> set[int]:
    """The people the dashboard lists as arriving today."""
    tree = main.dashboard.arriving_today
    ids = (
        tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(tree.topLevelItemCount())
    )
    return {int(person) for person in ids if person is not None}


def open_file(qtbot: QtBot, main: MainWindow, person_id: int) -> None:
    with qtbot.waitSignal(main.person_file.loaded, timeout=WAIT):  # type: ignore[attr-defined]
        main.open_person(person_id)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """What the window said in message boxes, by kind (none is shown)."""
    return {kind: record_boxes(monkeypatch, kind) for kind in ("information", "warning")}


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, pdf: bool = False) -> list[str]:
    """The save dialog answers ``path`` with the JSON or the PDF filter; returns what it was
    offered as the default name."""
    offered: list[str] = []

    def save_as(
        _parent: Any, _caption: str, directory: str, filters: str, _selected: str = ""
    ) -> tuple[str, str]:
        offered.append(directory)
        json_filter, pdf_filter = filters.split(";;")
        return str(path), pdf_filter if pdf else json_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    return offered


# Export ----------------------------------------------------------------------------------------


def test_an_administrator_exports_a_person_as_json_and_as_pdf(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: dict[str, list[str]],
) -> None:
    elodie = add(database, "Dupont", "Élodie")
    add(database, "Okafor", "Chidi")
    main = open_window(qtbot, database, ADMIN)
    open_file(qtbot, main, elodie)
    assert main.export_data_action.isVisible()
    assert not main.person_file.privacy_button.isHidden()  # type: ignore[attr-defined]
    assert main.export_data_action in main.person_file.privacy_button.menu().actions()  # type: ignore[attr-defined]

    # No extension typed, the JSON filter chosen: a .json file.
    offered = choose_file(monkeypatch, tmp_path / "elodie")
    with qtbot.waitSignal(main.privacy.exported, timeout=WAIT) as written:
        main.export_data_action.trigger()
    path = written.args[0]
    assert path == tmp_path / "elodie.json"
    assert Path(offered[0]).name == f"personal-data-{elodie}-dupont-elodie-2026-11-22.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["person"]["family_name"] == "Dupont"
    assert data["person"]["given_names"] == "Élodie"
    assert data["export"]["made_by"] == "claire.admin"
    assert told["information"] == [f"Everything held on DUPONT Élodie was written to {path}."]

    # The PDF filter: a PDF the person can read, their name in it.
    choose_file(monkeypatch, tmp_path / "elodie", pdf=True)
    with qtbot.waitSignal(main.privacy.exported, timeout=WAIT) as written:
        main.export_data_action.trigger()
    pdf = written.args[0]
    assert pdf == tmp_path / "elodie.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Dupont" in text or "DUPONT" in text
        assert "Élodie" in text
    assert told["warning"] == []

    # Each export is in the trail, with its format only.
    with database.session() as session:
        formats = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.action == "exported", AuditEntry.person_id == elodie
            )
        ).all()
    assert len(formats) == 2


def test_an_export_that_cannot_be_written_is_told_in_plain_words(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: dict[str, list[str]],
) -> None:
    elodie = add(database, "Dupont", "Élodie")
    main = open_window(qtbot, database, ADMIN)
    main.show_people()
    main.table.selectRow(0)  # from the list, without opening the file
    missing = tmp_path / "no-such-folder" / "export.json"
    choose_file(monkeypatch, missing)
    with qtbot.waitSignal(main.privacy.failed, timeout=WAIT):
        main.export_data_action.trigger()
    assert told["warning"] == [
        f"The export could not be written to {missing}: the folder does not exist."
    ]
    assert told["information"] == []
    assert not missing.parent.exists()
    with database.session() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "exported")) is None
    assert main.model.person_id(0) == elodie

    # A name of another kind is refused by the service, in its own words.
    with qtbot.waitSignal(main.privacy.failed, timeout=WAIT):
        main.privacy.export(elodie, tmp_path / "export.txt")
    assert told["warning"][-1].endswith(
        "the export is written as .json or .pdf; give one of these names."
    )
    assert not (tmp_path / "export.txt").exists()


# Erasure ---------------------------------------------------------------------------------------


def test_an_administrator_erases_a_person_after_typing_their_name(
    qtbot: QtBot, database: Database, told: dict[str, list[str]]
) -> None:
    elodie = add(database, "Dupont", "Élodie", arrival=TODAY)
    chidi = add(database, "Okafor", "Chidi", arrival=TODAY)
    main = open_window(qtbot, database, ADMIN)
    assert arriving_today(main) == {elodie, chidi}
    open_file(qtbot, main, elodie)

    # Cancel: nothing happens.
    main.erase_action.trigger()
    dialog = main.privacy.erase_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: main.privacy.erase_dialog is None, timeout=WAIT)
    with database.session() as session:
        assert session.get(Person, elodie) is not None

    main.erase_action.trigger()
    dialog = main.privacy.erase_dialog
    assert dialog is not None
    text = dialog.findChildren(type(dialog.ask))
    said = " ".join(label.text() for label in text)
    assert "Everything the desk holds on this person is deleted" in said
    assert "only that an erasure happened" in said
    assert "Backups made before still hold the person" in said
    assert "7 daily and 4 weekly copies" in said
    assert "before a migration or a restore" in said and "delete those made before" in said
    # The button waits for the family name (case and accents aside), or the number.
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "Okafor")
    assert not dialog.erase_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "dupon")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter does not erase before the name
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.typed, "t")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignals(
        [main.privacy.erased, main.people_shown, main.dashboard.loaded], timeout=WAIT
    ):
        dialog.erase_button.click()

    # Back to the list, without them; the dashboard without them either.
    assert main.pages.currentIndex() == main.PEOPLE
    qtbot.waitUntil(lambda: names_listed(main) == ["OKAFOR Chidi"], timeout=WAIT)
    assert arriving_today(main) == {chidi}
    assert told["warning"] == []
    with database.session() as session:
        assert session.get(Person, elodie) is None
        assert session.scalar(select(Person.id).where(Person.family_name == "Dupont")) is None
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "erased")).one()
    assert (entry.entity, entry.entity_id, entry.actor) == ("person", elodie, "claire.admin")
    assert entry.changes is None


def test_the_erasure_accepts_the_number_for_a_name_hard_to_type(
    qtbot: QtBot, database: Database, told: dict[str, list[str]]
) -> None:
    wang = add(database, "王", "小明")
    main = open_window(qtbot, database, ADMIN)
    main.show_people()
    main.table.selectRow(0)
    main.erase_action.trigger()
    dialog = main.privacy.erase_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.typed, f"#{wang}")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignals([main.privacy.erased, main.people_shown], timeout=WAIT):
        qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: names_listed(main) == [], timeout=WAIT)


# Retention -------------------------------------------------------------------------------------


def retention_people(database: Database) -> dict[str, int]:
    return {
        "old": add(database, "Silva", "Ana", arrival=date(2022, 9, 1), departure=date(2024, 1, 31)),
        "older": add(
            database, "Costa", "Bruno", arrival=date(2021, 9, 1), departure=date(2023, 6, 30)
        ),
        "recent": add(
            database, "Souza", "Carla", arrival=date(2024, 9, 1), departure=date(2025, 6, 30)
        ),
        "undated": add(database, "Lima", "Davi", arrival=date(2023, 1, 9)),
    }


def open_retention(qtbot: QtBot, main: MainWindow) -> RetentionDialog:
    with qtbot.waitSignal(main.people_shown, timeout=WAIT, raising=False):
        pass
    main.retention_action.trigger()
    dialog = main.findChild(RetentionDialog)
    assert dialog is not None
    if dialog.preview is None:
        with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
            pass
    return dialog


def rows(dialog: RetentionDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_coordinator_sees_who_the_rule_reaches_but_may_not_apply_it(
    qtbot: QtBot, database: Database, told: dict[str, list[str]]
) -> None:
    people = retention_people(database)
    main = open_window(qtbot, database, COORDINATOR)
    assert main.retention_action.isVisible()
    dialog = open_retention(qtbot, main)
    assert [row[:2] for row in rows(dialog)] == [
        [f"#{people['older']}", "COSTA Bruno"],
        [f"#{people['old']}", "SILVA Ana"],
    ]
    cutoff = format_date(date(2024, 11, 22))
    assert rows(dialog)[0][2:] == [format_date(date(2021, 9, 1)), format_date(date(2023, 6, 30))]
    assert dialog.summary.text() == f"2 people left before {cutoff}: the rule anonymises them."
    assert dialog.without_departure.text() == (
        f"1 person with no departure date arrived before {cutoff}: the rule does not reach "
        "them until their departure is recorded."
    )
    assert dialog.setting_note.text() == "(the desk's setting)"
    # Anonymising is an administrator's: no button, a sentence; forced, the refusal.
    assert dialog.apply_button.isHidden()
    assert not dialog.only_administrators.isHidden()
    assert dialog.settings_button.isHidden()
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as refused:
        dialog.apply()
    assert refused.args[0] == (
        "Your role (Coordinator) does not allow you to anonymise people under the retention "
        "rule. Ask an administrator."
    )

    # Another period, for this preview only.
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.months.setValue(36)
    assert [row[1] for row in rows(dialog)] == ["COSTA Bruno"]
    assert dialog.setting_note.text() == "(this time only: the desk's setting is 24 months)"
    with database.session() as session:
        assert retention_months(session) == 24
        assert session.get(Person, people["old"]).family_name == "Silva"  # type: ignore[union-attr]
    dialog.close()


def test_an_administrator_anonymises_the_people_the_rule_reaches(
    qtbot: QtBot,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    told: dict[str, list[str]],
) -> None:
    people = retention_people(database)
    main = open_window(qtbot, database, ADMIN)
    dialog = open_retention(qtbot, main)
    assert not dialog.apply_button.isHidden()
    assert dialog.apply_button.text() == "&Anonymise 2 people…"
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return (
            QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.apply_button.click()  # cancelled: nothing changes
    cutoff = format_date(date(2024, 11, 22))
    assert asked[0].startswith(f"Anonymise 2 people who left before {cutoff}?")
    assert "This cannot be undone." in asked[0]
    with database.session() as session:
        assert session.get(Person, people["old"]).anonymised_on is None  # type: ignore[union-attr]

    results: list[Any] = []
    dialog.anonymised.connect(results.append)
    with qtbot.waitSignals([dialog.anonymised, main.people_shown], timeout=WAIT):
        dialog.apply_button.click()
        assert not dialog.progress.isHidden()
        assert not dialog.apply_button.isEnabled()
        assert not dialog.close_button.isEnabled()  # not closed half-way
    assert [result.anonymised for result in results] == [2]
    qtbot.waitUntil(
        lambda: dialog.progress.isHidden() and dialog.model.rowCount() == 0, timeout=WAIT
    )
    assert dialog.status.text().startswith("Anonymised 2 people. Backups made before still hold")
    assert dialog.summary.text() == f"Nobody left before {cutoff}: the rule reaches no one today."
    assert not dialog.apply_button.isEnabled()

    # The list shows them as anonymised; the others as they were.
    qtbot.waitUntil(
        lambda: (
            sorted(names_listed(main)) == ["ANONYMISED", "ANONYMISED", "LIMA Davi", "SOUZA Carla"]
        ),
        timeout=WAIT,
    )
    with database.session() as session:
        for key in ("old", "older"):
            person = session.get(Person, people[key])
            assert person is not None and person.anonymised_on == TODAY
            assert person.email is None
        entries = session.scalars(
            select(AuditEntry.person_id).where(AuditEntry.action == "anonymised")
        ).all()
    assert sorted(entries) == sorted([people["old"], people["older"]])
    assert told["warning"] == []
    dialog.close()


def test_the_reached_model_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    database: Database,
) -> None:
    retention_people(database)
    main = open_window(qtbot, database, ADMIN)
    dialog = open_retention(qtbot, main)
    assert isinstance(dialog.model, ReachedModel)
    qtmodeltester.check(dialog.model)
    dialog.close()


# Roles -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("actor", [COUNTER, ADVISER], ids=["counter", "adviser"])
def test_counters_and_advisers_do_not_see_these_actions_and_are_refused_when_forced(
    qtbot: QtBot, database: Database, told: dict[str, list[str]], actor: Actor
) -> None:
    elodie = add(
        database, "Dupont", "Élodie", arrival=date(2022, 9, 1), departure=date(2023, 1, 31)
    )
    main = open_window(qtbot, database, actor)
    open_file(qtbot, main, elodie)
    assert not main.export_data_action.isVisible()
    assert not main.export_data_action.isEnabled()  # no shortcut either
    assert not main.erase_action.isVisible()
    assert main.person_file.privacy_button.isHidden()  # type: ignore[attr-defined]
    assert not hasattr(main, "retention_action")
    role = "Counter" if actor.role is Role.COUNTER else "Adviser"

    main.export_person_data(elodie)
    main.erase_person(elodie)
    main.show_retention()
    assert told["warning"] == [
        f"Your role ({role}) does not allow you to export everything held on a person. Ask an "
        "administrator.",
        f"Your role ({role}) does not allow you to erase a person. Ask an administrator.",
        f"Your role ({role}) does not allow you to see who the retention rule reaches. Ask an "
        "administrator.",
    ]
    assert main.privacy.erase_dialog is None
    with database.session() as session:
        assert session.get(Person, elodie) is not None


def test_the_refusal_is_said_in_the_staff_language(
    qtbot: QtBot, database: Database, told: dict[str, list[str]]
) -> None:
    elodie = add(database, "Dupont", "Élodie")
    main = open_window(qtbot, database, COUNTER, language="fr")
    main.erase_person(elodie)
    assert len(told["warning"]) == 1
    assert told["warning"][0].startswith("Votre rôle (Accueil) ne vous autorise pas à ")
    assert "effacer une personne" in told["warning"][0]


def test_the_services_refuse_what_the_window_was_tricked_into(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    told: dict[str, list[str]],
) -> None:
    """The window believes an administrator works; the database acts as a counter: the
    service's refusal is shown, nothing is written."""
    elodie = add(database, "Dupont", "Élodie")
    main = open_window(qtbot, database, ADMIN)
    database.actor = COUNTER
    with qtbot.waitSignal(main.privacy.failed, timeout=WAIT):
        main.privacy.export(elodie, tmp_path / "elodie.json")
    assert told["warning"] == [
        "Your role (Counter) does not allow you to export everything held on a person. Ask an "
        "administrator."
    ]
    assert not (tmp_path / "elodie.json").exists()
