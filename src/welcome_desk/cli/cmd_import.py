"""The 'import' command: newcomers from a CSV or XLSX file (format and exit codes: docs/cli.md)."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError, OperationalError

from welcome_desk.cli.context import (
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    CliContext,
    CommandError,
    database_error_message,
)
from welcome_desk.domain.messages import N_, message
from welcome_desk.files import file_error
from welcome_desk.i18n import Translate
from welcome_desk.services.importing import (
    ImportFileError,
    ImportReport,
    RejectedRow,
    UpdatedRow,
    import_rows,
    open_import_file,
    write_rejects,
)
from welcome_desk.services.importing.run import MAX_SOURCE_LENGTH
from welcome_desk.services.people import DEFAULT_SOURCE

BAD_SOURCE = N_("The source name must be 1 to {limit} characters long.")
REJECTS_IS_INPUT = N_("The rejects file must not be the file being imported.")
NO_REJECTS_FOLDER = N_("Cannot write the rejects file {path}: its folder does not exist.")
REJECTS_IS_FOLDER = N_("Cannot write the rejects file {path}: it is a folder.")
REJECTS_UNWRITABLE = N_("Cannot write the rejects file {path}: {reason}.")
REJECTS_WRITTEN = N_("Rejected rows written to {path}.")
WARNING = N_("warning: {text}")


def add_parsers(subparsers: Any, _: Translate) -> None:
    parser = subparsers.add_parser(
        "import",
        help=_("register or update newcomers from a CSV or XLSX file"),
        description=_(
            "Register or update newcomers from a CSV or XLSX file. A person already imported from "
            "the same source with the same id is updated: a filled cell replaces the stored value, "
            "an empty cell or a missing column keeps it (an import never erases what the desk "
            "typed). The report gives the counts first, then each updated line with the fields "
            "that change and each rejected line with its reasons; a dry run shows the same."
        ),
    )
    parser.add_argument("file", metavar="FILE", help=_("CSV file with a header row, or XLSX"))
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=_("check the file and tell what would change, without saving anything"),
    )
    parser.add_argument(
        "--rejects", metavar="OUT.csv", help=_("write the rejected rows and their reasons here")
    )
    parser.add_argument(
        "--source",
        default=DEFAULT_SOURCE,
        metavar="NAME",
        help=_(
            "the system the file's ids come from; ids are unique per source (default: %(default)s)"
        ),
    )
    parser.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    parser.set_defaults(run=run)


def _checked_options(args: argparse.Namespace) -> tuple[str, Path | None]:
    """The source and the rejects file, refused before anything is read or written."""
    source = args.source.strip()
    if not 0 < len(source) <= MAX_SOURCE_LENGTH:
        raise CommandError(message(BAD_SOURCE, limit=MAX_SOURCE_LENGTH))
    rejects = Path(args.rejects) if args.rejects else None
    if rejects is not None:
        _check_rejects_path(rejects, Path(args.file))
    return source, rejects


def _check_rejects_path(rejects: Path, imported: Path) -> None:
    """Refuse a rejects file that could not be written, before anything is read or imported.

    The rejects are written after the import is committed: a path found unusable only then would
    leave the staff with the rows imported and no list of those to correct. Nothing is left behind
    by the check: an existing file is opened without being emptied, and a folder is tried with a
    nameless temporary file.
    """
    if rejects.resolve() == imported.resolve():
        raise CommandError(message(REJECTS_IS_INPUT))
    if rejects.is_dir():
        raise CommandError(message(REJECTS_IS_FOLDER, path=str(rejects)))
    folder = rejects.resolve().parent
    if not folder.is_dir():
        raise CommandError(message(NO_REJECTS_FOLDER, path=str(rejects)))
    try:
        if rejects.exists():
            os.close(os.open(rejects, os.O_WRONLY))
        else:
            tempfile.TemporaryFile(dir=folder).close()
    except OSError as error:
        raise CommandError(file_error(REJECTS_UNWRITABLE, rejects, error)) from error


def run(args: argparse.Namespace, context: CliContext) -> int:
    source, rejects = _checked_options(args)
    try:
        # The file is read before the database is opened: a mistyped name creates nothing.
        file = open_import_file(Path(args.file))
    except ImportFileError as error:
        raise CommandError(error.message, EXIT_USAGE) from error
    template = context.checklist_template()
    database = context.database()
    try:
        report = import_rows(
            database,
            file,
            source=source,
            dry_run=args.dry_run,
            template=template,
            actor=context.actor,
        )
    except (OperationalError, DatabaseError, sqlite3.Error) as error:
        raise CommandError(database_error_message(database.describe(), error)) from error
    for warning in report.warnings():
        context.warn(context.render(message(WARNING, text=context.render(warning))))
    if args.json:
        context.say(json.dumps(_as_json(report, context._), ensure_ascii=False, indent=2))
    else:
        _print_report(report, context)
    if rejects is not None:
        _write_rejects(report, rejects, context, quiet=args.json)
    return EXIT_REJECTED if report.rejected else EXIT_OK


def _write_rejects(report: ImportReport, path: Path, context: CliContext, *, quiet: bool) -> None:
    try:
        write_rejects(report, path, context._)
    except OSError as error:
        raise CommandError(file_error(REJECTS_UNWRITABLE, path, error)) from error
    if not quiet:
        context.say(context.render(message(REJECTS_WRITTEN, path=str(path))))


def _print_report(report: ImportReport, context: CliContext) -> None:
    """The summary, then the updated and the rejected rows in the order of the file."""
    context.say(context.render(report.summary()))
    rows: list[UpdatedRow | RejectedRow] = [*report.updated_rows, *report.rejected_rows]
    for row in sorted(rows, key=lambda row: row.line):
        context.say(row.render(context._))


def _as_json(report: ImportReport, translate: Translate) -> dict[str, Any]:
    return {
        "file": str(report.file),
        "source": report.source,
        "dry_run": report.dry_run,
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "rejected": report.rejected,
        "ignored_columns": list(report.ignored_columns),
        "updates": [{"line": row.line, "fields": list(row.fields)} for row in report.updated_rows],
        "rejections": [
            {
                "line": row.line,
                "reasons": [reason.render(translate) for reason in row.reasons],
            }
            for row in report.rejected_rows
        ],
    }
