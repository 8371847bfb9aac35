"""The registration and edit form's use cases: check what was typed, warn of a likely duplicate,
save an edit without ever overwriting another desk's save unseen.

The checks are the import's (``services.importing.rules``), so that a person typed at the desk and
a row of an arrival list are held to the same rules and stored alike.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from welcome_desk.db.models import Person
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.domain.names import sort_key
from welcome_desk.domain.person import PersonData
from welcome_desk.services.checklists import refresh_after_change
from welcome_desk.services.importing.rules import check_values
from welcome_desk.services.people import apply_data

log = logging.getLogger(__name__)

# The form's fields, in the order it shows them (and lists their problems).
FORM_FIELDS: tuple[str, ...] = (
    "family_name",
    "given_names",
    "date_of_birth",
    "sex",
    "nationality",
    "email",
    "phone",
    "preferred_language",
    "category",
    "sub_kind",
    "programme",
    "host_unit",
    "arrival_date",
    "departure_date",
    "accompanying_persons",
)
MAX_DUPLICATES = 20

PERSON_NOT_FOUND = N_("There is no person number {person}; they may have been erased meanwhile.")
SAVED_MEANWHILE = N_(
    "Someone else saved this person while you were editing (version {stored}, you started "
    "from version {expected}). Nothing was saved; both versions are kept for you to compare."
)


class PersonNotFound(LookupError):
    def __init__(self, person_id: int) -> None:
        self.message = message(PERSON_NOT_FOUND, person=person_id)
        super().__init__(str(self.message))


class PersonConflict(Exception):
    """The person was saved by someone else since the edit began: the edit was not applied.

    ``stored`` is what the database holds now (at ``stored_version``); ``attempted`` is what the
    user tried to save, starting from ``expected_version``. Neither is lost.
    """

    def __init__(
        self,
        person_id: int,
        *,
        stored: PersonData,
        stored_version: int,
        attempted: PersonData,
        expected_version: int,
    ) -> None:
        self.person_id = person_id
        self.stored = stored
        self.stored_version = stored_version
        self.attempted = attempted
        self.expected_version = expected_version
        self.message = message(SAVED_MEANWHILE, stored=stored_version, expected=expected_version)
        super().__init__(str(self.message))

    @property
    def differences(self) -> list[str]:
        """The fields whose stored value differs from the one the user tried to save."""
        return differing_fields(self.stored, self.attempted)


def check_person(
    values: Mapping[str, str], *, today: date, labels: Mapping[str, str] | None = None
) -> PersonData | dict[str, list[Message]]:
    """The person's details, or the problems of each field (``FORM_FIELDS`` names them).

    ``values`` maps a field to its text as typed: dates YYYY-MM-DD or DD/MM/YYYY, the nationality
    as a code (or a country's English or French name), category, sex and sub-kind as codes. A
    message names its field by ``labels`` (e.g. the form's own labels, in the staff's language),
    by the field's name otherwise.
    """
    checked = check_values(values, today=today, labels=labels, order=FORM_FIELDS)
    if isinstance(checked, PersonData):
        return checked
    problems: dict[str, list[Message]] = {}
    for problem in checked:
        problems.setdefault(problem.field, []).append(problem.message)
    return problems


def form_values(data: PersonData) -> dict[str, str]:
    """``data`` as the texts of the form's fields (what :func:`check_person` turns back into it)."""
    values: dict[str, str] = {}
    for name in FORM_FIELDS:
        value = getattr(data, name)
        if value is None:
            values[name] = ""
        elif isinstance(value, date):
            values[name] = value.isoformat()
        else:
            values[name] = str(value)
    return values


def person_data(person: Person) -> PersonData:
    """What is stored of ``person``, as plain values."""
    return PersonData(**{f.name: getattr(person, f.name) for f in fields(PersonData)})


def differing_fields(one: PersonData, other: PersonData) -> list[str]:
    return [f.name for f in fields(PersonData) if getattr(one, f.name) != getattr(other, f.name)]


def load_person(session: Session, person_id: int) -> tuple[PersonData, int]:
    """The person's details and the version they are at (to give back to :func:`update_person`)."""
    person = session.get(Person, person_id)
    if person is None:
        raise PersonNotFound(person_id)
    return person_data(person), person.version


def possible_duplicates(
    session: Session,
    family_name: str,
    given_names: str | None,
    date_of_birth: date | None,
    *,
    exclude_id: int | None = None,
) -> list[Person]:
    """People who may be this one: the same names (accents, case, spaces and hyphens aside, and
    also with family and given names swapped) and the same birth date.

    A birth date unknown on either side does not rule a person out: the names alone then match.
    """
    if not family_name.strip():
        return []
    keys = {sort_key(family_name, given_names)}
    if given_names and given_names.strip():
        keys.add(sort_key(given_names, family_name))
    statement = select(Person).where(Person.sort_key.in_(sorted(keys)))
    if date_of_birth is not None:
        statement = statement.where(
            or_(Person.date_of_birth == date_of_birth, Person.date_of_birth.is_(None))
        )
    if exclude_id is not None:
        statement = statement.where(Person.id != exclude_id)
    return list(
        session.scalars(statement.order_by(Person.sort_key, Person.id).limit(MAX_DUPLICATES))
    )


def update_person(
    session: Session, person_id: int, data: PersonData, *, expected_version: int, actor: Actor
) -> Person:
    """Save ``data`` over the person, if nobody saved them since ``expected_version`` was read.

    Raises :class:`PersonConflict` (nothing changed) when the stored version moved on. The row is
    read for update: on PostgreSQL it stays locked until the end of the transaction, on SQLite the
    writing session holds the database's write lock already, so no save can slip in between the
    check and the write. The checklist follows the change (a new departure date moves due dates).
    """
    person = session.get(Person, person_id, with_for_update=True, populate_existing=True)
    if person is None:
        raise PersonNotFound(person_id)
    if person.version != expected_version:
        raise PersonConflict(
            person_id,
            stored=person_data(person),
            stored_version=person.version,
            attempted=data,
            expected_version=expected_version,
        )
    if apply_data(person, data):
        session.flush()
        refresh_after_change(session, person_id, actor)
        log.info("person %s updated to version %s", person_id, person.version)
    return person


@dataclass(frozen=True, slots=True)
class Merge:
    """An edit merged with another desk's save: ``data`` to show, ``clashes`` to decide by hand."""

    data: PersonData
    clashes: list[str]


def merge(base: PersonData, mine: PersonData, theirs: PersonData) -> Merge:
    """Three-way merge of an edit (``mine``) with a save made meanwhile (``theirs``), both from
    ``base``: each side's changes are kept; where both changed a field differently, ``mine``
    stays and the field is a clash."""
    changes: dict[str, Any] = {}
    clashes: list[str] = []
    for name in differing_fields(mine, theirs):
        my_value, base_value = getattr(mine, name), getattr(base, name)
        if my_value == base_value:
            changes[name] = getattr(theirs, name)
        elif getattr(theirs, name) != base_value:
            clashes.append(name)
    return Merge(replace(mine, **changes), clashes)
