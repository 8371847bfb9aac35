"""The window's catalogs: up to date with the source, French complete, English plurals right."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "welcome_desk" / "ui"
CATALOGS = ROOT / "translations" / "qt"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation") is not None and (
                message.find("translation").get("type") in ("obsolete", "vanished")  # type: ignore[union-attr]
            ):
                continue
            found[(name, message.findtext("source") or "")] = message
    return found


def test_catalogs_hold_every_string_of_the_window(tmp_path: Path) -> None:
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        pytest.skip("Qt's lupdate is not in this PySide6 wheel")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(CATALOGS / "welcome_desk_fr.ts", fresh)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)], check=True
    )
    assert set(messages(fresh)) == set(messages(CATALOGS / "welcome_desk_fr.ts")), (
        "run bash tools/update_qt_translations.sh"
    )


def test_every_window_string_has_french() -> None:
    untranslated = [
        source
        for (_context, source), message in messages(CATALOGS / "welcome_desk_fr.ts").items()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not "".join(message.find("translation").itertext()).strip()  # type: ignore[union-attr]
    ]
    assert not untranslated


def test_english_plurals() -> None:
    for (_context, source), message in messages(CATALOGS / "welcome_desk_en.ts").items():
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.iter("numerusform")]
            assert len(forms) == 2 and "(s)" not in "".join(f or "" for f in forms), source
