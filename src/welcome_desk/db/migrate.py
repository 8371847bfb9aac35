"""Bringing a database to the program's schema, with a copy of the file kept first."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from welcome_desk.db.engine import Database
from welcome_desk.domain.messages import N_, Message, message

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision, written here so that opening an up-to-date database (every start but the
# first after an upgrade) does not load Alembic: a test checks it against the migrations.
HEAD_REVISION = "0002"

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaError(Exception):
    """The database cannot be brought to this program's schema (the user must act)."""

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision, as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    """The database's revision (None for a new or foreign database), read without Alembic."""
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite_file(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file (online backup API, safe with WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # Personal data: the copy is readable by its owner only, like the database.
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def upgrade(database: Database, backup_dir: Path) -> Path | None:
    """Create or migrate the schema to the newest revision. Returns the backup made, if any.

    The revision is read again under the write lock, so two programs opening a new or old
    database at the same moment migrate it once, one after the other.
    """
    if current_revision(database) == HEAD_REVISION:
        return None
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = head_revision()
    script = ScriptDirectory.from_config(_config())
    with database.locked_connection() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current == head:
            return None
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            raise SchemaError(message(N_("it was written by a newer version of the program")))
        tables = set(inspect(connection).get_table_names())
        if current is None and tables - {"alembic_version"}:
            raise SchemaError(message(N_("it holds tables that are not a Welcome Desk database")))
        backup = None
        if current is not None and database.file is not None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            name = f"{database.file.stem}-before-migration-{current}-{stamp}.sqlite3"
            backup = backup_sqlite_file(database.file, backup_dir / name)
            log.info("database copied before migration from %s to %s", current, head)
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database schema at %s", head)
    return backup
