"""Fixtures shared by every test: a private home for the program and a fresh database.

The database is a SQLite file in the test's folder, or, when ``WELCOME_DESK_TEST_POSTGRES_URL``
names a PostgreSQL server (``postgresql+psycopg://user@host/postgres``, a role that may create
databases), a new empty database on that server, dropped after the test. Tests that are about
SQLite files themselves are marked ``sqlite_only`` and skipped there.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from backends import ON_POSTGRES, POSTGRES_URL, Databases, open_database
from welcome_desk.cli.main import main
from welcome_desk.db.engine import Database
from welcome_desk.db.migrate import upgrade

DATA_DIR = Path(__file__).parent / "data"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): about SQLite files themselves; skipped when the suite runs on "
        "PostgreSQL",
    )


def pytest_report_header() -> str:
    if POSTGRES_URL is None:
        return "database: SQLite files"
    return f"database: PostgreSQL, {make_url(POSTGRES_URL).render_as_string(hide_password=True)}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not ON_POSTGRES:
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            why = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {why}".rstrip(": ")))


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    made = Databases(POSTGRES_URL, tmp_path_factory)
    yield made
    made.drop_all()


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data, logs and backups under tmp_path; no database or language from the environment."""
    home = tmp_path / "home"
    monkeypatch.setenv("WELCOME_DESK_HOME", str(home))
    monkeypatch.delenv("WELCOME_DESK_DATABASE", raising=False)
    monkeypatch.delenv("WELCOME_DESK_LANG", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The test's SQLite file (what ``database_url`` is on SQLite)."""
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def database_url(db_path: Path, databases: Databases) -> Iterator[str]:
    """The test's database as ``--database`` takes it: ``db_path``, or a new PostgreSQL
    database (empty: the program creates its tables, as it does in a new file)."""
    if not ON_POSTGRES:
        yield str(db_path)
        return
    where = databases.new()
    yield where
    databases.drop(where)


@pytest.fixture
def database_created(database_url: str, db_path: Path) -> Callable[[], bool]:
    """Whether the program has made the test's database yet (its file, or any table in it)."""

    def created() -> bool:
        if not ON_POSTGRES:
            return db_path.exists()
        database = open_database(database_url)
        try:
            with database.engine.connect() as connection:
                return bool(inspect(connection).get_table_names())
        finally:
            database.dispose()

    return created


@pytest.fixture
def database(database_url: str, db_path: Path) -> Iterator[Database]:
    db = open_database(database_url)
    upgrade(db, db_path.parent / "backups")
    yield db
    db.dispose()


@dataclass
class CliResult:
    exit_code: int
    out: str
    err: str


@pytest.fixture
def run_cli(database_url: str):  # type: ignore[no-untyped-def]
    """Run ``welcome-desk --database <database_url> ARGS`` in-process and capture what it
    prints."""

    def run(*args: str, lang: str = "en", database: Path | str | None = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--database", str(database or database_url), "--lang", lang, *args]
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:  # argparse usage errors
                code = int(exit_.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
