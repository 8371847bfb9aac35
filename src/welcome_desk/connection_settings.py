"""Which database this computer's desk opens: the user's setting, and the order of choice.

The setting is a small TOML file in the user's configuration folder holding the database's
address *without* its password, readable by its owner only. The password, when there is one,
is kept in the system keyring (GNOME Keyring, KWallet, the Windows Credential Manager, the macOS
Keychain), under the service ``welcome-desk`` and the address's ``user@host:port/database``.
Without a working keyring an address with a password is refused: it is never written in plain
text. An address without one (peer or certificate authentication, ``~/.pgpass``,
``PGPASSWORD``) needs no keyring.

The database is chosen by ``--database``, else ``WELCOME_DESK_DATABASE``, else this setting,
else the default SQLite file in the user's data folder.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError

from welcome_desk.db.engine import DATABASE_VARIABLE, Database, describe_url, resolve_url
from welcome_desk.db.errors import environment_error_message
from welcome_desk.db.migrate import SchemaError, upgrade
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.files import file_error, write_whole
from welcome_desk.paths import AppPaths

log = logging.getLogger(__name__)

SETTINGS_FILE_NAME = "database.toml"
KEYRING_SERVICE = "welcome-desk"
_KEY = "database"
CHECK_TIMEOUT_S = 10  # how long trying a server waits for it to answer

NOT_USABLE = N_("The database address {where} is not one this program can use.")
NO_KEYRING = N_(
    "No system keyring can keep the password of {where} on this computer, and it is never "
    "written in plain text. Save the address without its password (the server then takes it "
    "from ~/.pgpass, PGPASSWORD or its own authentication), or save it from a desktop session "
    "that has a keyring (GNOME Keyring, KWallet, the Windows or macOS one)."
)
KEYRING_REFUSED = N_("The system keyring refused to keep the password of {where}: {reason}.")
PASSWORD_IN_QUERY = N_(
    "Give the password of {where} as user:password@host, not in the address's options: it is "
    "kept in the system keyring, never in the settings file."
)


class Source(StrEnum):
    """Where the database in use was chosen."""

    OPTION = "option"  # --database
    ENVIRONMENT = "environment"  # WELCOME_DESK_DATABASE
    SAVED = "saved"  # this computer's setting (welcome-desk connect, or the window's dialog)
    DEFAULT = "default"  # the SQLite file in the user's data folder


class ConnectionSettingsError(Exception):
    """The setting cannot be read or written: a sentence for the staff."""

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


@dataclass(frozen=True, slots=True)
class ChosenDatabase:
    url: URL
    source: Source

    @property
    def explicit(self) -> bool:
        """Chosen by someone (a missing folder of a SQLite file is then an error, not made)."""
        return self.source is not Source.DEFAULT


def settings_file(paths: AppPaths) -> Path:
    return paths.config_dir / SETTINGS_FILE_NAME


def parse_address(value: str) -> URL:
    """A path (a SQLite file) or a SQLAlchemy URL, as ``--database`` takes it."""
    try:
        return resolve_url(value.strip(), Path(value.strip()))
    except (ArgumentError, ValueError) as error:
        raise ConnectionSettingsError(message(NOT_USABLE, where=masked(value))) from error


def masked(value: str) -> str:
    """An address as typed, its password (``user:password@``) hidden, for messages about an
    address that could not be read."""
    return re.sub(r"(://[^/:@]*:)[^@/]*@", r"\1***@", value)


def keyring_user(url: URL) -> str:
    """The name the password is kept under in the keyring: ``user@host:port/database``."""
    port = "" if url.port is None else str(url.port)
    return f"{url.username or ''}@{url.host or ''}:{port}/{url.database or ''}"


def without_password(url: URL) -> URL:
    # URL.set(password=None) leaves the password as it is: None there means "unchanged".
    return url._replace(password=None)


# --- the keyring ---------------------------------------------------------------------------


def keyring_problem(where: str) -> Message | None:
    """None when a system keyring can keep a password here, else why not (in words)."""
    import keyring
    from keyring.backends import fail, null

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        log.warning("the system keyring could not be loaded", exc_info=True)
        return message(NO_KEYRING, where=where)
    if isinstance(backend, fail.Keyring | null.Keyring):
        return message(NO_KEYRING, where=where)
    return None


def _store_password(url: URL, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    where = describe_url(url)
    problem = keyring_problem(where)
    if problem is not None:
        raise ConnectionSettingsError(problem)
    user = keyring_user(url)
    try:
        keyring.set_password(KEYRING_SERVICE, user, password)
        kept = keyring.get_password(KEYRING_SERVICE, user)
    except NoKeyringError as error:
        raise ConnectionSettingsError(message(NO_KEYRING, where=where)) from error
    except KeyringError as error:
        reason = str(error) or type(error).__name__
        raise ConnectionSettingsError(
            message(KEYRING_REFUSED, where=where, reason=reason)
        ) from error
    if kept != password:  # a keyring that silently keeps nothing
        raise ConnectionSettingsError(message(NO_KEYRING, where=where))


def _stored_password(url: URL) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except KeyringError:
        # No keyring (or a locked one): the server will say it wants a password.
        log.warning("the database password could not be read from the system keyring")
        return None


def _forget_password(url: URL) -> None:
    """Take the password kept for ``url`` out of the keyring, if there is one and a keyring."""
    if not url.username or keyring_problem(describe_url(url)) is not None:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if keyring.get_password(KEYRING_SERVICE, keyring_user(url)) is not None:
            keyring.delete_password(KEYRING_SERVICE, keyring_user(url))
    except PasswordDeleteError:
        pass  # already gone
    except KeyringError:
        log.warning("an old database password could not be taken out of the system keyring")


# --- the setting ---------------------------------------------------------------------------


def saved_address(paths: AppPaths) -> URL | None:
    """The saved address as the file holds it (no password), or None when none is saved."""
    file = settings_file(paths)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ConnectionSettingsError(
            file_error(N_("The database setting {path} cannot be read: {reason}."), file, error)
        ) from error
    try:
        value = tomllib.loads(text).get(_KEY)
    except tomllib.TOMLDecodeError as error:
        value = None
        log.warning("the database setting is not valid TOML: %s", error)
    if not isinstance(value, str) or not value.strip():
        raise ConnectionSettingsError(
            message(
                N_(
                    "The database setting {path} is damaged; choose the database again "
                    "(welcome-desk connect, or File › Database… in the window)."
                ),
                path=str(file),
            )
        )
    return parse_address(value)


def saved_url(paths: AppPaths) -> URL | None:
    """The saved address with its password from the keyring (when one is kept there)."""
    url = saved_address(paths)
    if url is None or url.password is not None or not url.username:
        return url
    password = _stored_password(url)
    return url if password is None else url.set(password=password)


def _file_content(url: URL) -> bytes:
    address = url.render_as_string(hide_password=False)
    # A JSON string is a valid TOML basic string (the same escapes).
    return (
        "# The database this computer's Welcome Desk opens (welcome-desk connect, or File ›\n"
        "# Database… in the window). The password is in the system keyring, never here.\n"
        f"{_KEY} = {json.dumps(address, ensure_ascii=False)}\n"
    ).encode()


def saving_problem(url: URL) -> Message | None:
    """Why ``url`` could not be saved here, known before trying it: a password with no
    keyring to keep it, or a password among the address's options."""
    where = describe_url(url)
    if any(name.lower() == "password" for name in url.query):
        return message(PASSWORD_IN_QUERY, where=where)
    if url.password:
        return keyring_problem(where)
    return None


def save(paths: AppPaths, url: URL) -> None:
    """Keep ``url`` as this computer's database: its password in the system keyring first (a
    refusal saves nothing), then the address without it in the settings file."""
    problem = saving_problem(url)
    if problem is not None:
        raise ConnectionSettingsError(problem)
    bare = without_password(url)
    try:
        previous = saved_address(paths)
    except ConnectionSettingsError:
        previous = None
    if url.password:
        _store_password(bare, url.password)
    else:
        _forget_password(bare)  # an old password would otherwise be added to it
    file = settings_file(paths)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_whole(file, _file_content(bare), mode=0o600)
    except OSError as error:
        raise ConnectionSettingsError(
            file_error(N_("The database setting {path} cannot be written: {reason}."), file, error)
        ) from error
    if previous is not None and keyring_user(previous) != keyring_user(bare):
        _forget_password(previous)


def forget(paths: AppPaths) -> bool:
    """Back to the default file: the setting and its kept password removed. False when there
    was no setting."""
    try:
        previous = saved_address(paths)
    except ConnectionSettingsError:
        previous = None
    file = settings_file(paths)
    try:
        file.unlink()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise ConnectionSettingsError(
            file_error(N_("The database setting {path} cannot be removed: {reason}."), file, error)
        ) from error
    if previous is not None:
        _forget_password(previous)
    return True


# --- the choice ----------------------------------------------------------------------------


def choose_database(
    option: str | None, paths: AppPaths, *, environ: Mapping[str, str] | None = None
) -> ChosenDatabase:
    """``--database``, else ``WELCOME_DESK_DATABASE``, else the saved setting, else the
    default file. The keyring is asked only when the saved setting is the one used."""
    environment = os.environ if environ is None else environ
    if option:
        return ChosenDatabase(parse_address(option), Source.OPTION)
    variable = environment.get(DATABASE_VARIABLE)
    if variable:
        return ChosenDatabase(parse_address(variable), Source.ENVIRONMENT)
    saved = saved_url(paths)
    if saved is not None:
        return ChosenDatabase(saved, Source.SAVED)
    return ChosenDatabase(parse_address(str(paths.database_file)), Source.DEFAULT)


# --- trying it -----------------------------------------------------------------------------


def check_database(url: URL, backup_dir: Path) -> Message | None:
    """Open ``url`` and create or migrate its schema, as any first use does: None when the desk
    can work there, else why not in one sentence. A server that does not answer is given up
    after ``CHECK_TIMEOUT_S`` seconds; anything but the environment's troubles is a bug and is
    raised."""
    where = describe_url(url)
    probe = url
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        probe = url.update_query_dict({"connect_timeout": str(CHECK_TIMEOUT_S)})
    database: Database | None = None
    try:
        database = Database(probe)
        upgrade(database, backup_dir)
    except SchemaError as error:
        return message(
            N_("Cannot use the database {where}: {reason}."), where=where, reason=error.reason
        )
    except Exception as error:
        known = environment_error_message(where, error)
        if known is None:
            raise
        return known
    finally:
        if database is not None:
            database.dispose()
    return None
