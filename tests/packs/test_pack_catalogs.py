"""The pack catalogs: complete for the pack's own words, reported for the rest, and a missing
translation falls back to English, then French — never an empty section."""

from __future__ import annotations

import gettext
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pack_people import pdf_text

from welcome_desk.db.engine import Database
from welcome_desk.domain.person import PersonData
from welcome_desk.packs import catalog
from welcome_desk.packs.build import make_person_pack
from welcome_desk.packs.catalog import PACK_LANGUAGES, PackText, pack_language
from welcome_desk.packs.completeness import completeness
from welcome_desk.services.people import register

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LAYOUT_FILES = ("sections_person.py", "sections_city.py", "document.py")


def _layout_messages() -> set[str]:
    """The pack's own words (headings, labels), as extracted from the layout code."""
    from babel.messages.extract import extract_from_file

    found = set()
    for name in LAYOUT_FILES:
        path = ROOT / "src" / "welcome_desk" / "packs" / name
        for _line, message, _comments, _context in extract_from_file(
            "python", str(path), keywords={"_": None, "N_": None}
        ):
            found.add(message)
    return found


def test_each_catalogs_completeness_is_reported_and_the_packs_own_words_are_all_there(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = completeness(TRANSLATIONS)
    assert [row.language for row in rows] == ["en", *(x for x in PACK_LANGUAGES if x != "en")]
    with capsys.disabled():
        print("\nPack catalogs (translated / messages):")
        for row in rows:
            print(f"  {row.language}: {row.translated}/{row.total} ({row.ratio:.0%})")
    own = _layout_messages()
    assert len(own) > 40
    for row in rows:
        assert not own & set(row.missing), (row.language, sorted(own & set(row.missing)))
        assert row.ratio >= 0.95, (row.language, row.missing[:5])


def test_the_catalog_template_is_up_to_date_with_the_code_and_the_data_files() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "pack_catalogs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_text_missing_from_a_catalog_falls_back_to_english_then_french() -> None:
    words = PackText("de")
    assert words.gettext("Welcome to Lille!") == "Willkommen in Lille!"
    assert words.text({"en": "A sentence nobody translated", "fr": "Une phrase"}) == (
        "A sentence nobody translated"
    )
    assert words.text({"fr": "Seulement en français"}) == "Seulement en français"
    assert words.text({"de": "Schon übersetzt", "en": "Already translated"}) == "Schon übersetzt"


def test_languages_without_a_pack_get_english_and_regional_codes_their_language() -> None:
    assert pack_language("pt-BR") == "pt"
    assert pack_language("zh_Hans") == "zh"
    assert pack_language("sw") == "en"
    assert pack_language(None) == "en"
    assert PackText("ar").rtl and not PackText("uk").rtl


def test_a_pack_whose_catalog_is_empty_shows_every_section_in_english(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bad input tried: a language whose catalog is missing altogether."""
    monkeypatch.setattr(catalog, "_translation", lambda _language: gettext.NullTranslations())
    with database.writing() as session:
        person = register(
            session,
            PersonData(
                family_name="Kovalenko",
                given_names="Taras",
                nationality="UA",
                category="student",
                arrival_date=date(2026, 9, 1),
                preferred_language="uk",
            ),
        )
    pack = make_person_pack(database, person.id, today=date(2026, 9, 20))
    assert pack.language == "uk"
    path = tmp_path / "pack.pdf"
    path.write_bytes(pack.pdf)
    text = pdf_text(path)
    for heading in (
        "Welcome to Lille!",
        "Your checklist",
        "Emergency numbers",
        "Key places",
        "Your monthly budget",
        "Events of the season",
        "Glossary",
        "Useful websites",
    ):
        assert heading in text
    assert "Validate your long-stay visa (VLS-TS) online" in text
    # Ukrainian dates still: Babel's data does not depend on the catalog
    assert "вересня" in text or "вер." in text
