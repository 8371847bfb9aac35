"""What the desk must see first: who arrives, which steps are late, which permits expire."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from welcome_desk.db.journey_models import (
    OPEN_STEPS_SQL,
    AdministrativeRecord,
    Checklist,
    ChecklistStep,
)
from welcome_desk.db.models import Person
from welcome_desk.domain.step_status import OPEN_STATUSES, StepStatus
from welcome_desk.services.checklists import Progress

_OPEN = [status.value for status in OPEN_STATUSES]


@dataclass(frozen=True, slots=True)
class PersonLine:
    id: int
    family_name: str
    given_names: str | None
    nationality: str
    category: str
    arrival_date: date


@dataclass(frozen=True, slots=True)
class OverdueStep:
    person: PersonLine
    step_id: int
    key: str
    template_id: int
    due_on: date
    days_late: int


@dataclass(frozen=True, slots=True)
class ExpiringPermit:
    person: PersonLine
    expiry: date
    days_left: int


_PERSON_COLUMNS = (
    Person.id,
    Person.family_name,
    Person.given_names,
    Person.nationality,
    Person.category,
    Person.arrival_date,
)


def _line(row: object) -> PersonLine:
    return PersonLine(*(getattr(row, c.key) for c in _PERSON_COLUMNS))


def arrivals_between(
    session: Session, first: date, last: date, limit: int = 500
) -> list[PersonLine]:
    """People expected from ``first`` to ``last`` included, in order of arrival then name."""
    rows = session.execute(
        select(*_PERSON_COLUMNS)
        .where(Person.arrival_date.between(first, last))
        .order_by(Person.arrival_date, Person.sort_key, Person.id)
        .limit(limit)
    )
    return [_line(row) for row in rows]


def coming_days(today: date, days: int = 7) -> tuple[date, date]:
    """From today to the last of the next ``days`` days (the dashboard's "arriving soon")."""
    return today, today + timedelta(days=days - 1)


def _overdue_filter(today: date) -> ColumnElement[bool]:
    """Open steps past due, of people still here. Written as the partial index's own condition
    (OPEN_STEPS_SQL) so that the database answers from that small index."""
    return and_(
        text(OPEN_STEPS_SQL),  # its columns belong to checklist_steps only
        ChecklistStep.due_on < today,
        or_(Person.departure_date.is_(None), Person.departure_date >= today),
    )


def overdue_steps(session: Session, today: date, limit: int = 200) -> list[OverdueStep]:
    """Open steps past their due date, of people still here: the most recently late first (the
    ones the desk can still act on), up to ``limit``."""
    rows = session.execute(
        select(
            *_PERSON_COLUMNS,
            ChecklistStep.id.label("step_id"),
            ChecklistStep.key,
            Checklist.template_id,
            ChecklistStep.due_on,
        )
        .join(Checklist, ChecklistStep.checklist_id == Checklist.id)
        .join(Person, Checklist.person_id == Person.id)
        .where(_overdue_filter(today))
        .order_by(ChecklistStep.due_on.desc(), Person.sort_key, ChecklistStep.position)
        .limit(limit)
    )
    return [
        OverdueStep(
            _line(row), row.step_id, row.key, row.template_id, row.due_on, (today - row.due_on).days
        )
        for row in rows
    ]


def overdue_count(session: Session, today: date) -> tuple[int, int]:
    """(overdue steps, people with at least one)."""
    row = session.execute(
        select(func.count(), func.count(func.distinct(ChecklistStep.checklist_id)))
        .select_from(ChecklistStep)
        .join(Checklist, ChecklistStep.checklist_id == Checklist.id)
        .join(Person, Checklist.person_id == Person.id)
        .where(_overdue_filter(today))
    ).one()
    return int(row[0]), int(row[1])


def permits_expiring(
    session: Session, today: date, within_days: int = 120, limit: int = 200
) -> list[ExpiringPermit]:
    """Residence permits expiring from today to ``within_days`` ahead, soonest first."""
    rows = session.execute(
        select(*_PERSON_COLUMNS, AdministrativeRecord.residence_permit_expiry)
        .join(AdministrativeRecord, AdministrativeRecord.person_id == Person.id)
        .where(
            AdministrativeRecord.residence_permit_expiry.between(
                today, today + timedelta(days=within_days)
            )
        )
        .order_by(AdministrativeRecord.residence_permit_expiry, Person.sort_key)
        .limit(limit)
    )
    return [
        ExpiringPermit(
            _line(row), row.residence_permit_expiry, (row.residence_permit_expiry - today).days
        )
        for row in rows
    ]


def progress_for(session: Session, person_ids: Iterable[int]) -> dict[int, Progress]:
    """Done and counted steps of each person's checklist, in one query."""
    ids = list(person_ids)
    if not ids:
        return {}
    counted = and_(
        ChecklistStep.applicable.is_(True), ChecklistStep.status != StepStatus.NOT_APPLICABLE.value
    )
    rows = session.execute(
        select(
            Checklist.person_id,
            func.sum(
                case((and_(counted, ChecklistStep.status == StepStatus.DONE.value), 1), else_=0)
            ),
            func.sum(case((counted, 1), else_=0)),
        )
        .join(ChecklistStep, ChecklistStep.checklist_id == Checklist.id)
        .where(Checklist.person_id.in_(ids))
        .group_by(Checklist.person_id)
    )
    return {row[0]: Progress(int(row[1] or 0), int(row[2] or 0)) for row in rows}
