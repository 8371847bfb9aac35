"""One desk of test_conflicts: reads a person, waits a moment as staff typing would, and saves a
new host unit with the version it read; a refused save (another desk saved in between) is
counted, never retried blindly.

    conflict_worker.py DATABASE NAME ROUNDS PEOPLE SEED

Prints one JSON line per attempt: {"person", "value", "read", "saved"} with "saved" the new
version, or null when the save was refused as a conflict (the stored version then given too).
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.domain.actor import Actor
from welcome_desk.services.person_form import PersonConflict, load_person, update_person


def main(arguments: list[str]) -> int:
    where, name, rounds, people, seed = arguments
    database = Database(resolve_url(where, None))  # type: ignore[arg-type]
    database.actor = Actor(name)
    rng = random.Random(int(seed))
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.readline()  # every desk starts at the same moment
    for round_ in range(int(rounds)):
        person_id = rng.randint(1, int(people))
        with database.session() as session:
            data, version = load_person(session, person_id)
        value = f"{name}-{round_}"
        time.sleep(rng.uniform(0, 0.004))  # the staff typing
        outcome: dict[str, object] = {"person": person_id, "value": value, "read": version}
        try:
            with database.writing() as session:
                saved = update_person(
                    session,
                    person_id,
                    replace(data, host_unit=value),
                    expected_version=version,
                    actor=database.actor,
                )
                outcome["saved"] = saved.version
        except PersonConflict as conflict:
            outcome["saved"] = None
            outcome["stored"] = conflict.stored_version
            outcome["theirs"] = conflict.stored.host_unit
            outcome["mine"] = conflict.attempted.host_unit
        sys.stdout.write(json.dumps(outcome) + "\n")
    sys.stdout.flush()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
