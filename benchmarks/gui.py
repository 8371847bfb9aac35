"""Window benchmarks on a large register (a database made by ``demo``):

    .venv/bin/python benchmarks/gui.py --database demo100k.sqlite3 [--runs 7]

1. start-up to a usable window: ``welcome-desk gui --smoke-test`` (the dashboard and the people
   list show data), median of several runs, beside a bare PySide6 window's start;
2. keystroke to results: type a name in the search field, time from the last key to the
   results shown (including the 120 ms pause the field waits for more typing).
Runs offscreen (no screen needed). Prints Markdown for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = """
import time; started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([]); label = QLabel("ready"); label.show()
from PySide6.QtCore import QTimer
def done():
    print(f"ready in {round((time.perf_counter() - started) * 1000)} ms"); app.quit()
QTimer.singleShot(0, done); app.exec()
"""
QUERIES = ["nguyen", "benm", "wang", "elodie", "王", "DEMO-004242", "martin s"]


def run_ms(command: list[str]) -> float:
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("ready in"))
    return float(line.split()[2])


def wall_ms(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    return (time.perf_counter() - started) * 1000


def startup(database: Path, runs: int) -> dict[str, float]:
    app = [sys.executable, "-m", "welcome_desk", "--database", str(database), "gui", "--smoke-test"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    app_ready = [run_ms(app) for _ in range(runs)]
    app_wall = [wall_ms(app) for _ in range(runs)]
    bare_ready = [run_ms(bare) for _ in range(runs)]
    bare_wall = [wall_ms(bare) for _ in range(runs)]
    return {
        "desk_ready_ms": statistics.median(app_ready),
        "desk_process_ms": statistics.median(app_wall),
        "bare_ready_ms": statistics.median(bare_ready),
        "bare_process_ms": statistics.median(bare_wall),
    }


def keystrokes(database: Path, repeats: int) -> list[dict[str, object]]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from welcome_desk.db.engine import Database, resolve_url
    from welcome_desk.domain.actor import Actor
    from welcome_desk.services.templates import shipped_template
    from welcome_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = Database(resolve_url(str(database), database))
    window = MainWindow(
        database=db,
        language="en",
        actor=Actor("bench"),
        template=shipped_template(),
        today=lambda: date(2026, 11, 16),
    )
    window.show()

    def wait_shown() -> None:
        loop = QEventLoop()
        window.people_shown.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        window.people_shown.disconnect(loop.quit)

    results = []
    for query in QUERIES:
        times = []
        for _ in range(repeats):
            window.search_field.clear()
            wait_shown()
            window.search_field.setText(query[:-1])
            wait_shown()
            started = time.perf_counter()
            window.search_field.insert(query[-1])  # the last key (any script)
            wait_shown()
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        results.append(
            {
                "query": query,
                "rows": window.model.rowCount(),
                "median_ms": statistics.median(times),
                "p95_ms": times[int(0.95 * (len(times) - 1))],
            }
        )
    window.close()
    db.dispose()
    del app
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    figures = startup(args.database, args.runs)
    print(
        f"start-up (median of {args.runs}): desk ready in {figures['desk_ready_ms']:.0f} ms "
        f"(whole process {figures['desk_process_ms']:.0f} ms); bare PySide6 window ready in "
        f"{figures['bare_ready_ms']:.0f} ms (whole process {figures['bare_process_ms']:.0f} ms)"
    )
    print("\n| typed | rows shown | median ms | p95 ms |\n| --- | ---: | ---: | ---: |")
    for row in keystrokes(args.database, 10):
        print(
            f"| `{row['query']}` | {row['rows']} | {row['median_ms']:.0f} | {row['p95_ms']:.0f} |"
        )


if __name__ == "__main__":
    main()
