"""Importing newcomers from CSV or XLSX files (see docs/cli.md for the format).

``import_file`` is the one entry point for the command line and the window; ``open_import_file``
and ``import_rows`` split it for a window that previews the file before importing.
"""

from welcome_desk.services.importing.bulk import find_people
from welcome_desk.services.importing.errors import ImportCancelled, ImportFileError
from welcome_desk.services.importing.rejects import write_rejects
from welcome_desk.services.importing.report import ImportReport, RejectedRow, UpdatedRow
from welcome_desk.services.importing.run import (
    CancelCheck,
    ImportFile,
    ProgressCallback,
    import_file,
    import_rows,
    open_import_file,
)

__all__ = [
    "CancelCheck",
    "ImportCancelled",
    "ImportFile",
    "ImportFileError",
    "ImportReport",
    "ProgressCallback",
    "RejectedRow",
    "UpdatedRow",
    "find_people",
    "import_file",
    "import_rows",
    "open_import_file",
    "write_rejects",
]
