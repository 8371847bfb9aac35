"""Opening the database: URL resolution, engine set-up (SQLite pragmas), sessions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from welcome_desk.db import indexing

DATABASE_VARIABLE = "WELCOME_DESK_DATABASE"
SQLITE_BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "welcome_desk_write"


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


def _set_up_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN, so transactions (and DDL) are real.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed edit survives a power cut, not only a crash of the program.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # Writers take the write lock at once: a read-then-write transaction can then never be
        # refused half-way because another desk started writing in between.
        writing = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


class Database:
    """One database: its engine and the sessions to work in it."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.file = sqlite_file(url)
        if self.file is not None:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            if not self.file.exists():
                # Personal data: the file is readable by its owner only (SQLite's -wal and -shm
                # files take the same permissions).
                os.close(os.open(self.file, os.O_CREAT | os.O_WRONLY, 0o600))
            self.engine = create_engine(
                url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
            )
            _set_up_sqlite(self.engine)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        indexing.install(self.session_factory)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        """Where the data is, for messages and About boxes (never shows a password)."""
        if self.file is not None:
            return str(self.file)
        return self.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A session for reading (and short writes that need no lock up front)."""
        return self.session_factory()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session whose work is committed at the end as one transaction, or not at all."""
        with self.session_factory() as session:
            session.connection(execution_options={_WRITE_OPTION: True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()
