"""Plain text in any language and script turned into a ReportLab flowable."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from welcome_desk.packs.fonts import BOLD, REGULAR, markup
from welcome_desk.packs.rtl import RtlParagraph, has_rtl

_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTERS = re.compile(r"[^\W\d_]")


def _mostly_cjk(text: str) -> bool:
    """Chinese or Japanese prose: written without spaces, so lines may break between characters."""
    return len(_CJK.findall(text)) * 2 > len(_LETTERS.findall(text))


def paragraph(text: str, style: ParagraphStyle, *, rtl: bool) -> Flowable:
    """The plain text (``\\n`` for a line break) as a flowable, drawn in the shipped fonts.

    Right-to-left text, and left-to-right text holding Arabic or Hebrew, goes through
    ``RtlParagraph``; the rest is a ReportLab ``Paragraph`` with one ``<font>`` per script run.
    """
    if style.fontName not in (REGULAR, BOLD):  # a style left in a built-in font
        body = BOLD if "bold" in style.fontName.lower() else REGULAR
        style = ParagraphStyle(f"{style.name}-body", parent=style, fontName=body)
    if rtl or has_rtl(text):
        return RtlParagraph(text, style, rtl=rtl)
    if style.wordWrap is None and _mostly_cjk(text):
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return Paragraph(markup(text, bold=style.fontName == BOLD), style)
