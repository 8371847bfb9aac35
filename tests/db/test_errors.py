"""A PostgreSQL server's troubles get the same clear sentences as a SQLite file's: told apart by
the error's SQLSTATE code, or by its text when the connection itself failed (no code then)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from welcome_desk.db.errors import environment_error_message


class ServerError(Exception):
    """What psycopg raises: a message, and the SQLSTATE code when the server sent one."""

    def __init__(self, text: str, sqlstate: str | None = None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("text", "sqlstate", "said"),
    [
        ("canceling statement due to lock timeout", "55P03", "is busy (locked by another"),
        ("deadlock detected", "40P01", "is busy (locked by another"),
        ("cannot execute INSERT in a read-only transaction", "25006", "cannot be written"),
        ("permission denied for table people", "42501", "cannot be written"),
        ("could not extend file: No space left on device", "53100", "is full"),
        ("terminating connection due to administrator command", "57P01", "cannot be reached"),
        ("server closed the connection unexpectedly", "08006", "cannot be reached"),
        ('password authentication failed for user "desk"', "28P01", "refused the user name"),
        (
            'connection failed: connection to server at "127.0.0.1", port 5432 failed: '
            'FATAL:  database "desk" does not exist',
            None,
            "does not exist on its server",
        ),
        (
            'connection failed: connection to server at "127.0.0.1", port 5432 failed: '
            'FATAL:  role "desk" does not exist',
            None,
            "refused the user name",
        ),
        (
            'connection failed: connection to server at "127.0.0.1", port 5432 failed: '
            "Connection refused",
            None,
            "cannot be reached",
        ),
        (
            "failed to resolve host 'db.example': [Errno -2] Name or service not known",
            None,
            "cannot be reached",
        ),
    ],
)
def test_a_server_trouble_is_a_clear_sentence(text: str, sqlstate: str | None, said: str) -> None:
    error = OperationalError("SELECT …", {}, ServerError(text, sqlstate))
    where = "postgresql+psycopg://desk@db.example/desk"
    found = environment_error_message(where, error)
    assert found is not None and said in str(found) and where in str(found)


@pytest.mark.parametrize(
    ("text", "sqlstate"),
    [('column "role" does not exist', "42703"), ('relation "people" does not exist', "42P01")],
)
def test_a_bug_is_not_dressed_up_as_a_server_trouble(text: str, sqlstate: str) -> None:
    error = OperationalError("SELECT …", {}, ServerError(text, sqlstate))
    assert environment_error_message("postgresql+psycopg://db.example/desk", error) is None
