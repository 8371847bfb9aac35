"""The register's alphabetical order is the same on every back-end: by family name, then given
names, whatever the database's collation (a French PostgreSQL server ignores the separator
between the two names, unless the key is compared byte by byte)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from welcome_desk.db.engine import Database
from welcome_desk.db.models import Person
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.people_list import ListFilters, SortKey, list_ids

NAMES = [("Lin", "Ann"), ("Li", "Wei"), ("Li", "Hua"), ("Le Roux", "Paul"), ("Lefèvre", "Zoé"),
         ("Le", "Minh"), ("Lê", "Anh"), ("Lévy", "Jo")]  # fmt: skip


def test_people_are_listed_by_family_name_then_given_names(database: Database) -> None:
    with database.writing() as session:
        for family, given in NAMES:
            register(
                session,
                PersonData(
                    family_name=family,
                    given_names=given,
                    nationality="FR",
                    category="student",
                    arrival_date=date(2026, 9, 1),
                ),
            )
    with database.session() as session:
        ids = list_ids(session, ListFilters(), SortKey.NAME)
        names = {p.id: (p.family_name, p.given_names) for p in session.scalars(select(Person))}
    assert [names[i] for i in ids] == [
        ("Lê", "Anh"),
        ("Le", "Minh"),
        ("Le Roux", "Paul"),
        ("Lefèvre", "Zoé"),
        ("Lévy", "Jo"),
        ("Li", "Hua"),
        ("Li", "Wei"),
        ("Lin", "Ann"),
    ]
