"""Writers on the same database at the same moment, on SQLite and on PostgreSQL alike: a writer
holds the write lock from the start of its transaction, so that what it read stays true until
it commits; one kept waiting too long is told the database is busy."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

import welcome_desk.db.engine as engine_module
from backends import open_database
from welcome_desk.db.engine import Database
from welcome_desk.db.errors import environment_error_message
from welcome_desk.db.models import ExternalId
from welcome_desk.services import demo


def test_a_second_writer_waits_for_the_first_to_commit(
    database: Database, database_url: str
) -> None:
    other = open_database(database_url)
    entered = threading.Event()
    moments: dict[str, float] = {}

    def second_desk() -> None:
        entered.wait(10)
        with other.writing() as session:
            moments["second in"] = time.monotonic()
            session.execute(select(1))

    desk = threading.Thread(target=second_desk)
    desk.start()
    try:
        with database.writing() as session:
            session.execute(select(1))
            entered.set()
            time.sleep(0.5)
            moments["first out"] = time.monotonic()
    finally:
        desk.join(30)
        other.dispose()
    assert moments["second in"] >= moments["first out"]


def test_two_desks_adding_demo_people_at_once_number_them_apart(
    database: Database, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next demo number is read, then used: another desk must not read the same one."""
    read_number = demo.next_demo_number

    def slowly(session):  # type: ignore[no-untyped-def]
        number = read_number(session)
        time.sleep(0.3)  # the other desk reads now
        return number

    monkeypatch.setattr(demo, "next_demo_number", slowly)
    other = open_database(database_url)
    failures: list[BaseException] = []

    def add(desk: Database) -> None:
        try:
            demo.add_demo_people(desk, 3, seed=1)
        except BaseException as error:
            failures.append(error)

    desks = [threading.Thread(target=add, args=(desk,)) for desk in (database, other)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(60)
    other.dispose()
    assert failures == []
    with database.session() as session:
        ids = session.scalars(select(ExternalId.value).order_by(ExternalId.value)).all()
    assert ids == [f"DEMO-{n:06d}" for n in range(1, 7)]


def test_a_writer_kept_waiting_past_the_busy_timeout_is_told_so(
    database: Database, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 300)
    other = open_database(database_url)
    try:
        with database.writing() as session:
            session.execute(select(1))  # the write lock is held from here
            started = time.monotonic()
            with pytest.raises(OperationalError) as refused, other.writing() as waiting:
                waiting.execute(select(1))
            waited = time.monotonic() - started
    finally:
        other.dispose()
    assert 0.25 <= waited < 5
    said = environment_error_message("the desk's database", refused.value)
    assert said is not None and "is busy (locked by another program)" in str(said)


def test_a_snapshot_reads_one_state_while_other_desks_commit(
    database: Database, database_url: str
) -> None:
    """Statistics count in a snapshot: a person registered by another desk in the middle of
    the counting is not half in it (in one query and not in the next)."""
    from datetime import date

    from sqlalchemy import func

    from welcome_desk.db.models import Person
    from welcome_desk.domain.person import PersonData
    from welcome_desk.services.people import register

    def newcomer(name: str) -> PersonData:
        return PersonData(
            family_name=name, nationality="SN", category="student", arrival_date=date(2026, 9, 1)
        )

    with database.writing() as session:
        register(session, newcomer("Ndiaye"))
    other = open_database(database_url)
    count = select(func.count()).select_from(Person)
    with database.snapshot() as reading:
        assert reading.scalar(count) == 1
        with other.writing() as session:
            register(session, newcomer("Sarr"))
        assert reading.scalar(count) == 1  # still the state of the first read
        names = reading.scalars(select(Person.family_name)).all()
        assert names == ["Ndiaye"]
    with database.session() as session:
        assert session.scalar(count) == 2
    other.dispose()
