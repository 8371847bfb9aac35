"""Registering, updating and finding newcomers."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from welcome_desk.db.models import ExternalId, Person
from welcome_desk.domain.names import sort_key

DEFAULT_SOURCE = "import"


@dataclass(frozen=True, slots=True)
class PersonData:
    """A newcomer's details, already checked (by the import rules or the registration form)."""

    family_name: str
    nationality: str
    category: str
    arrival_date: date
    given_names: str | None = None
    date_of_birth: date | None = None
    sex: str | None = None
    email: str | None = None
    phone: str | None = None
    sub_kind: str | None = None
    programme: str | None = None
    host_unit: str | None = None
    departure_date: date | None = None
    preferred_language: str = "fr"
    accompanying_persons: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def apply_data(person: Person, data: PersonData) -> bool:
    """Copy ``data`` onto ``person``; True when anything changed."""
    changed = False
    for name, value in data.as_dict().items():
        if getattr(person, name) != value:
            setattr(person, name, value)
            changed = True
    new_sort_key = sort_key(data.family_name, data.given_names)
    if person.sort_key != new_sort_key:
        person.sort_key = new_sort_key
        changed = True
    return changed


def register(session: Session, data: PersonData, *, source: str | None = None,
             external_id: str | None = None) -> Person:
    person = Person()
    apply_data(person, data)
    if external_id:
        person.external_ids.append(ExternalId(source=source or DEFAULT_SOURCE, value=external_id))
    session.add(person)
    return person


def by_external_id(session: Session, source: str, value: str) -> Person | None:
    return session.scalars(
        select(Person).join(ExternalId).where(ExternalId.source == source, ExternalId.value == value)
    ).one_or_none()


def find_by_reference(session: Session, reference: str) -> list[Person]:
    """People named by ``reference``: an internal id, or an external id from any source."""
    reference = reference.strip()
    found: list[Person] = []
    if reference.isdigit():
        person = session.get(Person, int(reference))
        if person is not None:
            found.append(person)
    found += [
        p for p in session.scalars(
            select(Person).join(ExternalId).where(ExternalId.value == reference)
            .order_by(Person.id)
        ).unique()
        if p not in found
    ]
    return found
