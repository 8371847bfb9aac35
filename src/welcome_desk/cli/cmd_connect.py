"""The 'connect' command: which database this computer's desk opens (its saved setting)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from welcome_desk.cli.context import EXIT_OK, CliContext, CommandError
from welcome_desk.connection_settings import (
    ConnectionSettingsError,
    Source,
    check_database,
    choose_database,
    forget,
    parse_address,
    save,
    saved_address,
    saving_problem,
    settings_file,
)
from welcome_desk.db.engine import DATABASE_VARIABLE, describe_url
from welcome_desk.domain.messages import N_, message
from welcome_desk.i18n import Translate


def add_parsers(subparsers: Any, _: Translate) -> None:
    parser = subparsers.add_parser(
        "connect",
        help=_("choose the database this computer's desk opens"),
        description=_(
            "Save the database this computer's desk opens: a PostgreSQL server shared by "
            "several desks (postgresql+psycopg://user:password@host:5432/name) or a SQLite "
            "file. It is opened first (its tables created or migrated, as at any first use) "
            "and saved only if that works. The address is kept in the user's configuration "
            "without its password; the password goes to the system keyring, never in plain "
            "text. --database and WELCOME_DESK_DATABASE still come first."
        ),
    )
    parser.add_argument("url", metavar="URL|PATH", nargs="?")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--show", action="store_true", help=_("say which database is used and why"))
    choice.add_argument(
        "--local",
        action="store_true",
        help=_("forget the saved database: back to the local file"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    if (args.url is None) == (not args.show and not args.local):
        raise CommandError(message(N_("Give either the database's address, --show or --local.")))
    if args.show:
        return _show(context)
    if args.local:
        return _local(context)
    return _connect(context, args.url)


def _connect(context: CliContext, value: str) -> int:
    _ = context._
    try:
        url = parse_address(value)
    except ConnectionSettingsError as error:
        raise CommandError(error.message) from error
    where = describe_url(url)
    # Refused before the server is touched: nothing is made for a setting that cannot be kept.
    problem = saving_problem(url) or check_database(url, context.paths.backup_dir)
    if problem is not None:
        raise CommandError(problem)
    try:
        save(context.paths, url)
    except ConnectionSettingsError as error:
        raise CommandError(error.message) from error
    if url.password:
        context.say(
            _(
                "This desk now opens {where}; its password is kept in the system keyring. A "
                "window already open keeps its database until it is started again."
            ).format(where=where)
        )
    else:
        context.say(
            _(
                "This desk now opens {where}. A window already open keeps its database until "
                "it is started again."
            ).format(where=where)
        )
    _say_overrides(context)
    return EXIT_OK


def _say_overrides(context: CliContext) -> None:
    """A setting that --database or WELCOME_DESK_DATABASE overrides is said to be."""
    _ = context._
    if context.database_option:
        context.warn(
            _("welcome-desk: --database comes before this setting for the command it is given to.")
        )
    elif os.environ.get(DATABASE_VARIABLE):
        context.warn(
            _(
                "welcome-desk: WELCOME_DESK_DATABASE is set here and comes before this setting; "
                "unset it for the setting to be used."
            )
        )


def _local(context: CliContext) -> int:
    _ = context._
    try:
        removed = forget(context.paths)
    except ConnectionSettingsError as error:
        raise CommandError(error.message) from error
    where = describe_url(parse_address(str(context.paths.database_file)))
    if removed:
        context.say(
            _(
                "This desk now opens the local file {where} again. A window already open keeps "
                "its database until it is started again."
            ).format(where=where)
        )
    else:
        context.say(
            _("No database was saved: this desk opens the local file {where}.").format(where=where)
        )
    _say_overrides(context)
    return EXIT_OK


def _show(context: CliContext) -> int:
    _ = context._
    try:
        chosen = choose_database(context.database_option, context.paths)
        saved = saved_address(context.paths)
    except ConnectionSettingsError as error:
        raise CommandError(error.message) from error
    context.say(describe_url(chosen.url))
    file = str(settings_file(context.paths))
    if chosen.source is Source.OPTION:
        context.say(_("Chosen by --database."))
    elif chosen.source is Source.ENVIRONMENT:
        context.say(_("Chosen by WELCOME_DESK_DATABASE."))
    elif chosen.source is Source.DEFAULT:
        context.say(_("The local file: no other database is saved on this computer."))
    elif chosen.url.password:
        context.say(
            _("Saved in {file}; its password is kept in the system keyring.").format(file=file)
        )
    elif chosen.url.username and chosen.url.host:
        context.say(
            _(
                "Saved in {file}; no password is kept (the server's own authentication, "
                "~/.pgpass or PGPASSWORD)."
            ).format(file=file)
        )
    else:
        context.say(_("Saved in {file}.").format(file=file))
    if saved is not None and chosen.source in (Source.OPTION, Source.ENVIRONMENT):
        context.say(
            _(
                "Saved on this computer (used without --database and WELCOME_DESK_DATABASE): "
                "{where}."
            ).format(where=describe_url(saved))
        )
    return EXIT_OK
