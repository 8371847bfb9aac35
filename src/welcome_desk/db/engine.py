"""Opening the database: URL resolution, engine set-up (SQLite pragmas), sessions."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from welcome_desk.db import audit, indexing
from welcome_desk.domain.actor import Actor

DATABASE_VARIABLE = "WELCOME_DESK_DATABASE"
SQLITE_BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "welcome_desk_write"


def describe_url(url: URL) -> str:
    """Where the data is, for messages: a file's path, or the URL without its password."""
    file = sqlite_file(url)
    return str(file) if file is not None else url.render_as_string(hide_password=True)


def resolve_url(value: str | None, default_file: Path) -> URL:
    """``--database`` or ``WELCOME_DESK_DATABASE`` (a path or a URL), else the default file."""
    chosen = value or os.environ.get(DATABASE_VARIABLE) or str(default_file)
    if "://" in chosen:
        return make_url(chosen)
    path = Path(chosen).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL (None for other back-ends and in-memory databases)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def _when_not_busy(action: Callable[[], object]) -> None:
    """Run ``action``, waiting while another process holds the file (changing the journal mode
    of a new database does not go through SQLite's busy handler)."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _set_up_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN, so transactions (and DDL) are real.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        _when_not_busy(lambda: cursor.execute("PRAGMA journal_mode = WAL"))
        # FULL: a committed edit survives a power cut, not only a crash of the program.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # Writers take the write lock at once: a read-then-write transaction can then never be
        # refused half-way because another desk started writing in between.
        writing = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


# The key of the one advisory lock every desk's writers take on a PostgreSQL database ("WD").
POSTGRES_WRITE_LOCK = 0x5744


def _set_up_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # As on SQLite, writers take the write lock at the start of their transaction, so that
        # what a writer read (the next free number, a person's version, a step's status) stays
        # true until it commits; readers are never held up. Waiting is bounded as SQLite's busy
        # timeout is, and ends in the same "busy" message.
        if connection.get_execution_options().get(_WRITE_OPTION, False):
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(SQLITE_BUSY_TIMEOUT_MS)}")
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({POSTGRES_WRITE_LOCK})")


class Database:
    """One database: its engine and the sessions to work in it."""

    def __init__(
        self, url: URL, *, create_folder: bool = False, actor: Actor | None = None
    ) -> None:
        """Open ``url``. A SQLite file's folder is made only with ``create_folder`` (the default
        location): a mistyped path must fail, not silently start an empty database elsewhere.

        Every change made through this object is checked against ``actor``'s role and audited
        under their name: by default the operating-system user, with the rights of whoever can
        open the database; the window puts the signed-in account in its place.
        """
        self.url = url
        self.actor = actor or Actor.from_system_user()
        self.file = sqlite_file(url)
        if self.file is not None:
            if create_folder:
                self.file.parent.mkdir(parents=True, exist_ok=True)
            elif not self.file.parent.is_dir():
                raise FileNotFoundError(f"no folder {self.file.parent}")
            if not self.file.exists():
                # Personal data: the file is readable by its owner only (SQLite's -wal and -shm
                # files take the same permissions).
                os.close(os.open(self.file, os.O_CREAT | os.O_WRONLY, 0o600))
            self.engine = create_engine(
                url,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
                hide_parameters=True,  # errors and logs never carry the people's data
            )
            _set_up_sqlite(self.engine)
        else:
            self.engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
            if self.engine.dialect.name == "postgresql":
                _set_up_postgresql(self.engine)
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        indexing.install(self.session_factory)
        audit.install(self.session_factory)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        """Where the data is, for messages and About boxes (never shows a password)."""
        return describe_url(self.url)

    def session(self) -> Session:
        """A session for reading (and short writes that need no lock up front)."""
        session = self.session_factory()
        session.info[audit.ACTOR_KEY] = self.actor
        return session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session whose work is committed at the end as one transaction, or not at all."""
        with self.session() as session:
            session.connection(execution_options={_WRITE_OPTION: True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A session that reads one consistent state of the data from its first read to its
        end, whatever other desks commit meanwhile (statistics, reports, copies): REPEATABLE
        READ on PostgreSQL; on SQLite, a read transaction in WAL mode is already one snapshot.
        Nothing is written through it."""
        with self.session() as session:
            if not self.is_sqlite:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def locked_connection(self) -> Iterator[Connection]:
        """A connection in a transaction that holds the write lock from its start (schema work)."""
        with self.engine.connect() as connection:
            writer = connection.execution_options(**{_WRITE_OPTION: True})
            with writer.begin():
                yield writer

    def dispose(self) -> None:
        self.engine.dispose()
