"""Which database the tests run on: SQLite files, or a PostgreSQL server when
``WELCOME_DESK_TEST_POSTGRES_URL`` names one (``postgresql+psycopg://user@host/postgres``, a role
that may create databases) — and the throw-away databases made for them."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from welcome_desk.db.engine import Database, resolve_url

POSTGRES_VARIABLE = "WELCOME_DESK_TEST_POSTGRES_URL"
POSTGRES_URL = os.environ.get(POSTGRES_VARIABLE) or None
ON_POSTGRES = POSTGRES_URL is not None


class Databases:
    """Makes throw-away databases: SQLite files in new folders, or databases on the PostgreSQL
    server of ``WELCOME_DESK_TEST_POSTGRES_URL`` (each dropped when asked, or at the end of the
    session). Each is named by its ``--database`` value (a path or a URL)."""

    def __init__(self, server: str | None, folders: pytest.TempPathFactory) -> None:
        self.server = make_url(server) if server is not None else None
        self.folders = folders
        self.made: list[str] = []

    def _admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        assert self.server is not None
        plain = self.server.set(drivername="postgresql")
        return psycopg.connect(plain.render_as_string(hide_password=False), autocommit=True)

    def _create(self, template: str) -> str:
        assert self.server is not None
        name = f"welcome_desk_test_{uuid.uuid4().hex[:16]}"
        with self._admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE "{template}"')
        where = self.server.set(database=name).render_as_string(hide_password=False)
        self.made.append(where)
        return where

    def new(self, name: str = "desk.sqlite3") -> str:
        """A new, empty database (a file ``name`` not made yet, in a new folder)."""
        if self.server is None:
            return str(self.folders.mktemp("db") / name)
        return self._create("template0")

    def copy(self, where: str, into: Path | None = None) -> str:
        """A new database holding what ``where`` holds (nobody may be connected to it): for
        SQLite, the file ``into`` (by default in a new folder)."""
        if self.server is None:
            target = into or self.folders.mktemp("db") / "desk.sqlite3"
            shutil.copyfile(where, target)
            return str(target)
        source = make_url(where).database
        assert source is not None
        return self._create(source)

    def drop(self, where: str) -> None:
        if self.server is None:
            return
        with self._admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{make_url(where).database}" WITH (FORCE)')
        self.made.remove(where)

    def drop_all(self) -> None:
        for where in list(self.made):
            self.drop(where)


def open_database(where: str) -> Database:
    """The program's Database for a ``--database`` value (a path or a URL)."""
    return Database(resolve_url(where, Path(where)))
