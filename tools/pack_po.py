"""Work on one language's pack catalog without a PO editor.

    .venv/bin/python tools/pack_po.py todo LANG > todo.json     # untranslated messages + notes
    .venv/bin/python tools/pack_po.py fill LANG done.json       # {"English": "translation", ...}

A plural message is keyed by its singular, with a list of the language's plural forms as value.
Placeholders such as {date} must be kept as they are.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]


def _path(language: str) -> Path:
    return ROOT / "translations" / language / "LC_MESSAGES" / "pack.po"


def todo(language: str) -> int:
    with _path(language).open("rb") as file:
        catalog = read_po(file, locale=language)
    items = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if all(strings):
            continue
        entry = {"en": message.id if isinstance(message.id, str) else list(message.id)}
        if message.auto_comments:
            entry["notes"] = " | ".join(message.auto_comments)
        if message.pluralizable:
            entry["plural_forms"] = catalog.num_plurals
        items.append(entry)
    json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def fill(language: str, source: Path) -> int:
    done = json.loads(source.read_text(encoding="utf-8"))
    path = _path(language)
    with path.open("rb") as file:
        catalog = read_po(file, locale=language)
    applied = unknown = 0
    for english, translation in done.items():
        message = catalog.get(english)
        if message is None:
            unknown += 1
            continue
        if message.pluralizable:
            if not isinstance(translation, list) or len(translation) != catalog.num_plurals:
                print(f"needs {catalog.num_plurals} plural forms: {english!r}", file=sys.stderr)
                continue
            message.string = tuple(translation)
        else:
            message.string = translation
        applied += 1
    with path.open("wb") as file:
        write_po(file, catalog, width=100, no_location=True, sort_output=False)
    print(f"{applied} filled, {unknown} not in the catalog")
    return 0


if __name__ == "__main__":
    command, language, *rest = sys.argv[1:]
    if command == "todo":
        raise SystemExit(todo(language))
    raise SystemExit(fill(language, Path(rest[0])))
