"""Opening the desk window (the default when no command is given)."""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from typing import Any

from welcome_desk.cli.cmd_backup import daily_backup_warning
from welcome_desk.cli.context import CliContext, CommandError
from welcome_desk.db.engine import DATABASE_VARIABLE, Database
from welcome_desk.domain.messages import N_, message
from welcome_desk.i18n import Translate


def add_parsers(subparsers: Any, _: Translate) -> None:
    parser = subparsers.add_parser("gui", help=_("open the desk window (the default)"))
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=_("open the window, wait until it shows data, print the start-up time and exit"),
    )
    parser.set_defaults(run=run)


def _has_screen() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace, context: CliContext) -> int:
    if not _has_screen():
        if not args.smoke_test:
            raise CommandError(
                message(
                    N_(
                        "No screen to open the window on (DISPLAY is not set). Use the commands "
                        "(welcome-desk --help) or start it from a desktop session."
                    )
                )
            )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # an install check on a server
    try:
        template = context.checklist_template()
    except CommandError as error:
        if not args.smoke_test:
            _show_error_window(context.render(error.message))
        raise
    database = _open_database(args, context)
    from welcome_desk.ui.app import run as run_window  # Qt is loaded only for the window

    return run_window(
        database,
        context.language,
        actor=context.actor,
        template=template,
        smoke_test=args.smoke_test,
        on_ready=context.say,
        # Made off the window's thread once it is open; not during an install check.
        daily_backup=None
        if args.smoke_test
        else partial(daily_backup_warning, context, database.file),
    )


def _open_database(args: argparse.Namespace, context: CliContext) -> Database:
    """The database; when it cannot be opened, the error in a window that offers to choose
    another one (File › Database…), tried at once — unless --database or
    WELCOME_DESK_DATABASE chose it, which no saved setting overrides."""
    while True:
        try:
            return context.database()
        except CommandError as error:
            if args.smoke_test:
                raise
            text = context.render(error.message)
            if context.database_option or os.environ.get(DATABASE_VARIABLE):
                _show_error_window(text)
                raise
            from welcome_desk.ui.database_dialog import offer_at_start

            if not offer_at_start(text, paths=context.paths, language=context.language):
                raise
            context.choose_database_again()


def _show_error_window(text: str) -> None:
    """Started from a desktop icon, nobody reads standard error: say it in a window too."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox.critical(None, "Welcome Desk", text)
    del app
