"""No silent overwrite of a record: a save made from an outdated version is refused, with both
versions, and nothing of either is lost."""

from __future__ import annotations

from datetime import date

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import AdministrativeRecord, HealthcareRecord, HousingRecord
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.services.people import register
from welcome_desk.services.records import (
    NO_RECORD,
    AdministrativeData,
    HealthcareData,
    HousingData,
    RecordConflict,
    merge,
    save_housing,
    update_administrative,
    update_healthcare,
    versions_of,
)

STAFF = Actor("karim")


@pytest.fixture
def person_id(database: Database) -> int:
    with database.writing() as session:
        return register(
            session,
            PersonData(
                family_name="Nguyen",
                given_names="Thi Lan",
                nationality="VN",
                category="student",
                arrival_date=date(2026, 9, 1),
            ),
        ).id


def test_the_second_of_two_healthcare_saves_is_refused_with_both_versions(
    database: Database, person_id: int
) -> None:
    with database.writing() as session:
        update_healthcare(session, person_id, HealthcareData(social_security="none"))
    # Two desks read the record, at the same version.
    with database.session() as one, database.session() as other:
        first = versions_of(one, person_id).healthcare
        second = versions_of(other, person_id).healthcare
    assert first == second == 1
    theirs = HealthcareData(social_security="provisional", mutuelle=True)
    mine = HealthcareData(social_security="none", gp_declared=True)
    with database.writing() as session:
        update_healthcare(session, person_id, theirs, expected_version=first)
    with pytest.raises(RecordConflict) as refused, database.writing() as session:
        update_healthcare(session, person_id, mine, expected_version=second)
    conflict = refused.value
    assert (conflict.kind, conflict.record_id) == ("healthcare", person_id)
    assert (conflict.stored_version, conflict.expected_version) == (2, 1)
    assert conflict.stored == theirs
    assert conflict.attempted == mine
    assert conflict.differences == ["social_security", "mutuelle", "gp_declared"]
    assert "Someone else saved this record" in str(conflict.message)
    with database.session() as session:
        stored = session.get(HealthcareRecord, person_id)
        assert stored is not None
        assert (stored.social_security, stored.mutuelle, stored.gp_declared) == (
            "provisional",
            True,
            False,
        )
    # The user's edit merged over theirs, then saved from their version: both kept.
    merged = merge(HealthcareData(social_security="none"), mine, conflict.stored)
    assert merged.clashes == []
    assert merged.data == HealthcareData(
        social_security="provisional", mutuelle=True, gp_declared=True
    )
    with database.writing() as session:
        update_healthcare(session, person_id, merged.data, expected_version=conflict.stored_version)
    with database.session() as session:
        assert versions_of(session, person_id).healthcare == 3


def test_two_first_saves_of_the_papers_do_not_overwrite_each_other(
    database: Database, person_id: int
) -> None:
    with database.session() as session:
        seen = versions_of(session, person_id).administrative
    assert seen == NO_RECORD
    theirs = AdministrativeData(visa_type="vls_ts_student", visa_expiry=date(2027, 8, 31))
    mine = AdministrativeData(visa_type="short_stay", residence_permit_number=" 59001 ")
    with database.writing() as session:
        update_administrative(session, person_id, theirs, STAFF, expected_version=seen)
    with pytest.raises(RecordConflict) as refused, database.writing() as session:
        update_administrative(session, person_id, mine, STAFF, expected_version=seen)
    conflict = refused.value
    assert (conflict.stored_version, conflict.expected_version) == (1, NO_RECORD)
    assert conflict.stored == theirs
    assert conflict.attempted.residence_permit_number == "59001"  # as it would be stored
    assert conflict.differences == ["visa_type", "visa_expiry", "residence_permit_number"]
    merged = merge(AdministrativeData(), conflict.attempted, conflict.stored)
    assert merged.clashes == ["visa_type"]  # both chose a visa: the user's stays, to check
    assert merged.data.visa_expiry == date(2027, 8, 31)
    with database.session() as session:
        stored = session.get(AdministrativeRecord, person_id)
        assert stored is not None and stored.visa_type == "vls_ts_student"
        assert stored.residence_permit_number is None


def test_a_housing_changed_meanwhile_is_refused_and_a_new_one_is_always_added(
    database: Database, person_id: int
) -> None:
    with database.writing() as session:
        record_id = save_housing(
            session, person_id, HousingData(kind="crous", address="Résidence Bachelard")
        ).id
    with database.session() as session:
        version = versions_of(session, person_id).housing[record_id]
    with database.writing() as session:
        save_housing(
            session,
            person_id,
            HousingData(kind="crous", address="Résidence Bachelard, ch. 12"),
            record_id,
            expected_version=version,
        )
    mine = HousingData(kind="crous", address="Résidence Bachelard", insurance=True)
    with pytest.raises(RecordConflict) as refused, database.writing() as session:
        save_housing(session, person_id, mine, record_id, expected_version=version)
    conflict = refused.value
    assert (conflict.kind, conflict.record_id, conflict.stored_version) == ("housing", record_id, 2)
    assert conflict.stored.address == "Résidence Bachelard, ch. 12"
    assert conflict.differences == ["address", "insurance"]
    with database.session() as session:
        stored = session.get(HousingRecord, record_id)
        assert stored is not None and stored.insurance is False
    # Without a version (the command line, imports), or for a new place, nothing is checked.
    with database.writing() as session:
        save_housing(session, person_id, mine, record_id)
        save_housing(session, person_id, HousingData(kind="private"))
    with database.session() as session:
        assert versions_of(session, person_id).housing[record_id] == 3
        assert len(versions_of(session, person_id).housing) == 2
