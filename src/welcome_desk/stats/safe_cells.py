"""Export safety: no cell of an export becomes a formula in a spreadsheet.

Text that a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, or a
tab or carriage return that some programs skip) is written as text: in a CSV with an apostrophe
in front (the usual defence; spreadsheets hide it), in an XLSX as a string cell marked as text.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_risky(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(value: object) -> object:
    """A CSV cell: numbers as they are, risky text behind an apostrophe."""
    if isinstance(value, str) and is_risky(value):
        return "'" + value
    return value
