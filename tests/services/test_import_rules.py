"""Every rule of the import table (docs/cli.md), on a real file: what is kept, what is refused, why.

people_mixed.csv holds 8 valid rows written in as many ways as staff write them, then one rejected
row per rule, then a row with several problems. Its row 5 spans two lines (a quoted line break),
and line 11 is blank.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from welcome_desk.db.engine import Database
from welcome_desk.db.indexing import wanted_keys
from welcome_desk.db.models import ExternalId, Person
from welcome_desk.domain.names import sort_key
from welcome_desk.services.importing import ImportReport, import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
MIXED = DATA / "people_mixed.csv"
TODAY = date(2026, 11, 22)

EXPECTED_REJECTIONS: dict[int, list[str]] = {
    12: ["family_name: required but empty"],
    13: ["external_id: required but empty"],
    14: ["family_name: too long (201 characters, at most 200)"],
    15: ["date_of_birth: '01/02/98' is not a date in the form YYYY-MM-DD or DD/MM/YYYY"],
    16: ["date_of_birth: '31/02/2000' is not a real date"],
    17: ["date_of_birth: 2090-01-01 is in the future"],
    18: ["date_of_birth: age at arrival would be 11, not between 15 and 100"],
    19: ["date_of_birth: age at arrival would be 126, not between 15 and 100"],
    20: ["sex: 'Q' is not F, M or X"],
    21: ["nationality: 'Narnia' is not a known country"],
    22: ["nationality: required but empty"],
    23: ["email: 'not-an-email' is not a valid email address"],
    24: ["phone: '12345' is not a valid phone number (international +… or French)"],
    25: ["category: 'professor' is not student, researcher or teacher"],
    26: ["category: required but empty"],
    27: ["arrival_date: '2026-13-01' is not a real date"],
    28: ["arrival_date: required but empty"],
    29: ["departure_date: 2026-08-31 is before the arrival date 2026-09-01"],
    30: ["preferred_language: 'xx' is not an ISO 639-1 language code"],
    31: ["accompanying_persons: '-1' is not a whole number of 0 or more"],
    32: ["accompanying_persons: 'two' is not a whole number of 0 or more"],
    33: ["accompanying_persons: '1.5' is not a whole number of 0 or more"],
    34: ["external_id: 'ERA-001' is already used on line 2"],
    35: ["values beyond the last column: Lille (a separator in an unquoted value?)"],
    36: [
        "family_name: required but empty",
        "nationality: 'Atlantis' is not a known country",
        "email: 'bad@' is not a valid email address",
        "arrival_date: '31/02/2026' is not a real date",
    ],
    37: ["accompanying_persons: 150 is more than 99"],
}

# What the 8 valid rows become, by external id (fields not listed are None / defaults).
EXPECTED_PEOPLE: dict[str, dict[str, Any]] = {
    "ERA-001": dict(family_name="Schmidt", given_names="Anna", date_of_birth=date(2003, 4, 12),
                    sex="F", nationality="DE", email="Anna.Schmidt@example.org",
                    phone="+49301234567", category="student", programme="erasmus_plus",
                    host_unit="Faculté des sciences", arrival_date=date(2026, 9, 1),
                    departure_date=date(2027, 1, 31), preferred_language="de",
                    accompanying_persons=0),
    "ERA-002": dict(family_name="Wang", given_names="Xiaoming", date_of_birth=date(2000, 7, 14),
                    sex="M", nationality="CN", email="wang.xm@example.org", phone="+33612345678",
                    category="student", host_unit="Faculté de droit",
                    arrival_date=date(2026, 9, 1), preferred_language="zh"),
    "ERA-003": dict(family_name="García López", given_names="María José",
                    date_of_birth=date(1998, 2, 28), sex="F", nationality="ES",
                    category="researcher", programme="bilateral", host_unit="Laboratoire CRIStAL",
                    arrival_date=date(2026, 9, 15), departure_date=date(2027, 6, 30),
                    preferred_language="es", accompanying_persons=2),
    "ERA-004": dict(family_name="N'Guessan", given_names="Kouadio",
                    date_of_birth=date(1985, 11, 30), sex="M", nationality="CI",
                    email="k.nguessan@example.org", phone="+2250712345678",
                    category="researcher", programme="government_scholarship",
                    host_unit="Laboratoire Paul Painlevé", arrival_date=date(2026, 9, 1),
                    departure_date=date(2026, 12, 20), preferred_language="fr",
                    accompanying_persons=3),
    "ERA-005": dict(family_name="Иванов", given_names="Иван", date_of_birth=date(1990, 1, 1),
                    sex="X", nationality="RU", email="ivanov@example.org", phone="+79123456789",
                    category="teacher", arrival_date=date(2026, 10, 1),
                    departure_date=date(2026, 10, 1), preferred_language="ru",
                    accompanying_persons=1),
    "ERA-006": dict(family_name="Dupont", given_names="Jean-Pierre", nationality="FR",
                    category="student", arrival_date=date(2026, 9, 1)),
    "ERA-007": dict(family_name="王", given_names="小明", date_of_birth=date(2001, 6, 30), sex="M",
                    nationality="CN", email="xiaoming@example.org", phone="+8613800138000",
                    category="student", programme="erasmus_mundus",
                    arrival_date=date(2026, 9, 1), preferred_language="en"),
    "ERA-008": dict(family_name="Al-Hassan", given_names="Layla", date_of_birth=date(2008, 9, 1),
                    sex="F", nationality="MA", email="layla@example.org", phone="+212612345678",
                    category="student", programme="none", arrival_date=date(2026, 9, 1),
                    preferred_language="en"),
}  # fmt: skip
DEFAULTS: dict[str, Any] = dict(
    given_names=None, date_of_birth=None, sex=None, email=None, phone=None, sub_kind=None,
    programme=None, host_unit=None, departure_date=None, preferred_language="fr",
    accompanying_persons=0,
)  # fmt: skip


def people_by_external_id(database: Database) -> dict[str, Person]:
    with database.session() as session:
        rows = session.execute(select(ExternalId.value, Person).join(ExternalId.person)).all()
        for _, person in rows:
            _ = person.search_keys  # loaded while the session is open
        return {value: person for value, person in rows}


def rendered(report: ImportReport) -> dict[int, list[str]]:
    return {row.line: [str(reason) for reason in row.reasons] for row in report.rejected_rows}


@pytest.fixture
def report(database: Database) -> ImportReport:
    return import_file(database, MIXED, today=TODAY)


def test_counts(report: ImportReport) -> None:
    assert (report.created, report.updated, report.unchanged) == (8, 0, 0)
    assert report.rejected == len(EXPECTED_REJECTIONS) == 26
    assert report.rows == 34  # the blank line 11 is not a row
    assert not report.ignored_columns


def test_every_rejected_line_and_every_reason(report: ImportReport) -> None:
    assert rendered(report) == EXPECTED_REJECTIONS


def test_rejected_rows_keep_their_cells_as_written(report: ImportReport) -> None:
    by_line = {row.line: row for row in report.rejected_rows}
    assert by_line[31].values[0] == "BAD-120"
    assert by_line[31].values[-1] == "-1"
    assert by_line[35].values[-2:] == ("", "Lille")


def test_the_valid_rows_are_stored_normalised(report: ImportReport, database: Database) -> None:
    people = people_by_external_id(database)
    assert sorted(people) == sorted(EXPECTED_PEOPLE)
    for external_id, expected in EXPECTED_PEOPLE.items():
        person = people[external_id]
        stored = {name: getattr(person, name) for name in {**DEFAULTS, **expected}}
        assert stored == {**DEFAULTS, **expected}, external_id
        assert [(e.source, e.value) for e in person.external_ids] == [("import", external_id)]
        assert person.version == 1
        assert person.created_at.tzinfo is not None


def test_search_and_sort_keys_are_those_the_session_hook_would_write(
    report: ImportReport, database: Database
) -> None:
    for person in people_by_external_id(database).values():
        assert {(k.key, k.field) for k in person.search_keys} == wanted_keys(person)
        assert person.sort_key == sort_key(person.family_name, person.given_names)


def test_nothing_is_stored_from_a_rejected_row(report: ImportReport, database: Database) -> None:
    with database.session() as session:
        assert session.scalar(select(Person.id).where(Person.family_name == "Companions")) is None
        assert session.scalar(select(Person.id).where(Person.given_names == "Young")) is None


def test_a_second_use_of_an_id_is_refused_even_if_the_first_row_was_refused(
    tmp_path: Path, database: Database
) -> None:
    file = tmp_path / "twice.csv"
    file.write_text(
        "external_id,family_name,nationality,category,arrival_date\n"
        "A-1,,DE,student,2026-09-01\n"
        "A-1,Second,DE,student,2026-09-01\n",
        encoding="utf-8",
    )
    report = import_file(database, file, today=TODAY)
    assert report.created == 0
    assert rendered(report) == {
        2: ["family_name: required but empty"],
        3: ["external_id: 'A-1' is already used on line 2"],
    }


@pytest.mark.parametrize(
    ("birth", "reasons"),
    [
        ("2011-09-01", []),  # 15 on the day of arrival
        ("2011-09-02", ["date_of_birth: age at arrival would be 14, not between 15 and 100"]),
        ("1926-09-01", []),  # 100 on the day of arrival
        ("1925-09-01", ["date_of_birth: age at arrival would be 101, not between 15 and 100"]),
    ],
)
def test_age_limits_are_inclusive(
    tmp_path: Path, database: Database, birth: str, reasons: list[str]
) -> None:
    file = tmp_path / "age.csv"
    file.write_text(
        "external_id,family_name,date_of_birth,nationality,category,arrival_date\n"
        f"A-1,Age,{birth},DE,student,2026-09-01\n",
        encoding="utf-8",
    )
    report = import_file(database, file, today=TODAY)
    assert rendered(report) == ({2: reasons} if reasons else {})


def test_dates_as_mobility_systems_write_them_and_dates_far_off(database: Database) -> None:
    """mobility_dates.csv: date-times are dates; a real date far off gets its own reason. With
    today 2026-11-22, an arrival may be up to 2031-11-22 and a departure up to 2036-11-22."""
    report = import_file(database, DATA / "mobility_dates.csv", today=TODAY)

    assert rendered(report) == {
        4: ["arrival_date: 3000-09-01 is too far in the future (more than 5 years from now)"],
        5: ["departure_date: 2040-01-01 is too far in the future (more than 10 years from now)"],
        6: ["arrival_date: 0026-09-01 is too far in the past (before 1900-01-01)"],
        7: ["date_of_birth: '2000-01-01 25:00:00' is not a real date"],
        8: ["date_of_birth: 3000-01-01 is in the future"],
        10: [
            "arrival_date: 2031-11-23 is too far in the future (more than 5 years from now)",
            "departure_date: 2036-11-23 is too far in the future (more than 10 years from now)",
        ],
    }
    people = people_by_external_id(database)
    assert sorted(people) == ["D-1", "D-2", "D-8"]
    assert (people["D-1"].date_of_birth, people["D-1"].arrival_date) == (
        date(2000, 1, 1),
        date(2026, 9, 1),
    )
    assert people["D-1"].departure_date == date(2027, 6, 30)
    assert (people["D-2"].date_of_birth, people["D-2"].arrival_date) == (
        date(2000, 7, 14),
        date(2026, 9, 1),
    )
    assert (people["D-8"].arrival_date, people["D-8"].departure_date) == (
        date(2031, 11, 22),
        date(2036, 11, 22),
    )


def test_the_bound_of_a_29_february_is_the_28th(tmp_path: Path, database: Database) -> None:
    file = tmp_path / "leap.csv"
    file.write_text(
        "external_id,family_name,nationality,category,arrival_date\n"
        "L-1,Ok,DE,student,2033-02-28\n"
        "L-2,Late,DE,student,2033-03-01\n",
        encoding="utf-8",
    )
    report = import_file(database, file, today=date(2028, 2, 29))
    assert list(rendered(report)) == [3]


def test_language_tags_are_stored_as_their_language(tmp_path: Path, database: Database) -> None:
    file = tmp_path / "languages.csv"
    file.write_text(
        "external_id,family_name,nationality,category,arrival_date,preferred_language\n"
        "T-1,Un,FR,student,2026-09-01,fr-FR\n"
        "T-2,Deux,BR,student,2026-09-01,pt_BR\n"
        "T-3,Trois,GB,student,2026-09-01,EN\n",
        encoding="utf-8",
    )
    report = import_file(database, file, today=TODAY)
    assert rendered(report) == {}
    languages = {
        key: person.preferred_language for key, person in people_by_external_id(database).items()
    }
    assert languages == {"T-1": "fr", "T-2": "pt", "T-3": "en"}
