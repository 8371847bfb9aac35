"""The ``welcome-desk`` command: the window by default, sub-commands for headless jobs (cli.md)."""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from sqlalchemy.exc import DBAPIError

from welcome_desk import __version__
from welcome_desk.cli import (
    cmd_accounts,
    cmd_audit,
    cmd_backup,
    cmd_connect,
    cmd_demo,
    cmd_gui,
    cmd_import,
    cmd_journey,
    cmd_migrate,
    cmd_pack,
    cmd_privacy,
    cmd_search,
    cmd_show,
    cmd_stats,
)
from welcome_desk.cli.context import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, CliContext, CommandError
from welcome_desk.db.errors import environment_error_message
from welcome_desk.domain.roles import NotAllowed
from welcome_desk.i18n import UI_LANGUAGES, Translate, default_ui_language, translator
from welcome_desk.logging_setup import configure as configure_logging
from welcome_desk.logging_setup import log_failure

log = logging.getLogger(__name__)

# Each module adds its sub-commands with add_parsers(subparsers, _) and runs them with run().
COMMAND_MODULES: tuple[ModuleType, ...] = (
    cmd_gui,
    cmd_demo,
    cmd_import,
    cmd_search,
    cmd_show,
    cmd_journey,
    cmd_pack,
    cmd_stats,
    cmd_backup,
    cmd_privacy,
    cmd_accounts,
    cmd_audit,
    cmd_migrate,
    cmd_connect,
)


def _language_from(argv: Sequence[str]) -> str:
    """The global ``--lang`` (before the command name: ``show --lang`` is the output's language)."""
    global_options_with_value = {"--database", "--lang"}
    tokens = iter(argv)
    for token in tokens:
        if token == "--lang":
            value = next(tokens, "")
            return value if value in UI_LANGUAGES else default_ui_language()
        if token.startswith("--lang="):
            value = token.partition("=")[2]
            return value if value in UI_LANGUAGES else default_ui_language()
        if token in global_options_with_value:
            next(tokens, None)
        elif not token.startswith("-"):
            break
    return default_ui_language()


def build_parser(_: Translate) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="welcome-desk",
        description=_(
            "Welcome desk for incoming international students, teachers and researchers."
        ),
    )
    parser.add_argument("--version", action="version", version=f"welcome-desk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL|PATH",
        help=_("database file or SQLAlchemy URL (or WELCOME_DESK_DATABASE)"),
    )
    parser.add_argument(
        "--lang",
        choices=UI_LANGUAGES,
        help=_("language of messages (default: the system's, else French)"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parsers(subparsers, _)
    parser.set_defaults(run=cmd_gui.run, smoke_test=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = _language_from(arguments)
    _ = translator(language)
    parser = build_parser(_)
    args = parser.parse_args(arguments)
    context = CliContext(language=language, database_option=args.database)
    configure_logging(context.paths.log_dir)
    run: Callable[[argparse.Namespace, CliContext], int] = args.run
    log.info("command %s started", args.command or "gui")
    try:
        # The daily backup; never stops the command. Its warning is said after the command, and
        # only if the command got through: a locked or damaged database is the command's own
        # one clear line, not a backup warning first.
        warning = cmd_backup.before_command(args, context)
        code = run(args, context)
        if warning is not None:
            context.warn(warning)
        return code
    except CommandError as error:
        context.warn(f"welcome-desk: {context.render(error.message)}")
        return error.exit_code
    except NotAllowed as error:
        context.warn(f"welcome-desk: {context.render(error.message)}")
        return EXIT_REJECTED
    except BrokenPipeError:
        # The reader went away (``welcome-desk search x | head``): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        context.warn(_("Interrupted."))
        return 130
    except Exception as error:
        # The database going wrong while the command works (damaged pages met only now, a full
        # disk, a lock held too long): one clear line, as when it is opened.
        known = (
            environment_error_message(context.database_where(), error)
            if isinstance(error, (DBAPIError, sqlite3.Error))
            else None
        )
        log_failure(log, f"command {args.command or 'gui'} failed", error)
        if known is not None:
            context.warn(f"welcome-desk: {context.render(known)}")
            return EXIT_USAGE
        # A bug: logged (without its message, which may quote personal data), then raised so
        # that it is seen and fixed rather than dressed up as a user error.
        raise
    finally:
        context.close()
