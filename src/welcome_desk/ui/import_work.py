"""What the import dialog does off the GUI thread: read the file, check it, import it, save rejects.

Each function runs in a :class:`~welcome_desk.ui.tasks.Job` and *returns* the outcomes a user
causes (an unusable file, a cancel, a busy or full database, a folder that cannot be written)
instead of raising them: the dialog shows them as messages, and the log keeps no traceback of
them. Only bugs reach the job's ``failed`` signal. Nothing here touches a widget, and nothing
is logged but kinds and counts: a file name or a database error's parameters may hold personal
data.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from welcome_desk.db.engine import Database
from welcome_desk.db.errors import environment_error_message
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.domain.messages import Message
from welcome_desk.domain.roles import NotAllowed
from welcome_desk.i18n import Translate
from welcome_desk.services.importing import (
    ImportCancelled,
    ImportFile,
    ImportFileError,
    ImportReport,
    import_rows,
    open_import_file,
    write_rejects,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class FileRefused:
    """The file cannot be imported at all; ``message`` says why, in words for the staff."""

    message: Message


@dataclass(frozen=True, slots=True)
class ImportStopped:
    """The staff cancelled: the transaction was rolled back, nothing was saved."""


@dataclass(frozen=True, slots=True)
class DatabaseProblem:
    """The database refused the work (busy, read-only, disk full…); nothing was saved."""

    message: Message


@dataclass(frozen=True, slots=True)
class RejectsSaved:
    path: Path


@dataclass(frozen=True, slots=True)
class RejectsNotSaved:
    path: Path
    reason: str


CheckOutcome = ImportReport | ImportStopped | DatabaseProblem


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """Everything an import (or its dry run) needs, gathered on the GUI thread before it starts."""

    database: Database
    file: ImportFile
    source: str
    today: date
    template: ChecklistTemplate
    actor: Actor


def read_file(path: Path) -> ImportFile | FileRefused:
    try:
        return open_import_file(path)
    except ImportFileError as error:
        return FileRefused(error.message)


def run_import(
    request: ImportRequest, *, dry_run: bool, progress: Progress, cancelled: CancelCheck
) -> CheckOutcome:
    """The import of ``request.file``, or its dry run: the same counts, nothing saved."""
    try:
        return import_rows(
            request.database,
            request.file,
            source=request.source,
            dry_run=dry_run,
            today=request.today,
            progress=progress,
            should_cancel=cancelled,
            template=request.template,
            actor=request.actor,
        )
    except ImportCancelled:
        log.info("import%s cancelled, nothing saved", " (dry run)" if dry_run else "")
        return ImportStopped()
    except NotAllowed as error:  # before OSError: NotAllowed is a PermissionError
        log.info("import refused to the role %s", error.actor.role)
        return DatabaseProblem(error.message)
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        problem = environment_error_message(request.database.describe(), error)
        if problem is None:
            raise  # a bug, not the environment: the job reports it as one
        # The kind only: the statement's parameters (names, ids) must not reach the log.
        log.warning("import could not use the database: %s", type(error).__name__)
        return DatabaseProblem(problem)


def save_rejects(
    report: ImportReport, path: Path, translate: Translate
) -> RejectsSaved | RejectsNotSaved:
    try:
        write_rejects(report, path, translate)
    except OSError as error:
        return RejectsNotSaved(path, error.strerror or str(error))
    return RejectsSaved(path)
