"""Creating and migrating the database: new files, old files (copied first), foreign files."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from backends import ON_POSTGRES, open_database
from welcome_desk.db import migrate
from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.db.migrate import SchemaError, current_revision, head_revision, upgrade
from welcome_desk.db.models import Person
from welcome_desk.services.people import PersonData, register

EXTRA_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50)))


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("nickname")
"""


def open_db(path: Path) -> Database:
    return Database(resolve_url(str(path), path))


@pytest.mark.sqlite_only("a new SQLite file: its folder and its permissions")
def test_a_missing_database_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    with pytest.raises(FileNotFoundError):
        open_db(path)  # a mistyped folder is not made silently
    database = Database(resolve_url(str(path), path), create_folder=True)
    assert upgrade(database, tmp_path / "backups") is None
    assert current_revision(database) == head_revision()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not (tmp_path / "backups").exists()
    # Opening it again changes nothing and copies nothing.
    assert upgrade(open_db(path), tmp_path / "backups") is None
    database.dispose()


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_sqlite_runs_in_wal_mode_with_foreign_keys(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_an_older_database_is_copied_before_migration(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SQLite file is copied first; a PostgreSQL server is migrated in one transaction (its
    backups are the administrator's pg_dump)."""
    database = open_database(database_url)
    upgrade(database, tmp_path / "backups")
    with database.writing() as session:
        register(
            session,
            PersonData(
                family_name="Dupont",
                nationality="FR",
                category="student",
                arrival_date=date(2026, 9, 1),
            ),
        )
    old_head = head_revision()

    # A newer program: the same migrations plus one.
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9999_nickname.py").write_text(EXTRA_REVISION.format(head=old_head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999")

    backup = upgrade(database, tmp_path / "backups")
    assert current_revision(database) == "9999"
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT family_name, nickname FROM people")).all() == [
            ("Dupont", None)
        ]
    if ON_POSTGRES:
        assert backup is None and not (tmp_path / "backups").exists()
        database.dispose()
        return
    assert backup is not None and backup.exists()
    assert old_head in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        assert copy.execute("SELECT family_name FROM people").fetchall() == [("Dupont",)]
    copy.close()
    database.dispose()


def test_a_database_from_a_newer_program_is_refused(database: Database, tmp_path: Path) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    with pytest.raises(SchemaError, match="newer version"):
        upgrade(database, tmp_path / "backups")


def test_a_foreign_database_is_refused_and_left_alone(database_url: str, tmp_path: Path) -> None:
    database = open_database(database_url)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(SchemaError, match="not a Welcome Desk database"):
        upgrade(database, tmp_path / "backups")
    with database.engine.connect() as connection:
        assert inspect(connection).get_table_names() == ["invoices"]
    database.dispose()


def test_the_people_of_the_first_schema_are_carried_to_the_newest(
    database_url: str, tmp_path: Path
) -> None:
    """Every migration runs on a database that holds people (on SQLite a batch migration copies
    tables; on PostgreSQL they are altered in place)."""
    from alembic import command

    database = open_database(database_url)
    config = migrate._config()
    with database.locked_connection() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO people (family_name, sort_key, nationality, category, arrival_date,"
            " preferred_language, accompanying_persons, created_at, updated_at, version)"
            " VALUES ('Old', 'old', 'FR', 'student', '2025-09-01', 'fr', 0,"
            " '2025-09-01 10:00:00', '2025-09-01 10:00:00', 1)"
        )
    upgrade(database, tmp_path / "backups")
    assert current_revision(database) == head_revision()
    with database.session() as session:
        assert [p.family_name for p in session.scalars(select(Person))] == ["Old"]
    with database.writing() as session:  # and the next person gets the next id
        register(
            session,
            PersonData(
                family_name="New",
                nationality="FR",
                category="student",
                arrival_date=date(2026, 9, 1),
            ),
        )
    with database.session() as session:
        assert session.execute(select(Person.id, Person.family_name).order_by(Person.id)).all() == [
            (1, "Old"),
            (2, "New"),
        ]
    database.dispose()


def test_url_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    default = tmp_path / "default.sqlite3"
    assert resolve_url(None, default).database == str(default)
    monkeypatch.setenv("WELCOME_DESK_DATABASE", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None, default).database == str(tmp_path / "env.sqlite3")
    assert resolve_url(str(tmp_path / "opt.sqlite3"), default).database == str(
        tmp_path / "opt.sqlite3"
    )
    url = resolve_url("postgresql+psycopg://desk:secret@db.example/desk", default)
    assert url.get_backend_name() == "postgresql"
    assert url.password == "secret"


def test_migrations_build_exactly_the_models_schema(database: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from welcome_desk.db import journey_models, trust_models  # noqa: F401
    from welcome_desk.db.models import Base

    with database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_the_head_revision_written_in_the_code_is_alembics() -> None:
    assert head_revision() == migrate.HEAD_REVISION
