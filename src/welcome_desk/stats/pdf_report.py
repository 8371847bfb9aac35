"""The statistics as a short A4 report in the staff's language: key figures, charts, the tables.

Every text is drawn in the shipped fonts (names in any script), and every font is embedded.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from welcome_desk import __version__
from welcome_desk.i18n import locale_name
from welcome_desk.packs.fonts import BOLD, REGULAR, register_fonts, text_width
from welcome_desk.packs.paragraphs import paragraph
from welcome_desk.services.records import visit_purposes
from welcome_desk.stats import report_charts
from welcome_desk.stats.compute import KEY_STEPS, Statistics
from welcome_desk.stats.dimensions import DIMENSIONS
from welcome_desk.stats.labels import KEY_STEP_LABELS, dimension_label, value_label

Translate = Callable[[str], str]

DESK = "Maison Internationale — Université de Lille"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP_MARGIN = 16 * mm
BOTTOM_MARGIN = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
MONTHS_PER_TABLE = 12  # a longer range is cut into tables of a year's months
LONG_DIMENSIONS = ("nationality", "host_unit", "programme", "region")
TOP_ROWS = 15  # rows of a long dimension's table before "others"
TOP_COUNTRIES = 10

NAVY = report_charts.NAVY
TEAL = report_charts.TEAL
INK = report_charts.INK
GREY = report_charts.GREY
LINE = report_charts.LINE
PALE = colors.HexColor("#eef3f7")
ZERO = colors.HexColor("#9aa5b1")


def _style(name: str, **values: Any) -> ParagraphStyle:
    values.setdefault("fontName", REGULAR)
    values.setdefault("textColor", INK)
    return ParagraphStyle(name, **values)


class _Styles:
    def __init__(self) -> None:
        self.desk = _style("desk", fontName=BOLD, fontSize=10, leading=13, textColor=TEAL)
        self.title = _style(
            "title", fontName=BOLD, fontSize=20, leading=25, textColor=NAVY, spaceBefore=1 * mm
        )
        self.subtitle = _style("subtitle", fontSize=8.5, leading=11, textColor=GREY)
        self.heading = _style(
            "heading",
            fontName=BOLD,
            fontSize=13,
            leading=17,
            textColor=NAVY,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
        )
        self.subheading = _style(
            "subheading",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            textColor=TEAL,
            spaceBefore=3 * mm,
            spaceAfter=1.2 * mm,
        )
        self.note = _style("note", fontSize=7.5, leading=9.5, textColor=GREY, spaceBefore=1 * mm)
        self.body = _style("body", fontSize=10, leading=14)
        self.empty = _style(
            "empty", fontName=BOLD, fontSize=14, leading=19, textColor=NAVY, alignment=TA_CENTER
        )
        self.figure = _style(
            "figure", fontName=BOLD, fontSize=18, leading=21, textColor=NAVY, alignment=TA_CENTER
        )
        self.figure_label = _style(
            "figure_label", fontSize=7.5, leading=9.5, textColor=GREY, alignment=TA_CENTER
        )
        self.cell = _style("cell", fontSize=7.5, leading=9)
        self.cell_bold = _style("cell_bold", fontName=BOLD, fontSize=7.5, leading=9)
        self.header = _style(
            "header", fontName=BOLD, fontSize=7, leading=8.5, textColor=colors.white
        )
        self.header_right = _style(
            "header_right",
            fontName=BOLD,
            fontSize=7,
            leading=8.5,
            textColor=colors.white,
            alignment=TA_RIGHT,
        )
        self.footer = _style("footer", fontSize=7, leading=9, textColor=GREY)
        self.footer_right = _style(
            "footer_right", fontSize=7, leading=9, textColor=GREY, alignment=TA_RIGHT
        )


class _Report:
    """The report's words, numbers and dates in the staff's language."""

    def __init__(self, stats: Statistics, translate: Translate, language: str) -> None:
        self.stats = stats
        self._ = translate
        self.language = language
        self.locale = locale_name(language)
        self.styles = _Styles()
        self.months = stats.range.months()
        self.month_days = [date(int(m[:4]), int(m[5:]), 1) for m in self.months]
        self.total = sum(stats.count(month, "total") for month in self.months)
        standard = Locale.parse(self.locale).percent_formats[None].pattern
        self.percent_pattern = str(standard).replace("#,##0", "#,##0.0", 1)

    # words and numbers

    def para(self, text: str, style: ParagraphStyle) -> Flowable:
        return paragraph(text, style, rtl=False)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)

    def percent(self, share: float) -> str:
        """A share with one decimal, as the locale writes percentages ("34.5%", "34,5 %")."""
        return format_percent(share, format=self.percent_pattern, locale=self.locale)

    def month_name(self, day: date) -> str:
        return format_date(day, "MMMM y", locale=self.locale)

    def period(self) -> str:
        _ = self._
        first, last = self.month_name(self.month_days[0]), self.month_name(self.month_days[-1])
        if first == last:
            return _("Arrivals in {month}").format(month=first)
        template = _("Arrivals from {first} to {last}")
        if first[:1].lower() in "aeiouâéêh":  # French elides "de": d’avril, d’août, d’octobre
            template = template.replace("de {first}", "d’{first}")
        return template.format(first=first, last=last)

    def short_month(self, day: date) -> str:
        return format_date(day, "MMM", locale=self.locale)

    def year(self, day: date) -> str:
        return format_date(day, "y", locale=self.locale)

    # the report

    def story(self) -> list[Flowable]:
        _ = self._
        parts: list[Flowable] = [
            self.para(DESK, self.styles.desk),
            self.para(self.period(), self.styles.title),
            self.para(
                _("Statistics of the newcomers, by month of arrival · made on {day}").format(
                    day=format_date(date.today(), "long", locale=self.locale)
                ),
                self.styles.subtitle,
            ),
            Spacer(1, 4 * mm),
        ]
        if self.total == 0:
            parts += self.nobody()
        else:
            parts += self.key_figures()
            parts += self.charts()
            parts.append(PageBreak())
            parts += self.dimension_tables()
            parts += self.checklist_table()
        parts += self.visits_table()
        return parts

    def nobody(self) -> list[Flowable]:
        _ = self._
        box = Table(
            [[self.para(_("No arrivals in this period."), self.styles.empty)]],
            colWidths=[FRAME_WIDTH],
        )
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("BACKGROUND", (0, 0), (-1, -1), PALE),
                    ("BOX", (0, 0), (-1, -1), 0.6, LINE),
                    ("TOPPADDING", (0, 0), (-1, -1), 10 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10 * mm),
                ]
            )
        )
        return [
            Spacer(1, 6 * mm),
            box,
            Spacer(1, 3 * mm),
            self.para(
                _("No newcomer registered at the desk arrives in these months."), self.styles.note
            ),
        ]

    def key_figures(self) -> list[Flowable]:
        _ = self._
        eu = sum(self.stats.count(m, "eu", "eu") for m in self.months)
        non_eu = sum(self.stats.count(m, "eu", "non_eu") for m in self.months)
        applicable = sum(c.steps_applicable for c in self.stats.checklists)
        done = sum(c.steps_done for c in self.stats.checklists)
        figures = [
            (self.number(self.total), _("arrivals")),
            (self.percent(eu / self.total), _("from the EU, the EEA or Switzerland")),
            (self.percent(non_eu / self.total), _("from outside the EU, the EEA and Switzerland")),
            (
                self.percent(done / applicable) if applicable else "—",
                _("of the checklist steps done"),
            ),
        ]
        width = FRAME_WIDTH / len(figures)
        cells = [
            [self.para(value, self.styles.figure), self.para(label, self.styles.figure_label)]
            for value, label in figures
        ]
        table = Table([cells], colWidths=[width] * len(figures))
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("BACKGROUND", (0, 0), (-1, -1), PALE),
                    ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ]
            )
        )
        return [table]

    def month_labels(self) -> list[str]:
        """The month under each bar: its short name, and the year under the first and January;
        only those two for more than 24 months."""
        count = len(self.month_days)
        labels = []
        for index, day in enumerate(self.month_days):
            if count > 24 and index > 0 and day.month != 1:
                labels.append("")  # a long range: the first month and each January
            elif index == 0 or day.month == 1:
                labels.append(f"{self.short_month(day)}\n{self.year(day)}")
            else:
                labels.append(self.short_month(day))
        return labels

    def charts(self) -> list[Flowable]:
        _ = self._
        counts = [self.stats.count(m, "total") for m in self.months]
        parts: list[Flowable] = []
        if len(counts) > 1:  # a single month's arrivals are the first key figure
            width = min(FRAME_WIDTH, 60 + 42 * len(counts))
            bars = report_charts.month_bars(
                self.month_labels(),
                counts,
                width,
                62 * mm,
                self.number,
                show_values=len(counts) <= 36,
            )
            bars.hAlign = "LEFT"
            parts += [self.para(_("Arrivals per month"), self.styles.heading), bars]
        half = (FRAME_WIDTH - 8 * mm) / 2
        eu = self.slices("eu")
        categories = self.slices("category")
        pies = Table(
            [
                [
                    report_charts.pie(
                        _("EU and non-EU"), eu, half, 42 * mm, self.number, self.percent
                    ),
                    report_charts.pie(
                        dimension_label("category", _),
                        categories,
                        half,
                        42 * mm,
                        self.number,
                        self.percent,
                    ),
                ]
            ],
            colWidths=[half + 8 * mm, half],
        )
        pies.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        parts += [Spacer(1, 5 * mm), pies]
        values, table = self.stats.table("nationality")
        top = values[:TOP_COUNTRIES]
        parts += [
            CondPageBreak(70 * mm),
            self.para(_("Most frequent nationalities"), self.styles.heading),
            report_charts.ranked_bars(
                [value_label("nationality", v, _, self.language) for v in top],
                [sum(table[v].values()) for v in top],
                FRAME_WIDTH,
                self.number,
            ),
        ]
        return parts

    def slices(self, dimension: str) -> list[tuple[str, int]]:
        values, table = self.stats.table(dimension)
        return [
            (value_label(dimension, v, self._, self.language), sum(table[v].values()))
            for v in values
        ]

    # the tables

    def dimension_tables(self) -> list[Flowable]:
        _ = self._
        parts: list[Flowable] = []
        lead = [self.para(_("Tables: arrivals by month"), self.styles.heading)]
        if len(self.months) > MONTHS_PER_TABLE:
            note = _(
                "Each table shows up to {count} months; the total is that of the whole period."
            )
            lead.append(self.para(note.format(count=MONTHS_PER_TABLE), self.styles.note))
        totals = {m: self.stats.count(m, "total") for m in self.months}
        for dimension in DIMENSIONS:
            if dimension == "total":
                continue
            values, table = self.stats.table(dimension)
            rows = [(value_label(dimension, v, _, self.language), table[v], False) for v in values]
            title = dimension_label(dimension, _)
            if dimension in LONG_DIMENSIONS and len(rows) > TOP_ROWS + 1:
                rest = values[TOP_ROWS:]
                others: dict[str, int] = {
                    m: sum(table[v].get(m, 0) for v in rest) for m in self.months
                }
                rows = rows[:TOP_ROWS]
                rows.append((_("Others ({count})").format(count=len(rest)), others, False))
                title = _("{dimension}: the {count} most frequent values, then the others").format(
                    dimension=title, count=TOP_ROWS
                )
            rows.append((_("Total"), totals, True))
            parts += self.month_table([*lead, self.para(title, self.styles.subheading)], rows)
            lead = []
        return parts

    def month_table(
        self, lead: Sequence[Flowable], rows: Sequence[tuple[str, dict[str, int], bool]]
    ) -> list[Flowable]:
        """Rows (label, month -> count, is a total) × months, then the total of each row; cut
        into tables of ``MONTHS_PER_TABLE`` months for a long range. ``lead`` (headings) stays
        on the page of the first table."""
        _ = self._
        header = [f"{self.short_month(d)}\n{self.year(d)}" for d in self.month_days]
        grid = [[self.number(counts.get(m, 0)) for m in self.months] for _l, counts, _t in rows]
        totals = [
            self.number(sum(counts.get(m, 0) for m in self.months)) for _l, counts, _t in rows
        ]
        cells = [*header, *(text for line in grid for text in line)]
        month_width = max(24.0, *(self.text_width(text) for text in cells))
        total_width = max(28.0, *(self.text_width(t) for t in [_("Total"), *totals]))
        shown = min(MONTHS_PER_TABLE, len(self.months))
        label_width = FRAME_WIDTH - shown * month_width - total_width
        parts: list[Flowable] = []
        for start in range(0, len(self.months), MONTHS_PER_TABLE):
            chunk = range(start, min(start + MONTHS_PER_TABLE, len(self.months)))
            last = chunk.stop == len(self.months)
            data: list[list[Any]] = [["", *(header[i] for i in chunk)]]
            commands: list[tuple[Any, ...]] = []
            for row, (label, counts, is_total) in enumerate(rows, 1):
                style = self.styles.cell_bold if is_total else self.styles.cell
                data.append([self.para(label, style), *(grid[row - 1][i] for i in chunk)])
                if last:
                    data[-1].append(totals[row - 1])
                if is_total:
                    commands += [
                        ("FONTNAME", (1, row), (-1, row), BOLD),
                        ("LINEABOVE", (0, row), (-1, row), 0.8, NAVY),
                    ]
                    continue
                commands += [
                    ("TEXTCOLOR", (column, row), (column, row), ZERO)
                    for column, index in enumerate(chunk, 1)
                    if counts.get(self.months[index], 0) == 0
                ]
            if last:
                data[0].append(_("Total"))
            widths = [label_width] + [month_width] * len(chunk) + ([total_width] if last else [])
            table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
            table.setStyle(self.table_style(len(data), total_column=last, extra=commands))
            block: list[Flowable] = [*lead] if start == 0 else []
            block.append(table)
            parts += [KeepTogether(block), Spacer(1, 1.5 * mm)]
        return parts

    def text_width(self, text: str) -> float:
        """The room a cell's text takes, line by line, in bold, with the cell's padding."""
        return max(text_width(line, 7.5, bold=True) for line in text.split("\n")) + 7

    def table_style(
        self, rows: int, *, total_column: bool, extra: Sequence[tuple[Any, ...]] = ()
    ) -> TableStyle:
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("LEADING", (0, 0), (-1, -1), 9),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("FONTSIZE", (0, 0), (-1, 0), 7),
            ("LEADING", (0, 0), (-1, 0), 8.5),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, NAVY),
        ]
        commands += [("BACKGROUND", (0, row), (-1, row), PALE) for row in range(2, rows, 2)]
        if total_column:
            commands += [
                ("FONTNAME", (-1, 1), (-1, -1), BOLD),
                ("LINEBEFORE", (-1, 0), (-1, -1), 0.6, LINE),
            ]
        return TableStyle([*commands, *extra])

    def checklist_table(self) -> list[Flowable]:
        _ = self._
        header = [
            _("Month"),
            _("Arrivals"),
            _("With a checklist"),
            _("Steps done"),
            _("People with every step done"),
            *(_(KEY_STEP_LABELS[group]) for group in KEY_STEPS),
        ]
        groups = len(KEY_STEPS)
        top = ["", "", "", "", "", _("Median days from arrival to the step"), *[""] * (groups - 1)]
        header_style = self.styles.header
        right = self.styles.header_right
        data: list[list[Any]] = [
            [self.para(text, right) if text else "" for text in top],
            [self.para(header[0], header_style), *(self.para(t, right) for t in header[1:])],
        ]
        for row, day in zip(self.stats.checklists, self.month_days, strict=True):
            data.append(
                [
                    f"{self.short_month(day)} {self.year(day)}",
                    self.number(row.arrivals),
                    self.number(row.with_checklist),
                    self.percent(row.completion) if row.completion is not None else "—",
                    self.number(row.people_all_done),
                    *(self.days(row.median_days[group]) for group in KEY_STEPS),
                ]
            )
        applicable = sum(c.steps_applicable for c in self.stats.checklists)
        done = sum(c.steps_done for c in self.stats.checklists)
        data.append(
            [
                self.para(_("Total"), self.styles.cell_bold),
                self.number(sum(c.arrivals for c in self.stats.checklists)),
                self.number(sum(c.with_checklist for c in self.stats.checklists)),
                self.percent(done / applicable) if applicable else "—",
                self.number(sum(c.people_all_done for c in self.stats.checklists)),
                *[""] * groups,
            ]
        )
        first = 64.0
        width = (FRAME_WIDTH - first) / (len(header) - 1)
        table = Table(data, colWidths=[first] + [width] * (len(header) - 1), repeatRows=2)
        style = self.table_style(len(data), total_column=False)
        for command in (
            ("BACKGROUND", (0, 0), (-1, 1), NAVY),
            ("SPAN", (5, 0), (-1, 0)),
            ("LINEBELOW", (5, 0), (-1, 0), 0.5, colors.white),
            ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
            ("FONTNAME", (1, -1), (-1, -1), BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
        ):
            style.add(*command)
        table.setStyle(style)
        return [
            CondPageBreak(60 * mm),
            self.para(_("Checklists of the newcomers"), self.styles.heading),
            table,
            self.para(
                _(
                    "Figures of the people arriving in each month, as their checklists stand "
                    "today. Median days: from the arrival date to the day the step was done, "
                    "among the people who have done it."
                ),
                self.styles.note,
            ),
        ]

    def days(self, median: float | None) -> str:
        return "—" if median is None else format_decimal(median, "#,##0.#", locale=self.locale)

    def visits_table(self) -> list[Flowable]:
        _ = self._
        labels = {p.key: p.label(self.language) for p in visit_purposes()}
        order = {p.key: index for index, p in enumerate(visit_purposes())}
        counts: dict[str, dict[str, int]] = {}
        for count in self.stats.visits:
            counts.setdefault(count.value, {})[count.month] = count.count
        heading = self.para(_("Counter visits by purpose"), self.styles.heading)
        if not counts:
            return [
                CondPageBreak(30 * mm),
                heading,
                self.para(_("No counter visit in this period."), self.styles.body),
            ]
        purposes = sorted(counts, key=lambda key: (order.get(key, len(order)), key))
        rows = [(labels.get(key, key), counts[key], False) for key in purposes]
        note = self.para(
            _(
                "Visits in the month of the visit. A visit with several purposes counts once "
                "for each of them."
            ),
            self.styles.note,
        )
        return self.month_table([heading, note, Spacer(1, 1.5 * mm)], rows)


class _Footer:
    """The desk, the period and "Page n of m" at the foot of every page."""

    def __init__(self, report: _Report) -> None:
        self.report = report
        self.left = f"{DESK} · {report.period()}"

    def canvas_class(self) -> type[Canvas]:
        footer = self

        class NumberedCanvas(Canvas):  # type: ignore[misc]
            """Keeps every page until the end, to write how many pages there are."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                count = len(self._pages)
                for page in self._pages:
                    self.__dict__.update(page)
                    footer.draw(self, count)
                    super().showPage()
                super().save()

        return NumberedCanvas

    def draw(self, canvas: Canvas, count: int) -> None:
        _ = self.report._
        styles = self.report.styles
        canvas.saveState()
        top = BOTTOM_MARGIN - 6 * mm
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)
        page = _("Page {number} of {count}").format(number=canvas.getPageNumber(), count=count)
        right = self.report.para(page, styles.footer_right)
        _w, height = right.wrap(40 * mm, 20 * mm)
        right.drawOn(canvas, PAGE_WIDTH - MARGIN - 40 * mm, top - 2 - height)
        left = self.report.para(self.left, styles.footer)
        _w, height = left.wrap(FRAME_WIDTH - 44 * mm, 20 * mm)
        left.drawOn(canvas, MARGIN, top - 2 - height)
        canvas.restoreState()


def stats_pdf(stats: Statistics, translate: Translate, language: str) -> bytes:
    """The report of ``stats`` as the bytes of a PDF file, in ``language``."""
    register_fonts()
    report = _Report(stats, translate, language)
    _ = translate
    output = io.BytesIO()
    document = SimpleDocTemplate(
        output,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        initialFontName=REGULAR,
        title=report.period(),
        author=DESK,
        subject=_("Statistics of the newcomers"),
        creator=f"Welcome Desk {__version__}",
        lang=language,
    )
    footer = _Footer(report)
    document.build(report.story(), canvasmaker=footer.canvas_class())
    return output.getvalue()
