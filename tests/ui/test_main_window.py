"""The desk window, driven as the counter uses it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from welcome_desk.db.engine import Database
from welcome_desk.services.people import PersonData, register
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.people_model import PeopleTableModel


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    with database.writing() as session:
        for family, given, country, arrival in [
            ("Dupont", "Élodie", "FR", date(2026, 11, 25)),
            ("Nguyễn", "Thị Lan", "VN", date(2026, 11, 30)),
            ("王", "小明", "CN", date(2027, 1, 10)),
            ("Old", "Timer", "US", date(2025, 9, 1)),
        ]:
            register(
                session,
                PersonData(
                    family_name=family,
                    given_names=given,
                    nationality=country,
                    category="student",
                    arrival_date=arrival,
                ),
            )
    main = MainWindow(database=database, language="en", today=lambda: date(2026, 11, 22))
    qtbot.addWidget(main)
    main.show()
    return main


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, PeopleTableModel.NAME).data() for r in range(model.rowCount())]


def test_opens_on_the_coming_arrivals(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        window.refresh()
    assert shown_names(window) == ["DUPONT Élodie", "NGUYỄN Thị Lan", "王 小明"]
    assert window.model.index(0, PeopleTableModel.NATIONALITY).data() == "France"


def test_typing_part_of_an_accented_name_finds_the_person(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        qtbot.keyClicks(window.search_field, "nguy")
    assert shown_names(window) == ["NGUYỄN Thị Lan"]
    assert window.list_title.text() == "1 person(s) found"
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        window.search_field.clear()
        qtbot.keyClicks(window.search_field, "wang")
    assert shown_names(window) == ["王 小明"]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert "王 小明" in window.statusBar().currentMessage()


def test_model_passes_the_model_tester(qtmodeltester, window: MainWindow, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        window.refresh()
    qtmodeltester.check(window.model)


def test_an_empty_database_is_offered_demo_people(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    main = MainWindow(database=database, language="en", today=lambda: date(2024, 8, 1))
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.people_shown, timeout=60_000):
        main.offer_demo_data_if_empty()
    assert main.model.rowCount() > 0
    with qtbot.waitSignal(main.people_shown, timeout=5000):
        qtbot.keyClicks(main.search_field, "DEMO-000001")
    assert main.model.rowCount() == 1
