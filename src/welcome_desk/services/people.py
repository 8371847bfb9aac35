"""Registering, updating and finding newcomers."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welcome_desk.db.models import ExternalId, Person
from welcome_desk.domain.countries import country_name, is_eu_eea_swiss

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
    return changed


def register(
    session: Session, data: PersonData, *, source: str | None = None, external_id: str | None = None
) -> Person:
    person = Person()
    apply_data(person, data)
    if external_id:
        person.external_ids.append(ExternalId(source=source or DEFAULT_SOURCE, value=external_id))
    session.add(person)
    return person


def by_external_id(session: Session, source: str, value: str) -> Person | None:
    return session.scalars(
        select(Person)
        .join(ExternalId)
        .where(ExternalId.source == source, ExternalId.value == value)
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
        p
        for p in session.scalars(
            select(Person).join(ExternalId).where(ExternalId.value == reference).order_by(Person.id)
        ).unique()
        if p not in found
    ]
    return found


def profile(person: Person, language: str) -> dict[str, Any]:
    """Everything held on the person's identity and stay, as plain values (codes and ISO dates);
    the country is also named in ``language``."""
    return {
        "id": person.id,
        "family_name": person.family_name,
        "given_names": person.given_names,
        "date_of_birth": _iso(person.date_of_birth),
        "sex": person.sex,
        "nationality": {
            "code": person.nationality,
            "name": country_name(person.nationality, language),
            "eu_eea_swiss": is_eu_eea_swiss(person.nationality),
        },
        "email": person.email,
        "phone": person.phone,
        "category": person.category,
        "sub_kind": person.sub_kind,
        "programme": person.programme,
        "host_unit": person.host_unit,
        "arrival_date": _iso(person.arrival_date),
        "departure_date": _iso(person.departure_date),
        "preferred_language": person.preferred_language,
        "accompanying_persons": person.accompanying_persons,
        "external_ids": [
            {"source": e.source, "value": e.value}
            for e in sorted(person.external_ids, key=lambda e: (e.source, e.value))
        ],
        "created_at": person.created_at.isoformat(timespec="seconds"),
        "updated_at": person.updated_at.isoformat(timespec="seconds"),
        "version": person.version,
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def arrivals_from(session: Session, start: date, limit: int) -> list[Person]:
    """People arriving on or after ``start``, soonest first (the counter's default list)."""
    return list(
        session.scalars(
            select(Person)
            .where(Person.arrival_date >= start)
            .order_by(Person.arrival_date, Person.sort_key, Person.id)
            .limit(limit)
        )
    )


def count_people(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Person)) or 0
