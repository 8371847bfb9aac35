"""The PostgreSQL server going away while desks work (a relay between desk and server is cut,
then restored): a clear message, the edit typed kept, and the same window saving it once the
server is back — without restarting. Runs when the tests run on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from outage_proxy import OutageProxy
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from backends import ON_POSTGRES, POSTGRES_URL, Databases, open_database
from welcome_desk.db.engine import Database
from welcome_desk.db.migrate import upgrade
from welcome_desk.db.models import Person
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.services.people import register
from welcome_desk.ui.person_form import PersonDialog

pytestmark = [
    pytest.mark.skipif(not ON_POSTGRES, reason="needs the PostgreSQL server of the test run"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


@pytest.fixture
def server_db(databases: Databases, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    where = databases.new()
    database = open_database(where)
    upgrade(database, tmp_path / "backups")
    with database.writing() as session:
        register(
            session,
            PersonData(
                family_name="Kowalska",
                given_names="Anna",
                nationality="PL",
                category="researcher",
                arrival_date=date(2026, 10, 1),
            ),
        )
    database.dispose()
    yield where


@pytest.fixture
def relay(server_db: str) -> Iterator[OutageProxy]:
    assert POSTGRES_URL is not None
    proxy = OutageProxy(server_db)
    proxy.start()
    yield proxy
    proxy.cut()


def test_a_save_while_the_server_is_away_is_kept_and_made_once_it_is_back(
    qtbot: QtBot, server_db: str, relay: OutageProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text) or 0
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    desk = open_database(relay.url(server_db))
    dialog = PersonDialog(
        database=desk, language="en", actor=Actor("desk"), today=date(2026, 11, 22), person_id=1
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.family_name.setText("Kowalska-Nowak")

    relay.cut()
    assert not dialog.save()
    assert len(warnings) == 1
    assert "cannot be reached" in warnings[0] and warnings[0].endswith("What you typed is kept.")
    assert dialog.isVisible() and dialog.fields.family_name.text() == "Kowalska-Nowak"

    relay.start()  # the server is back: the same window saves, no restart
    assert dialog.save()
    check = open_database(server_db)
    with check.session() as session:
        person = session.get(Person, 1)
        assert person is not None and person.family_name == "Kowalska-Nowak"
        assert person.version == 2
    check.dispose()
    desk.dispose()


def test_commands_say_the_server_cannot_be_reached(
    run_cli,
    server_db: str,
    relay: OutageProxy,  # type: ignore[no-untyped-def]
) -> None:
    through = relay.url(server_db)
    assert "KOWALSKA Anna" in run_cli("search", "kowal", database=through).out
    relay.cut()
    result = run_cli("search", "kowal", database=through)
    assert result.exit_code == 2
    assert result.err.count("\n") == 1 and "cannot be reached" in result.err
    assert "password" not in result.err.lower()
    relay.start()
    assert "KOWALSKA Anna" in run_cli("search", "kowal", database=through).out


def test_a_desk_left_open_reconnects_after_the_server_restarted(
    server_db: str, relay: OutageProxy
) -> None:
    desk: Database = open_database(relay.url(server_db))
    with desk.session() as session:
        assert session.get(Person, 1) is not None  # a pooled connection now exists
    relay.cut()
    relay.start()  # every connection of the pool is dead; the next work opens a new one
    with desk.writing() as session:
        person = session.get(Person, 1)
        assert person is not None
        person.email = "anna@example.org"
    with desk.session() as session:
        assert session.get(Person, 1).email == "anna@example.org"  # type: ignore[union-attr]
    desk.dispose()
