"""The 'stats' command's contract (cli.md, docs/statistics.md): the CSV's header and months, the
three formats, exit codes and one clear line on stderr for bad input, never a traceback."""

from __future__ import annotations

import csv
import io
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.domain.person import PersonData
from welcome_desk.services.people import register, register_many


@pytest.fixture
def arrivals(database: Database) -> None:
    """Five people: two in November 2026, one on 31 December, one on 1 January 2027, one in
    March 2027 (none in February)."""
    days = [date(2026, 11, 2), date(2026, 11, 30), date(2026, 12, 31), date(2027, 1, 1)]
    people = [
        PersonData(
            family_name=f"Personne{n}",
            nationality=nationality,
            category="student",
            arrival_date=day,
            sex="F",
        )
        for n, (day, nationality) in enumerate(
            zip([*days, date(2027, 3, 15)], ["DE", "MA", "CN", "BR", "DE"], strict=True)
        )
    ]
    with database.writing() as session:
        register_many(session, [(f"C{n}", p) for n, p in enumerate(people)], source="cli")


def _stats(run_cli, *args: str):  # type: ignore[no-untyped-def]
    """The command run in-process; a traceback fails the test (a user error never has one)."""
    try:
        return run_cli("stats", *args)
    except Exception as error:  # pragma: no cover - reached only when the command is broken
        pytest.fail(f"stats {' '.join(args)} raised {error!r} instead of a clear line")


def _one_clear_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, (result.exit_code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("welcome-desk: ") and "Traceback" not in result.err
    assert result.out == ""
    return lines[0]


def _csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


def test_csv_has_the_contract_header_and_every_month_with_its_total(
    arrivals: None,
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = tmp_path / "stats.csv"
    result = _stats(
        run_cli, "--month", "2026-10", "--to", "2027-04", "--format", "csv", "-o", str(out)
    )
    assert result.exit_code == 0, result.err
    assert result.out.strip() == (
        f"5 arrivals from 2026-10 to 2027-04: statistics written to {out}."
    )
    assert result.err == ""
    assert b"\r\n" in out.read_bytes()
    rows = _csv(out)
    assert rows[0] == ["month", "dimension", "value", "count"]
    totals = [(m, int(c)) for m, d, v, c in rows[1:] if d == "total" and v == ""]
    assert totals == [
        ("2026-10", 0),
        ("2026-11", 2),
        ("2026-12", 1),
        ("2027-01", 1),
        ("2027-02", 0),
        ("2027-03", 1),
        ("2027-04", 0),
    ]
    months = [row[0] for row in rows[1:]]
    assert months == sorted(months)
    assert ["2026-11", "nationality", "MA", "1"] in rows
    assert ["2027-03", "nationality", "DE", "1"] in rows
    # A month with no arrival has its total and nothing else.
    assert [row for row in rows[1:] if row[0] == "2027-02"] == [["2027-02", "total", "", "0"]]


def test_one_month_when_to_is_not_given_and_the_file_is_replaced(
    arrivals: None,
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = tmp_path / "stats.csv"
    out.write_text("an older file\n")
    result = _stats(run_cli, "--month", "2026-11", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.err
    rows = _csv(out)
    assert {row[0] for row in rows[1:]} == {"2026-11"}
    assert ["2026-11", "total", "", "2"] in rows
    assert not list(tmp_path.glob(".*.part"))  # written whole: no temporary file left


def test_xlsx_and_pdf_are_written(
    arrivals: None,
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    xlsx = tmp_path / "stats.xlsx"
    result = _stats(
        run_cli, "--month", "2026-11", "--to", "2027-03", "--format", "xlsx", "-o", str(xlsx)
    )
    assert result.exit_code == 0, result.err
    assert xlsx.read_bytes().startswith(b"PK")

    pdf = tmp_path / "stats.pdf"
    result = _stats(
        run_cli, "--month", "2026-11", "--to", "2027-03", "--format", "pdf", "-o", str(pdf)
    )
    assert result.exit_code == 0, result.err
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2026" in text and "2027" in text, text[:500]


@pytest.mark.parametrize(
    "month",
    [
        "2026-13",
        "2026-00",
        "2026/01",
        "janvier",
        "",
        "2026-01-15",
        "26-01",  # not YYYY-MM: the year 26 would be counted, silently empty
    ],
)
def test_a_month_that_is_not_yyyy_mm_is_one_clear_line(
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    month: str,
) -> None:
    out = tmp_path / "stats.csv"
    line = _one_clear_line(_stats(run_cli, "--month", month, "--format", "csv", "-o", str(out)))
    assert "YYYY-MM" in line and month in line
    assert not out.exists()


def test_the_last_month_of_the_calendar_is_no_traceback(
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """December 9999 is a month like another (or refused in one line), never a crash."""
    out = tmp_path / "stats.csv"
    result = _stats(run_cli, "--month", "9999-12", "--format", "csv", "-o", str(out))
    if result.exit_code == 0:
        assert _csv(out)[1:] == [["9999-12", "total", "", "0"]]
    else:
        _one_clear_line(result)


def test_to_before_month_is_one_clear_line(
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = tmp_path / "stats.csv"
    line = _one_clear_line(
        _stats(run_cli, "--month", "2027-03", "--to", "2027-02", "--format", "csv", "-o", str(out))
    )
    assert "2027-03" in line and "2027-02" in line
    assert not out.exists()


def test_a_missing_output_folder_is_one_clear_line(
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = tmp_path / "no such folder" / "stats.csv"
    line = _one_clear_line(_stats(run_cli, "--month", "2027-01", "--format", "csv", "-o", str(out)))
    assert str(out) in line
    assert not out.parent.exists()


def test_an_output_that_is_a_folder_is_one_clear_line(
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    line = _one_clear_line(
        _stats(run_cli, "--month", "2027-01", "--format", "xlsx", "-o", str(folder))
    )
    assert str(folder) in line
    assert list(folder.iterdir()) == []


def test_at_most_120_months(
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = tmp_path / "stats.csv"
    line = _one_clear_line(
        _stats(run_cli, "--month", "2020-01", "--to", "2030-01", "--format", "csv", "-o", str(out))
    )
    assert "120" in line
    assert not out.exists()
    result = _stats(
        run_cli, "--month", "2020-01", "--to", "2029-12", "--format", "csv", "-o", str(out)
    )
    assert result.exit_code == 0, result.err
    totals = [row[0] for row in _csv(out)[1:] if row[1] == "total"]
    assert len(totals) == 120 and totals[0] == "2020-01" and totals[-1] == "2029-12"


def test_an_unknown_format_or_a_missing_option_is_a_usage_error(
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = str(tmp_path / "stats.ods")
    result = _stats(run_cli, "--month", "2027-01", "--format", "ods", "-o", out)
    assert result.exit_code == 2 and "ods" in result.err
    for missing in (["--format", "csv", "-o", out], ["--month", "2027-01", "-o", out]):
        result = _stats(run_cli, *missing)
        assert result.exit_code == 2 and result.err, missing
    assert not Path(out).exists()


def test_the_clear_line_is_in_the_staffs_language(
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = tmp_path / "stats.csv"
    english = _one_clear_line(
        _stats(run_cli, "--month", "2026-13", "--format", "csv", "-o", str(out))
    )
    result = run_cli("stats", "--month", "2026-13", "--format", "csv", "-o", str(out), lang="fr")
    french = _one_clear_line(result)
    assert "2026-13" in french and french != english


def test_the_workbook_names_nobody_unless_asked(
    run_cli, database: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Data minimisation: the statistics go out of the desk; names only with --with-names."""
    from openpyxl import load_workbook

    with database.writing() as session:
        register(
            session,
            PersonData(
                family_name="Kowalska",
                given_names="Zofia",
                nationality="PL",
                category="student",
                arrival_date=date(2027, 1, 10),
            ),
            external_id="ERA-77",
        )
    plain, named = tmp_path / "plain.xlsx", tmp_path / "named.xlsx"
    assert (
        run_cli("stats", "--month", "2027-01", "--format", "xlsx", "-o", str(plain)).exit_code == 0
    )
    result = run_cli(
        "stats", "--month", "2027-01", "--format", "xlsx", "-o", str(named), "--with-names"
    )
    assert result.exit_code == 0
    assert "1 arrivals in 2027-01" in result.out

    def cells(path: Path) -> set[object]:
        book = load_workbook(path, read_only=True)
        return {v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row}

    assert not {"Kowalska", "Zofia", "demo:ERA-77", "imported:ERA-77"} & cells(plain)
    assert {"Kowalska", "Zofia"} <= cells(named)
    assert stat.S_IMODE(named.stat().st_mode) == 0o600  # names: owner only, like the database
