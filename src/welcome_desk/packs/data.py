"""What a pack shows about one person, read from the database as plain data.

Read in one short session, so that making the PDF (slow) holds no transaction open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from welcome_desk.db.journey_models import AdministrativeRecord, Appointment
from welcome_desk.db.models import Person
from welcome_desk.domain.checklist_template import Amount, Link, Text
from welcome_desk.domain.countries import is_eu_eea_swiss
from welcome_desk.services.checklists import checklist_of
from welcome_desk.services.templates import template_of

# Han, kana and Hangul: names written without a space, family name first.
_EAST_ASIAN = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
FAMILY_NAME_FIRST = frozenset({"VN", "HU"})  # in Latin script too


@dataclass(frozen=True)
class PackStep:
    key: str
    area: str
    title: Text
    help: Text
    documents: tuple[Text, ...]
    links: tuple[Link, ...]
    amounts: tuple[Amount, ...]
    status: str
    due_on: date | None
    opens_on: date | None
    done_on: date | None

    @property
    def done(self) -> bool:
        return self.status == "done"


@dataclass(frozen=True)
class PackAppointment:
    starts_at: datetime  # in the desk's local time
    place: str
    purpose: str


@dataclass(frozen=True)
class PackPerson:
    id: int
    family_name: str
    given_names: str | None
    nationality: str
    category: str
    sub_kind: str | None
    host_unit: str | None
    arrival_date: date
    departure_date: date | None
    preferred_language: str
    accompanying_persons: int
    residence_permit_expiry: date | None

    @property
    def eu_eea_swiss(self) -> bool:
        return is_eu_eea_swiss(self.nationality)

    @property
    def full_name(self) -> str:
        """The name as its owner writes it: family name first, with no space, in Chinese,
        Japanese or Korean script (王小明, 김민준); family name first for Vietnamese and
        Hungarian nationals (Nguyễn Thị Ánh); else given names first (Élodie Lefèvre)."""
        family, given = self.family_name.strip(), (self.given_names or "").strip()
        if not given:
            return family
        if _EAST_ASIAN.search(family) and _EAST_ASIAN.search(given):
            return family + given
        if self.nationality in FAMILY_NAME_FIRST:
            return f"{family} {given}"
        return f"{given} {family}"


@dataclass(frozen=True)
class PackData:
    person: PackPerson
    steps: tuple[PackStep, ...]  # the applicable ones, in the checklist's order
    appointments: tuple[PackAppointment, ...]  # from ``made_on`` on
    made_on: date


class PackPersonMissing(LookupError):
    pass


def pack_data(session: Session, person_id: int, made_on: date) -> PackData:
    person = session.get(Person, person_id)
    if person is None:
        raise PackPersonMissing(person_id)
    administrative = session.get(AdministrativeRecord, person_id)
    steps: list[PackStep] = []
    checklist = checklist_of(session, person_id)
    if checklist is not None:
        template = template_of(checklist.template)
        for step in checklist.steps:
            definition = template.step(step.key)
            if not step.applicable or definition is None:
                continue
            steps.append(
                PackStep(
                    key=step.key,
                    area=step.area,
                    title=definition.title,
                    help=definition.help,
                    documents=definition.documents,
                    links=definition.links,
                    amounts=definition.amounts,
                    status=step.status,
                    due_on=step.due_on,
                    opens_on=step.opens_on,
                    done_on=step.done_on,
                )
            )
    appointments = session.scalars(
        select(Appointment)
        .where(
            Appointment.person_id == person_id,
            Appointment.starts_at >= datetime.combine(made_on, time.min).astimezone(),
        )
        .order_by(Appointment.starts_at)
    )
    return PackData(
        person=PackPerson(
            id=person.id,
            family_name=person.family_name,
            given_names=person.given_names,
            nationality=person.nationality,
            category=person.category,
            sub_kind=person.sub_kind,
            host_unit=person.host_unit,
            arrival_date=person.arrival_date,
            departure_date=person.departure_date,
            preferred_language=person.preferred_language,
            accompanying_persons=person.accompanying_persons,
            residence_permit_expiry=administrative.residence_permit_expiry
            if administrative
            else None,
        ),
        steps=tuple(steps),
        appointments=tuple(
            PackAppointment(a.starts_at.astimezone(), a.place, a.purpose) for a in appointments
        ),
        made_on=made_on,
    )


def arriving(session: Session, first: date, last: date) -> list[tuple[int, str]]:
    """(id, "FAMILY Given") of everyone arriving from ``first`` to ``last`` included, in order
    of arrival then name: the people of a batch."""
    rows = session.execute(
        select(Person.id, Person.family_name, Person.given_names)
        .where(Person.arrival_date.between(first, last))
        .order_by(Person.arrival_date, Person.sort_key, Person.id)
    )
    return [(id_, " ".join(p for p in (family.upper(), given) if p)) for id_, family, given in rows]
