"""Paragraphs in every script, written to real PDFs and read back with poppler's tools."""

from __future__ import annotations

import html
import itertools
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import arabic_reshaper
import pytest
import uharfbuzz
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from welcome_desk.packs.fonts import BOLD, REGULAR, register_fonts
from welcome_desk.packs.paragraphs import paragraph
from welcome_desk.packs.rtl import RtlParagraph, visual, wrap
from welcome_desk.paths import resources_dir

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils is not installed",
)

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15, spaceAfter=4)
TITLE = ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=16, leading=20)
CENTRED = ParagraphStyle("centred", parent=BODY, alignment=TA_CENTER)
ARABIC = "مرحبا بكم في ليل"
ARABIC_LINE = f"{ARABIC} (Jean-Luc Dupont) 12/03/2026"
MARGIN = 72
RIGHT_EDGE = A4[0] - MARGIN - 6  # the frame's padding
NAMES = ("प्रिया शर्मा", "สมชาย ใจดี", "সুমন", "தமிழ்", "አበበ")
# What HarfBuzz draws for them: ि before the conjunct प्र, the reph of र्म over मा, ழ் joined.
PRIYA = ["ivowelsign03deva", "paradeva", "yadeva", "aavowelsigndeva"]
SHARMA = ["shadeva", "madeva", "aavowelsigndeva", "rephdeva"]
TAMIL = ["tatamil", "matamil", "ivowelsigntamil", "lllaprehalftamil"]


@dataclass(frozen=True)
class Word:
    page: int
    x_min: float
    x_max: float
    y_middle: float
    text: str


def build(path: Path, story: list[Flowable]) -> Path:
    register_fonts()
    document = SimpleDocTemplate(
        str(path), pagesize=A4, initialFontName=REGULAR, leftMargin=MARGIN, rightMargin=MARGIN
    )
    document.build(story)
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_words(path: Path) -> list[Word]:
    """Every word drawn, with its page and box (poppler's -bbox output)."""
    output = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words, page = [], 0
    number = r'"([\d.]+)"'
    pattern = rf"<page |<word xMin={number} yMin={number} xMax={number} yMax={number}>(.*?)</word>"
    for match in re.finditer(pattern, output):
        if match.group(0) == "<page ":
            page += 1
            continue
        x_min, y_min, x_max, y_max = (float(match.group(i)) for i in (1, 2, 3, 4))
        words.append(Word(page, x_min, x_max, (y_min + y_max) / 2, html.unescape(match.group(5))))
    return words


def lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped by page and line (middles under 5 points apart), each left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.page, w.y_middle)):
        first = lines[-1][0] if lines else None
        if first and first.page == word.page and word.y_middle - first.y_middle < 5:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x_min) for line in lines]


def line_with(words: list[Word], needle: str) -> list[Word]:
    return next(line for line in lines_of(words) if any(needle in w.text for w in line))


def glyph_names(font: str, drawn: str) -> list[str]:
    """The glyphs of the font that the characters read back from the PDF stand for: ReportLab
    gives private-use codes to the shaped glyphs that have no character of their own."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    blob = uharfbuzz.Blob.from_file_path(str(resources_dir() / "fonts" / f"{font}-Regular.ttf"))
    harfbuzz = uharfbuzz.Font(uharfbuzz.Face(blob))
    return [harfbuzz.glyph_to_string(face.charToGlyph.get(ord(char), 0)) for char in drawn]


def test_a_pdf_mixing_every_script_embeds_only_subset_fonts(tmp_path: Path) -> None:
    story = [
        paragraph("Bienvenue à Lille — Nguyễn Thị Ánh", TITLE, rtl=False),
        paragraph("Шевченко Олена · Ελένη Παπαδοπούλου", BODY, rtl=False),
        paragraph(ARABIC_LINE, BODY, rtl=True),
        paragraph("ברוכים הבאים", BODY, rtl=True),
        paragraph("欢迎来到里尔 — 山田太郎 さん、ようこそ", BODY, rtl=False),
        paragraph("김민준 님, 환영합니다", BODY, rtl=False),
        paragraph("Default style", ParagraphStyle("plain"), rtl=False),
        paragraph("Bold default", ParagraphStyle("bold", fontName="Helvetica-Bold"), rtl=True),
    ]
    path = build(tmp_path / "mixed.pdf", story)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in listing.stdout.splitlines()[2:]]
    names = {row[0].split("+", 1)[1] for row in rows}
    assert "Helvetica" not in listing.stdout
    assert all(row[0][6] == "+" and row[-5] == "yes" for row in rows), listing.stdout
    assert {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansArabic-Regular",
        "NotoSansHebrew-Regular",
        "DroidSansFallback",
        "NanumSquareR",
    } <= names

    text = pdf_text(path)
    for expected in (
        "Nguyễn Thị Ánh",
        "Шевченко Олена",
        "Ελένη",
        "欢迎来到里尔",
        "ようこそ",
        "환영합니다",
    ):
        assert expected in text


def test_arabic_is_drawn_joined_right_to_left_with_the_latin_name_left_to_right(
    tmp_path: Path,
) -> None:
    path = build(tmp_path / "arabic.pdf", [paragraph(ARABIC_LINE, BODY, rtl=True)])
    line = line_with(pdf_words(path), "Dupont")
    drawn = " ".join(word.text for word in line)

    shaped = arabic_reshaper.reshape(ARABIC)
    assert drawn == f"12/03/2026 (Jean-Luc Dupont) {shaped[::-1]}"
    arabic_letters = [c for c in drawn if not c.isascii()]
    assert arabic_letters
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in arabic_letters)  # presentation forms: joined
    assert line[-1].x_max == pytest.approx(RIGHT_EDGE, abs=0.5)


def test_visual_order_mirrors_brackets_only_inside_right_to_left_runs() -> None:
    assert visual("مرحبا (بكم)", rtl=True) == "(مكب) ابحرم"
    assert visual("Nom : (دوست)", rtl=False) == "Nom : (تسود)"
    assert visual("Jean (Luc)", rtl=True) == "Jean (Luc)"
    assert visual("", rtl=True) == ""


def test_a_long_arabic_text_splits_across_pages_right_aligned(tmp_path: Path) -> None:
    text = " ".join([ARABIC] * 700)
    path = build(tmp_path / "long.pdf", [paragraph(text, BODY, rtl=True)])
    words = pdf_words(path)
    assert max(word.page for word in words) >= 3
    assert len(words) == 4 * 700  # nothing lost or doubled at the page breaks
    for line in lines_of(words):
        assert line[-1].x_max == pytest.approx(RIGHT_EDGE, abs=0.5)
        assert line[0].x_min >= MARGIN - 0.5


def test_centred_right_to_left_lines_are_centred(tmp_path: Path) -> None:
    path = build(tmp_path / "centred.pdf", [paragraph(ARABIC, CENTRED, rtl=True)])
    line = line_with(pdf_words(path), "ﻣ")
    middle = (line[0].x_min + line[-1].x_max) / 2
    assert middle == pytest.approx(A4[0] / 2, abs=1)


def test_right_to_left_names_in_a_left_to_right_paragraph_read_right(tmp_path: Path) -> None:
    flowable = paragraph("Nom : שלום (Jean) 2026", BODY, rtl=False)
    assert isinstance(flowable, RtlParagraph)
    path = build(tmp_path / "names.pdf", [flowable])
    line = line_with(pdf_words(path), "Nom")
    assert " ".join(word.text for word in line) == "Nom : םולש (Jean) 2026"
    assert line[0].x_min == pytest.approx(MARGIN + 6, abs=0.5)


def test_plain_left_to_right_text_is_a_reportlab_paragraph() -> None:
    assert isinstance(paragraph("Bienvenue", BODY, rtl=False), Paragraph)
    assert not paragraph("Bienvenue à Lille, Олена 欢迎", BODY, rtl=False).style.shaping
    assert paragraph("Bienvenue प्रिया", BODY, rtl=False).style.shaping
    assert isinstance(paragraph("مرحبا", BODY, rtl=True), RtlParagraph)


def test_wrapping_cuts_words_too_wide_for_the_line_and_keeps_every_character() -> None:
    word = "ﻣﺮﺣﺒﺎ" * 30
    lines = wrap(f"{ARABIC} {word} {ARABIC}", 80, 11, bold=False)
    assert len(lines) > 3
    assert "".join(line.text + line.joiner for line in lines) == f"{ARABIC} {word} {ARABIC}"
    assert wrap("欢迎来到里尔" * 10, 45, 10, bold=False)[0].text == "欢迎来到"
    assert wrap("a\n\nb", 100, 10, bold=False)[1].text == ""


def test_narrow_table_cells_wrap_both_directions(tmp_path: Path) -> None:
    cells = [
        [
            paragraph("الاسم الكامل للطالب الجديد", BODY, rtl=True),
            paragraph("Nom", BODY, rtl=False),
        ],
        [
            paragraph("Supercalifragilisticexpialidocious", BODY, rtl=False),
            paragraph("ﻣﺮﺣﺒﺎﻣﺮﺣﺒﺎﻣﺮﺣﺒﺎﻣﺮﺣﺒﺎﻣﺮﺣﺒﺎ", BODY, rtl=True),
        ],
        [paragraph("欢迎来到里尔。" * 4, BODY, rtl=False), paragraph("Jean-Luc", BODY, rtl=True)],
    ]
    table = Table(cells, colWidths=[70, 70], style=[("FONTNAME", (0, 0), (-1, -1), REGULAR)])
    path = build(tmp_path / "table.pdf", [table])
    words = pdf_words(path)
    assert all(word.x_max <= MARGIN + 6 + (A4[0] - 2 * MARGIN - 12) / 2 + 70 for word in words)
    assert "ﻟﻠﻄﺎﻟﺐ" in {word.text[::-1] for word in words} | {word.text for word in words}
    assert "Jean-Luc" in pdf_text(path)


def test_characters_no_font_has_are_drawn_transliterated(tmp_path: Path) -> None:
    path = build(
        tmp_path / "unknown.pdf",
        [
            paragraph("a\U0010fffdb 😀 ᱚᱞ", BODY, rtl=False),
            paragraph("مرحبا 😀 \U0010fffd بكم", BODY, rtl=True),
        ],
    )
    assert pdf_text(path).splitlines()[0] == "ab :grinning: al"
    line = line_with(pdf_words(path), "grinning")
    assert [word.text for word in line][1] == ":grinning:"
    assert len(line) == 3
    gaps = [right.x_min - left.x_max for left, right in itertools.pairwise(line)]
    assert gaps[0] == pytest.approx(gaps[1])  # the character left out leaves no double space


def test_names_in_complex_scripts_are_shaped_embedded_and_read_back(tmp_path: Path) -> None:
    """pdftotext reads back the Thai, Bengali and Ethiopic names; the Devanagari and Tamil ones
    hold conjuncts, which have no character: their glyphs are checked one by one instead."""
    story = [paragraph(NAMES[0], TITLE, rtl=False)]
    story += [paragraph(f"Bienvenue {name} !", BODY, rtl=False) for name in NAMES]
    path = build(tmp_path / "names.pdf", story)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in listing.stdout.splitlines()[2:]]
    assert all(row[0][6] == "+" and row[-5] == "yes" for row in rows), listing.stdout
    assert {
        "NotoSansDevanagari-Bold",
        "NotoSansDevanagari-Regular",
        "NotoSansThai-Regular",
        "NotoSansBengali-Regular",
        "NotoSansTamil-Regular",
        "NotoSansEthiopic-Regular",
    } <= {row[0].split("+", 1)[1] for row in rows}

    lines = [line for line in pdf_text(path).splitlines() if line.strip()]
    assert len(lines) == 6
    for name in NAMES[1:3] + NAMES[4:]:
        assert f"Bienvenue {name} !" in lines
    priya, sharma = lines[0].split()
    assert glyph_names("NotoSansDevanagari", priya) == PRIYA
    assert glyph_names("NotoSansDevanagari", sharma) == SHARMA
    assert lines[1].split()[1:3] == [priya, sharma]
    assert glyph_names("NotoSansTamil", lines[4].split()[1]) == TAMIL


def test_a_word_mixing_fonts_is_shaped_piece_by_piece_and_latin_is_not_shaped(
    tmp_path: Path,
) -> None:
    """ใจดี, has its comma in Noto Sans: each piece is drawn with its own font's glyphs; Latin
    next to a shaped script is drawn as without shaping (AVATAR is not kerned)."""
    shaped = paragraph("AVATAR (प्रिया), ใจดี, Lille", BODY, rtl=False)
    plain = paragraph("AVATAR (Priya), Lille", BODY, rtl=False)
    assert shaped.style.shaping and not plain.style.shaping
    path = build(tmp_path / "mixed-word.pdf", [shaped, plain])
    first, second = lines_of(pdf_words(path))
    assert first[0].text == second[0].text == "AVATAR"
    assert first[0].x_max - first[0].x_min == pytest.approx(second[0].x_max - second[0].x_min)
    assert [word.text for word in first[2:]] == ["ใจดี", ",", "Lille"]
    assert first[3].x_min == pytest.approx(first[2].x_max, abs=0.01)  # the comma right after
    assert first[1].text[0] == "(" and first[1].text[-2:] == "),"  # Devanagari has them
    assert glyph_names("NotoSansDevanagari", first[1].text[1:-2]) == PRIYA
    assert pdf_text(path).splitlines()[0].endswith(" ใจดี, Lille")


def test_a_complex_script_in_a_right_to_left_paragraph_is_shaped(tmp_path: Path) -> None:
    path = build(tmp_path / "rtl-names.pdf", [paragraph(f"{ARABIC} {NAMES[0]}", BODY, rtl=True)])
    line = line_with(pdf_words(path), "ﻣ")
    assert line[-1].x_max == pytest.approx(RIGHT_EDGE, abs=0.5)
    assert [glyph_names("NotoSansDevanagari", word.text) for word in line[:2]] == [PRIYA, SHARMA]
    assert " ".join(word.text for word in line[2:]) == arabic_reshaper.reshape(ARABIC)[::-1]


@pytest.mark.parametrize(
    ("text", "font"),
    [("क्षत्रिय" * 8, "NotoSansDevanagari"), ("ภาษาไทยเป็นภาษาที่เขียนติดกัน" * 3, "NotoSansThai")],
    ids=["devanagari", "thai"],
)
def test_shaped_words_cut_to_fit_a_table_cell_keep_their_glyphs(
    tmp_path: Path, text: str, font: str
) -> None:
    """ReportLab cuts a word too long for a cell, then wraps the cell again: the cut pieces must
    not be shaped a second time (their glyphs would become missing-glyph boxes)."""
    table = Table([[paragraph(text, BODY, rtl=False)]], colWidths=[70])
    path = build(tmp_path / "cut.pdf", [table])
    lines = [line for line in pdf_text(path).split() if line]
    assert len(lines) > 2
    names = glyph_names(font, "".join(lines))
    assert names
    assert ".notdef" not in names
