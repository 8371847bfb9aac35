"""'migrate-to': a desk's SQLite file copied into an empty database (a PostgreSQL server's when
the tests run against one), with the same people, statistics and search results afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from backends import ON_POSTGRES, Databases, open_database
from welcome_desk.services.transfer import tables


def counts(where: str) -> dict[str, int]:
    database = open_database(where)
    with database.session() as session:
        found = {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in tables()}
    database.dispose()
    return found


@pytest.fixture
def local(run_cli, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """A desk's SQLite file with demo people, edits, an account and audit entries."""
    path = str(tmp_path / "local.sqlite3")
    assert run_cli("demo", "--people", "300", database=path).exit_code == 0
    steps = json.loads(run_cli("show", "7", "--json", database=path).out)["checklist"]["steps"]
    key = next(s["key"] for s in steps if s["status"] != "done")
    assert run_cli("step", "7", key, "--status", "done", database=path).exit_code == 0
    return path


def test_a_desk_database_is_copied_whole_into_an_empty_one(
    run_cli,
    local: str,
    databases: Databases,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    target = databases.new()
    result = run_cli("migrate-to", target, database=local)
    assert result.exit_code == 0, result.err
    assert "People copied: 300 " in result.out
    secret = make_url(target).password if "://" in target else None
    assert secret is None or str(secret) not in result.out + result.err  # never shown
    before, after = counts(local), counts(target)
    audit_rows = after.pop("audit_entries")
    assert audit_rows == before.pop("audit_entries") + 1  # the copy's own entry
    assert after == before and after["people"] == 300 and after["checklist_steps"] > 5_000
    # The same statistics, the same search results, the same person file.
    for where in (local, target):
        out = tmp_path / f"stats-{len(where)}-{where[-6:].replace('/', '_')}.csv"
        made = run_cli(
            "stats",
            "--month",
            "2025-09",
            "--to",
            "2026-12",
            "--format",
            "csv",
            "-o",
            str(out),
            database=where,
        )
        assert made.exit_code == 0, made.err
    local_stats, target_stats = sorted(tmp_path.glob("stats-*.csv"))
    assert local_stats.read_text() == target_stats.read_text()
    for query in ("nguyen", "elodie", "王", "DEMO-0001"):
        assert (
            run_cli("search", query, "--json", database=local).out
            == run_cli("search", query, "--json", database=target).out
        )
    shown = [json.loads(run_cli("show", "7", "--json", database=w).out) for w in (local, target)]
    assert shown[0] == shown[1]
    copied = json.loads(run_cli("audit", "--action", "copied_in", "--json", database=target).out)
    assert copied[0]["changes"]["people"] == [None, 300]
    # The copy goes on numbering after the copied ids (PostgreSQL's sequences moved).
    assert run_cli("demo", "--people", "2", database=target).exit_code == 0
    assert counts(target)["people"] == 302


def test_a_database_that_is_not_empty_is_refused_and_left_alone(
    run_cli,
    local: str,
    databases: Databases,  # type: ignore[no-untyped-def]
) -> None:
    target = databases.new()
    assert run_cli("demo", "--people", "5", database=target).exit_code == 0
    before = counts(target)
    result = run_cli("migrate-to", target, database=local)
    assert result.exit_code == 1
    assert "is not empty" in result.err and "nothing was copied" in result.err
    assert counts(target) == before


def test_bad_targets_are_one_clear_line(run_cli, local: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    itself = run_cli("migrate-to", local, database=local)
    assert itself.exit_code == 1 and "cannot be copied into itself" in itself.err
    nowhere = run_cli(
        "migrate-to", str(tmp_path / "no" / "such" / "folder.sqlite3"), database=local
    )
    assert nowhere.exit_code == 2 and nowhere.err.count("\n") == 1
    bogus = run_cli("migrate-to", "nosuchdriver://x", database=local)
    assert bogus.exit_code == 2 and "not one this program can use" in bogus.err


@pytest.mark.skipif(not ON_POSTGRES, reason="copies into the PostgreSQL server of the test run")
def test_ten_thousand_people_reach_postgresql_with_identical_statistics(
    run_cli,
    databases: Databases,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    local = str(tmp_path / "desk.sqlite3")
    assert run_cli("demo", "--people", "10000", database=local).exit_code == 0
    target = databases.new()
    copied = run_cli("migrate-to", target, database=local)
    assert copied.exit_code == 0, copied.err
    assert "People copied: 10000 " in copied.out
    exports = []
    for form in ("csv", "xlsx"):
        for n, where in enumerate((local, target)):
            out = tmp_path / f"stats-{n}.{form}"
            made = run_cli(
                "stats",
                "--month",
                "2025-09",
                "--to",
                "2026-12",
                "--format",
                form,
                "-o",
                str(out),
                database=where,
            )
            assert made.exit_code == 0, made.err
            exports.append(out)
    csv_local, csv_server = (p.read_text(encoding="utf-8") for p in exports[:2])
    assert csv_local == csv_server and csv_local.count("\n") > 1_000
    import openpyxl

    sheets = [openpyxl.load_workbook(p, read_only=True) for p in exports[2:]]
    for name in sheets[0].sheetnames:
        rows = [list(book[name].iter_rows(values_only=True)) for book in sheets]
        assert rows[0] == rows[1], name
