"""The statistics as the tidy CSV of the contract: ``month,dimension,value,count``."""

from __future__ import annotations

import csv
import io

from welcome_desk.stats.compute import Statistics
from welcome_desk.stats.safe_cells import csv_text

HEADER = ("month", "dimension", "value", "count")


def stats_csv(stats: Statistics) -> bytes:
    """UTF-8 (no BOM: the contract's readers are programs), comma-separated, CRLF line ends."""
    output = io.StringIO(newline="")
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(HEADER)
    for c in stats.counts:
        writer.writerow([c.month, c.dimension, csv_text(c.value), c.count])
    return output.getvalue().encode("utf-8")
