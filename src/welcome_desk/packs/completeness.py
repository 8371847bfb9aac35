"""How much of each pack catalog is translated (the rest falls back to English, then French)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po

from welcome_desk.packs.catalog import DOMAIN, PACK_LANGUAGES, SOURCE_LANGUAGE


@dataclass(frozen=True)
class Completeness:
    language: str
    translated: int
    total: int
    missing: tuple[str, ...]

    @property
    def ratio(self) -> float:
        return self.translated / self.total if self.total else 1.0


def _translated(string: object) -> bool:
    if isinstance(string, (tuple, list)):
        return all(bool(form) for form in string)
    return bool(string)


def completeness(translations: Path) -> list[Completeness]:
    """One row per pack language, English first (it is the source: complete by definition)."""
    with (translations / f"{DOMAIN}.pot").open("rb") as file:
        template = read_po(file)
    ids = [m.id for m in template if m.id]
    rows = [Completeness(SOURCE_LANGUAGE, len(ids), len(ids), ())]
    for language in PACK_LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        path = translations / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        strings = {}
        if path.exists():
            with path.open("rb") as file:
                strings = {m.id: m.string for m in read_po(file, locale=language) if m.id}
        missing = tuple(
            str(i if isinstance(i, str) else i[0]) for i in ids if not _translated(strings.get(i))
        )
        rows.append(Completeness(language, len(ids) - len(missing), len(ids), missing))
    return rows
