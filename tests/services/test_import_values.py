"""The value parsers the import relies on (domain/values.py), at their edges."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from welcome_desk.domain.values import (
    InvalidDate,
    NotACalendarDate,
    age_on,
    clean_text,
    parse_date,
    parse_email,
    parse_language,
    parse_phone,
    parse_whole_number,
)
from welcome_desk.services.importing import open_import_file
from welcome_desk.services.importing.xlsx import cell_text, date_cell_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-09-01", date(2026, 9, 1)),
        (" 01/09/2026 ", date(2026, 9, 1)),
        ("1/9/2026", date(2026, 9, 1)),
        ("29/02/2028", date(2028, 2, 29)),
        # Date-times as spreadsheets and mobility systems export them: the time is left out.
        ("2000-01-01 00:00:00", date(2000, 1, 1)),
        ("2026-09-01T00:00:00", date(2026, 9, 1)),
        ("2026-09-01 14:30", date(2026, 9, 1)),
        ("2026-09-01 00:00:00.000", date(2026, 9, 1)),
        ("01/09/2026 00:00", date(2026, 9, 1)),
        # Real days of the calendar, however unlikely: the import's rules say why they are refused.
        ("3000-09-01", date(3000, 9, 1)),
        ("0026-01-01", date(26, 1, 1)),
    ],
)
def test_accepted_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["01/02/26", "2026/09/01", "1 sept. 2026", "09-01-2026", "x", "2026-09-01 00:00 UTC",
     "2026-09-01 midnight", "2026-09-0100:00"],
)  # fmt: skip
def test_dates_in_another_form(text: str) -> None:
    with pytest.raises(InvalidDate) as refused:
        parse_date(text)
    assert not isinstance(refused.value, NotACalendarDate)


@pytest.mark.parametrize(
    "text", ["31/02/2026", "2026-13-01", "29/02/2027", "0000-01-01", "2026-09-01 24:00:00",
             "01/09/2026 12:60"]
)  # fmt: skip
def test_dates_that_are_not_on_the_calendar(text: str) -> None:
    with pytest.raises(NotACalendarDate):
        parse_date(text)


def test_age_counts_whole_years_reached() -> None:
    assert age_on(date(2008, 9, 1), date(2026, 9, 1)) == 18
    assert age_on(date(2008, 9, 2), date(2026, 9, 1)) == 17
    assert age_on(date(2004, 2, 29), date(2026, 2, 28)) == 21
    assert age_on(date(2004, 2, 29), date(2026, 3, 1)) == 22


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+33 6 12 34 56 78", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("0033612345678", "+33612345678"),
        ("33612345678", "+33612345678"),  # an Excel number: the + was lost
        ("612345678", "+33612345678"),  # an Excel number: the leading 0 was lost
        ("5511912345678", "+5511912345678"),
        ("+1 202 555 0143", "+12025550143"),
        ("12345", None),
        ("+33 6 12", None),
        ("call me", None),
    ],
)
def test_phone_numbers_are_stored_in_e164(text: str, expected: str | None) -> None:
    assert parse_phone(text) == expected


def test_email_is_normalised_without_asking_the_network() -> None:
    assert parse_email(" Anna.Schmidt@Example.ORG ") == "Anna.Schmidt@example.org"
    assert parse_email("anna@") is None
    assert parse_email("anna.example.org") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("FR", "fr"), (" de ", "de"), ("anglais", "en"), ("English", "en"), ("xx", None),
     ("fra", None), ("", None),
     # Tags with a region or a script, as systems and browsers write them.
     ("fr-FR", "fr"), ("pt_BR", "pt"), ("EN", "en"), ("en-gb", "en"), ("zh-Hans-CN", "zh"),
     ("es-419", "es"), ("xx-XX", None), ("fr-", None), ("fr-F", None), ("fra-FR", None),
     ("fr_FR.UTF-8", None)],
)  # fmt: skip
def test_languages_are_iso_639_1(text: str, expected: str | None) -> None:
    assert parse_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0", 0), ("2", 2), ("2.0", 2), ("2,00", 2), ("-1", None), ("1.5", None), ("two", None)],
)
def test_whole_numbers(text: str, expected: int | None) -> None:
    assert parse_whole_number(text) == expected


def test_clean_text_joins_lines_and_composes_accents() -> None:
    assert clean_text("  Laboratoire\r\n Paul\tPainleve\u0301 ") == "Laboratoire Paul Painlevé"


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), (123, "123"), (123.0, "123"), (33612345678.0, "33612345678"), (1.5, "1.5"),
     (date(2026, 9, 1), "2026-09-01"), (True, "TRUE"), ("  as typed ", "  as typed ")],
)  # fmt: skip
def test_workbook_cells_become_the_text_the_staff_typed(value: object, text: str) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(46266, "2026-09-01"), (46266.0, "2026-09-01"), (46266.75, "2026-09-01"),
     (36892, "2001-01-01"), (73415, "2100-12-31"),
     (2101, "1905-10-01"),  # the first number taken for a date
     (2100, "2100"), (1998, "1998"),  # a year typed alone is no serial date
     (73416, "73416"), (612345678, "612345678"), (-5, "-5"), (True, "TRUE"),
     ("46266", "46266"), (date(2026, 9, 1), "2026-09-01"), (None, "")],
)  # fmt: skip
def test_numbers_in_date_columns_are_excel_serial_dates(value: object, text: str) -> None:
    assert date_cell_text(value) == text


def test_serial_dates_of_a_1904_workbook() -> None:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    assert date_cell_text(44804, CALENDAR_MAC_1904) == "2026-09-01"


def test_a_bom_before_windows_1252_bytes_does_not_stick_to_the_first_header(
    tmp_path: Path,
) -> None:
    file = tmp_path / "mixed.csv"
    file.write_bytes(
        b"\xef\xbb\xbfexternal_id;family_name;nationality;category;arrival_date\r\n"
        + "W-1;Lefèvre;FR;student;2026-09-01\r\n".encode("cp1252")
    )
    imported = open_import_file(file)
    assert imported.table.headers[0] == "external_id"
    assert imported.table.rows[0].values[1] == "Lefèvre"
