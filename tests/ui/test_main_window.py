"""The desk window, driven as the counter uses it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.templates import shipped_template
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.people_model import PeopleTableModel

TODAY = date(2026, 11, 22)


def make_window(qtbot: QtBot, database: Database, today: date = TODAY) -> MainWindow:
    main = MainWindow(
        database=database,
        language="en",
        actor=Actor("test-desk"),
        template=shipped_template(),
        today=lambda: today,
    )
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    with database.writing() as session:
        for family, given, country, category, arrival in [
            ("Dupont", "Élodie", "FR", "student", date(2026, 11, 25)),
            ("Nguyễn", "Thị Lan", "VN", "student", date(2026, 11, 22)),
            ("王", "小明", "CN", "student", date(2027, 1, 10)),
            ("Old", "Timer", "US", "teacher", date(2025, 9, 1)),
        ]:
            register(
                session,
                PersonData(
                    family_name=family,
                    given_names=given,
                    nationality=country,
                    category=category,
                    arrival_date=arrival,
                ),
            )
    return make_window(qtbot, database)


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, PeopleTableModel.NAME).data() for r in range(model.rowCount())]


def rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_the_dashboard_shows_arrivals_and_late_steps(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.dashboard.loaded, timeout=5000):
        window.show_dashboard()
    dashboard = window.dashboard
    assert [row[:2] for row in rows(dashboard.arriving_today)] == [["NGUYỄN Thị Lan", "Vietnam"]]
    assert [row[0] for row in rows(dashboard.arriving_week)] == ["NGUYỄN Thị Lan", "DUPONT Élodie"]
    late = rows(dashboard.overdue)
    assert late and all(row[0] == "OLD Timer" for row in late)
    assert all(row[3].endswith(("day", "days")) for row in late)
    assert "4 people registered" in dashboard.summary.text()
    with qtbot.waitSignal(window.person_file.loaded, timeout=5000):
        dashboard.overdue.itemActivated.emit(dashboard.overdue.topLevelItem(0), 0)
    assert window.pages.currentIndex() == MainWindow.PERSON


def test_the_list_holds_everyone_and_sorts(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        window.refresh()
    assert shown_names(window) == ["DUPONT Élodie", "NGUYỄN Thị Lan", "OLD Timer", "王 小明"]
    window.table.sortByColumn(PeopleTableModel.ARRIVAL, Qt.SortOrder.DescendingOrder)
    assert shown_names(window) == ["王 小明", "DUPONT Élodie", "NGUYỄN Thị Lan", "OLD Timer"]
    assert window.model.index(0, PeopleTableModel.NATIONALITY).data() == "China"
    assert window.model.index(3, PeopleTableModel.CATEGORY).data() == "teacher"


def test_filters(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        window.filters.category.setCurrentIndex(window.filters.category.findData("student"))
    assert shown_names(window) == ["DUPONT Élodie", "NGUYỄN Thị Lan", "王 小明"]
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        window.filters.category.setCurrentIndex(0)
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        window.filters.late.setChecked(True)
    assert shown_names(window) == ["OLD Timer"]


def test_typing_part_of_an_accented_name_opens_the_person(qtbot: QtBot, window: MainWindow) -> None:
    window.show_dashboard()
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        qtbot.keyClicks(window.search_field, "nguy")
    assert window.pages.currentIndex() == MainWindow.PEOPLE
    assert shown_names(window) == ["NGUYỄN Thị Lan"]
    assert window.list_title.text() == "1 person found"
    with qtbot.waitSignal(window.person_file.loaded, timeout=5000):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == MainWindow.PERSON
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == MainWindow.PEOPLE


def test_models_pass_the_model_tester(qtmodeltester, window: MainWindow, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        window.refresh()
    qtmodeltester.check(window.model)
    window.table.sortByColumn(PeopleTableModel.NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(window.model)


def test_an_empty_database_is_offered_demo_people(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    main = make_window(qtbot, database, today=date(2024, 8, 1))
    with qtbot.waitSignal(main.people_shown, timeout=60_000):
        main.offer_demo_data_if_empty()
    assert main.model.rowCount() == 1000
    with qtbot.waitSignal(main.people_shown, timeout=5000):
        qtbot.keyClicks(main.search_field, "DEMO-000001")
    assert main.model.rowCount() == 1


def test_the_window_mirrors_right_to_left(qtbot: QtBot, window: MainWindow) -> None:
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    with qtbot.waitSignal(window.people_shown, timeout=5000):
        window.show_people()
        window.refresh()
    header = window.table.horizontalHeader()
    # The first column (names) now stands on the right, the search field still spans the top.
    assert header.sectionViewportPosition(PeopleTableModel.NAME) > header.sectionViewportPosition(
        PeopleTableModel.EXTERNAL_ID
    )
    assert window.filters.category.x() > window.filters.late.x()
    assert window.search_field.width() > window.width() * 0.9
    with qtbot.waitSignal(window.person_file.loaded, timeout=5000):
        window.open_person(window.model.person_id(0))
    assert window.person_file.layoutDirection() == Qt.LayoutDirection.RightToLeft
