"""Importing again: by (source, external id) people are updated, never duplicated; dry runs,
progress and cancellation for the window."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from welcome_desk.db.engine import Database
from welcome_desk.db.indexing import wanted_keys
from welcome_desk.db.models import ExternalId, Person, SearchKey
from welcome_desk.services.importing import ImportCancelled, ImportReport, import_file
from welcome_desk.services.people import DEFAULT_SOURCE

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
MIXED = DATA / "people_mixed.csv"
UPDATE = DATA / "people_update.csv"
TODAY = date(2026, 11, 22)


def counts(report: ImportReport) -> tuple[int, int, int, int]:
    return report.created, report.updated, report.unchanged, report.rejected


def snapshot(database: Database) -> dict[str, dict[str, Any]]:
    """Every person's columns (and version) by external id."""
    with database.session() as session:
        rows = session.execute(select(ExternalId.value, Person).join(ExternalId.person)).all()
        return {
            value: {c.key: getattr(person, c.key) for c in Person.__table__.columns}
            for value, person in rows
        }


def count(database: Database, model: type[Any]) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as output:
        writer = csv.DictWriter(output, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def many_rows(number: int) -> list[dict[str, str]]:
    return [
        {
            "external_id": f"N-{index:05d}",
            "family_name": f"Name{index}",
            "nationality": "DE",
            "category": "student",
            "arrival_date": "2026-09-01",
        }
        for index in range(number)
    ]


def test_importing_the_same_file_again_adds_nobody(database: Database) -> None:
    assert counts(import_file(database, MIXED, today=TODAY)) == (8, 0, 0, 26)
    before = snapshot(database)
    keys = count(database, SearchKey)

    again = import_file(database, MIXED, today=TODAY)

    assert counts(again) == (0, 0, 8, 26)
    assert snapshot(database) == before  # not even a version or a timestamp moved
    assert (count(database, Person), count(database, ExternalId)) == (8, 8)
    assert count(database, SearchKey) == keys


def test_an_updated_file_updates_by_external_id(database: Database) -> None:
    import_file(database, MIXED, today=TODAY)
    before = snapshot(database)

    report = import_file(database, UPDATE, today=TODAY)

    assert counts(report) == (1, 1, 1, 0)
    assert report.ignored_columns == ("remarks",)
    after = snapshot(database)
    assert len(after) == 9
    era1 = after["ERA-001"]
    assert era1["departure_date"] == date(2027, 6, 30)
    assert era1["version"] == 2
    # Columns the update file does not have are left as they were.
    for kept in ("email", "given_names", "date_of_birth", "programme", "preferred_language"):
        assert era1[kept] == before["ERA-001"][kept]
    assert after["ERA-002"] == before["ERA-002"]
    assert after["ERA-009"]["family_name"] == "Rossi"
    assert after["ERA-009"]["nationality"] == "IT"


def test_a_changed_name_gets_new_search_keys(tmp_path: Path, database: Database) -> None:
    row = {"external_id": "K-1", "family_name": "Dupont", "given_names": "Marie",
           "nationality": "FR", "category": "student", "arrival_date": "2026-09-01"}  # fmt: skip
    import_file(database, write_rows(tmp_path / "a.csv", [row]), today=TODAY)
    renamed = {**row, "family_name": "Lemaître-Dupont"}
    report = import_file(database, write_rows(tmp_path / "b.csv", [renamed]), today=TODAY)
    assert counts(report) == (0, 1, 0, 0)
    with database.session() as session:
        person = session.scalars(select(Person)).one()
        keys = {(k.key, k.field) for k in person.search_keys}
        assert keys == wanted_keys(person)
        assert "lemaitre" in {key for key, _ in keys}
        assert person.sort_key.startswith("lemaitre dupont")


def test_what_the_staff_set_at_the_desk_survives_a_reimport(database: Database) -> None:
    import_file(database, MIXED, today=TODAY)
    with database.writing() as session:
        person = session.scalars(
            select(Person).join(ExternalId).where(ExternalId.value == "ERA-003")
        ).one()
        person.sub_kind = "phd"
    report = import_file(database, MIXED, today=TODAY)
    assert counts(report) == (0, 0, 8, 26)
    assert snapshot(database)["ERA-003"]["sub_kind"] == "phd"


def test_ids_are_unique_per_source(database: Database) -> None:
    import_file(database, UPDATE, today=TODAY)
    report = import_file(database, UPDATE, source="moveon", today=TODAY)
    assert counts(report) == (3, 0, 0, 0)
    with database.session() as session:
        sources = session.execute(
            select(ExternalId.source, func.count()).group_by(ExternalId.source)
        ).all()
    assert sorted(sources) == [(DEFAULT_SOURCE, 3), ("moveon", 3)]


def test_dry_run_counts_exactly_and_writes_nothing(database: Database) -> None:
    dry = import_file(database, MIXED, dry_run=True, today=TODAY)
    assert dry.dry_run
    assert counts(dry) == (8, 0, 0, 26)
    assert count(database, Person) == 0

    import_file(database, MIXED, today=TODAY)
    before = snapshot(database)
    dry_update = import_file(database, UPDATE, dry_run=True, today=TODAY)
    assert counts(dry_update) == (1, 1, 1, 0)
    assert snapshot(database) == before
    assert counts(import_file(database, UPDATE, today=TODAY)) == counts(dry_update)


def test_progress_is_reported_up_to_every_row(database: Database) -> None:
    calls: list[tuple[int, int]] = []
    import_file(
        database, MIXED, today=TODAY, progress=lambda done, total: calls.append((done, total))
    )
    assert calls[0] == (0, 34)
    assert calls[-1] == (34, 34)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancelling_saves_nothing_even_after_slices_were_written(
    tmp_path: Path, database: Database
) -> None:
    file = write_rows(tmp_path / "big.csv", many_rows(2500))
    seen: list[int] = []

    def cancel_late() -> bool:
        return bool(seen) and seen[-1] >= 2000  # after two slices of 1,000 were flushed

    with pytest.raises(ImportCancelled):
        import_file(database, file, today=TODAY, progress=lambda d, _t: seen.append(d),
                    should_cancel=cancel_late)  # fmt: skip
    assert count(database, Person) == count(database, ExternalId) == count(database, SearchKey) == 0


def test_existing_people_are_looked_up_in_bulk(tmp_path: Path, database: Database) -> None:
    file = write_rows(tmp_path / "many.csv", many_rows(1200))
    assert counts(import_file(database, file, today=TODAY)) == (1200, 0, 0, 0)
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        assert counts(import_file(database, file, today=TODAY)) == (0, 0, 1200, 0)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    lookups = [s for s in statements if "FROM external_ids" in s]
    # 1,200 ids in slices of 500 (plus the selectin load of the people's ids): a handful, not 1,200.
    assert 3 <= len(lookups) <= 6
    assert len(statements) < 15


BLANKS = DATA / "people_reimport_blanks.csv"


def test_an_empty_cell_never_clears_a_stored_value(database: Database) -> None:
    """people_reimport_blanks.csv gives again people of people_mixed.csv with most cells empty:
    only the filled cells that differ change anything."""
    import_file(database, MIXED, today=TODAY)
    before = snapshot(database)

    report = import_file(database, BLANKS, today=TODAY)

    assert counts(report) == (1, 2, 1, 1)
    after = snapshot(database)
    era1 = after["ERA-001"]
    assert era1["phone"] == "+33698765432"
    # Empty cells: given names, email, departure, language and companions are kept.
    for kept in ("given_names", "email", "departure_date", "preferred_language"):
        assert era1[kept] == before["ERA-001"][kept] is not None, kept
    assert (after["ERA-003"]["preferred_language"], after["ERA-003"]["accompanying_persons"]) == (
        "es",
        2,
    )
    assert after["ERA-003"]["email"] == "maria@example.org"
    assert after["ERA-003"]["departure_date"] == date(2027, 7, 31)
    assert after["ERA-006"] == before["ERA-006"]  # Jean-Pierre is still Jean-Pierre
    assert after["ERA-004"] == before["ERA-004"]  # rejected: see below
    # A new person gets the defaults for the empty cells.
    assert (after["NEW-001"]["preferred_language"], after["NEW-001"]["given_names"]) == ("fr", None)


def test_the_report_names_the_fields_that_change(database: Database) -> None:
    import_file(database, MIXED, today=TODAY)
    report = import_file(database, BLANKS, today=TODAY)
    assert [(row.line, row.fields, row.columns) for row in report.updated_rows] == [
        (2, ("phone",), ("Téléphone",)),
        (3, ("email", "departure_date"), ("Courriel", "Date de départ")),
    ]
    assert [
        (row.line, [str(reason) for reason in row.reasons]) for row in report.rejected_rows
    ] == [
        (
            5,
            [
                "Date de départ: not given, so the departure date on record (2026-12-20) is kept, "
                "but it is before the new arrival date 2027-01-15; give the new departure date"
            ],
        )
    ]


def test_a_dry_run_names_the_same_changes(database: Database) -> None:
    import_file(database, MIXED, today=TODAY)
    before = snapshot(database)
    dry = import_file(database, BLANKS, dry_run=True, today=TODAY)
    assert snapshot(database) == before
    real = import_file(database, BLANKS, today=TODAY)
    assert counts(dry) == counts(real)
    assert dry.updated_rows == real.updated_rows
    assert dry.rejected_rows == real.rejected_rows
