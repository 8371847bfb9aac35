"""The shipped French/Lille checklist on real profiles (issue: arrival journey, point 1)."""

from __future__ import annotations

from datetime import date

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.services.checklists import checklist_of
from welcome_desk.services.people import register
from welcome_desk.services.records import AdministrativeData, update_administrative

STAFF = Actor("marie.dupont")


def steps_of(database: Database, **details: object) -> dict[str, tuple[date | None, date | None]]:
    """Register someone; their checklist's applicable steps as key -> (opens on, due on)."""
    data = PersonData(**{"family_name": "Test", "arrival_date": date(2026, 9, 1), **details})  # type: ignore[arg-type]
    with database.writing() as session:
        person = register(session, data)
        person_id = person.id
    with database.session() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        return {s.key: (s.opens_on, s.due_on) for s in checklist.steps if s.applicable}


def test_non_eu_student_validates_the_visa_within_three_months(database: Database) -> None:
    steps = steps_of(database, nationality="MA", category="student", sub_kind="master")
    assert steps["vls_ts_validation"] == (None, date(2026, 12, 1))
    assert "algerian_residence_certificate" not in steps
    assert "cvec_payment" in steps


def test_algerian_student_requests_a_residence_certificate_instead(database: Database) -> None:
    steps = steps_of(database, nationality="DZ", category="student", sub_kind="master")
    assert steps["algerian_residence_certificate"] == (None, date(2026, 11, 1))
    assert "vls_ts_validation" not in steps
    assert not any(key.startswith("vls_ts") for key in steps)


@pytest.mark.parametrize("nationality", ["DE", "IT", "NO", "CH"])
def test_eu_student_has_no_visa_or_permit_step(database: Database, nationality: str) -> None:
    steps = steps_of(database, nationality=nationality, category="student", sub_kind="master")
    visa_or_permit = {
        "vls_ts_validation",
        "vls_ts_validation_staff",
        "residence_permit_renewal",
        "algerian_residence_certificate",
        "talent_residence_card_request",
        "ofii_medical_visit",
        "hosting_agreement",
    }
    assert not visa_or_permit & set(steps)
    assert "cvec_payment" in steps
    assert "ehic_or_student_social_security" in steps


def test_eu_exchange_student_is_exempt_from_cvec(database: Database) -> None:
    steps = steps_of(
        database,
        nationality="ES",
        category="student",
        sub_kind="exchange",
        programme="erasmus_plus",
        departure_date=date(2027, 1, 31),
    )
    assert "cvec_payment" not in steps
    assert "administrative_enrolment" in steps


def test_non_eu_researcher_needs_a_hosting_agreement(database: Database) -> None:
    steps = steps_of(
        database,
        nationality="IN",
        category="researcher",
        sub_kind="post_doc",
        departure_date=date(2028, 8, 31),
    )
    assert steps["hosting_agreement"] == (None, date(2026, 7, 1))  # before the visa, 2 months ahead
    assert "talent_residence_card_request" in steps  # a stay over 12 months
    assert "vls_ts_validation_staff" not in steps
    eu = steps_of(database, nationality="PL", category="researcher", sub_kind="post_doc")
    assert "hosting_agreement" not in eu


def test_a_residence_permit_brings_its_renewal_step(database: Database) -> None:
    data = PersonData(
        family_name="Wang", nationality="CN", category="student", arrival_date=date(2026, 9, 1)
    )
    with database.writing() as session:
        person_id = register(session, data).id
    with database.session() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        assert "residence_permit_renewal" not in {s.key for s in checklist.steps}
    with database.writing() as session:
        update_administrative(
            session, person_id, AdministrativeData(residence_permit_expiry=date(2027, 6, 30)), STAFF
        )
    with database.session() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        renewal = next(s for s in checklist.steps if s.key == "residence_permit_renewal")
        assert (renewal.opens_on, renewal.due_on) == (date(2027, 2, 28), date(2027, 4, 30))
        assert date(2027, 2, 28) <= renewal.due_on <= date(2027, 4, 30)
        assert [(h.actor, h.field, h.new_value) for h in renewal.history] == [
            ("marie.dupont", "applicable", "True")
        ]


def test_a_new_permit_brings_the_renewal_back_after_it_was_done(database: Database) -> None:
    from welcome_desk.services.checklists import set_status

    data = PersonData(
        family_name="Okoye", nationality="NG", category="student", arrival_date=date(2026, 9, 1)
    )
    with database.writing() as session:
        person_id = register(session, data).id
        update_administrative(
            session, person_id, AdministrativeData(residence_permit_expiry=date(2027, 6, 30)), STAFF
        )
    with database.writing() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        renewal = next(s for s in checklist.steps if s.key == "residence_permit_renewal")
        set_status(session, renewal.id, "done", STAFF, today=date(2027, 3, 15))
    # The renewed card expires a year later: the next renewal is due in its own window.
    with database.writing() as session:
        update_administrative(
            session, person_id, AdministrativeData(residence_permit_expiry=date(2028, 6, 30)), STAFF
        )
    with database.session() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        renewal = next(s for s in checklist.steps if s.key == "residence_permit_renewal")
        assert (renewal.status, renewal.done_on) == ("todo", None)
        assert (renewal.opens_on, renewal.due_on) == (date(2028, 2, 29), date(2028, 4, 30))
        fields = [(h.field, h.old_value, h.new_value) for h in renewal.history]
        assert ("status", "done", "todo") in fields
        assert ("done_on", "2027-03-15", None) in fields
    # Recording the same permit again changes nothing more.
    with database.writing() as session:
        update_administrative(
            session, person_id, AdministrativeData(residence_permit_expiry=date(2028, 6, 30)), STAFF
        )
    with database.session() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        again = next(s for s in checklist.steps if s.key == "residence_permit_renewal")
        assert len(again.history) == len(renewal.history)
