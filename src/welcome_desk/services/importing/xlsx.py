"""Reading the first sheet of an XLSX workbook into text cells.

Cells are turned into the text the staff would have typed, so that one set of rules checks CSV and
XLSX alike: a date cell becomes "2026-09-01", and a phone number or an id that Excel stored as a
number (33612345678.0, 123.0) becomes "33612345678", "123". In a date column, a plain number is
the date Excel shows once the cell is formatted as one (46266 is 2026-09-01): see
:func:`date_cell_text`.
"""

from __future__ import annotations

import io
import warnings
import zipfile
import zlib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900, from_excel
from openpyxl.utils.exceptions import InvalidFileException

from welcome_desk.domain.messages import N_, message
from welcome_desk.services.importing.columns import DATE_FIELDS, field_for_header
from welcome_desk.services.importing.errors import NO_HEADER, NOT_A_TABLE, ImportFileError
from welcome_desk.services.importing.table import RawRow, RawTable, trim_blank_tail

NO_SHEET = N_("The workbook {file} has no worksheet.")

# Above this, a float no longer holds every whole number exactly: keep Excel's own spelling.
_EXACT_FLOAT_LIMIT = 2**53
# The Excel serial numbers taken for dates in a date column. Up to 2100 a number is rather a year
# typed alone (1998 would be 20 June 1905): it stays text and is refused as not a date. 73415 is
# 31 December 2100: a larger number is no date of this desk (an id or a phone in the wrong column).
FIRST_DATE_SERIAL = 2101
LAST_DATE_SERIAL = 73415
# What openpyxl raises on a damaged or foreign zip (it parses the parts lazily, while we iterate).
_DAMAGED_WORKBOOK = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,  # a damaged compressed part
    NotImplementedError,  # a part compressed in a way zipfile does not know
    RuntimeError,  # a part marked encrypted (a password-protected workbook)
    KeyError,
    ValueError,
    TypeError,
    ParseError,
    EOFError,
    OSError,
)


def cell_text(value: Any) -> str:
    """The text of one cell value as openpyxl gives it (None for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        # No column of an import holds a time of day; a birth date typed with a time is a date.
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _EXACT_FLOAT_LIMIT:
            return str(int(value))
        return repr(value)
    return str(value)


def date_cell_text(value: Any, epoch: datetime = CALENDAR_WINDOWS_1900) -> str:
    """The text of a cell of a date column: a plausible serial number is the date it stands for.

    Excel stores a date as the number of days since its epoch and only shows it as a date through
    the cell's format: a date column left in the "General" format shows (and openpyxl reads)
    46266 for 2026-09-01. A time of day (the fraction) is left out.
    """
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if is_number and FIRST_DATE_SERIAL <= value < LAST_DATE_SERIAL + 1:
        day: datetime = from_excel(value, epoch)
        return day.date().isoformat()
    return cell_text(value)


def _read_values(data: bytes) -> tuple[list[tuple[Any, ...]], datetime] | None:
    """Every row of the first worksheet as raw values, and the workbook's date epoch (1900, or 1904
    for old Mac workbooks); None when the workbook has no worksheet."""
    with warnings.catch_warnings():
        # openpyxl warns about workbook features it drops (data validation, default styles,
        # conditional formatting): harmless for reading values, and not the staff's concern.
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            if not workbook.worksheets:
                return None
            sheet = workbook.worksheets[0]
            # Some generators write a wrong <dimension>; read what is really there.
            sheet.reset_dimensions()
            return [tuple(row) for row in sheet.iter_rows(values_only=True)], workbook.epoch
        finally:
            workbook.close()


def read_xlsx(path: Path, data: bytes) -> RawTable:
    """The first sheet of the workbook in ``data``; line numbers are the sheet's row numbers."""
    try:
        read = _read_values(data)
    except _DAMAGED_WORKBOOK as error:
        raise ImportFileError(message(NOT_A_TABLE, file=str(path))) from error
    if read is None:
        raise ImportFileError(message(NO_SHEET, file=str(path)))
    values, epoch = read
    headers: tuple[str, ...] | None = None
    date_columns: frozenset[int] = frozenset()
    rows: list[RawRow] = []
    # read_only sheets yield every row from row 1, empty ones included, so the index is the line.
    for line, raw in enumerate(values, start=1):
        cells = tuple(
            date_cell_text(value, epoch) if column in date_columns else cell_text(value)
            for column, value in enumerate(raw)
        )
        if all(not cell.strip() for cell in cells):
            continue
        if headers is None:
            headers = trim_blank_tail(cells)
            date_columns = _date_columns(headers)
        else:
            rows.append(RawRow(line, cells))
    if headers is None:
        raise ImportFileError(message(NO_HEADER, file=str(path)))
    return RawTable(path, headers, tuple(rows), ",", "xlsx")


def _date_columns(headers: tuple[str, ...]) -> frozenset[int]:
    """The positions of the columns that hold a date (birth, arrival, departure)."""
    found = (field_for_header(header) for header in headers)
    return frozenset(
        column for column, field in enumerate(found) if field and field.name in DATE_FIELDS
    )
