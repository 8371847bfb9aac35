"""Commands of the contract whose features are not in this version yet.

They are parsed with their documented options, so scripts can be written now, and answer with a
clear message and exit code 2 instead of pretending to work.
"""

from __future__ import annotations

import argparse
from typing import Any

from welcome_desk.cli.context import CliContext, CommandError
from welcome_desk.domain.messages import N_, message
from welcome_desk.i18n import Translate


def add_parsers(subparsers: Any, _: Translate) -> None:
    migrate_to = subparsers.add_parser("migrate-to", help=_("copy this database into an empty one"))
    migrate_to.add_argument("url")
    migrate_to.set_defaults(run=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    raise CommandError(
        message(
            N_("The '{command}' command is not available in this version yet."),
            command=args.command,
        )
    )
