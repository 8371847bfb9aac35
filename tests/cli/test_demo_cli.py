"""``welcome-desk demo``: what staff and scripts see — output, exit codes, what is added."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from backends import Databases
from welcome_desk.cli import cmd_demo
from welcome_desk.db import engine
from welcome_desk.db.engine import Database
from welcome_desk.db.models import ExternalId, Person
from welcome_desk.services import demo


def demo_ids(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(
            session.scalars(select(ExternalId.value).where(ExternalId.source == "demo")).all()
        )


def test_adds_people_and_says_so(run_cli, database: Database) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("demo", "--people", "25")
    assert (result.exit_code, result.out, result.err) == (0, "Added 25 demo people.\n", "")
    assert demo_ids(database) == [f"DEMO-{n:06d}" for n in range(1, 26)]


def test_one_person(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("demo", "--people", "1")
    assert (result.exit_code, result.out) == (0, "Added 1 demo person.\n")


def test_default_adds_a_thousand(run_cli, database: Database) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("demo")
    assert (result.exit_code, result.out) == (0, "Added 1000 demo people.\n")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1000


def test_a_second_run_adds_after_the_first(run_cli, database: Database) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("demo", "--people", "10", "--seed", "3").exit_code == 0
    result = run_cli("demo", "--people", "5", "--seed", "3")
    assert (result.exit_code, result.out) == (0, "Added 5 demo people.\n")
    assert demo_ids(database)[-1] == "DEMO-000015"


def test_the_seed_decides_the_people(run_cli, databases: Databases) -> None:  # type: ignore[no-untyped-def]
    def names(seed: str) -> list[str]:
        where = databases.new()
        assert run_cli("demo", "--people", "20", "--seed", seed, database=where).exit_code == 0
        found = run_cli("search", "DEMO-0000", "--limit", "20", "--json", database=where)
        databases.drop(where)
        return [line for line in found.out.splitlines() if '"family_name"' in line]

    first = names("42")
    assert len(first) == 20
    assert names("42") == first
    assert names("43") != first


def test_progress_on_stderr_for_large_runs(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cmd_demo, "PROGRESS_FROM", 50)
    monkeypatch.setattr(demo, "BATCH_SIZE", 10)
    result = run_cli("demo", "--people", "50")
    assert result.exit_code == 0
    assert result.err.splitlines() == [f"{n} of 50 demo people added…" for n in (10, 20, 30, 40)]
    assert result.out == "Added 50 demo people.\n"


def test_small_runs_print_no_progress(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(demo, "BATCH_SIZE", 10)
    result = run_cli("demo", "--people", "50")
    assert (result.exit_code, result.err) == (0, "")


@pytest.mark.parametrize("value", ["0", "-5", "abc", "1.5", "", "1000001", "١٢"])
def test_unusable_people_count(run_cli, database_created, value: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("demo", "--people", value)
    assert result.exit_code == 2
    assert result.out == ""
    assert result.err == (
        f"welcome-desk: --people must be a whole number from 1 to 1000000, not '{value}'.\n"
    )
    assert not database_created()  # checked before the database is opened


def test_unusable_seed(run_cli, database_created) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("demo", "--seed", "x1")
    assert (result.exit_code, result.out) == (2, "")
    assert result.err == "welcome-desk: --seed must be a whole number, not 'x1'.\n"
    assert not database_created()


def test_negative_seed_is_a_seed(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("demo", "--people", "3", "--seed", "-7").exit_code == 0


def test_help_says_that_runs_add(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("demo", "--help")
    assert result.exit_code == 0
    assert "ADDS people" in result.out
    assert "--people N" in result.out


def test_damaged_demo_data_is_one_clear_line(  # type: ignore[no-untyped-def]
    run_cli, monkeypatch: pytest.MonkeyPatch, database_created
) -> None:
    def damaged() -> None:
        raise demo.DemoDataError("countries.toml [ZZ]: not an ISO 3166-1 alpha-2 code")

    monkeypatch.setattr(cmd_demo, "shipped_catalogue", damaged)
    result = run_cli("demo", "--people", "3")
    assert result.exit_code == 2
    assert result.err == (
        "welcome-desk: The demo data of this installation is damaged: "
        "countries.toml [ZZ]: not an ISO 3166-1 alpha-2 code\n"
    )
    assert not database_created()


@pytest.mark.sqlite_only("a SQLite file locked by another connection")
def test_a_locked_database_is_one_clear_line(  # type: ignore[no-untyped-def]
    run_cli, database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_MS", 100)
    other_desk = sqlite3.connect(db_path, isolation_level=None)
    try:
        other_desk.execute("BEGIN IMMEDIATE")  # another desk is writing
        result = run_cli("demo", "--people", "3")
    finally:
        other_desk.close()
    assert result.exit_code == 2
    assert result.err == (
        f"welcome-desk: The database {db_path} is busy (locked by another program); try again.\n"
    )
    assert demo_ids(database) == []
