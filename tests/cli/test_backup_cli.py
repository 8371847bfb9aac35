"""The 'backup' and 'restore' commands, and the daily backup before work, with real files."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import stat
import sys
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.db.migrate import HEAD_REVISION, current_revision
from welcome_desk.services.people import PersonData, register

SQLITE_FILE = pytest.mark.sqlite_only(
    "backups and restores of a SQLite file (a PostgreSQL server has pg_dump and pg_restore)"
)

TODAY = date.today().isoformat()


class Terminal(io.StringIO):
    """Standard input typed by someone at a terminal."""

    def isatty(self) -> bool:
        return True


class Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


def add_people(database: Database, *names: str) -> None:
    with database.writing() as session:
        for name in names:
            register(
                session,
                PersonData(
                    family_name=name,
                    nationality="FR",
                    category="student",
                    arrival_date=date(2026, 9, 1),
                ),
            )


def names_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT family_name FROM people ORDER BY family_name")
        return [name for (name,) in rows]


def backups_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.sqlite3")) if folder.exists() else []


@pytest.fixture
def backup_file(run_cli, database: Database, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A backup holding Dupont and Nguyễn; the database then gets a third person."""
    add_people(database, "Dupont", "Nguyễn")
    target = tmp_path / "monday.sqlite3"
    assert run_cli("backup", "-o", str(target)).exit_code == 0
    add_people(database, "Added-after-the-backup")
    return target


# --- backup -------------------------------------------------------------------------------


@SQLITE_FILE
def test_backup_says_what_it_copied(run_cli, database: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_people(database, "Dupont", "Nguyễn")
    target = tmp_path / "copy.sqlite3"
    result = run_cli("backup", "-o", str(target))
    assert result.exit_code == 0, result.err
    assert result.out.startswith("Backed up 2 people (")
    assert " kB, last change " in result.out and str(target) in result.out
    assert names_in(target) == ["Dupont", "Nguyễn"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    french = run_cli("backup", "-o", str(tmp_path / "copie.sqlite3"), lang="fr")
    assert french.out.startswith("Sauvegarde de 2 personnes (") and "\u202fko, " in french.out


@SQLITE_FILE
def test_backup_never_replaces_a_file(run_cli, database: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- the monthly report")
    result = run_cli("backup", "-o", str(target))
    assert result.exit_code == 2
    assert result.err.count("\n") == 1 and "already exists" in result.err
    assert target.read_bytes() == b"%PDF- the monthly report"


@SQLITE_FILE
@pytest.mark.parametrize(
    ("output", "words"),
    [
        ("missing-folder/copy.sqlite3", "The folder of"),
        (".", "is a folder"),
    ],
)
def test_backup_to_an_unusable_place_is_one_clear_line(  # type: ignore[no-untyped-def]
    run_cli, database: Database, tmp_path: Path, output: str, words: str
) -> None:
    result = run_cli("backup", "-o", str(tmp_path / output))
    assert result.exit_code == 2
    assert words in result.err and result.err.count("\n") == 1


def test_backup_of_a_missing_database_creates_nothing(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "typo.sqlite3"
    result = run_cli("backup", "-o", str(tmp_path / "copy.sqlite3"), database=missing)
    assert result.exit_code == 2 and "There is no database at" in result.err
    assert not missing.exists() and not (tmp_path / "copy.sqlite3").exists()


@pytest.mark.parametrize(
    ("command", "tool"),
    [(["backup", "-o", "copy.sqlite3"], "pg_dump"), (["restore", "copy.sqlite3"], "pg_restore")],
)
def test_a_postgresql_database_is_for_its_own_tools(run_cli, command: list[str], tool: str) -> None:  # type: ignore[no-untyped-def]
    url = "postgresql+psycopg://desk:secret@db.example/desk"
    result = run_cli(*command, database=url)
    assert result.exit_code == 2
    assert tool in result.err and "PostgreSQL" in result.err
    assert "secret" not in result.err and "Traceback" not in result.err
    assert result.err.count("\n") == 1


# --- restore ------------------------------------------------------------------------------


@SQLITE_FILE
def test_restore_with_yes_replaces_and_keeps_the_database_as_it_was(  # type: ignore[no-untyped-def]
    run_cli, backup_file: Path, db_path: Path, private_home: Path
) -> None:
    result = run_cli("restore", str(backup_file), "--yes")
    assert result.exit_code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith(f"The backup {backup_file} holds 2 people (")
    assert f"schema revision {HEAD_REVISION})" in lines[0]
    assert lines[1].startswith(f"The database {db_path} holds 3 people now (last change ")
    assert lines[2] == f"Restored 2 people from {backup_file} into {db_path}."
    assert lines[3].startswith("The database as it was is kept in ")
    kept = Path(lines[3].removeprefix("The database as it was is kept in ").rstrip("."))
    assert kept.parent == private_home / "data" / "backups"
    assert kept.name.startswith("desk-before-restore-")
    assert names_in(kept) == ["Added-after-the-backup", "Dupont", "Nguyễn"]
    assert names_in(db_path) == ["Dupont", "Nguyễn"]
    assert run_cli("search", "dupont").exit_code == 0
    # The restore is in the restored database's trail: it undid everything since the copy.
    [restored] = json.loads(run_cli("audit", "--action", "restored", "--json").out)
    assert restored["entity"] == "database" and restored["account_id"] is None
    assert restored["changes"]["from_file"] == [None, backup_file.name]
    assert restored["changes"]["people"] == [None, 2]


@SQLITE_FILE
def test_restore_asks_on_the_terminal_and_yes_restores(  # type: ignore[no-untyped-def]
    run_cli, backup_file: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("yes\n"))
    result = run_cli("restore", str(backup_file))
    assert result.exit_code == 0, result.err
    assert "Replace the database with this backup? [y/N]" in result.err
    assert names_in(db_path) == ["Dupont", "Nguyễn"]


@SQLITE_FILE
@pytest.mark.parametrize("answer", ["n\n", "\n", "", "maybe\n"])
def test_restore_answered_no_changes_nothing(  # type: ignore[no-untyped-def]
    run_cli,
    backup_file: Path,
    db_path: Path,
    private_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal(answer))
    result = run_cli("restore", str(backup_file))
    assert result.exit_code == 1
    assert result.err.endswith("welcome-desk: Nothing was restored.\n")
    assert names_in(db_path) == ["Added-after-the-backup", "Dupont", "Nguyễn"]
    assert not any("before-restore" in name for name in backups_in(private_home))


@SQLITE_FILE
def test_restore_in_french_accepts_oui(  # type: ignore[no-untyped-def]
    run_cli, backup_file: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("o\n"))
    result = run_cli("restore", str(backup_file), lang="fr")
    assert result.exit_code == 0, result.err
    assert "Remplacer la base par cette sauvegarde ? [o/N]" in result.err
    assert "Restauration de 2 personnes depuis" in result.out
    assert names_in(db_path) == ["Dupont", "Nguyễn"]


@SQLITE_FILE
def test_restore_with_no_terminal_and_no_yes_is_refused(  # type: ignore[no-untyped-def]
    run_cli, backup_file: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", Pipe("yes\n"))  # a script's input is not an answer
    result = run_cli("restore", str(backup_file))
    assert result.exit_code == 2
    assert "--yes" in result.err and result.err.count("\n") == 1
    assert names_in(db_path) == ["Added-after-the-backup", "Dupont", "Nguyễn"]


def spoil_with_random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(40_000))


def spoil_by_truncating(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:5000])


def spoil_as_a_newer_version(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
        connection.commit()


def spoil_as_another_programs_database(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        connection.commit()


@SQLITE_FILE
@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (spoil_with_random_bytes, "it is not a SQLite database, or it is damaged"),
        (spoil_by_truncating, "damaged"),
        (spoil_as_a_newer_version, "it was written by a newer version of the program"),
        (spoil_as_another_programs_database, "it is not a Welcome Desk database"),
    ],
)
def test_restore_of_a_bad_file_is_refused_with_the_database_untouched(  # type: ignore[no-untyped-def]
    run_cli, backup_file: Path, db_path: Path, private_home: Path, spoil: Any, reason: str
) -> None:
    spoil(backup_file)
    result = run_cli("restore", str(backup_file), "--yes")
    assert result.exit_code == 2
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert reason in result.err and "The database was not changed." in result.err
    assert names_in(db_path) == ["Added-after-the-backup", "Dupont", "Nguyễn"]
    assert not any("before-restore" in name for name in backups_in(private_home))
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".part")]


@SQLITE_FILE
def test_restore_of_a_missing_file_or_of_the_database_itself(  # type: ignore[no-untyped-def]
    run_cli, database: Database, db_path: Path, tmp_path: Path
) -> None:
    result = run_cli("restore", str(tmp_path / "nothing-here.sqlite3"), "--yes")
    assert result.exit_code == 2 and "There is no file" in result.err
    result = run_cli("restore", str(db_path), "--yes")
    assert result.exit_code == 2 and "is the database itself" in result.err


@SQLITE_FILE
def test_restore_of_an_older_version_brings_it_to_this_schema(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path, db_path: Path
) -> None:
    from alembic import command

    from welcome_desk.db import migrate
    from welcome_desk.db.engine import resolve_url

    old_path = tmp_path / "old.sqlite3"
    old = Database(resolve_url(str(old_path), old_path))
    config = migrate._config()
    with old.locked_connection() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO people (family_name, sort_key, nationality, category, arrival_date,"
            " preferred_language, accompanying_persons, created_at, updated_at, version)"
            " VALUES ('Old', 'old', 'FR', 'student', '2025-09-01', 'fr', 0,"
            " '2025-09-01 10:00:00', '2025-09-01 10:00:00', 1)"
        )
    old.dispose()

    result = run_cli("restore", str(old_path), "--yes")
    assert result.exit_code == 0, result.err
    assert "schema revision 0001" in result.out
    assert f"brought from schema revision 0001 to {HEAD_REVISION}" in result.out
    database = Database(resolve_url(str(db_path), db_path))
    assert current_revision(database) == HEAD_REVISION
    database.dispose()
    assert names_in(db_path) == ["Old"]


# --- the daily backup ---------------------------------------------------------------------


@SQLITE_FILE
def test_a_writing_command_makes_the_daily_backup_first(  # type: ignore[no-untyped-def]
    run_cli, database: Database, private_home: Path, tmp_path: Path
) -> None:
    add_people(database, "Dupont")
    backups = private_home / "data" / "backups"
    assert run_cli("search", "dupont").exit_code == 0
    assert backups_in(backups) == []  # reading commands make none
    assert run_cli("demo", "--people", "2").exit_code == 0
    made = list(backups.rglob(f"daily-{TODAY}.sqlite3"))
    assert len(made) == 1 and names_in(made[0]) == ["Dupont"]  # made before the command ran
    assert stat.S_IMODE(made[0].parent.stat().st_mode) == 0o700
    assert run_cli("demo", "--people", "1").exit_code == 0
    assert names_in(made[0]) == ["Dupont"]  # one a day


@SQLITE_FILE
def test_a_change_to_the_accounts_makes_the_daily_backup_first(  # type: ignore[no-untyped-def]
    run_cli, database: Database, private_home: Path
) -> None:
    add_people(database, "Dupont")
    backups = private_home / "data" / "backups"
    assert run_cli("accounts", "list").exit_code == 0
    made = list(backups.rglob(f"daily-{TODAY}.sqlite3"))
    assert len(made) == 1 and names_in(made[0]) == ["Dupont"]


@SQLITE_FILE
def test_a_failed_daily_backup_is_a_warning_and_the_command_goes_on(  # type: ignore[no-untyped-def]
    run_cli, database: Database, private_home: Path
) -> None:
    (private_home / "data").mkdir(parents=True)
    (private_home / "data" / "backups").write_text("a file where the folder should be")
    result = run_cli("demo", "--people", "2")
    assert result.exit_code == 0
    assert result.out.strip() == "Added 2 demo people."
    warning = result.err.strip()
    assert warning.startswith("welcome-desk: warning: The daily backup of the database ")
    assert warning.endswith("a file stands where a folder is expected.")


@SQLITE_FILE
def test_the_window_makes_the_daily_backup_once_open(  # type: ignore[no-untyped-def]
    run_cli, database: Database, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from welcome_desk.ui import app

    given: dict[str, Any] = {}
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app, "run", lambda *args, **kwargs: given.update(kwargs) or 0)
    assert run_cli("gui").exit_code == 0
    assert backups_in(private_home) == []  # not before the window opens...
    assert given["daily_backup"]() is None  # ...but in the window's background job
    assert backups_in(private_home) == [f"daily-{TODAY}.sqlite3"]
    assert run_cli("gui", "--smoke-test").exit_code == 0
    assert given["daily_backup"] is None  # an install check writes no backup


def test_the_window_shows_a_failed_daily_backup_once(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    from welcome_desk.ui import app

    shown: list[str] = []
    monkeypatch.setattr(
        app.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    # Only the backup's part of the desk (no sign-in, no database): its runner and its window.
    desk = app.Desk(database=None, language="en", system_actor=None, template=None)  # type: ignore[arg-type]
    desk.window = window  # type: ignore[assignment]
    desk.start_daily_backup(lambda: "The daily backup could not be made: the disk is full.")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["The daily backup could not be made: the disk is full."]
    desk.start_daily_backup(lambda: None)
    qtbot.wait(100)
    assert len(shown) == 1
