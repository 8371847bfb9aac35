"""Writing the rejected rows back to a CSV file the staff can correct and import again.

The rows keep the file's own columns, in its order and with its separator, followed by the line
they were on and the reasons. UTF-8 with a BOM, because Excel reads a CSV without one in the
system's code page and would garble every accented name.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from welcome_desk.i18n import Translate
from welcome_desk.services.importing.report import ImportReport

LINE_COLUMN = "line"
REASONS_COLUMN = "reasons"


def write_rejects(report: ImportReport, path: Path, translate: Translate) -> None:
    """Write ``report``'s rejected rows to ``path`` (replaced), reasons in the staff's language.

    Raises OSError when the file cannot be written.
    """
    width = max([len(report.headers), *(len(row.values) for row in report.rejected_rows)])
    padding = [""] * (width - len(report.headers))
    # The rows hold personal data: readable by the owner only, like the database.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(descriptor, "w", encoding="utf-8-sig", newline="") as output:
        writer = csv.writer(output, delimiter=report.delimiter)
        writer.writerow([*report.headers, *padding, LINE_COLUMN, REASONS_COLUMN])
        for row in report.rejected_rows:
            values = [*row.values, *[""] * (width - len(row.values))]
            writer.writerow([*values, row.line, row.render_reasons(translate)])
