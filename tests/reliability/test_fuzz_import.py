"""Fuzzing the import: every file Excel or a mobility system can produce, and worse.

Files are built together with what docs/cli.md says of each row: valid, invalid, or not foretold
(random text in a coded column). Whatever the file, the import either refuses it whole with an
:class:`ImportFileError` that names it, or reports every data row as imported or rejected, with
its line and at least one reason; a valid row is imported, an invalid one rejected, the counts add
up, a dry run counts the same, importing the same file again changes nothing, and a rejected row
leaves no trace in the database. Hostile bytes (damaged, truncated, binary) get the same promise,
minus the foretelling; and the command itself answers with the contract's exit codes, one clear
line for an unusable file, never a traceback.

The default run is quick; ``WELCOME_DESK_FUZZ=N`` tries N files per property (a long run) and
prints how many files and rows were tried.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select, text

from backends import Databases, open_database
from welcome_desk.cli.main import main
from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import Checklist
from welcome_desk.db.migrate import upgrade
from welcome_desk.db.models import ExternalId, Person
from welcome_desk.domain.values import clean_text
from welcome_desk.i18n import translator
from welcome_desk.services.importing import ImportFileError, ImportReport, import_file
from welcome_desk.services.importing.columns import FIELDS, FIELDS_BY_NAME

TODAY = date(2026, 11, 22)
FUZZ = int(os.environ.get("WELCOME_DESK_FUZZ", "0") or 0)
TALLY: Counter[str] = Counter()

REQUIRED = frozenset(f.name for f in FIELDS if f.required)
DATE_FIELDS = ("date_of_birth", "arrival_date", "departure_date")
# The latest dates the rules accept for a stay, seen from TODAY (5 and 10 years ahead).
LAST_ARRIVAL = date(2031, 11, 22)
LAST_DEPARTURE = date(2036, 11, 22)
EXCEL_EPOCH = date(1899, 12, 30)
FIELD_SIZE_LIMIT = csv.field_size_limit()
ID_LIMIT = FIELDS_BY_NAME["external_id"].max_length or 0


def runs(default: int) -> Any:
    """Hypothesis settings: ``default`` files, or WELCOME_DESK_FUZZ for a long run."""
    return settings(
        max_examples=FUZZ or default,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="module", autouse=True)
def tally(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a long run, say how much was tried (the figures of docs/reliability.md)."""
    yield
    if FUZZ:
        plugins = request.config.pluginmanager
        reporter, capture = (
            plugins.get_plugin("terminalreporter"),
            plugins.get_plugin("capturemanager"),
        )
        if reporter is not None and capture is not None:
            with capture.global_and_fixture_disabled():
                reporter.write_line(f"import fuzzing: {dict(sorted(TALLY.items()))}")


@dataclass(frozen=True)
class Template:
    databases: Databases
    where: str  # its --database


@pytest.fixture(scope="module")
def empty_database(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A migrated, empty database, copied for each file tried."""
    where = databases.new()
    database = open_database(where)
    upgrade(database, tmp_path_factory.mktemp("template") / "backups")
    database.dispose()
    return Template(databases, where)


@dataclass
class Workspace:
    folder: Path
    database: str  # its --database


@contextmanager
def workspace(template: Template) -> Iterator[Workspace]:
    """A private folder and a copy of the empty database (a file in that folder, for SQLite),
    both removed afterwards."""
    with tempfile.TemporaryDirectory() as folder:
        where = template.databases.copy(template.where, into=Path(folder) / "desk.sqlite3")
        try:
            yield Workspace(Path(folder), where)
        finally:
            template.databases.drop(where)


# --- The model: cells, and what the contract says of them ------------------------------------


@dataclass(frozen=True)
class Value:
    """A cell as written (text, or a workbook's number, date, boolean…), and whether the contract
    accepts it: True, False, or None when it does not say (random text in a coded column)."""

    cell: Any
    verdict: bool | None
    day: date | None = None  # the date a date cell stands for


def empty(field_name: str | None) -> Value:
    return Value("", field_name not in REQUIRED)


def text_verdict(field_name: str, value: str) -> bool:
    """Free text: a required one must not be blank, none may be longer than its column."""
    cleaned = clean_text(value)
    if not cleaned:
        return field_name not in REQUIRED
    limit = FIELDS_BY_NAME[field_name].max_length
    return limit is None or len(cleaned) <= limit


def shown(cell: Any) -> str:
    """The text of a cell as the staff would see it (a workbook formula shows no value here)."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 2**53:
        return str(int(cell))
    if isinstance(cell, Formula):
        return ""
    return str(cell)


@dataclass(frozen=True)
class Formula:
    """A workbook formula: saved without a computed value, so the import reads an empty cell."""

    source: str


@dataclass(frozen=True)
class Column:
    field: str | None  # None: a column the import does not use
    header: str


@dataclass
class Row:
    cells: list[Value]
    beyond: list[str] = field(default_factory=list)  # values after the last column

    def is_blank(self) -> bool:
        return all(not shown(v.cell).strip() for v in self.cells) and all(
            not value.strip() for value in self.beyond
        )


@dataclass
class Sheet:
    """A table about to be written as CSV or XLSX; ``mishap``: a column missing or doubled."""

    columns: list[Column]
    rows: list[Row]
    mishap: str | None = None

    def header_width(self) -> int:
        headers = [column.header for column in self.columns]
        while headers and not headers[-1].strip():
            headers.pop()
        return len(headers)

    def data_rows(self) -> list[int]:
        """The positions of the rows that are not blank (the import skips blank ones)."""
        return [index for index, row in enumerate(self.rows) if not row.is_blank()]

    def stored_id(self, row: Row) -> str | None:
        """The external id the import would use for ``row`` (cleaned, within its column)."""
        for column, value in zip(self.columns, row.cells, strict=True):
            if column.field == "external_id":
                cleaned = clean_text(shown(value.cell))
                return cleaned if cleaned and len(cleaned) <= ID_LIMIT else None
        return None

    def foretell(self) -> list[bool | None]:
        """For each data row: True imported, False rejected, None not foretold.

        An id already used by a valid row of the file is a reason; after an invalid or unforetold
        row, the contract does not say.
        """
        width = self.header_width()
        verdicts: list[bool | None] = []
        ids: dict[str, bool | None] = {}
        for index in self.data_rows():
            row = self.rows[index]
            cells = [value.verdict for value in row.cells[:width]]
            beyond = row.beyond + [shown(value.cell) for value in row.cells[width:]]
            verdict: bool | None
            if False in cells or any(value.strip() for value in beyond):
                verdict = False
            elif None in cells:
                verdict = None
            else:
                verdict = True
            key = self.stored_id(row)
            if key is not None:
                if key not in ids:
                    ids[key] = verdict
                elif ids[key] is True:
                    verdict = False
                elif verdict is not False:
                    verdict = None
            verdicts.append(verdict)
        return verdicts

    def refusal(self, *, csv_limits: bool) -> str | None:
        """Why the whole file must be refused, if it must."""
        if self.mishap:
            return self.mishap
        if csv_limits:
            texts = [column.header for column in self.columns] + [
                shown(value.cell) for row in self.rows for value in row.cells
            ]
            if any(len(value) > FIELD_SIZE_LIMIT for value in texts):
                return "huge value"
        if not self.data_rows():
            return "no rows"
        return None


# --- Values ----------------------------------------------------------------------------------

NAMES = [
    "Nguyễn", "王", "Müller", "Ødegård", "O'Brien", "Abu-Bakr", "Ωμέγα", "Иванов", "כהן",
    "العربي", "김", "Çelik", "Łukasz", "Ñúñez", "Smith 😀", "=HYPERLINK(\"http://x\")",
    "+33 trick", "-minus", "@SUM(A1)", "Dupont\tTab", "\x07Bell", "Jean\r\nLine", "Zoë\u00a0NBSP",
    "ᐃᓄᒃᑎᑐᑦ", "देवनागरी", "ไทย", "አማርኛ", "Ελένη", "Mary-Jane", " spaced ", "e\u0301", "a,b;c",
    'Say "hi"',
]  # fmt: skip
ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
# Lengths around the columns' sizes, very long ones, and (rarely) one beyond what a CSV field
# may hold.
LONG_SIZES = [120, 121, 128, 129, 200, 201, 254, 255, 5_000] * 5 + [FIELD_SIZE_LIMIT + 1]

CODED: dict[str, tuple[list[str], list[str]]] = {
    "sex": (
        ["F", "M", "X", "f", "m", " x ", "Femme", "homme", "H", "female", "MALE"],
        ["Q", "FM", "1", "?", "ms", "non-binary"],
    ),
    "nationality": (
        ["FR", "fr", "FRA", "France", "france", " Allemagne ", "Germany", "DEU", "Côte d'Ivoire",
         "Maroc", "Morocco", "Brésil", "Brazil", "China", "Chine", "cn", "vnm", "Espagne",
         "ITALIE", "ukraine", "Algérie", "Tunisie", "SN"],
        ["Atlantis", "XX", "ZZZ", "Narnia", "123", "Europe", "Frankreich"],
    ),
    "email": (
        ["anna.schmidt@example.org", "li.wei@univ-lille.fr", "o'brien@example.ie",
         "x@sub.example.co.uk", " Spaced@Example.ORG "],
        ["bad@", "@example.org", "a b@example.org", "anna@example", "anna@@example.org",
         "a" * 250 + "@example.org"],
    ),
    "phone": (
        ["+33 6 12 34 56 78", "06 12 34 56 78", "0612345678", "+49 30 1234567",
         "+86 138 0013 8000", "33612345678", "+33612345678"],
        ["12", "abc", "+999 123", "0000", "+33 1", "=1+1"],
    ),
    "category": (
        ["student", "Student", "ÉTUDIANT", "étudiante", "chercheur", "Chercheuse", "teacher",
         " Enseignant "],
        ["visitor", "staff", "prof", "students"],
    ),
    "preferred_language": (
        ["fr", "EN", "de", "pt_BR", "zh-Hans-CN", "anglais", "German", "Français", "ar"],
        ["xx", "klingon", "english please", "12", "e"],
    ),
    "accompanying_persons": (
        ["0", "2", "3.0", "2,00", "99", " 1 "],
        ["-1", "1.5", "two", "100", "1e3", "99999999999999999999999", "9" * 5_000, "=2"],
    ),
}  # fmt: skip
FREE_SAMPLES = {
    "external_id": ["ID-1", "ID-2", "ID-3", "ID-4", " ID-1 ", "学号-7", "№ 42", "ERA/2026/001",
                    "=A1", "ID\u00a0NBSP", "-1", "1.0"],
    "programme": ["Erasmus+", "Erasmus+ KA131", "Erasmus Mundus", "accord bilatéral", "BGF",
                  "Hors programme", "Free mover"],
    "host_unit": ["Faculté des sciences", "FST", "Laboratoire CRIStAL", "@faculty", "ILIS"],
}  # fmt: skip


@st.composite
def free_text(draw: st.DrawFn, field_name: str, wild: bool) -> Value:
    """Text as people type it; ``wild``: also any text, very long, or blank."""
    choices = ["sample"] * 3 + ["any"] * 2 + ["long", "empty"] if wild else ["sample"]
    choice = draw(st.sampled_from(choices))
    if field_name == "external_id" and not wild:  # the ids of a mobility system's export
        value = f"{draw(st.sampled_from(['ERA', 'INS', 'BIL']))}-{draw(st.integers(1, 10**6))}"
    elif choice == "sample":
        value = draw(st.sampled_from(FREE_SAMPLES.get(field_name, NAMES)))
    elif choice == "any":
        value = draw(ANY_TEXT)
    elif choice == "long":
        value = draw(st.sampled_from("aé王")) * draw(st.sampled_from(LONG_SIZES))
    else:
        value = draw(st.sampled_from(["", " ", "\t"]))
    return Value(value, text_verdict(field_name, value))


@st.composite
def coded(draw: st.DrawFn, field_name: str, wild: bool) -> Value:
    """A code or a name the contract accepts; ``wild``: also wrong ones, any text, blank."""
    valid, invalid = CODED[field_name]
    choices = ["valid", "valid", "invalid", "any", "empty"] if wild else ["valid", "empty"]
    choice = draw(st.sampled_from(choices))
    if choice == "valid":
        return Value(draw(st.sampled_from(valid)), True)
    if choice == "invalid":
        return Value(draw(st.sampled_from(invalid)), False)
    if choice == "any":
        value = draw(ANY_TEXT)
        return Value(value, None) if clean_text(value) else Value(value, empty(field_name).verdict)
    if field_name in REQUIRED and not wild:
        return Value(draw(st.sampled_from(valid)), True)
    return empty(field_name)


# --- Dates: the three of a row are drawn together (age, order, limits) -------------------------


def written(day: date, form: str) -> str:
    iso = f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    french = f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    return {
        "iso": iso,
        "iso time": iso + " 00:00:00",
        "french": french,
        "french short": f"{day.day}/{day.month}/{day.year:04d}",
        "french time": french + " 14:30",
        "spaced": f"  {iso} ",
    }[form]


DATE_FORMS = ["iso", "iso time", "french", "french short", "french time", "spaced"]
IMPOSSIBLE = ["31/02/2026", "2026-02-30", "29/02/2027", "2026-13-01", "00/01/2026", "32/01/2026",
              "2026-09-01 25:00"]  # fmt: skip
NOT_DATES = ["1/9/26", "2026/09/01", "septembre 2026", "20260901", "01-09-2026", "2026-9-1T",
             "demain", "46266"]  # fmt: skip


@st.composite
def a_day(draw: st.DrawFn, day: date, verdict: bool) -> Value:
    return Value(written(day, draw(st.sampled_from(DATE_FORMS))), verdict, day)


@st.composite
def stay_dates(draw: st.DrawFn, wild: bool) -> dict[str, Value]:
    """Birth, arrival and departure: valid together, or (``wild``) with one thing wrong."""
    arrival = draw(st.dates(date(2015, 1, 1), LAST_ARRIVAL))
    age = draw(st.integers(16, 99))
    birth = date(arrival.year - age, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    departure = min(arrival + timedelta(days=draw(st.integers(0, 3000))), LAST_DEPARTURE)
    days = {
        "date_of_birth": draw(st.one_of(a_day(birth, True), st.just(empty("date_of_birth")))),
        "arrival_date": draw(a_day(arrival, True)),
        "departure_date": draw(st.one_of(a_day(departure, True), st.just(empty("departure_date")))),
    }
    if not wild:
        return days
    wrong = draw(
        st.sampled_from(
            ["none", "impossible", "not a date", "empty arrival", "arrival ahead", "arrival back",
               "born later", "too young", "too old", "departure before", "departure ahead",
               "any text"]
        )
    )  # fmt: skip
    if wrong == "impossible":
        days[draw(st.sampled_from(DATE_FIELDS))] = Value(draw(st.sampled_from(IMPOSSIBLE)), False)
    elif wrong == "not a date":
        days[draw(st.sampled_from(DATE_FIELDS))] = Value(draw(st.sampled_from(NOT_DATES)), False)
    elif wrong == "empty arrival":
        days["arrival_date"] = empty("arrival_date")
    elif wrong == "arrival ahead":
        late = draw(st.sampled_from([date(2031, 11, 23), date(2062, 9, 1), date(3000, 9, 1)]))
        days["arrival_date"] = draw(a_day(late, False))
        days["departure_date"] = empty("departure_date")
    elif wrong == "arrival back":
        early = draw(st.sampled_from([date(26, 9, 1), date(1899, 12, 31)]))
        days["arrival_date"] = draw(a_day(early, False))
        days["date_of_birth"] = empty("date_of_birth")
    elif wrong == "born later":
        later = TODAY + timedelta(days=draw(st.integers(1, 1000)))
        days["date_of_birth"] = draw(a_day(later, False))
    elif wrong in ("too young", "too old"):
        years = 10 if wrong == "too young" else 102
        days["date_of_birth"] = draw(a_day(date(arrival.year - years, 1, 1), False))
    elif wrong == "departure before":
        before = arrival - timedelta(days=draw(st.integers(1, 500)))
        days["departure_date"] = draw(a_day(before, False))
    elif wrong == "departure ahead":
        days["departure_date"] = draw(a_day(LAST_DEPARTURE + timedelta(days=1), False))
    elif wrong == "any text":
        where = draw(st.sampled_from(DATE_FIELDS))
        value = draw(ANY_TEXT)
        days[where] = Value(value, None) if clean_text(value) else empty(where)
    return days


# --- Columns ---------------------------------------------------------------------------------

SPELLINGS = {
    "external_id": ["external_id", "Identifiant", "External ID", "identifier", "ID externe"],
    "family_name": ["family_name", "Nom", "Nom de famille", "Surname", "Last name"],
    "given_names": ["given_names", "Prénoms", "prenoms", "Prénom", "First name"],
    "date_of_birth": ["date_of_birth", "Date de naissance", "date_naissance", "Birth date"],
    "sex": ["sex", "Sexe", "Gender"],
    "nationality": ["nationality", "Nationalité", "NATIONALITE", "Citizenship"],
    "email": ["email", "Courriel", "E-mail", "Mail", "Adresse mail"],
    "phone": ["phone", "Téléphone", "Tél.", "Mobile", "Portable", "Phone number"],
    "category": ["category", "Catégorie", "CATEGORIE"],
    "programme": ["programme", "Programme", "Program"],
    "host_unit": ["host_unit", "Composante", "Host unit"],
    "arrival_date": ["arrival_date", "Date d'arrivée", "date_arrivee", "Arrival", "Date d’arrivée"],
    "departure_date": ["departure_date", "Date de départ", "date_depart", "Departure"],
    "preferred_language": ["preferred_language", "Langue", "Language", "Langue préférée"],
    "accompanying_persons": ["accompanying_persons", "Accompagnants", "Nombre d'accompagnants"],
}
OTHER_HEADERS = ["Remarques", "Commentaire", "N° dossier", "Référence interne", "Colonne1", ""]


@st.composite
def spelling(draw: st.DrawFn, field_name: str) -> str:
    """A header for ``field_name`` in English or French, any case, spaces, underscores, hyphens."""
    header = draw(st.sampled_from(SPELLINGS[field_name]))
    header = draw(st.sampled_from([header, header.upper(), header.lower(), header.title()]))
    joiner = draw(st.sampled_from([None, " ", "_", "-"]))
    if joiner is not None:
        header = re.sub(r"[ _-]", joiner, header)
    return draw(st.sampled_from(["", " ", "  "])) + header + draw(st.sampled_from(["", " "]))


@st.composite
def columns(draw: st.DrawFn) -> tuple[list[Column], str | None]:
    """The file's columns in any order; sometimes one missing or doubled (the file is refused)."""
    names = [f.name for f in FIELDS if f.required or draw(st.booleans())]
    # (Hypothesis favours the ends of a range: the rare cases are in its middle.)
    mishap = {7: "missing", 13: "doubled"}.get(draw(st.integers(0, 19)))
    if mishap == "missing":
        names.remove(draw(st.sampled_from(sorted(REQUIRED))))
    elif mishap == "doubled":
        names.append(draw(st.sampled_from(names)))
    chosen = [Column(name, draw(spelling(name))) for name in names]
    for header in draw(st.lists(st.sampled_from(OTHER_HEADERS), max_size=2, unique=True)):
        chosen.append(Column(None, header))
    return list(draw(st.permutations(chosen))), mishap


@st.composite
def a_row(draw: st.DrawFn, chosen: list[Column]) -> Row:
    """A row typed with care, or with one, a few or every cell wild."""
    mode = draw(st.sampled_from(["careful", "careful", "one", "few", "wild"]))
    if mode == "one":
        wild = {draw(st.sampled_from(range(len(chosen))))}
    elif mode == "few":
        wild = {i for i in range(len(chosen)) if draw(st.integers(0, 2)) == 0}
    else:
        wild = set(range(len(chosen))) if mode == "wild" else set()
    wild_dates = any(chosen[i].field in DATE_FIELDS for i in wild)
    days = draw(stay_dates(wild_dates))
    cells = []
    for position, column in enumerate(chosen):
        name = column.field
        if name is None:
            value = Value(draw(ANY_TEXT), True)
        elif name in DATE_FIELDS:
            value = days[name]
        elif name in CODED:
            value = draw(coded(name, position in wild))
        else:
            value = draw(free_text(name, position in wild))
        cells.append(value)
    beyond = draw(st.sampled_from([[]] * 9 + [["shifted"], ["", "x y"]])) if wild else []
    return Row(cells, beyond)


@st.composite
def sheets(draw: st.DrawFn) -> Sheet:
    chosen, mishap = draw(columns())
    no_rows = draw(st.integers(0, 19)) == 11
    rows = [] if no_rows else draw(st.lists(a_row(chosen), min_size=1, max_size=12))
    return Sheet(chosen, rows, mishap)


# --- CSV files -------------------------------------------------------------------------------

LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass
class File:
    """A file's bytes, the table in it, and the line a spreadsheet shows each row on."""

    sheet: Sheet
    data: bytes
    suffix: str
    lines: list[int]
    refusal: str | None
    kind: str = ""

    def __repr__(self) -> str:
        # Long runs of one character (a 5,000-digit number) shortened, so a failure stays readable.
        data = re.sub(r"(.)\1{39,}", lambda m: f"{m.group(1)}×{len(m.group(0))}", repr(self.data))
        return f"File({self.kind!r}, refusal={self.refusal!r}, lines={self.lines}, data={data})"


def quoted(value: str, delimiter: str, quote_all: bool) -> str:
    if quote_all or any(c in value for c in (delimiter, '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def encode(body: str, encoding: str) -> bytes | None:
    """``body`` in ``encoding``; None when it cannot be (or would be read back as other text)."""
    if encoding in ("utf-8", "utf-8-sig", "utf-16"):
        return body.encode(encoding)
    try:
        data = body.encode("cp1252")
    except UnicodeEncodeError:
        return None
    try:
        if data.decode("utf-8") != body:
            return None  # these bytes are also UTF-8, which the reader rightly tries first
    except UnicodeDecodeError:
        pass
    return (b"\xef\xbb\xbf" if encoding == "bom+cp1252" else b"") + data


@st.composite
def csv_files(draw: st.DrawFn) -> File:
    """CSV as Excel and mobility systems write it: any separator, encoding, quoting, line end."""
    sheet = draw(sheets())
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    quote_all = draw(st.booleans())
    hint = delimiter != "\t" and draw(st.booleans())
    lines: list[str] = []
    if hint:
        lines.append(f"sep={delimiter}")
    else:
        lines.extend(draw(st.lists(st.sampled_from(["", "  "]), max_size=2)))
    lines.append(delimiter.join(quoted(c.header, delimiter, quote_all) for c in sheet.columns))
    row_lines = []
    for row in sheet.rows:
        lines.extend(draw(st.lists(st.sampled_from(["", delimiter * 3, " "]), max_size=1)))
        cells = [value.cell for value in row.cells] + row.beyond
        if draw(st.booleans()):  # Excel leaves out the empty cells at the end of a row
            while cells and cells[-1] == "":
                cells.pop()
        # Every physical line so far, less Excel's hidden sep= line, then this row's.
        before = sum(1 + len(LINE_BREAK.findall(line)) for line in lines)
        row_lines.append(before + 1 - (1 if hint else 0))
        lines.append(delimiter.join(quoted(c, delimiter, quote_all) for c in cells))
    body = newline.join(lines) + draw(st.sampled_from([newline, ""]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "bom+cp1252", "utf-16"]))
    data = encode(body, encoding)
    if data is None:
        encoding, data = "utf-8", body.encode("utf-8")
    kind = f"csv {encoding} {'tab' if delimiter == chr(9) else delimiter}"
    refusal = sheet.refusal(csv_limits=True)
    return File(sheet, data, ".csv", row_lines, refusal, kind)


# --- XLSX files ------------------------------------------------------------------------------


def serial(day: date) -> int:
    return (day - EXCEL_EPOCH).days


@st.composite
def workbook_cell(draw: st.DrawFn, column: Column, value: Value) -> Value:
    """The cell as a workbook holds it: a date, a serial number, a number, a boolean, a formula."""
    kind = draw(st.sampled_from(["text", "text", "typed", "bool", "formula"]))
    if kind == "bool":
        return Value(draw(st.booleans()), None)
    if kind == "formula":
        return Value(Formula("=1+1"), empty(column.field).verdict)
    if kind == "typed" and value.day is not None and value.day.year > 1900:
        day = value.day
        cell = draw(
            st.sampled_from(
                [
                    day,
                    datetime(day.year, day.month, day.day, 9, 30),
                    serial(day),
                    serial(day) + 0.25,
                ]
            )
        )
        if isinstance(cell, int | float) and not 2101 <= cell <= 73415:
            return Value(cell, False)  # a number that is no date of this desk: left as a number
        return Value(cell, value.verdict, day)
    if kind == "typed" and column.field == "accompanying_persons":
        number = draw(st.sampled_from([0, 2, 99, 2.0, 2.5, -1, 100, 10**25]))
        return Value(number, number == int(number) and 0 <= number <= 99)
    if kind == "typed" and column.field == "phone":
        return Value(33612345678, True)
    if kind == "typed" and column.field == "external_id":
        return Value(draw(st.integers(1, 5)), True)
    if isinstance(value.cell, str) and (
        value.cell.startswith("=")
        or re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", value.cell)
    ):
        # A workbook takes "=..." for a formula, and cannot hold control characters.
        return Value(None, empty(column.field).verdict)
    return value


@st.composite
def xlsx_files(draw: st.DrawFn) -> File:
    """The first sheet of a workbook: typed cells, merged cells, blank rows, or an empty sheet."""
    sheet = draw(sheets())
    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    line = 1 + draw(st.integers(0, 2))
    for position, column in enumerate(sheet.columns, start=1):
        worksheet.cell(line, position, column.header or None)
    rows: list[Row] = []
    lines: list[int] = []
    for row in sheet.rows:
        line += 1 + draw(st.sampled_from([0, 0, 0, 1]))
        cells = [
            draw(workbook_cell(column, value))
            for column, value in zip(sheet.columns, row.cells, strict=True)
        ]
        for position, value in enumerate(cells, start=1):
            if isinstance(value.cell, Formula):
                worksheet.cell(line, position, value.cell.source)
            elif value.cell not in (None, ""):
                worksheet.cell(line, position, value.cell)
        if len(cells) > 1 and draw(st.integers(0, 5)) == 3:  # two cells merged: the first stays
            start = draw(st.integers(1, len(cells) - 1))
            worksheet.merge_cells(
                start_row=line, start_column=start, end_row=line, end_column=start + 1
            )
            cells[start] = Value(None, empty(sheet.columns[start].field).verdict)
        rows.append(Row(cells))
        lines.append(line)
    built = Sheet(sheet.columns, rows, sheet.mishap)
    refusal = built.refusal(csv_limits=False)
    if draw(st.integers(0, 9)) == 5:  # the data on a second sheet: the first one is empty
        workbook.create_sheet("Feuil0", 0)
        refusal = "no header"
    return File(built, saved(workbook), ".xlsx", lines, refusal, "xlsx")


def saved(workbook: Workbook) -> bytes:
    """The workbook's bytes, the same every time (hypothesis replays a strategy to shrink it)."""
    moment = datetime(2026, 1, 1)
    output = io.BytesIO()
    workbook.save(output)
    fixed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(output.getvalue())) as source,
        zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, moment.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(entry)
            if entry.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                content = re.sub(
                    rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", content
                )
            target.writestr(info, content)
    return fixed.getvalue()


# --- Checking one import -----------------------------------------------------------------------

EN, FR = translator("en"), translator("fr")


def database_state(database: Database) -> tuple[Any, ...]:
    """Everything an import writes, to compare before and after."""
    with database.engine.connect() as connection:
        return tuple(
            tuple(connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all())
            for table in ("people", "external_ids", "search_keys", "checklists", "checklist_steps")
        )


def people_by_id(database: Database) -> dict[str, Person]:
    with database.session() as session:
        rows = session.execute(select(ExternalId.value, Person).join(ExternalId.person)).all()
        return {value: person for value, person in rows}


def check_report(report: ImportReport, file: File, path: Path, *, count: bool = False) -> None:
    """Every data row is accounted for, with its line and reasons, as the contract foretells."""
    sheet = file.sheet
    data_rows = sheet.data_rows()
    lines = [file.lines[index] for index in data_rows]
    rejected = {row.line: row for row in report.rejected_rows}
    assert len(rejected) == report.rejected, "a line is rejected twice"
    assert report.rows == len(data_rows), "rows lost or invented"
    assert report.created + report.updated + report.unchanged + report.rejected == report.rows
    assert (report.updated, report.unchanged) == (0, 0)  # into an empty database
    assert set(rejected) <= set(lines), "a rejection names a line holding no row"
    for index, verdict in zip(data_rows, sheet.foretell(), strict=True):
        line = file.lines[index]
        if verdict is True:
            assert line not in rejected, (line, rejected[line].render(EN))
        elif verdict is False:
            assert line in rejected, f"line {line} should be rejected"
        if count:
            TALLY[f"rows {'rejected' if line in rejected else 'imported'}"] += 1
            TALLY["rows foretold" if verdict is not None else "rows not foretold"] += 1
    for row in report.rejected_rows:
        assert row.reasons, f"line {row.line} rejected without a reason"
        for reason in row.reasons:
            assert reason.render(EN).strip() and reason.render(FR).strip()
        if file.suffix == ".csv":
            index = data_rows[lines.index(row.line)]
            written = [value.cell for value in sheet.rows[index].cells] + sheet.rows[index].beyond
            assert list(row.values) == written[: len(row.values)], "cells changed on the way"
    assert str(path) in str(report.summary())


def check_database(database: Database, report: ImportReport, file: File) -> None:
    """Exactly the imported rows are stored; a rejected row leaves no trace."""
    sheet = file.sheet
    rejected_lines = {row.line for row in report.rejected_rows}
    data_rows = sheet.data_rows()
    imported_ids = {
        sheet.stored_id(sheet.rows[index])
        for index in data_rows
        if file.lines[index] not in rejected_lines
    }
    stored = people_by_id(database)
    assert set(stored) == imported_ids, "a rejected row left a trace, or a row was not saved"
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == report.created
        assert session.scalar(select(func.count()).select_from(Checklist)) == report.created
    for index, verdict in zip(data_rows, sheet.foretell(), strict=True):
        row = sheet.rows[index]
        key = sheet.stored_id(row)
        if verdict is True and file.lines[index] not in rejected_lines:
            assert key is not None
            person = stored[key]
            for column, value in zip(sheet.columns, row.cells, strict=True):
                if column.field == "family_name":
                    assert person.family_name == clean_text(shown(value.cell))
                elif column.field == "arrival_date" and value.day is not None:
                    assert person.arrival_date == value.day


def try_import(template: Template, file: File) -> None:
    """Dry run, import, import again: the whole promise for one file."""
    TALLY[f"files {file.kind.split()[0]}"] += 1
    with workspace(template) as place:
        path = place.folder / f"arrivals{file.suffix}"
        path.write_bytes(file.data)
        database = open_database(place.database)
        try:
            before = database_state(database)
            try:
                dry = import_file(database, path, dry_run=True, today=TODAY)
            except ImportFileError as error:
                assert file.refusal is not None, f"refused: {error}"
                assert str(path) in str(error.message) and error.message.render(FR)
                TALLY[f"files refused whole ({file.refusal})"] += 1
                return
            assert file.refusal is None, f"should be refused ({file.refusal})"
            assert database_state(database) == before, "a dry run saved something"
            check_report(dry, file, path)
            report = import_file(database, path, today=TODAY)
            assert (report.created, report.rejected) == (dry.created, dry.rejected)
            assert [r.line for r in report.rejected_rows] == [r.line for r in dry.rejected_rows]
            check_report(report, file, path, count=True)
            check_database(database, report, file)
            after = database_state(database)
            again = import_file(database, path, today=TODAY)
            assert (again.created, again.updated, again.unchanged) == (0, 0, report.imported)
            assert [(r.line, [str(m) for m in r.reasons]) for r in again.rejected_rows] == [
                (r.line, [str(m) for m in r.reasons]) for r in report.rejected_rows
            ]
            assert database_state(database) == after, "importing the same file again changed data"
        finally:
            database.dispose()


# --- The properties ----------------------------------------------------------------------------

HUGE_COUNT = (
    "external_id,family_name,nationality,category,arrival_date,accompanying_persons\r\n"
    "BIG-1,Durand,FR,student,2026-09-01," + "9" * 5_000 + "\r\n"
)


def plain_file(body: str) -> File:
    """A hand-written UTF-8 CSV whose rows are all to be rejected (for explicit examples)."""
    header, *rows = body.strip().split("\r\n")
    headers = header.split(",")
    columns_ = [Column(name, name) for name in headers]
    sheet_rows = [Row([Value(cell, False) for cell in row.split(",")]) for row in rows]
    sheet = Sheet(columns_, sheet_rows)
    return File(sheet, body.encode(), ".csv", list(range(2, 2 + len(rows))), None, "csv utf-8 ,")


@runs(60)
@given(file=csv_files())
@example(file=plain_file(HUGE_COUNT))
def test_any_csv_file_is_imported_or_refused_as_the_contract_says(
    empty_database: Template, file: File
) -> None:
    try_import(empty_database, file)


@runs(30)
@given(file=xlsx_files())
def test_any_workbook_is_imported_or_refused_as_the_contract_says(
    empty_database: Template, file: File
) -> None:
    try_import(empty_database, file)


# --- Hostile bytes: damaged, truncated, binary ---------------------------------------------------

PREFIXES = [b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"%PDF-1.7\n", b"\xef\xbb\xbf",
            b"\xff\xfe", b"\xfe\xff", b"sep=;\r\n", b"sep=\r\n", b'"']  # fmt: skip


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    """A real file damaged: bytes changed, cut, inserted; a stray quote; a foreign signature.

    Most damage is the kind a text editor or a bad transfer does to a CSV (a character changed,
    a separator or a quote typed, a line cut), so that many damaged files still import. Where it
    strikes is drawn evenly over the file (hypothesis alone favours its two ends).
    """
    source = draw(st.sampled_from(["csv", "csv", "csv", "xlsx", "bytes"]))
    if source == "bytes":
        data = bytearray(draw(st.binary(max_size=300)))
    else:
        data = bytearray(draw(csv_files() if source == "csv" else xlsx_files()).data)
    spot = draw(st.randoms(use_true_random=False))
    for _ in range(draw(st.integers(1, 2))):
        damage = draw(st.sampled_from(DAMAGE))
        at = spot.randrange(len(data) + 1)
        if damage == "typed":
            data[at:at] = draw(st.sampled_from([b",", b";", b"\t", b"\r\n", b"\n", b"x", b" "]))
        elif damage == "flip" and data:
            data[min(at, len(data) - 1)] = spot.randrange(256)
        elif damage == "cut":
            del data[at : at + draw(st.integers(1, 50))]
        elif damage == "insert":
            data[at:at] = draw(
                st.one_of(ANY_TEXT.map(str.encode), st.binary(min_size=1, max_size=20))
            )
        elif damage == "quote":
            data[at:at] = b'"'
        elif damage == "nul":
            data[at:at] = b"\x00"
        elif damage == "prefix":
            data[0:0] = draw(st.sampled_from(PREFIXES))
        elif damage == "truncate":
            del data[at:]
    return bytes(data)


def damaged_workbook(damage: str) -> bytes:
    """A one-row workbook with its sheet's part damaged the way a bad copy or transfer does:
    its compressed data garbled, an unknown compression method, or the "encrypted" flag set."""
    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.append(["external_id", "family_name", "nationality", "category", "arrival_date"])
    worksheet.append(["A-1", "Dupont", "FR", "student", "2026-09-01"])
    data = bytearray(saved(workbook))
    name = b"xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo(name.decode()).header_offset
    if damage == "deflate":  # the first block of the compressed data gets a reserved type
        start = local + 30 + int.from_bytes(data[local + 26 : local + 28], "little")
        start += int.from_bytes(data[local + 28 : local + 30], "little")
        data[start] = 0xFF
        return bytes(data)
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    if damage == "method":
        data[central + 10 : central + 12] = (99).to_bytes(2, "little")
    elif damage == "encrypted":
        data[central + 8] |= 0x01
    return bytes(data)


DAMAGE = (
    ["typed"] * 4 + ["cut"] * 2 + ["insert"] * 2 + ["flip", "quote", "nul", "prefix", "truncate"]
)


def physical_lines(data: bytes) -> int:
    """More lines than any reading of ``data`` can have."""
    return data.count(b"\n") + data.count(b"\r") + 1


@runs(80)
@given(data=hostile_bytes(), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ""]))
@example(data=damaged_workbook("deflate"), suffix=".xlsx")
@example(data=damaged_workbook("method"), suffix=".xlsx")
@example(data=damaged_workbook("encrypted"), suffix=".xlsx")
def test_damaged_files_never_break_the_import(
    empty_database: Template, data: bytes, suffix: str
) -> None:
    TALLY["files damaged"] += 1
    with workspace(empty_database) as place:
        path = place.folder / f"arrivals{suffix}"
        path.write_bytes(data)
        database = open_database(place.database)
        try:
            try:
                report = import_file(database, path, today=TODAY)
            except ImportFileError as error:
                assert str(path) in str(error.message) and error.message.render(FR)
                TALLY["damaged files refused whole"] += 1
                return
            assert report.created + report.rejected == report.rows
            lines = [row.line for row in report.rejected_rows]
            assert len(set(lines)) == len(lines)
            ceiling = 1_048_576 if data.startswith(b"PK") else physical_lines(data)
            assert all(2 <= line <= ceiling for line in lines)
            for row in report.rejected_rows:
                assert row.reasons and all(reason.render(FR) for reason in row.reasons)
            assert len(people_by_id(database)) == report.created
            after = database_state(database)
            again = import_file(database, path, today=TODAY)
            assert (again.created, again.updated, again.unchanged) == (0, 0, report.imported)
            assert database_state(database) == after
            TALLY["damaged files imported"] += 1
        finally:
            database.dispose()


# --- Through the command ------------------------------------------------------------------------


def run_command(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--lang", "en", *args])
    return code, out.getvalue(), err.getvalue()


def check_command_answer(
    code: int, out: str, err: str, *, refused: bool | None
) -> dict[str, Any] | None:
    """Exit 2 and one clear line for an unusable file; else 1 exactly when a row was rejected.

    ``refused``: whether the file must be refused whole (None: either).
    """
    assert "Traceback" not in err + out, err
    if code == 2:
        assert refused is not False, f"refused: {err}"
        assert out == "" and err.count("\n") == 1 and err.startswith("welcome-desk: "), err
        return None
    assert refused is not True, f"should have been refused: {out}{err}"
    report: dict[str, Any] = json.loads(out)
    assert code == (1 if report["rejected"] else 0)
    assert report["rows"] == (
        report["created"] + report["updated"] + report["unchanged"] + report["rejected"]
    )
    assert all(line.startswith("warning: ") for line in err.splitlines()), err
    return report


@runs(15)
@given(file=st.one_of(csv_files(), xlsx_files()))
def test_the_command_answers_with_the_contract_exit_codes(
    empty_database: Template, file: File
) -> None:
    with workspace(empty_database) as place:
        path = place.folder / f"arrivals{file.suffix}"
        path.write_bytes(file.data)
        code, out, err = run_command("--database", place.database, "import", str(path), "--json")
        # The command's "today" is the real one: only the refusal of the whole file is foretold.
        report = check_command_answer(code, out, err, refused=file.refusal is not None)
        if report is not None:
            assert report["rows"] == len(file.sheet.data_rows())


NASTY_FILES = {
    "huge number of companions": HUGE_COUNT.encode(),
    "binary": bytes(range(256)) * 4,
    "zip that is no workbook": b"PK\x03\x04" + b"\x00" * 200,
    "old excel": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200,
    "empty": b"",
    "unclosed quote": b"external_id,family_name,nationality,category,arrival_date\r\n"
    b'A-1,"Dupont,FR,student,2026-09-01\r\nA-2,Durand,FR,student,2026-09-01\r\n',
    "header only": b"external_id;nom;nationalite;categorie;date_arrivee\r\n",
    "invalid bytes": b"external_id,family_name,nationality,category,arrival_date\r\n"
    b"A-1,\x81\x8d\x8f\x90\x9d,FR,student,2026-09-01\r\n",
    "workbook with garbled data": damaged_workbook("deflate"),
    "workbook compressed in an unknown way": damaged_workbook("method"),
    "workbook marked encrypted": damaged_workbook("encrypted"),
    "one good row": "sep=;\r\nIdentifiant;Nom;Nationalité;Catégorie;Date d'arrivée\r\n"
    "A-1;Nguyễn;VN;étudiant;01/09/2026\r\n".encode("utf-8-sig"),
}


# A few run as real processes too (each costs the program's start).
IN_A_REAL_PROCESS = ["binary", "huge number of companions", "one good row", "unclosed quote",
                     "workbook with garbled data"]  # fmt: skip


def check_nasty_answer(name: str, code: int, out: str, err: str) -> None:
    usable = name in ("one good row", "huge number of companions")
    report = check_command_answer(code, out, err, refused=not usable)
    if name == "one good row":
        assert report is not None and (code, report["created"]) == (0, 1)
    if name == "huge number of companions":
        assert report is not None and (code, report["rejected"]) == (1, 1)


@pytest.mark.parametrize("name", sorted(NASTY_FILES))
def test_the_command_on_nasty_files(tmp_path: Path, database_url: str, name: str) -> None:
    """``welcome-desk import``: exit 0, 1 or 2, one clear line for an unusable file."""
    path = tmp_path / "arrivals.csv"
    path.write_bytes(NASTY_FILES[name])
    code, out, err = run_command("--database", database_url, "import", str(path), "--json")
    check_nasty_answer(name, code, out, err)


@pytest.fixture(scope="module")
def real_runs(
    databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[int, str, str]]:
    """``welcome-desk import`` on nasty files, each in its own process, all at once."""
    running = {}
    for number, name in enumerate(IN_A_REAL_PROCESS):
        folder = tmp_path_factory.mktemp(f"nasty{number}")
        path = folder / "arrivals.csv"
        path.write_bytes(NASTY_FILES[name])
        environment = {**os.environ, "WELCOME_DESK_HOME": str(folder / "home")}
        environment.pop("WELCOME_DESK_DATABASE", None)
        running[name] = subprocess.Popen(
            [sys.executable, "-m", "welcome_desk", "--lang", "en", "--database",
             databases.new(), "import", str(path), "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
        )  # fmt: skip
    results = {}
    for name, process in running.items():
        out, err = process.communicate(timeout=120)
        results[name] = (process.returncode, out, err)
    return results


@pytest.mark.parametrize("name", IN_A_REAL_PROCESS)
def test_the_real_command_on_nasty_files(
    real_runs: dict[str, tuple[int, str, str]], name: str
) -> None:
    """The installed command, in its own process: never a traceback."""
    check_nasty_answer(name, *real_runs[name])
