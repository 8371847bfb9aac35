"""People with something in every table, for the privacy tests: names in several scripts, an
email, a phone, an external id, housing, healthcare and administrative records, steps with notes
and a blocked reason, an appointment and counter visits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.services.checklists import checklist_of, set_notes, set_status
from welcome_desk.services.people import register
from welcome_desk.services.records import (
    AdministrativeData,
    HealthcareData,
    HousingData,
    add_appointment,
    record_visit,
    save_housing,
    update_administrative,
    update_healthcare,
)

STAFF = Actor("karim")


@dataclass(frozen=True)
class Someone:
    family: str
    given: str
    email: str
    external_id: str
    address: str
    permit: str
    note: str
    reason: str


LATIN = Someone(
    "Oliveira-Sørensen",
    "Maria José",
    "maria.oliveira@example.org",
    "ERASMUS-7781",
    "12 rue Solférino, Lille",
    "5901234567",
    "Brought her passport copy",
    "Waiting for the landlord's papers",
)
ARABIC = Someone(
    "العلوي",
    "فاطمة الزهراء",
    "fatima.alaoui@example.org",
    "MOB-2207",
    "Résidence Bachelard, chambre 214",
    "5909876543",
    "ملاحظة خاصة",
    "تنتظر الوثائق",
)
CHINESE = Someone(
    "王",
    "小明",
    "xiaoming.wang@example.org",
    "CSC-0042",
    "3 place du Concert, Lille",
    "5905555555",
    "需要中文帮助",
    "等待银行文件",
)


def add_person(
    database: Database,
    who: Someone,
    *,
    arrival: date = date(2024, 9, 2),
    departure: date | None = date(2025, 6, 30),
    birth: date | None = date(2001, 3, 14),
    nationality: str = "BR",
) -> int:
    """Registers ``who`` with something in every table; returns the internal id."""
    with database.writing() as session:
        person = register(
            session,
            PersonData(
                family_name=who.family,
                given_names=who.given,
                nationality=nationality,
                category="student",
                arrival_date=arrival,
                departure_date=departure,
                date_of_birth=birth,
                sex="F",
                email=who.email,
                phone="+33 6 12 34 56 78",
                programme="erasmus_plus",
                host_unit="Faculté de médecine",
            ),
            source="mobility",
            external_id=who.external_id,
        )
        person_id = person.id
    with database.writing() as session:
        save_housing(
            session,
            person_id,
            HousingData(kind="crous", address=who.address, from_date=arrival, insurance=True),
        )
        update_healthcare(session, person_id, HealthcareData(social_security="provisional"))
        update_administrative(
            session,
            person_id,
            AdministrativeData(
                visa_type="vls_ts_student",
                residence_permit_number=who.permit,
                residence_permit_expiry=date(2025, 9, 1),
            ),
            STAFF,
        )
        add_appointment(
            session,
            person_id,
            datetime(2024, 9, 10, 8, 30, tzinfo=UTC),
            "Préfecture du Nord",
            f"Titre de séjour — {who.family}",
            notes=who.note,
        )
        record_visit(
            session,
            person_id,
            ["general_information", "visa_validation"],
            STAFF,
            notes=who.note,
            at=datetime(2024, 9, 3, 9, 0, tzinfo=UTC),
        )
    with database.writing() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        steps = [s for s in checklist.steps if s.applicable]
        set_notes(session, steps[0].id, who.note, STAFF)
        set_status(
            session, steps[1].id, "blocked", STAFF, today=date(2024, 9, 5), reason=who.reason
        )
        set_status(session, steps[2].id, "done", STAFF, today=date(2024, 9, 20))
    return person_id
