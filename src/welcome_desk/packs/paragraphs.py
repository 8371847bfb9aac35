"""Plain text in any language and script turned into a ReportLab flowable.

Text holding a script that must be shaped (Devanagari, Thai... see ``fonts``) becomes a Paragraph
with ReportLab's ``shaping`` on, which hands each word to HarfBuzz (uharfbuzz). ReportLab shapes a
whole word with the font of its first piece, which draws the wrong glyphs when a word mixes fonts
("ใจดี," has its comma in Noto Sans, the Thai font lacking one), and shapes again the pieces of a
word it cut to fit a table cell, turning them into missing glyphs. ``_shape_word`` takes its place
in ReportLab: it shapes each piece of a word with its own font, only the pieces in fonts whose
script needs it (so that Latin, Cyrillic, Chinese... around them are drawn exactly as without
shaping), and never a piece shaped already (such a piece keeps its glyphs but loses their fine
placement).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import reportlab.platypus.paragraph as reportlab_paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from welcome_desk.packs.fonts import (
    ALL,
    BOLD,
    REGULAR,
    SHAPED,
    SHAPING,
    covers,
    markup,
    needs_shaping,
)
from welcome_desk.packs.rtl import RtlParagraph, has_rtl

_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTERS = re.compile(r"[^\W\d_]")


def _font_of(piece: tuple[Any, str]) -> str | None:
    """The font of a piece of a word; None for an inline object (an image, a link anchor)."""
    style = piece[0]
    return None if hasattr(style, "cbDefn") else getattr(style, "fontName", None)


def _shaped_already(piece: tuple[Any, str]) -> bool:
    """Whether the piece was shaped already: a shaped word that ReportLab cuts to fit a line comes
    back as plain text holding the private-use codes it gave the shaped glyphs, which HarfBuzz
    would turn into missing glyphs."""
    font = _font_of(piece)
    letters = "".join(char for char in piece[1] if not char.isspace())
    return font is not None and font in SHAPED and not covers(font, letters)


def _shape_word(word: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
    """A ReportLab word (``[width, (style, text), ...]``) shaped piece by piece, each piece in its
    own font and only where its font's script needs it; other words are left to ReportLab."""
    shaped_by_reportlab: bool = isinstance(word, ttfonts.ShapedFragWord)
    if shaped_by_reportlab:
        return word
    fonts = {_font_of(piece) for piece in word[1:]}
    if not fonts & ALL:  # not one of ours
        return _reportlab_shape_word(word, *args, **kwargs)
    if not fonts & SHAPED or any(_shaped_already(piece) for piece in word[1:]):
        return word
    groups: list[tuple[str | None, list[Any]]] = []
    for piece in word[1:]:
        font = _font_of(piece)
        if groups and (font is None or font == groups[-1][0]):
            groups[-1][1].append(piece)
        else:
            groups.append((font, [piece]))
    if len(groups) == 1:
        return _reportlab_shape_word(word, *args, **kwargs)
    width, changed = word[0], False
    pieces: list[Any] = []
    for font, group in groups:
        if font not in SHAPED:
            pieces.extend(group)
            continue
        plain_width = sum(
            stringWidth(text, style.fontName, style.fontSize)
            for style, text in group
            if not hasattr(style, "cbDefn")
        )
        plain = [plain_width, *group]
        shaped = _reportlab_shape_word(plain, *args, **kwargs)
        if shaped is plain:
            pieces.extend(group)
        else:
            width += shaped[0] - plain_width
            pieces.extend(shaped[1:])
            changed = True
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *pieces])  # type: ignore[no-any-return]


if SHAPING:
    _reportlab_shape_word: Callable[..., list[Any]] = reportlab_paragraph.shapeFragWord
    reportlab_paragraph.shapeFragWord = _shape_word


def _mostly_cjk(text: str) -> bool:
    """Chinese or Japanese prose: written without spaces, so lines may break between characters."""
    return len(_CJK.findall(text)) * 2 > len(_LETTERS.findall(text))


def paragraph(text: str, style: ParagraphStyle, *, rtl: bool) -> Flowable:
    """The plain text (``\\n`` for a line break) as a flowable, drawn in the shipped fonts.

    Right-to-left text, and left-to-right text holding Arabic or Hebrew, goes through
    ``RtlParagraph``; the rest is a ReportLab ``Paragraph`` with one ``<font>`` per script run,
    shaped when a run's script needs it.
    """
    if style.fontName not in (REGULAR, BOLD):  # a style left in a built-in font
        body = BOLD if "bold" in style.fontName.lower() else REGULAR
        style = ParagraphStyle(f"{style.name}-body", parent=style, fontName=body)
    if rtl or has_rtl(text):
        return RtlParagraph(text, style, rtl=rtl)
    bold = style.fontName == BOLD
    if style.wordWrap is None and _mostly_cjk(text):
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    elif SHAPING and not style.shaping and needs_shaping(text, bold=bold):
        style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return Paragraph(markup(text, bold=bold), style)
