"""The 'audit' command: search the audit trail (who changed what, when, before and after)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from welcome_desk.cli.context import EXIT_OK, CliContext, CommandError
from welcome_desk.domain.messages import N_, message
from welcome_desk.i18n import Translate
from welcome_desk.services.audit_log import MAX_LIMIT, AuditQuery, AuditRow, search


def add_parsers(subparsers: Any, _: Translate) -> None:
    parser = subparsers.add_parser(
        "audit",
        help=_("search the audit trail"),
        description=_(
            "Every change to people, steps, records, accounts and settings, with who made it, "
            "when, and each value before and after; newest first."
        ),
    )
    parser.add_argument(
        "--person", metavar="PERSON", help=_("one person (internal id, #N, or external id)")
    )
    parser.add_argument("--staff", default="", help=_("part of the staff member's name"))
    parser.add_argument("--action", action="append", default=[], help=_("e.g. updated, erased"))
    parser.add_argument("--kind", action="append", default=[], help=_("e.g. person, step"))
    parser.add_argument("--text", default="", help=_("text in a value, accents aside"))
    parser.add_argument("--since", metavar="YYYY-MM-DD")
    parser.add_argument("--until", metavar="YYYY-MM-DD")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--json", action="store_true", help=_("print the entries as JSON"))
    parser.set_defaults(run=run)


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(
            message(N_("{value} is not a date written YYYY-MM-DD."), value=value)
        ) from error


def _person_id(context: CliContext, value: str | None) -> int | None:
    """An internal number (``N`` or ``#N``: also an erased person's, whose entries remain), or
    the external id of someone in the register."""
    if value is None:
        return None
    digits = value.removeprefix("#")
    if digits.isdigit() and len(digits) <= 12:
        return int(digits)
    with context.database().session() as session:
        return context.one_person(session, value).id


def as_json(row: AuditRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "actor": row.actor,
        "account_id": row.account_id,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "person_id": row.person_id,
        "changes": {c.field: [c.before, c.after] for c in row.changes},
    }


def run(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    if not 1 <= args.limit <= MAX_LIMIT:
        raise CommandError(message(N_("--limit is a number from 1 to {most}."), most=MAX_LIMIT))
    query = AuditQuery(
        text=args.text,
        actor=args.staff,
        actions=frozenset(args.action),
        entities=frozenset(args.kind),
        person_id=_person_id(context, args.person),
        since=_day(args.since),
        until=_day(args.until),
        limit=args.limit,
    )
    with context.database().session() as session:
        rows = search(session, query)
    if args.json:
        context.say(json.dumps([as_json(r) for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        context.say(_("No entry matches."))
    for row in rows:
        when = row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        who = (
            row.actor
            if not row.by_system_user
            else _("{name} (system user)").format(name=row.actor)
        )
        subject = f"{row.entity} #{row.entity_id}" if row.entity_id is not None else row.entity
        person = f" [#{row.person_id}]" if row.person_id is not None else ""
        context.say(f"{when}  {who}  {row.action} {subject}{person}")
        for change in row.changes:
            context.say(f"    {change.field}: {_shown(change.before)} → {_shown(change.after)}")
    return EXIT_OK


def _shown(value: Any) -> str:
    return "—" if value is None else str(value)
