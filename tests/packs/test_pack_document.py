"""Each pack language, made for a real person from a real database and read back from the PDF."""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pack_people import NEWCOMERS, TODAY, add_newcomers, pdf_fonts, pdf_text

from backends import Databases, open_database
from welcome_desk.db.engine import Database
from welcome_desk.db.migrate import upgrade
from welcome_desk.domain.person import PersonData
from welcome_desk.packs.build import make_person_pack, read_pack_data
from welcome_desk.packs.catalog import PACK_LANGUAGES, PackText
from welcome_desk.packs.content import load_content
from welcome_desk.services.people import register

# The welcome words each language's cover must show (the start of "Welcome to Lille!").
WELCOME_WORDS = {
    "fr": "Bienvenue à Lille",
    "en": "Welcome to Lille",
    "es": "Le damos la bienvenida a Lille",
    "it": "Ti diamo il benvenuto a Lille",
    "de": "Willkommen in Lille",
    "pt": "Bem-vindo a Lille",
    "ar": "مرحبا بك في",
    "zh": "欢迎来到里尔",
    "vi": "Chào mừng bạn đến Lille",
    "uk": "Ласкаво просимо",
}


# The direction marks a PDF reader adds (read as spaces: they separate runs).
BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), " "
)


def _nfkc(text: str) -> str:
    """Arabic presentation forms (what is drawn, joined) back to letters."""
    return unicodedata.normalize("NFKC", text)


def _bare(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


MAX_GAP = 25  # words of a neighbouring table cell that pdftotext may put inside a title


def _tokens(text: str) -> list[str]:
    """The words of ``text`` as compared: Arabic as drawn turned back into letters (NFKC),
    without the short-vowel marks the shaping leaves out; punctuation, hyphens and brackets left
    out (pdftotext moves them around a Latin word in an Arabic line); each Chinese character a
    word of its own (Chinese lines break between any two characters)."""
    text = _bare(_nfkc(text.translate(BIDI_CONTROLS)))
    text = re.sub(r"([\u3000-\u9fff\uff00-\uffef])", r" \1 ", text)
    return [t for t in re.split(r"[\s\-()/،؛.,:;!?¡¿«»“”\"’'「」（），。：；！？]+", text) if t]


def _contains(text: str, expected: str) -> bool:
    """Every word of ``expected`` in order, each within a few words of the previous one:
    robust to line wrapping and to pdftotext interleaving the cells of a table row."""
    want, have = _tokens(expected), _tokens(text)
    for start, token in enumerate(have):
        if token != want[0]:
            continue
        position = start
        for wanted in want[1:]:
            window = have[position + 1 : position + 1 + MAX_GAP]
            if wanted not in window:
                break
            position += 1 + window.index(wanted)
        else:
            return True
    return False


@pytest.fixture(scope="module")
def database(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for the module: making packs is slow, they are made once."""
    database = open_database(databases.new())
    upgrade(database, tmp_path_factory.mktemp("packs") / "backups")
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def newcomers(database: Database) -> dict[str, int]:
    return add_newcomers(database)


@pytest.fixture(scope="module")
def packs(
    database: Database, newcomers: dict[str, int], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """One pack per language, each for the newcomer who speaks it (their default language)."""
    tmp_path = tmp_path_factory.mktemp("made")
    made = {}
    for language, person_id in newcomers.items():
        pack = make_person_pack(database, person_id, today=TODAY)
        assert pack.language == language  # the person's preferred language by default
        path = tmp_path / pack.file_name
        path.write_bytes(pack.pdf)
        made[language] = path
    return made


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_each_language_shows_the_name_the_welcome_words_and_the_own_checklist(
    language: str, packs: dict[str, Path], newcomers: dict[str, int], database: Database
) -> None:
    text = pdf_text(packs[language])
    newcomer = next(n for n in NEWCOMERS if n.language == language)
    words = PackText(language)
    assert _contains(text, newcomer.family)
    assert _contains(text, newcomer.given)
    assert _contains(text, WELCOME_WORDS[language])
    data = read_pack_data(database, newcomers[language], TODAY)
    first, *others = data.steps
    assert first.done
    assert _contains(text, words.date(first.done_on, "medium"))  # type: ignore[arg-type]
    due = [step for step in others if step.due_on and not step.done]
    assert due
    for step in due:
        assert _contains(text, words.date(step.due_on, "medium"))  # type: ignore[arg-type]
    titles = [words.text(step.title) for step in data.steps]
    if language != "en":  # the titles are in the pack's language, not the English source
        assert all(
            title != step.title["en"] for title, step in zip(titles, data.steps, strict=True)
        )
    for title in titles:
        assert _contains(text, title), title


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_every_font_of_every_pack_is_embedded(language: str, packs: dict[str, Path]) -> None:
    fonts = pdf_fonts(packs[language])
    assert fonts
    assert all(embedded for _name, embedded in fonts), fonts
    assert all(re.match(r"^[A-Z]{6}\+", name) for name, _embedded in fonts), fonts  # subsets
    names = {name.split("+")[-1] for name, _embedded in fonts}
    assert "Helvetica" not in names
    if language == "ar":
        assert "NotoSansArabic-Regular" in names
    if language == "zh":
        assert "DroidSansFallback" in names


def _words(path: Path, page: int, *, end: bool = False) -> list[tuple[float, float, str]]:
    """(x, y, word as drawn) of a page: ``pdftotext -bbox`` keeps the drawing order; x is
    where the word starts, or with ``end`` where it ends."""
    xml = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)"[^>]*>([^<]*)</word>'
    return [
        (float(x_max if end else x_min), float(y), html.unescape(w))
        for x_min, y, x_max, w in re.findall(pattern, xml)
    ]


def test_arabic_is_drawn_right_to_left_with_joined_letters(packs: dict[str, Path]) -> None:
    text = pdf_text(packs["ar"])
    arabic = [c for c in text if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff"]
    joined = [c for c in arabic if "\ufe70" <= c <= "\ufeff" or "\ufb50" <= c <= "\ufdff"]
    assert len(arabic) > 2000
    assert len(joined) / len(arabic) > 0.95  # drawn as contextual forms: the letters join
    # The cover's name line, "محمد بن علي": drawn right to left, the first word rightmost.
    words = {_nfkc(word)[::-1]: (x, y) for x, y, word in _words(packs["ar"], 1)}
    (given_x, given_y), (family_x, family_y) = words["محمد"], words["علي"]
    assert given_y == family_y
    assert given_x > family_x
    # The cover's lines are right-aligned: the title, the name and the intro end at the right
    # edge of the text frame (A4 less an 18 mm margin and the frame's 6 pt padding).
    right = 595.28 - 18 * 72 / 25.4 - 6
    ends: dict[float, float] = {}
    for x, y, word in _words(packs["ar"], 1, end=True):
        if any(unicodedata.bidirectional(c) == "AL" for c in _nfkc(word)):
            ends[y] = max(ends.get(y, 0.0), x)
    assert len(ends) >= 8
    assert sum(abs(x - right) < 2 for x in ends.values()) >= 6, str(sorted(ends.values()))


def test_chinese_pack_draws_chinese_glyphs(packs: dict[str, Path]) -> None:
    text = pdf_text(packs["zh"])
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    assert len(han) > 1000


def test_every_qr_code_scans_to_an_official_site_of_the_links_file(
    packs: dict[str, Path], tmp_path: Path
) -> None:
    """Read as a phone would: each page rendered (pdftoppm), each code decoded (zxing-cpp)."""
    import zxingcpp
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(packs["fr"]), str(tmp_path / "page")], check=True
    )
    found = set()
    for page in sorted(tmp_path.glob("page-*.png")):
        with Image.open(page) as image:
            found |= {code.text for code in zxingcpp.read_barcodes(image)}
    expected = {link.url for link in load_content().links} | {load_content().desk.website}
    assert found == expected


@pytest.mark.parametrize(
    ("language", "given", "family", "nationality", "shown", "font"),
    [
        ("fr", "محمد", "بن علي", "DZ", "محمد بن علي", "NotoSansArabic"),
        ("ar", "小明", "王", "CN", "王小明", "DroidSansFallback"),
        ("uk", "민준", "김", "KR", "김민준", "NanumSquare"),
        ("de", "Γιώργος", "Παπαδόπουλος", "GR", "Γιώργος Παπαδόπουλος", "NotoSans"),
        ("zh", "דוד", "לוי", "IL", "דוד לוי", "NotoSansHebrew"),
        ("vi", "Արամ", "Սարգսյան", "AM", "Արամ Սարգսյան", "NotoSansArmenian"),
        ("en", "Thị Ánh", "Nguyễn", "VN", "Nguyễn Thị Ánh", "NotoSans"),
    ],
)
def test_a_name_in_any_script_on_a_pack_of_any_language(
    database: Database,
    tmp_path: Path,
    language: str,
    given: str,
    family: str,
    nationality: str,
    shown: str,
    font: str,
) -> None:
    """Each name whole and in its owner's order: family name first, with no space, in Chinese
    or Korean script; family name first for Vietnamese nationals; else given names first."""
    with database.writing() as session:
        person = register(
            session,
            PersonData(
                family_name=family,
                given_names=given,
                nationality=nationality,
                category="student",
                arrival_date=date(2026, 9, 1),
            ),
        )
    pack = make_person_pack(database, person.id, language=language, today=TODAY)
    path = tmp_path / pack.file_name
    path.write_bytes(pack.pdf)
    text = pdf_text(path)
    assert _contains(text, shown)
    if " " not in shown:  # written together, as one word
        assert _nfkc(shown) in _nfkc(text)
    names = {name.split("+")[-1] for name, _embedded in pdf_fonts(path)}
    assert any(name.startswith(font) for name in names), names
