"""The statistics as a workbook: a formatted sheet per table, the tidy data and the arrivals.

Every sheet has a frozen, bold header row, filters and column widths. Written row by row with
XlsxWriter (a year at a large university is tens of thousands of rows).
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from welcome_desk.stats.compute import Statistics
from welcome_desk.stats.dimensions import DIMENSIONS
from welcome_desk.stats.labels import KEY_STEP_LABELS, dimension_label, value_label

Translate = Callable[[str], str]


def N_(message: str) -> str:
    return message


CODE = N_("Code")
TOTAL = N_("Total")
MONTH = N_("Month")


class _Sheets:
    """Sheets written row by row (XlsxWriter's constant-memory mode). Text is always written as
    text: XlsxWriter is told never to turn a string into a formula, a number or a link."""

    def __init__(self) -> None:
        import xlsxwriter

        self.output = io.BytesIO()
        self.workbook = xlsxwriter.Workbook(
            self.output,
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        self.header = self.workbook.add_format(
            {
                "bold": True,
                "font_color": "#FFFFFF",
                "bg_color": "#1D3557",
                "text_wrap": True,
                "valign": "top",
            }
        )
        self.date = self.workbook.add_format({"num_format": "yyyy-mm-dd"})
        self.formats: dict[str, Any] = {}

    def add(
        self,
        title: str,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        frozen_columns: int = 1,
        formats: dict[int, str] | None = None,
    ) -> None:
        sheet = self.workbook.add_worksheet(title[:31])
        for index, width in enumerate(widths[: len(header)]):
            sheet.set_column(index, index, width)
        sheet.freeze_panes(1, frozen_columns)
        sheet.autofilter(0, 0, len(rows), len(header) - 1)
        # Printed (or turned into a PDF): A4 landscape, as wide as the page, the header on each.
        sheet.set_paper(9)
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        longest = max((len(text) / max(widths[i], 1) for i, text in enumerate(header)), default=1)
        sheet.set_row(0, 15 * min(4, max(1, math.ceil(longest))))  # wrapped headers all seen
        for column, text in enumerate(header):
            sheet.write_string(0, column, text, self.header)
        number_formats = {
            index: self.formats.setdefault(code, self.workbook.add_format({"num_format": code}))
            for index, code in (formats or {}).items()
        }
        for line, row in enumerate(rows, 1):
            for column, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    sheet.write_string(line, column, value)
                elif isinstance(value, date):
                    sheet.write_datetime(line, column, value, self.date)
                else:
                    sheet.write_number(line, column, value, number_formats.get(column))

    def save(self) -> bytes:
        self.workbook.close()
        return self.output.getvalue()


def stats_xlsx(
    stats: Statistics, translate: Translate, language: str, *, with_names: bool = False
) -> bytes:
    """The workbook. Its list of arrivals holds the internal id and the counted facts only;
    ``with_names`` adds the external ids and names, for the desk's own use (a file sent out of
    the desk should not carry them)."""
    _ = translate
    months = stats.range.months()
    sheets = _Sheets()
    for dimension in DIMENSIONS:
        values, table = stats.table(dimension)
        rows = []
        for value in values:
            counts = [table[value].get(month, 0) for month in months]
            rows.append([value, value_label(dimension, value, _, language), *counts, sum(counts)])
        header = [_(CODE), dimension_label(dimension, _), *months, _(TOTAL)]
        sheets.add(dimension, header, rows, [14, 34, *([9] * len(months)), 10], frozen_columns=2)
    checklist_header = [
        _(MONTH),
        _("Arrivals"),
        _("With a checklist"),
        _("Steps that apply"),
        _("Steps done"),
        _("Share of steps done"),
        _("People with every step done"),
    ]
    for label in KEY_STEP_LABELS.values():
        checklist_header += [
            _("{step}: median days from arrival").format(step=_(label)),
            _("{step}: people done").format(step=_(label)),
        ]
    checklist_rows = []
    for row in stats.checklists:
        line: list[Any] = [
            row.month,
            row.arrivals,
            row.with_checklist,
            row.steps_applicable,
            row.steps_done,
            row.completion,
            row.people_all_done,
        ]
        for group in KEY_STEP_LABELS:
            line += [row.median_days[group], row.done_counts[group]]
        checklist_rows.append(line)
    sheets.add(
        "checklists",
        checklist_header,
        checklist_rows,
        [10, 10, 12, 12, 12, 12, 14, *([16, 12] * len(KEY_STEP_LABELS))],
        formats={5: "0.0%"},
    )
    purposes = sorted({c.value for c in stats.visits})
    visit_rows = []
    for purpose in purposes:
        counts = [
            next((c.count for c in stats.visits if (c.month, c.value) == (m, purpose)), 0)
            for m in months
        ]
        visit_rows.append([purpose, *counts, sum(counts)])
    sheets.add(
        "visits",
        [_("Purpose of the visit"), *months, _(TOTAL)],
        visit_rows,
        [30, *([9] * len(months)), 10],
    )
    who_header = [_("External ids"), _("Family name"), _("Given names")] if with_names else []
    arrival_header = [
        _("Internal id"),
        *who_header,
        _("Arrival date"),
        _("Departure date"),
        _(MONTH),
        *(dimension_label(d, _) for d in DIMENSIONS if d != "total"),
    ]
    arrival_rows = [
        [
            a.id,
            *([a.external_ids, a.family_name, a.given_names] if with_names else []),
            a.arrival_date,
            a.departure_date,
            f"{a.arrival_date.year:04d}-{a.arrival_date.month:02d}",
            *(a.values[d] for d in DIMENSIONS if d != "total"),
        ]
        for a in stats.arrivals
    ]
    who_widths = [22, 22, 22] if with_names else []
    sheets.add(
        "arrivals",
        arrival_header,
        arrival_rows,
        [10, *who_widths, 12, 12, 9, 12, 10, 9, 22, 18, 28, 6, 10, 18],
        frozen_columns=4 if with_names else 1,
    )
    sheets.add(
        "data",
        ["month", "dimension", "value", "count"],
        [[c.month, c.dimension, c.value, c.count] for c in stats.counts],
        [9, 14, 30, 8],
    )
    return sheets.save()
