"""Finding and saving many people at once, at the speed an import of thousands of rows needs.

The people a file names are looked up with one query per 500 ids, not one per row.

Registering people one ORM object at a time costs about a millisecond each (objects, events, and
one INSERT per person to learn its id): ten seconds for a 10,000-row file. New people are therefore
inserted with Core statements, without ORM objects or events (their ids come back in order, one
short statement each on SQLite), and their external ids and search keys in multi-row statements,
the keys computed by :func:`welcome_desk.db.indexing.wanted_keys` exactly as the session hook does.
Updates stay with the ORM (optimistic locking, the indexing hook); their search keys are loaded in
one query per slice instead of one per person.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, selectinload

from welcome_desk.db.indexing import wanted_keys
from welcome_desk.db.models import ExternalId, Person, SearchKey
from welcome_desk.db.types import utc_now
from welcome_desk.domain.names import sort_key
from welcome_desk.services.people import PersonData

_PEOPLE = cast(Table, Person.__table__)
_EXTERNAL_IDS = cast(Table, ExternalId.__table__)
_SEARCH_KEYS = cast(Table, SearchKey.__table__)
# SQLite before 3.32 allows 999 parameters in a statement; stay well under it.
LOOKUP_CHUNK = 500


def insert_people(
    session: Session, new: Sequence[tuple[str, PersonData]], source: str
) -> list[int]:
    """Insert the people of ``new`` (external id, data) as ``services.people.register`` would.

    Returns their internal ids, in the order of ``new``. The rows are the same as the ORM writes:
    every field of the data, the sort key, both timestamps, version 1, the external id under
    ``source`` and the search keys.
    """
    if not new:
        return []
    now = utc_now()
    rows = [
        {
            **data.as_dict(),
            "sort_key": sort_key(data.family_name, data.given_names),
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for _, data in new
    ]
    statement = insert(_PEOPLE).returning(_PEOPLE.c.id, sort_by_parameter_order=True)
    ids = list(session.scalars(statement, rows))
    session.execute(
        insert(_EXTERNAL_IDS),
        [
            {"person_id": person_id, "source": source, "value": external_id}
            for person_id, (external_id, _) in zip(ids, new, strict=True)
        ],
    )
    keys = [
        {"person_id": person_id, "key": key, "field": field}
        for person_id, (external_id, data) in zip(ids, new, strict=True)
        for key, field in wanted_keys(_transient_person(data, source, external_id))
    ]
    if keys:
        session.execute(insert(_SEARCH_KEYS), keys)
    return ids


def _transient_person(data: PersonData, source: str, external_id: str) -> Person:
    """A Person never added to the session, only for computing its search keys."""
    person = Person(family_name=data.family_name, given_names=data.given_names, email=data.email)
    person.external_ids.append(ExternalId(source=source, value=external_id))
    return person


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
