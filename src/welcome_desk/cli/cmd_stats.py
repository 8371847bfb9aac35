"""The 'stats' command: monthly arrival statistics as CSV, XLSX or a PDF report (cli.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from welcome_desk.cli.context import EXIT_OK, CliContext, CommandError
from welcome_desk.domain.messages import N_, message
from welcome_desk.files import OWNER_ONLY, file_error, write_whole
from welcome_desk.i18n import Translate
from welcome_desk.stats.compute import MonthRange, StatsError, compute
from welcome_desk.stats.exports import FORMATS, export


def add_parsers(subparsers: Any, _: Translate) -> None:
    stats = subparsers.add_parser("stats", help=_("monthly arrival statistics"))
    stats.add_argument("--month", required=True, metavar="YYYY-MM", help=_("the first month"))
    stats.add_argument("--to", metavar="YYYY-MM", help=_("the last month (default: --month)"))
    stats.add_argument("--format", choices=FORMATS, required=True)
    stats.add_argument("-o", "--output", required=True, metavar="OUT")
    stats.add_argument(
        "--with-names",
        action="store_true",
        help=_("XLSX: name each person in the list of arrivals (for the desk's own use only)"),
    )
    stats.set_defaults(run=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    try:
        months = MonthRange.parse(args.month, args.to)
    except StatsError as error:
        raise CommandError(
            message(
                N_("Months are written YYYY-MM, the last one not before the first: {months}."),
                months=" ".join(m for m in (args.month, args.to) if m),
            )
        ) from error
    if len(months.months()) > 120:
        raise CommandError(message(N_("At most 120 months (ten years) at a time.")))
    output = Path(args.output).expanduser()
    if output.is_dir():
        raise CommandError(message(N_("{path} is a folder: give a file name."), path=args.output))
    if not output.parent.is_dir():
        raise CommandError(message(N_("The folder of {path} does not exist."), path=args.output))
    with context.database().snapshot() as session:  # one state of the data
        stats = compute(session, months)
    content = export(stats, args.format, _, context.language, with_names=args.with_names)
    try:
        # Names are personal data: owner only, like the database.
        write_whole(output, content, mode=OWNER_ONLY if args.with_names else None)
    except OSError as error:
        raise CommandError(
            file_error(N_("Cannot write {path}: {reason}."), output, error)
        ) from error
    months_list = months.months()
    if len(months_list) == 1:
        said = _("{count} arrivals in {month}: statistics written to {path}.").format(
            count=len(stats.arrivals), month=months_list[0], path=output
        )
    else:
        said = _("{count} arrivals from {first} to {last}: statistics written to {path}.").format(
            count=len(stats.arrivals), first=months_list[0], last=months_list[-1], path=output
        )
    context.say(said)
    return EXIT_OK
