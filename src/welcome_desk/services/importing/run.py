"""The import itself: check each row, create or update its person, all in one transaction.

The same function serves the command line and the window: it reports progress, can be cancelled
(nothing is then saved), and returns an :class:`ImportReport` instead of printing anything.

An import only adds or changes: an empty cell, like a column the file does not have, leaves the
stored value as it is, so that what the desk typed (an email, a phone…) is never erased by a list
that does not know it. The report names the fields that change for each updated person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from welcome_desk.db.engine import Database
from welcome_desk.db.models import ExternalId, Person
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.domain.messages import N_, message
from welcome_desk.domain.roles import NotAllowed, Permission
from welcome_desk.domain.values import clean_text
from welcome_desk.services.checklists import refresh_after_change
from welcome_desk.services.importing.bulk import find_people, load_search_keys
from welcome_desk.services.importing.columns import (
    FIELDS_BY_NAME,
    ColumnMap,
    column_length,
    map_columns,
)
from welcome_desk.services.importing.errors import ImportCancelled
from welcome_desk.services.importing.reader import read_table
from welcome_desk.services.importing.report import ImportReport, RejectedRow, UpdatedRow
from welcome_desk.services.importing.rules import RowChecker, ValidRow
from welcome_desk.services.importing.table import RawRow, RawTable
from welcome_desk.services.people import DEFAULT_SOURCE, PersonData, apply_data, register_many

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# How often (in rows) progress is reported and cancellation checked: often enough for a smooth
# progress bar, rarely enough to cost nothing.
PROGRESS_EVERY = 50
# Writing in slices keeps the pending changes small and makes the progress bar follow the real
# cost (the inserts), not only the checks.
FLUSH_EVERY = 1000
MAX_SOURCE_LENGTH = column_length(ExternalId.__table__.c.source) or 64

_PERSON_FIELDS = tuple(field.name for field in fields(PersonData))

KEPT_DEPARTURE_BEFORE_ARRIVAL = N_(
    "{column}: not given, so the departure date on record ({value}) is kept, but it is before the "
    "new arrival date {arrival}; give the new departure date"
)


@dataclass(frozen=True, slots=True)
class ImportFile:
    """A file read and its columns recognised: what the window can preview before importing."""

    table: RawTable
    columns: ColumnMap

    @property
    def path(self) -> Path:
        return self.table.path

    @property
    def row_count(self) -> int:
        return len(self.table.rows)


@dataclass(slots=True)
class _Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


IMPORT_ACTOR = Actor("import")


def open_import_file(path: Path) -> ImportFile:
    """Read ``path`` and recognise its columns; raises ImportFileError when it is unusable."""
    table = read_table(path)
    return ImportFile(table, map_columns(path, table.headers))


def import_file(
    database: Database,
    path: Path,
    *,
    source: str = DEFAULT_SOURCE,
    dry_run: bool = False,
    today: date | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    template: ChecklistTemplate | None = None,
    actor: Actor = IMPORT_ACTOR,
) -> ImportReport:
    """Import the newcomers of ``path`` (CSV or XLSX); see :func:`import_rows`."""
    return import_rows(
        database,
        open_import_file(path),
        source=source,
        dry_run=dry_run,
        today=today,
        progress=progress,
        should_cancel=should_cancel,
        template=template,
        actor=actor,
    )


def import_rows(
    database: Database,
    file: ImportFile,
    *,
    source: str = DEFAULT_SOURCE,
    dry_run: bool = False,
    today: date | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    template: ChecklistTemplate | None = None,
    actor: Actor = IMPORT_ACTOR,
) -> ImportReport:
    """Check every row of ``file`` and save the valid ones, all in one transaction.

    A person is found again by ``(source, external id)``: importing a file twice updates, never
    duplicates. ``dry_run`` does everything but save, so its counts are exactly those of a real
    import. ``progress(rows_done, rows_total)`` is called from the calling thread as rows are
    done; when ``should_cancel()`` returns True the import stops with :class:`ImportCancelled`
    and nothing is saved. ``today`` (for "born in the future") is there for tests. New people get
    their checklist from ``template`` (the shipped one by default); the checklists of people whose
    details changed are re-planned with their own edition, under ``actor``'s name.
    """
    if not 0 < len(source) <= MAX_SOURCE_LENGTH:
        raise ValueError(f"an import source is 1 to {MAX_SOURCE_LENGTH} characters")
    if not database.actor.can(Permission.IMPORT_PEOPLE):
        raise NotAllowed(database.actor, Permission.IMPORT_PEOPLE)
    checker = RowChecker(
        file.columns, header_width=len(file.table.headers), today=today or date.today()
    )
    provided = frozenset(file.columns.positions)
    if dry_run:
        # A plain session, never committed: no write lock is taken, and whatever apply_data
        # changed in memory is thrown away.
        with database.session() as session, session.no_autoflush:
            saver = _Saver(
                session,
                source=source,
                write=False,
                provided=provided,
                template=template,
                actor=actor,
            )
            try:
                rejected = _run(session, file, checker, saver, progress, should_cancel)
            finally:
                session.rollback()
    else:
        with database.writing() as session:
            saver = _Saver(
                session,
                source=source,
                write=True,
                provided=provided,
                template=template,
                actor=actor,
            )
            rejected = _run(session, file, checker, saver, progress, should_cancel)
    tally = saver.tally
    report = ImportReport(
        file=file.path,
        source=source,
        dry_run=dry_run,
        headers=file.table.headers,
        delimiter=file.table.delimiter,
        ignored_columns=file.columns.ignored,
        created=tally.created,
        updated=tally.updated,
        unchanged=tally.unchanged,
        rejected_rows=tuple(rejected),
        updated_rows=tuple(saver.updates),
    )
    # Counts only: never a name, an id or the file's name (it may be a person's).
    log.info(
        "import%s: %d rows, %d created, %d updated, %d unchanged, %d rejected",
        " (dry run)" if dry_run else "",
        report.rows,
        report.created,
        report.updated,
        report.unchanged,
        report.rejected,
    )
    return report


class _Saver:
    """Creates, updates or leaves alone each valid row's person, and counts which it did.

    New people are kept back and inserted in bulk at each :meth:`flush`; a dry run only counts
    (and names the changed fields, as a real import does).
    """

    def __init__(
        self,
        session: Session,
        *,
        source: str,
        write: bool,
        provided: frozenset[str],
        template: ChecklistTemplate | None,
        actor: Actor,
    ) -> None:
        self.session = session
        self.template = template
        self.actor = actor
        self.source = source
        self.write = write
        self.provided = provided
        self.tally = _Tally()
        self.new: list[tuple[str, PersonData]] = []
        self.changed: list[Person] = []
        self.updates: list[UpdatedRow] = []

    def save(
        self, row: ValidRow, person: Person | None, raw: RawRow, columns: ColumnMap
    ) -> RejectedRow | None:
        """Create or update the row's person; a rejected row when the update cannot be made."""
        if person is None:
            if self.write:
                self.new.append((row.external_id, row.data))
            self.tally.created += 1
            return None
        filled = frozenset(name for name in self.provided if clean_text(columns.value(raw, name)))
        data = _merge(person, row.data, filled)
        if data.departure_date is not None and data.departure_date < data.arrival_date:
            # Only a kept departure can be before the arrival: the rules compared the row's own.
            reason = message(
                KEPT_DEPARTURE_BEFORE_ARRIVAL,
                column=columns.label("departure_date"),
                value=data.departure_date.isoformat(),
                arrival=data.arrival_date.isoformat(),
            )
            return RejectedRow(raw.line, raw.values, (reason,))
        changes = sorted(
            (name for name, value in data.as_dict().items() if getattr(person, name) != value),
            key=lambda name: columns.positions[name],  # only the file's fields can change
        )
        if changes:
            apply_data(person, data)
            self.changed.append(person)
            self.tally.updated += 1
            labels = tuple(columns.label(name) for name in changes)
            self.updates.append(UpdatedRow(raw.line, tuple(changes), labels))
        else:
            self.tally.unchanged += 1
        return None

    def flush(self) -> None:
        if not self.write:
            return
        register_many(self.session, self.new, source=self.source, template=self.template)
        load_search_keys(self.session, self.changed)
        self.session.flush()
        for person in self.changed:
            refresh_after_change(self.session, person.id, self.actor)
        self.new, self.changed = [], []


def _run(
    session: Session,
    file: ImportFile,
    checker: RowChecker,
    saver: _Saver,
    progress: ProgressCallback | None,
    should_cancel: CancelCheck | None,
) -> list[RejectedRow]:
    rows = file.table.rows
    total = len(rows)
    known = find_people(session, saver.source, _file_ids(file))
    rejected: list[RejectedRow] = []
    if progress is not None:
        progress(0, total)
    for done, raw in enumerate(rows, start=1):
        checked = checker.check(raw)
        if isinstance(checked, ValidRow):
            refused = saver.save(checked, known.get(checked.external_id), raw, file.columns)
        else:
            refused = checked
        if refused is not None:
            rejected.append(refused)
        if done % FLUSH_EVERY == 0:
            saver.flush()
        if done % PROGRESS_EVERY == 0 or done == total:
            if should_cancel is not None and should_cancel():
                raise ImportCancelled
            if progress is not None:
                progress(done, total)
    saver.flush()
    return rejected


def _merge(person: Person, data: PersonData, filled: frozenset[str]) -> PersonData:
    """``data`` with the person's current values for every field the row leaves empty.

    Empty means no column in the file or an empty cell: a file without an email column, or with
    the email left blank, must not erase the email typed at the desk; nor does the import know of
    the sub-kinds the staff set. (The defaults of a new person, language "fr" and no accompanying
    person, are not values the row gives either.)
    """
    kept = {name: getattr(person, name) for name in _PERSON_FIELDS if name not in filled}
    return replace(data, **kept) if kept else data


def _file_ids(file: ImportFile) -> set[str]:
    limit = FIELDS_BY_NAME["external_id"].max_length or 0
    ids = {clean_text(file.columns.value(raw, "external_id")) for raw in file.table.rows}
    return {value for value in ids if value and len(value) <= limit}
