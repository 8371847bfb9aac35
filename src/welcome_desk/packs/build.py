"""Make one person's pack: read their data, choose the language, lay out the PDF."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from anyascii import anyascii

from welcome_desk.db.engine import Database
from welcome_desk.domain.roles import NotAllowed, Permission
from welcome_desk.packs.catalog import pack_language
from welcome_desk.packs.content import PackContent, default_folder, load_content
from welcome_desk.packs.data import PackData, pack_data
from welcome_desk.packs.document import make_pack
from welcome_desk.paths import AppPaths

FOLDER_NAME = "packs"


def content_folder(paths: AppPaths) -> Path:
    """The coordinator's own folder of pack data when there is one, else the shipped one."""
    own = paths.config_dir / FOLDER_NAME
    return own if own.is_dir() else default_folder()


@dataclass(frozen=True)
class MadePack:
    person_id: int
    language: str
    pdf: bytes
    file_name: str


def file_name(data: PackData, language: str) -> str:
    """ "welcome-pack-42-nguyen-thi-anh-vi.pdf": ASCII, safe on every file system."""
    person = data.person
    written = f"{person.family_name} {person.given_names or ''}"
    letters = "".join(c for c in written if not unicodedata.category(c).startswith("S"))
    name = anyascii(letters).lower()  # symbols (emoji) left out, not spelt out
    slug = re.sub(r"[^a-z0-9]+", "-", name).strip("-")[:40].strip("-") or "person"
    return f"welcome-pack-{person.id}-{slug}-{language}.pdf"


def read_pack_data(database: Database, person_id: int, today: date) -> PackData:
    with database.session() as session:
        return pack_data(session, person_id, today)


def make_person_pack(
    database: Database,
    person_id: int,
    *,
    language: str | None = None,
    today: date | None = None,
    content: PackContent | None = None,
) -> MadePack:
    """The pack of one person, in ``language`` or else their preferred one (English when the
    pack does not speak it)."""
    if not database.actor.can(Permission.MAKE_PACKS):
        raise NotAllowed(database.actor, Permission.MAKE_PACKS)
    data = read_pack_data(database, person_id, today or date.today())
    chosen = pack_language(language or data.person.preferred_language)
    pdf = make_pack(data, content or load_content(), chosen)
    return MadePack(person_id, chosen, pdf, file_name(data, chosen))
