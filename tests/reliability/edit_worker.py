"""The desk's side of test_kill_edits: makes the edits of a plan through the services, one
transaction each, and after each commit appends ``committed N`` to a log file and fsyncs it.

    edit_worker.py DATABASE PLAN.jsonl LOG FIRST

The plan has one edit a line, as JSON. Starts at edit FIRST (numbered from 1) and prints
``done`` at the end of the plan. The tests run it in processes forked by ``fork_server.py``.

Each part of an edit carries the edit's number: the actor ``edit-N`` (in the step history and on
a visit), a visit's notes ``edit N``, a person's new email; a person's edit gives the version it
expects, so a save the database lost would be refused as a conflict.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.domain.actor import Actor
from welcome_desk.services.checklists import set_status
from welcome_desk.services.person_form import load_person, update_person
from welcome_desk.services.records import record_visit


def apply(session: Session, part: dict[str, Any], number: int) -> None:
    actor = Actor(f"edit-{number}")
    if part["kind"] == "status":
        status = part["status"]
        reason = f"edit {number}" if status == "blocked" else None
        set_status(session, part["step"], status, actor, today=date.today(), reason=reason)
    elif part["kind"] == "person":
        data, _ = load_person(session, part["person"])
        changed = replace(data, email=part["email"], host_unit=part["host_unit"])
        update_person(
            session, part["person"], changed, expected_version=part["version"], actor=actor
        )
    elif part["kind"] == "visit":
        record_visit(session, part["person"], part["purposes"], actor, notes=f"edit {number}")
    else:
        raise ValueError(part["kind"])


def main(arguments: list[str]) -> int:
    database_file, plan_file, log_file, first = arguments
    path = Path(database_file)
    database = Database(resolve_url(str(path), path))
    with open(plan_file, encoding="utf-8") as plan, open(log_file, "a", encoding="utf-8") as log:
        for line in itertools.islice(plan, int(first) - 1, None):
            edit = json.loads(line)
            number = edit["n"]
            with database.writing() as session:
                for part in edit["parts"]:
                    apply(session, part, number)
            log.write(f"committed {number}\n")
            log.flush()
            os.fsync(log.fileno())
    database.dispose()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
