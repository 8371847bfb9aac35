"""The 'accounts' and 'audit' commands: accounts made and changed from the command line (acting
as the operating-system user), and the trail of who changed what."""

from __future__ import annotations

import getpass
import io
import json
from datetime import date

import pytest

from backends import open_database
from welcome_desk.services.accounts import SignInRefused, sign_in


def with_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_an_administrator_is_added_and_the_window_can_sign_in_with_it(
    run_cli, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_stdin(monkeypatch, "a long enough secret\n")
    added = run_cli("accounts", "add", "Marie", "--name", "Marie  Curie", "--role", "administrator")
    assert added.exit_code == 0, added.err
    assert "Account marie added." in added.out
    listed = run_cli("accounts", "list")
    assert "marie" in listed.out and "Marie Curie" in listed.out
    assert "Administrator" in listed.out and "never" in listed.out
    database = open_database(database_url)
    assert sign_in(database, "marie", "a long enough secret").display_name == "Marie Curie"
    listed = json.loads(run_cli("accounts", "list", "--json").out)
    assert listed[0]["last_sign_in_at"] is not None
    database.dispose()


def test_refusals_are_one_translated_line(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    with_stdin(monkeypatch, "short\n")
    too_short = run_cli("accounts", "add", "anna", "--name", "Anna", "--role", "administrator")
    assert too_short.exit_code == 1
    assert too_short.err.strip() == "welcome-desk: A password needs at least 10 characters."
    with_stdin(monkeypatch, "a long enough secret\n")
    first = run_cli("accounts", "add", "anna", "--name", "Anna", "--role", "counter", lang="fr")
    assert first.exit_code == 1
    assert "administrat" in first.err and first.err.count("\n") == 1
    unknown = run_cli("accounts", "role", "nobody", "adviser")
    assert unknown.exit_code == 1
    assert "There is no account named nobody." in unknown.err


def test_a_forgotten_password_is_reset_from_the_command_line(
    run_cli, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_stdin(monkeypatch, "first secret pass\n")
    run_cli("accounts", "add", "admin", "--name", "Admin", "--role", "administrator")
    with_stdin(monkeypatch, "temporary secret\n")
    reset = run_cli("accounts", "reset-password", "admin")
    assert reset.exit_code == 0, reset.err
    assert "must change password" in reset.out
    database = open_database(database_url)
    with pytest.raises(SignInRefused):
        sign_in(database, "admin", "first secret pass")
    assert sign_in(database, "admin", "temporary secret").must_change_password
    database.dispose()
    # The last administrator stays one.
    demoted = run_cli("accounts", "disable", "admin")
    assert demoted.exit_code == 1 and "last active administrator" in demoted.err


def test_a_terminal_asks_the_password_twice(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    answers = iter(["one long password", "another password"])
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(answers))
    differ = run_cli("accounts", "add", "admin", "--name", "Admin", "--role", "administrator")
    assert differ.exit_code == 2 and "differ" in differ.err
    assert "No account yet" in run_cli("accounts", "list").out


def test_single_desk_mode_is_chosen_and_said(run_cli) -> None:
    assert "signs in with their own account" in run_cli("accounts", "sign-in").out
    assert "Single-desk mode" in run_cli("accounts", "sign-in", "single-desk").out
    assert "Single-desk mode" in run_cli("accounts", "list").out
    assert run_cli("accounts", "sign-in", "open").exit_code == 2  # not a mode


def test_the_audit_trail_shows_who_changed_what(run_cli) -> None:
    assert run_cli("demo", "--people", "3").exit_code == 0
    steps = json.loads(run_cli("show", "1", "--json").out)["checklist"]["steps"]
    key, before = next((s["key"], s["status"]) for s in steps if s["status"] != "done")
    assert run_cli("step", "1", key, "--status", "done").exit_code == 0
    found = run_cli("audit", "--person", "1", "--kind", "step")
    assert found.exit_code == 0, found.err
    assert "(system user)" in found.out
    assert f"status: {before} → done" in found.out
    entries = json.loads(run_cli("audit", "--person", "#1", "--json").out)
    changed = [e for e in entries if e["entity"] == "step" and "status" in e["changes"]]
    assert changed[0]["changes"]["status"][1] == "done"
    assert changed[0]["changes"]["done_on"] == [None, date.today().isoformat()]
    assert changed[0]["account_id"] is None  # the command line acts as the system user
    demo = json.loads(run_cli("audit", "--action", "demo_added", "--json").out)
    assert demo[0]["changes"]["people"] == [None, 3]


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--since", "2026-13-01"], "is not a date written YYYY-MM-DD"),
        (["--limit", "0"], "--limit is a number from 1 to"),
    ],
)
def test_bad_audit_filters_are_refused(run_cli, args: list[str], problem: str) -> None:
    result = run_cli("audit", *args)
    assert result.exit_code == 2
    assert problem in result.err


def test_ctrl_d_at_the_password_prompt_changes_nothing(
    run_cli,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def end_of_input(_prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", end_of_input)
    result = run_cli("accounts", "add", "admin", "--name", "Admin", "--role", "administrator")
    assert result.exit_code == 2
    assert result.err == "welcome-desk: No password given; nothing was changed.\n"
    assert "No account yet" in run_cli("accounts", "list").out


def test_the_audit_of_a_person_named_by_their_external_id(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("demo", "--people", "2").exit_code == 0
    assert (
        run_cli(
            "step", "DEMO-000002", "maison_internationale_welcome", "--status", "done"
        ).exit_code
        == 0
    )
    by_external = json.loads(run_cli("audit", "--person", "DEMO-000002", "--json").out)
    assert by_external == json.loads(run_cli("audit", "--person", "#2", "--json").out)
    assert by_external and {entry["person_id"] for entry in by_external} == {2}
    unknown = run_cli("audit", "--person", "NOPE-1")
    assert unknown.exit_code == 1 and "Nobody has the id NOPE-1." in unknown.err
