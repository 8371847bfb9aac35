"""Crash safety of imports: ``welcome-desk import`` (one transaction) and ``welcome-desk demo`` (one
transaction per batch) killed with SIGKILL at random moments, as real processes on real files.

After every kill the database must pass ``PRAGMA integrity_check`` (with Python's sqlite3 and with
the program's engine) and hold either nothing of the import or all of it, never a part; a later
run must then work and give the full set. ``WELCOME_DESK_KILLS`` and ``WELCOME_DESK_KILL_ROWS``
(see ``kill_helpers``) make a long run.
"""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from kill_helpers import (
    Killed,
    email_of,
    external_id,
    import_rows,
    is_invalid_row,
    kill_after,
    kill_count,
    needs_sigkill,
    open_database,
    parallel,
    plain_checks,
    program,
    program_checks,
    run_parallel,
    run_to_end,
    spread,
    write_import_file,
)
from sqlalchemy import text

from welcome_desk.cli.context import EXIT_OK, EXIT_REJECTED
from welcome_desk.db.migrate import upgrade
from welcome_desk.services.demo import BATCH_SIZE, generate_people
from welcome_desk.services.demo_people import DEMO_SOURCE, demo_external_id
from welcome_desk.services.people import DEFAULT_SOURCE

pytestmark = needs_sigkill

ROWS = import_rows(1_000)
KILLS = kill_count(20)
# Kills on one database in a row (each kill may interrupt the retry of the one before) before
# an import is let run to its end.
CHAIN = 10
# The people the killed import updates (imported before it); the rest it creates.
ALREADY_THERE = ROWS // 10

DEMO_PEOPLE = BATCH_SIZE + 100  # two transactions: a full batch and a small one
DEMO_KILLS = kill_count(4)
DEMO_CHAIN = 2

_TOTALS = text(
    """
    SELECT
        (SELECT count(*) FROM people),
        (SELECT count(*) FROM external_ids),
        (SELECT count(*) FROM checklists),
        (SELECT count(*) FROM checklist_steps),
        (SELECT count(*) FROM search_keys),
        (SELECT count(*) FROM step_history),
        (SELECT count(*) FROM people p WHERE NOT EXISTS
            (SELECT 1 FROM checklists c WHERE c.person_id = p.id)),
        (SELECT count(*) FROM people p WHERE NOT EXISTS
            (SELECT 1 FROM search_keys k WHERE k.person_id = p.id)),
        (SELECT count(*) FROM checklists c WHERE NOT EXISTS
            (SELECT 1 FROM checklist_steps s WHERE s.checklist_id = c.id))
    """
)
_PEOPLE = text(
    """
    SELECT e.value, p.family_name, p.email, p.version, count(s.id)
    FROM external_ids e
    JOIN people p ON p.id = e.person_id
    LEFT JOIN checklists c ON c.person_id = p.id
    LEFT JOIN checklist_steps s ON s.checklist_id = c.id
    WHERE e.source = :source
    GROUP BY e.id
    """
)


@dataclass(frozen=True)
class State:
    """What an import leaves that can be compared: each person of a source by external id (name,
    email, version, number of checklist steps) and the size of every table involved."""

    people: dict[str, tuple[str, str | None, int, int]]
    totals: tuple[int, ...]

    @property
    def orphans(self) -> tuple[int, ...]:
        """People without a checklist or search keys, checklists without steps: all 0."""
        return self.totals[6:]


def state_of(path: Path, source: str) -> State:
    """The database's state after checking its integrity, both ways."""
    plain_checks(path)
    database = open_database(path)
    try:
        program_checks(database)
        with database.session() as session:
            totals = tuple(session.execute(_TOTALS).one())
            people = {
                row[0]: (row[1], row[2], row[3], row[4])
                for row in session.execute(_PEOPLE, {"source": source})
            }
    finally:
        database.dispose()
    return State(people, totals)


def _fresh_database(path: Path) -> None:
    database = open_database(path)
    try:
        upgrade(database, path.parent / "backups")
    finally:
        database.dispose()
    _assert_closed(path)


def _assert_closed(path: Path) -> None:
    """The last connection checkpointed the log away: the file alone is the whole database."""
    assert not Path(f"{path}-wal").exists()


def _copy(source: Path, target: Path) -> Path:
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def _describe(state: State, before: State, after: State) -> str:
    new = set(after.people) - set(before.people)
    updated = set(before.people)
    return (
        f"half an import: {len(new & set(state.people))} of {len(new)} new people, "
        f"{sum(state.people.get(i) == after.people[i] for i in updated)} of {len(updated)} "
        f"updates; totals {state.totals}, before {before.totals}, after {after.totals}"
    )


@dataclass(frozen=True)
class Outcome:
    killed: Killed
    state: str  # "before" or "after"
    rows_checked: int


def test_an_import_killed_at_any_moment_is_all_or_nothing(tmp_path: Path) -> None:
    today = date.today()
    old_file, new_file = tmp_path / "arrivals-1.csv", tmp_path / "arrivals-2.csv"
    write_import_file(old_file, ALREADY_THERE, edition="old", today=today)
    write_import_file(new_file, ROWS, edition="new", today=today)
    valid = [n for n in range(ROWS) if not is_invalid_row(n)]

    # The database before: a quarter of the people, imported from an earlier list.
    base = tmp_path / "base.sqlite3"
    _fresh_database(base)
    first = run_to_end(program("--database", str(base), "import", "--json", str(old_file)))
    assert first.returncode in (EXIT_OK, EXIT_REJECTED), first.err
    _assert_closed(base)
    before = state_of(base, DEFAULT_SOURCE)
    assert set(before.people) == {external_id(n) for n in valid if n < ALREADY_THERE}
    assert not any(before.orphans)

    # How long the import takes, uncut (as many at once as the kills will run), and what it
    # leaves: every valid row's person, the earlier ones updated.
    def measure(index: int) -> tuple[float, float, float, State]:
        copy = _copy(base, tmp_path / f"measure-{index}.sqlite3")
        empty = run_to_end(
            program("--database", str(copy), "import", str(_one_known_row(tmp_path, index)))
        )
        assert empty.returncode == EXIT_OK, empty.err
        full = run_to_end(program("--database", str(copy), "import", "--json", str(new_file)))
        assert full.returncode == EXIT_REJECTED, full.err
        report = json.loads(full.out)
        assert report["rejected"] == ROWS - len(valid)
        assert report["created"] + report["updated"] == len(valid)
        assert full.first_output is not None  # the report comes once the import is committed
        return empty.seconds, full.first_output, full.seconds, state_of(copy, DEFAULT_SOURCE)

    measured = run_parallel(measure, range(parallel()))
    startup = sum(m[0] for m in measured) / len(measured)
    committed = sum(m[1] for m in measured) / len(measured)
    after = measured[0][3]
    assert all(m[3] == after for m in measured)
    assert set(after.people) == {external_id(n) for n in valid}
    assert all(after.people[external_id(n)][1] == email_of(n, "new") for n in valid)
    assert not any(after.orphans)
    assert after != before

    # Kill moments: a fifth from the start to the end of start-up (reading the file, opening the
    # database), the rest while it writes, up to just after the commit.
    rng = random.Random(20_260_901)
    early = KILLS // 5
    delays = spread(rng, early, 0.05, startup) + spread(
        rng, KILLS - early, startup * 0.9, committed + 0.1
    )
    chains = [delays[start : start + CHAIN] for start in range(0, len(delays), CHAIN)]

    def run_chain(index: int) -> list[Outcome]:
        path = _copy(base, tmp_path / f"chain-{index}.sqlite3")
        outcomes = []
        for delay in chains[index]:
            killed = kill_after(program("--database", str(path), "import", str(new_file)), delay)
            if not killed.killed:
                assert killed.returncode == EXIT_REJECTED, killed.err
            state = state_of(path, DEFAULT_SOURCE)
            if state == before:
                outcomes.append(Outcome(killed, "before", len(after.people)))
            elif state == after:
                outcomes.append(Outcome(killed, "after", len(after.people)))
                _copy(base, path)  # start again from before the import
            else:
                pytest.fail(f"kill after {delay:.3f} s: {_describe(state, before, after)}")
        # Then the same file imported again, to its end: the full set.
        again = run_to_end(program("--database", str(path), "import", "--json", str(new_file)))
        assert again.returncode == EXIT_REJECTED, again.err
        assert state_of(path, DEFAULT_SOURCE) == after
        return outcomes

    outcomes = [o for chain in run_parallel(run_chain, range(len(chains))) for o in chain]
    killed = [o for o in outcomes if o.killed.killed]
    halfway = [o for o in killed if o.state == "before"]
    print(
        f"\nimport of {ROWS} rows killed {len(killed)} times ({len(halfway)} before its commit, "
        f"{len(killed) - len(halfway)} after), {len(outcomes) - len(killed)} runs ended before "
        f"the kill; {sum(o.rows_checked for o in outcomes)} people checked; start-up "
        f"{startup:.2f} s, committed at {committed:.2f} s"
    )
    assert len(killed) >= KILLS * 3 // 4
    assert len(halfway) >= KILLS // 2


def _one_known_row(folder: Path, index: int) -> Path:
    """A list of one person already there: importing it measures start-up (reading the file,
    opening the database, a transaction that changes nothing)."""
    path = folder / f"one-{index}.csv"
    with (folder / "arrivals-1.csv").open(encoding="utf-8") as source:
        path.write_text(source.readline() + source.readline(), encoding="utf-8")
    return path


def _demo_state(path: Path) -> tuple[int, State]:
    """How many demo people there are, after checking they are the first ones, each whole."""
    state = state_of(path, DEMO_SOURCE)
    count = len(state.people)
    assert set(state.people) == {demo_external_id(n) for n in range(1, count + 1)}
    assert not any(state.orphans)
    assert all(steps > 0 for *_, steps in state.people.values())
    return count, state


def test_demo_killed_while_adding_people_keeps_whole_batches(tmp_path: Path) -> None:
    command = ["demo", "--people", str(DEMO_PEOPLE)]
    rng = random.Random(1_000)
    empty = tmp_path / "empty.sqlite3"
    _fresh_database(empty)  # once: migrations are not meant to run in two threads at once

    def run_chain(index: int) -> tuple[int, int]:
        path = _copy(empty, tmp_path / f"demo-{index}.sqlite3")
        uncut = run_to_end(program("--database", str(path), *command))
        assert uncut.returncode == EXIT_OK, uncut.err
        count, _ = _demo_state(path)
        assert count == DEMO_PEOPLE
        # Each run adds a full batch, then a small one: a kill leaves none, the first or both.
        killed = 0
        for delay in spread(rng, DEMO_CHAIN, 0.05, uncut.seconds):
            outcome = kill_after(program("--database", str(path), *command), delay)
            killed += outcome.killed
            if not outcome.killed:
                assert outcome.returncode == EXIT_OK, outcome.err
            added = _demo_state(path)[0] - count
            assert added in (0, BATCH_SIZE, DEMO_PEOPLE), f"kill after {delay:.3f} s: {added} added"
            count += added
        # A run to the end after the kills: the numbering goes on, the people are those of an
        # uncut run (person n depends only on the seed and n).
        final = run_to_end(program("--database", str(path), *command))
        assert final.returncode == EXIT_OK, final.err
        total, state = _demo_state(path)
        assert total == count + DEMO_PEOPLE
        for person in generate_people(total):
            assert state.people[person.external_id][:2] == (
                person.data.family_name,
                person.data.email,
            )
        return killed, total

    chains = run_parallel(run_chain, range(max(1, DEMO_KILLS // DEMO_CHAIN)))
    killed = sum(k for k, _ in chains)
    print(f"\ndemo run killed {killed} times; {sum(t for _, t in chains)} people checked")
    assert killed >= len(chains) * DEMO_CHAIN // 2
