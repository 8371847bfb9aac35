"""The statistics of a range of months, read from the database in a few queries.

Newcomers count in the month of their arrival date. Checklist figures are those of the
newcomers arriving in the month, as the database holds them now; counter visits count in the
month of the visit (local time). See docs/statistics.md.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import ColumnElement, Connection, and_, case, func, select
from sqlalchemy.orm import Session

from welcome_desk.db import audit
from welcome_desk.db.journey_models import Checklist, ChecklistStep, Visit, VisitPurpose
from welcome_desk.db.models import ExternalId, Person
from welcome_desk.domain.dates import add_months
from welcome_desk.domain.roles import Permission
from welcome_desk.stats.dimensions import DIMENSIONS, VALUE_ORDER, month_of, values_of

# Key steps whose time to completion is reported: a group may be any of several steps (the one
# that applies to the person's profile).
KEY_STEPS = {
    "visa": (
        "vls_ts_validation",
        "vls_ts_validation_staff",
        "talent_residence_card_request",
        "algerian_residence_certificate",
    ),
    "social_security": (
        "ehic_or_student_social_security",
        "student_social_security_registration",
        "employee_social_security",
    ),
    "housing": ("housing_search",),
}

Progress = Callable[[int, int], None]


class StatsError(ValueError):
    pass


@dataclass(frozen=True)
class MonthRange:
    first: date  # the first day of the first month
    last: date  # the first day of the last month

    @classmethod
    def parse(cls, first: str, last: str | None = None) -> MonthRange:
        """From "YYYY-MM" texts; ``last`` defaults to ``first``. Raises StatsError."""
        start, end = _month(first), _month(last or first)
        if end < start:
            raise StatsError("the last month is before the first")
        return cls(start, end)

    def months(self) -> list[str]:
        found, day = [], self.first
        while day <= self.last:
            found.append(month_of(day))
            day = add_months(day, 1)
        return found

    @property
    def end(self) -> date:
        """The day after the range."""
        return add_months(self.last, 1)


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _month(text: str) -> date:
    """ "2026-09" -> 1 September 2026; years 1900 to 9998 (the range's end must exist)."""
    found = _MONTH.match(text.strip())
    if not found or not 1900 <= int(found[1]) <= 9998 or not 1 <= int(found[2]) <= 12:
        raise StatsError(f"not a month (YYYY-MM): {text!r}")
    return date(int(found[1]), int(found[2]), 1)


@dataclass(frozen=True)
class Count:
    month: str
    dimension: str
    value: str
    count: int


@dataclass(frozen=True)
class Arrival:
    """One newcomer of the range: who, when, and their value in each dimension."""

    id: int
    external_ids: str
    family_name: str
    given_names: str
    arrival_date: date
    departure_date: date | None
    values: dict[str, str]


@dataclass(frozen=True)
class ChecklistMonth:
    month: str
    arrivals: int
    with_checklist: int
    steps_applicable: int
    steps_done: int
    people_all_done: int
    median_days: dict[str, float | None]  # key step group -> median days from arrival to done
    done_counts: dict[str, int]  # key step group -> how many people have it done

    @property
    def completion(self) -> float | None:
        return self.steps_done / self.steps_applicable if self.steps_applicable else None


@dataclass
class Statistics:
    range: MonthRange
    counts: list[Count] = field(default_factory=list)
    arrivals: list[Arrival] = field(default_factory=list)
    checklists: list[ChecklistMonth] = field(default_factory=list)
    visits: list[Count] = field(default_factory=list)  # dimension "visit_purpose"
    _index: dict[tuple[str, str, str], int] | None = field(default=None, repr=False)

    def count(self, month: str, dimension: str, value: str = "") -> int:
        """One count (0 when nobody): looked up in an index made at the first call."""
        if self._index is None:
            self._index = {(c.month, c.dimension, c.value): c.count for c in self.counts}
        return self._index.get((month, dimension, value), 0)

    def table(self, dimension: str) -> tuple[list[str], dict[str, dict[str, int]]]:
        """(values in order, value -> month -> count) of one dimension: a table's rows."""
        rows: dict[str, dict[str, int]] = defaultdict(dict)
        for c in self.counts:
            if c.dimension == dimension:
                rows[c.value][c.month] = c.count
        if dimension in VALUE_ORDER:
            return sorted(rows, key=_value_key(dimension)), dict(rows)
        return sorted(rows, key=lambda v: (-sum(rows[v].values()), v)), dict(rows)


def _value_key(dimension: str) -> Callable[[str], tuple[int, str]]:
    natural = VALUE_ORDER.get(dimension)
    if natural is None:
        return lambda value: (0, value)
    return lambda value: (natural.index(value) if value in natural else len(natural), value)


def compute(
    session: Session, months: MonthRange, *, progress: Progress | None = None
) -> Statistics:
    audit.require(session, Permission.EXPORT_STATISTICS)
    result = Statistics(months)
    in_range = and_(Person.arrival_date >= months.first, Person.arrival_date < months.end)
    connection = session.connection()  # Core rows: the ORM's per-row work is not needed here
    people = connection.execute(
        select(
            Person.id,
            Person.family_name,
            Person.given_names,
            Person.category,
            Person.nationality,
            Person.programme,
            Person.host_unit,
            Person.sex,
            Person.date_of_birth,
            Person.arrival_date,
            Person.departure_date,
        )
        .where(in_range)
        .order_by(Person.arrival_date, Person.sort_key, Person.id)
    ).all()
    external: dict[int, list[str]] = defaultdict(list)
    for person_id, source, value in connection.execute(
        select(ExternalId.person_id, ExternalId.source, ExternalId.value)
        .join(Person, Person.id == ExternalId.person_id)
        .where(in_range)
        .order_by(ExternalId.person_id, ExternalId.source)
    ):
        external[person_id].append(f"{source}:{value}")
    tally: Counter[tuple[str, str, str]] = Counter()
    month_of_person: dict[int, str] = {}
    for index, row in enumerate(people, 1):
        values = values_of(
            category=row.category,
            nationality=row.nationality,
            programme=row.programme,
            host_unit=row.host_unit,
            sex=row.sex,
            date_of_birth=row.date_of_birth,
            arrival_date=row.arrival_date,
            departure_date=row.departure_date,
        )
        month = month_of(row.arrival_date)
        month_of_person[row.id] = month
        for dimension in DIMENSIONS:
            tally[(month, dimension, values[dimension])] += 1
        result.arrivals.append(
            Arrival(
                id=row.id,
                external_ids=" ".join(external.get(row.id, [])),
                family_name=row.family_name,
                given_names=row.given_names or "",
                arrival_date=row.arrival_date,
                departure_date=row.departure_date,
                values=values,
            )
        )
        if progress and index % 5000 == 0:
            progress(index, len(people))
    for month in months.months():  # every month has its total, even with no arrival
        tally.setdefault((month, "total", ""), 0)
    order = {dimension: position for position, dimension in enumerate(DIMENSIONS)}
    result.counts = [
        Count(month, dimension, value, count)
        for (month, dimension, value), count in sorted(
            tally.items(),
            key=lambda item: (
                item[0][0],
                order[item[0][1]],
                _value_key(item[0][1])(item[0][2]),
            ),
        )
    ]
    arrival_of = {row.id: row.arrival_date for row in people}
    result.checklists = _checklists(connection, months, in_range, month_of_person, arrival_of)
    result.visits = _visits(connection, months)
    return result


def _checklists(
    connection: Connection,
    months: MonthRange,
    in_range: ColumnElement[bool],
    month_of_person: dict[int, str],
    arrival_of: dict[int, date],
) -> list[ChecklistMonth]:
    """Steps that apply and steps done, counted by the database per person; the done dates of
    the key steps only."""
    key_group = {key: group for group, keys in KEY_STEPS.items() for key in keys}
    applicable: dict[int, int] = {}
    done: dict[int, int] = {}
    steps = (
        select(Checklist.person_id)
        .join(ChecklistStep, ChecklistStep.checklist_id == Checklist.id)
        .join(Person, Person.id == Checklist.person_id)
        .where(in_range, ChecklistStep.applicable.is_(True))
    )
    for person_id, count, finished in connection.execute(
        steps.add_columns(
            func.count(),
            func.sum(case((ChecklistStep.status == "done", 1), else_=0)),
        ).group_by(Checklist.person_id)
    ):
        applicable[person_id] = count
        done[person_id] = int(finished or 0)
    days: dict[tuple[str, str], list[int]] = defaultdict(list)  # (month, group) -> days
    for person_id, key, done_on in connection.execute(
        steps.add_columns(ChecklistStep.key, ChecklistStep.done_on).where(
            ChecklistStep.status == "done",
            ChecklistStep.done_on.is_not(None),
            ChecklistStep.key.in_(list(key_group)),
        )
    ):
        days[(month_of_person[person_id], key_group[key])].append(
            (done_on - arrival_of[person_id]).days
        )
    by_month: dict[str, list[int]] = defaultdict(list)
    for person_id, month in month_of_person.items():
        by_month[month].append(person_id)
    table = []
    for month in months.months():
        people = by_month.get(month, [])
        table.append(
            ChecklistMonth(
                month=month,
                arrivals=len(people),
                with_checklist=sum(p in applicable for p in people),
                steps_applicable=sum(applicable.get(p, 0) for p in people),
                steps_done=sum(done.get(p, 0) for p in people),
                people_all_done=sum(
                    1 for p in people if p in applicable and done[p] == applicable[p]
                ),
                median_days={
                    group: statistics.median(days[(month, group)])
                    if days.get((month, group))
                    else None
                    for group in KEY_STEPS
                },
                done_counts={group: len(days.get((month, group), [])) for group in KEY_STEPS},
            )
        )
    return table


def _visits(connection: Connection, months: MonthRange) -> list[Count]:
    """Counter visits by month (the desk's local time) and purpose; a visit with two purposes
    counts once for each."""
    start = datetime.combine(months.first, time.min).astimezone(UTC)
    end = datetime.combine(months.end, time.min).astimezone(UTC)
    rows = connection.execute(
        select(Visit.at, VisitPurpose.purpose)
        .join(VisitPurpose, VisitPurpose.visit_id == Visit.id)
        .where(Visit.at >= start, Visit.at < end)
    ).all()
    tally: Counter[tuple[str, str]] = Counter(
        (month_of(at.astimezone().date()), purpose) for at, purpose in rows
    )
    return [
        Count(month, "visit_purpose", purpose, count)
        for (month, purpose), count in sorted(tally.items())
    ]
