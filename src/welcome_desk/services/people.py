"""Registering, updating and finding newcomers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from welcome_desk.db import audit
from welcome_desk.db.indexing import keys_for
from welcome_desk.db.journey_models import AdministrativeRecord
from welcome_desk.db.models import ExternalId, Person, SearchField, SearchKey
from welcome_desk.db.types import utc_now
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.domain.countries import country_name, is_eu_eea_swiss
from welcome_desk.domain.names import fold, sort_key
from welcome_desk.domain.person import PersonData
from welcome_desk.domain.roles import Permission
from welcome_desk.services.checklists import (
    StartingStates,
    create_checklists,
    profile_from_data,
)
from welcome_desk.services.records import AdministrativeData
from welcome_desk.services.templates import edition_for, shipped_template

__all__ = ["PersonData"]  # re-exported: services build people from it

DEFAULT_SOURCE = "import"
_PEOPLE = cast(Table, Person.__table__)
_EXTERNAL_IDS = cast(Table, ExternalId.__table__)
_SEARCH_KEYS = cast(Table, SearchKey.__table__)
_ADMINISTRATIVE = cast(Table, AdministrativeRecord.__table__)


def apply_data(person: Person, data: PersonData) -> bool:
    """Copy ``data`` onto ``person``; True when anything changed."""
    changed = False
    for name, value in data.as_dict().items():
        if getattr(person, name) != value:
            setattr(person, name, value)
            changed = True
    return changed


def register(
    session: Session,
    data: PersonData,
    *,
    source: str | None = None,
    external_id: str | None = None,
    template: ChecklistTemplate | None = None,
) -> Person:
    """A new person, with their checklist made from ``template`` (the shipped one by default)."""
    person = Person()
    apply_data(person, data)
    if external_id:
        person.external_ids.append(ExternalId(source=source or DEFAULT_SOURCE, value=external_id))
    session.add(person)
    session.flush()
    _make_checklists(session, [(person.id, data)], template)
    return person


def _make_checklists(
    session: Session,
    people: Sequence[tuple[int, PersonData]],
    template: ChecklistTemplate | None,
    starting_states: StartingStates | None = None,
    documents: Sequence[AdministrativeData | None] | None = None,
) -> None:
    template = template or shipped_template()
    edition = edition_for(session, template)
    profiles = []
    for index, (person_id, data) in enumerate(people):
        profile = profile_from_data(data)
        papers = documents[index] if documents else None
        if papers is not None:
            profile = replace(
                profile,
                residence_permit_expiry=papers.residence_permit_expiry,
                visa_expiry=papers.visa_expiry,
            )
        profiles.append((person_id, profile))
    create_checklists(session, profiles, edition, template, starting_states)


def register_many(
    session: Session,
    new: Sequence[tuple[str, PersonData]],
    *,
    source: str,
    template: ChecklistTemplate | None = None,
    starting_states: StartingStates | None = None,
    documents: Sequence[AdministrativeData | None] | None = None,
    audit_each: bool = True,
) -> list[int]:
    """Register many people at once (imports, demo data): the same rows as :func:`register`.

    Registering one ORM object at a time costs about a millisecond a person (objects, events, one
    INSERT each to learn the id). Here people are inserted with Core statements (their ids come
    back in order), and their external ids and search keys in multi-row statements, the keys
    computed by :func:`welcome_desk.db.indexing.keys_for` as the session hook does; their
    checklists are made in bulk too, knowing the ``documents`` recorded with them (one per
    person, or None), so that a residence permit brings its renewal step. Returns the internal
    ids, in the order of ``new`` (pairs of external id and data). Each person's creation is in the
    audit trail with their details, unless ``audit_each`` is False (the demo's fictitious
    people: their batch writes one entry).
    """
    audit.require(session, Permission.REGISTER_PEOPLE)
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
    first = audit.first_free_person_id(session)
    if first is not None:  # SQLite: never a number an erased person had
        for offset, row in enumerate(rows):
            row["id"] = first + offset
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
        for key, field in keys_for(data.family_name, data.given_names, data.email, [external_id])
    ]
    if keys:
        session.execute(insert(_SEARCH_KEYS), keys)
    if audit_each:
        audit.record_many(
            session,
            (
                (
                    "created",
                    "person",
                    person_id,
                    person_id,
                    {
                        **{k: (None, v) for k, v in data.as_dict().items() if v is not None},
                        "external_id": (None, f"{source}:{external_id}"),
                    },
                )
                for person_id, (external_id, data) in zip(ids, new, strict=True)
            ),
        )
    if documents:
        rows = [
            {"person_id": pid, **asdict(papers)}
            for pid, papers in zip(ids, documents, strict=True)
            if papers is not None
        ]
        if rows:
            session.execute(insert(_ADMINISTRATIVE), rows)
    _make_checklists(
        session,
        [(pid, data) for pid, (_, data) in zip(ids, new, strict=True)],
        template,
        starting_states,
        documents,
    )
    return ids


def find_by_reference(session: Session, reference: str) -> list[Person]:
    """People named by ``reference``: ``#12`` is the internal id 12 only; otherwise an external id
    from any source (case- and accent-insensitive), and a number is also tried as an internal id.
    """
    reference = reference.strip()
    if reference.startswith("#"):
        number = reference[1:].strip()
        person = session.get(Person, int(number)) if number.isdigit() else None
        return [person] if person is not None else []
    found: list[Person] = []
    if reference.isdigit():
        person = session.get(Person, int(reference))
        if person is not None:
            found.append(person)
    key = fold(reference).strip()
    by_external = session.scalars(
        select(Person)
        .join(SearchKey, SearchKey.person_id == Person.id)
        .where(SearchKey.field == SearchField.EXTERNAL_ID, SearchKey.key == key)
        .order_by(Person.id)
    ).unique()
    found += [p for p in by_external if p not in found]
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


def count_people(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Person)) or 0
