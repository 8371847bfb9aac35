"""Crash safety of imports: ``welcome-desk import`` (one transaction, also when it creates the
database) and ``welcome-desk demo`` (one transaction per batch) killed with SIGKILL at random
moments, as real processes on real files: the command started afresh, or a process forked by
``fork_server.py`` that runs the same command without starting Python again.

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
    ForkServer,
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

pytestmark = [
    needs_sigkill,
    pytest.mark.sqlite_only("SIGKILLed writers of SQLite files, checked by PRAGMA integrity_check"),
]

ROWS = import_rows(600)
KILLS = kill_count(20)
# Kills on one database in a row (each kill may interrupt the retry of the one before) before
# an import is let run to its end.
CHAIN = 10
# The people the killed import updates (imported before it); the rest it creates.
ALREADY_THERE = ROWS // 10

CREATION_KILLS = kill_count(4)

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
    fresh: bool  # the welcome-desk command started afresh (else a forked process)
    state: str  # "before" or "after"
    rows_checked: int


def _report(text_: str) -> dict[str, object]:
    """The JSON report in a run's output (which may hold warnings too)."""
    report, _ = json.JSONDecoder().raw_decode(text_[text_.index("{") :])
    return report


def test_an_import_killed_at_any_moment_is_all_or_nothing(tmp_path: Path) -> None:
    today = date.today()
    old_file, new_file = tmp_path / "arrivals-1.csv", tmp_path / "arrivals-2.csv"
    write_import_file(old_file, ALREADY_THERE, edition="old", today=today)
    write_import_file(new_file, ROWS, edition="new", today=today)
    valid = [n for n in range(ROWS) if not is_invalid_row(n)]

    # The database before: a tenth of the people, imported from an earlier list.
    base = tmp_path / "base.sqlite3"
    _fresh_database(base)
    first = run_to_end(program("--database", str(base), "import", str(old_file)))
    assert first.returncode == EXIT_REJECTED, first.err
    _assert_closed(base)
    before = state_of(base, DEFAULT_SOURCE)
    assert set(before.people) == {external_id(n) for n in valid if n < ALREADY_THERE}
    assert not any(before.orphans)

    # The import uncut: how long it takes, and what it leaves (every valid row's person, the
    # earlier ones updated).
    measured = _copy(base, tmp_path / "measured.sqlite3")
    uncut = run_to_end(program("--database", str(measured), "import", "--json", str(new_file)))
    assert uncut.returncode == EXIT_REJECTED, uncut.err
    report = _report(uncut.out)
    assert report["rejected"] == ROWS - len(valid)
    assert report["created"] + report["updated"] == len(valid)
    after = state_of(measured, DEFAULT_SOURCE)
    assert set(after.people) == {external_id(n) for n in valid}
    assert all(after.people[external_id(n)][1] == email_of(n, "new") for n in valid)
    assert not any(after.orphans)
    assert after != before
    per_chain = -(-KILLS // parallel())

    def run_chain(index: int) -> list[Outcome]:
        rng = random.Random(20_260_901 + index)
        path = _copy(base, tmp_path / f"chain-{index}.sqlite3")
        arguments = ["--database", str(path), "import", str(new_file)]
        outcomes = []
        with ForkServer(tmp_path, f"import-{index}") as server:
            # The same import in a forked process (no interpreter to start): its length.
            forked = server.run("cli", arguments)
            assert forked.returncode == EXIT_REJECTED, forked.err
            assert state_of(path, DEFAULT_SOURCE) == after
            _copy(base, path)
            # A fifth of the kills hit the command started afresh, at any moment of its run
            # (starting Python included); the others a forked process: a fifth in the last
            # twentieth of its run (the commit, a few milliseconds, and the exit), the rest from
            # its start to its end. Moments are fractions of the run's length as last seen
            # (with the machine's load it changes): a run that ends before its kill gives the
            # new length, and the kill is tried again, up to three times.
            length = {True: uncut.seconds, False: forked.seconds}
            fresh = round(per_chain / 5)
            last = round(per_chain / 5)
            kills = [(True, f) for f in spread(rng, fresh, 0.0, 1.0)]
            kills += [(False, f) for f in spread(rng, last, 0.95, 1.0)]
            kills += [(False, f) for f in spread(rng, per_chain - fresh - last, 0.0, 1.0)]
            rng.shuffle(kills)

            def attempt(is_fresh: bool, delay: float) -> Outcome:
                if is_fresh:
                    killed = kill_after(program(*arguments), max(0.05, delay))
                else:
                    killed = server.run("cli", arguments, kill_after=delay)
                if not killed.killed:
                    assert killed.returncode == EXIT_REJECTED, killed.err
                    length[is_fresh] = killed.seconds
                state = state_of(path, DEFAULT_SOURCE)
                if state == before:
                    return Outcome(killed, is_fresh, "before", len(after.people))
                if state == after:
                    _copy(base, path)  # start again from before the import
                    return Outcome(killed, is_fresh, "after", len(after.people))
                pytest.fail(f"kill after {delay:.3f} s: {_describe(state, before, after)}")

            for start in range(0, len(kills), CHAIN):
                for is_fresh, fraction in kills[start : start + CHAIN]:
                    for _ in range(3):
                        outcomes.append(attempt(is_fresh, fraction * length[is_fresh]))
                        if outcomes[-1].killed.killed:
                            break
                # Then the same file imported again by the command, to its end: the full set.
                again = run_to_end(program(*arguments))
                assert again.returncode == EXIT_REJECTED, again.err
                assert state_of(path, DEFAULT_SOURCE) == after
                _copy(base, path)
        return outcomes

    outcomes = [o for chain in run_parallel(run_chain, range(parallel())) for o in chain]
    killed = [o for o in outcomes if o.killed.killed]
    halfway = [o for o in killed if o.state == "before"]
    print(
        f"\nimport of {ROWS} rows killed {len(killed)} times ({sum(o.fresh for o in killed)} "
        f"the command started afresh; {len(halfway)} before its commit, "
        f"{len(killed) - len(halfway)} after), {len(outcomes) - len(killed)} runs ended before "
        f"the kill; {sum(o.rows_checked for o in outcomes)} people checked; the import takes "
        f"{uncut.seconds:.2f} s"
    )
    assert len(killed) >= KILLS * 9 // 10
    assert len(halfway) >= KILLS // 2


def test_an_import_killed_while_it_creates_the_database(tmp_path: Path) -> None:
    """The first import into a new file creates the database (its tables, by the migrations) in
    the same run: killed then, the next run must create it and import, as if nothing happened."""
    arrivals = tmp_path / "arrivals.csv"
    write_import_file(arrivals, 50, edition="new", today=date.today())
    valid = {external_id(n) for n in range(50) if not is_invalid_row(n)}
    rng = random.Random(77)

    def command(path: Path) -> list[str]:
        return ["--database", str(path), "--lang", "en", "import", str(arrivals)]

    def wal(path: Path) -> Path:
        # Made when the new file is put in WAL mode, before its tables are created.
        return Path(f"{path}-wal")

    warnings = []
    with ForkServer(tmp_path, "creation") as server:
        probe = tmp_path / "probe.sqlite3"
        uncut = server.run("cli", command(probe), when_exists=wal(probe))
        assert uncut.returncode == EXIT_REJECTED, uncut.err
        assert uncut.appeared is not None
        # From the moment the file is in WAL mode (no tables yet) to the end of the import.
        window = uncut.seconds - uncut.appeared
        killed = 0
        for index, delay in enumerate([0.0, *spread(rng, CREATION_KILLS - 1, 0.0, window)]):
            path = tmp_path / f"new-{index}.sqlite3"
            outcome = server.run("cli", command(path), delay, when_exists=wal(path))
            killed += outcome.killed
            again = server.run("cli", command(path))
            assert again.returncode == EXIT_REJECTED, again.err
            state = state_of(path, DEFAULT_SOURCE)
            assert set(state.people) == valid
            assert not any(state.orphans)
            warnings += [
                f"killed {delay:.3f} s after WAL mode, then: {line}"
                for line in again.err.splitlines()  # (stdout and stderr)
                if "warning" in line
            ]
    print(f"\ndatabase creation killed {killed} times; each created by the next run")
    assert killed >= CREATION_KILLS // 2
    # The run after the kill works, but should not warn about what it is about to repair.
    assert not warnings, "\n".join(warnings)


def _demo_state(path: Path) -> tuple[int, State]:
    """How many demo people there are, after checking they are the first ones, each whole."""
    state = state_of(path, DEMO_SOURCE)
    count = len(state.people)
    assert set(state.people) == {demo_external_id(n) for n in range(1, count + 1)}
    assert not any(state.orphans)
    assert all(steps > 0 for *_, steps in state.people.values())
    return count, state


def test_demo_killed_while_adding_people_keeps_whole_batches(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    _fresh_database(empty)  # once: migrations are not meant to run in two threads at once

    def run_chain(index: int) -> tuple[int, int]:
        rng = random.Random(1_000 + index)
        path = _copy(empty, tmp_path / f"demo-{index}.sqlite3")
        arguments = ["--database", str(path), "demo", "--people", str(DEMO_PEOPLE)]
        with ForkServer(tmp_path, f"demo-{index}") as server:
            uncut = server.run("cli", arguments)
            assert uncut.returncode == EXIT_OK, uncut.err
            count, _ = _demo_state(path)
            assert count == DEMO_PEOPLE
            # Each run adds a full batch, then a small one: a kill leaves none, the first or
            # both, never a part of one. Moments are fractions of the run's length as last seen
            # (see the import's test).
            killed = 0
            length = uncut.seconds
            for fraction in spread(rng, DEMO_CHAIN, 0.0, 1.0):
                for _ in range(3):
                    outcome = server.run("cli", arguments, kill_after=fraction * length)
                    if not outcome.killed:
                        assert outcome.returncode == EXIT_OK, outcome.err
                        length = outcome.seconds
                    added = _demo_state(path)[0] - count
                    assert added in (0, BATCH_SIZE, DEMO_PEOPLE), f"{outcome.delay:.3f} s: {added}"
                    count += added
                    if outcome.killed:
                        killed += 1
                        break
        # The command run to its end after the kills (a hundred more): the numbering goes on,
        # the people are those of an uncut run (person n depends only on the seed and n).
        final = run_to_end(program(*arguments[:-1], "100"))
        assert final.returncode == EXIT_OK, final.err
        total, state = _demo_state(path)
        assert total == count + 100
        for person in generate_people(total):
            assert state.people[person.external_id][:2] == (
                person.data.family_name,
                person.data.email,
            )
        return killed, total

    chains = run_parallel(run_chain, range(max(1, DEMO_KILLS // DEMO_CHAIN)))
    killed = sum(k for k, _ in chains)
    print(f"\ndemo run killed {killed} times; {sum(t for _, t in chains)} people checked")
    assert killed >= len(chains) * DEMO_CHAIN * 3 // 4
