"""Bringing a database to the program's schema, with a copy of the file kept first."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from welcome_desk.db.engine import Database

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaError(Exception):
    """The database cannot be brought to this program's schema (the user must act)."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite_file(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file (online backup API, safe with WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def upgrade(database: Database, backup_dir: Path) -> Path | None:
    """Create or migrate the schema to the newest revision. Returns the backup made, if any."""
    script = ScriptDirectory.from_config(_config())
    head = head_revision()
    current = current_revision(database)
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise SchemaError(f"written by a newer version of the program (schema {current})")
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise SchemaError("it holds tables that are not a Welcome Desk database")

    backup = None
    if current is not None and database.file is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"{database.file.stem}-before-migration-{current}-{stamp}.sqlite3"
        backup = backup_sqlite_file(database.file, backup_dir / name)
        log.info("database copied before migration from %s to %s", current, head)

    config = _config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database schema at %s", head)
    return backup
