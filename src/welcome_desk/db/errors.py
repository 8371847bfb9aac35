"""Telling environment errors (busy, damaged, read-only, full, missing) from bugs, for messages.

The first get a clear sentence for the staff; anything else is a bug and is not dressed up.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from welcome_desk.domain.messages import N_, Message, message

# SQLite's own error names (Python 3.11+) first; the text of the error as a last resort.
_BY_NAME = {
    "SQLITE_BUSY": "busy",
    "SQLITE_LOCKED": "busy",
    "SQLITE_NOTADB": "damaged",
    "SQLITE_CORRUPT": "damaged",
    "SQLITE_READONLY": "read_only",
    "SQLITE_PERM": "read_only",
    "SQLITE_FULL": "full",
    "SQLITE_CANTOPEN": "cannot_open",
    "SQLITE_IOERR": "io",
}
# PostgreSQL's error codes (SQLSTATE), whole or by their class (the first two characters).
_BY_SQLSTATE = {
    "55P03": "busy",  # lock_not_available: the lock timeout passed
    "40P01": "busy",  # deadlock_detected
    "57014": "busy",  # query_canceled (a statement timeout)
    "25006": "read_only",  # read_only_sql_transaction: a standby, or a read-only database
    "42501": "read_only",  # insufficient_privilege
    "53100": "full",  # disk_full
    "58030": "io",  # io_error
    "3D000": "missing",  # invalid_catalog_name
    "28": "refused",  # invalid authorisation: unknown user, wrong password
    "08": "server",  # connection exceptions
    "57P": "server",  # the server shutting down, or restarting
}
_BY_TEXT = [
    (("locked", "busy"), "busy"),
    (("not a database", "malformed", "corrupt"), "damaged"),
    (("readonly", "read-only", "permission denied"), "read_only"),
    (("disk is full", "database or disk is full", "no space left"), "full"),
    (("unable to open", "no such file", "no folder"), "cannot_open"),
    (
        ("password authentication failed", "no password supplied", ("role", "does not exist")),
        "refused",
    ),
    ((("database", "does not exist"),), "missing"),
    (
        (
            "connection refused",
            "could not connect",
            "server closed",
            "timeout expired",
            "failed to resolve host",
            "could not translate host name",
            "name or service not known",
        ),
        "server",
    ),
]
_TEMPLATES = {
    "busy": N_("The database {where} is busy (locked by another program); try again."),
    "damaged": N_("The file {where} is not a usable database (damaged or of another kind)."),
    "read_only": N_("The database {where} cannot be written (read-only or no permission)."),
    "full": N_("The disk holding {where} is full."),
    "cannot_open": N_(
        "The database {where} cannot be opened (the folder is missing or not allowed)."
    ),
    "io": N_("The disk holding {where} could not be read or written."),
    "server": N_("The database server {where} cannot be reached; check the network and retry."),
    "missing": N_("The database {where} does not exist on its server."),
    "refused": N_("The database server {where} refused the user name or password."),
}


def _kind(error: BaseException) -> str | None:
    original = error.orig if isinstance(error, DBAPIError) else error
    name = getattr(original, "sqlite_errorname", "")
    for prefix, kind in _BY_NAME.items():
        if name.startswith(prefix):
            return kind
    state = getattr(original, "sqlstate", None) or ""
    if state:  # the server said what it was: its text could mislead ('column "role" …')
        codes = (state, state[:3], state[:2])
        return next((_BY_SQLSTATE[code] for code in codes if code in _BY_SQLSTATE), None)
    text = str(original).lower()
    for needles, kind in _BY_TEXT:
        # A needle is a phrase, or words that must all be there ("role … does not exist").
        if any(all(word in text for word in _words(needle)) for needle in needles):
            return kind
    return None


def _words(needle: str | tuple[str, ...]) -> tuple[str, ...]:
    return (needle,) if isinstance(needle, str) else needle


def environment_error_message(where: str, error: BaseException) -> Message | None:
    """A sentence for the staff when ``error`` comes from the environment, else None (a bug)."""
    if isinstance(error, NoSuchModuleError | ArgumentError):
        return message(
            N_("The database address {where} is not one this program can use."), where=where
        )
    if isinstance(error, ModuleNotFoundError):  # the URL names a driver that is not installed
        if (error.name or "").startswith("psycopg"):
            return message(
                N_(
                    "PostgreSQL support is not installed here: "
                    "pip install 'welcome-desk[postgres]'."
                )
            )
        return message(
            N_("The database address {where} is not one this program can use."), where=where
        )
    if isinstance(error, DBAPIError | sqlite3.Error | OSError):
        kind = _kind(error)
        if kind is not None:
            return message(_TEMPLATES[kind], where=where)
        if isinstance(error, OSError):
            return message(_TEMPLATES["cannot_open"], where=where)
    return None
