"""Backups of a SQLite database: copies made and checked, restores checked first, daily copies.

Everything goes through SQLite's online backup API, so a copy is consistent while other desks
go on working (WAL), and a restore is one transaction under the write lock: a program reading
the database meanwhile sees the old data or the restored data, never a mix of both.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from welcome_desk.db.engine import SQLITE_BUSY_TIMEOUT_MS
from welcome_desk.db.migrate import (
    backup_sqlite_file,
    connect_existing,
    give_up_when_busy,
    known_revisions,
    make_private_folder,
    sync_folder,
)
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.files import file_problem, problem_code
from welcome_desk.logging_setup import log_failure

log = logging.getLogger(__name__)

# Rotation of the daily backups (docs/reliability.md): the 7 newest, and the first backup of
# each of the 4 newest weeks (Monday's when the desk was open that Monday).
KEEP_DAILY = 7
KEEP_WEEKLY = 4
DAILY_NAME = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.sqlite3$")

# Tables every Welcome Desk database has had since its first schema revision.
REQUIRED_TABLES = frozenset({"alembic_version", "people", "external_ids"})
# Columns that record when something was written, for "last change".
_CHANGE_COLUMNS = ("created_at", "updated_at", "at")
# SQLite errors that say the file is not (or no longer) a database; the others (busy, no
# permission, disk full) are the environment's and keep their own message.
_DAMAGE_ERRORS = ("SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_IOERR_SHORT_READ")

NOT_SQLITE = N_("it is not a SQLite database, or it is damaged")
DAMAGED = N_("it is damaged (SQLite's integrity check failed)")
FOREIGN = N_("it is not a Welcome Desk database")
NO_REVISION = N_("it has no schema revision")
NEWER = N_("it was written by a newer version of the program (schema revision {revision})")
DAILY_FAILED = N_("The daily backup of the database {where} could not be made: {reason}.")
SQLITE_FAILED = N_("SQLite reported {detail}")
UNEXPECTED = N_("an unexpected error ({detail}); see the log")


class BackupError(Exception):
    """A file that cannot be backed up or restored, with the reason in the staff's words."""

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Contents:
    """What a Welcome Desk database holds, shown to the staff before and after."""

    revision: str
    people: int
    last_change: datetime | None  # UTC
    size: int  # bytes


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file is not a database or is damaged."""
    name = getattr(error, "sqlite_errorname", "")
    text = str(error).lower()
    return name.startswith(_DAMAGE_ERRORS) or "malformed" in text or "not a database" in text


def read_contents(path: Path, *, known: Collection[str] | None = None) -> Contents:
    """Check that ``path`` is a sound Welcome Desk database and say what it holds.

    Sound: SQLite opens it, ``PRAGMA integrity_check`` answers ok, it has the program's tables
    and one schema revision (one of ``known`` when given). Raises BackupError with the reason;
    the file is opened read-only.
    """
    try:
        with contextlib.closing(connect_existing(path, read_only=True)) as connection:
            if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise BackupError(message(DAMAGED))
            tables = {
                str(name)
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            if not REQUIRED_TABLES.issubset(tables):
                raise BackupError(message(FOREIGN))
            revisions = [
                row[0] for row in connection.execute("SELECT version_num FROM alembic_version")
            ]
            if len(revisions) != 1 or not revisions[0]:
                raise BackupError(message(NO_REVISION))
            revision = str(revisions[0])
            if known is not None and revision not in known:
                raise BackupError(message(NEWER, revision=revision))
            people = int(connection.execute("SELECT count(*) FROM people").fetchone()[0])
            last_change = _last_change(connection, tables)
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        raise BackupError(message(NOT_SQLITE)) from error
    return Contents(revision, people, last_change, path.stat().st_size)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _last_change(connection: sqlite3.Connection, tables: Iterable[str]) -> datetime | None:
    """The newest time written in any table (UTC), or None when nothing records one."""
    latest = ""
    for table in sorted(tables):
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({_quoted(table)})")}
        for column in _CHANGE_COLUMNS:
            if column in columns:
                query = f"SELECT max({_quoted(column)}) FROM {_quoted(table)}"
                value = connection.execute(query).fetchone()[0]
                if isinstance(value, str) and value > latest:
                    latest = value
    try:
        written = datetime.fromisoformat(latest)
    except ValueError:
        return None
    return written.replace(tzinfo=UTC) if written.tzinfo is None else written.astimezone(UTC)


# --- backup -------------------------------------------------------------------------------


def back_up(database_file: Path, target: Path) -> Contents:
    """Copy the database to ``target``, a new file: checked (integrity, tables, revision)
    before it gets its name, readable by its owner only. An existing file is never replaced
    (FileExistsError)."""
    checked: list[Contents] = []
    backup_sqlite_file(
        database_file, target, check=lambda part: checked.append(read_contents(part))
    )
    log.info("backup made: %d people, %d bytes", checked[0].people, checked[0].size)
    return checked[0]


# --- restore ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckedBackup:
    """A private copy of a backup file, checked: what is restored is exactly what was checked,
    even if the file is changed or removed meanwhile."""

    path: Path
    contents: Contents  # its size is the backup file's


@contextlib.contextmanager
def checked_backup(backup_file: Path, work_folder: Path) -> Iterator[CheckedBackup]:
    """Copy ``backup_file`` into ``work_folder`` (the database's, for the last resort of
    renaming it into place) and check the copy; removed on leaving. Raises BackupError when the
    file cannot be restored: not SQLite, damaged, not Welcome Desk's, or from a newer version."""
    descriptor, name = tempfile.mkstemp(dir=work_folder, prefix=".restore-", suffix=".part")
    os.close(descriptor)  # readable by its owner only
    copy = Path(name)
    try:
        try:
            with (
                contextlib.closing(connect_existing(backup_file, read_only=True)) as source,
                contextlib.closing(sqlite3.connect(copy)) as target,
            ):
                source.backup(target, progress=give_up_when_busy(SQLITE_BUSY_TIMEOUT_MS / 1000))
                target.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise
            raise BackupError(message(NOT_SQLITE)) from error
        contents = read_contents(copy, known=known_revisions())
        yield CheckedBackup(copy, replace(contents, size=backup_file.stat().st_size))
    finally:
        copy.unlink(missing_ok=True)


def _match_page_size(path: Path, page_size: int) -> None:
    """SQLite cannot restore into a WAL database of another page size: rebuild the copy."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        if connection.execute("PRAGMA page_size").fetchone()[0] != page_size:
            connection.execute(f"PRAGMA page_size = {int(page_size)}")
            connection.execute("VACUUM")


def replace_database(
    checked: CheckedBackup, database_file: Path, keep_folder: Path, *, now: datetime | None = None
) -> Path | None:
    """Put the checked backup in place of the database; returns the copy kept of what the
    database held before (None when it was empty or missing).

    The replacement is one transaction through the online backup API, which holds the write
    lock from its first page to its commit. The copy of the current database is taken in
    between, once the lock is held: no desk can commit an edit after the copy and before the
    replacement, so nothing is lost. Readers see the old data until the commit. If the copy
    cannot be made (disk full), the restore is abandoned and the database left as it was.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    keep = keep_folder / f"{database_file.stem}-before-restore-{stamp}.sqlite3"
    if not database_file.exists():
        # Personal data: readable by its owner only, like every database the program creates.
        os.close(os.open(database_file, os.O_CREAT | os.O_WRONLY, 0o600))
    holds_data = database_file.stat().st_size > 0
    kept: list[Path] = []
    wait_while_busy = give_up_when_busy(SQLITE_BUSY_TIMEOUT_MS / 1000)

    def after_each_step(status: int, remaining: int, total: int) -> None:
        # After the first step the write lock is held and nothing is committed yet: the copy
        # read now is the database exactly as the restore replaces it.
        if status == sqlite3.SQLITE_OK and holds_data and not kept:
            kept.append(backup_sqlite_file(database_file, keep))
        wait_while_busy(status, remaining, total)

    try:
        with contextlib.closing(connect_existing(database_file)) as live:
            _match_page_size(checked.path, int(live.execute("PRAGMA page_size").fetchone()[0]))
            with contextlib.closing(connect_existing(checked.path, read_only=True)) as source:
                # One page a step, so that the first step never finishes the restore: a
                # database of this program has more than one page.
                source.backup(live, pages=1, progress=after_each_step)
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        log.warning("restore: the current database is damaged; it is replaced as a file")
        return _replace_damaged(checked.path, database_file, keep if holds_data else None)
    if holds_data and not kept:  # only if the first step had finished the restore: a bug
        raise RuntimeError("the database was replaced before a copy of it was kept")
    log.info("database restored: %d people", checked.contents.people)
    return kept[0] if kept else None


def _companions(database_file: Path) -> list[Path]:
    return [database_file.with_name(database_file.name + suffix) for suffix in ("-wal", "-shm")]


def _replace_damaged(source: Path, database_file: Path, keep: Path | None) -> Path | None:
    """The last resort when SQLite cannot open the current database at all: keep its files as
    they are, then rename a copy of the backup into its place (no program can be using a file
    SQLite cannot read)."""
    if keep is not None:
        make_private_folder(keep.parent)
        wal = _companions(database_file)[0]
        for original, copy in ((database_file, keep), (wal, keep.with_name(keep.name + "-wal"))):
            if original.exists():
                shutil.copyfile(original, copy)
                os.chmod(copy, 0o600)
    descriptor, name = tempfile.mkstemp(
        dir=database_file.parent, prefix=".restore-", suffix=".part"
    )
    os.close(descriptor)
    fresh = Path(name)
    try:
        shutil.copyfile(source, fresh)
        with fresh.open("rb+") as file:
            os.fsync(file.fileno())
        # A write-ahead log left from the damaged file would be replayed onto the restored one.
        for companion in _companions(database_file):
            companion.unlink(missing_ok=True)
        os.replace(fresh, database_file)
        sync_folder(database_file.parent)
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
    return keep


# --- daily backups ------------------------------------------------------------------------


def daily_folder(backup_dir: Path, database_file: Path, default_file: Path) -> Path:
    """Where the daily backups of ``database_file`` go: the backup folder for the database at
    the default location, a sub-folder named after any other file (two databases never share
    or prune each other's daily backups)."""
    if database_file.resolve() == default_file.resolve():
        return backup_dir
    digest = hashlib.sha256(str(database_file.resolve()).encode()).hexdigest()[:8]
    return backup_dir / f"{database_file.stem}-{digest}"


def daily_backups(folder: Path) -> dict[date, Path]:
    """The daily backups in ``folder`` by date (other files there are never touched)."""
    found: dict[date, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = DAILY_NAME.match(path.name)
        if match and path.is_file():
            with contextlib.suppress(ValueError):
                found[date.fromisoformat(match[1])] = path
    return found


def dates_to_keep(dates: Iterable[date]) -> set[date]:
    """The rotation: the KEEP_DAILY newest dates, and the first date of each of the
    KEEP_WEEKLY newest ISO weeks that have any (Monday's when there is one)."""
    newest_first = sorted(set(dates), reverse=True)
    first_of_week: dict[tuple[int, int], date] = {}
    for day in newest_first:
        year, week, _weekday = day.isocalendar()
        first_of_week[(year, week)] = day  # the oldest of its week is written last
    weeks = sorted(first_of_week, reverse=True)[:KEEP_WEEKLY]
    return set(newest_first[:KEEP_DAILY]) | {first_of_week[week] for week in weeks}


@dataclass(frozen=True, slots=True)
class DailyReport:
    made: Path | None
    removed: tuple[Path, ...]


def daily_backup(database_file: Path, folder: Path, today: date) -> DailyReport:
    """Today's backup (``daily-YYYY-MM-DD.sqlite3``) unless there is one, then the rotation.

    The old backups are removed only after the new one is made and checked.
    """
    if not database_file.is_file() or database_file.stat().st_size == 0:
        return DailyReport(None, ())
    state = _state(database_file)
    if state == "not_made":  # its creation was cut short: nothing of the desk's is in it yet
        return DailyReport(None, ())
    if state == "busy":  # locked by another program: the command itself says so (or waits);
        log.info("daily backup put off: the database is busy")  # the next start makes it
        return DailyReport(None, ())
    existing = daily_backups(folder)
    made = None
    if today not in existing:
        made = backup_sqlite_file(
            database_file,
            folder / f"daily-{today.isoformat()}.sqlite3",
            replace=True,  # another desk starting at the same moment made the same copy
            check=read_contents,
        )
        existing[today] = made
        log.info("daily backup made")
    keep = dates_to_keep(existing)
    removed = []
    for day, path in sorted(existing.items()):
        if day not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    if removed:
        log.info("%d old daily backups removed", len(removed))
    _remove_abandoned_copies(folder, today)
    return DailyReport(made, tuple(removed))


def _state(database_file: Path) -> str:
    """ "made" (the program made it: it has its schema revision), "not_made" (its creation was
    cut short), "busy" (another program holds it locked) or "unknown" (damaged or unreadable:
    the backup says so itself)."""
    try:
        connection = sqlite3.connect(database_file, timeout=1)
        try:
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                )
            }
            if "alembic_version" not in tables:
                return "not_made"
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return "made" if row is not None else "not_made"
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        return "busy" if "locked" in str(error) or "busy" in str(error) else "unknown"
    except sqlite3.Error:
        return "unknown"


def _remove_abandoned_copies(folder: Path, today: date) -> None:
    """Unfinished daily copies of a program stopped mid-copy (power cut, killed): a copy still
    being made is never more than a day old."""
    for part in folder.glob(".daily-*.part"):
        with contextlib.suppress(OSError):
            if date.fromtimestamp(part.stat().st_mtime) < today - timedelta(days=1):
                part.unlink()


def daily_backup_safely(database_file: Path, folder: Path, today: date) -> Message | None:
    """The daily backup, which must never stop the desk: a failure is logged and returned as
    the sentence to show the staff (None when all went well)."""
    try:
        daily_backup(database_file, folder, today)
    except BackupError as error:
        reason = error.reason
    except OSError as error:
        reason = message(file_problem(problem_code(error)))
    except sqlite3.Error as error:
        detail = getattr(error, "sqlite_errorname", "") or type(error).__name__
        reason = message(SQLITE_FAILED, detail=detail)
    except Exception as error:  # a bug: logged with where it happened, and the desk goes on
        log_failure(log, "daily backup failed", error)
        reason = message(UNEXPECTED, detail=type(error).__name__)
    else:
        return None
    log.warning("daily backup failed: %s", reason)
    return message(DAILY_FAILED, where=str(database_file), reason=reason)
