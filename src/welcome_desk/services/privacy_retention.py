"""The retention rule (GDPR storage limitation): people who left more than N months ago are
anonymised, and the statistics stay the same.

Their identity and free texts go: names (a neutral text instead), email, phone, external ids,
housing addresses, residence permit numbers, step notes and blocked reasons (and those values in
the steps' history), visit notes, appointments. The facts the statistics count stay: dates of
arrival and departure, sex, nationality, category, programme, host unit, the steps' dates and
status, visits and their purposes; the date of birth becomes one that gives the same age on the
arrival date. Their earlier audit entries lose their values; one entry per person says that
the rule anonymised them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from welcome_desk.db import audit
from welcome_desk.db.indexing import keys_for
from welcome_desk.db.journey_models import (
    AdministrativeRecord,
    Appointment,
    Checklist,
    ChecklistStep,
    HousingRecord,
    StepHistory,
    Visit,
)
from welcome_desk.db.models import Base, ExternalId, Person, SearchKey
from welcome_desk.db.types import utc_now
from welcome_desk.domain.dates import add_months, age_on
from welcome_desk.domain.names import sort_key
from welcome_desk.domain.roles import Permission
from welcome_desk.services.privacy import (
    checked_months,
    overwriting_freed_space,
    retention_cutoff,
    retention_months,
    wipe_trail,
)

# What an anonymised person is called: the same in every language (it is data, not a label).
ANONYMISED_NAME = "Anonymised"
# Free-text fields of a step, whose values its history holds too.
FREE_TEXT_STEP_FIELDS = ("notes", "blocked_reason")
CHUNK = 500  # ids per statement (well under every database's limit on parameters)
_PEOPLE = Base.metadata.tables["people"]


# Who the rule reaches --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reached:
    id: int
    family_name: str
    given_names: str | None
    arrival_date: date
    departure_date: date


@dataclass(frozen=True, slots=True)
class RetentionPreview:
    months: int
    cutoff: date
    people: list[Reached]
    # Not anonymised and not reached: no departure date, but arrived before the cutoff.
    without_departure: int


def _reached(cutoff: date) -> ColumnElement[bool]:
    return and_(Person.anonymised_on.is_(None), Person.departure_date < cutoff)


def retention_preview(session: Session, today: date, months: int | None = None) -> RetentionPreview:
    """Who :func:`apply_retention` would anonymise today (``Permission.PREVIEW_RETENTION``)."""
    audit.require(session, Permission.PREVIEW_RETENTION)
    months = checked_months(months) if months is not None else retention_months(session)
    cutoff = retention_cutoff(today, months)
    rows = session.execute(
        select(
            Person.id,
            Person.family_name,
            Person.given_names,
            Person.arrival_date,
            Person.departure_date,
        )
        .where(_reached(cutoff))
        .order_by(Person.departure_date, Person.sort_key, Person.id)
    ).all()
    without_departure = session.scalar(
        select(func.count()).where(
            Person.anonymised_on.is_(None),
            Person.departure_date.is_(None),
            Person.arrival_date < cutoff,
        )
    )
    return RetentionPreview(
        months=months,
        cutoff=cutoff,
        people=[
            Reached(row.id, row.family_name, row.given_names, row.arrival_date, departure)
            for row in rows
            if (departure := row.departure_date) is not None
        ],
        without_departure=without_departure or 0,
    )


# Anonymising -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RetentionResult:
    months: int
    cutoff: date
    anonymised: int


def same_age_birth(birth: date | None, arrival: date) -> date | None:
    """A date of birth that gives the same age on the arrival date (so the same age band), and
    tells nothing more: the arrival day, that many years before. None stays None; a birth after
    the arrival (an age the statistics cannot tell) becomes None, which they count alike."""
    if birth is None or birth > arrival:
        return None
    age = age_on(birth, arrival)
    return add_months(arrival, -12 * age)


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _anonymise(session: Session, ids: list[int], today: date) -> None:
    connection = session.connection()
    people = connection.execute(
        select(Person.id, Person.date_of_birth, Person.arrival_date).where(Person.id.in_(ids))
    ).all()
    now = utc_now()
    table = _PEOPLE
    connection.execute(
        update(table)
        .where(table.c.id == bindparam("person"))
        .values(
            family_name=ANONYMISED_NAME,
            given_names=None,
            sort_key=sort_key(ANONYMISED_NAME, None),
            date_of_birth=bindparam("birth"),
            email=None,
            phone=None,
            anonymised_on=today,
            updated_at=now,
            version=table.c.version + 1,
        ),
        [
            {"person": row.id, "birth": same_age_birth(row.date_of_birth, row.arrival_date)}
            for row in people
        ],
    )
    connection.execute(delete(ExternalId).where(ExternalId.person_id.in_(ids)))
    connection.execute(delete(SearchKey).where(SearchKey.person_id.in_(ids)))
    # Found under the neutral name only, as db.indexing would file them.
    keys = keys_for(ANONYMISED_NAME, None, None, ())
    connection.execute(
        insert(SearchKey),
        [{"field": field, "key": key, "person_id": pid} for pid in ids for key, field in keys],
    )
    connection.execute(
        update(HousingRecord)
        .where(HousingRecord.person_id.in_(ids), HousingRecord.address.is_not(None))
        .values(address=None, version=HousingRecord.version + 1)
    )
    connection.execute(
        update(AdministrativeRecord)
        .where(
            AdministrativeRecord.person_id.in_(ids),
            AdministrativeRecord.residence_permit_number.is_not(None),
        )
        .values(residence_permit_number=None, version=AdministrativeRecord.version + 1)
    )
    steps = (
        select(ChecklistStep.id)
        .join(Checklist, Checklist.id == ChecklistStep.checklist_id)
        .where(Checklist.person_id.in_(ids))
    )
    connection.execute(
        update(ChecklistStep)
        .where(
            ChecklistStep.id.in_(steps),
            (ChecklistStep.notes.is_not(None)) | (ChecklistStep.blocked_reason.is_not(None)),
        )
        .values(notes=None, blocked_reason=None, version=ChecklistStep.version + 1)
    )
    connection.execute(
        update(StepHistory)
        .where(StepHistory.step_id.in_(steps), StepHistory.field.in_(FREE_TEXT_STEP_FIELDS))
        .values(old_value=None, new_value=None)
    )
    connection.execute(delete(Appointment).where(Appointment.person_id.in_(ids)))
    connection.execute(
        update(Visit).where(Visit.person_id.in_(ids), Visit.notes.is_not(None)).values(notes=None)
    )
    wipe_trail(session, ids)
    audit.record_many(session, [("anonymised", "person", pid, pid, None) for pid in ids])


def apply_retention(session: Session, today: date, months: int | None = None) -> RetentionResult:
    """Anonymise everyone the rule reaches today (``Permission.APPLY_RETENTION``), in the
    session's transaction: all of them or, if anything fails, none."""
    audit.require(session, Permission.APPLY_RETENTION)
    months = checked_months(months) if months is not None else retention_months(session)
    cutoff = retention_cutoff(today, months)
    ids = list(session.scalars(select(Person.id).where(_reached(cutoff)).order_by(Person.id)))
    with overwriting_freed_space(session):
        for chunk in _chunks(ids):
            _anonymise(session, chunk, today)
    session.expire_all()
    return RetentionResult(months=months, cutoff=cutoff, anonymised=len(ids))
