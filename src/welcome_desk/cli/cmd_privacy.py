"""The personal-data commands (GDPR): 'retention', 'export-person' and 'erase'."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_date

from welcome_desk.cli.asking import confirmed
from welcome_desk.cli.context import EXIT_OK, EXIT_REJECTED, CliContext, CommandError
from welcome_desk.db.models import Person
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.domain.roles import NotAllowed
from welcome_desk.files import file_error, writable_folder
from welcome_desk.i18n import Translate, locale_name
from welcome_desk.services.backup import KEEP_DAILY, KEEP_WEEKLY
from welcome_desk.services.privacy import (
    MAX_RETENTION_MONTHS,
    MIN_RETENTION_MONTHS,
    PrivacyError,
    erase_person,
    scrub_file,
    set_retention_months,
)
from welcome_desk.services.privacy_export import export_format, save_export
from welcome_desk.services.privacy_retention import apply_retention, retention_preview

BAD_MONTHS = N_("{option} must be a whole number of months from {low} to {high}, not '{value}'.")
NO_TERMINAL = N_("{what}: add --yes to confirm it when there is no terminal to ask on.")
BACKUPS_STILL_HOLD = N_(
    "Backups made before still hold them until they rotate out ({daily} daily and {weekly} "
    "weekly copies). Copies made by hand, and those kept before a migration or a restore "
    "(*-before-migration-*, *-before-restore-* in {folder}), are never rotated: delete those "
    "made before this erasure, or keep them as protected as the database."
)


def add_parsers(subparsers: Any, _: Translate) -> None:
    retention = subparsers.add_parser(
        "retention",
        help=_("who the retention rule anonymises (and anonymise them)"),
        description=_(
            "List the people who left more than the retention period ago (24 months unless "
            "changed): the rule anonymises them, keeping what the statistics count. With "
            "--apply, anonymise them, after confirmation unless --yes."
        ),
    )
    retention.add_argument("--apply", action="store_true", help=_("anonymise the people listed"))
    retention.add_argument("--yes", action="store_true", help=_("anonymise without asking"))
    retention.add_argument(
        "--months", metavar="N", help=_("use N months for this run instead of the desk's setting")
    )
    retention.add_argument(
        "--set-months", metavar="N", help=_("change the desk's retention period to N months")
    )
    retention.set_defaults(run=run_retention)

    export = subparsers.add_parser(
        "export-person",
        help=_("everything held on one person, for an access request"),
        description=_(
            "Write everything the desk holds on one person (details, records, checklist with "
            "its history, appointments, visits and the trail of changes) as JSON or as a "
            "readable PDF, chosen by the file's extension."
        ),
    )
    export.add_argument("person", metavar="PERSON", help=_("internal id or external id"))
    export.add_argument("-o", "--output", required=True, metavar="FILE", help=_(".json or .pdf"))
    export.set_defaults(run=run_export)

    erase = subparsers.add_parser(
        "erase",
        help=_("erase a person and everything linked to them"),
        description=_(
            "Delete a person and everything linked to them, for an erasure request; the trail "
            "keeps that it was done, without their data. Asks for confirmation unless --yes."
        ),
    )
    erase.add_argument("person", metavar="PERSON", help=_("internal id or external id"))
    erase.add_argument("--yes", action="store_true", help=_("erase without asking"))
    erase.set_defaults(run=run_erase)


@contextmanager
def _explained() -> Iterator[None]:
    """The services' refusals as one clear line: a role's (exit 1), a request's (exit 2)."""
    try:
        yield
    except NotAllowed as error:
        raise CommandError(error.message, EXIT_REJECTED) from error
    except PrivacyError as error:
        raise CommandError(error.message) from error


def _months(option: str, value: str | None) -> int | None:
    if value is None:
        return None
    text = value.strip()
    if not text.isdigit() or not MIN_RETENTION_MONTHS <= int(text) <= MAX_RETENTION_MONTHS:
        raise CommandError(
            message(
                BAD_MONTHS,
                option=option,
                low=MIN_RETENTION_MONTHS,
                high=MAX_RETENTION_MONTHS,
                value=value,
            )
        )
    return int(text)


def _confirmed(context: CliContext, what: Message, question: str) -> bool:
    return confirmed(context, message(NO_TERMINAL, what=what), question)


def _name(family: str, given: str | None) -> str:
    return family.upper() + (f" {given}" if given else "")


# retention -------------------------------------------------------------------------------------


def run_retention(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    months = _months("--months", args.months)
    new_setting = _months("--set-months", args.set_months)
    locale = locale_name(context.language)
    today = date.today()
    database = context.database()
    with _explained():
        if new_setting is not None:
            with database.writing() as session:
                set_retention_months(session, new_setting)
            context.say(
                _("The retention period is now {months} months.").format(months=new_setting)
            )
        with database.session() as session:
            preview = retention_preview(session, today, months)
    cutoff = format_date(preview.cutoff, "long", locale=locale)
    context.say(
        _("Retention period: {months} months; reached: people who left before {cutoff}.").format(
            months=preview.months, cutoff=cutoff
        )
    )
    for person in preview.people:
        left = format_date(person.departure_date, "medium", locale=locale)
        context.say(f"  #{person.id}  {_name(person.family_name, person.given_names)}  ({left})")
    context.say(
        context.render(message(N_("People to anonymise: {count}."), count=len(preview.people)))
    )
    if preview.without_departure:
        context.say(
            context.render(
                message(
                    N_(
                        "People with no departure date who arrived before {cutoff}: {count}; "
                        "the rule does not reach them until their departure date is recorded."
                    ),
                    count=preview.without_departure,
                    cutoff=cutoff,
                )
            )
        )
    if not args.apply or not preview.people:
        return EXIT_OK
    if not args.yes and not _confirmed(
        context,
        message(N_("Anonymising cannot be undone")),
        _("Anonymise these people? This cannot be undone. [y/N] "),
    ):
        raise CommandError(message(N_("Nobody was anonymised.")), EXIT_REJECTED)
    with _explained(), database.writing() as session:
        result = apply_retention(session, today, preview.months)
    scrub_file(database)
    context.say(context.render(message(N_("People anonymised: {count}."), count=result.anonymised)))
    return EXIT_OK


# export-person ---------------------------------------------------------------------------------


def _export_file(value: str) -> Path:
    path = Path(value).expanduser()
    with _explained():
        export_format(path)
    if path.is_dir():
        raise CommandError(message(N_("{path} is a folder: give a file name."), path=value))
    if not path.parent.is_dir():
        raise CommandError(message(N_("The folder of {path} does not exist."), path=value))
    problem = writable_folder(path.parent)
    if problem is not None:
        raise CommandError(file_error(N_("Cannot write {path}: {reason}."), path, problem))
    return path


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    output = _export_file(args.output)
    database = context.database()
    try:
        with _explained(), database.writing() as session:
            person_id = context.one_person(session, args.person).id
            save_export(session, person_id, output, context.language)
    except OSError as error:
        raise CommandError(
            file_error(N_("Cannot write {path}: {reason}."), output, error)
        ) from error
    context.say(
        context._("Everything held on person #{id} written to {path}.").format(
            id=person_id, path=output
        )
    )
    return EXIT_OK


# erase -----------------------------------------------------------------------------------------


def _describe(context: CliContext, person: Person) -> str:
    locale = locale_name(context.language)
    ids = ", ".join(f"{e.value} ({e.source})" for e in person.external_ids)
    arrived = format_date(person.arrival_date, "medium", locale=locale)
    line = f"#{person.id}  {_name(person.family_name, person.given_names)}"
    when = context._("arrived on {date}").format(date=arrived)
    return f"{line}  — {when}" + (f"  [{ids}]" if ids else "")


def run_erase(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    database = context.database()
    with database.session() as session:
        person = context.one_person(session, args.person)
        person_id = person.id
        context.say(_describe(context, person))
    if not args.yes and not _confirmed(
        context,
        message(N_("An erasure cannot be undone")),
        _("Erase this person and everything linked to them? This cannot be undone. [y/N] "),
    ):
        raise CommandError(message(N_("Nobody was erased.")), EXIT_REJECTED)
    with _explained(), database.writing() as session:
        erase_person(session, person_id)
    scrub_file(database)
    context.say(_("Erased person #{id}.").format(id=person_id))
    context.say(
        context.render(
            message(
                BACKUPS_STILL_HOLD,
                daily=KEEP_DAILY,
                weekly=KEEP_WEEKLY,
                folder=str(context.paths.backup_dir),
            )
        )
    )
    return EXIT_OK
