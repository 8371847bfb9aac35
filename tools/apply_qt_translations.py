"""Fill the window's Qt catalogs from ``tools/qt_fr.py`` (French) and the English plural forms.

    bash tools/update_qt_translations.sh   # lupdate over src/welcome_desk/ui, then this script

Entries are matched by their source text. Prints what still has no French.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from qt_fr import FRENCH  # noqa: E402

FOLDER = Path(__file__).resolve().parents[1] / "translations" / "qt"


def english_plural(source: str) -> tuple[str, str]:
    """"%n person(s) found" -> ("%n person found", "%n people found")."""
    plural = source.replace("person(s)", "people")
    for word in ("day", "visit", "step", "row", "change"):
        plural = plural.replace(f"{word}(s)", f"{word}s")
    singular = source.replace("person(s)", "person")
    for word in ("day", "visit", "step", "row", "change"):
        singular = singular.replace(f"{word}(s)", word)
    return singular, plural


def fill(path: Path, language: str) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        numerus = message.get("numerus") == "yes"
        if language == "en":
            if not numerus:
                continue  # the source is the English text
            forms: tuple[str, ...] | str | None = english_plural(source)
        else:
            forms = FRENCH.get(source)
        if forms is None:
            if not (translation.text or len(translation)):
                missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        if numerus:
            assert isinstance(forms, tuple), f"plural forms expected for {source!r}"
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            assert isinstance(forms, str), f"one text expected for {source!r}"
            translation.text = forms
        translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    fill(FOLDER / "welcome_desk_en.ts", "en")
    for text in fill(FOLDER / "welcome_desk_fr.ts", "fr"):
        print(f"no French yet: {text!r}")
