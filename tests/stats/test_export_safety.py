"""No cell of a statistics export is ever a formula (docs/statistics.md, "Export safety").

Names, host units and programmes are typed by people or come from other systems: text a
spreadsheet would run (``=HYPERLINK(…)``, ``+cmd|…``, ``-2+3``, ``@SUM(…)``, a leading tab) must
reach the CSV behind an apostrophe and the XLSX as text cells, whole.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from welcome_desk.db.engine import Database
from welcome_desk.domain.person import PersonData
from welcome_desk.i18n import translator
from welcome_desk.services.people import register_many
from welcome_desk.stats.compute import MonthRange, compute
from welcome_desk.stats.exports import export

HYPERLINK = '=HYPERLINK("http://x","y")'
CMD = "+cmd|' /C calc'!A0"
MINUS = "-2+3"
AT_SUM = "@SUM(A1:A2)"
TAB = "\t=1+2"
RISKY = (HYPERLINK, CMD, MINUS, AT_SUM, TAB)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# (family name, given names, host unit, programme): every risky text in every place.
PEOPLE = [
    (HYPERLINK, CMD, HYPERLINK, CMD),
    (MINUS, AT_SUM, MINUS, AT_SUM),
    (CMD, TAB, AT_SUM, MINUS),
    (AT_SUM, HYPERLINK, CMD, HYPERLINK),
    (TAB, MINUS, "\t" + HYPERLINK, " " + AT_SUM),
    ("Ordinaire", "Anne", "Faculté de droit", "erasmus_plus"),
]


@pytest.fixture
def risky_people(database: Database) -> list[PersonData]:
    people = [
        PersonData(
            family_name=family,
            given_names=given,
            nationality="BE",
            category="student",
            arrival_date=date(2027, 9, 1 + index),
            host_unit=unit,
            programme=programme,
        )
        for index, (family, given, unit, programme) in enumerate(PEOPLE)
    ]
    with database.writing() as session:
        register_many(session, [(f"R{i}", p) for i, p in enumerate(people)], source="safety")
    return people


def _stats_command(run_cli, tmp_path: Path, form: str) -> bytes:  # type: ignore[no-untyped-def]
    out = tmp_path / f"stats.{form}"
    result = run_cli(
        "stats",
        "--month",
        "2027-08",
        "--to",
        "2027-10",
        "--format",
        form,
        "-o",
        str(out),
        "--with-names",
    )
    assert result.exit_code == 0, result.err
    return out.read_bytes()


def _check_csv(content: bytes) -> None:
    text = content.decode("utf-8")
    # As a spreadsheet reads it: no field of the text starts a formula...
    rows = list(csv.reader(io.StringIO(text, newline="")))
    fields = [field for row in rows for field in row]
    risky = [field for field in fields if field.startswith(FORMULA_STARTS)]
    assert not risky, risky
    # ...not even before the csv module's unquoting (a field starts a line or follows a comma).
    assert not re.search(r'(^|,)"?[=+\-@\t\r]', text, flags=re.MULTILINE), text
    # The text is whole, behind the apostrophe: host units and programmes, spaces around removed.
    values = {row[2] for row in rows[1:] if row[1] in ("host_unit", "programme")}
    typed = {text.strip() for _f, _g, unit, programme in PEOPLE for text in (unit, programme)}
    assert {HYPERLINK, CMD, MINUS, AT_SUM} <= typed
    assert values == {"'" + text if text in RISKY else text for text in typed}
    assert "Faculté de droit" in values and "erasmus_plus" in values  # ordinary text as it is


def _check_xlsx(content: bytes, people: list[PersonData]) -> None:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            formula = re.search(r"<(\w+:)?f[ >/]", archive.read(name).decode("utf-8"))
            assert formula is None, f"{name} holds a formula element"
    workbook = load_workbook(io.BytesIO(content))
    texts = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    if cell.value.startswith(FORMULA_STARTS):
                        assert cell.data_type in ("s", "inlineStr"), (sheet.title, cell.coordinate)
    for risky_text in RISKY:  # each is a name somewhere, kept whole (a tab included)
        assert risky_text in texts, risky_text
    # The list of arrivals holds each name exactly as registered, and the stripped host unit.
    arrivals = [list(row) for row in workbook["arrivals"].iter_rows(values_only=True)]
    header = arrivals[0]
    rows = {
        (row[header.index("Family name")], row[header.index("Given names")]): row
        for row in arrivals[1:]
    }
    for person in people:
        row = rows[(person.family_name, person.given_names)]
        assert row[header.index("Faculty or laboratory")] == (person.host_unit or "").strip()
        assert row[header.index("Programme")] == (person.programme or "").strip()
    host_units = [row[0] for row in workbook["host_unit"].iter_rows(min_row=2, values_only=True)]
    assert set(host_units) == {(unit or "").strip() for _f, _g, unit, _p in PEOPLE}


def test_the_stats_command_writes_no_formula_in_the_csv(
    risky_people: list[PersonData],
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    _check_csv(_stats_command(run_cli, tmp_path, "csv"))


def test_the_stats_command_writes_no_formula_in_the_xlsx(
    risky_people: list[PersonData],
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    _check_xlsx(_stats_command(run_cli, tmp_path, "xlsx"), risky_people)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_exports_module_writes_no_formula(
    risky_people: list[PersonData], database: Database, language: str
) -> None:
    with database.session() as session:
        stats = compute(session, MonthRange.parse("2027-09"))
    assert len(stats.arrivals) == len(PEOPLE)
    _check_csv(export(stats, "csv", translator(language), language))
    if language == "en":  # the checks read the English headers of the list of arrivals
        _check_xlsx(
            export(stats, "xlsx", translator(language), language, with_names=True), risky_people
        )
    else:
        content = export(stats, "xlsx", translator(language), language)
        for sheet in load_workbook(io.BytesIO(content)).worksheets:
            for row in sheet.iter_rows():
                assert all(cell.data_type != "f" for cell in row), sheet.title
