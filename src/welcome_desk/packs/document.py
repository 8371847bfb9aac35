"""One welcome pack as PDF bytes: the person's pages, then the city's; the desk on every page."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, SimpleDocTemplate

from welcome_desk import __version__
from welcome_desk.packs import sections_city, sections_person
from welcome_desk.packs.catalog import PackText
from welcome_desk.packs.content import PackContent
from welcome_desk.packs.data import PackData
from welcome_desk.packs.fonts import REGULAR, register_fonts
from welcome_desk.packs.layout import Layout
from welcome_desk.packs.styles import (
    BOTTOM_MARGIN,
    FRAME_WIDTH,
    LINE,
    MARGIN,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEAL,
    TOP_MARGIN,
)

BAND_HEIGHT = 16 * mm


def story(layout: Layout, data: PackData, content: PackContent) -> list[Flowable]:
    parts: list[Flowable] = []
    parts += sections_person.cover(layout, data, content)
    parts += sections_person.checklist(layout, data)
    parts += sections_person.appointments(layout, data)
    parts.append(CondPageBreak(60 * mm))
    parts += sections_city.emergency(layout, content)
    parts.append(PageBreak())
    parts += sections_city.guide(layout, data, content)
    parts.append(PageBreak())
    parts += sections_city.places(layout, content)
    parts.append(CondPageBreak(90 * mm))
    parts += sections_city.budget(layout, content)
    parts.append(CondPageBreak(70 * mm))
    parts += sections_city.events(layout, data, content)
    parts.append(CondPageBreak(80 * mm))
    parts += sections_city.glossary(layout, content)
    parts.append(CondPageBreak(110 * mm))
    parts += sections_city.websites(layout, content)
    return parts


class _Pages:
    """Draws what every page carries: the desk's contacts and the page number; the person's name
    at the top of every page but the cover."""

    def __init__(self, layout: Layout, data: PackData, content: PackContent) -> None:
        desk = content.desk
        text = layout.text
        contact = [
            text.text(desk.name),
            f"{desk.address.street}, {desk.address.postcode} {desk.address.city}",
        ]
        contact += [value for value in (desk.phone, desk.email, desk.website) if value]
        self.contact = "  ·  ".join(contact)
        self.layout = layout
        self.name = data.person.full_name
        self.band = layout._("Maison Internationale · Université de Lille · Ville de Lille")

    def _draw(self, canvas: Canvas, content: str, y: float, *, header: bool) -> float:
        """Draw a centred small line (or lines) from ``y`` down (footer) or up (header);
        return its height."""
        layout = self.layout
        style = layout.styles.footer
        flowable = layout.para(content, style)
        _width, height = flowable.wrap(FRAME_WIDTH, 40 * mm)
        flowable.drawOn(canvas, MARGIN, y - (0 if header else height))
        return float(height)

    def first(self, canvas: Canvas, document: SimpleDocTemplate) -> None:
        """The cover: a band with the desk's name across the top, and the footer."""
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE_HEIGHT - BAND_HEIGHT, PAGE_WIDTH, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(TEAL)
        canvas.rect(0, PAGE_HEIGHT - BAND_HEIGHT - 1.6 * mm, PAGE_WIDTH, 1.6 * mm, stroke=0, fill=1)
        band = self.layout.para(self.band, self.layout.styles.band)
        _width, height = band.wrap(FRAME_WIDTH, BAND_HEIGHT)
        band.drawOn(canvas, MARGIN, PAGE_HEIGHT - BAND_HEIGHT / 2 - height / 2)
        self._footer(canvas, document)
        canvas.restoreState()

    def later(self, canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        self._draw(canvas, self.name, PAGE_HEIGHT - TOP_MARGIN + 4 * mm, header=True)
        self._footer(canvas, document)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        top = BOTTOM_MARGIN - 5 * mm
        canvas.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)
        number = self.layout.text.number(canvas.getPageNumber())
        page = self.layout._("Page {number}").format(number=number)
        # two paragraphs: the contacts (Latin) keep their own direction in any pack
        height = self._draw(canvas, self.contact, top - 1.5 * mm, header=False)
        self._draw(canvas, page, top - 1.5 * mm - height, header=False)


def make_pack(data: PackData, content: PackContent, language: str) -> bytes:
    """The pack of ``data`` in ``language`` (any language: missing words fall back to English)."""
    register_fonts()
    layout = Layout(PackText(language))
    _ = layout._
    output = io.BytesIO()
    document = SimpleDocTemplate(
        output,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        initialFontName=REGULAR,
        title=_("Welcome pack — {name}").format(name=data.person.full_name),
        author="Maison Internationale — Université de Lille",
        subject=_("Your welcome pack"),
        creator=f"Welcome Desk {__version__}",
        lang=layout.text.locale.language,
    )
    pages = _Pages(layout, data, content)
    document.build(story(layout, data, content), onFirstPage=pages.first, onLaterPages=pages.later)
    return output.getvalue()
