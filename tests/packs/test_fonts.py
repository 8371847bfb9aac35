"""Font runs: every character goes to a shipped font that has it, and a word stays in one font."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.platypus import Paragraph, SimpleDocTemplate

from welcome_desk.packs.fonts import (
    BOLD,
    FACES,
    REGULAR,
    SHAPED,
    markup,
    needs_shaping,
    register_fonts,
    runs,
    shaped,
    text_width,
)
from welcome_desk.paths import resources_dir

MIXED = (
    "Bienvenue à Lille, Nguyễn Thị Ánh ! Шевченко Олена, Ελένη Παπαδοπούλου — "
    "مرحبا بكم في ليل (12/03/2026) שלום עליכם 欢迎来到里尔。ようこそ 환영합니다 Գայանե ნინო"
)


def has_glyph(font_name: str, char: str) -> bool:
    register_fonts()
    return ord(char) in pdfmetrics.getFont(font_name).face.charToGlyph


def font_of_each_char(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    return [(char, font) for chunk, font in runs(text, bold=bold) for char in chunk]


def test_every_shipped_font_file_is_there_and_registers_once() -> None:
    folder = resources_dir() / "fonts"
    for face in FACES:
        assert (folder / face.regular_file).is_file()
        if face.bold_file:
            assert (folder / face.bold_file).is_file()
    register_fonts()
    register_fonts()
    names = set(pdfmetrics.getRegisteredFontNames())
    assert {REGULAR, BOLD, "NotoSansArabic", "DroidSansFallback", "NanumSquare"} <= names
    assert {
        "NotoSansDevanagari",
        "NotoSansDevanagari-Bold",
        "NotoSansThai",
        "NotoSansEthiopic",
    } <= names
    assert names >= SHAPED
    for licence in ("OFL-1.1.txt", "Apache-2.0.txt", "README.md"):
        assert (folder / licence).is_file()


def test_runs_give_back_the_nfc_text_and_every_character_has_a_glyph() -> None:
    decomposed = unicodedata.normalize("NFD", MIXED)
    pieces = runs(decomposed)
    assert "".join(chunk for chunk, _ in pieces) == unicodedata.normalize("NFC", MIXED)
    for char, font in font_of_each_char(MIXED):
        assert has_glyph(font, char), (char, font)
    for char, font in font_of_each_char(MIXED, bold=True):
        assert has_glyph(font, char), (char, font)


def test_a_word_is_never_cut_between_two_fonts() -> None:
    fonts = [font for _, font in font_of_each_char(MIXED)]
    for word in re.finditer(r"\S+", MIXED):
        assert len(set(fonts[word.start() : word.end()])) == 1, word.group()


@pytest.mark.parametrize(
    ("text", "font"),
    [
        ("Nguyễn Thị Ánh", "NotoSans"),
        ("Шевченко Олена", "NotoSans"),
        ("Ελένη", "NotoSans"),
        ("مرحبا بكم", "NotoSansArabic"),
        ("שלום", "NotoSansHebrew"),
        ("欢迎来到里尔", "DroidSansFallback"),
        ("ようこそ", "DroidSansFallback"),
        ("환영합니다", "NanumSquare"),
        ("Գայանե", "NotoSansArmenian"),
        ("ნინო", "NotoSansGeorgian"),
        ("प्रिया शर्मा", "NotoSansDevanagari"),
        ("সুমন", "NotoSansBengali"),
        ("தமிழ்", "NotoSansTamil"),
        ("తెలుగు", "NotoSansTelugu"),
        ("ગુજરાતી", "NotoSansGujarati"),
        ("ਪੰਜਾਬੀ", "NotoSansGurmukhi"),
        ("ಕನ್ನಡ", "NotoSansKannada"),
        ("മലയാളം", "NotoSansMalayalam"),
        ("සිංහල", "NotoSansSinhala"),
        ("สมชาย ใจดี", "NotoSansThai"),
        ("ລາວ", "NotoSansLao"),
        ("ខ្មែរ", "NotoSansKhmer"),
        ("မြန်မာ", "NotoSansMyanmar"),
        ("አበበ", "NotoSansEthiopic"),
    ],
)
def test_each_script_goes_to_its_font(text: str, font: str) -> None:
    assert runs(text) == [(text, font)]


def test_bold_picks_the_bold_face_where_there_is_one() -> None:
    assert runs("Olena", bold=True) == [("Olena", BOLD)]
    assert runs("مرحبا", bold=True) == [("مرحبا", "NotoSansArabic-Bold")]
    assert runs("欢迎", bold=True) == [("欢迎", "DroidSansFallback")]
    assert runs("प्रिया", bold=True) == [("प्रिया", "NotoSansDevanagari-Bold")]
    assert runs("สมชาย", bold=True) == [("สมชาย", "NotoSansThai-Bold")]
    assert runs("አበበ", bold=True) == [("አበበ", "NotoSansEthiopic")]  # no bold shipped


def test_spaces_digits_and_punctuation_stay_in_the_surrounding_run() -> None:
    assert runs("مرحبا 2026، بكم") == [("مرحبا 2026، بكم", "NotoSansArabic")]
    assert runs("Олена, 12/03/2026") == [("Олена, 12/03/2026", REGULAR)]


def test_an_em_dash_in_chinese_is_drawn_with_a_font_that_has_it() -> None:
    fonts = dict(font_of_each_char("欢迎—里尔"))
    assert fonts["欢"] == fonts["尔"] == "DroidSansFallback"
    assert not has_glyph("DroidSansFallback", "—")
    assert has_glyph(fonts["—"], "—")


def test_a_character_no_font_has_is_replaced_by_its_transliteration() -> None:
    """An emoji or a script no shipped font has is transliterated in the body font; a character
    with no transliteration is left out, without doubling the spaces around it."""
    assert runs("Smile 😀 ok") == [("Smile :grinning: ok", REGULAR)]
    assert runs("Santal ᱚᱞ", bold=True) == [("Santal al", BOLD)]  # Ol Chiki is not shipped
    assert runs("प्रिया 😀") == [("प्रिया ", "NotoSansDevanagari"), (":grinning:", REGULAR)]
    assert runs("a\U0010fffdb") == [("ab", REGULAR)]
    assert runs("a \U0010fffd b") == [("a b", REGULAR)]
    assert runs("\U0010fffd a\n\U0010fffd b") == [("a\nb", REGULAR)]
    assert text_width("a\U0010fffdb", 10) == pytest.approx(text_width("ab", 10))
    assert markup("a 😀 & b") == "a :grinning: &amp; b"
    for char, font in font_of_each_char("😀 ᱚᱞ ଓଡ଼ିଆ 𓀀 \U0010fffd"):
        assert char.isspace() or has_glyph(font, char), (char, font)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_transliteration_is_drawn(tmp_path: Path) -> None:
    register_fonts()
    path = tmp_path / "transliterated.pdf"
    style = ParagraphStyle("body", fontName=REGULAR)
    document = SimpleDocTemplate(str(path), initialFontName=REGULAR)
    document.build([Paragraph(markup("Bienvenue 😀 à \U0010fffd Lille ᱚᱞ"), style)])
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.split() == ["Bienvenue", ":grinning:", "à", "Lille", "al"]


def test_complex_scripts_need_shaping_and_the_others_do_not() -> None:
    for text in ("Priya प्रिया", "สมชาย", "সুমন", "தமிழ்", "አበበ", "ខ្មែរ"):
        assert needs_shaping(text), text
        assert needs_shaping(text, bold=True), text
    for text in (MIXED, "Nguyễn Thị Ánh", "", "😀"):
        assert not needs_shaping(text), text


def test_shaped_runs_are_shaped_and_measured_with_harfbuzz() -> None:
    register_fonts()
    devanagari, width = shaped("प्रिया", "NotoSansDevanagari", 10)
    assert isinstance(devanagari, ShapedStr)
    assert len(devanagari) == 4  # six characters, four glyphs: ि, the conjunct प्र, य, ा
    assert width == pytest.approx(text_width("प्रिया", 10))
    assert width < pdfmetrics.stringWidth("प्रिया", "NotoSansDevanagari", 10)
    assert shaped("Lille", REGULAR, 10) == ("Lille", pdfmetrics.stringWidth("Lille", REGULAR, 10))
    assert not isinstance(shaped("Lille", REGULAR, 10)[0], ShapedStr)


def test_markup_escapes_and_marks_the_runs_not_in_the_body_font() -> None:
    text = "Tom & <Jerry> 欢迎\nمرحبا"
    marked = markup(text)
    assert marked.startswith("Tom &amp; &lt;Jerry&gt; ")
    assert '<font face="DroidSansFallback">欢迎' in marked
    assert '<font face="NotoSansArabic">مرحبا</font>' in marked
    assert "<br/>" in marked
    assert "<font" not in markup("Tom", bold=True)
    Paragraph(marked, ParagraphStyle("body", fontName=REGULAR))  # parses


def test_text_width_adds_the_runs_widths() -> None:
    expected = pdfmetrics.stringWidth("Lille ", REGULAR, 10) + pdfmetrics.stringWidth(
        "欢迎", "DroidSansFallback", 10
    )
    assert text_width("Lille 欢迎", 10) == pytest.approx(expected)
    assert text_width("Lille", 10, bold=True) > text_width("Lille", 10)


def test_chinese_written_against_a_latin_word_keeps_each_script_in_its_font() -> None:
    """No space between 前往 and Maison: each run still goes to the font drawing its script
    (a Korean font that lists some Han characters must not take the whole word)."""
    assert runs("前往Maison Internationale参加", bold=True) == [
        ("前往", "DroidSansFallback"),
        ("Maison Internationale", BOLD),
        ("参加", "DroidSansFallback"),
    ]
