"""The registration/edit form's services: the import's rules on typed values, duplicates, and two
desks saving the same person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.db.models import Person
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.i18n import translator
from welcome_desk.services.checklists import checklist_of
from welcome_desk.services.importing.rules import RejectedRow, RowChecker, ValidRow
from welcome_desk.services.importing.run import open_import_file
from welcome_desk.services.people import register
from welcome_desk.services.person_form import (
    FORM_FIELDS,
    PersonConflict,
    PersonNotFound,
    check_person,
    form_values,
    load_person,
    merge,
    possible_duplicates,
    update_person,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
TODAY = date(2026, 11, 22)
STAFF = Actor("marie.dupont")
OTHER_DESK = Actor("karim.benali")
# Reasons only a file can have: there is no id to type and no column to overflow in the form.
FILE_ONLY = ("external_id:", "values beyond the last column")

VALID = {
    "family_name": "Schmidt",
    "given_names": "Anna",
    "date_of_birth": "2003-04-12",
    "sex": "F",
    "nationality": "DE",
    "email": "anna.schmidt@example.org",
    "phone": "+49 30 1234567",
    "preferred_language": "de",
    "category": "student",
    "sub_kind": "exchange",
    "programme": "erasmus_plus",
    "host_unit": "Faculté des sciences",
    "arrival_date": "2026-09-01",
    "departure_date": "31/01/2027",
    "accompanying_persons": "0",
}


def messages(result: PersonData | dict[str, list[object]]) -> dict[str, list[str]]:
    assert isinstance(result, dict), result
    return {field: [str(m) for m in found] for field, found in result.items()}


@pytest.mark.parametrize("file_name", ["people_mixed.csv", "people.xlsx", "export_excel_fr.csv"])
def test_the_form_applies_exactly_the_import_rules(file_name: str) -> None:
    """Every row of the import's test files, typed into the form: the same verdict and reasons."""
    file = open_import_file(DATA / file_name)
    checker = RowChecker(file.columns, header_width=len(file.table.headers), today=TODAY)
    compared = rejected = 0
    for raw in file.table.rows:
        verdict = checker.check(raw)
        values = {field: file.columns.value(raw, field) for field in FORM_FIELDS}
        result = check_person(values, today=TODAY, labels=file.columns.labels)
        if isinstance(verdict, ValidRow):
            assert result == verdict.data, raw.line
        else:
            assert isinstance(verdict, RejectedRow)
            reasons = [str(r) for r in verdict.reasons if not str(r).startswith(FILE_ONLY)]
            if not reasons:
                continue
            assert isinstance(result, dict), raw.line
            assert [str(m) for found in result.values() for m in found] == reasons, raw.line
            rejected += 1
        compared += 1
    assert compared > 0
    if file_name == "people_mixed.csv":
        assert rejected == 23  # every rule of docs/cli.md that a form can break


def test_valid_values_become_the_person_s_details() -> None:
    data = check_person(VALID, today=TODAY)
    assert data == PersonData(
        family_name="Schmidt",
        given_names="Anna",
        date_of_birth=date(2003, 4, 12),
        sex="F",
        nationality="DE",
        email="anna.schmidt@example.org",
        phone="+49301234567",
        category="student",
        sub_kind="exchange",
        programme="erasmus_plus",
        host_unit="Faculté des sciences",
        arrival_date=date(2026, 9, 1),
        departure_date=date(2027, 1, 31),
        preferred_language="de",
        accompanying_persons=0,
    )
    assert isinstance(data, PersonData)
    assert check_person(form_values(data), today=TODAY) == data


def test_only_the_required_fields_are_needed_and_defaults_apply() -> None:
    data = check_person(
        {
            "family_name": "Ngo",
            "nationality": "VN",
            "category": "student",
            "arrival_date": "2026-09-01",
        },
        today=TODAY,
    )
    assert isinstance(data, PersonData)
    assert (data.preferred_language, data.accompanying_persons, data.sub_kind) == ("fr", 0, None)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"family_name": "  "}, {"family_name": ["required but empty"]}),
        ({"email": "not-an-email"}, {"email": ["'not-an-email' is not a valid email address"]}),
        (
            {"departure_date": "2026-08-31"},
            {"departure_date": ["2026-08-31 is before the arrival date 2026-09-01"]},
        ),
        ({"date_of_birth": "2090-01-01"}, {"date_of_birth": ["2090-01-01 is in the future"]}),
        (
            {"sub_kind": "post_doc"},
            {"sub_kind": ["'post_doc' does not go with the category 'student'"]},
        ),
        (
            {"sub_kind": "astronaut"},
            {"sub_kind": ["'astronaut' is not a known kind of student, researcher or teacher"]},
        ),
        ({"category": "researcher", "sub_kind": "phd"}, {}),
        ({"category": "teacher", "sub_kind": "language_assistant"}, {}),
        ({"category": "", "sub_kind": "phd"}, {"category": ["required but empty"]}),
        ({"accompanying_persons": "100"}, {"accompanying_persons": ["100 is more than 99"]}),
        (
            {"family_name": "", "nationality": "Narnia", "arrival_date": ""},
            {
                "family_name": ["required but empty"],
                "nationality": ["'Narnia' is not a known country"],
                "arrival_date": ["required but empty"],
            },
        ),
    ],
)
def test_each_field_s_problem_is_filed_under_that_field(
    changes: dict[str, str], expected: dict[str, list[str]]
) -> None:
    result = check_person({**VALID, **changes}, today=TODAY)
    if expected:
        assert messages(result) == {
            field: [f"{field}: {reason}" for reason in reasons]
            for field, reasons in expected.items()
        }
    else:
        assert isinstance(result, PersonData)


def test_messages_name_the_field_as_the_form_labels_it_in_the_staff_s_language() -> None:
    labels = {"email": "Courriel", "family_name": "Nom de famille"}
    result = check_person({**VALID, "email": "bad@", "family_name": ""}, today=TODAY, labels=labels)
    assert isinstance(result, dict)
    french = translator("fr")
    assert [m.render(french) for m in result["family_name"]] == [
        "Nom de famille : obligatoire mais vide"
    ]
    assert result["email"][0].render(french).startswith("Courriel : « bad@ »")


@pytest.fixture
def elodie(database: Database) -> int:
    with database.writing() as session:
        person = register(
            session,
            PersonData(
                family_name="Dupont",
                given_names="Élodie Marie",
                date_of_birth=date(2000, 1, 15),
                nationality="FR",
                category="student",
                arrival_date=date(2026, 9, 1),
            ),
        )
        return person.id


@pytest.mark.parametrize(
    ("family", "given", "birth", "found"),
    [
        ("DUPONT", "elodie marie", date(2000, 1, 15), True),
        ("  Dupont ", "Elodie-Marie", date(2000, 1, 15), True),
        ("Élodie Marie", "Dupont", date(2000, 1, 15), True),  # family and given names swapped
        ("Dupont", "Élodie Marie", None, True),  # birth date not known here
        ("Dupont", "Élodie Marie", date(2000, 1, 16), False),
        ("Dupont", "Élodie", date(2000, 1, 15), False),
        ("Dupond", "Élodie Marie", date(2000, 1, 15), False),
        ("", "", None, False),
    ],
)
def test_possible_duplicates_share_the_names_and_the_birth_date(
    database: Database, elodie: int, family: str, given: str, birth: date | None, found: bool
) -> None:
    with database.session() as session:
        ids = [p.id for p in possible_duplicates(session, family, given, birth)]
    assert ids == ([elodie] if found else [])


def test_a_person_unknown_birth_date_does_not_rule_them_out(database: Database) -> None:
    with database.writing() as session:
        person_id = register(
            session,
            PersonData(
                family_name="Wang", nationality="CN", category="student", arrival_date=TODAY
            ),
        ).id
    with database.session() as session:
        assert [p.id for p in possible_duplicates(session, "wang", None, date(2001, 6, 30))] == [
            person_id
        ]
        assert possible_duplicates(session, "wang", None, None, exclude_id=person_id) == []


def test_the_person_edited_is_not_their_own_duplicate(database: Database, elodie: int) -> None:
    with database.session() as session:
        assert (
            possible_duplicates(
                session, "Dupont", "Élodie Marie", date(2000, 1, 15), exclude_id=elodie
            )
            == []
        )


def test_an_edit_is_saved_and_the_checklist_follows(database: Database) -> None:
    with database.writing() as session:
        person_id = register(
            session,
            PersonData(
                family_name="Sharma",
                nationality="IN",
                category="researcher",
                sub_kind="post_doc",
                arrival_date=date(2026, 9, 1),
                departure_date=date(2027, 6, 30),
            ),
        ).id
    with database.session() as session:
        data, version = load_person(session, person_id)
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        # A stay under 12 months: no multi-year residence card.
        assert "talent_residence_card_request" not in {s.key for s in checklist.steps}
    longer = replace(data, departure_date=date(2028, 8, 31))
    with database.writing() as session:
        person = update_person(session, person_id, longer, expected_version=version, actor=STAFF)
        assert person.version == version + 1
    with database.session() as session:
        assert load_person(session, person_id) == (longer, version + 1)
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        card = next(s for s in checklist.steps if s.key == "talent_residence_card_request")
        assert card.applicable
        assert ("marie.dupont", "applicable", "True") in [
            (h.actor, h.field, h.new_value) for h in card.history
        ]


def test_saving_unchanged_details_changes_nothing(database: Database, elodie: int) -> None:
    with database.session() as session:
        data, version = load_person(session, elodie)
    with database.writing() as session:
        person = update_person(session, elodie, data, expected_version=version, actor=STAFF)
        assert person.version == version


def test_two_desks_editing_the_same_person_lose_nothing(database: Database, elodie: int) -> None:
    # Both desks open the person.
    desk_a, desk_b = database.session(), database.session()
    with desk_a, desk_b:
        base, version_a = load_person(desk_a, elodie)
        same_base, version_b = load_person(desk_b, elodie)
    assert (base, version_a) == (same_base, version_b)
    theirs = replace(base, phone="+33612345678", departure_date=date(2027, 1, 31))
    mine = replace(base, email="elodie@example.org", departure_date=date(2027, 6, 30))

    with database.writing() as session:
        update_person(session, elodie, theirs, expected_version=version_a, actor=OTHER_DESK)
    with pytest.raises(PersonConflict) as raised, database.writing() as session:
        update_person(session, elodie, mine, expected_version=version_b, actor=STAFF)

    conflict = raised.value
    assert (conflict.stored, conflict.stored_version) == (theirs, version_a + 1)
    assert (conflict.attempted, conflict.expected_version) == (mine, version_b)
    assert conflict.differences == ["email", "phone", "departure_date"]
    assert "version 2" in str(conflict.message) and "version 1" in str(conflict.message)
    assert "Quelqu’un d’autre" in conflict.message.render(translator("fr"))
    with database.session() as session:
        assert load_person(session, elodie) == (theirs, version_a + 1)  # the first save stands

    # The second desk merges: each side's own changes kept, the clash decided by hand.
    merged = merge(base, mine, conflict.stored)
    assert merged.clashes == ["departure_date"]
    assert merged.data == replace(mine, phone="+33612345678")
    with database.writing() as session:
        update_person(
            session, elodie, merged.data, expected_version=conflict.stored_version, actor=STAFF
        )
    with database.session() as session:
        stored = session.get(Person, elodie)
        assert stored is not None
        assert (stored.email, stored.phone, stored.departure_date, stored.version) == (
            "elodie@example.org",
            "+33612345678",
            date(2027, 6, 30),
            3,
        )


def test_a_person_erased_meanwhile_is_said_so(database: Database) -> None:
    data = PersonData(family_name="X", nationality="FR", category="student", arrival_date=TODAY)
    with pytest.raises(PersonNotFound, match="no person number 99"), database.writing() as s:
        update_person(s, 99, data, expected_version=1, actor=STAFF)
    with pytest.raises(PersonNotFound), database.session() as session:
        load_person(session, 99)
