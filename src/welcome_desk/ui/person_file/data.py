"""One person's file as plain, immutable values: what the person file shows.

Read in one short session (in a background job) from :func:`services.person_file.person_file`,
then handed to the GUI thread; nothing here touches Qt or keeps a session open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from welcome_desk.db.journey_models import ChecklistStep
from welcome_desk.db.models import Person
from welcome_desk.domain.step_status import OPEN_STATUSES, StepStatus
from welcome_desk.services.person_file import person_file
from welcome_desk.services.records import RecordVersions, versions_of
from welcome_desk.services.trail import Trail, person_trail

NEAR_DAYS = 14  # a due date this close (or closer) is shown as coming soon


@dataclass(frozen=True, slots=True)
class StepRow:
    id: int
    key: str
    area: str
    title: str
    status: str
    applicable: bool
    due_on: date | None
    done_on: date | None
    due_set_by_hand: bool
    blocked_reason: str | None
    notes: str | None
    version: int
    # What the template says of the step: how to do it, what to bring, where.
    help: str = ""
    documents: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()

    @property
    def is_open(self) -> bool:
        return self.applicable and self.status in OPEN_STATUSES

    def is_done(self) -> bool:
        return self.status == StepStatus.DONE

    def days_left(self, today: date) -> int | None:
        """Days until the due date (negative once overdue); None when nothing is awaited."""
        if not self.is_open or self.due_on is None:
            return None
        return (self.due_on - today).days

    def with_changes(self, step: ChecklistStep) -> StepRow:
        """This row after a change saved to ``step`` (the same step, read after the commit)."""
        return StepRow(
            id=self.id,
            key=self.key,
            area=self.area,
            title=self.title,
            status=step.status,
            applicable=step.applicable,
            due_on=step.due_on,
            done_on=step.done_on,
            due_set_by_hand=step.due_set_by_hand,
            blocked_reason=step.blocked_reason,
            notes=step.notes,
            version=step.version,
            help=self.help,
            documents=self.documents,
            links=self.links,
        )


@dataclass(frozen=True, slots=True)
class HousingRow:
    id: int
    kind: str
    address: str | None
    from_date: date | None
    to_date: date | None
    visale: str
    insurance: bool
    caf_status: str
    version: int = 1  # the version to save it from


@dataclass(frozen=True, slots=True)
class Healthcare:
    social_security: str
    ehic: bool
    ehic_expiry: date | None
    mutuelle: bool
    gp_declared: bool
    version: int = 1


@dataclass(frozen=True, slots=True)
class Administrative:
    visa_type: str | None
    visa_expiry: date | None
    vls_ts_validated_on: date | None
    residence_permit_number: str | None
    residence_permit_expiry: date | None
    version: int = 1


@dataclass(frozen=True, slots=True)
class AppointmentRow:
    id: int
    starts_at: datetime
    place: str
    purpose: str
    notes: str | None


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: int
    at: datetime
    staff: str
    purposes: tuple[str, ...]  # labels in the UI language
    notes: str | None


@dataclass(frozen=True, slots=True)
class PersonFileData:
    person_id: int
    version: int
    family_name: str
    given_names: str | None
    nationality: str
    country: str
    eu_eea_swiss: bool
    category: str
    sub_kind: str | None
    programme: str | None
    host_unit: str | None
    arrival_date: date
    departure_date: date | None
    template_version: str | None
    progress_done: int
    progress_total: int
    steps: tuple[StepRow, ...]
    trail: Trail  # every change, newest first (the audit trail)
    housing: tuple[HousingRow, ...]
    healthcare: Healthcare | None
    administrative: Administrative | None
    appointments: tuple[AppointmentRow, ...]
    visits: tuple[VisitRow, ...]  # newest first


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _steps(checklist: dict[str, Any] | None) -> tuple[StepRow, ...]:
    if checklist is None:
        return ()
    return tuple(
        StepRow(
            id=raw["id"],
            key=raw["key"],
            area=raw["area"],
            title=raw["title"],
            status=raw["status"],
            applicable=raw["applicable"],
            due_on=_date(raw["due_on"]),
            done_on=_date(raw["done_on"]),
            due_set_by_hand=raw["due_set_by_hand"],
            blocked_reason=raw["blocked_reason"],
            notes=raw["notes"],
            version=raw["version"],
            help=raw.get("help", ""),
            documents=tuple(raw.get("documents", ())),
            links=tuple((link["label"], link["url"]) for link in raw.get("links", ())),
        )
        for raw in checklist["steps"]
    )


def _records(
    records: dict[str, Any], versions: RecordVersions
) -> tuple[tuple[HousingRow, ...], Healthcare | None, Administrative | None]:
    housing = tuple(
        HousingRow(
            id=h["id"],
            kind=h["kind"],
            address=h["address"],
            from_date=_date(h["from"]),
            to_date=_date(h["to"]),
            visale=h["visale"],
            insurance=h["insurance"],
            caf_status=h["caf_status"],
            version=versions.housing.get(h["id"], 1),
        )
        for h in records["housing"]
    )
    raw_health = records["healthcare"]
    healthcare = (
        None
        if raw_health is None
        else Healthcare(
            social_security=raw_health["social_security"],
            ehic=raw_health["ehic"],
            ehic_expiry=_date(raw_health["ehic_expiry"]),
            mutuelle=raw_health["mutuelle"],
            gp_declared=raw_health["gp_declared"],
            version=versions.healthcare,
        )
    )
    raw_admin = records["administrative"]
    administrative = (
        None
        if raw_admin is None
        else Administrative(
            visa_type=raw_admin["visa_type"],
            visa_expiry=_date(raw_admin["visa_expiry"]),
            vls_ts_validated_on=_date(raw_admin["vls_ts_validated_on"]),
            residence_permit_number=raw_admin["residence_permit_number"],
            residence_permit_expiry=_date(raw_admin["residence_permit_expiry"]),
            version=versions.administrative,
        )
    )
    return housing, healthcare, administrative


def load_person_file(
    session: Session, person_id: int, language: str, today: date
) -> PersonFileData | None:
    """Everything the person file shows; None when there is no such person (any more)."""
    person = session.get(Person, person_id)
    if person is None:
        return None
    raw = person_file(session, person, language, today)
    checklist = raw["checklist"]
    housing, healthcare, administrative = _records(raw["records"], versions_of(session, person_id))
    return PersonFileData(
        person_id=raw["id"],
        version=raw["version"],
        family_name=raw["family_name"],
        given_names=raw["given_names"],
        nationality=raw["nationality"]["code"],
        country=raw["nationality"]["name"],
        eu_eea_swiss=raw["nationality"]["eu_eea_swiss"],
        category=raw["category"],
        sub_kind=raw["sub_kind"],
        programme=raw["programme"],
        host_unit=raw["host_unit"],
        arrival_date=date.fromisoformat(raw["arrival_date"]),
        departure_date=_date(raw["departure_date"]),
        template_version=checklist["template"]["version"] if checklist else None,
        progress_done=checklist["progress"]["done"] if checklist else 0,
        progress_total=checklist["progress"]["total"] if checklist else 0,
        steps=_steps(checklist),
        trail=person_trail(session, person_id, language),
        housing=housing,
        healthcare=healthcare,
        administrative=administrative,
        appointments=tuple(
            AppointmentRow(
                id=a["id"],
                starts_at=datetime.fromisoformat(a["starts_at"]),
                place=a["place"],
                purpose=a["purpose"],
                notes=a["notes"],
            )
            for a in raw["appointments"]
        ),
        visits=tuple(
            VisitRow(
                id=v["id"],
                at=datetime.fromisoformat(v["at"]),
                staff=v["staff"],
                purposes=tuple(p["label"] for p in v["purposes"]),
                notes=v["notes"],
            )
            for v in raw["visits"]
        ),
    )
