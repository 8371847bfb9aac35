"""No silent overwrite between desks: several real processes (``conflict_worker.py``) read the
same few people and save a change made from what they read, at the same moments.

Checked afterwards: each accepted save was made from the version just before it (versions 2, 3, …
without a gap or a repeat); every refused save had really been overtaken, and was told both
values; each person ends with the value of their last accepted save; and the audit trail links
every accepted save to the one before it (each entry's "before" is the previous "after"), so no
change was lost between two others. ``WELCOME_DESK_CONFLICT_ROUNDS`` makes a long run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from welcome_desk.db.engine import Database
from welcome_desk.db.models import Person
from welcome_desk.db.trust_models import AuditEntry
from welcome_desk.domain.person import PersonData
from welcome_desk.services.people import register

WORKER = Path(__file__).with_name("conflict_worker.py")
DESKS = 4
PEOPLE = 3
ROUNDS = int(os.environ.get("WELCOME_DESK_CONFLICT_ROUNDS", "40"))


def run_desks(database: Database) -> list[dict[str, Any]]:
    where = database.url.render_as_string(hide_password=False)
    desks = [
        subprocess.Popen(
            [sys.executable, str(WORKER), where, f"desk-{n}", str(ROUNDS), str(PEOPLE), str(n)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(DESKS)
    ]
    for desk in desks:
        assert desk.stdout is not None and desk.stdout.readline() == "ready\n"
    for desk in desks:  # all start together
        assert desk.stdin is not None
        desk.stdin.write("go\n")
        desk.stdin.flush()
    outcomes = []
    for desk in desks:
        out, _ = desk.communicate(timeout=300)
        assert desk.returncode == 0
        outcomes += [json.loads(line) for line in out.splitlines()]
    return outcomes


def test_desks_saving_the_same_people_never_overwrite_each_other(database: Database) -> None:
    with database.writing() as session:
        for n in range(PEOPLE):
            register(
                session,
                PersonData(
                    family_name=f"Shared{n}",
                    nationality="IT",
                    category="student",
                    arrival_date=date(2026, 9, 1),
                    host_unit="start",
                ),
            )
    outcomes = run_desks(database)
    assert len(outcomes) == DESKS * ROUNDS

    saves: dict[int, list[dict[str, Any]]] = defaultdict(list)
    conflicts = [o for o in outcomes if o["saved"] is None]
    for outcome in outcomes:
        if outcome["saved"] is not None:
            saves[outcome["person"]].append(outcome)
    for person_saves in saves.values():
        person_saves.sort(key=lambda o: o["saved"])
        # Versions 2, 3, … each made from the one before: no save slipped in unseen.
        assert [o["saved"] for o in person_saves] == list(range(2, len(person_saves) + 2))
        assert all(o["read"] == o["saved"] - 1 for o in person_saves)
    for conflict in conflicts:
        assert conflict["stored"] > conflict["read"]  # it had really been overtaken
        assert conflict["mine"] == conflict["value"] and conflict["theirs"] != conflict["mine"]

    with database.session() as session:
        for person in session.scalars(select(Person)):
            assert person.version == len(saves[person.id]) + 1
            expected = saves[person.id][-1]["value"] if saves[person.id] else "start"
            assert person.host_unit == expected
            trail = session.scalars(
                select(AuditEntry.changes)
                .where(
                    AuditEntry.person_id == person.id,
                    AuditEntry.entity == "person",
                    AuditEntry.action == "updated",
                )
                .order_by(AuditEntry.id)
            ).all()
            chain = [json.loads(changes)["host_unit"] for changes in trail]
            assert [after for _, after in chain] == [o["value"] for o in saves[person.id]]
            befores = ["start"] + [after for _, after in chain[:-1]]
            assert [before for before, _ in chain] == befores
    # Four desks on three people: refusals are bound to happen, and each one was caught.
    assert conflicts, "no save was ever overtaken: the test did not make desks collide"
    print(
        f"\nconflicts: {len(outcomes)} saves tried by {DESKS} desks on {PEOPLE} people, "
        f"{len(outcomes) - len(conflicts)} accepted, {len(conflicts)} refused as conflicts"
    )
