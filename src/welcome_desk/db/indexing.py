"""Keeps each person's search keys and sort key in step with their names, email and external ids.

Installed on the session factory, so no code path that saves a person can forget it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from welcome_desk.db.models import ExternalId, Person, SearchField, SearchKey
from welcome_desk.domain.names import fold, name_keys, sort_key

MAX_KEY_LENGTH = 254


def keys_for(
    family_name: str, given_names: str | None, email: str | None, external_ids: Iterable[str]
) -> set[tuple[str, int]]:
    """The (key, field) pairs under which a person with these details is found."""
    keys = {(key, SearchField.FAMILY_NAME) for key in name_keys(family_name)}
    keys |= {(key, SearchField.GIVEN_NAMES) for key in name_keys(given_names)}
    for external_id in external_ids:
        keys.add((fold(external_id).strip(), SearchField.EXTERNAL_ID))
    if email:
        keys.add((email.strip().casefold(), SearchField.EMAIL))
    return {(key[:MAX_KEY_LENGTH], field) for key, field in keys if key}


def wanted_keys(person: Person) -> set[tuple[str, int]]:
    return keys_for(
        person.family_name,
        person.given_names,
        person.email,
        (external_id.value for external_id in person.external_ids),
    )


def refresh_search_keys(person: Person) -> None:
    """Add the missing keys and drop the stale ones (never delete and re-add the same row)."""
    new_sort_key = sort_key(person.family_name, person.given_names)
    if person.sort_key != new_sort_key:
        person.sort_key = new_sort_key
    wanted = wanted_keys(person)
    current = {(row.key, row.field): row for row in person.search_keys}
    for stale in set(current) - wanted:
        person.search_keys.remove(current[stale])
    for key, field in sorted(wanted - set(current)):
        person.search_keys.append(SearchKey(key=key, field=field))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    people: set[Person] = set()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Person):
            people.add(obj)
        elif isinstance(obj, ExternalId) and obj.person is not None:
            people.add(obj.person)
    for person in people:
        refresh_search_keys(person)


def install(session_factory: sessionmaker[Session]) -> None:
    event.listen(session_factory, "before_flush", _before_flush)
