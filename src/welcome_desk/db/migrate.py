"""Bringing a database to the program's schema, with a copy of the file kept first."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from welcome_desk.db.engine import SQLITE_BUSY_TIMEOUT_MS, Database
from welcome_desk.domain.messages import N_, Message, message

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision, written here so that opening an up-to-date database (every start but the
# first after an upgrade) does not load Alembic: a test checks it against the migrations.
HEAD_REVISION = "0004"

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


def known_revisions() -> list[str]:
    """Every revision of this program's migrations, newest first."""
    from alembic.script import ScriptDirectory

    return [r.revision for r in ScriptDirectory.from_config(_config()).walk_revisions()]


def connect_existing(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain SQLite connection to a file that must exist (never creates an empty one)."""
    mode = "ro" if read_only else "rw"
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000
    )


def give_up_when_busy(seconds: float) -> Callable[[int, int, int], None]:
    """A progress function for ``Connection.backup``: Python retries a busy step for ever,
    this stops it after ``seconds`` with SQLite's own "database is locked" error."""
    deadline = time.monotonic() + seconds

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    return progress


def sync_folder(folder: Path) -> None:
    """Make a new name in ``folder`` survive a power cut (where the system allows it)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def make_private_folder(folder: Path) -> None:
    """Make ``folder`` and its missing parents readable by their owner only: the names of
    backups are no one else's business, and their content is personal data."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir(mode=0o700, exist_ok=True)


def _give_name(part: Path, target: Path, *, replace: bool) -> None:
    if replace:
        os.replace(part, target)
        return
    try:
        os.link(part, target)  # fails if target exists, even if it appeared a moment ago
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT memory sticks, some shares)
        if target.exists():
            raise FileExistsError(17, "File exists", str(target)) from None
        os.replace(part, target)
        return
    part.unlink()


def backup_sqlite_file(
    source: Path,
    target: Path,
    *,
    replace: bool = False,
    check: Callable[[Path], object] | None = None,
) -> Path:
    """A consistent copy of a live SQLite file, written whole or not at all.

    SQLite's online backup API copies one snapshot (other programs may go on writing; what is
    still in the WAL is included). The copy is made in a temporary file beside ``target``,
    readable by its owner only, switched out of WAL mode so that it is one self-contained
    file, checked by ``check`` if given, flushed to disk, and only then given its name. An
    existing ``target`` is replaced only with ``replace`` (else FileExistsError).
    """
    make_private_folder(target.parent)
    descriptor, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part"
    )
    os.close(descriptor)  # mkstemp makes it readable and writable by its owner only
    part = Path(name)
    try:
        with (
            contextlib.closing(connect_existing(source)) as src,
            contextlib.closing(sqlite3.connect(part)) as dst,
        ):
            src.backup(dst, progress=give_up_when_busy(SQLITE_BUSY_TIMEOUT_MS / 1000))
            dst.execute("PRAGMA journal_mode = DELETE")
        if check is not None:
            check(part)
        with part.open("rb+") as file:
            os.fsync(file.fileno())
        _give_name(part, target, replace=replace)
        sync_folder(target.parent)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
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
