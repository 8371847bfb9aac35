"""Fill the French catalog from ``tools/fr_translations.py`` (run after update_translations.sh).

Entries already translated in the catalog are kept; the script lists what is still missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).parent))
from fr_translations import FRENCH  # noqa: E402

PO = Path(__file__).resolve().parents[1] / "translations" / "fr" / "LC_MESSAGES" / "welcome_desk.po"

with PO.open("rb") as handle:
    catalog = read_po(handle, locale="fr")
missing = []
for entry in catalog:
    if not entry.id:
        continue
    if entry.id in FRENCH:
        entry.string = FRENCH[entry.id]
        entry.flags.discard("fuzzy")
    elif not entry.string:
        missing.append(entry.id)
with PO.open("wb") as handle:
    write_po(handle, catalog, width=100, omit_header=False)
for message in missing:
    print(f"no French yet: {message!r}")
