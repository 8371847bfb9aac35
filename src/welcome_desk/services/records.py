"""Housing, healthcare and administrative records, appointments and counter visits.

A change to a document's expiry re-plans the person's checklist at once (a residence permit
recorded with its expiry brings its renewal step), with the checklist's own template edition.
A record is saved over only from the version it was read at (``expected_version``): a save made
meanwhile by another desk is refused with both versions (:class:`RecordConflict`), never lost.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from welcome_desk.db.journey_models import (
    AdministrativeRecord,
    Appointment,
    HealthcareRecord,
    HousingRecord,
    Visit,
    VisitPurpose,
)
from welcome_desk.db.models import Person
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.domain.records import CafStatus, HousingKind, SocialSecurity, Visale, VisaType
from welcome_desk.paths import resources_dir
from welcome_desk.services.checklists import refresh_after_change

MAX_TEXT = 300
NO_RECORD = 0  # the version of a record not written yet: "I saw none"

SAVED_MEANWHILE = N_(
    "Someone else saved this record while you were editing (version {stored}, you started "
    "from version {expected}). Nothing was saved; both versions are kept for you to compare."
)

D = TypeVar("D", "AdministrativeData", "HealthcareData", "HousingData")


class RecordError(Exception):
    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


class RecordConflict(RecordError):
    """The record was saved by someone else since it was read: the save was not applied.

    ``stored`` is what the database holds now (at ``stored_version``; ``NO_RECORD`` and None
    when there is none), ``attempted`` what the user tried to save from ``expected_version``.
    ``kind`` is ``housing``, ``healthcare`` or ``administrative``; ``record_id`` the housing
    record's id (the person's id for the other two).
    """

    def __init__(
        self,
        kind: str,
        record_id: int,
        *,
        stored: Any,
        stored_version: int,
        attempted: Any,
        expected_version: int,
    ) -> None:
        super().__init__(message(SAVED_MEANWHILE, stored=stored_version, expected=expected_version))
        self.kind = kind
        self.record_id = record_id
        self.stored = stored
        self.stored_version = stored_version
        self.attempted = attempted
        self.expected_version = expected_version

    @property
    def differences(self) -> list[str]:
        """The fields whose stored value differs from the one the user tried to save."""
        if self.stored is None:
            return [f.name for f in fields(self.attempted)]
        return differing_fields(self.stored, self.attempted)


def differing_fields(one: Any, other: Any) -> list[str]:
    return [f.name for f in fields(one) if getattr(one, f.name) != getattr(other, f.name)]


@dataclass(frozen=True, slots=True)
class Merged:
    """An edit merged with a save made meanwhile: ``data`` to show, ``clashes`` to decide."""

    data: Any
    clashes: list[str]


def merge(base: D, mine: D, theirs: D) -> Merged:
    """Three-way merge of an edit (``mine``) with another desk's save (``theirs``), both made
    from ``base``: each side's changes are kept; where both changed a field differently,
    ``mine`` stays and the field is a clash (as ``services.person_form.merge`` does)."""
    changes: dict[str, Any] = {}
    clashes: list[str] = []
    for name in differing_fields(mine, theirs):
        my_value, base_value = getattr(mine, name), getattr(base, name)
        if my_value == base_value:
            changes[name] = getattr(theirs, name)
        elif getattr(theirs, name) != base_value:
            clashes.append(name)
    return Merged(replace(mine, **changes), clashes)


def _check_version(
    kind: str,
    record_id: int,
    stored: Any,
    stored_version: int,
    attempted: Any,
    expected_version: int | None,
) -> None:
    if expected_version is not None and stored_version != expected_version:
        raise RecordConflict(
            kind,
            record_id,
            stored=stored,
            stored_version=stored_version,
            attempted=attempted,
            expected_version=expected_version,
        )


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise RecordError(message(N_("There is no person number {person}."), person=person_id))
    return person


def _code(enum: type[StrEnum], value: str, field: str) -> str:
    try:
        return enum(value).value
    except ValueError as error:
        raise RecordError(
            message(
                N_("{field}: '{value}' is not one of {choices}."),
                field=field,
                value=value,
                choices=", ".join(e.value for e in enum),
            )
        ) from error


def _text(value: str | None, field: str, limit: int = MAX_TEXT) -> str | None:
    text = (value or "").strip() or None
    if text and len(text) > limit:
        raise RecordError(
            message(N_("{field}: too long (at most {limit} characters)."), field=field, limit=limit)
        )
    return text


def form_data(kind: type[D], record: object) -> D:
    """What is stored of a record, as its form's data (the dataclass's fields, by name)."""
    return kind(**{f.name: getattr(record, f.name) for f in fields(kind)})


@dataclass(frozen=True, slots=True)
class AdministrativeData:
    visa_type: str | None = None
    visa_expiry: date | None = None
    vls_ts_validated_on: date | None = None
    residence_permit_number: str | None = None
    residence_permit_expiry: date | None = None


def update_administrative(
    session: Session,
    person_id: int,
    data: AdministrativeData,
    actor: Actor,
    *,
    expected_version: int | None = None,
) -> AdministrativeRecord:
    """Save the person's papers, if nobody saved them since ``expected_version`` was read
    (``NO_RECORD``: none were recorded yet; None: no check, for imports and commands).

    Raises :class:`RecordConflict` (nothing changed) when the stored version moved on. The row
    is read for update, as ``services.person_form.update_person`` does: no save slips in between
    the check and the write.
    """
    person = _person(session, person_id)
    record = session.get(
        AdministrativeRecord, person.id, with_for_update=True, populate_existing=True
    )
    _check_version(
        "administrative",
        person.id,
        None if record is None else form_data(AdministrativeData, record),
        NO_RECORD if record is None else record.version,
        replace(
            data,
            visa_type=data.visa_type or None,
            residence_permit_number=(data.residence_permit_number or "").strip() or None,
        ),
        expected_version,
    )
    record = record or AdministrativeRecord(person_id=person.id)
    record.visa_type = _code(VisaType, data.visa_type, "visa_type") if data.visa_type else None
    record.visa_expiry = data.visa_expiry
    if data.vls_ts_validated_on and data.vls_ts_validated_on < person.arrival_date:
        # The visa is validated online after entering France, never before.
        raise RecordError(message(N_("The visa cannot be validated before the arrival date.")))
    record.vls_ts_validated_on = data.vls_ts_validated_on
    record.residence_permit_number = _text(
        data.residence_permit_number, "residence_permit_number", 32
    )
    record.residence_permit_expiry = data.residence_permit_expiry
    session.add(record)
    session.flush()
    refresh_after_change(session, person.id, actor)
    return record


@dataclass(frozen=True, slots=True)
class HealthcareData:
    social_security: str = SocialSecurity.NONE.value
    ehic: bool = False
    ehic_expiry: date | None = None
    mutuelle: bool = False
    gp_declared: bool = False


def update_healthcare(
    session: Session,
    person_id: int,
    data: HealthcareData,
    *,
    expected_version: int | None = None,
) -> HealthcareRecord:
    """Save the person's healthcare record from ``expected_version`` (see
    :func:`update_administrative`)."""
    person = _person(session, person_id)
    record = session.get(HealthcareRecord, person.id, with_for_update=True, populate_existing=True)
    _check_version(
        "healthcare",
        person.id,
        None if record is None else form_data(HealthcareData, record),
        NO_RECORD if record is None else record.version,
        replace(data, ehic_expiry=data.ehic_expiry if data.ehic else None),
        expected_version,
    )
    record = record or HealthcareRecord(person_id=person.id)
    record.social_security = _code(SocialSecurity, data.social_security, "social_security")
    record.ehic = data.ehic
    record.ehic_expiry = data.ehic_expiry if data.ehic else None
    record.mutuelle = data.mutuelle
    record.gp_declared = data.gp_declared
    session.add(record)
    return record


@dataclass(frozen=True, slots=True)
class HousingData:
    kind: str
    address: str | None = None
    from_date: date | None = None
    to_date: date | None = None
    visale: str = Visale.NONE.value
    insurance: bool = False
    caf_status: str = CafStatus.NONE.value


def save_housing(
    session: Session,
    person_id: int,
    data: HousingData,
    record_id: int | None = None,
    *,
    expected_version: int | None = None,
) -> HousingRecord:
    """Add a place where the person lives, or change one (``record_id``) from the version it
    was read at (``expected_version``; see :func:`update_administrative`)."""
    person = _person(session, person_id)
    if data.from_date and data.to_date and data.to_date < data.from_date:
        raise RecordError(message(N_("The housing ends before it starts.")))
    record = HousingRecord(person_id=person.id)
    if record_id is not None:
        found = session.get(HousingRecord, record_id, with_for_update=True, populate_existing=True)
        if found is None or found.person_id != person.id:
            raise RecordError(message(N_("There is no such housing record.")))
        _check_version(
            "housing",
            found.id,
            form_data(HousingData, found),
            found.version,
            replace(data, address=(data.address or "").strip() or None),
            expected_version,
        )
        record = found
    record.kind = _code(HousingKind, data.kind, "kind")
    record.address = _text(data.address, "address")
    record.from_date, record.to_date = data.from_date, data.to_date
    record.visale = _code(Visale, data.visale, "visale")
    record.insurance = data.insurance
    record.caf_status = _code(CafStatus, data.caf_status, "caf_status")
    session.add(record)
    session.flush()  # its id and version, for the form that saves it again
    return record


@dataclass(frozen=True, slots=True)
class RecordVersions:
    """The version each of a person's records is at, to save them from (``NO_RECORD``: none)."""

    housing: dict[int, int]
    healthcare: int
    administrative: int


def versions_of(session: Session, person_id: int) -> RecordVersions:
    housing = session.execute(
        select(HousingRecord.id, HousingRecord.version).where(HousingRecord.person_id == person_id)
    )
    healthcare = session.scalar(
        select(HealthcareRecord.version).where(HealthcareRecord.person_id == person_id)
    )
    administrative = session.scalar(
        select(AdministrativeRecord.version).where(AdministrativeRecord.person_id == person_id)
    )
    return RecordVersions(
        housing={row.id: row.version for row in housing},
        healthcare=healthcare or NO_RECORD,
        administrative=administrative or NO_RECORD,
    )


def add_appointment(
    session: Session,
    person_id: int,
    starts_at: datetime,
    place: str,
    purpose: str,
    notes: str | None = None,
) -> Appointment:
    person = _person(session, person_id)
    place_text = _text(place, "place", 200)
    purpose_text = _text(purpose, "purpose")
    if not place_text or not purpose_text:
        raise RecordError(message(N_("An appointment needs a place and a purpose.")))
    if starts_at.tzinfo is None:
        raise RecordError(message(N_("An appointment needs a time with its time zone.")))
    appointment = Appointment(
        person_id=person.id,
        starts_at=starts_at,
        place=place_text,
        purpose=purpose_text,
        notes=_text(notes, "notes", 2000),
    )
    session.add(appointment)
    return appointment


@dataclass(frozen=True, slots=True)
class PurposeOption:
    key: str
    labels: dict[str, str]

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.key


@cache
def _purposes_from(path: Path) -> tuple[PurposeOption, ...]:
    with path.open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    return tuple(
        PurposeOption(str(item["key"]), {k: str(v) for k, v in item.items() if k != "key"})
        for item in data.get("purpose", [])
    )


def visit_purposes() -> tuple[PurposeOption, ...]:
    """The purposes of a counter visit (``resources/visit_purposes.toml``)."""
    return _purposes_from(resources_dir() / "visit_purposes.toml")


def record_visit(
    session: Session,
    person_id: int,
    purposes: list[str],
    actor: Actor,
    *,
    notes: str | None = None,
    at: datetime | None = None,
) -> Visit:
    person = _person(session, person_id)
    known = {p.key for p in visit_purposes()}
    unknown = [p for p in purposes if p not in known]
    if unknown:
        raise RecordError(
            message(N_("Unknown visit purpose: {purposes}."), purposes=", ".join(unknown))
        )
    if not purposes:
        raise RecordError(message(N_("Say what the visit was for.")))
    visit = Visit(
        person_id=person.id,
        staff=actor.name,
        notes=_text(notes, "notes", 2000),
        purposes=[VisitPurpose(purpose=p) for p in dict.fromkeys(purposes)],
    )
    if at is not None:
        visit.at = at
    session.add(visit)
    return visit


def visits_of(session: Session, person_id: int) -> list[Visit]:
    return list(
        session.scalars(
            select(Visit)
            .where(Visit.person_id == person_id)
            .order_by(Visit.at.desc(), Visit.id.desc())
        )
    )
