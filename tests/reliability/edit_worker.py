"""The desk's side of test_kill_edits: makes the edits of a plan through the services, one
transaction each, and after each commit appends ``committed N`` to a log file and fsyncs it.

    edit_worker.py DATABASE PLAN.json LOG FIRST
    edit_worker.py serve

Starts at edit FIRST (numbered from 1), prints ``ready PID`` once the database is open and
``done`` at the end of the plan. ``serve`` reads such argument lines (tab-separated) on stdin and
runs each in a process of its own, forked from one that has already imported the program (a
fresh interpreter spends half a second importing it); it prints ``ended PID EXIT-CODE`` when that
process is over (-9 when it was killed with SIGKILL).

Each part of an edit carries the edit's number: the actor ``edit-N`` (in the step history and on
a visit), a visit's notes ``edit N``, a person's new email; a person's edit gives the version it
expects, so a save the database lost would be refused as a conflict.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text
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
    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    path = Path(database_file)
    database = Database(resolve_url(str(path), path))
    with database.session() as session:
        session.execute(text("SELECT count(*) FROM people")).scalar_one()
    with open(log_file, "a", encoding="utf-8") as log:
        print(f"ready {os.getpid()}", flush=True)
        for edit in plan[int(first) - 1 :]:
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


def serve() -> int:
    for line in sys.stdin:
        arguments = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the loop
            code = 1
            try:
                code = main(arguments)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        print(f"ended {pid} {os.waitstatus_to_exitcode(status)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(serve() if sys.argv[1:] == ["serve"] else main(sys.argv[1:]))
