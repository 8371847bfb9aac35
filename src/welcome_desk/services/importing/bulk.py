"""Finding many people at once, at the speed an import of thousands of rows needs.

The people a file names are looked up with one query per 500 ids, not one per row. New people are
saved with :func:`welcome_desk.services.people.register_many`. Updates stay with the ORM
(optimistic locking, the indexing hook); their search keys are loaded in one query per slice
instead of one per person.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, selectinload

from welcome_desk.db.models import ExternalId, Person, SearchKey

_PEOPLE = cast(Table, Person.__table__)
_EXTERNAL_IDS = cast(Table, ExternalId.__table__)
_SEARCH_KEYS = cast(Table, SearchKey.__table__)
# SQLite before 3.32 allows 999 parameters in a statement; stay well under it.
LOOKUP_CHUNK = 500


def load_search_keys(session: Session, people: Sequence[Person]) -> None:
    """Load the search keys of ``people`` in a few queries, before a flush refreshes them."""
    with session.no_autoflush:
        for start in range(0, len(people), LOOKUP_CHUNK):
            ids = [person.id for person in people[start : start + LOOKUP_CHUNK]]
            session.scalars(
                select(Person).where(Person.id.in_(ids)).options(selectinload(Person.search_keys))
            ).all()


def _chunks(values: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for value in values:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def find_people(session: Session, source: str, external_ids: Iterable[str]) -> Mapping[str, Person]:
    """The people known under ``external_ids`` of ``source``, by id: one query per 500 ids."""
    found: dict[str, Person] = {}
    for chunk in _chunks(sorted(set(external_ids)), LOOKUP_CHUNK):
        statement = (
            select(ExternalId.value, Person)
            .join(ExternalId.person)
            .where(ExternalId.source == source, ExternalId.value.in_(chunk))
        )
        for value, person in session.execute(statement):
            found[value] = person
    return found
