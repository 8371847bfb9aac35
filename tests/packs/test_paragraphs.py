"""Paragraphs in every script, written to real PDFs and read back with poppler's tools."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import arabic_reshaper
import pytest
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from welcome_desk.packs.fonts import BOLD, REGULAR, register_fonts
from welcome_desk.packs.paragraphs import paragraph
from welcome_desk.packs.rtl import RtlParagraph, visual, wrap

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


def test_characters_no_font_has_do_not_stop_the_pdf(tmp_path: Path) -> None:
    path = build(tmp_path / "unknown.pdf", [paragraph("a\U0010fffdb", BODY, rtl=False)])
    assert path.stat().st_size > 0
    build(tmp_path / "unknown-rtl.pdf", [paragraph("مرحبا \U0010fffd", BODY, rtl=True)])
