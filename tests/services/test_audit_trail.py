"""The audit trail as read back: a person's history after each kind of change made through the
services, and the administrator's search (accents aside, by staff, by days; refused to a counter).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.domain.roles import NotAllowed, Role
from welcome_desk.services.audit_log import AuditQuery, AuditRow, person_history, search
from welcome_desk.services.checklists import checklist_of, set_notes, set_status
from welcome_desk.services.people import register
from welcome_desk.services.person_form import load_person, update_person
from welcome_desk.services.records import (
    AdministrativeData,
    HealthcareData,
    HousingData,
    add_appointment,
    record_visit,
    save_housing,
    update_administrative,
    update_healthcare,
    versions_of,
)
from welcome_desk.services.trail import person_trail, search_trail

ADVISER = Actor("Amélie Roux", Role.ADVISER, account_id=7)
ADMIN = Actor("Claire Admin", Role.ADMINISTRATOR, account_id=1)
TODAY = date(2026, 11, 20)


def changes(row: AuditRow) -> dict[str, tuple[object, object]]:
    return {c.field: (c.before, c.after) for c in row.changes}


@pytest.fixture
def elodie(database: Database) -> int:
    database.actor = ADVISER
    with database.writing() as session:
        return register(
            session,
            PersonData(
                family_name="Dupont",
                given_names="Élodie",
                nationality="CM",
                category="student",
                arrival_date=date(2026, 9, 1),
            ),
        ).id


def test_each_change_is_in_the_person_s_history_with_its_values_before_and_after(
    database: Database, elodie: int
) -> None:
    with database.writing() as session:
        data, version = load_person(session, elodie)
        update_person(
            session,
            elodie,
            replace(data, email="elodie.dupont@example.org", departure_date=date(2027, 6, 30)),
            expected_version=version,
            actor=ADVISER,
        )
    with database.writing() as session:
        checklist = checklist_of(session, elodie)
        assert checklist is not None
        step = next(s for s in checklist.steps if s.key == "bank_account")
        set_status(session, step.id, "done", ADVISER, today=TODAY, done_on=date(2026, 9, 15))
        set_notes(session, step.id, "RIB remis", ADVISER)
        step_id = step.id
    with database.writing() as session:
        housing_id = save_housing(
            session, elodie, HousingData(kind="crous", address="Résidence Bachelard")
        ).id
    with database.writing() as session:
        version = versions_of(session, elodie).housing[housing_id]
        save_housing(
            session,
            elodie,
            HousingData(kind="crous", address="Résidence Bachelard", insurance=True),
            housing_id,
            expected_version=version,
        )
        update_healthcare(session, elodie, HealthcareData(social_security="provisional"))
        update_administrative(
            session,
            elodie,
            AdministrativeData(visa_type="vls_ts_student", visa_expiry=date(2027, 8, 31)),
            ADVISER,
        )
        add_appointment(
            session, elodie, datetime(2026, 12, 1, 9, 30, tzinfo=UTC), "Préfecture", "Titre"
        )
        record_visit(session, elodie, ["caf"], ADVISER, notes="Dossier CAF")

    with database.session() as session:
        history = person_history(session, elodie)
    assert all(row.actor == "Amélie Roux" and not row.by_system_user for row in history)
    assert all(row.person_id == elodie for row in history)
    by_kind = {(row.entity, row.action): row for row in reversed(history)}  # the newest kept

    registered = changes(by_kind["person", "created"])
    assert registered["family_name"] == (None, "Dupont")
    assert registered["given_names"] == (None, "Élodie")
    details = changes(by_kind["person", "updated"])
    assert details["email"] == (None, "elodie.dupont@example.org")
    assert details["departure_date"] == (None, "2027-06-30")

    step_rows = [r for r in history if r.entity == "step" and r.entity_id == step_id]
    notes, status = step_rows[0], step_rows[-1]
    assert changes(notes) == {"notes": (None, "RIB remis")}
    assert changes(status)["status"] == ("todo", "done")
    assert changes(status)["done_on"] == (None, "2026-09-15")

    housing = [r for r in history if r.entity == "housing"]
    assert [r.action for r in housing] == ["updated", "created"]
    assert changes(housing[0]) == {"insurance": (False, True)}
    assert changes(housing[1])["address"] == (None, "Résidence Bachelard")
    assert changes(by_kind["healthcare", "created"])["social_security"] == (None, "provisional")
    papers = changes(by_kind["administrative", "created"])
    assert papers["visa_type"] == (None, "vls_ts_student")
    assert papers["visa_expiry"] == (None, "2027-08-31")
    appointment = changes(by_kind["appointment", "created"])
    assert appointment["place"] == (None, "Préfecture")
    assert appointment["starts_at"] == (None, "2026-12-01T09:30:00+00:00")
    visit = changes(by_kind["visit", "created"])
    assert visit["purposes"] == (None, "caf")
    assert visit["notes"] == (None, "Dossier CAF")

    # As the window reads it: the step named by its title in the staff's language.
    with database.session() as session:
        trail = person_trail(session, elodie, "fr")
    assert trail.refused is None and not trail.limited
    assert trail.rows == tuple(history)
    assert trail.step_titles[step_id].startswith("Ouvr")  # « Ouvrir un compte bancaire… »


def test_a_counter_may_not_read_a_person_s_history(database: Database, elodie: int) -> None:
    database.actor = Actor("Marc", Role.COUNTER, account_id=3)
    with database.session() as session, pytest.raises(NotAllowed):
        person_history(session, elodie)
    with database.session() as session:
        trail = person_trail(session, elodie, "en")
    assert trail.rows == () and trail.refused is not None
    assert "does not allow you to see the history" in str(trail.refused)


def test_the_administrator_s_search(database: Database, elodie: int) -> None:
    database.actor = Actor("Bruno Martin", Role.COUNTER, account_id=4)
    with database.writing() as session:
        other = register(
            session,
            PersonData(
                family_name="Okafor",
                nationality="NG",
                category="researcher",
                arrival_date=date(2026, 10, 1),
            ),
        ).id
    database.actor = ADMIN
    with database.session() as session:
        # Accents aside, in any case: "elodie" finds "Élodie".
        found = search(session, AuditQuery(text="elodie"))
        assert [(r.person_id, r.action) for r in found] == [(elodie, "created")]
        assert search(session, AuditQuery(text="ÉLODIE")) == found
        # By staff name (part of it, any case).
        by_staff = search(session, AuditQuery(actor="bruno"))
        assert [r.person_id for r in by_staff] == [other]
        assert [r.person_id for r in search(session, AuditQuery(actor="amélie"))] == [elodie]
        # By days: today's entries, none tomorrow or before yesterday.
        today = date.today()
        assert len(search(session, AuditQuery(since=today, until=today))) == 2
        assert search(session, AuditQuery(since=today + timedelta(days=1))) == []
        assert search(session, AuditQuery(until=today - timedelta(days=1))) == []
        # By kind, and with the names of the people for the window.
        trail = search_trail(session, AuditQuery(entities=frozenset({"person"})), "en")
        assert trail.people == {elodie: "DUPONT Élodie", other: "OKAFOR"}
    database.actor = Actor("Marc", Role.COUNTER, account_id=3)
    with database.session() as session:
        with pytest.raises(NotAllowed):
            search(session, AuditQuery(text="elodie"))
        refused = search_trail(session, AuditQuery(text="elodie"), "en")
    assert refused.rows == () and "search the audit trail" in str(refused.refused)
