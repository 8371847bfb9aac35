"""The 'show' command: one person, as the counter sees them."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from welcome_desk.cli.context import EXIT_OK, CliContext, CommandError
from welcome_desk.domain.checklist_template import AREA_LABELS
from welcome_desk.domain.messages import N_, message
from welcome_desk.domain.person import CATEGORY_LABELS, PROGRAMME_LABELS, SUB_KIND_LABELS
from welcome_desk.domain.step_status import STATUS_LABELS, StepStatus
from welcome_desk.i18n import Translate, locale_name
from welcome_desk.services.person_file import person_file


def add_parsers(subparsers: Any, _: Translate) -> None:
    parser = subparsers.add_parser("show", help=_("one person, with their records"))
    parser.add_argument("person", metavar="PERSON", help=_("internal id or external id"))
    parser.add_argument("--json", action="store_true", help=_("print the person as JSON"))
    parser.add_argument(
        "--lang",
        dest="output_lang",
        metavar="xx",
        help=_("language for names of countries and dates (default: messages')"),
    )
    parser.set_defaults(run=run)


def _output_language(args: argparse.Namespace, context: CliContext) -> str:
    language: str = args.output_lang or context.language
    try:
        Locale.parse(language)
    except (UnknownLocaleError, ValueError) as error:
        raise CommandError(message(N_("Unknown language code: {code}."), code=language)) from error
    return language


def run(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    language = _output_language(args, context)
    with context.database().session() as session:
        person = context.one_person(session, args.person)
        data = person_file(session, person, language, date.today())
    if args.json:
        context.say(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_profile(context, data, language)
    return EXIT_OK


def _label(labels: Mapping[Any, str], code: str | None, _: Translate) -> str:
    """A code's label in the staff's language; free text (a programme typed as is) unchanged."""
    if not code:
        return "—"
    label = labels.get(code)
    return _(label) if label else code


def _date(value: str | None, language: str) -> str:
    if not value:
        return "—"
    return format_date(date.fromisoformat(value), "long", locale=locale_name(language))


def _print_profile(context: CliContext, data: dict[str, Any], language: str) -> None:
    _ = context._
    name = data["family_name"].upper()
    if data["given_names"]:
        name = f"{name} {data['given_names']}"
    nationality = data["nationality"]
    rows = [
        (_("Internal id"), str(data["id"])),
        (
            _("External ids"),
            ", ".join(f"{e['value']} ({e['source']})" for e in data["external_ids"]) or "—",
        ),
        (
            _("Nationality"),
            f"{nationality['name']} ({nationality['code']})"
            + (" — " + _("EU/EEA/Swiss") if nationality["eu_eea_swiss"] else ""),
        ),
        (_("Born"), _date(data["date_of_birth"], language)),
        (_("Sex"), data["sex"] or "—"),
        (
            _("Category"),
            _label(CATEGORY_LABELS, data["category"], _)
            + (f" ({_label(SUB_KIND_LABELS, data['sub_kind'], _)})" if data["sub_kind"] else ""),
        ),
        (_("Programme"), _label(PROGRAMME_LABELS, data["programme"], _)),
        (_("Host unit"), data["host_unit"] or "—"),
        (_("Arrival"), _date(data["arrival_date"], language)),
        (_("Departure"), _date(data["departure_date"], language)),
        (_("Email"), data["email"] or "—"),
        (_("Phone"), data["phone"] or "—"),
        (_("Preferred language"), data["preferred_language"]),
        (_("Accompanying persons"), str(data["accompanying_persons"])),
    ]
    context.say(name)
    width = max(len(label) for label, _value in rows)
    for label, value in rows:
        context.say(f"  {label:<{width}}  {value}")
    if data["checklist"]:
        _print_checklist(context, data["checklist"], language)


_MARKS = {
    "todo": "[ ]",
    "in_progress": "[~]",
    "done": "[x]",
    "not_applicable": "[-]",
    "blocked": "[!]",
}


def _print_checklist(context: CliContext, checklist: dict[str, Any], language: str) -> None:
    _ = context._
    progress = checklist["progress"]
    context.say("")
    context.say(
        _("Checklist ({name} {version}): {done} of {total} steps done").format(
            name=checklist["template"]["name"],
            version=checklist["template"]["version"],
            done=progress["done"],
            total=progress["total"],
        )
    )
    for area, label in AREA_LABELS.items():
        steps = [s for s in checklist["steps"] if s["area"] == area and s["applicable"]]
        if not steps:
            continue
        context.say(f"  {_(label)}")
        for step in steps:
            when = ""
            if step["status"] == "done":
                when = _("done on {date}").format(date=_date(step["done_on"], language))
            elif step["due_on"]:
                when = _("due {date}").format(date=_date(step["due_on"], language))
                if step["overdue"]:
                    when += " — " + _("overdue")
            status = _(STATUS_LABELS[StepStatus(step["status"])])
            line = f"    {_MARKS.get(step['status'], '[ ]')} {step['title']}"
            context.say(f"{line}  ({status}{', ' + when if when else ''})")
