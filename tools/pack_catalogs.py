"""Refresh the pack catalogs: extract, merge into every language, fill from inline texts, report.

    .venv/bin/python tools/pack_catalogs.py          # refresh translations/*/LC_MESSAGES/pack.po
    .venv/bin/python tools/pack_catalogs.py --check  # exit 1 when pack.pot is out of date

A data file's text written inline in a language (``title.fr = "…"``) is copied into that
language's catalog, so a catalog is complete on its own. Translate the rest in the .po files, then
reinstall (pip install -e .) or build: the .mo files are compiled at build time.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from welcome_desk.packs.catalog import DOMAIN, PACK_LANGUAGES, SOURCE_LANGUAGE
from welcome_desk.packs.completeness import completeness
from welcome_desk.packs.extract import _texts

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
TEMPLATE = TRANSLATIONS / f"{DOMAIN}.pot"
DATA_FOLDERS = (ROOT / "resources" / "checklists", ROOT / "resources" / "packs")


def extract(output: Path) -> None:
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [
            str(pybabel),
            "-q",
            "extract",
            "--no-location",
            "--sort-by-file",
            "--add-comments=TRANSLATORS",
            "--project",
            "Welcome Desk",
            "-F",
            str(TRANSLATIONS / "pack-babel.cfg"),
            "-k",
            "_",
            "-k",
            "N_",
            "-k",
            "ngettext:1,2",
            "-o",
            str(output),
            ".",
        ],
        cwd=ROOT,
        check=True,
    )


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=locale)


def inline_texts(language: str) -> dict[str, str]:
    """English text -> the same text written inline in ``language`` in the data files."""
    found: dict[str, str] = {}
    for folder in DATA_FOLDERS:
        for path in sorted(folder.glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for _place, text in _texts(data, ""):
                if text.get(language):
                    found.setdefault(text["en"], text[language])
    return found


def refresh(template: Catalog, language: str) -> Catalog:
    path = TRANSLATIONS / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if path.exists():
        catalog = _read(path, language)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, project="Welcome Desk")
        catalog.update(template, no_fuzzy_matching=True)
    for english, own in inline_texts(language).items():
        message = catalog.get(english)
        if message is not None and not message.string:
            message.string = own
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_po(file, catalog, width=100, no_location=True, sort_output=False)
    return catalog


def _messages(catalog: Catalog) -> set[str]:
    return {str(m.id) for m in catalog if m.id}


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "pack.pot"
        extract(fresh)
        if "--check" in argv:
            stale = not TEMPLATE.exists() or _messages(_read(fresh)) != _messages(_read(TEMPLATE))
            print("pack.pot is out of date" if stale else "pack.pot is up to date")
            return 1 if stale else 0
        TEMPLATE.write_bytes(fresh.read_bytes())
    for language in PACK_LANGUAGES:
        if language != SOURCE_LANGUAGE:
            # Read afresh for each language: Catalog.update shares the template's messages.
            refresh(_read(TEMPLATE), language)
    for row in completeness(TRANSLATIONS):
        print(f"{row.language}: {row.translated}/{row.total} ({row.ratio:.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
