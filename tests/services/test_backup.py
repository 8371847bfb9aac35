"""Backups with real files: consistent copies while others write, restores that check first and
keep what they replace, and the daily backups' rotation."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.db.migrate import HEAD_REVISION, upgrade
from welcome_desk.services.backup import (
    BackupError,
    back_up,
    checked_backup,
    daily_backup,
    daily_backup_safely,
    daily_backups,
    daily_folder,
    dates_to_keep,
    read_contents,
    replace_database,
)
from welcome_desk.services.people import PersonData, register

SQLITE_FILE = pytest.mark.sqlite_only(
    "copies of the SQLite file (a PostgreSQL server is backed up with pg_dump)"
)


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
                external_id=f"ID-{name}",
            )


def names_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT family_name FROM people ORDER BY family_name")
        return [name for (name,) in rows]


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# --- backup -------------------------------------------------------------------------------


@SQLITE_FILE
def test_a_backup_is_a_checked_copy_readable_by_its_owner_only(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    add_people(database, "Dupont", "Nguyễn", "Kowalski")
    target = tmp_path / "copy.sqlite3"
    contents = back_up(db_path, target)
    assert (contents.people, contents.revision) == (3, HEAD_REVISION)
    assert contents.size == target.stat().st_size
    assert contents.last_change is not None
    assert names_in(target) == ["Dupont", "Kowalski", "Nguyễn"]
    assert integrity(target) == "ok"
    assert mode(target) == 0o600
    # One self-contained file: no write-ahead log to carry along with it.
    assert target.read_bytes()[18:20] == b"\x01\x01"
    assert leftovers(tmp_path) == []


@SQLITE_FILE
def test_a_backup_while_another_connection_writes_holds_what_was_committed(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    add_people(database, "Dupont")
    with database.writing() as session:  # holds the write lock, edit not committed yet
        register(
            session,
            PersonData(
                family_name="Pending",
                nationality="FR",
                category="student",
                arrival_date=date(2026, 9, 1),
            ),
        )
        session.flush()
        back_up(db_path, tmp_path / "during.sqlite3")
    back_up(db_path, tmp_path / "after.sqlite3")
    assert names_in(tmp_path / "during.sqlite3") == ["Dupont"]
    assert names_in(tmp_path / "after.sqlite3") == ["Dupont", "Pending"]


@SQLITE_FILE
def test_backups_taken_during_a_stream_of_writes_are_each_consistent(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        while not stop.is_set():
            add_people(database, f"Writer{len(written):04d}")
            written.append(1)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        copies = []
        for number in range(8):
            copies.append(back_up(db_path, tmp_path / f"copy-{number}.sqlite3"))
            time.sleep(0.02)
    finally:
        stop.set()
        writer.join()
    assert len(written) > 5
    for number, contents in enumerate(copies):
        path = tmp_path / f"copy-{number}.sqlite3"
        assert integrity(path) == "ok"
        with closing(sqlite3.connect(path)) as connection:
            people = connection.execute("SELECT count(*) FROM people").fetchone()[0]
            ids = connection.execute("SELECT count(*) FROM external_ids").fetchone()[0]
        assert people == ids == contents.people  # every registration whole, none half
    assert copies[-1].people >= copies[0].people


@SQLITE_FILE
def test_a_backup_never_replaces_a_file(database: Database, db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("not to be lost")
    with pytest.raises(FileExistsError):
        back_up(db_path, target)
    assert target.read_text() == "not to be lost"
    assert leftovers(tmp_path) == []


def test_a_backup_of_something_else_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    other = tmp_path / "invoices.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(BackupError, match="not a Welcome Desk database"):
        back_up(other, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    assert leftovers(tmp_path) == []


# --- restore: refusals --------------------------------------------------------------------


def snapshot(path: Path) -> list[str]:
    """Everything the database holds, as SQL."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


@pytest.fixture
def good_backup(database: Database, db_path: Path, tmp_path: Path) -> Path:
    add_people(database, "Dupont", "Nguyễn")
    target = tmp_path / "good.sqlite3"
    back_up(db_path, target)
    return target


def truncated(good: Path, target: Path) -> None:
    data = good.read_bytes()
    target.write_bytes(data[: len(data) // 3])


def random_bytes(_good: Path, target: Path) -> None:
    target.write_bytes(os.urandom(64 * 1024))


def text_file(_good: Path, target: Path) -> None:
    target.write_text("family_name,nationality\nDupont,FR\n" * 50)


def empty_file(_good: Path, target: Path) -> None:
    target.write_bytes(b"")


def foreign_database(_good: Path, target: Path) -> None:
    with closing(sqlite3.connect(target)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
        connection.commit()


def newer_revision(good: Path, target: Path) -> None:
    shutil.copyfile(good, target)
    with closing(sqlite3.connect(target)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
        connection.commit()


def damaged_pages(good: Path, target: Path) -> None:
    """A sound header, then pages of garbage: SQLite opens it, the integrity check fails."""
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(2, len(data) // page):
        start = number * page
        data[start + 8 : start + 200] = os.urandom(192)
    target.write_bytes(bytes(data))


@SQLITE_FILE
@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (truncated, "not a SQLite database, or it is damaged|integrity check"),
        (random_bytes, "not a SQLite database"),
        (text_file, "not a SQLite database"),
        (empty_file, "not a Welcome Desk database"),
        (foreign_database, "not a Welcome Desk database"),
        (newer_revision, r"newer version of the program \(schema revision ffff\)"),
        (damaged_pages, "not a SQLite database, or it is damaged|integrity check"),
    ],
)
def test_a_bad_backup_is_refused_and_the_database_left_untouched(
    spoil: Callable[[Path, Path], None],
    reason: str,
    good_backup: Path,
    database: Database,
    db_path: Path,
    tmp_path: Path,
) -> None:
    add_people(database, "Added-after-the-backup")
    before = snapshot(db_path)
    bad = tmp_path / "bad.sqlite3"
    spoil(good_backup, bad)
    keep = tmp_path / "kept"
    with pytest.raises(BackupError, match=reason), checked_backup(bad, db_path.parent) as checked:
        replace_database(checked, db_path, keep)
    assert snapshot(db_path) == before
    assert not keep.exists()
    assert leftovers(db_path.parent) == []


# --- restore: replacing -------------------------------------------------------------------


@SQLITE_FILE
def test_a_restore_replaces_the_database_and_keeps_what_it_held(
    good_backup: Path, database: Database, db_path: Path, tmp_path: Path
) -> None:
    add_people(database, "Added-after-the-backup")
    keep = tmp_path / "backups"
    with checked_backup(good_backup, db_path.parent) as checked:
        assert (checked.contents.people, checked.contents.revision) == (2, HEAD_REVISION)
        kept = replace_database(checked, db_path, keep)
    assert names_in(db_path) == ["Dupont", "Nguyễn"]
    assert kept is not None and kept.parent == keep and "desk-before-restore-" in kept.name
    assert names_in(kept) == ["Added-after-the-backup", "Dupont", "Nguyễn"]
    assert mode(kept) == 0o600
    assert mode(keep) == 0o700
    assert integrity(db_path) == "ok"
    # The program's own connections see the restored data at their next transaction.
    with database.session() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM people").scalar() == 2
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert leftovers(db_path.parent) == []


@SQLITE_FILE
def test_a_reader_sees_the_old_data_or_the_restored_data_never_a_mix(
    good_backup: Path, database: Database, db_path: Path, tmp_path: Path
) -> None:
    add_people(database, *(f"Old{n:03d}" for n in range(300)))
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM people").fetchone() == (302,)
    seen: set[tuple[int, int]] = set()
    stop = threading.Event()

    def watch() -> None:
        with closing(sqlite3.connect(db_path, isolation_level=None)) as watcher:
            while not stop.is_set():
                watcher.execute("BEGIN")
                people = watcher.execute("SELECT count(*) FROM people").fetchone()[0]
                ids = watcher.execute("SELECT count(*) FROM external_ids").fetchone()[0]
                watcher.execute("COMMIT")
                seen.add((people, ids))

    watching = threading.Thread(target=watch)
    watching.start()
    try:
        time.sleep(0.05)
        with checked_backup(good_backup, db_path.parent) as checked:
            replace_database(checked, db_path, tmp_path / "backups")
        time.sleep(0.05)
    finally:
        stop.set()
        watching.join()
    # A transaction begun before the restore goes on seeing the data it began with...
    assert reader.execute("SELECT count(*) FROM people").fetchone() == (302,)
    reader.execute("COMMIT")
    # ...and the next one sees the restored data.
    assert reader.execute("SELECT count(*) FROM people").fetchone() == (2,)
    reader.close()
    assert seen <= {(302, 302), (2, 2)} and (2, 2) in seen


@SQLITE_FILE
def test_a_restore_waits_for_a_desk_that_is_writing_and_keeps_its_edit(
    good_backup: Path, database: Database, db_path: Path, tmp_path: Path
) -> None:
    locked = threading.Event()

    def desk_saving_slowly() -> None:
        with database.writing() as session:
            register(
                session,
                PersonData(
                    family_name="Saved-during-the-restore",
                    nationality="FR",
                    category="student",
                    arrival_date=date(2026, 9, 1),
                ),
            )
            session.flush()
            locked.set()
            time.sleep(0.4)

    desk = threading.Thread(target=desk_saving_slowly)
    desk.start()
    assert locked.wait(5)
    started = time.monotonic()
    with checked_backup(good_backup, db_path.parent) as checked:
        kept = replace_database(checked, db_path, tmp_path / "backups")
    desk.join()
    assert time.monotonic() - started > 0.2  # it waited for the save to be committed
    assert names_in(db_path) == ["Dupont", "Nguyễn"]
    # The edit committed before the replacement is in the copy kept: nothing is lost.
    assert kept is not None
    assert "Saved-during-the-restore" in names_in(kept)


@SQLITE_FILE
def test_a_restore_is_abandoned_when_the_current_database_cannot_be_kept(
    good_backup: Path, database: Database, db_path: Path, tmp_path: Path
) -> None:
    add_people(database, "Added-after-the-backup")
    before = snapshot(db_path)
    not_a_folder = tmp_path / "backups"
    not_a_folder.write_text("a file where the backup folder should be")
    with (
        pytest.raises(OSError),
        checked_backup(good_backup, db_path.parent) as checked,
    ):
        replace_database(checked, db_path, not_a_folder)
    assert snapshot(db_path) == before


@SQLITE_FILE
def test_a_restore_replaces_a_database_sqlite_cannot_open_and_keeps_it(
    good_backup: Path, db_path: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(os.urandom(32 * 1024))
    garbage = damaged.read_bytes()
    with checked_backup(good_backup, tmp_path) as checked:
        kept = replace_database(checked, damaged, tmp_path / "backups")
    assert names_in(damaged) == ["Dupont", "Nguyễn"]
    assert kept is not None and kept.read_bytes() == garbage
    assert mode(kept) == 0o600


@SQLITE_FILE
def test_a_restore_where_there_is_no_database_yet_creates_it(
    good_backup: Path, tmp_path: Path
) -> None:
    new = tmp_path / "new" / "desk.sqlite3"
    new.parent.mkdir()
    with checked_backup(good_backup, new.parent) as checked:
        assert replace_database(checked, new, tmp_path / "backups") is None
    assert names_in(new) == ["Dupont", "Nguyễn"]
    assert mode(new) == 0o600
    database = Database(resolve_url(str(new), new))  # and the program opens it as usual
    assert upgrade(database, tmp_path / "backups") is None
    database.dispose()


@SQLITE_FILE
def test_a_backup_of_another_page_size_is_restored(
    good_backup: Path, database: Database, db_path: Path, tmp_path: Path
) -> None:
    large_pages = tmp_path / "large-pages.sqlite3"
    shutil.copyfile(good_backup, large_pages)
    with closing(sqlite3.connect(large_pages)) as connection:
        connection.execute("PRAGMA page_size = 16384")
        connection.execute("VACUUM")
        assert connection.execute("PRAGMA page_size").fetchone() == (16384,)
    with checked_backup(large_pages, db_path.parent) as checked:
        replace_database(checked, db_path, tmp_path / "backups")
    assert names_in(db_path) == ["Dupont", "Nguyễn"]
    assert integrity(db_path) == "ok"


@SQLITE_FILE
def test_read_contents_tells_what_a_database_holds(good_backup: Path) -> None:
    contents = read_contents(good_backup, known=[HEAD_REVISION])
    assert contents.people == 2
    assert contents.last_change is not None and contents.last_change.tzinfo is not None
    with pytest.raises(BackupError, match="newer version"):
        read_contents(good_backup, known=["0001"])


# --- daily backups ------------------------------------------------------------------------


def make_daily_files(folder: Path, first: date, last: date) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    day = first
    while day <= last:
        (folder / f"daily-{day.isoformat()}.sqlite3").write_bytes(b"an old backup")
        day += timedelta(days=1)


@SQLITE_FILE
def test_the_rotation_keeps_seven_days_and_the_first_of_four_weeks(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    make_daily_files(folder, date(2026, 3, 1), date(2026, 5, 3))  # 64 days
    others = {
        "desk-before-restore-20260401T100000Z.sqlite3",
        "notes.txt",
        "daily-2026-13-45.sqlite3",
    }
    for other in others:
        (folder / other).write_text("not a daily backup")

    report = daily_backup(db_path, folder, today=date(2026, 5, 4))  # a Monday

    assert report.made == folder / "daily-2026-05-04.sqlite3"
    assert integrity(report.made) == "ok" and names_in(report.made) == []
    assert sorted(daily_backups(folder)) == [
        date(2026, 4, 13),  # the first of the 4th newest week (a Monday)
        date(2026, 4, 20),  # the first of the 3rd newest week
        date(2026, 4, 27),  # the first of the 2nd newest week
        # the 7 newest
        date(2026, 4, 28),
        date(2026, 4, 29),
        date(2026, 4, 30),
        date(2026, 5, 1),
        date(2026, 5, 2),
        date(2026, 5, 3),
        date(2026, 5, 4),  # also the first of the newest week
    ]
    assert len(report.removed) == 65 - 10
    assert others <= {p.name for p in folder.iterdir()}  # other files are never touched


def test_weeks_without_a_monday_keep_their_first_day() -> None:
    # The desk is closed on Mondays: each week begins with a Tuesday backup.
    days = [date(2026, 3, 3) + timedelta(days=n) for n in range(60)]  # to Friday 1 May
    kept = dates_to_keep(d for d in days if d.weekday() != 0)
    assert sorted(kept) == [
        date(2026, 4, 7),
        date(2026, 4, 14),
        date(2026, 4, 21),
        date(2026, 4, 24),
        date(2026, 4, 25),
        date(2026, 4, 26),
        date(2026, 4, 28),
        date(2026, 4, 29),
        date(2026, 4, 30),
        date(2026, 5, 1),
    ]


def test_time_passing_alone_never_removes_the_last_backups() -> None:
    # After a summer closure the rotation counts backups, not days since.
    assert dates_to_keep([date(2025, 7, 1), date(2025, 7, 2)]) == {
        date(2025, 7, 1),
        date(2025, 7, 2),
    }


@SQLITE_FILE
def test_one_daily_backup_a_day(database: Database, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = daily_backup(db_path, folder, today=date(2026, 5, 4))
    assert first.made is not None and mode(first.made) == 0o600 and mode(folder) == 0o700
    add_people(database, "Dupont")
    assert daily_backup(db_path, folder, today=date(2026, 5, 4)).made is None
    assert names_in(first.made) == []  # not replaced by a later copy the same day
    second = daily_backup(db_path, folder, today=date(2026, 5, 5))
    assert second.made is not None and names_in(second.made) == ["Dupont"]


@SQLITE_FILE
def test_copies_abandoned_by_a_stopped_program_are_removed_the_next_days(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    abandoned = folder / ".daily-2026-05-01.sqlite3.k3j4h5.part"
    in_progress = folder / ".daily-2026-05-04.sqlite3.a1b2c3.part"  # another desk, right now
    for part in (abandoned, in_progress):
        part.write_bytes(b"half a copy")
    os.utime(abandoned, (time.mktime((2026, 5, 1, 9, 0, 0, 0, 0, -1)),) * 2)
    os.utime(in_progress, (time.mktime((2026, 5, 4, 9, 0, 0, 0, 0, -1)),) * 2)
    daily_backup(db_path, folder, today=date(2026, 5, 4))
    assert not abandoned.exists()
    assert in_progress.exists()


def test_no_daily_backup_of_a_database_that_does_not_exist(tmp_path: Path) -> None:
    report = daily_backup(tmp_path / "missing.sqlite3", tmp_path / "backups", date(2026, 5, 4))
    assert report.made is None and not (tmp_path / "backups").exists()


@SQLITE_FILE
def test_a_failed_daily_backup_is_a_message_not_an_exception(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "backups"
    not_a_folder.write_text("a file where the backup folder should be")
    problem = daily_backup_safely(db_path, not_a_folder, date(2026, 5, 4))
    assert problem is not None
    assert "daily backup" in str(problem) and "a file stands where a folder is expected" in str(
        problem
    )

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(os.urandom(8192))
    problem = daily_backup_safely(damaged, tmp_path / "other", date(2026, 5, 4))
    assert problem is not None and "SQLITE_NOTADB" in str(problem)
    assert daily_backups(tmp_path / "other") == {}


def test_each_database_has_its_own_daily_folder(tmp_path: Path) -> None:
    backups = tmp_path / "data" / "backups"
    default = tmp_path / "data" / "welcome-desk.sqlite3"
    assert daily_folder(backups, default, default) == backups
    one = daily_folder(backups, tmp_path / "a" / "desk.sqlite3", default)
    two = daily_folder(backups, tmp_path / "b" / "desk.sqlite3", default)
    assert one.parent == two.parent == backups and one != two
    assert one.name.startswith("desk-")
