"""The work behind the pack windows, run in background jobs: no widget is touched here.

Each function reads what it needs (the pack's data files, the database) and raises when it cannot;
the window turns the error into a sentence for the staff (``pack_text.problem_text``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from welcome_desk.db.engine import Database
from welcome_desk.packs.batch import BatchResult, make_packs
from welcome_desk.packs.build import MadePack, make_person_pack, read_pack_data
from welcome_desk.packs.content import load_content
from welcome_desk.packs.data import arriving
from welcome_desk.ui.person_file.formatting import display_name

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Preview:
    """A pack made for the preview, and whose it is ("DUPONT Élodie")."""

    made: MadePack
    name: str


def make_preview(
    database: Database, person_id: int, language: str | None, today: date, folder: Path
) -> Preview:
    """One person's pack in ``language`` (None: the person's own), from the data in ``folder``."""
    content = load_content(folder)
    person = read_pack_data(database, person_id, today).person
    made = make_person_pack(database, person_id, language=language, today=today, content=content)
    return Preview(made, display_name(person.family_name, person.given_names))


def people_arriving(database: Database, first: date, last: date) -> list[tuple[int, str]]:
    with database.session() as session:
        return arriving(session, first, last)


@dataclass(frozen=True)
class BatchRequest:
    database: Database
    first: date
    last: date
    folder: Path
    language: str | None  # None: each person's own
    today: date
    content_folder: Path
    jobs: int | None = None


@dataclass(frozen=True)
class BatchOutcome:
    request: BatchRequest
    names: dict[int, str]  # everyone the batch was for: id -> "FAMILY Given"
    result: BatchResult

    @property
    def total(self) -> int:
        return len(self.names)


def run_batch(request: BatchRequest, progress: Progress, cancelled: Cancelled) -> BatchOutcome:
    """The packs of everyone arriving in the period, one file each, on several processes.

    The data files are checked first, as the command does: broken files stop the batch before
    it starts rather than failing every person one by one.
    """
    load_content(request.content_folder)
    people = people_arriving(request.database, request.first, request.last)
    progress(0, len(people))
    if not people:
        return BatchOutcome(request, {}, BatchResult())
    result = make_packs(
        request.database.url,
        [person_id for person_id, _name in people],
        request.folder,
        language=request.language,
        today=request.today,
        jobs=request.jobs,
        content_folder=request.content_folder,
        progress=progress,
        cancelled=cancelled,
        actor=request.database.actor,
    )
    return BatchOutcome(request, dict(people), result)
