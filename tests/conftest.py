"""Fixtures shared by every test: a private home for the program and a fresh database."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from welcome_desk.cli.main import main
from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.db.migrate import upgrade

DATA_DIR = Path(__file__).parent / "data"


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
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = Database(resolve_url(str(db_path), db_path))
    upgrade(db, db_path.parent / "backups")
    yield db
    db.dispose()


@dataclass
class CliResult:
    exit_code: int
    out: str
    err: str


@pytest.fixture
def run_cli(db_path: Path):  # type: ignore[no-untyped-def]
    """Run ``welcome-desk --database <db_path> ARGS`` in-process and capture what it prints."""

    def run(*args: str, lang: str = "en", database: Path | str | None = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--database", str(database or db_path), "--lang", lang, *args]
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:  # argparse usage errors
                code = int(exit_.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
