"""Every message the staff can see exists in French, and the compiled catalog is used."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from welcome_desk.i18n import translator

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "welcome_desk"
FRENCH_PO = ROOT / "translations" / "fr" / "LC_MESSAGES" / "welcome_desk.po"
FIELD = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)s")


def source_messages() -> set[str]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(SOURCE),
        keywords={"_": None, "N_": None},
        method_map=[("ui/**.py", "ignore"), ("packs/**.py", "ignore"), ("**.py", "python")],
    ):
        found.add(message)
    return found


def test_every_message_has_a_french_translation() -> None:
    with FRENCH_PO.open("rb") as po:
        catalog = read_po(po, locale="fr")
    translated = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    missing = sorted(source_messages() - set(translated))
    assert not missing, f"{len(missing)} messages have no French translation: {missing}"


def test_translations_keep_every_field() -> None:
    with FRENCH_PO.open("rb") as po:
        catalog = read_po(po, locale="fr")
    for entry in catalog:
        if entry.id and entry.string:
            assert sorted(FIELD.findall(str(entry.id))) == sorted(
                FIELD.findall(str(entry.string))
            ), entry.id


def test_the_compiled_catalog_is_used() -> None:
    assert translator("fr")("Nobody found.") == "Personne n’a été trouvé."
    assert translator("en")("Nobody found.") == "Nobody found."
