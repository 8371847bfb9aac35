"""The 'backup' and 'restore' commands, and the daily backup made before work (cli.md).

Both work on the SQLite file itself, without opening it as the program's database first: a
database from a newer version, or a damaged one, can still be copied away or replaced.
"""

from __future__ import annotations

import argparse
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from welcome_desk.cli.asking import confirmed, people
from welcome_desk.cli.context import (
    EXIT_OK,
    EXIT_REJECTED,
    CliContext,
    CommandError,
    database_error_message,
)
from welcome_desk.db import audit
from welcome_desk.db.engine import describe_url, sqlite_file
from welcome_desk.db.migrate import HEAD_REVISION
from welcome_desk.domain.messages import N_, message
from welcome_desk.files import file_error
from welcome_desk.i18n import Translate, locale_name
from welcome_desk.services.backup import (
    BackupError,
    Contents,
    back_up,
    checked_backup,
    daily_backup_safely,
    daily_folder,
    read_contents,
    replace_database,
)

# Commands that may change the data: the daily backup is made before they run (the window
# makes it when it opens).
WRITING_COMMANDS = frozenset({"import", "demo", "step", "replan", "retention", "erase", "accounts"})

NOT_FOR_SERVER_BACKUP = N_(
    "The backup command copies SQLite database files; for PostgreSQL ({where}) use pg_dump."
)
NOT_FOR_SERVER_RESTORE = N_(
    "The restore command replaces SQLite database files; for PostgreSQL ({where}) use "
    "pg_restore or psql."
)
WARNING = N_("warning: {text}")
EXISTS = N_("{path} already exists: a backup never replaces a file; give a new name.")
RESTORE_REFUSED = N_("Cannot restore from {path}: {reason}. The database was not changed.")


def add_parsers(subparsers: Any, _: Translate) -> None:
    backup = subparsers.add_parser(
        "backup",
        help=_("copy the database to a file"),
        description=_(
            "Copy the database to a new file while the desks go on working, then check the "
            "copy (SQLite's integrity check, the program's tables and schema revision)."
        ),
    )
    backup.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=_("the new file (an existing file is never replaced)"),
    )
    backup.set_defaults(run=run_backup)
    restore = subparsers.add_parser(
        "restore",
        help=_("replace the database with a backup"),
        description=_(
            "Check a backup, show what it holds and replace the database with it, after keeping "
            "a copy of the database in the backup folder. Asks for confirmation unless --yes."
        ),
    )
    restore.add_argument("file", metavar="FILE", help=_("a file made by the backup command"))
    restore.add_argument("--yes", action="store_true", help=_("replace without asking"))
    restore.set_defaults(run=run_restore)


# --- what the staff read ------------------------------------------------------------------


def _when(moment: datetime | None) -> str:
    """When the data last changed, in the computer's time zone."""
    return "—" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _size(size: int, language: str) -> str:
    from babel.units import format_unit  # loaded only when a size is shown

    locale = locale_name(language)
    if size >= 1_000_000:
        return format_unit(size / 1_000_000, "digital-megabyte", "short", "#,##0.#", locale)
    return format_unit(max(1, round(size / 1000)), "digital-kilobyte", "short", locale=locale)


# --- the database file --------------------------------------------------------------------


def _database_file(context: CliContext, not_for_server: str) -> Path:
    """The SQLite file these commands work on (a server database is refused: its own tools
    back it up)."""
    url = context.chosen_database().url
    file = sqlite_file(url)
    if file is None:
        if url.get_backend_name() == "sqlite":  # in memory: nothing outlives the command
            raise CommandError(message(N_("There is no database file to work on.")))
        raise CommandError(message(not_for_server, where=describe_url(url)))
    return file


def daily_backup_warning(context: CliContext, database_file: Path | None) -> str | None:
    """Today's automatic backup of ``database_file`` if not made yet, and the rotation; a
    failure is logged and returned in the staff's words, never raised."""
    if database_file is None:  # a server database: its own backups (docs/reliability.md)
        return None
    folder = daily_folder(context.paths.backup_dir, database_file, context.paths.database_file)
    problem = daily_backup_safely(database_file, folder, date.today())
    return None if problem is None else context.render(problem)


def before_command(args: argparse.Namespace, context: CliContext) -> str | None:
    """The daily backup before a command that may change the data; a failure gives the one
    warning line to say (the command goes on). Nothing is made for a database that does not
    exist yet."""
    if args.command not in WRITING_COMMANDS:
        return None
    try:
        url = context.chosen_database().url
    except CommandError:
        return None  # the command itself says what is wrong with the address
    warning = daily_backup_warning(context, sqlite_file(url))
    if warning is None:
        return None
    return f"welcome-desk: {context.render(message(WARNING, text=warning))}"


# --- backup -------------------------------------------------------------------------------


def run_backup(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    database_file = _database_file(context, NOT_FOR_SERVER_BACKUP)
    output = Path(args.output).expanduser()
    if output.is_dir():
        raise CommandError(message(N_("{path} is a folder: give a file name."), path=args.output))
    if not output.parent.is_dir():
        raise CommandError(message(N_("The folder of {path} does not exist."), path=args.output))
    if output.exists():
        raise CommandError(message(EXISTS, path=args.output))
    if not database_file.is_file():
        raise CommandError(
            message(N_("There is no database at {where} to back up."), where=str(database_file))
        )
    try:
        contents = back_up(database_file, output)
    except FileExistsError as error:  # made by someone else since the check above
        raise CommandError(message(EXISTS, path=args.output)) from error
    except BackupError as error:
        raise CommandError(
            message(
                N_("Cannot back up the database {where}: {reason}."),
                where=str(database_file),
                reason=error.reason,
            )
        ) from error
    except sqlite3.Error as error:
        raise CommandError(database_error_message(str(database_file), error)) from error
    except OSError as error:
        raise CommandError(
            file_error(N_("Cannot write {path}: {reason}."), output, error)
        ) from error
    context.say(
        context.render(
            message(
                N_("Backed up {people} ({size}, last change {when}) from {where} to {path}."),
                people=people(contents.people),
                size=_size(contents.size, context.language),
                when=_when(contents.last_change),
                where=str(database_file),
                path=str(output),
            )
        )
    )
    return EXIT_OK


# --- restore ------------------------------------------------------------------------------


def _describe_current(context: CliContext, database_file: Path) -> None:
    where = str(database_file)
    if not database_file.is_file() or database_file.stat().st_size == 0:
        context.say(
            context.render(message(N_("There is no database at {where} yet."), where=where))
        )
        return
    try:
        current = read_contents(database_file)
    except BackupError as error:
        context.say(
            context.render(
                message(
                    N_("The database {where} cannot be read now: {reason}."),
                    where=where,
                    reason=error.reason,
                )
            )
        )
        return
    except sqlite3.Error as error:
        raise CommandError(database_error_message(where, error)) from error
    context.say(
        context.render(
            message(
                N_("The database {where} holds {people} now (last change {when})."),
                where=where,
                people=people(current.people),
                when=_when(current.last_change),
            )
        )
    )


def _confirmed(context: CliContext) -> bool:
    return confirmed(
        context,
        message(
            N_(
                "A restore replaces the whole database: add --yes to confirm it when there "
                "is no terminal to ask on."
            )
        ),
        context._("Replace the database with this backup? [y/N] "),
    )


def _checked_folder(context: CliContext, database_file: Path) -> None:
    """The database's folder: made for the default location, required for a given path."""
    if not context.chosen_database().explicit:
        database_file.parent.mkdir(parents=True, exist_ok=True)
    elif not database_file.parent.is_dir():
        raise CommandError(
            message(N_("The folder of {path} does not exist."), path=str(database_file))
        )


def run_restore(args: argparse.Namespace, context: CliContext) -> int:
    database_file = _database_file(context, NOT_FOR_SERVER_RESTORE)
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CommandError(message(N_("There is no file {path}."), path=args.file))
    if database_file.exists() and source.resolve() == database_file.resolve():
        raise CommandError(message(N_("{path} is the database itself."), path=args.file))
    try:
        source.open("rb").close()
    except OSError as error:
        raise CommandError(
            file_error(N_("Cannot read {path}: {reason}."), source, error)
        ) from error
    _checked_folder(context, database_file)
    try:
        with checked_backup(source, database_file.parent) as checked:
            _describe_backup(context, args.file, checked.contents)
            _describe_current(context, database_file)
            if not args.yes and not _confirmed(context):
                raise CommandError(message(N_("Nothing was restored.")), EXIT_REJECTED)
            kept = replace_database(checked, database_file, context.paths.backup_dir)
    except BackupError as error:
        raise CommandError(message(RESTORE_REFUSED, path=args.file, reason=error.reason)) from error
    except sqlite3.Error as error:
        raise CommandError(database_error_message(str(database_file), error)) from error
    except OSError as error:
        raise CommandError(file_error(RESTORE_REFUSED, source, error)) from error
    context.say(
        context.render(
            message(
                N_("Restored {people} from {path} into {where}."),
                people=people(checked.contents.people),
                path=args.file,
                where=str(database_file),
            )
        )
    )
    if kept is not None:
        context.say(
            context.render(message(N_("The database as it was is kept in {path}."), path=str(kept)))
        )
    if checked.contents.revision != HEAD_REVISION:
        context.database()  # brings an older backup to this version's schema
        context.say(
            context.render(
                message(
                    N_("The restored database was brought from schema revision {old} to {new}."),
                    old=checked.contents.revision,
                    new=HEAD_REVISION,
                )
            )
        )
    _audit_restore(context, source, checked.contents)
    return EXIT_OK


def _audit_restore(context: CliContext, source: Path, contents: Contents) -> None:
    """The restore in the restored database's own trail: who brought it back, from which
    file, and the copy's last change — a restore undoes everything since (erasures too)."""
    try:
        with context.database().writing() as session:
            audit.record(
                session,
                "restored",
                "database",
                changes={
                    "from_file": (None, source.name),
                    "last_change_in_copy": (None, contents.last_change),
                    "people": (None, contents.people),
                },
            )
    except CommandError as error:  # the data is back; say why the trail misses the restore
        context.warn(context.render(message(WARNING, text=context.render(error.message))))
    except (SQLAlchemyError, sqlite3.Error) as error:
        problem = database_error_message(context.database_where(), error)
        context.warn(context.render(message(WARNING, text=context.render(problem))))


def _describe_backup(context: CliContext, path: str, contents: Contents) -> None:
    context.say(
        context.render(
            message(
                N_(
                    "The backup {path} holds {people} ({size}, last change {when}, "
                    "schema revision {revision})."
                ),
                path=path,
                people=people(contents.people),
                size=_size(contents.size, context.language),
                when=_when(contents.last_change),
                revision=contents.revision,
            )
        )
    )
