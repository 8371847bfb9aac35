"""Benchmarks of the welcome packs, on generated data.

    .venv/bin/python benchmarks/packs.py [--people 3000] [--batch 200] [--out benchmarks/out]

1. ``welcome-desk demo --people N`` into a new database (each person with a checklist part-way
   done);
2. one pack in-process for a Latin (fr), an Arabic and a Chinese pack: the first one (fonts and
   catalogs loaded) and the median of ten more; pages and size of each;
3. a batch of B packs (the people arriving first, each in their own language) with
   ``make_packs`` on 1 process, then on 2 (``--jobs``), as ``welcome-desk packs`` runs it.
Prints a Markdown table for docs/benchmarks.md and writes the raw figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.db.models import Person
from welcome_desk.packs.batch import make_packs
from welcome_desk.packs.build import make_person_pack
from welcome_desk.packs.content import load_content


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")


def one_pack(database: Database, person_id: int, language: str) -> dict[str, float]:
    content = load_content()
    started = time.perf_counter()
    first = make_person_pack(database, person_id, language=language, content=content)
    cold = time.perf_counter() - started
    times = []
    for _ in range(10):
        started = time.perf_counter()
        make_person_pack(database, person_id, language=language, content=content)
        times.append(time.perf_counter() - started)
    return {
        "first_s": round(cold, 3),
        "median_s": round(statistics.median(times), 3),
        "pages": _pages(first.pdf),
        "size_kb": round(len(first.pdf) / 1024),
    }


def batch(url: URL, ids: list[int], jobs: int, folder: Path) -> dict[str, float]:
    folder.mkdir()
    started = time.perf_counter()
    result = make_packs(url, ids, folder, jobs=jobs)
    elapsed = time.perf_counter() - started
    assert not result.failed, result.failed
    size = sum(path.stat().st_size for path in result.written)
    return {
        "jobs": jobs,
        "packs": len(result.written),
        "seconds": round(elapsed, 1),
        "packs_per_s": round(len(result.written) / elapsed, 2),
        "total_mb": round(size / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    args = parser.parse_args()
    figures: dict[str, object] = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "people": args.people,
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "desk.sqlite3"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "welcome_desk",
                "--database",
                str(path),
                "demo",
                "--people",
                str(args.people),
            ],
            check=True,
            capture_output=True,
        )
        database = Database(resolve_url(str(path), path))
        with database.session() as session:
            ids = list(
                session.scalars(
                    select(Person.id).order_by(Person.arrival_date, Person.id).limit(args.batch)
                )
            )
        person_id = ids[0]
        figures["one_pack"] = {
            language: one_pack(database, person_id, language) for language in ("fr", "ar", "zh")
        }
        database.dispose()
        figures["batch"] = [
            batch(resolve_url(str(path), path), ids, jobs, Path(folder) / f"jobs-{jobs}")
            for jobs in (1, 2)
        ]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "packs.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    print(f"Machine: {figures['machine']}; database of {args.people} demo people\n")
    print("| one pack, in-process | first (fonts, catalogs) | median of 10 | pages | size |")
    print("| --- | --- | --- | --- | --- |")
    for language, row in figures["one_pack"].items():  # type: ignore[attr-defined]
        print(
            f"| {language} | {row['first_s']} s | {row['median_s']} s | {row['pages']} | "
            f"{row['size_kb']} KB |"
        )
    print("\n| batch | processes | time | packs/s | total size |")
    print("| --- | --- | --- | --- | --- |")
    for row in figures["batch"]:  # type: ignore[attr-defined]
        print(
            f"| {row['packs']} packs | {row['jobs']} | {row['seconds']} s | "
            f"{row['packs_per_s']} | {row['total_mb']} MB |"
        )


if __name__ == "__main__":
    main()
