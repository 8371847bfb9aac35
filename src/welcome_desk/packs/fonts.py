"""The shipped TrueType fonts, and text cut into runs that each font can draw.

ReportLab never falls back to another font for a missing glyph, so every piece of text is cut into
runs, each with a font whose character map has its characters. A word stays in one font whenever a
single font has all its letters; spaces, digits and punctuation stay with the run around them.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from welcome_desk.paths import resources_dir


@dataclass(frozen=True, slots=True)
class Face:
    """A font family as ReportLab knows it: a regular file and an optional bold one."""

    name: str
    regular_file: str
    bold_file: str | None

    @property
    def bold_name(self) -> str:
        return f"{self.name}-Bold" if self.bold_file else self.name


# In order of preference: a word goes to the first face that has all its letters.
# Droid Sans Fallback comes before NanumSquare so that Chinese and Japanese are always drawn in the
# same font; NanumSquare draws Hangul, which Droid Sans Fallback lacks.
FACES = (
    Face("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Face("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Face("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    Face("NotoSansArmenian", "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    Face("NotoSansGeorgian", "NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"),
    Face("DroidSansFallback", "DroidSansFallbackFull.ttf", None),
    Face("NanumSquare", "NanumSquareR.ttf", "NanumSquareB.ttf"),
)
REGULAR = FACES[0].name
BOLD = FACES[0].bold_name

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}
_registered = threading.Event()
# Chinese and Japanese are written without spaces: a run of their characters is a word of its
# own, so that "前往Maison" draws 前往 in the CJK font and Maison in the Latin one.
_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_WORDS = re.compile(rf"\s+|[{_CJK}]+|[^\s{_CJK}]+")


def register_fonts() -> None:
    """Register every shipped font and its family (so that <b> works) with ReportLab; idempotent."""
    if _registered.is_set():
        return
    with _lock:
        if _registered.is_set():
            return
        folder = resources_dir() / "fonts"
        for face in FACES:
            files = [(face.name, face.regular_file)]
            if face.bold_file is not None:
                files.append((face.bold_name, face.bold_file))
            for name, file in files:
                font = TTFont(name, str(folder / file))
                pdfmetrics.registerFont(font)
                _coverage[name] = frozenset(font.face.charToGlyph)
            for bold in (False, True):
                for italic in (False, True):
                    addMapping(face.name, bold, italic, face.bold_name if bold else face.name)
        _registered.set()


def _fonts(bold: bool) -> tuple[str, ...]:
    register_fonts()
    return tuple(face.bold_name if bold else face.name for face in FACES)


def _has(font: str | None, text: str) -> bool:
    if font is None:
        return False
    coverage = _coverage[font]
    return all(ord(char) in coverage for char in text)


def _is_letter(char: str) -> bool:
    """Letters and combining marks decide a word's font; the rest goes along with it."""
    return unicodedata.category(char)[0] in "LM"


@cache
def _first_with(text: str, bold: bool) -> str | None:
    return next((font for font in _fonts(bold) if _has(font, text)), None)


@lru_cache(maxsize=8192)
def _runs(text: str, bold: bool) -> tuple[tuple[str, str], ...]:
    body = _fonts(bold)[0]
    out: list[list[str]] = []

    def add(chunk: str, font: str) -> None:
        if out and out[-1][1] == font:
            out[-1][0] += chunk
        else:
            out.append([chunk, font])

    def neutral_font(chunk: str, preferred: str | None) -> str:
        current = out[-1][1] if out else None
        if chunk.isspace():
            return current or body
        for font in (preferred, current, body):
            if _has(font, chunk):
                return font  # type: ignore[return-value]
        return _first_with(chunk, bold) or body

    for word in _WORDS.findall(unicodedata.normalize("NFC", text)):
        letters = "".join(char for char in word if _is_letter(char))
        if not letters:
            add(word, neutral_font(word, None))
            continue
        word_font = _first_with(letters, bold)
        if word_font is not None and _has(word_font, word):
            add(word, word_font)
            continue
        for char in word:
            if not _is_letter(char):
                add(char, neutral_font(char, word_font))
            elif unicodedata.category(char)[0] == "M" and out and _has(out[-1][1], char):
                add(char, out[-1][1])
            else:
                add(char, word_font or _first_with(char, bold) or body)
    return tuple((chunk, font) for chunk, font in out)


def runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """The NFC-normalised text cut into (chunk, ReportLab font name), each drawable by its font.

    Characters that no shipped font has stay in the body font (drawn as its empty glyph).
    """
    return list(_runs(text, bold))


def markup(text: str, *, bold: bool = False) -> str:
    """Escaped Paragraph markup: ``<font face>`` around runs not in the body font, ``<br/>`` for
    line breaks."""
    body = BOLD if bold else REGULAR
    parts = []
    for chunk, font in _runs(text, bold):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if font == body else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width in points of the text drawn in its runs' fonts."""
    widths = (pdfmetrics.stringWidth(chunk, font, size) for chunk, font in _runs(text, bold))
    return float(sum(widths))
