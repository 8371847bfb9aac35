"""Benchmarks of the foundation, on generated data of realistic size.

    .venv/bin/python benchmarks/run.py [--people 100000] [--rows 10000] [--out benchmarks/out]

1. ``welcome-desk demo --people N`` into a new database (the command, as a user runs it; each
   person with a checklist part-way done);
2. ``welcome-desk import`` of a 10,000-row CSV (new people, then the same file again);
3. search at N people, in-process: median and 95th percentile per query;
4. checklists at N people: planning alone, then making all N checklists again in the database;
   the dashboard's queries (overdue steps, expiring permits, this week's arrivals).
Prints a Markdown table for docs/benchmarks.md and writes the raw figures as JSON.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete, select

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.db.journey_models import Checklist, ChecklistStep
from welcome_desk.db.models import Person
from welcome_desk.domain.checklist_plan import plan
from welcome_desk.services.checklists import create_checklists, profile_of
from welcome_desk.services.dashboard import (
    arrivals_between,
    coming_days,
    overdue_count,
    overdue_steps,
    permits_expiring,
)
from welcome_desk.services.demo import generate_people
from welcome_desk.services.demo_progress import AS_OF, journeys_as_of
from welcome_desk.services.search import search
from welcome_desk.services.templates import edition_for, shipped_template

COMMAND = [sys.executable, "-m", "welcome_desk"]
SEARCH_QUERIES = [
    ("one letter", "m"),
    ("two letters", "ng"),
    ("family name prefix", "benm"),
    ("whole family name", "nguyen"),
    ("accented, as typed", "elodie"),
    ("given + family", "amel benmoussa"),
    ("family + given prefix", "dupont ma"),
    ("Chinese character", "王"),
    ("transliterated", "wang"),
    ("Cyrillic", "Шевч"),
    ("external id", "DEMO-004242"),
    ("external id prefix", "DEMO-0042"),
    ("email prefix", "amel."),
    ("internal id", "4242"),
    ("nobody", "zzzzqx"),
]
SEARCH_REPEATS = 30


def timed_command(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [*COMMAND, *args], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def write_import_file(path: Path, rows: int) -> None:
    people = generate_people(rows, seed=7, first_number=500_001)
    columns = [
        "external_id",
        "family_name",
        "given_names",
        "date_of_birth",
        "sex",
        "nationality",
        "email",
        "phone",
        "category",
        "programme",
        "host_unit",
        "arrival_date",
        "departure_date",
        "preferred_language",
        "accompanying_persons",
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for person in people:
            data = person.data.as_dict()
            writer.writerow(
                [f"HR-{person.number}"]
                + ["" if data[c] is None else str(data[c]) for c in columns[1:]]
            )


def bench_demo(folder: Path, people: int) -> dict[str, float]:
    database = folder / "demo.sqlite3"
    seconds = timed_command("--database", str(database), "demo", "--people", str(people))
    return {"people": people, "seconds": seconds, "file_mb": database.stat().st_size / 1e6}


def bench_import(folder: Path, rows: int) -> dict[str, float]:
    source = folder / "arrivals.csv"
    write_import_file(source, rows)
    fresh, again = [], []
    for attempt in range(3):
        database = folder / f"import-{attempt}.sqlite3"
        fresh.append(timed_command("--database", str(database), "import", str(source)))
        again.append(timed_command("--database", str(database), "import", str(source)))
    return {
        "rows": rows,
        "new_median_s": statistics.median(fresh),
        "again_median_s": statistics.median(again),
    }


def bench_search(folder: Path) -> list[dict[str, object]]:
    path = folder / "demo.sqlite3"
    database = Database(resolve_url(str(path), path))
    results = []
    with database.session() as session:
        for label, text in SEARCH_QUERIES:
            search(session, text)  # warm the page cache and the statement cache
            times = []
            for _ in range(SEARCH_REPEATS):
                started = time.perf_counter()
                hits = search(session, text)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            results.append(
                {
                    "query": label,
                    "text": text,
                    "hits": len(hits),
                    "median_ms": statistics.median(times),
                    "p95_ms": times[int(0.95 * (len(times) - 1))],
                }
            )
    database.dispose()
    return results


def timings(action: Callable[[], object], repeats: int) -> dict[str, float]:
    action()  # warm the caches
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"median_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))]}


def bench_checklists(folder: Path) -> dict[str, object]:
    path = folder / "demo.sqlite3"
    database = Database(resolve_url(str(path), path))
    template = shipped_template()
    with database.session() as session:
        people = session.execute(select(Person)).scalars().all()
        profiles = [(p.id, profile_of(p, None)) for p in people]
    started = time.perf_counter()
    planned_steps = sum(len(plan(template, profile)) for _, profile in profiles)
    plan_seconds = time.perf_counter() - started

    with database.writing() as session:
        session.execute(delete(ChecklistStep))
        session.execute(delete(Checklist))
    started = time.perf_counter()
    for start in range(0, len(profiles), 2_000):
        with database.writing() as session:
            edition = edition_for(session, template)
            create_checklists(
                session, profiles[start : start + 2_000], edition, template, journeys_as_of(1)
            )
    make_seconds = time.perf_counter() - started

    today = AS_OF
    with database.session() as session:
        overdue_total = overdue_count(session, today)
        figures: dict[str, object] = {
            "people": len(profiles),
            "steps": planned_steps,
            "plan_s": plan_seconds,
            "make_s": make_seconds,
            "overdue_steps_and_people": overdue_total,
            "overdue_first_200": timings(lambda: overdue_steps(session, today, 200), 20),
            "overdue_count": timings(lambda: overdue_count(session, today), 20),
            "permits_expiring": timings(lambda: permits_expiring(session, today, 120), 20),
            "arrivals_next_7_days": timings(
                lambda: arrivals_between(session, *coming_days(today)), 20
            ),
        }
    database.dispose()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    args = parser.parse_args()
    os.environ.setdefault("WELCOME_DESK_HOME", tempfile.mkdtemp(prefix="wd-bench-home-"))
    with tempfile.TemporaryDirectory(prefix="wd-bench-") as scratch:
        folder = Path(scratch)
        figures = {
            "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}",
            "demo": bench_demo(folder, args.people),
            "import": bench_import(folder, args.rows),
            "search": bench_search(folder),
            "checklists": bench_checklists(folder),
        }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    demo, imp = figures["demo"], figures["import"]
    print(f"demo: {demo['people']:,} people in {demo['seconds']:.1f} s ({demo['file_mb']:.0f} MB)")
    print(
        f"import: {imp['rows']:,} new rows in {imp['new_median_s']:.2f} s; "
        f"same file again in {imp['again_median_s']:.2f} s (median of 3)"
    )
    print("\n| query | text | hits | median ms | p95 ms |\n| --- | --- | ---: | ---: | ---: |")
    for row in figures["search"]:
        print(
            f"| {row['query']} | `{row['text']}` | {row['hits']} | {row['median_ms']:.1f} "
            f"| {row['p95_ms']:.1f} |"
        )
    lists = figures["checklists"]
    print(
        f"\nchecklists: {lists['people']:,} people, {lists['steps']:,} steps; planning "
        f"{lists['plan_s']:.1f} s; making them in the database {lists['make_s']:.1f} s; "
        f"overdue (steps, people) as of {AS_OF}: {lists['overdue_steps_and_people']}"
    )
    for name in ("overdue_first_200", "overdue_count", "permits_expiring", "arrivals_next_7_days"):
        row = lists[name]
        print(f"| {name} | {row['median_ms']:.1f} | {row['p95_ms']:.1f} |")


if __name__ == "__main__":
    main()
