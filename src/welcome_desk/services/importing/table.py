"""A file read into text cells, before any column is interpreted."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class RawRow:
    """One non-blank data row, its cells as text, and the line where a spreadsheet shows it."""

    line: int
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RawTable:
    """The header and the data rows of an import file (fully blank rows already dropped).

    ``delimiter`` is the CSV separator found in the file (a comma for workbooks), so that the
    rejects file opens in the staff's Excel the same way as the file they gave.
    """

    path: Path
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    delimiter: str
    kind: str  # "csv" or "xlsx"


def trim_blank_tail(cells: tuple[str, ...]) -> tuple[str, ...]:
    """``cells`` without the empty ones at the end (Excel exports often add a few)."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]
