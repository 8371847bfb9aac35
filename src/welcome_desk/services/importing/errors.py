"""Why a whole import stops: the file cannot be used, or the staff cancelled it.

Row problems are not errors: they are reasons in the report, and the other rows are imported.
"""

from __future__ import annotations

from welcome_desk.domain.messages import N_, Message

# Shared by the CSV and the XLSX reader.
NOT_A_TABLE = N_("The file {file} is not a CSV or XLSX file.")
NO_HEADER = N_("The file {file} is empty: it has no header row.")


class ImportFileError(Exception):
    """The file cannot be imported at all (missing, unreadable, not a table, columns missing).

    Carries a :class:`Message` so that the command line and the window can show it in the staff's
    language.
    """

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


class ImportCancelled(Exception):
    """The staff cancelled the import; its transaction was rolled back, nothing was saved."""
