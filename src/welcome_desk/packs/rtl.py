"""Right-to-left text for ReportLab: Arabic shaping, bidi reordering and a paragraph that draws it.

ReportLab's own bidi support needs a package that is not on the registry. This flowable shapes
Arabic with arabic_reshaper, wraps in logical order, reorders each line with python-bidi and draws
the runs of the visual line right-aligned (or centred); runs in scripts that need it (a Devanagari
name in an Arabic pack) are shaped with HarfBuzz.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import arabic_reshaper
import bidi
from bidi.algorithm import get_display as legacy_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from welcome_desk.packs.fonts import BOLD, runs, shaped, text_width

# Break opportunities: runs of spaces, a Chinese or Japanese character (with the punctuation that
# may not start a line), or any other run of non-spaces.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKENS = re.compile(rf"\s+|[{_CJK}][、。，．！？：；）」』】〉》…ー]*|[^\s{_CJK}]+")
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def has_rtl(text: str) -> bool:
    """Whether the text holds any right-to-left letter (Arabic, Hebrew...)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def shape(text: str) -> str:
    """Arabic letters replaced by their joined presentation forms; other text kept as it is."""
    return str(arabic_reshaper.reshape(unicodedata.normalize("NFC", text)))


def _levels(line: str, rtl: bool) -> list[int] | None:
    """The resolved embedding level of each character (unicode-bidi, brackets paired), or None."""
    debug = str(bidi.get_display(line, base_dir="R" if rtl else "L", debug=True))
    start, end = debug.find("levels:"), debug.find("paragraphs:")
    by_byte = [int(level) for level in _LEVEL.findall(debug[start:end])]
    if start < 0 or len(by_byte) != len(line.encode()):
        return None
    levels, offset = [], 0
    for char in line:
        levels.append(by_byte[offset])
        offset += len(char.encode())
    return levels


def visual(line: str, *, rtl: bool) -> str:
    """One line (no line breaks) in display order, mirrored brackets in right-to-left runs."""
    levels = _levels(line, rtl)
    if levels is None:
        return str(legacy_display(line, base_dir="R" if rtl else "L"))
    base = 1 if rtl else 0
    for index in range(len(line) - 1, -1, -1):  # trailing spaces take the paragraph's level
        if not line[index].isspace():
            break
        levels[index] = base
    order = list(range(len(line)))
    lowest_odd = min((level for level in levels if level % 2), default=None)
    if lowest_odd is not None:
        for level in range(max(levels), lowest_odd - 1, -1):
            index = 0
            while index < len(order):
                if levels[order[index]] < level:
                    index += 1
                    continue
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
    return "".join(MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order)


@dataclass(frozen=True, slots=True)
class Line:
    """A wrapped line in logical order, and what joined it to the next one."""

    text: str
    joiner: str  # " " (wrapped at a space), "" (a word cut), "\n" (a line break)


def wrap(text: str, width: float, size: float, *, bold: bool) -> list[Line]:
    """The text cut into lines no wider than ``width`` (a word wider than a line is cut)."""
    lines: list[Line] = []
    for hard_line in text.split("\n"):
        current, current_width, space = "", 0.0, ""
        for token in _TOKENS.findall(hard_line):
            if token.isspace():
                space = token if current else ""
                continue
            token_width = text_width(token, size, bold=bold)
            gap = text_width(space, size, bold=bold) if space else 0.0
            if current and current_width + gap + token_width <= width:
                current += space + token
                current_width += gap + token_width
                space = ""
                continue
            if current:
                lines.append(Line(current, " " if space else ""))
            current, current_width, space = "", 0.0, ""
            while token_width > width and len(token) > 1:
                cut = _fitting(token, width, size, bold)
                lines.append(Line(token[:cut], ""))
                token = token[cut:]
                token_width = text_width(token, size, bold=bold)
            current, current_width = token, token_width
        lines.append(Line(current, "\n"))
    return [*lines[:-1], Line(lines[-1].text, "")] if lines else lines


def _fitting(word: str, width: float, size: float, bold: bool) -> int:
    """How many leading characters of the word fit in the width (at least one)."""
    count = 1
    while count < len(word) and text_width(word[: count + 1], size, bold=bold) <= width:
        count += 1
    return count


class RtlParagraph(Flowable):  # type: ignore[misc]
    """Plain text drawn right-to-left (or left-to-right with right-to-left parts when ``rtl`` is
    false), wrapped to the available width and split across frames."""

    def __init__(self, text: str, style: ParagraphStyle, *, rtl: bool = True) -> None:
        super().__init__()
        self.text = shape(text)
        self.style = style
        self.rtl = rtl
        self.bold = style.fontName == BOLD
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.lines: list[Line] = []

    def _inner(self, available_width: float) -> float:
        return float(available_width - self.style.leftIndent - self.style.rightIndent)

    def _wrap_lines(self, available_width: float) -> list[Line]:
        size = self.style.fontSize
        return wrap(self.text, self._inner(available_width), size, bold=self.bold)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.lines = self._wrap_lines(availWidth)
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def minWidth(self) -> float:
        """The widest word, so that tables never make a column narrower than that."""
        size = self.style.fontSize
        words = _TOKENS.findall(self.text) or [""]
        widest = max(text_width(word, size, bold=self.bold) for word in words)
        return float(widest + self.style.leftIndent + self.style.rightIndent)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._wrap_lines(availWidth)
        fitting = int((availHeight + 1e-6) // self.style.leading)
        if fitting <= 0 or not lines:
            return []
        if fitting >= len(lines):
            return [self]
        first = self._part(lines[:fitting])
        second = self._part(lines[fitting:])
        first.spaceAfter = 0
        second.spaceBefore = 0
        return [first, second]

    def _part(self, lines: list[Line]) -> RtlParagraph:
        part = RtlParagraph("", self.style, rtl=self.rtl)
        part.text = "".join(line.text + line.joiner for line in lines[:-1]) + lines[-1].text
        return part

    def draw(self) -> None:
        style = self.style
        size = style.fontSize
        inner = self._inner(self.width)
        y = self.height - size
        for line in self.lines:
            pieces = [
                (*shaped(chunk, font, size), font)
                for chunk, font in runs(visual(line.text, rtl=self.rtl), bold=self.bold)
            ]
            width = sum(piece_width for _chunk, piece_width, _font in pieces)
            if style.alignment == TA_CENTER:
                x = style.leftIndent + (inner - width) / 2
            elif self.rtl or style.alignment == TA_RIGHT:
                x = style.leftIndent + inner - width
            else:
                x = style.leftIndent
            text = self.canv.beginText(x, y)
            text.setFillColor(style.textColor)
            for chunk, _width, font in pieces:
                text.setFont(font, size)
                text.textOut(chunk)
            self.canv.drawText(text)
            y -= style.leading
