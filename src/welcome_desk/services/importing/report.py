"""What an import did (or, for a dry run, would do): counts, rejected rows and their reasons.

Reasons stay :class:`Message` objects: the command line and the window render them in the staff's
language, the rejects file too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.i18n import Translate

# Counts follow their labels, so that 1 and 2 read alike in every language (no "1 rows").
SUMMARY = N_(
    "{file}: rows read: {rows}; created: {created}; updated: {updated}; unchanged: {unchanged}; "
    "rejected: {rejected}."
)
DRY_RUN_SUMMARY = N_(
    "{file}: dry run, nothing was saved; rows read: {rows}; would be created: {created}; "
    "would be updated: {updated}; unchanged: {unchanged}; rejected: {rejected}."
)
REJECTED_LINE = N_("line {line}: {reasons}")
UPDATED_LINE = N_("line {line}: updated ({columns})")
IGNORED_COLUMNS = N_("Columns not used by the import, ignored: {columns}.")
IGNORED_COLUMNS_AND_MORE = N_(
    "Columns not used by the import, ignored: {columns} … and {more} more."
)
# A warning stays one readable line, even for a file with 20,000 stray columns.
SHOWN_COLUMNS = 10
SHOWN_HEADER_LENGTH = 40
REASON_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row left out of the import: its line, its cells as in the file, and every reason."""

    line: int
    values: tuple[str, ...]
    reasons: tuple[Message, ...]

    def render_reasons(self, translate: Translate) -> str:
        return REASON_SEPARATOR.join(reason.render(translate) for reason in self.reasons)

    def render(self, translate: Translate) -> str:
        """``line 5: reason; reason`` in the staff's language."""
        return translate(REJECTED_LINE).format(
            line=self.line, reasons=self.render_reasons(translate)
        )


@dataclass(frozen=True, slots=True)
class UpdatedRow:
    """A row that changed a person already known: its line, and the fields that change.

    ``fields`` are the fields' names (``email``…), ``columns`` the same as the file's headers name
    them, for the staff.
    """

    line: int
    fields: tuple[str, ...]
    columns: tuple[str, ...]

    def render(self, translate: Translate) -> str:
        """``line 7: updated (email, phone)`` in the staff's language."""
        return translate(UPDATED_LINE).format(line=self.line, columns=", ".join(self.columns))


@dataclass(frozen=True, slots=True)
class ImportReport:
    """The outcome of one import of one file.

    ``headers`` and ``delimiter`` are the file's, so that the rejected rows can be written back in
    the shape the staff know (see :func:`~welcome_desk.services.importing.rejects.write_rejects`).
    ``updated_rows`` names, for each person updated, the fields that change.
    """

    file: Path
    source: str
    dry_run: bool
    headers: tuple[str, ...]
    delimiter: str
    ignored_columns: tuple[str, ...]
    created: int
    updated: int
    unchanged: int
    rejected_rows: tuple[RejectedRow, ...]
    updated_rows: tuple[UpdatedRow, ...] = ()

    @property
    def rejected(self) -> int:
        return len(self.rejected_rows)

    @property
    def rows(self) -> int:
        """Non-blank data rows in the file."""
        return self.created + self.updated + self.unchanged + self.rejected

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged

    def summary(self) -> Message:
        return message(
            DRY_RUN_SUMMARY if self.dry_run else SUMMARY,
            file=str(self.file),
            rows=self.rows,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=self.rejected,
        )

    def warnings(self) -> list[Message]:
        if not self.ignored_columns:
            return []
        return [ignored_columns_message(self.ignored_columns)]


def ignored_columns_message(ignored: tuple[str, ...]) -> Message:
    """The columns left out, the first :data:`SHOWN_COLUMNS` of them (each cut to a readable
    length), and how many more."""
    shown = ", ".join(_shortened(header) for header in ignored[:SHOWN_COLUMNS])
    more = len(ignored) - SHOWN_COLUMNS
    if more > 0:
        return message(IGNORED_COLUMNS_AND_MORE, columns=shown, more=more)
    return message(IGNORED_COLUMNS, columns=shown)


def _shortened(header: str) -> str:
    if len(header) <= SHOWN_HEADER_LENGTH:
        return header
    return header[: SHOWN_HEADER_LENGTH - 1] + "…"
