"""Benchmarks of the monthly statistics, on generated data.

    .venv/bin/python benchmarks/stats.py [--people 100000] [--database PATH] [--out benchmarks/out]

A database of N demo people (``welcome-desk demo``, unless ``--database`` names one already
made), then the 12 months from September 2025: computing the statistics in-process, and each
export (CSV, XLSX, PDF) from them, and the ``stats`` command end to end for each format.
Prints a Markdown table for docs/benchmarks.md and writes the raw figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.i18n import translator
from welcome_desk.stats.compute import MonthRange, compute
from welcome_desk.stats.exports import FORMATS, export

FIRST, LAST = "2025-09", "2026-08"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--database", type=Path)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.database or Path(folder) / "desk.sqlite3"
        if args.database is None:
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
        months = MonthRange.parse(FIRST, LAST)
        started = time.perf_counter()
        with database.session() as session:
            stats = compute(session, months)
        figures: dict[str, object] = {
            "people": args.people,
            "arrivals": len(stats.arrivals),
            "rows": len(stats.counts),
            "compute_s": round(time.perf_counter() - started, 2),
        }
        database.dispose()
        for form in FORMATS:
            started = time.perf_counter()
            content = export(stats, form, translator("fr"), "fr")
            figures[f"{form}_s"] = round(time.perf_counter() - started, 2)
            figures[f"{form}_kb"] = round(len(content) / 1024)
            out = Path(folder) / f"stats.{form}"
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "welcome_desk",
                    "--database",
                    str(path),
                    "stats",
                    "--month",
                    FIRST,
                    "--to",
                    LAST,
                    "--format",
                    form,
                    "-o",
                    str(out),
                ],
                check=True,
                capture_output=True,
            )
            figures[f"{form}_command_s"] = round(time.perf_counter() - started, 2)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "stats.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    print(
        f"{figures['people']} people; 12 months {FIRST} to {LAST}: {figures['arrivals']} "
        f"arrivals, {figures['rows']} CSV rows; compute {figures['compute_s']} s\n"
    )
    print("| format | export in-process | size | `stats` command, end to end |")
    print("| --- | ---: | ---: | ---: |")
    for form in FORMATS:
        print(
            f"| {form} | {figures[f'{form}_s']} s | {figures[f'{form}_kb']} KB | "
            f"{figures[f'{form}_command_s']} s |"
        )


if __name__ == "__main__":
    main()
