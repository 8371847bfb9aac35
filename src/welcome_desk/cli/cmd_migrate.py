"""The 'migrate-to' command: copy this database into an empty one (cli.md), typically a desk's
SQLite file into the PostgreSQL server several desks will share."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy.exc import ArgumentError

from welcome_desk.cli.context import EXIT_OK, EXIT_REJECTED, CliContext, CommandError
from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.domain.messages import N_, message
from welcome_desk.i18n import Translate
from welcome_desk.services.transfer import TransferError, copy_database

PROGRESS_FROM = 20_000  # rows of a table from which its progress is said


def add_parsers(subparsers: Any, _: Translate) -> None:
    parser = subparsers.add_parser(
        "migrate-to",
        help=_("copy this database into an empty one"),
        description=_(
            "Copy every row of this database (people, journeys, records, accounts, audit trail, "
            "settings) into an empty database, e.g. a PostgreSQL server's "
            "(postgresql+psycopg://user@host/name; the password from ~/.pgpass or PGPASSWORD). "
            "The copy is one transaction, checked by counting each table's rows on both sides; "
            "this database is left as it is."
        ),
    )
    parser.add_argument("url", metavar="URL")
    parser.set_defaults(run=run)


def _target(context: CliContext, value: str) -> Database:
    try:
        url = resolve_url(value, Path(value))
    except ArgumentError as error:
        raise CommandError(
            message(
                N_("The database address {where} is not one this program can use."), where=value
            )
        ) from error
    return context.open_database(url)


def run(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    source = context.database()
    target = _target(context, args.url)
    said: set[str] = set()

    def progress(table: str, done: int, total: int) -> None:
        if total >= PROGRESS_FROM and table not in said:
            said.add(table)
            context.warn(_("Copying {table}: {total} rows…").format(table=table, total=total))

    try:
        report = copy_database(source, target, progress=progress)
    except TransferError as error:
        raise CommandError(error.message, EXIT_REJECTED) from error
    finally:
        target.dispose()
    context.say(
        _(
            "People copied: {people} ({rows} rows in {tables} tables) into {where}; every "
            "table's rows counted on both sides."
        ).format(
            people=report.people,
            rows=report.rows,
            tables=len(report.counts),
            where=target.describe(),
        )
    )
    return EXIT_OK
