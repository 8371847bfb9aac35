"""What the crash-safety tests share: running the program as real processes and killing them
with SIGKILL (the ``welcome-desk`` command started afresh, or a process forked by
``fork_server.py``), choosing when, and checking the database file they leave behind.

``WELCOME_DESK_KILLS=N`` raises the number of kills of each test (a long run by hand);
``WELCOME_DESK_KILL_ROWS=N`` the size of the file imported while being killed.
"""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import text

from welcome_desk.db.engine import Database, resolve_url

KILLS_VARIABLE = "WELCOME_DESK_KILLS"
ROWS_VARIABLE = "WELCOME_DESK_KILL_ROWS"
HERE = Path(__file__).parent

needs_sigkill = pytest.mark.skipif(
    not (hasattr(signal, "SIGKILL") and hasattr(os, "fork")), reason="needs SIGKILL and fork"
)

T = TypeVar("T")
R = TypeVar("R")


def _whole(variable: str, default: int) -> int:
    value = os.environ.get(variable, "").strip()
    return int(value) if value else default


def kill_count(default: int) -> int:
    """How many kills a test makes: ``default``, or ``WELCOME_DESK_KILLS`` when set."""
    return max(1, _whole(KILLS_VARIABLE, default))


def import_rows(default: int) -> int:
    """How many rows the killed import has: ``default``, or ``WELCOME_DESK_KILL_ROWS``."""
    return max(10, _whole(ROWS_VARIABLE, default))


def parallel() -> int:
    """How many killed processes run at once (each on its own database file)."""
    return max(1, min(2, os.cpu_count() or 1))


def run_parallel(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``function`` over ``items`` on :func:`parallel` threads (each starts its own processes);
    the first exception is raised."""
    with ThreadPoolExecutor(max_workers=parallel()) as pool:
        return list(pool.map(function, items))


def program(*args: str) -> list[str]:
    """The command line of ``welcome-desk ARGS`` in this environment (the installed script)."""
    script = Path(sys.executable).parent / "welcome-desk"
    if script.is_file():
        return [str(script), *args]
    return [sys.executable, "-m", "welcome_desk", *args]


def worker(name: str, *args: str) -> list[str]:
    """The command line of a worker script of this folder."""
    return [sys.executable, str(HERE / name), *args]


# --- Running and killing ----------------------------------------------------------------------


@dataclass(frozen=True)
class Finished:
    """A process that ran to its end: exit code, output, and how long it took."""

    returncode: int
    out: str
    err: str
    seconds: float


def run_to_end(command: Sequence[str], timeout: float = 3_600) -> Finished:
    started = time.monotonic()
    done = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", timeout=timeout, check=False
    )
    return Finished(done.returncode, done.stdout, done.stderr, time.monotonic() - started)


@dataclass(frozen=True)
class Killed:
    """What became of a process we meant to kill after ``delay`` seconds."""

    delay: float
    killed: bool  # False when it had ended by itself before the kill
    returncode: int
    err: str
    seconds: float = 0.0  # how long it ran
    appeared: float | None = None  # when the file it was to be killed after appeared


def kill_after(command: Sequence[str], delay: float) -> Killed:
    """Start ``command`` and SIGKILL it ``delay`` seconds after its start, unless it has ended
    by then."""
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    ) as process:
        started = time.monotonic()
        try:
            deadline = started + delay
            while process.poll() is None and time.monotonic() < deadline:
                time.sleep(min(0.002, max(0.0, deadline - time.monotonic())))
            if process.poll() is None:  # not reaped: its id cannot be another process's yet
                os.kill(process.pid, signal.SIGKILL)
            _, err = process.communicate(timeout=60)
        except BaseException:
            if process.poll() is None:
                process.kill()
            raise
    # It may also have ended by itself between the last look and the kill.
    killed = process.returncode == -signal.SIGKILL
    return Killed(delay, killed, process.returncode, err, time.monotonic() - started)


def spread(rng: random.Random, count: int, start: float, end: float) -> list[float]:
    """``count`` random moments from ``start`` to ``end``, one in each of ``count`` equal slices
    (so that every part of the span is hit, in a shuffled order)."""
    if count <= 0:
        return []
    width = (end - start) / count
    moments = [start + width * (index + rng.random()) for index in range(count)]
    rng.shuffle(moments)
    return moments


# --- The database left behind -------------------------------------------------------------------


def plain_checks(path: Path) -> None:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` with Python's own sqlite3 (which also
    recovers the write-ahead log a killed process left)."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def open_database(path: Path) -> Database:
    return Database(resolve_url(str(path), path))


def program_checks(database: Database) -> None:
    """The same checks through the program's own engine (its pragmas, WAL mode)."""
    with database.session() as session:
        assert session.execute(text("PRAGMA integrity_check")).all() == [("ok",)]
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        mode = session.execute(text("PRAGMA journal_mode")).scalar_one()
        assert mode == "wal"


# --- Import files -----------------------------------------------------------------------------

IMPORT_HEADER = (
    "external_id",
    "family_name",
    "given_names",
    "date_of_birth",
    "sex",
    "nationality",
    "email",
    "phone",
    "category",
    "programme",
    "host_unit",
    "arrival_date",
    "departure_date",
    "preferred_language",
    "accompanying_persons",
)
_FAMILY = ("Martin", "Nguyễn", "García López", "Wang", "Schmidt", "Benali", "Kowalska", "Öztürk")
_GIVEN = ("Anna", "Thị Lan", "María José", "Xiaoming", "Jonas", "Yasmine", "Zofia", "Emre")
_COUNTRIES = ("DE", "VN", "ES", "CN", "AT", "DZ", "PL", "TR", "MA", "BR", "IT", "US")
_CATEGORIES = ("student", "student", "student", "researcher", "teacher")


def external_id(number: int) -> str:
    return f"KILL-{number:06d}"


def email_of(number: int, edition: str) -> str:
    return f"{edition}.{number}@example.org"


def is_invalid_row(number: int) -> bool:
    """Rows the import must reject (and never save): one in 97."""
    return number % 97 == 41


def write_import_file(
    path: Path, count: int, *, edition: str, today: date, first: int = 0, seed: int = 7
) -> None:
    """An arrival list of ``count`` people numbered from ``first`` (ids KILL-000000…), every
    email marked with ``edition``; the rows for which :func:`is_invalid_row` holds are broken."""
    rng = random.Random(seed)
    arrival = today + timedelta(days=60)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(IMPORT_HEADER)
        for number in range(first, first + count):
            born = date(rng.randint(1970, 2006), rng.randint(1, 12), rng.randint(1, 28))
            row = [
                external_id(number),
                rng.choice(_FAMILY),
                rng.choice(_GIVEN),
                born.isoformat(),
                rng.choice("FMX"),
                rng.choice(_COUNTRIES),
                email_of(number, edition),
                f"+33 6 12 {number // 10_000 % 100:02d} {number // 100 % 100:02d} "
                f"{number % 100:02d}",
                rng.choice(_CATEGORIES),
                "Erasmus+",
                "Faculté des sciences",
                arrival.isoformat(),
                (arrival + timedelta(days=rng.randint(90, 700))).isoformat(),
                rng.choice(("fr", "en", "de", "es", "zh")),
                str(rng.randint(0, 2)),
            ]
            if is_invalid_row(number):
                row[3] = "31/02/2001"  # not a real date
                row[5] = "Atlantis"  # not a country
            writer.writerow(row)


# --- Processes forked from one that has imported the program --------------------------------


class ForkServer:
    """``fork_server.py``: runs the ``welcome-desk`` command or the edit worker in a process
    forked for each run, and kills it after a delay; one run at a time."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder
        self.name = name
        self.runs = 0
        self.errors = folder / f"{name}-server.err"
        with self.errors.open("w", encoding="utf-8") as stderr:
            self.process = subprocess.Popen(
                worker("fork_server.py"),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                encoding="utf-8",
            )

    def run(
        self,
        target: str,
        args: Sequence[str],
        kill_after: float | None = None,
        *,
        when_exists: Path | None = None,
    ) -> Killed:
        """Run ``target`` ("cli" or "edits") with ``args``; SIGKILL it ``kill_after`` seconds
        after its start (after ``when_exists`` appears, when given) unless it has ended by
        then."""
        self.runs += 1
        output = self.folder / f"{self.name}-{self.runs}.out"
        request = {
            "target": target,
            "args": list(args),
            "output": str(output),
            "kill_after": kill_after,
            "kill_when_exists": None if when_exists is None else str(when_exists),
        }
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(f"the fork server stopped: {self.errors.read_text('utf-8')}")
        answer = json.loads(line)
        said = output.read_text(encoding="utf-8") if output.exists() else ""
        return Killed(
            kill_after or 0.0,
            answer["killed"],
            answer["code"],
            said,
            answer["seconds"],
            answer["appeared"],
        )

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.stdout.read()
        self.process.stdout.close()
        assert self.process.wait(timeout=60) == 0, self.errors.read_text(encoding="utf-8")

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, error: type[BaseException] | None, *_: object) -> None:
        if error is None:
            self.close()
        elif self.process.poll() is None:  # a test failed: no more runs to wait for
            self.process.kill()
            self.process.communicate()
