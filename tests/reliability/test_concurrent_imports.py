"""Two desks importing the same arrival list at the same moment, as two real processes: each
person is there once, with one checklist, and the second import reads as "unchanged" what the
first saved — on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from kill_helpers import is_invalid_row, program, write_import_file
from sqlalchemy import func, select

from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import Checklist
from welcome_desk.db.models import ExternalId, Person

ROWS = 600


def test_two_imports_of_the_same_file_at_once_never_duplicate_a_person(
    database: Database, database_url: str, tmp_path: Path
) -> None:
    arrivals = tmp_path / "arrivals.csv"
    write_import_file(arrivals, ROWS, edition="first", today=date(2026, 11, 22))
    valid = sum(1 for n in range(ROWS) if not is_invalid_row(n))
    desks = [
        subprocess.Popen(
            program("--database", database_url, "--lang", "en", "import", str(arrivals)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [desk.communicate(timeout=600) for desk in desks]
    # Both ran (exit 1: the file's few invalid rows are reported, as the contract says).
    assert [desk.returncode for desk in desks] == [1, 1], results
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == valid
        ids = session.scalars(select(ExternalId.value)).all()
        assert len(ids) == len(set(ids)) == valid
        per_person = session.execute(
            select(Checklist.person_id, func.count()).group_by(Checklist.person_id)
        ).all()
        assert len(per_person) == valid and {count for _, count in per_person} == {1}
    outputs = " ".join(out for out, _ in results)
    # One of them created everyone; the other found them all already there, unchanged.
    assert f"created: {valid}; updated: 0; unchanged: 0" in outputs, outputs
    assert f"created: 0; updated: 0; unchanged: {valid}" in outputs, outputs
