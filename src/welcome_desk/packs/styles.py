"""The pack's look: A4, colours, type sizes; right-aligned for right-to-left languages."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from welcome_desk.packs.fonts import BOLD, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 24 * mm  # room for the desk's contacts on every page
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN

NAVY = colors.HexColor("#1d3557")
TEAL = colors.HexColor("#2a7f8f")
CORAL = colors.HexColor("#d1495b")
GREEN = colors.HexColor("#2e7d4f")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#5f6b76")
PALE = colors.HexColor("#eef3f7")
LINE = colors.HexColor("#c9d3dc")


@dataclass(frozen=True)
class PackStyles:
    cover_title: ParagraphStyle
    cover_name: ParagraphStyle
    cover_line: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_done: ParagraphStyle
    cell_late: ParagraphStyle
    number: ParagraphStyle
    footer: ParagraphStyle
    centred_small: ParagraphStyle
    band: ParagraphStyle


def pack_styles(rtl: bool) -> PackStyles:
    align = TA_RIGHT if rtl else TA_LEFT

    def style(name: str, **values: object) -> ParagraphStyle:
        values.setdefault("fontName", REGULAR)
        values.setdefault("alignment", align)
        values.setdefault("textColor", INK)
        return ParagraphStyle(name, **values)

    return PackStyles(
        cover_title=style(
            "cover_title", fontName=BOLD, fontSize=30, leading=38, textColor=NAVY, spaceAfter=6 * mm
        ),
        cover_name=style(
            "cover_name", fontName=BOLD, fontSize=22, leading=28, textColor=TEAL, spaceAfter=3 * mm
        ),
        cover_line=style("cover_line", fontSize=12, leading=17, textColor=INK),
        heading=style(
            "heading",
            fontName=BOLD,
            fontSize=17,
            leading=22,
            textColor=NAVY,
            spaceBefore=2 * mm,
            spaceAfter=3 * mm,
        ),
        subheading=style(
            "subheading",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=TEAL,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        body=style("body", fontSize=10, leading=14, spaceAfter=2 * mm),
        small=style("small", fontSize=8.5, leading=11.5, textColor=GREY, spaceAfter=1.5 * mm),
        cell=style("cell", fontSize=9, leading=12),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=9.5, leading=12.5),
        cell_small=style("cell_small", fontSize=8, leading=10.5, textColor=GREY),
        cell_done=style("cell_done", fontName=BOLD, fontSize=8.5, leading=11, textColor=GREEN),
        cell_late=style("cell_late", fontName=BOLD, fontSize=8.5, leading=11, textColor=CORAL),
        number=style("number", fontName=BOLD, fontSize=16, leading=19, textColor=CORAL),
        footer=style("footer", fontSize=7.5, leading=9.5, textColor=GREY, alignment=TA_CENTER),
        band=style("band", fontName=BOLD, fontSize=11, leading=14, textColor=colors.white),
        centred_small=style(
            "centred_small", fontSize=7.5, leading=9.5, textColor=GREY, alignment=TA_CENTER
        ),
    )
