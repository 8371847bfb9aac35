"""A PostgreSQL server that cannot be used — unreachable, without the database, refusing the
user — is one clear line and exit code 2, never a traceback, never the password."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from backends import POSTGRES_URL


def test_unusable_postgresql_servers_are_one_clear_line(run_cli) -> None:  # type: ignore[no-untyped-def]
    cases = [("postgresql+psycopg://desk:secret@host.invalid/desk", "cannot be reached")]
    server_password = make_url(POSTGRES_URL).password if POSTGRES_URL else None
    if POSTGRES_URL is not None:  # a real server, asked for what it does not have
        server = make_url(POSTGRES_URL)
        missing = server.set(database="welcome_desk_no_such_database")
        stranger = server.set(username="welcome_desk_no_such_role", password="secret")
        cases += [
            (missing.render_as_string(hide_password=False), "does not exist on its server"),
            (stranger.render_as_string(hide_password=False), "refused the user name"),
        ]
    for where, expected in cases:
        result = run_cli("search", "x", database=where)
        assert result.exit_code == 2, result.err
        assert expected in result.err and result.err.count("\n") == 1, result.err
        assert "secret" not in result.err and "Traceback" not in result.err
        if server_password:
            assert server_password not in result.err
