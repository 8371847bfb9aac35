"""This computer's database setting: the address in the user's configuration without its
password, the password in the system keyring or nowhere, and the order of choice."""

from __future__ import annotations

import ast
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from backends import ON_POSTGRES, Databases, open_database
from keyrings import (
    ForgetfulKeyring,
    LockedKeyring,
    MemoryKeyring,
    memory_keyring,  # noqa: F401 (the fixture `memory`)
    missing_keyring,
    using,
)
from welcome_desk import connection_settings
from welcome_desk.connection_settings import (
    KEYRING_SERVICE,
    ConnectionSettingsError,
    Source,
    check_database,
    choose_database,
    forget,
    keyring_user,
    save,
    saved_address,
    saved_url,
    settings_file,
)
from welcome_desk.paths import AppPaths, app_paths

SERVER = "postgresql+psycopg://desk:s3cret-pa55@db.example.org:5432/welcome"
BARE = "postgresql+psycopg://desk@db.example.org:5432/welcome"


@pytest.fixture
def paths(private_home: Path) -> AppPaths:
    return app_paths()


def test_the_password_goes_to_the_keyring_and_never_into_the_file(
    paths: AppPaths, memory: MemoryKeyring
) -> None:
    save(paths, make_url(SERVER))

    file = settings_file(paths)
    content = file.read_bytes()
    assert b"s3cret" not in content and b"pa55" not in content
    assert BARE.encode() in content
    if sys.platform != "win32":
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert memory.passwords == {
        (KEYRING_SERVICE, "desk@db.example.org:5432/welcome"): "s3cret-pa55"
    }
    assert saved_address(paths) == make_url(BARE)
    assert saved_url(paths) == make_url(SERVER)
    assert choose_database(None, paths, environ={}).url.password == "s3cret-pa55"


def test_the_keyring_name_is_user_host_port_and_database() -> None:
    assert keyring_user(make_url(SERVER)) == "desk@db.example.org:5432/welcome"
    assert keyring_user(make_url("postgresql+psycopg://desk@db/welcome")) == "desk@db:/welcome"


@pytest.mark.parametrize(
    "backend", [missing_keyring(), ForgetfulKeyring(), LockedKeyring()], ids=type
)
def test_without_a_working_keyring_a_password_is_refused_and_nothing_is_written(
    paths: AppPaths, backend: object
) -> None:
    with using(backend), pytest.raises(ConnectionSettingsError) as refused:  # type: ignore[arg-type]
        save(paths, make_url(SERVER))

    assert "keyring" in str(refused.value)
    assert "s3cret" not in str(refused.value)
    assert not settings_file(paths).exists()
    assert not paths.config_dir.exists() or not any(paths.config_dir.iterdir())


def test_the_refusal_is_said_in_french(paths: AppPaths) -> None:
    from welcome_desk.i18n import translator

    with using(missing_keyring()), pytest.raises(ConnectionSettingsError) as refused:
        save(paths, make_url(SERVER))
    french = refused.value.message.render(translator("fr"))
    assert "trousseau" in french and "***" in french


def test_without_a_keyring_an_address_without_password_is_saved(paths: AppPaths) -> None:
    with using(missing_keyring()):
        save(paths, make_url(BARE))
        assert saved_url(paths) == make_url(BARE)
        assert choose_database(None, paths, environ={}).source is Source.SAVED


def test_a_keyring_that_cannot_be_read_gives_the_address_without_password(
    paths: AppPaths, memory: MemoryKeyring
) -> None:
    save(paths, make_url(SERVER))
    with using(LockedKeyring()):
        assert saved_url(paths) == make_url(BARE)


def test_a_password_among_the_options_is_refused(paths: AppPaths, memory: MemoryKeyring) -> None:
    with pytest.raises(ConnectionSettingsError):
        save(paths, make_url(f"{BARE}?password=s3cret"))
    assert not settings_file(paths).exists()


def test_saving_again_without_password_forgets_the_old_one(
    paths: AppPaths, memory: MemoryKeyring
) -> None:
    save(paths, make_url(SERVER))
    save(paths, make_url(BARE))
    assert memory.passwords == {}
    assert saved_url(paths) == make_url(BARE)


def test_another_server_forgets_the_password_of_the_first(
    paths: AppPaths, memory: MemoryKeyring
) -> None:
    save(paths, make_url(SERVER))
    save(paths, make_url("postgresql+psycopg://desk:other@db2.example.org/welcome"))
    assert memory.passwords == {(KEYRING_SERVICE, "desk@db2.example.org:/welcome"): "other"}


def test_back_to_the_local_file(paths: AppPaths, memory: MemoryKeyring) -> None:
    save(paths, make_url(SERVER))
    assert forget(paths) is True
    assert not settings_file(paths).exists() and memory.passwords == {}
    assert forget(paths) is False
    chosen = choose_database(None, paths, environ={})
    assert chosen.source is Source.DEFAULT and not chosen.explicit
    assert chosen.url.database == str(paths.database_file.resolve())


def test_order_of_choice(paths: AppPaths, memory: MemoryKeyring, tmp_path: Path) -> None:
    option, variable = tmp_path / "option.sqlite3", tmp_path / "variable.sqlite3"
    save(paths, make_url(SERVER))
    environ = {"WELCOME_DESK_DATABASE": str(variable)}

    chosen = choose_database(str(option), paths, environ=environ)
    assert (chosen.source, chosen.url.database) == (Source.OPTION, str(option))
    chosen = choose_database(None, paths, environ=environ)
    assert (chosen.source, chosen.url.database) == (Source.ENVIRONMENT, str(variable))
    chosen = choose_database(None, paths, environ={})
    assert (chosen.source, chosen.url) == (Source.SAVED, make_url(SERVER))
    assert chosen.explicit
    forget(paths)
    assert choose_database(None, paths, environ={}).source is Source.DEFAULT


def test_the_keyring_is_not_asked_when_the_setting_is_not_used(
    paths: AppPaths, memory: MemoryKeyring, tmp_path: Path
) -> None:
    save(paths, make_url(SERVER))
    with using(LockedKeyring()):  # would lose the password, if it were asked
        chosen = choose_database(str(tmp_path / "x.sqlite3"), paths, environ={})
    assert chosen.source is Source.OPTION


def test_a_damaged_setting_is_a_sentence(paths: AppPaths) -> None:
    settings_file(paths).parent.mkdir(parents=True)
    settings_file(paths).write_text("database = [", encoding="utf-8")
    with pytest.raises(ConnectionSettingsError) as damaged:
        choose_database(None, paths, environ={})
    assert "damaged" in str(damaged.value)


def test_a_saved_sqlite_file(paths: AppPaths, tmp_path: Path) -> None:
    with using(missing_keyring()):
        save(paths, make_url(f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"))
        assert choose_database(None, paths, environ={}).url.database == str(
            tmp_path / "elsewhere.sqlite3"
        )


def test_an_unusable_address_hides_its_password() -> None:
    with pytest.raises(ConnectionSettingsError) as unusable:
        connection_settings.parse_address("postgresql+psycopg://desk:s3cret@host:port/db")
    assert "s3cret" not in str(unusable.value) and "***" in str(unusable.value)


def test_checking_a_new_sqlite_file_creates_its_tables(tmp_path: Path) -> None:
    file = tmp_path / "new.sqlite3"
    assert check_database(make_url(f"sqlite:///{file}"), tmp_path / "backups") is None
    database = open_database(str(file))
    try:
        with database.engine.connect() as connection:
            assert "people" in inspect(connection).get_table_names()
    finally:
        database.dispose()


def test_checking_an_unreachable_server_is_a_sentence(tmp_path: Path) -> None:
    problem = check_database(
        make_url("postgresql+psycopg://desk:s3cret@host.invalid/desk"), tmp_path
    )
    assert problem is not None and "cannot be reached" in str(problem)
    assert "s3cret" not in str(problem)


def test_checking_a_missing_folder_is_a_sentence(tmp_path: Path) -> None:
    problem = check_database(make_url(f"sqlite:///{tmp_path / 'no' / 'x.sqlite3'}"), tmp_path)
    assert problem is not None and "cannot be opened" in str(problem)


@pytest.mark.skipif(not ON_POSTGRES, reason="needs the PostgreSQL server of the test run")
def test_checking_a_new_server_database_creates_its_tables(
    databases: Databases, tmp_path: Path
) -> None:
    where = databases.new()
    try:
        assert check_database(make_url(where), tmp_path) is None
        database = open_database(where)
        try:
            with database.engine.connect() as connection:
                assert "people" in inspect(connection).get_table_names()
        finally:
            database.dispose()
    finally:
        databases.drop(where)


def test_the_setting_module_knows_no_qt() -> None:
    source = Path(connection_settings.__file__).read_text(encoding="utf-8")
    modules = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    assert not any(
        m.startswith(("PySide6", "welcome_desk.ui", "welcome_desk.cli")) for m in modules
    )
