"""The files the desk really receives: Excel's French CSV, Windows-1252, XLSX, and unusable ones."""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from welcome_desk.db.engine import Database
from welcome_desk.db.models import ExternalId, Person
from welcome_desk.services.importing import ImportFileError, import_file, open_import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
TODAY = date(2026, 11, 22)


def stored(database: Database, *names: str) -> dict[str, tuple[object, ...]]:
    """``names`` of every person, by external id."""
    with database.session() as session:
        rows = session.execute(select(ExternalId.value, Person).join(ExternalId.person)).all()
        return {value: tuple(getattr(person, name) for name in names) for value, person in rows}


def test_french_excel_export_imports_cleanly(database: Database) -> None:
    data = (DATA / "export_excel_fr.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and b"\r\n" in data and b";" in data

    report = import_file(database, DATA / "export_excel_fr.csv", today=TODAY)

    assert (report.created, report.rejected, report.ignored_columns) == (6, 0, ())
    assert report.delimiter == ";"
    assert report.headers[2] == "Prénoms"  # the BOM is not part of the first header either
    assert report.headers[0] == "Identifiant"
    names = ("family_name", "nationality", "category", "programme", "arrival_date", "sex")
    assert stored(database, *names) == {
        "INS-2026-001": ("Becker", "DE", "student", "erasmus_plus", date(2026, 9, 1), "M"),
        "INS-2026-002": ("Li", "CN", "student", "government_scholarship", date(2026, 9, 1), "F"),
        "INS-2026-003": ("Kouassi", "CI", "researcher", "bilateral", date(2026, 9, 15), "F"),
        "INS-2026-004": ("Benali", "MA", "teacher", None, date(2026, 10, 5), "M"),
        "INS-2026-005": ("Silva", "BR", "student", "erasmus_mundus", date(2026, 9, 1), "F"),
        "INS-2026-006": ("Nguyễn", "VN", "student", "none", date(2026, 9, 1), "F"),
    }
    details = stored(database, "date_of_birth", "departure_date", "phone", "preferred_language")
    assert details["INS-2026-002"] == (date(1999, 11, 22), date(2027, 6, 30), "+33612345678", "zh")
    assert details["INS-2026-004"] == (date(1980, 8, 8), None, None, "fr")
    assert details["INS-2026-005"][2] == "+5511912345678"


def test_windows_1252_file_keeps_its_accents(database: Database) -> None:
    raw = (DATA / "windows1252.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")

    report = import_file(database, DATA / "windows1252.csv", today=TODAY)

    assert (report.created, report.rejected) == (4, 0)
    assert stored(database, "family_name", "given_names", "nationality") == {
        "W-1": ("Lefèvre", "Éloïse", "FR"),
        "W-2": ("Müller", "Jürgen", "AT"),
        "W-3": ("Núñez", "Iñaki", "ES"),
        "W-4": ("Cœurdevey", "Øyvind", "NO"),
    }


def test_xlsx_first_sheet_with_date_and_number_cells(database: Database) -> None:
    report = import_file(database, DATA / "people.xlsx", today=TODAY)

    assert (report.created, report.updated, report.unchanged) == (4, 0, 0)
    assert report.delimiter == ","
    # Line 4 is blank in the sheet; the rejected row is on the sheet's row 6.
    assert {row.line: [str(r) for r in row.reasons] for row in report.rejected_rows} == {
        6: [
            "Date de naissance: '31/02/2000' is not a real date",
            "Catégorie: 'professeur' is not student, researcher or teacher",
        ]
    }
    names = ("family_name", "date_of_birth", "phone", "arrival_date", "accompanying_persons")
    assert stored(database, *names) == {
        "123": ("Müller", date(2001, 5, 17), "+33612345678", date(2026, 9, 1), 2),
        "124": ("Souza", date(1999, 12, 3), "+5511912345678", date(2026, 9, 1), 1),
        "125": ("Nakamura", date(1990, 2, 14), "+819012345678", date(2026, 10, 1), 0),
        "127": ("Okafor", date(1978, 7, 7), "+2348031234567", date(2026, 9, 15), 0),
    }
    assert stored(database, "departure_date")["123"] == (date(2027, 1, 31),)


def test_xlsx_generator_matches_the_committed_workbooks(tmp_path: Path) -> None:
    """The committed workbooks are what make_xlsx.py writes (regenerate them after an edit)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_xlsx", DATA / "make_xlsx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path / "people.xlsx")
    module.build_serial_dates(tmp_path / "serial_dates.xlsx")
    for name in ("people.xlsx", "serial_dates.xlsx"):
        fresh = open_import_file(tmp_path / name).table
        committed = open_import_file(DATA / name).table
        assert (fresh.headers, fresh.rows) == (committed.headers, committed.rows), name


def test_xlsx_serial_numbers_in_date_columns_are_dates(database: Database) -> None:
    """serial_dates.xlsx: date columns in Excel's "General" format hold serial numbers. They are
    read as dates in the date columns only (the phone 612345678 stays a number), and only when
    plausible: a year typed alone, or a number past 2100, is refused as not a date."""
    report = import_file(database, DATA / "serial_dates.xlsx", today=TODAY)

    assert {row.line: [str(r) for r in row.reasons] for row in report.rejected_rows} == {
        3: ["Date de naissance: '1998' is not a date in the form YYYY-MM-DD or DD/MM/YYYY"],
        5: ["Date d'arrivée: 3000-09-01 is too far in the future (more than 5 years from now)"],
        6: ["Date d'arrivée: '99999' is not a date in the form YYYY-MM-DD or DD/MM/YYYY"],
    }
    names = ("date_of_birth", "arrival_date", "departure_date", "phone")
    assert stored(database, *names) == {
        "SD-1": (date(2001, 1, 1), date(2026, 9, 1), date(2027, 1, 31), "+33612345678"),
        "SD-3": (date(2000, 1, 1), date(2026, 9, 1), None, None),
    }


def test_openpyxl_warnings_about_styles_do_not_reach_the_staff(tmp_path: Path) -> None:
    """Workbooks from other programs often have no named "Normal" style: openpyxl warns about
    it, the import reads on (and the tests, which turn warnings into errors, prove it)."""
    unstyled = tmp_path / "no_named_style.xlsx"
    with (
        zipfile.ZipFile(DATA / "people.xlsx") as original,
        zipfile.ZipFile(unstyled, "w") as copy,
    ):
        for item in original.infolist():
            content = original.read(item.filename)
            if item.filename == "xl/styles.xml":
                content = re.sub(rb"<cellStyles .*?</cellStyles>", b"", content)
            copy.writestr(item, content)
    with pytest.warns(UserWarning, match="no default style"):
        load_workbook(unstyled, read_only=True).close()

    table = open_import_file(unstyled).table

    assert len(table.rows) == 5
    assert table.rows[0].values[:4] == ("123", "Müller", "Lena", "2001-05-17")


def test_multi_line_values_are_shown_on_their_first_line(tmp_path: Path) -> None:
    file = tmp_path / "multi.csv"
    file.write_text(
        "external_id,family_name,host_unit,nationality,category,arrival_date\n"
        'A,One,"Lab\n\nof\nthings",DE,student,2026-09-01\n'
        "B,Two,,DE,student,2026-09-01\n",
        encoding="utf-8",
    )
    rows = open_import_file(file).table.rows
    assert [row.line for row in rows] == [2, 6]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("missing_columns.csv", "lacks the required columns: nationality (nationalite), "
                                "category (categorie)."),
        ("duplicate_columns.csv", "has more than one column for family_name (nom): "
                                  "nom, family_name."),
        ("header_only.csv", "has a header row but no data rows."),
        ("not_a_table.docx", "is not a CSV or XLSX file."),
        ("no_such_file.csv", "does not exist."),
    ],
)  # fmt: skip
def test_unusable_files_are_refused_whole(name: str, reason: str, database: Database) -> None:
    with pytest.raises(ImportFileError) as refused:
        import_file(database, DATA / name)
    assert str(refused.value.message) == f"The file {DATA / name} {reason}"
    with database.session() as session:
        assert session.scalar(select(Person.id)) is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty: it has no header row."),
        (b"\n \n", "is empty: it has no header row."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a CSV or XLSX file."),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "is in the old Excel format (.xls); "
                                                          "save it as .xlsx or CSV and try again."),
        (b"PK\x03\x04 broken zip", "is not a CSV or XLSX file."),
        (b"id,nom\n\x81\x8d,x\n", "is neither UTF-8 nor Windows-1252 text."),
    ],
)  # fmt: skip
def test_unreadable_content(tmp_path: Path, content: bytes, reason: str) -> None:
    file = tmp_path / "upload.csv"
    file.write_bytes(content)
    with pytest.raises(ImportFileError) as refused:
        open_import_file(file)
    assert str(refused.value.message) == f"The file {file} {reason}"


def test_headers_match_ignoring_case_accents_spaces_and_separators(tmp_path: Path) -> None:
    file = tmp_path / "headers.csv"
    file.write_text(
        "  IDENTIFIANT ;Nom de famille;Prénom;DATE-NAISSANCE;E-Mail;Téléphone;Date d’arrivée;"
        "nationalité;CATÉGORIE;Remarques;;\n"
        "A;B;C;2000-01-01;a@example.org;0612345678;2026-09-01;DE;student;x;;\n",
        encoding="utf-8",
    )
    columns = open_import_file(file).columns
    assert dict(columns.positions) == {
        "external_id": 0,
        "family_name": 1,
        "given_names": 2,
        "date_of_birth": 3,
        "email": 4,
        "phone": 5,
        "arrival_date": 6,
        "nationality": 7,
        "category": 8,
    }
    assert columns.ignored == ("Remarques",)
    assert columns.label("external_id") == "IDENTIFIANT"


def test_tab_separated_and_utf16_files(tmp_path: Path, database: Database) -> None:
    text = (
        "external_id\tfamily_name\tnationality\tcategory\tarrival_date\n"
        "T-1\tÅberg\tSE\tstudent\t2026-09-01\n"
    )
    file = tmp_path / "unicode.txt"
    file.write_bytes(text.encode("utf-16"))  # Excel's "Unicode text"
    report = import_file(database, file, today=TODAY)
    assert (report.created, report.delimiter) == (1, "\t")
    assert stored(database, "family_name") == {"T-1": ("Åberg",)}


def test_a_quote_never_closed_refuses_the_file_naming_its_line(database: Database) -> None:
    """stray_quote.csv: 1,000 rows, and on line 10 a quote opened before "Dupont" and never
    closed. Read as CSV, lines 10 to 1001 would be one value: the file is refused, not imported
    as 9 rows with 991 gone."""
    file = DATA / "stray_quote.csv"
    assert len(file.read_text(encoding="utf-8").splitlines()) == 1001
    with pytest.raises(ImportFileError) as refused:
        import_file(database, file, today=TODAY)
    assert str(refused.value.message) == (
        f'The file {file} has a quote (") opened on line 10 and never closed: every line after it '
        "would be read as one value. Close or remove that quote and try again."
    )
    assert stored(database, "family_name") == {}


def test_a_stray_quote_closed_by_a_later_quote_refuses_the_file(database: Database) -> None:
    """stray_quote_closed_later.csv: the quote opened on line 10 ends at the quoted host unit of
    line 40; lines 11 to 39 would vanish into one value of row 10."""
    file = DATA / "stray_quote_closed_later.csv"
    with pytest.raises(ImportFileError) as refused:
        import_file(database, file, today=TODAY)
    assert str(refused.value.message) == (
        f"The file {file} has a quoted value from line 10 to line 40 that holds whole rows: "
        'the quote (") opened on line 10 is probably a mistake. Fix it and try again.'
    )
    assert stored(database, "family_name") == {}


@pytest.mark.parametrize(
    ("last_line", "opened"),
    [
        ('C,"Trois,DE,student,2026-09-01', 4),  # no line break at the end of the file
        ('C,Trois,DE,student,"2026-09-01\n', 4),
        ('C,Trois,DE,student,2026-09-01\nD,"Quatre\n\n', 5),  # blank lines after it
    ],
)
def test_a_quote_left_open_at_the_end_is_found(tmp_path: Path, last_line: str, opened: int) -> None:
    file = tmp_path / "end.csv"
    file.write_text(
        "external_id,family_name,nationality,category,arrival_date\n"
        'A,"Un\nDeux",DE,student,2026-09-01\n' + last_line,
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError) as refused:
        open_import_file(file)
    assert f"opened on line {opened} and never closed" in str(refused.value.message)


def test_a_quoted_value_beyond_the_csv_field_limit_is_a_quote_problem(tmp_path: Path) -> None:
    rows = [f"R-{index},Name,DE,student,2026-09-01\n" for index in range(6000)]
    rows[5] = 'R-5,"Name,DE,student,2026-09-01\n'  # line 7; the rest is over 131,072 characters
    rows[5000] = 'R-5000,"Name",DE,student,2026-09-01\n'
    file = tmp_path / "huge.csv"
    file.write_text("external_id,family_name,nationality,category,arrival_date\n" + "".join(rows))
    with pytest.raises(ImportFileError) as refused:
        open_import_file(file)
    assert str(refused.value.message) == (
        f"The file {file} has a value starting on line 7 that runs on for more than 131072 "
        'characters: a quote (") is probably not closed. Fix it and try again.'
    )


def test_quoted_values_with_separators_and_line_breaks_are_still_values(tmp_path: Path) -> None:
    """A multi-line value is refused only when one of its lines has as many separators as the
    header: an address with a comma or two is a value."""
    file = tmp_path / "quoted.csv"
    file.write_text(
        "external_id,family_name,nationality,category,arrival_date,host_unit\n"
        'A,"Dupont, ""dit"" Jean",DE,student,2026-09-01,"Lab 1, bâtiment M3\n'
        "Cité scientifique, Villeneuve-d'Ascq\"\n"
        "B,Martin,DE,student,2026-09-01,\n",
        encoding="utf-8",
    )
    rows = open_import_file(file).table.rows
    assert [(row.line, row.values[1]) for row in rows] == [(2, 'Dupont, "dit" Jean'), (4, "Martin")]


def test_excel_separator_hint_is_honoured_and_not_a_row(database: Database) -> None:
    """excel_sep_hint.csv starts with "sep=;" (after a BOM). Its header would split into as many
    columns on commas as on semicolons, and commas win a tie: only the hint says ";". Excel does
    not show that line, so the header is line 1 and the first data row line 2, as in the sheet."""
    file = DATA / "excel_sep_hint.csv"
    assert file.read_bytes().startswith(codecs.BOM_UTF8 + b"sep=;\r\n")

    report = import_file(database, file, today=TODAY)

    assert report.delimiter == ";"
    assert report.headers[0] == "external_id"
    assert report.ignored_columns == ("remarks, comments, other, misc, more, notes",)
    assert [row.line for row in open_import_file(file).table.rows] == [2, 3, 4]
    assert (report.created, report.rejected) == (2, 1)
    assert {row.line: [str(r) for r in row.reasons] for row in report.rejected_rows} == {
        3: ["family_name: required but empty"]
    }
    assert stored(database, "family_name", "category") == {
        "S-1": ("Dupont", "student"),
        "S-3": ("Martin", "teacher"),
    }


@pytest.mark.parametrize(
    ("hint", "delimiter"),
    [("sep=,", ","), ("SEP=;", ";"), ("sep=\t", "\t"), ('"sep=;"', ";"), ("sep=;;;;", ";"),
     ("sep=|", "|")],
)  # fmt: skip
def test_separator_hints(tmp_path: Path, hint: str, delimiter: str) -> None:
    file = tmp_path / "hinted.csv"
    header = ["external_id", "family_name", "nationality", "category", "arrival_date"]
    row = ["H-1", "Dupont, Marie", "FR", "student", "2026-09-01"]
    with file.open("w", encoding="utf-8", newline="") as output:
        output.write(f"{hint}\r\n")
        csv.writer(output, delimiter=delimiter).writerows([header, row])
    table = open_import_file(file).table
    assert (table.delimiter, table.headers) == (delimiter, tuple(header))
    assert [(r.line, r.values) for r in table.rows] == [(2, tuple(row))]


@pytest.mark.parametrize("first_line", ["sep=", "sep=a", "sep= ", "x;sep=;", "sep=;,"])
def test_lines_that_are_no_separator_hint_are_the_header(tmp_path: Path, first_line: str) -> None:
    file = tmp_path / "not_hinted.csv"
    file.write_text(f"{first_line}\nA;B\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        open_import_file(file)
    assert "lacks the required columns" in str(refused.value.message)


def test_a_file_with_only_a_separator_hint_is_empty(tmp_path: Path) -> None:
    file = tmp_path / "hint_only.csv"
    file.write_text("sep=;\r\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        open_import_file(file)
    assert str(refused.value.message) == f"The file {file} is empty: it has no header row."


def test_a_folder_given_as_the_file_is_called_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as refused:
        open_import_file(tmp_path)
    assert str(refused.value.message) == (
        f"{tmp_path} is a folder, not a file: give the CSV or XLSX file to import."
    )


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_a_header_line_longer_than_the_csv_field_limit(tmp_path: Path, separator: str) -> None:
    headers = ["external_id", "family_name", "nationality", "category", "arrival_date"]
    headers += [f"extra{index}" for index in range(30_000)]
    file = tmp_path / "wide.csv"
    file.write_text(
        separator.join(headers) + "\n" + separator.join(["W-1", "A", "DE", "student", "2026-09-01"])
    )
    imported = open_import_file(file)
    assert imported.table.delimiter == separator
    assert len(imported.columns.ignored) == 30_000
