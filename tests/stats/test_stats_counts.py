"""Every count of the statistics, checked against counts worked out independently.

About four hundred people over fourteen months (January 2027 to February 2028, with a new year,
a 29 February and an empty July) are registered in a real database; the `stats` command writes
the CSV and the XLSX, and every month × dimension × value of both is compared with the counts
stats_people.py computed from its own choices: nothing missing, nothing extra.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from stats_people import (
    DIMENSIONS,
    EMPTY_MONTH,
    MONTHS,
    SOURCE,
    Newcomer,
    differences,
    expected_counts,
    newcomers,
    register_people,
    whole_months,
)

from welcome_desk.db.engine import Database

PEOPLE = newcomers()
EXPECTED = expected_counts(PEOPLE)
RANGE = ("--month", MONTHS[0], "--to", MONTHS[-1])


@pytest.fixture
def registered(database: Database) -> list[Newcomer]:
    register_people(database, PEOPLE)
    return PEOPLE


def _export(run_cli, tmp_path: Path, form: str) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / f"stats.{form}"
    result = run_cli("stats", *RANGE, "--format", form, "-o", str(out), "--with-names")
    assert result.exit_code == 0, result.err
    counted = sum(p.counts for p in PEOPLE)
    assert f"{counted} arrivals from {MONTHS[0]} to {MONTHS[-1]}" in result.out
    return out


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "the contract's CSV has no BOM"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_the_data_set_covers_the_edges_it_is_meant_to() -> None:
    """The generated people hold what the counts are meant to prove (else the test proves less)."""
    inside = [p for p in PEOPLE if p.counts]
    outside = [p for p in PEOPLE if not p.counts]
    assert 380 <= len(inside) <= 450 and len(outside) >= 12
    assert {p.data.arrival_date for p in outside} >= {date(2026, 12, 31), date(2028, 3, 1)}
    arrivals = {p.data.arrival_date for p in inside}
    for day in ("2027-01-01", "2027-01-31", "2027-02-01", "2027-12-31", "2028-01-01", "2028-02-29"):
        assert date.fromisoformat(day) in arrivals
    per_month = {m: EXPECTED[(m, "total", "")] for m in MONTHS}
    assert per_month[EMPTY_MONTH] == 0
    assert all(count > 0 for month, count in per_month.items() if month != EMPTY_MONTH)
    assert sum(per_month.values()) == len(inside)
    values = {d: {p.values[d] for p in inside} for d in DIMENSIONS}
    assert values["age_band"] == {
        *("under_18", "18_20", "21_24", "25_29", "30_34", "35_44", "45_plus", "unknown")
    }
    assert values["stay_length"] == {
        *("under_3_months", "3_to_5_months", "6_to_11_months"),
        *("12_to_23_months", "24_months_or_more", "unknown"),
    }
    assert values["sex"] == {"F", "M", "X", "unknown"}
    assert values["eu"] == {"eu", "non_eu"}
    assert {"Summer school", "unknown", "erasmus_plus", "none"} <= values["programme"]
    assert {"Laboratoire CRIStAL", "unknown"} <= values["host_unit"]
    assert any(p.data.host_unit != (p.data.host_unit or "").strip() for p in inside)
    # This module's reading of a stay, on the examples of docs/statistics.md.
    assert whole_months(date(2026, 9, 1), date(2026, 11, 30)) == 2
    assert whole_months(date(2026, 9, 1), date(2026, 12, 1)) == 3


def test_csv_holds_every_month_dimension_and_value_counted(
    registered: list[Newcomer],
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    rows = _csv_rows(_export(run_cli, tmp_path, "csv"))
    assert rows[0] == ["month", "dimension", "value", "count"]
    found: dict[tuple[str, str, str], int] = {}
    for row in rows[1:]:
        assert len(row) == 4, row
        month, dimension, value, count = row
        assert count.isdigit(), row
        assert (month, dimension, value) not in found, f"twice: {row}"
        found[(month, dimension, value)] = int(count)
    assert found == EXPECTED, differences(EXPECTED, found)
    # Months in order, dimensions in the contract's order within a month.
    order = [(MONTHS.index(m), DIMENSIONS.index(d)) for m, d, _v, _c in rows[1:]]
    assert order == sorted(order)
    # Each dimension adds up to the month's total.
    for month in MONTHS:
        total = found[(month, "total", "")]
        for dimension in DIMENSIONS[1:]:
            assert (
                sum(c for (m, d, _v), c in found.items() if (m, d) == (month, dimension)) == total
            )


def _sheet_rows(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_xlsx_dimension_sheets_hold_every_count(
    registered: list[Newcomer],
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    workbook = load_workbook(_export(run_cli, tmp_path, "xlsx"), read_only=True)
    assert set(DIMENSIONS) <= set(workbook.sheetnames)
    checked = 0
    for dimension in DIMENSIONS:
        rows = _sheet_rows(workbook[dimension])
        header = rows[0]
        assert header[2:-1] == MONTHS, (dimension, header)
        assert header[0] == "Code" and header[-1] == "Total"
        expected = {
            (value, month): count
            for (month, d, value), count in EXPECTED.items()
            if d == dimension and count
        }
        values = {value for value, _month in expected}
        if dimension == "total":
            values = {""}
        found: dict[tuple[str, str], int] = {}
        seen_values = []
        for row in rows[1:]:
            value = "" if row[0] is None else row[0]
            assert isinstance(value, str), (dimension, row)
            assert row[1], f"{dimension} {value!r} has no label"
            seen_values.append(value)
            counts = row[2:-1]
            assert all(isinstance(c, int) for c in counts), (dimension, row)
            assert row[-1] == sum(counts), f"{dimension} {value!r}: the total is not the sum"
            for month, count in zip(MONTHS, counts, strict=True):
                expected_count = EXPECTED.get((month, dimension, value), 0)
                assert count == expected_count, (dimension, value, month, count, expected_count)
                checked += 1
                if count:
                    found[(value, month)] = count
        assert len(seen_values) == len(set(seen_values)), f"{dimension}: a value twice"
        assert set(seen_values) == values, differences(
            dict.fromkeys(values, "a row"),
            dict.fromkeys(seen_values, "a row"),
        )
        if dimension != "total":
            assert found == expected, differences(expected, found)
    assert checked > 1000


def _day(value: object) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]


def test_xlsx_lists_each_newcomer_with_their_values_and_the_data(
    registered: list[Newcomer],
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    workbook = load_workbook(_export(run_cli, tmp_path, "xlsx"), read_only=True)
    rows = _sheet_rows(workbook["arrivals"])
    assert len(rows) - 1 == sum(p.counts for p in PEOPLE)
    by_id = {f"{SOURCE}:{p.external_id}": p for p in PEOPLE}
    listed = set()
    for row in rows[1:]:
        person = by_id[str(row[1])]
        assert person.counts, f"{person.why or person.external_id}: arrived outside the range"
        listed.add(person.external_id)
        data = person.data
        assert row[2] == data.family_name
        assert _day(row[4]) == data.arrival_date and _day(row[5]) == data.departure_date
        assert row[6] == f"{data.arrival_date.year}-{data.arrival_date.month:02d}"
        values = dict(zip(DIMENSIONS[1:], row[7:16], strict=True))
        wanted = {d: person.values[d] for d in DIMENSIONS[1:]}
        assert values == wanted, (person.why or person.external_id, differences(wanted, values))
    assert listed == {p.external_id for p in PEOPLE if p.counts}
    data_rows = _sheet_rows(workbook["data"])
    assert data_rows[0] == ["month", "dimension", "value", "count"]
    tidy = {(m, d, v or ""): c for m, d, v, c in data_rows[1:]}
    assert len(tidy) == len(data_rows) - 1
    assert tidy == EXPECTED, differences(EXPECTED, tidy)


def test_a_stay_ending_on_the_last_day_of_a_shorter_month_counts_its_whole_months(
    database: Database,
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """31 January to 30 April is three whole calendar months (31 Jan + 3 months = 30 April, as
    the program's own calendar arithmetic has it, and the departure day is part of the stay);
    31 August to 29 February is six."""
    wanted = {
        "31 Jan to 30 April: 3 months": "3_to_5_months",
        "31 Aug to 29 Feb: 6 months": "6_to_11_months",
        "30 Nov to 29 Feb: 3 months": "3_to_5_months",
        "30 Nov to 27 Feb: 2 months": "under_3_months",
    }
    people = [p for p in PEOPLE if p.why in wanted]
    assert {p.why: p.values["stay_length"] for p in people} == wanted
    register_people(database, people)
    rows = _csv_rows(_export_people(run_cli, tmp_path))
    found = {(m, v): int(c) for m, d, v, c in rows[1:] if d == "stay_length"}
    expected: dict[tuple[str, str], int] = {}
    for person in people:
        key = (person.data.arrival_date.strftime("%Y-%m"), person.values["stay_length"])
        expected[key] = expected.get(key, 0) + 1
    assert found == expected, differences(expected, found)


def _export_people(run_cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / "few.csv"
    result = run_cli("stats", *RANGE, "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.err
    return out
