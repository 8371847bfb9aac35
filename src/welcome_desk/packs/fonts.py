"""The shipped TrueType fonts, and text cut into runs that each font can draw.

ReportLab never falls back to another font for a missing glyph, so every piece of text is cut into
runs, each with a font whose character map has its characters. A word stays in one font whenever a
single font has all its letters; spaces, digits and punctuation stay with the run around them.

Scripts whose letters change shape or order with their neighbours (Devanagari, Bengali, Tamil,
Thai, Khmer...) have ``shaped`` faces: their runs must be shaped with HarfBuzz (ReportLab's
``shaping``, through uharfbuzz) to be drawn right; ``needs_shaping`` tells when a text has such a
run, and ``shaped`` gives a run ready for a canvas.

No character is lost silently: one that no shipped font has (an emoji, a script not shipped) is
replaced by its transliteration (anyascii: 😀 becomes ``:grinning:``, ଓ becomes ``o``), drawn in the
body font; it is left out only when it has no transliteration (private-use or invisible formatting
characters), and then the double space it leaves is collapsed.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from anyascii import anyascii
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from welcome_desk.paths import resources_dir


@dataclass(frozen=True, slots=True)
class Face:
    """A font family as ReportLab knows it: a regular file and an optional bold one, and whether
    its script must be shaped to be drawn right."""

    name: str
    regular_file: str
    bold_file: str | None
    shaped: bool = False

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
    # Scripts shaped with HarfBuzz. Sinhala and Ethiopic ship no bold (their files are the largest):
    # their bold text is drawn in the regular face.
    Face(
        "NotoSansDevanagari",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
        shaped=True,
    ),
    Face("NotoSansBengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", shaped=True),
    Face("NotoSansTamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf", shaped=True),
    Face("NotoSansTelugu", "NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf", shaped=True),
    Face(
        "NotoSansGujarati", "NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf", shaped=True
    ),
    Face(
        "NotoSansGurmukhi", "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf", shaped=True
    ),
    Face("NotoSansKannada", "NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf", shaped=True),
    Face(
        "NotoSansMalayalam",
        "NotoSansMalayalam-Regular.ttf",
        "NotoSansMalayalam-Bold.ttf",
        shaped=True,
    ),
    Face("NotoSansSinhala", "NotoSansSinhala-Regular.ttf", None, shaped=True),
    Face("NotoSansThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", shaped=True),
    Face("NotoSansLao", "NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf", shaped=True),
    Face("NotoSansKhmer", "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", shaped=True),
    Face("NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf", shaped=True),
    Face("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", None, shaped=True),
)
REGULAR = FACES[0].name
BOLD = FACES[0].bold_name
# ReportLab shapes from version 4.4 on (with uharfbuzz installed); before, these scripts are drawn
# unshaped.
SHAPING = hasattr(ttfonts, "shapeStr")
# The ReportLab names of the fonts whose runs must be shaped, and of every shipped font.
SHAPED = frozenset(name for face in FACES if face.shaped for name in (face.name, face.bold_name))
ALL = frozenset(name for face in FACES for name in (face.name, face.bold_name))

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


def covers(font: str, text: str) -> bool:
    """Whether the font's character map has every character of the text (the private-use codes
    ReportLab gives to the glyphs it shapes are not in it)."""
    register_fonts()
    return _has(font, text)


def _is_letter(char: str) -> bool:
    """Letters and combining marks decide a word's font; the rest goes along with it."""
    return unicodedata.category(char)[0] in "LM"


@cache
def _first_with(text: str, bold: bool) -> str | None:
    return next((font for font in _fonts(bold) if _has(font, text)), None)


@cache
def _covered(bold: bool) -> frozenset[int]:
    """Every character some shipped font of the weight has."""
    return frozenset().union(*(_coverage[font] for font in _fonts(bold)))


def _transliterated(text: str, bold: bool) -> str:
    """The text with each character no shipped font has replaced by its transliteration, or left
    out (with the space after it when it stood alone between spaces) when it has none."""
    covered = _covered(bold)
    if all(ord(char) in covered or char.isspace() for char in text):
        return text
    out: list[str] = []
    after_space = True  # a space after a character left out would double the one before it
    dropped = False
    for char in text:
        if char.isspace():
            if not (dropped and after_space and char != "\n"):
                out.append(char)
            after_space, dropped = True, False
        elif ord(char) in covered:
            out.append(char)
            after_space, dropped = False, False
        else:
            replacement = anyascii(char)
            out.append(replacement)
            if replacement:
                after_space, dropped = False, False
            else:
                dropped = True
    return "".join(out)


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

    drawable = _transliterated(unicodedata.normalize("NFC", text), bold)
    for word in _WORDS.findall(drawable):
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

    A character that no shipped font has is replaced by its transliteration in the body font, or
    left out when it has none (see the module's docstring).
    """
    return list(_runs(text, bold))


def needs_shaping(text: str, *, bold: bool = False) -> bool:
    """Whether some of the text is drawn in a font whose script must be shaped (Devanagari...)."""
    return any(font in SHAPED for _chunk, font in _runs(text, bold))


@lru_cache(maxsize=4096)
def shaped(chunk: str, font: str, size: float) -> tuple[str, float]:
    """A run as a canvas text object draws it, and its width in points: shaped with HarfBuzz (a
    ReportLab ``ShapedStr``) when its font's script needs it, else the run itself."""
    if SHAPING and font in SHAPED and pdfmetrics.getFont(font).shapable:
        text = ttfonts.shapeStr(chunk, font, size)
        if isinstance(text, ttfonts.ShapedStr):
            advance = sum(data.x_advance for data in text.__shapeData__)
            return text, float(advance * size / 1000)
    return chunk, float(pdfmetrics.stringWidth(chunk, font, size))


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
    """The width in points of the text drawn in its runs' fonts (shaped where they need it)."""
    widths = (
        shaped(chunk, font, size)[1]
        if font in SHAPED
        else pdfmetrics.stringWidth(chunk, font, size)
        for chunk, font in _runs(text, bold)
    )
    return float(sum(widths))
