"""Newcomers for pack tests: one per pack language, each with a name in their own script."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.services.checklists import checklist_of, set_status
from welcome_desk.services.people import register

TODAY = date(2026, 9, 20)


@dataclass(frozen=True)
class Newcomer:
    language: str
    given: str
    family: str
    nationality: str
    category: str = "student"


NEWCOMERS = (
    Newcomer("fr", "Élodie", "Lefèvre", "CA"),
    Newcomer("en", "Aoife", "O’Brien", "IE"),
    Newcomer("es", "José", "Martínez Peña", "MX"),
    Newcomer("it", "Giulia", "Russo", "IT", "researcher"),
    Newcomer("de", "Jürgen", "Müller", "DE", "teacher"),
    Newcomer("pt", "João", "Gonçalves", "BR"),
    Newcomer("ar", "محمد", "بن علي", "DZ"),
    Newcomer("zh", "小明", "王", "CN", "researcher"),
    Newcomer("vi", "Thị Ánh", "Nguyễn", "VN"),
    Newcomer("uk", "Олена", "Шевченко", "UA"),
)


def add_newcomers(database: Database) -> dict[str, int]:
    """Language -> person id; everyone arrived on 2026-09-01, the first step of each is done."""
    ids = {}
    with database.writing() as session:
        for newcomer in NEWCOMERS:
            person = register(
                session,
                PersonData(
                    family_name=newcomer.family,
                    given_names=newcomer.given,
                    nationality=newcomer.nationality,
                    category=newcomer.category,
                    arrival_date=date(2026, 9, 1),
                    departure_date=date(2027, 6, 30),
                    preferred_language=newcomer.language,
                ),
            )
            checklist = checklist_of(session, person.id)
            assert checklist is not None
            set_status(
                session,
                checklist.steps[0].id,
                "done",
                Actor("test"),
                today=TODAY,
                done_on=date(2026, 9, 3),
            )
            ids[newcomer.language] = person.id
    return ids


def pdf_text(path: Path) -> str:
    """What a reader copies out of the PDF (poppler's pdftotext), in drawing order."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF uses (poppler's pdffonts)."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID: emb is the 5th field from the end
        fonts.append((parts[0], parts[-5] == "yes"))
    return fonts
