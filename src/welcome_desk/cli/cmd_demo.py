"""The 'demo' command: fill the database with realistic fictitious newcomers (docs/cli.md)."""

from __future__ import annotations

import argparse
import sqlite3
from typing import Any

from sqlalchemy.exc import DatabaseError, OperationalError

from welcome_desk.cli.context import EXIT_OK, CliContext, CommandError, database_error_message
from welcome_desk.domain.messages import N_, message
from welcome_desk.i18n import Translate
from welcome_desk.services.demo import (
    DEFAULT_PEOPLE,
    DEFAULT_SEED,
    MAX_PEOPLE,
    DemoDataError,
    add_demo_people,
)
from welcome_desk.services.demo_loading import shipped_catalogue

BAD_PEOPLE = N_("--people must be a whole number from 1 to {limit}, not '{value}'.")
BAD_SEED = N_("--seed must be a whole number, not '{value}'.")
DAMAGED_DATA = N_("The demo data of this installation is damaged: {reason}")
PROGRESS = N_("{done} of {total} demo people added…")
ADDED_ONE = N_("Added 1 demo person.")
ADDED_MANY = N_("Added {count} demo people.")
INTERRUPTED = N_("Interrupted: the {count} demo people added before it are kept.")
EXIT_INTERRUPTED = 130

# Below this many people the command is quick enough to say nothing until it is done.
PROGRESS_FROM = 10_000
PROGRESS_STEPS = 10


def add_parsers(subparsers: Any, _: Translate) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=_("fill the database with realistic fictitious newcomers"),
        description=_(
            "Add fictitious newcomers (names in their own scripts, nationalities, categories, "
            "programmes, host units and arrival waves like those of a large French university). "
            "Each run ADDS people: their external ids (source 'demo') continue after the "
            "highest DEMO-… id already in the database. Person n is always the same for a given "
            "seed, so adding 100 and then 100 more gives the same people as adding 200."
        ),
    )
    parser.add_argument(
        "--people",
        default=str(DEFAULT_PEOPLE),
        metavar="N",
        help=_("how many people to add, 1 to {limit} (default: {default})").format(
            limit=MAX_PEOPLE, default=DEFAULT_PEOPLE
        ),
    )
    parser.add_argument(
        "--seed",
        default=str(DEFAULT_SEED),
        metavar="S",
        help=_("a whole number; the same seed gives the same people (default: {default})").format(
            default=DEFAULT_SEED
        ),
    )
    parser.set_defaults(run=run)


def _whole_number(text: str) -> int | None:
    value = text.strip()
    digits = value.removeprefix("-")
    return int(value) if digits.isascii() and digits.isdigit() else None


def run(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    count = _whole_number(args.people)
    if count is None or not 1 <= count <= MAX_PEOPLE:
        raise CommandError(message(BAD_PEOPLE, limit=MAX_PEOPLE, value=args.people))
    seed = _whole_number(args.seed)
    if seed is None:
        raise CommandError(message(BAD_SEED, value=args.seed))
    try:
        # Read before the database is opened: a damaged installation creates nothing.
        catalogue = shipped_catalogue()
    except DemoDataError as error:
        raise CommandError(message(DAMAGED_DATA, reason=str(error))) from error
    template = context.checklist_template()
    database = context.database()
    reported = 0
    saved = 0

    def progress(done: int, total: int) -> None:
        nonlocal reported, saved
        saved = done
        step = done * PROGRESS_STEPS // total
        if total >= PROGRESS_FROM and step > reported and done < total:
            reported = step
            context.warn(_(PROGRESS).format(done=done, total=total))

    try:
        result = add_demo_people(
            database, count, seed=seed, progress=progress, catalogue=catalogue, template=template
        )
    except (OperationalError, DatabaseError, sqlite3.Error) as error:
        raise CommandError(database_error_message(database.describe(), error)) from error
    except KeyboardInterrupt:
        # Each batch is its own transaction: say what stays.
        context.warn(_(INTERRUPTED).format(count=saved))
        return EXIT_INTERRUPTED
    if result.added == 1:
        context.say(_(ADDED_ONE))
    else:
        context.say(_(ADDED_MANY).format(count=result.added))
    return EXIT_OK
