"""The counter's search: what is typed finds the right person first."""

from __future__ import annotations

from datetime import date

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.search import search

PEOPLE = [
    # family, given, nationality, external id, email
    ("Dupont", "Élodie", "FR", "ERA-2026-0001", "elodie.dupont@example.org"),
    ("Müller", "Hans", "DE", "ERA-2026-0002", None),
    ("Nguyễn", "Thị Lan", "VN", "BIL-0003", "lan.nguyen@example.vn"),
    ("王", "小明", "CN", "CSC-0004", None),
    ("O'Brien", "Siobhán", "IE", "ERA-2026-0005", None),
    ("Martin", "Elodie Marie", "FR", "HR-0006", None),
    ("Elodin", "Jack", "US", "HR-0007", None),
    ("Иванова", "Анна", "UA", "UA-0008", None),
    ("Mullins", "Kate", "IE", "ERA-2026-0009", None),
    ("李", "王芳", "CN", "CSC-0010", None),
]


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    ids = {}
    with database.writing() as session:
        for family, given, nationality, external_id, email in PEOPLE:
            person = register(
                session,
                PersonData(
                    family_name=family,
                    given_names=given,
                    nationality=nationality,
                    category="student",
                    arrival_date=date(2026, 9, 1),
                    email=email,
                ),
                external_id=external_id,
            )
            session.flush()
            ids[f"{family} {given}"] = person.id
    return ids


def names(database: Database, text: str) -> list[str]:
    with database.session() as session:
        return [f"{hit.family_name} {hit.given_names}" for hit in search(session, text)]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("elodie", "Dupont Élodie"),
        ("muller", "Müller Hans"),
        ("nguyen", "Nguyễn Thị Lan"),
        ("王", "王 小明"),
        ("obrien", "O'Brien Siobhán"),
        ("O'Brien", "O'Brien Siobhán"),
        ("ivanova", "Иванова Анна"),
        ("Иван", "Иванова Анна"),
    ],
)
def test_accent_case_and_script_insensitive(
    database: Database, people: dict[str, int], typed: str, found: str
) -> None:
    assert found in names(database, typed)


def test_prefix_finds_every_name_beginning_so(database: Database, people: dict[str, int]) -> None:
    assert set(names(database, "mul")) == {"Müller Hans", "Mullins Kate"}
    assert set(names(database, "elod")) == {"Dupont Élodie", "Martin Elodie Marie", "Elodin Jack"}


def test_family_and_given_names_in_either_order(database: Database, people: dict[str, int]) -> None:
    assert names(database, "elodie dupont") == ["Dupont Élodie"]
    assert names(database, "Dupont Élo") == ["Dupont Élodie"]
    assert names(database, "nguyen lan") == ["Nguyễn Thị Lan"]
    assert names(database, "lan nguyen") == ["Nguyễn Thị Lan"]


def test_ranking_puts_whole_words_and_family_names_first(
    database: Database, people: dict[str, int]
) -> None:
    # "Elodin" is the family name beginning with the text; "Élodie" is a whole given name.
    result = names(database, "elodie")
    assert result[:2] == ["Dupont Élodie", "Martin Elodie Marie"]
    assert "Elodin Jack" not in result
    # A family name beats the same word as a given name: 王 is Wang's family, Li's given name.
    assert names(database, "王") == ["王 小明", "李 王芳"]


def test_external_id_email_and_internal_id(database: Database, people: dict[str, int]) -> None:
    assert names(database, "ERA-2026-0002") == ["Müller Hans"]
    assert names(database, "era-2026-000")[:1] and len(names(database, "era-2026-000")) == 4
    assert names(database, "CSC-0004") == ["王 小明"]
    assert names(database, "lan.nguyen@") == ["Nguyễn Thị Lan"]
    internal = people["Mullins Kate"]
    assert names(database, str(internal))[0] == "Mullins Kate"


def test_nothing_found_and_empty_text(database: Database, people: dict[str, int]) -> None:
    assert names(database, "zzz") == []
    assert names(database, "   ") == []
    assert names(database, "elodie zzz") == []
    assert names(database, "%") == []
    assert names(database, "_") == []


def test_keys_follow_a_change_of_name(database: Database, people: dict[str, int]) -> None:
    from welcome_desk.db.models import Person

    with database.writing() as session:
        person = session.get(Person, people["Müller Hans"])
        assert person is not None
        person.family_name = "Schäfer"
    assert names(database, "muller") == []
    assert names(database, "schafer") == ["Schäfer Hans"]
    assert names(database, "hans") == ["Schäfer Hans"]


def test_limit(database: Database, people: dict[str, int]) -> None:
    with database.session() as session:
        assert len(search(session, "e", limit=2)) == 2


def test_sort_key_follows_a_change_of_name(database: Database, people: dict[str, int]) -> None:
    from welcome_desk.db.models import Person

    with database.writing() as session:
        person = session.get(Person, people["Dupont Élodie"])
        assert person is not None
        person.family_name = "Zéphyr"
    with database.session() as session:
        person = session.get(Person, people["Dupont Élodie"])
        assert person is not None
        assert person.sort_key.startswith("zephyr")


def test_names_come_before_the_beginnings_of_emails(database: Database) -> None:
    with database.writing() as session:
        for family, given, email in [
            ("Benali", "Ali", "ali.benali@example.org"),
            ("Ali", "Karim", "k.ali@example.org"),
            ("Lindqvist", "Linda", "li.lindqvist@example.org"),
            ("李", "娜", None),
        ]:
            register(
                session,
                PersonData(
                    family_name=family,
                    given_names=given,
                    email=email,
                    nationality="FR",
                    category="student",
                    arrival_date=date(2026, 9, 1),
                ),
            )
    assert names(database, "ali")[:2] == ["Ali Karim", "Benali Ali"]
    assert names(database, "li")[0] == "李 娜"
    assert names(database, "li.lindqvist@example.org") == ["Lindqvist Linda"]
