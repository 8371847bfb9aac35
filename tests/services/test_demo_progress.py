"""Demo journeys: part-way done as of a fixed day, the same for the same seed."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import Checklist, ChecklistStep
from welcome_desk.db.models import ExternalId
from welcome_desk.services.demo import add_demo_people
from welcome_desk.services.demo_progress import AS_OF


def step_states(database: Database) -> list[tuple[str, str, str, date | None]]:
    with database.session() as session:
        rows = session.execute(
            select(ExternalId.value, ChecklistStep.key, ChecklistStep.status, ChecklistStep.done_on)
            .join(Checklist, Checklist.id == ChecklistStep.checklist_id)
            .join(ExternalId, ExternalId.person_id == Checklist.person_id)
            .order_by(ExternalId.value, ChecklistStep.key)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_demo_people_are_part_way_through_their_journey(database: Database) -> None:
    add_demo_people(database, 300, seed=5)
    states = step_states(database)
    people = {row[0] for row in states}
    assert len(people) == 300  # everyone has a checklist
    counts = Counter(row[2] for row in states)
    assert counts["done"] > 0.3 * len(states)
    assert counts["todo"] > 0.2 * len(states)
    assert 0 < counts["blocked"] < 0.05 * len(states)
    assert all(done_on is None or done_on <= AS_OF for *_, done_on in states)
    assert all((status == "done") == (done_on is not None) for _, _, status, done_on in states)


def test_the_same_seed_gives_the_same_journeys(database: Database, databases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from backends import open_database
    from welcome_desk.db.migrate import upgrade

    other = open_database(databases.new())
    upgrade(other, tmp_path / "backups")
    add_demo_people(database, 120, seed=9)
    add_demo_people(other, 120, seed=9)
    assert step_states(database) == step_states(other)
    other.dispose()
