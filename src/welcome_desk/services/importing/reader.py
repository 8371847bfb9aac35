"""Reading an import file (CSV or XLSX) into text cells with the line numbers a spreadsheet shows.

The kind of file is told from its content, not its name: exports are often renamed, and a
workbook saved as ".csv" must still be refused clearly rather than read as garbage.

A quote left open in a CSV makes every line after it part of one value: the file is refused, naming
the line of that quote, rather than imported with its rows silently gone (:func:`_check_quotes`).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from welcome_desk.domain.messages import N_, message
from welcome_desk.services.importing.errors import NO_HEADER, NOT_A_TABLE, ImportFileError
from welcome_desk.services.importing.table import RawRow, RawTable, trim_blank_tail

CSV_DELIMITERS = (",", ";", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls) and other OLE files

NO_SUCH_FILE = N_("The file {file} does not exist.")
IS_A_FOLDER = N_("{file} is a folder, not a file: give the CSV or XLSX file to import.")
CANNOT_OPEN = N_("The file {file} cannot be opened: {reason}.")
OLD_EXCEL = N_(
    "The file {file} is in the old Excel format (.xls); save it as .xlsx or CSV and try again."
)
UNKNOWN_ENCODING = N_("The file {file} is neither UTF-8 nor Windows-1252 text.")
BAD_CSV = N_("The file {file} cannot be read as CSV (line {line}: {detail}).")
UNCLOSED_QUOTE = N_(
    'The file {file} has a quote (") opened on line {line} and never closed: every line after it '
    "would be read as one value. Close or remove that quote and try again."
)
SWALLOWED_ROWS = N_(
    "The file {file} has a quoted value from line {line} to line {end} that holds whole rows: "
    'the quote (") opened on line {line} is probably a mistake. Fix it and try again.'
)
HUGE_VALUE = N_(
    "The file {file} has a value starting on line {line} that runs on for more than {limit} "
    'characters: a quote (") is probably not closed. Fix it and try again.'
)
NO_ROWS = N_("The file {file} has a header row but no data rows.")


def read_table(path: Path) -> RawTable:
    """The header and non-blank rows of ``path``; raises :class:`ImportFileError` if unusable."""
    data = _read_bytes(path)
    if data.startswith(_ZIP_MAGIC):
        # openpyxl is loaded only for workbooks: the program starts faster without it.
        from welcome_desk.services.importing.xlsx import read_xlsx

        table = read_xlsx(path, data)
    elif data.startswith(_OLE_MAGIC):
        raise ImportFileError(message(OLD_EXCEL, file=str(path)))
    else:
        table = _read_csv(path, _decode(path, data))
    if not table.rows:
        raise ImportFileError(message(NO_ROWS, file=str(path)))
    return table


def _read_bytes(path: Path) -> bytes:
    # Asked first: Windows refuses to read a folder with "permission denied", not "is a folder".
    if path.is_dir():
        raise ImportFileError(message(IS_A_FOLDER, file=str(path)))
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise ImportFileError(message(NO_SUCH_FILE, file=str(path))) from error
    except IsADirectoryError as error:
        raise ImportFileError(message(IS_A_FOLDER, file=str(path))) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise ImportFileError(message(CANNOT_OPEN, file=str(path), reason=reason)) from error


def _decode(path: Path, data: bytes) -> str:
    """Text from UTF-8 (with or without BOM), UTF-16 with BOM, or else Windows-1252.

    UTF-8 is tried strictly first: a Windows-1252 file with accents is (almost) never valid UTF-8,
    while the reverse guess would silently turn "é" into "Ã©".
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates: tuple[str, ...] = ("utf-16",)
    else:
        # A BOM followed by bytes that are not UTF-8 (two exports pasted together): the BOM must
        # not stick to the first header as "ï»¿" when the text is read as Windows-1252.
        data = data.removeprefix(codecs.BOM_UTF8)
        candidates = ("utf-8", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:  # binary content (an image, a PDF…), not a text table
            raise ImportFileError(message(NOT_A_TABLE, file=str(path)))
        return text
    raise ImportFileError(message(UNKNOWN_ENCODING, file=str(path)))


def _first_line(text: str) -> str:
    for line in io.StringIO(text, newline=""):
        if line.strip():
            return line
    return ""


def detect_delimiter(header_line: str) -> str:
    """The separator that splits the header into the most columns (commas win a tie)."""
    best, best_count = CSV_DELIMITERS[0], 0
    for delimiter in CSV_DELIMITERS:
        try:
            count = len(next(csv.reader([header_line], delimiter=delimiter), []))
        except csv.Error:  # one field longer than the csv module takes: this one does not split
            continue
        if count > best_count:
            best, best_count = delimiter, count
    return best


def _is_blank(values: Iterable[str]) -> bool:
    return all(not value.strip() for value in values)


# Written after the text, on a line of its own: if it comes back inside a value, a quote was still
# open at the end of the file. Never part of a text the reader accepts (_decode refuses NUL).
_END_MARK = "\x00"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# "sep=;" as Excel writes it; tolerated: quoted, or followed by the separators of empty cells.
_SEPARATOR_HINT = re.compile(r'"?sep=(.)"?\1*[ ]*', re.IGNORECASE)
_NOT_SEPARATORS = frozenset('" ')


def separator_hint(text: str) -> tuple[str | None, str]:
    """The separator named by Excel's "sep=;" first line, and the text without that line.

    Excel reads such a line as the file's separator and does not show it: the header under it is
    row 1 of the sheet. The line is taken out before the rows are counted, so that line numbers
    stay those the staff see in Excel (the first data row is line 2; a text editor says 3).
    ``(None, text)`` when the first line is no such hint.
    """
    first, *rest = _LINE_BREAK.split(text, maxsplit=1)
    match = _SEPARATOR_HINT.fullmatch(first)
    if match is None or match.group(1).isalnum() or match.group(1) in _NOT_SEPARATORS:
        return None, text
    return match.group(1), "".join(rest)


def _read_csv(path: Path, text: str) -> RawTable:
    hinted, text = separator_hint(text)
    delimiter = hinted or detect_delimiter(_first_line(text))
    reader = csv.reader(io.StringIO(text + "\n" + _END_MARK, newline=""), delimiter=delimiter)
    headers: tuple[str, ...] | None = None
    rows: list[RawRow] = []
    last_line = 0
    try:
        for record in reader:
            # A quoted value may span lines: the row is shown where it starts.
            first_line, last_line = last_line + 1, reader.line_num
            if record == [_END_MARK]:
                break
            if record and _END_MARK in record[-1]:
                opened = first_line + _line_breaks(record[:-1])
                raise ImportFileError(message(UNCLOSED_QUOTE, file=str(path), line=opened))
            if _is_blank(record):
                continue
            if headers is None:
                headers = trim_blank_tail(tuple(record))
            else:
                _check_quotes(path, record, first_line, delimiter, len(headers))
                rows.append(RawRow(first_line, tuple(record)))
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            limit = csv.field_size_limit()
            raise ImportFileError(
                message(HUGE_VALUE, file=str(path), line=last_line + 1, limit=limit)
            ) from error
        raise ImportFileError(
            message(BAD_CSV, file=str(path), line=reader.line_num, detail=str(error))
        ) from error
    if headers is None:
        raise ImportFileError(message(NO_HEADER, file=str(path)))
    return RawTable(path, headers, tuple(rows), delimiter, "csv")


def _line_breaks(cells: Iterable[str]) -> int:
    return sum(len(_LINE_BREAK.findall(cell)) for cell in cells)


def _check_quotes(
    path: Path, record: list[str], first_line: int, delimiter: str, header_width: int
) -> None:
    """Refuse the file when a quoted value of ``record`` holds lines that look like whole rows.

    A stray quote at the start of a value ("Dupont) opens a quoted value that only ends at the next
    quote of the file, possibly many lines further: the rows in between would vanish into one
    cell. A line inside a value that has as many separators as the header is taken for such a row
    (a multi-line address or comment has a line break, not a dozen separators).

    The whole file is refused rather than this row alone, because where the rows really start and
    end can no longer be known: the quote may have been meant to open a value that goes on to the
    next separator, or be an extra character, and the line that closes it gets its cells shifted.
    Guessing could store values in the wrong fields; one quote fixed in the file is a sure repair.
    A header of fewer than three columns is not checked: one separator proves nothing.
    """
    separators = header_width - 1
    if separators < 2:
        return
    line = first_line
    for cell in record:
        lines = _LINE_BREAK.split(cell)
        if any(part.count(delimiter) >= separators for part in lines[1:]):
            end = line + len(lines) - 1
            raise ImportFileError(message(SWALLOWED_ROWS, file=str(path), line=line, end=end))
        line += len(lines) - 1
