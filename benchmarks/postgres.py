"""PostgreSQL beside SQLite, on the same generated data.

    .venv/bin/python benchmarks/postgres.py --server postgresql+psycopg://user@host/postgres \
        [--people 100000] [--source demo.sqlite3] [--out benchmarks/out]

1. a SQLite database of N demo people (``--source`` reuses one), brought to the newest schema;
2. ``welcome-desk migrate-to`` into a new database on the server (created, and dropped after);
3. the statistics of 12 months exported as CSV from both: the files must be identical;
4. search (the queries of ``run.py``) and the statistics' counting, in-process, on both.
Prints Markdown tables for docs/benchmarks.md and writes the raw figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).parent))
from run import SEARCH_QUERIES, SEARCH_REPEATS, timed_command  # noqa: E402

from welcome_desk.db.engine import Database, resolve_url  # noqa: E402
from welcome_desk.services.search import search  # noqa: E402
from welcome_desk.stats.compute import MonthRange, compute  # noqa: E402

COMMAND = [sys.executable, "-m", "welcome_desk"]
MONTHS = ("2025-12", "2026-11")


def admin(server: str):  # type: ignore[no-untyped-def]
    url = make_url(server)
    return create_engine(url, isolation_level="AUTOCOMMIT")


def search_times(database: Database) -> dict[str, tuple[float, float]]:
    found = {}
    with database.session() as session:
        for label, query in SEARCH_QUERIES:
            search(session, query)
            times = []
            for _ in range(SEARCH_REPEATS):
                started = time.perf_counter()
                search(session, query)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            found[label] = (statistics.median(times), times[int(len(times) * 0.95) - 1])
    return found


def stats_time(database: Database) -> float:
    months = MonthRange.parse(*MONTHS)
    runs = []
    for _ in range(3):
        with database.session() as session:
            started = time.perf_counter()
            compute(session, months)
            runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--source")
    parser.add_argument("--out", default="benchmarks/out")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="welcome-desk-pg-"))
    if args.source:
        source = Path(args.source)
    else:
        source = folder / "demo.sqlite3"
        seconds = timed_command("--database", str(source), "demo", "--people", str(args.people))
        print(f"demo: {args.people:,} people in {seconds:.1f} s")
    timed_command("--database", str(source), "search", "x")  # the newest schema
    name = f"welcome_desk_bench_{uuid.uuid4().hex[:8]}"
    engine = admin(args.server)
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    target = make_url(args.server).set(database=name).render_as_string(hide_password=False)
    try:
        started = time.perf_counter()
        copied = subprocess.run(
            [*COMMAND, "--database", str(source), "--lang", "en", "migrate-to", target],
            capture_output=True,
            text=True,
            check=True,
        )
        copy_seconds = time.perf_counter() - started
        print(copied.stdout.strip(), f"({copy_seconds:.1f} s)")
        exports = {}
        for label, where in (("sqlite", str(source)), ("postgresql", target)):
            out = folder / f"stats-{label}.csv"
            started = time.perf_counter()
            subprocess.run(
                [*COMMAND, "--database", where, "stats", "--month", MONTHS[0], "--to",
                 MONTHS[1], "--format", "csv", "-o", str(out)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            exports[label] = (out.read_bytes(), time.perf_counter() - started)
        identical = exports["sqlite"][0] == exports["postgresql"][0]
        print(f"statistics CSV identical on both: {identical}")
        figures: dict[str, object] = {"people": args.people, "copy_s": copy_seconds,
                                      "stats_identical": identical}
        databases = {
            "sqlite": Database(resolve_url(str(source), source)),
            "postgresql": Database(make_url(target)),
        }
        searches = {label: search_times(db) for label, db in databases.items()}
        counting = {label: stats_time(db) for label, db in databases.items()}
        for database in databases.values():
            database.dispose()
        print("\n| query | text | SQLite median / p95 ms | PostgreSQL median / p95 ms |")
        print("| --- | --- | ---: | ---: |")
        for label, query in SEARCH_QUERIES:
            lite, pg = searches["sqlite"][label], searches["postgresql"][label]
            print(f"| {label} | `{query}` | {lite[0]:.1f} / {lite[1]:.1f} | "
                  f"{pg[0]:.1f} / {pg[1]:.1f} |")
        print("\n| statistics, 12 months | SQLite | PostgreSQL |")
        print("| --- | ---: | ---: |")
        print(f"| counting (in-process, median of 3) | {counting['sqlite']:.2f} s | "
              f"{counting['postgresql']:.2f} s |")
        print(f"| `stats --format csv` (the command) | {exports['sqlite'][1]:.2f} s | "
              f"{exports['postgresql'][1]:.2f} s |")
        figures.update(searches=searches, counting=counting,
                       stats_command={k: v[1] for k, v in exports.items()})
        out_folder = Path(args.out)
        out_folder.mkdir(parents=True, exist_ok=True)
        (out_folder / "postgres.json").write_text(json.dumps(figures, indent=2))
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


if __name__ == "__main__":
    main()
