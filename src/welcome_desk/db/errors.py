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
_BY_TEXT = [
    (("locked", "busy"), "busy"),
    (("not a database", "malformed", "corrupt"), "damaged"),
    (("readonly", "read-only", "permission denied"), "read_only"),
    (("disk is full", "database or disk is full", "no space left"), "full"),
    (("unable to open", "no such file", "no folder"), "cannot_open"),
    (("connection refused", "could not connect", "server closed", "timeout expired"), "server"),
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
}


def _kind(error: BaseException) -> str | None:
    original = error.orig if isinstance(error, DBAPIError) else error
    name = getattr(original, "sqlite_errorname", "")
    for prefix, kind in _BY_NAME.items():
        if name.startswith(prefix):
            return kind
    text = str(original).lower()
    for needles, kind in _BY_TEXT:
        if any(needle in text for needle in needles):
            return kind
    return None


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
