"""The pieces of the access export's PDF: type styles, table layouts, dates and codes in the
staff's language, the numbered footer. Text is drawn in the welcome packs' fonts, so a name in
any script shows as written."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from babel.dates import format_date, format_datetime
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from welcome_desk.domain.messages import N_
from welcome_desk.i18n import Translate, locale_name, translator
from welcome_desk.packs.fonts import BOLD, REGULAR
from welcome_desk.packs.paragraphs import paragraph
from welcome_desk.packs.styles import GREY, INK, LINE, NAVY, PALE, TEAL
from welcome_desk.services.privacy_export import DESK

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
NONE = "—"
# What an audit entry says was done.
# What an audit entry is about.
ENTITY_LABELS = {
    "person": N_("person"),
    "external_id": N_("external id"),
    "checklist": N_("checklist"),
    "step": N_("step"),
    "housing": N_("housing"),
    "healthcare": N_("healthcare"),
    "administrative": N_("administrative papers"),
    "appointment": N_("appointment"),
    "visit": N_("visit"),
}
ACTION_LABELS = {
    "created": N_("created"),
    "updated": N_("changed"),
    "deleted": N_("deleted"),
    "anonymised": N_("anonymised"),
    "exported": N_("exported"),
    "erased": N_("erased"),
}


def _style(name: str, **values: Any) -> ParagraphStyle:
    values.setdefault("fontName", REGULAR)
    values.setdefault("textColor", INK)
    return ParagraphStyle(name, **values)


DESK_STYLE = _style("desk", fontName=BOLD, fontSize=10, leading=13, textColor=TEAL)
TITLE = _style("title", fontName=BOLD, fontSize=17, leading=22, textColor=NAVY, spaceBefore=4)
NAME = _style("name", fontName=BOLD, fontSize=15, leading=20, textColor=TEAL, spaceBefore=4)
SMALL = _style("small", fontSize=8, leading=10.5, textColor=GREY, spaceBefore=2)
BODY = _style("body", fontSize=9.5, leading=13, spaceBefore=4)
HEADING = _style(
    "heading",
    fontName=BOLD,
    fontSize=12.5,
    leading=16,
    textColor=NAVY,
    spaceBefore=12,
    keepWithNext=1,
)
CELL = _style("cell", fontSize=8, leading=10)
CELL_BOLD = _style("cell_bold", fontName=BOLD, fontSize=8, leading=10)
HEADER = _style("header", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=colors.white)


class PdfWriter:
    """Words, dates and tables of the export in the staff's language."""

    def __init__(self, data: Mapping[str, Any], language: str) -> None:
        self.data = data
        self.language = language
        self.locale = locale_name(language)
        self._: Translate = translator(language)

    def para(self, text: object, style: ParagraphStyle = CELL) -> Flowable:
        return paragraph(NONE if text is None or text == "" else str(text), style, rtl=False)

    def day(self, value: str | None) -> str:
        if not value:
            return NONE
        return format_date(date.fromisoformat(value), "medium", locale=self.locale)

    def moment(self, value: str | None) -> str:
        if not value:
            return NONE
        local = datetime.fromisoformat(value).astimezone()
        return format_datetime(local, "short", locale=self.locale)

    def label(self, labels: Mapping[Any, str], code: str | None) -> str:
        """A code's label in the staff's language; free text unchanged."""
        if not code:
            return NONE
        found = labels.get(code)
        return self._(found) if found else code

    def yes_no(self, value: bool | None) -> str:
        return NONE if value is None else (self._("yes") if value else self._("no"))

    # building blocks

    def heading(self, text: str) -> Flowable:
        return self.para(text, HEADING)

    def pairs(self, rows: Sequence[tuple[str, object]]) -> Table:
        table = Table(
            [[self.para(label, CELL_BOLD), self.para(value)] for label, value in rows],
            colWidths=[WIDTH * 0.32, WIDTH * 0.68],
            hAlign="LEFT",
        )
        table.setStyle(grid(header=False))
        return table

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float]
    ) -> Flowable:
        if not rows:
            return self.para(self._("Nothing recorded."), BODY)
        cells = [[self.para(h, HEADER) for h in header]]
        cells += [[self.para(value) for value in row] for row in rows]
        table = Table(cells, colWidths=[WIDTH * w for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(grid(header=True))
        return table

    # the sections


def shown(value: object) -> str:
    return NONE if value is None or value == "" else str(value)


def field_name(name: str) -> str:
    return name.replace("_", " ")


def change_text(field: str, before: object, after: object) -> str:
    """One value of an audit entry: "field: after" for a value set, else before → after."""
    if before is None:
        return f"{field_name(field)}: {shown(after)}"
    return f"{field_name(field)}: {shown(before)} → {shown(after)}"


def grid(*, header: bool) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
        ]
    else:
        commands.append(("BACKGROUND", (0, 0), (0, -1), PALE))
    return TableStyle(commands)


def numbered_canvas(export: PdfWriter) -> type[Canvas]:
    """A canvas that writes "Page n of m" and the desk at the foot of every page."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            _ = export._
            confidential = _("Confidential")
            count = len(self._pages)
            for page in self._pages:
                self.__dict__.update(page)
                self.setStrokeColor(LINE)
                self.setLineWidth(0.5)
                self.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
                text = _("Page {number} of {count}").format(
                    number=self.getPageNumber(), count=count
                )
                self.setFont(REGULAR, 7)
                self.setFillColor(GREY)
                self.drawString(MARGIN, 10 * mm, f"{DESK} · {confidential}")
                self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, text)
                super().showPage()
            super().save()

    return NumberedCanvas
