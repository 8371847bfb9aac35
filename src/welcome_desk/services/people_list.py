"""The people list of the counter: ids in the order asked, rows fetched a page at a time.

A list of 100,000 people is an ordered list of ids (one indexed query); the window asks for the
rows it shows, a page at a time. Filters (category, arrival month, late steps) apply to the whole
register or to search results alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, and_, exists, select
from sqlalchemy.orm import Session

from welcome_desk.db.journey_models import Checklist, ChecklistStep
from welcome_desk.db.models import ExternalId, Person
from welcome_desk.domain.dates import add_months
from welcome_desk.domain.step_status import OPEN_STATUSES

LOOKUP_CHUNK = 500


class SortKey(StrEnum):
    NAME = "name"
    NATIONALITY = "nationality"
    CATEGORY = "category"
    ARRIVAL = "arrival"


@dataclass(frozen=True, slots=True)
class ListFilters:
    category: str | None = None
    arrival_month: date | None = None  # the first day of the month
    overdue_on: date | None = None  # only people with a step late on this day

    @property
    def any(self) -> bool:
        return bool(self.category or self.arrival_month or self.overdue_on)


@dataclass(frozen=True, slots=True)
class ListRow:
    id: int
    family_name: str
    given_names: str | None
    nationality: str
    category: str
    arrival_date: date
    departure_date: date | None
    external_ids: str


_ORDER = {
    SortKey.NAME: (Person.sort_key,),
    SortKey.NATIONALITY: (Person.nationality, Person.sort_key),
    SortKey.CATEGORY: (Person.category, Person.sort_key),
    SortKey.ARRIVAL: (Person.arrival_date, Person.sort_key),
}


def _filtered(query: Select[tuple[int]], filters: ListFilters) -> Select[tuple[int]]:
    if filters.category:
        query = query.where(Person.category == filters.category)
    if filters.arrival_month:
        first = filters.arrival_month.replace(day=1)
        query = query.where(
            Person.arrival_date >= first, Person.arrival_date < add_months(first, 1)
        )
    if filters.overdue_on:
        late = (
            select(ChecklistStep.id)
            .join(Checklist, Checklist.id == ChecklistStep.checklist_id)
            .where(
                Checklist.person_id == Person.id,
                and_(
                    ChecklistStep.applicable.is_(True),
                    ChecklistStep.status.in_([s.value for s in OPEN_STATUSES]),
                    ChecklistStep.due_on < filters.overdue_on,
                ),
            )
        )
        query = query.where(exists(late))
    return query


def list_ids(
    session: Session, filters: ListFilters, sort: SortKey = SortKey.NAME, descending: bool = False
) -> list[int]:
    """Every person matching ``filters``, in the order asked (ties by name, then id)."""
    columns = [c.desc() if descending else c for c in _ORDER[sort]]
    query = _filtered(select(Person.id), filters).order_by(*columns, Person.id)
    return list(session.scalars(query))


def keep_matching(session: Session, ids: Sequence[int], filters: ListFilters) -> list[int]:
    """``ids`` (e.g. search results, best first) without those ``filters`` exclude, in order."""
    if not filters.any:
        return list(ids)
    kept: set[int] = set()
    for start in range(0, len(ids), LOOKUP_CHUNK):
        chunk = list(ids[start : start + LOOKUP_CHUNK])
        kept.update(
            session.scalars(_filtered(select(Person.id), filters).where(Person.id.in_(chunk)))
        )
    return [person_id for person_id in ids if person_id in kept]


def rows_for(session: Session, ids: Sequence[int]) -> dict[int, ListRow]:
    """The rows of ``ids`` (a page of the list), by id."""
    if not ids:
        return {}
    external: dict[int, list[str]] = {}
    for person_id, value in session.execute(
        select(ExternalId.person_id, ExternalId.value)
        .where(ExternalId.person_id.in_(ids))
        .order_by(ExternalId.source, ExternalId.value)
    ):
        external.setdefault(person_id, []).append(value)
    rows = session.execute(
        select(
            Person.id,
            Person.family_name,
            Person.given_names,
            Person.nationality,
            Person.category,
            Person.arrival_date,
            Person.departure_date,
        ).where(Person.id.in_(ids))
    )
    return {
        row.id: ListRow(
            row.id,
            row.family_name,
            row.given_names,
            row.nationality,
            row.category,
            row.arrival_date,
            row.departure_date,
            ", ".join(external.get(row.id, [])),
        )
        for row in rows
    }
