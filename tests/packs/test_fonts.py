"""Font runs: every character goes to a shipped font that has it, and a word stays in one font."""

from __future__ import annotations

import re
import unicodedata

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from welcome_desk.packs.fonts import BOLD, FACES, REGULAR, markup, register_fonts, runs, text_width
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
    ],
)
def test_each_script_goes_to_its_font(text: str, font: str) -> None:
    assert runs(text) == [(text, font)]


def test_bold_picks_the_bold_face_where_there_is_one() -> None:
    assert runs("Olena", bold=True) == [("Olena", BOLD)]
    assert runs("مرحبا", bold=True) == [("مرحبا", "NotoSansArabic-Bold")]
    assert runs("欢迎", bold=True) == [("欢迎", "DroidSansFallback")]


def test_spaces_digits_and_punctuation_stay_in_the_surrounding_run() -> None:
    assert runs("مرحبا 2026، بكم") == [("مرحبا 2026، بكم", "NotoSansArabic")]
    assert runs("Олена, 12/03/2026") == [("Олена, 12/03/2026", REGULAR)]


def test_an_em_dash_in_chinese_is_drawn_with_a_font_that_has_it() -> None:
    fonts = dict(font_of_each_char("欢迎—里尔"))
    assert fonts["欢"] == fonts["尔"] == "DroidSansFallback"
    assert not has_glyph("DroidSansFallback", "—")
    assert has_glyph(fonts["—"], "—")


def test_a_character_no_font_has_does_not_crash() -> None:
    pieces = runs("a\U0010fffdb")
    assert "".join(chunk for chunk, _ in pieces) == "a\U0010fffdb"
    assert text_width("a\U0010fffdb", 10) > 0
    assert markup("\U0010fffd")


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
