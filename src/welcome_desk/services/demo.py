"""Filling a database with realistic fictitious newcomers: to try the desk out, train staff, and
measure the program on a large register.

``add_demo_people`` adds N people whose external ids ("DEMO-000001"… in the "demo" source) follow
the highest demo id already in the database: running it twice adds twice, never duplicates an id.
Person n depends only on the seed and n (see ``demo_people``), so "100 then 100 more" gives the
same people as "200" at once.

Each person gets their checklist, already part-way done as of a fixed day (``demo_progress``).
People are written in batches, each batch one transaction: a cancelled run keeps the batches
already written, and a desk using the database meanwhile never waits long. They are saved by the
import's bulk insert (``services.people.register_many``: multi-row INSERTs, search keys from
``db.indexing.wanted_keys``), so demo people are stored exactly as imported ones, and five times
faster than through ORM flushes (measured on 2 cores: 10,000 people in 1.9 s, against 9 s with
``register`` + flush; 100,000 in about 23 s, a 70 MB SQLite file). Batch size hardly matters
between 1,000 and 5,000.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welcome_desk.db import audit
from welcome_desk.db.engine import Database
from welcome_desk.db.models import ExternalId
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.domain.roles import NotAllowed, Permission
from welcome_desk.services.demo_catalogue import Catalogue, DemoDataError
from welcome_desk.services.demo_loading import shipped_catalogue
from welcome_desk.services.demo_people import (
    DEMO_ID_PREFIX,
    DEMO_SOURCE,
    DemoPeople,
    DemoPerson,
    demo_external_id,
    demo_number,
)
from welcome_desk.services.demo_progress import demo_papers, journeys_as_of
from welcome_desk.services.people import register_many

log = logging.getLogger(__name__)

DEFAULT_SEED = 1
DEFAULT_PEOPLE = 1_000
MAX_PEOPLE = 1_000_000
BATCH_SIZE = 2_000

# Same shapes as the import's, so that the window drives both alike.
ProgressCallback = Callable[[int, int], None]
"""Called after each batch with (people written so far, people asked for)."""
CancelCheck = Callable[[], bool]
"""Asked before each batch; True stops the run (what is written stays)."""


@dataclass(frozen=True, slots=True)
class DemoResult:
    requested: int
    added: int
    first_number: int  # of the first person added (DEMO-…), even when none was
    cancelled: bool

    @property
    def first_id(self) -> str | None:
        return demo_external_id(self.first_number) if self.added else None

    @property
    def last_id(self) -> str | None:
        return demo_external_id(self.first_number + self.added - 1) if self.added else None


def next_demo_number(session: Session) -> int:
    """One more than the highest demo id in the database (1 in a database without any)."""
    highest = session.scalars(
        select(ExternalId.value)
        .where(ExternalId.source == DEMO_SOURCE, ExternalId.value.startswith(DEMO_ID_PREFIX))
        .order_by(func.length(ExternalId.value).desc(), ExternalId.value.desc())
        .limit(1)
    ).first()
    number = demo_number(highest) if highest else None
    return (number or 0) + 1


def generate_people(
    count: int,
    *,
    seed: int = DEFAULT_SEED,
    first_number: int = 1,
    catalogue: Catalogue | None = None,
) -> list[DemoPerson]:
    """``count`` demo people numbered from ``first_number``, without touching any database."""
    people = DemoPeople(catalogue or shipped_catalogue(), seed)
    return [people.person(number) for number in range(first_number, first_number + count)]


def add_demo_people(
    database: Database,
    count: int,
    *,
    seed: int = DEFAULT_SEED,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    batch_size: int | None = None,
    catalogue: Catalogue | None = None,
    template: ChecklistTemplate | None = None,
) -> DemoResult:
    """Add ``count`` demo people to ``database``, numbered after the demo people already there.

    Each batch of ``batch_size`` people (default :data:`BATCH_SIZE`) is one transaction.
    ``progress(done, count)`` is called after each batch and ``should_cancel()`` asked before each,
    from the calling thread; a cancelled run keeps the batches already written and says so in the
    result. Database errors propagate (SQLAlchemy's), with the batches before them kept.
    """
    if not 0 <= count <= MAX_PEOPLE:
        raise ValueError(f"count must be between 0 and {MAX_PEOPLE}, not {count}")
    if not database.actor.can(Permission.LOAD_DEMO):
        raise NotAllowed(database.actor, Permission.LOAD_DEMO)
    if count == 0:
        with database.session() as session:
            return DemoResult(0, 0, next_demo_number(session), cancelled=False)
    batch_size = batch_size or BATCH_SIZE
    people = DemoPeople(catalogue or shipped_catalogue(), seed)
    journeys = journeys_as_of(seed)
    started = time.perf_counter()
    added = 0
    first_number: int | None = None
    was_cancelled = False
    while added < count:
        if should_cancel is not None and should_cancel():
            was_cancelled = True
            break
        with database.writing() as session:
            if first_number is None:
                first_number = next_demo_number(session)
            size = min(batch_size, count - added)
            start = first_number + added
            batch = [people.person(number) for number in range(start, start + size)]
            register_many(
                session,
                [(p.external_id, p.data) for p in batch],
                source=DEMO_SOURCE,
                template=template,
                starting_states=journeys,
                documents=[demo_papers(p.data, p.number, seed) for p in batch],
                audit_each=False,
            )
            audit.record(
                session,
                "demo_added",
                "person",
                changes={
                    "people": (None, size),
                    "demo_numbers": (None, f"{start}-{start + size - 1}"),
                },
            )
        added += size
        if progress is not None:
            progress(added, count)
    log.info(
        "demo: %d of %d people added in %.1f s%s",
        added,
        count,
        time.perf_counter() - started,
        " (cancelled)" if was_cancelled else "",
    )
    return DemoResult(count, added, first_number or 1, was_cancelled)


__all__ = [
    "BATCH_SIZE",
    "DEFAULT_PEOPLE",
    "DEFAULT_SEED",
    "DEMO_SOURCE",
    "MAX_PEOPLE",
    "CancelCheck",
    "DemoDataError",
    "DemoPerson",
    "DemoResult",
    "ProgressCallback",
    "add_demo_people",
    "generate_people",
    "next_demo_number",
]
