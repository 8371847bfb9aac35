"""The 'search' command: the counter's search, from the command line."""

from __future__ import annotations

import argparse
import json
import unicodedata
from typing import Any

from welcome_desk.cli.context import EXIT_OK, EXIT_REJECTED, CliContext, CommandError
from welcome_desk.domain.messages import N_, message
from welcome_desk.domain.person import CATEGORY_LABELS, Category
from welcome_desk.i18n import Translate
from welcome_desk.services.search import DEFAULT_LIMIT, SearchHit, search


def add_parsers(subparsers: Any, _: Translate) -> None:
    parser = subparsers.add_parser(
        "search", help=_("find people by name (any order, any accents), external id or email")
    )
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=_("at most N results (default %(default)s)"),
    )
    parser.add_argument("--json", action="store_true", help=_("print the results as JSON"))
    parser.set_defaults(run=run)


def hit_as_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "family_name": hit.family_name,
        "given_names": hit.given_names,
        "nationality": hit.nationality,
        "category": hit.category,
        "arrival_date": hit.arrival_date.isoformat(),
        "departure_date": hit.departure_date.isoformat() if hit.departure_date else None,
        "email": hit.email,
        "external_ids": [{"source": s, "value": v} for s, v in hit.external_ids],
        "score": hit.score,
    }


def run(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    if args.limit < 1:
        raise CommandError(message(N_("--limit must be a whole number of 1 or more.")))
    if not args.text.strip():
        raise CommandError(message(N_("Type something to search for.")))
    database = context.database()
    with database.session() as session:
        hits = search(session, args.text, limit=args.limit)
    if args.json:
        context.say(json.dumps([hit_as_json(h) for h in hits], ensure_ascii=False, indent=2))
        return EXIT_OK if hits else EXIT_REJECTED
    if not hits:
        context.warn(_("Nobody found."))
        return EXIT_REJECTED
    for hit in hits:
        name = hit.family_name.upper()
        full_name = f"{name} {hit.given_names}" if hit.given_names else name
        ids = ", ".join(value for _source, value in hit.external_ids)
        category = _(CATEGORY_LABELS.get(Category(hit.category), hit.category))
        context.say(
            f"{hit.id:>7}  {_pad(full_name, 36)}  {hit.nationality}  {_pad(category, 12)}  "
            f"{hit.arrival_date.isoformat()}  {ids}"
        )
    return EXIT_OK


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - used, 0)
