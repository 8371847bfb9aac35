"""Commands for the arrival journey: checking templates, re-planning, changing a step."""

from __future__ import annotations

import argparse
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from welcome_desk.cli.context import EXIT_OK, EXIT_REJECTED, CliContext, CommandError
from welcome_desk.domain.checklist_plan import ChangeKind, StepChange
from welcome_desk.domain.checklist_template import TemplateError, load_folder, localized
from welcome_desk.domain.messages import N_, message
from welcome_desk.domain.step_status import STATUS_LABELS, StepStatus
from welcome_desk.i18n import Translate
from welcome_desk.services.checklists import (
    StepError,
    apply_replan,
    checklist_of,
    preview_replan,
    set_due_date,
    set_notes,
    set_status,
)
from welcome_desk.services.templates import edition_for, template_folder, template_of


def add_parsers(subparsers: Any, _: Translate) -> None:
    checklists = subparsers.add_parser(
        "checklists", help=_("check or export the checklist template")
    )
    group = checklists.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--check",
        nargs="?",
        const="",
        metavar="DIR",
        help=_("check a template folder (default: the one in force)"),
    )
    group.add_argument(
        "--export", metavar="DIR", help=_("copy the template in force to DIR, to edit it")
    )
    checklists.set_defaults(run=run_checklists)

    replan = subparsers.add_parser(
        "replan", help=_("show (and apply) what the newest checklist template changes for a person")
    )
    replan.add_argument("person", metavar="PERSON")
    replan.add_argument("--apply", action="store_true", help=_("apply the changes shown"))
    replan.set_defaults(run=run_replan)

    step = subparsers.add_parser("step", help=_("change a step of a person's checklist"))
    step.add_argument("person", metavar="PERSON")
    step.add_argument("key", metavar="STEP", help=_("the step's key (see show --json)"))
    step.add_argument("--status", choices=[s.value for s in StepStatus])
    step.add_argument("--done-on", metavar="YYYY-MM-DD", help=_("when it was done (default today)"))
    step.add_argument("--reason", help=_("why it is blocked"))
    step.add_argument("--due", metavar="YYYY-MM-DD|none", help=_("set the due date by hand"))
    step.add_argument("--notes", help=_("replace the step's notes"))
    step.set_defaults(run=run_step)


def run_checklists(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    folder = Path(args.check) if args.check else template_folder(context.paths)
    if args.export:
        target = Path(args.export)
        if target.exists() and any(target.iterdir()):
            raise CommandError(message(N_("The folder {folder} is not empty."), folder=str(target)))
        shutil.copytree(folder, target, dirs_exist_ok=True)
        context.say(_("Template copied to {folder}.").format(folder=target))
        return EXIT_OK
    try:
        template = load_folder(folder)
    except TemplateError as error:
        raise CommandError(
            message(
                N_("The checklist template cannot be used: {problem} (folder {folder})"),
                problem=str(error),
                folder=str(folder),
            )
        ) from error
    context.say(
        _("{folder}: template '{name}' version {version}, {steps} steps, no problem found.").format(
            folder=folder, name=template.name, version=template.version, steps=len(template.steps)
        )
    )
    return EXIT_OK


def _change_line(change: StepChange, title: str, _: Translate) -> str:
    if change.kind is ChangeKind.ADDED:
        due = change.new_due.isoformat() if change.new_due else "—"
        return "+ " + _("{title}: new step, due {due}").format(title=title, due=due)
    if change.kind is ChangeKind.WITHDRAWN:
        return "- " + _("{title}: no longer applies").format(title=title)
    if change.kind is ChangeKind.RESTORED:
        return "+ " + _("{title}: applies again").format(title=title)
    if change.kind is ChangeKind.REOPENED:
        due = change.new_due.isoformat() if change.new_due else "—"
        return "+ " + _("{title}: to do again, due {due}").format(title=title, due=due)
    old = change.old_due.isoformat() if change.old_due else "—"
    new = change.new_due.isoformat() if change.new_due else "—"
    return "~ " + _("{title}: due {old} → {new}").format(title=title, old=old, new=new)


def run_replan(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    template = context.checklist_template()  # the one on disk now (a broken one is refused)
    database = context.database()
    with database.writing() as session:
        person = context.one_person(session, args.person)
        replan = preview_replan(session, person.id, edition_for(session, template))
        if replan is None:
            raise CommandError(message(N_("This person has no checklist.")), EXIT_REJECTED)
        target = template_of(replan.to_edition)
        current = template_of(replan.from_edition)
        context.say(
            _("Checklist made from {name} {old}; newest edition: {new}.").format(
                name=replan.from_edition.name,
                old=replan.from_edition.version,
                new=replan.to_edition.version,
            )
        )
        if not replan.changes:
            context.say(_("Nothing to change."))
            return EXIT_OK
        for change in replan.changes:
            definition = target.step(change.key) or current.step(change.key)
            title = localized(definition.title, context.language) if definition else change.key
            context.say(_change_line(change, title, _))
        if args.apply:
            changed = apply_replan(session, replan, context.actor)
            context.say(_("Changes applied: {count}.").format(count=changed))
        else:
            context.say(_("Nothing was changed; add --apply to apply these changes."))
    return EXIT_OK


def _date_option(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(
            message(N_("{option}: '{value}' is not a date YYYY-MM-DD."), option=option, value=text)
        ) from error


def run_step(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    if args.status is None and args.due is None and args.notes is None:
        raise CommandError(message(N_("Say what to change: --status, --due or --notes.")))
    database = context.database()
    today = date.today()
    try:
        with database.writing() as session:
            person = context.one_person(session, args.person)
            checklist = checklist_of(session, person.id)
            step = (
                next((s for s in checklist.steps if s.key == args.key), None) if checklist else None
            )
            if step is None:
                raise CommandError(
                    message(N_("This person's checklist has no step '{key}'."), key=args.key),
                    EXIT_REJECTED,
                )
            if args.status is not None:
                done_on = _date_option(args.done_on, "--done-on") if args.done_on else None
                set_status(
                    session,
                    step.id,
                    args.status,
                    context.actor,
                    today=today,
                    done_on=done_on,
                    reason=args.reason,
                )
            if args.due is not None:
                due = None if args.due.lower() == "none" else _date_option(args.due, "--due")
                set_due_date(session, step.id, due, context.actor)
            if args.notes is not None:
                set_notes(session, step.id, args.notes, context.actor)
            status = _(STATUS_LABELS[StepStatus(step.status)])
    except StepError as error:
        raise CommandError(error.message) from error
    context.say(_("Step '{key}' is now {status}.").format(key=args.key, status=status))
    return EXIT_OK
