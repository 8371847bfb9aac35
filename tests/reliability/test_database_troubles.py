"""A database in trouble: locked by another program, read-only, damaged, or on a full disk.

Real files and real locks. Whatever the trouble, ``search``, ``show`` and ``import`` answer with
one clear line on stderr and exit code 2, never a traceback; an import that cannot be saved saves
nothing. Where the real thing cannot be had in a test (a 10-second wait, a full disk), the
engine is given a shorter busy timeout or a page limit (SQLite's ``max_page_count``), and a real
process is also run under a file-size limit.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import URL

import welcome_desk.db.engine as engine_module
from welcome_desk.db.engine import Database
from welcome_desk.services.importing import import_file

pytestmark = pytest.mark.sqlite_only("a SQLite file locked, read-only, damaged or on a full disk")

FIRST_PEOPLE = ["FUZ-1,Dupont,FR,student,2026-09-01", "FUZ-2,Nguyễn,VN,researcher,2026-09-15",
                "FUZ-3,王,CN,teacher,2026-10-01"]  # fmt: skip
HEADER = "external_id,family_name,nationality,category,arrival_date"

BUSY = ("is busy (locked by another program); try again.", "est occupée")
DAMAGED = ("is not a usable database (damaged or of another kind).", "n’est pas une base")
READ_ONLY = ("cannot be written (read-only or no permission).", "lecture seule")
FULL = ("is full.", "est plein")
UNWRITABLE_DISK = "could not be read or written."


def people_file(folder: Path, count: int, prefix: str = "NEW") -> Path:
    path = folder / f"{prefix.lower()}-{count}.csv"
    rows = [f"{prefix}-{n},Durand{n},FR,student,2026-09-01" for n in range(count)]
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture
def filled(database: Database, db_path: Path, tmp_path: Path) -> Path:
    """A database file holding three people, closed (its journal folded into the file)."""
    first = tmp_path / "first.csv"
    first.write_text("\r\n".join([HEADER, *FIRST_PEOPLE]) + "\r\n", encoding="utf-8")
    report = import_file(database, first, today=date(2026, 11, 22))
    assert report.created == 3
    database.dispose()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db_path


def is_root() -> bool:
    return getattr(os, "geteuid", lambda: -1)() == 0


def people_in(path: Path) -> int:
    """How many people the file holds, read without writing anything."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM people").fetchone()[0])


def check_one_clear_line(result: Any, words: str, where: Path) -> None:
    """Exit code 2, nothing on stdout, one line on stderr that names the file and the trouble."""
    assert result.exit_code == 2, (result.exit_code, result.out, result.err)
    assert result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("welcome-desk: "), result.err
    assert "Traceback" not in result.err
    assert str(where) in result.err and words in result.err, result.err


def commands(folder: Path) -> dict[str, tuple[str, ...]]:
    return {
        "search": ("search", "Dupont"),
        "show": ("show", "FUZ-1"),
        "import": ("import", str(people_file(folder, 5))),
    }


# --- Locked by another program -----------------------------------------------------------------


@contextmanager
def write_lock(path: Path, *, exclusive: bool = False) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of writing: a transaction holding the write lock.

    ``exclusive``: a program that also keeps readers out (SQLite's exclusive locking mode, as
    some synchronisation tools and database browsers use).
    """
    connection = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        if exclusive:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")
        connection.execute("UPDATE people SET host_unit = 'elsewhere' WHERE id = 1")
        yield connection
        connection.execute("ROLLBACK")
    finally:
        connection.close()


@contextmanager
def lock_held(path: Path, *, exclusive: bool = False, at_most: float) -> Iterator[None]:
    """:func:`write_lock` held by another thread while the block runs, but never longer than
    ``at_most`` seconds: a command that waits too long then gets through, and the test says how
    long it waited instead of hanging."""
    taken, finished = threading.Event(), threading.Event()
    problems: list[BaseException] = []

    def hold() -> None:
        try:
            with write_lock(path, exclusive=exclusive):
                taken.set()
                finished.wait(at_most)
        except BaseException as error:  # shown by the test, not lost in the thread
            problems.append(error)
            taken.set()

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    assert taken.wait(10) and not problems, problems
    try:
        yield
    finally:
        finished.set()
        holder.join()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    """The engine's busy timeout (10 s) cut to 0.3 s, so that a test waits only that long."""
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 300)
    return 0.3


@pytest.mark.parametrize(("lang", "index"), [("en", 0), ("fr", 1)])
def test_an_import_waits_for_the_write_lock_then_says_busy(
    run_cli, filled: Path, tmp_path: Path, short_busy_timeout: float, lang: str, index: int
) -> None:  # type: ignore[no-untyped-def]
    budget = short_busy_timeout + 2
    with lock_held(filled, at_most=budget + 1):
        started = time.monotonic()
        result = run_cli("import", str(people_file(tmp_path, 5)), lang=lang)
        waited = time.monotonic() - started
    assert short_busy_timeout <= waited < budget, f"answered after {waited:.1f} s"
    check_one_clear_line(result, BUSY[index], filled)
    assert people_in(filled) == 3


def test_reading_goes_on_while_another_program_writes(run_cli, filled: Path) -> None:  # type: ignore[no-untyped-def]
    with write_lock(filled):
        found = run_cli("search", "Dupont")
        shown = run_cli("show", "FUZ-1")
    assert (found.exit_code, shown.exit_code) == (0, 0), (found.err, shown.err)
    assert "DUPONT" in found.out and "DUPONT" in shown.out
    assert "elsewhere" not in shown.out  # the other program's change is not committed


@pytest.mark.parametrize("command", ["search", "show", "import"])
def test_a_lock_that_keeps_readers_out_is_one_clear_line(
    run_cli, filled: Path, tmp_path: Path, short_busy_timeout: float, command: str
) -> None:  # type: ignore[no-untyped-def]
    """The staff wait the busy timeout, not more, before being told to try again."""
    budget = short_busy_timeout + 2
    with lock_held(filled, exclusive=True, at_most=budget + 1):
        started = time.monotonic()
        result = run_cli(*commands(tmp_path)[command])
        waited = time.monotonic() - started
    assert waited < budget, (
        f"{command} answered after {waited:.1f} s (the lock was let go after {budget + 1:.1f} s);"
        f" the busy timeout is {short_busy_timeout} s"
    )
    check_one_clear_line(result, BUSY[0], filled)
    assert people_in(filled) == 3


def run_command(
    home: Path, *args: str, preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """The command in its own process, as staff and scripts run it."""
    environment = {**os.environ, "WELCOME_DESK_HOME": str(home)}
    environment.pop("WELCOME_DESK_DATABASE", None)
    return subprocess.run(
        [sys.executable, "-m", "welcome_desk", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
        preexec_fn=preexec,  # only resource limits, set before the program starts
    )


def test_the_real_command_waits_out_a_short_lock_then_imports(filled: Path, tmp_path: Path) -> None:
    """Another program holds the write lock for 1.5 s, less than the 10 s the engine waits."""
    holding, taken = 1.5, threading.Event()

    def hold() -> None:
        with write_lock(filled):
            taken.set()
            time.sleep(holding)

    holder = threading.Thread(target=hold)
    holder.start()
    assert taken.wait(10)
    started = time.monotonic()
    done = run_command(
        tmp_path / "home", "--database", str(filled), "import", str(people_file(tmp_path, 5))
    )
    waited = time.monotonic() - started
    holder.join()
    assert done.returncode == 0, done.stderr
    assert "created: 5" in done.stdout
    assert waited >= holding - 0.5  # it waited for the lock rather than failing at once
    assert people_in(filled) == 8


# --- Read-only ---------------------------------------------------------------------------------


@pytest.fixture(params=["read-only open", "permissions", "immutable file"])
def read_only(
    request: pytest.FixtureRequest, filled: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The database file made read-only, three ways.

    "permissions": chmod 0400, as a file copied from a read-only share; root ignores
    permissions, so the test is skipped there. "immutable file": chattr +i, which holds even for
    root (needs root and a file system that has the flag). "read-only open": the engine opens
    the file through SQLite's read-only URI (mode=ro), which works for anybody anywhere.
    """
    how = request.param
    if how == "permissions":
        if is_root():
            pytest.skip("root ignores file permissions; the two other ways cover it")
        filled.chmod(0o400)
        yield how
        filled.chmod(0o600)
    elif how == "immutable file":
        chattr = shutil.which("chattr")
        if chattr is None or not is_root():
            pytest.skip("chattr +i needs root (the two other ways cover it)")
        made = subprocess.run([chattr, "+i", str(filled)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip("this file system has no immutable flag")
        try:
            yield how
        finally:
            subprocess.run([chattr, "-i", str(filled)], check=True)
    else:
        real_create_engine = engine_module.create_engine

        def read_only_engine(url: URL, **options: Any) -> Any:
            options.pop("connect_args", None)
            read_only_uri = f"file:{url.database}?mode=ro"
            return real_create_engine(
                url, creator=lambda: sqlite3.connect(read_only_uri, uri=True), **options
            )

        monkeypatch.setattr(engine_module, "create_engine", read_only_engine)
        yield how


@pytest.mark.parametrize(("lang", "index"), [("en", 0), ("fr", 1)])
def test_an_import_into_a_read_only_database_is_one_clear_line(
    run_cli, filled: Path, tmp_path: Path, read_only: str, lang: str, index: int
) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("import", str(people_file(tmp_path, 5)), lang=lang)
    check_one_clear_line(result, READ_ONLY[index], filled)
    assert people_in(filled) == 3


def test_a_read_only_database_can_still_be_searched(run_cli, filled: Path, read_only: str) -> None:  # type: ignore[no-untyped-def]
    found = run_cli("search", "Nguyen")
    shown = run_cli("show", "FUZ-3")
    assert (found.exit_code, shown.exit_code) == (0, 0), (found.err, shown.err)
    assert "NGUYỄN" in found.out and "王" in shown.out


# --- Damaged -----------------------------------------------------------------------------------

PAGE = 4096


def table_pages(path: Path, *tables: str) -> list[int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        marks = ",".join("?" * len(tables))
        statement = f"SELECT rootpage FROM sqlite_master WHERE tbl_name IN ({marks})"
        return [int(row[0]) for row in connection.execute(statement, tables) if row[0]]


def damage(path: Path, how: str) -> None:
    """Damage the file the way disks, copies and other programs do (always the same way)."""
    garbage = random.Random(how)
    data = bytearray(path.read_bytes())
    assert len(data) % PAGE == 0 and len(data) >= 8 * PAGE
    if how == "random bytes":  # another kind of file saved under the database's name
        data = bytearray(garbage.randbytes(len(data)))
    elif how == "truncated":  # a copy cut short
        del data[len(data) // 2 :]
    elif how == "header only":
        del data[100:]
    elif how == "all but the first page garbled":
        data[PAGE:] = garbage.randbytes(len(data) - PAGE)
    elif how == "people's pages garbled":
        # The schema and the version table stay whole: the file opens; the people are lost.
        for page in table_pages(path, "people", "search_keys", "external_ids"):
            data[(page - 1) * PAGE : page * PAGE] = garbage.randbytes(PAGE)
    path.write_bytes(bytes(data))


DAMAGE = [
    "random bytes",
    "truncated",
    "header only",
    "all but the first page garbled",
    "people's pages garbled",
]


@pytest.mark.parametrize("how", DAMAGE)
@pytest.mark.parametrize("command", ["search", "show", "import"])
def test_a_damaged_database_is_one_clear_line(
    run_cli, filled: Path, tmp_path: Path, how: str, command: str
) -> None:  # type: ignore[no-untyped-def]
    damage(filled, how)
    result = run_cli(*commands(tmp_path)[command])
    check_one_clear_line(result, DAMAGED[0], filled)


def test_a_damaged_database_is_said_so_in_french(run_cli, filled: Path) -> None:  # type: ignore[no-untyped-def]
    damage(filled, "truncated")
    check_one_clear_line(run_cli("search", "Dupont", lang="fr"), DAMAGED[1], filled)


@pytest.mark.parametrize("command", ["search", "show"])
def test_the_real_command_on_a_damaged_database(filled: Path, tmp_path: Path, command: str) -> None:
    damage(filled, "people's pages garbled")
    done = run_command(tmp_path / "home", "--database", str(filled), *commands(tmp_path)[command])
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and DAMAGED[0] in done.stderr


# --- Full disk ---------------------------------------------------------------------------------


@pytest.fixture
def no_room(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection of the program may use no more pages than the file has now: the next
    page SQLite needs fails with SQLITE_FULL, as on a full disk."""
    real_set_up = engine_module._set_up_sqlite

    def set_up_without_room(engine: Any) -> None:
        real_set_up(engine)

        @event.listens_for(engine, "connect")
        def no_more_pages(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count = {pages}")
            cursor.close()

    monkeypatch.setattr(engine_module, "_set_up_sqlite", set_up_without_room)


@pytest.mark.parametrize(("lang", "index"), [("en", 0), ("fr", 1)])
def test_an_import_onto_a_full_disk_is_one_clear_line_and_saves_nothing(
    run_cli, filled: Path, tmp_path: Path, no_room: None, lang: str, index: int
) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("import", str(people_file(tmp_path, 500)), lang=lang)
    check_one_clear_line(result, FULL[index], filled)
    assert people_in(filled) == 3


def test_a_full_disk_still_lets_staff_search(run_cli, filled: Path, no_room: None) -> None:  # type: ignore[no-untyped-def]
    found, shown = run_cli("search", "Dupont"), run_cli("show", "FUZ-1")
    assert (found.exit_code, shown.exit_code) == (0, 0), (found.err, shown.err)


@pytest.mark.skipif(sys.platform == "win32", reason="file-size limits are a POSIX feature")
def test_the_real_command_when_the_database_may_grow_no_more(filled: Path, tmp_path: Path) -> None:
    """A real process whose files may not grow past the database's size (RLIMIT_FSIZE): the
    system refuses the write, as a full disk does."""
    limit = filled.stat().st_size + PAGE
    big = people_file(tmp_path, 2_000)

    import resource
    import signal

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = run_command(
        tmp_path / "home", "--database", str(filled), "import", str(big), preexec=limited
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and str(filled) in done.stderr
    assert FULL[0] in done.stderr or UNWRITABLE_DISK in done.stderr, done.stderr
    assert people_in(filled) == 3
