"""Records beside the checklist, counter visits, and the dashboard's lists."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.services.checklists import checklist_of, set_status
from welcome_desk.services.dashboard import (
    arrivals_between,
    coming_days,
    overdue_count,
    overdue_steps,
    permits_expiring,
    progress_for,
)
from welcome_desk.services.people import register
from welcome_desk.services.person_file import person_file
from welcome_desk.services.records import (
    AdministrativeData,
    HealthcareData,
    HousingData,
    RecordError,
    add_appointment,
    record_visit,
    save_housing,
    update_administrative,
    update_healthcare,
    visit_purposes,
)

STAFF = Actor("karim")


def add(database: Database, family: str, nationality: str, arrival: date) -> int:
    with database.writing() as session:
        return register(
            session,
            PersonData(
                family_name=family,
                nationality=nationality,
                category="student",
                arrival_date=arrival,
            ),
        ).id


def test_records_appointments_and_visits_in_the_person_file(database: Database) -> None:
    person_id = add(database, "Silva", "BR", date(2026, 9, 1))
    with database.writing() as session:
        save_housing(
            session,
            person_id,
            HousingData(
                kind="crous",
                address="Résidence Bachelard",
                from_date=date(2026, 9, 1),
                visale="granted",
                insurance=True,
                caf_status="requested",
            ),
        )
        update_healthcare(
            session, person_id, HealthcareData(social_security="provisional", mutuelle=True)
        )
        update_administrative(
            session,
            person_id,
            AdministrativeData(visa_type="vls_ts_student", vls_ts_validated_on=date(2026, 9, 20)),
            STAFF,
        )
        add_appointment(
            session,
            person_id,
            datetime(2026, 10, 2, 8, 30, tzinfo=UTC),
            "Préfecture du Nord",
            "Dépôt du dossier",
        )
        record_visit(session, person_id, ["caf", "housing", "caf"], STAFF, notes="Aide CAF")
    with database.session() as session:
        from welcome_desk.db.models import Person

        person = session.get(Person, person_id)
        assert person is not None
        data = person_file(session, person, "fr", date(2026, 10, 1))
    assert data["records"]["housing"][0]["kind"] == "crous"
    assert data["records"]["healthcare"]["social_security"] == "provisional"
    assert data["records"]["administrative"]["vls_ts_validated_on"] == "2026-09-20"
    assert data["appointments"][0]["place"] == "Préfecture du Nord"
    visit = data["visits"][0]
    assert visit["staff"] == "karim"
    assert [p["key"] for p in visit["purposes"]] == ["caf", "housing"]
    assert visit["purposes"][0]["label"] != "caf"  # the purpose's French label


@pytest.mark.parametrize(
    ("action", "problem"),
    [
        (lambda s, pid: save_housing(s, pid, HousingData(kind="castle")), "kind: 'castle'"),
        (
            lambda s, pid: save_housing(
                s,
                pid,
                HousingData(kind="private", from_date=date(2026, 9, 1), to_date=date(2026, 8, 1)),
            ),
            "ends before it starts",
        ),
        (
            lambda s, pid: update_healthcare(s, pid, HealthcareData(social_security="maybe")),
            "social_security: 'maybe'",
        ),
        (
            lambda s, pid: update_administrative(
                s, pid, AdministrativeData(vls_ts_validated_on=date(2026, 8, 1)), STAFF
            ),
            "before the arrival date",
        ),
        (lambda s, pid: record_visit(s, pid, ["tea"], STAFF), "Unknown visit purpose: tea"),
        (lambda s, pid: record_visit(s, pid, [], STAFF), "Say what the visit was for"),
        (
            lambda s, pid: add_appointment(s, pid, datetime(2026, 10, 2, 9), "Here", "Why"),
            "time zone",
        ),
        (
            lambda s, pid: add_appointment(s, pid, datetime(2026, 10, 2, 9, tzinfo=UTC), " ", "W"),
            "needs a place",
        ),
        (lambda s, pid: record_visit(s, pid + 1000, ["caf"], STAFF), "no person number"),
    ],
)
def test_bad_record_values_are_refused(database: Database, action, problem: str) -> None:  # type: ignore[no-untyped-def]
    person_id = add(database, "Silva", "BR", date(2026, 9, 1))
    with pytest.raises(RecordError, match=problem), database.writing() as session:
        action(session, person_id)


def test_visit_purposes_come_from_data() -> None:
    purposes = {p.key: p for p in visit_purposes()}
    assert {"prefecture_file_check", "caf", "housing", "general_information"} <= set(purposes)
    assert all(p.label("fr") and p.label("en") for p in purposes.values())


def test_dashboard_lists(database: Database) -> None:
    today = date(2026, 10, 20)
    soon = add(database, "Arriving", "CN", date(2026, 10, 21))
    add(database, "Later", "CN", date(2026, 12, 1))
    late = add(database, "Late", "MA", date(2026, 6, 1))
    first, last = coming_days(today)
    assert (first, last) == (date(2026, 10, 20), date(2026, 10, 26))
    with database.session() as session:
        assert [p.id for p in arrivals_between(session, first, last)] == [soon]
        overdue = overdue_steps(session, today)
    assert overdue and {o.person.id for o in overdue} == {late}
    assert all(o.due_on < today and o.days_late == (today - o.due_on).days for o in overdue)
    assert [o.due_on for o in overdue] == sorted((o.due_on for o in overdue), reverse=True)
    with database.writing() as session:
        set_status(session, overdue[0].step_id, "done", STAFF, today=today)
    with database.session() as session:
        steps, people = overdue_count(session, today)
    assert (steps, people) == (len(overdue) - 1, 1)

    with database.writing() as session:
        update_administrative(
            session, late, AdministrativeData(residence_permit_expiry=date(2027, 1, 10)), STAFF
        )
    with database.session() as session:
        expiring = permits_expiring(session, today, within_days=90)
        assert [(e.person.id, e.days_left) for e in expiring] == [(late, 82)]
        assert permits_expiring(session, today, within_days=60) == []
        checklist = checklist_of(session, late)
        assert checklist is not None
        progress = progress_for(session, [late, soon])
    assert progress[late].done == 1 and progress[late].total > 1
    assert progress[soon].done == 0


def test_people_who_have_left_are_not_overdue(database: Database) -> None:
    today = date(2026, 10, 20)
    with database.writing() as session:
        gone = register(
            session,
            PersonData(
                family_name="Gone",
                nationality="MA",
                category="student",
                arrival_date=date(2026, 1, 10),
                departure_date=date(2026, 6, 30),
            ),
        ).id
        here = register(
            session,
            PersonData(
                family_name="Here",
                nationality="MA",
                category="student",
                arrival_date=date(2026, 1, 10),
            ),
        ).id
    with database.session() as session:
        people = {o.person.id for o in overdue_steps(session, today)}
        assert people == {here}
        steps, count = overdue_count(session, today)
    assert count == 1 and steps > 0
    assert gone not in people
