"""`welcome-desk connect`: the database is tried (tables made as at any first use) before it
is saved; --show names it without its password; --local goes back to the local file."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.engine import make_url

from backends import ON_POSTGRES, Databases, open_database
from keyrings import (
    MemoryKeyring,
    memory_keyring,  # noqa: F401 (the fixture `memory`)
    missing_keyring,
    using,
)
from welcome_desk.cli.main import main
from welcome_desk.connection_settings import KEYRING_SERVICE, save, settings_file
from welcome_desk.db.models import Person
from welcome_desk.paths import AppPaths, app_paths

SERVER = "postgresql+psycopg://desk:s3cret-pa55@db.example.org:5432/welcome"


@dataclass
class Result:
    exit_code: int
    out: str
    err: str


def cli(*args: str, lang: str = "en") -> Result:
    """``welcome-desk --lang LANG ARGS`` without --database: the saved setting counts."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(["--lang", lang, *args])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def paths(private_home: Path) -> AppPaths:
    return app_paths()


def _tables(where: str) -> list[str]:
    database = open_database(where)
    try:
        with database.engine.connect() as connection:
            return inspect(connection).get_table_names()
    finally:
        database.dispose()


def test_connect_tries_saves_and_every_command_then_uses_it(
    paths: AppPaths, memory: MemoryKeyring, database_url: str
) -> None:
    result = cli("connect", database_url)

    assert result.exit_code == 0, result.err
    assert "now opens" in result.out
    assert "people" in _tables(database_url)  # made as at any first use
    assert settings_file(paths).exists()
    assert cli("demo", "--people", "3", "--seed", "1").exit_code == 0
    database = open_database(database_url)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 3
    finally:
        database.dispose()
    assert not paths.database_file.exists()  # the local file was never made
    shown = cli("connect", "--show")
    assert shown.exit_code == 0 and "Saved in" in shown.out
    password = make_url(database_url).password if "://" in database_url else None
    if password:
        assert (
            password not in shown.out and password.encode() not in settings_file(paths).read_bytes()
        )
        assert list(memory.passwords.values()) == [password]


def test_show_names_the_saved_server_without_its_password(
    paths: AppPaths, memory: MemoryKeyring
) -> None:
    save(paths, make_url(SERVER))

    result = cli("connect", "--show")

    assert result.exit_code == 0, result.err
    first, second = result.out.splitlines()
    assert first == "postgresql+psycopg://desk:***@db.example.org:5432/welcome"
    assert "system keyring" in second and str(settings_file(paths)) in second
    assert "s3cret" not in result.out + result.err


def test_show_says_what_overrides_the_setting(
    paths: AppPaths, memory: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(paths, make_url(SERVER))
    monkeypatch.setenv("WELCOME_DESK_DATABASE", str(tmp_path / "other.sqlite3"))

    result = cli("connect", "--show")

    lines = result.out.splitlines()
    assert lines[0] == str(tmp_path / "other.sqlite3")
    assert lines[1] == "Chosen by WELCOME_DESK_DATABASE."
    assert "db.example.org" in lines[2] and "s3cret" not in result.out
    option = cli("--database", str(tmp_path / "third.sqlite3"), "connect", "--show")
    assert option.out.splitlines()[1] == "Chosen by --database."


def test_show_on_a_new_computer_is_the_local_file(paths: AppPaths) -> None:
    result = cli("connect", "--show")
    assert result.exit_code == 0
    assert result.out.splitlines()[0] == str(paths.database_file)


def test_an_unreachable_server_is_one_line_and_nothing_is_saved(
    paths: AppPaths, memory: MemoryKeyring
) -> None:
    result = cli("connect", "postgresql+psycopg://desk:s3cret@host.invalid/desk")

    assert result.exit_code == 2
    assert result.err.count("\n") == 1 and "cannot be reached" in result.err, result.err
    assert "s3cret" not in result.err and "Traceback" not in result.err
    assert not settings_file(paths).exists() and memory.passwords == {}


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("nosuchdriver://desk:s3cret@host/desk", "not one this program can use"),
        ("postgresql+psycopg://desk:s3cret@host:port/desk", "not one this program can use"),
    ],
)
def test_a_wrong_address_is_one_line_and_nothing_is_saved(
    paths: AppPaths, memory: MemoryKeyring, address: str, expected: str
) -> None:
    result = cli("connect", address)
    assert result.exit_code == 2
    assert result.err.count("\n") == 1 and expected in result.err, result.err
    assert "s3cret" not in result.err
    assert not settings_file(paths).exists()


def test_a_missing_folder_is_one_line(paths: AppPaths, tmp_path: Path) -> None:
    result = cli("connect", str(tmp_path / "no" / "desk.sqlite3"))
    assert result.exit_code == 2 and result.err.count("\n") == 1
    assert not settings_file(paths).exists()


def test_without_a_keyring_a_password_is_refused_before_the_server_is_touched(
    paths: AppPaths, databases: Databases
) -> None:
    made = databases.new() if ON_POSTGRES else None
    address = (
        make_url(made).set(password="s3cret").render_as_string(hide_password=False)
        if made is not None
        else SERVER
    )
    try:
        with using(missing_keyring()):
            result = cli("connect", address)
        assert result.exit_code == 2
        assert result.err.count("\n") == 1 and "keyring" in result.err, result.err
        assert "s3cret" not in result.err
        assert not settings_file(paths).exists()
        if made is not None:
            assert _tables(made) == []
    finally:
        if made is not None:
            databases.drop(made)


def test_a_local_file_needs_no_keyring(paths: AppPaths, tmp_path: Path) -> None:
    file = tmp_path / "elsewhere.sqlite3"
    with using(missing_keyring()):
        assert cli("connect", str(file)).exit_code == 0
        assert cli("connect", "--show").out.splitlines()[0] == str(file)
        assert file.exists()


def test_local_forgets_the_setting_and_its_password(paths: AppPaths, memory: MemoryKeyring) -> None:
    save(paths, make_url(SERVER))
    assert (KEYRING_SERVICE, "desk@db.example.org:5432/welcome") in memory.passwords

    result = cli("connect", "--local")

    assert result.exit_code == 0 and "local file" in result.out
    assert not settings_file(paths).exists() and memory.passwords == {}
    again = cli("connect", "--local")
    assert again.exit_code == 0 and "No database was saved" in again.out


def test_connect_needs_an_address_or_an_option(paths: AppPaths) -> None:
    assert cli("connect").exit_code == 2
    assert cli("connect", "x.sqlite3", "--show").exit_code == 2
    assert cli("connect", "--show", "--local").exit_code == 2


def test_a_damaged_setting_is_one_line_for_every_command(paths: AppPaths) -> None:
    settings_file(paths).parent.mkdir(parents=True)
    settings_file(paths).write_text("database = 3\n", encoding="utf-8")
    result = cli("search", "x")
    assert result.exit_code == 2 and result.err.count("\n") == 1
    assert "connect" in result.err
    assert cli("connect", "--local").exit_code == 0
    assert cli("search", "x").exit_code == 1  # nobody found, on the local file


def test_messages_in_french(paths: AppPaths, memory: MemoryKeyring) -> None:
    save(paths, make_url(SERVER))
    result = cli("connect", "--show", lang="fr")
    assert "trousseau" in result.out
