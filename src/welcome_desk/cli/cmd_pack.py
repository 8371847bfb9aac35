"""The 'pack' and 'packs' commands: welcome packs as PDF files, one or a batch."""

from __future__ import annotations

import argparse
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any

from welcome_desk.cli.context import EXIT_OK, EXIT_REJECTED, CliContext, CommandError
from welcome_desk.domain.checklist_template import TemplateError
from welcome_desk.domain.messages import N_, message
from welcome_desk.domain.values import parse_date
from welcome_desk.files import (
    OWNER_ONLY,
    file_error,
    file_problem,
    writable_folder,
    write_whole,
)
from welcome_desk.i18n import Translate
from welcome_desk.packs.batch import Failure, default_jobs, make_packs
from welcome_desk.packs.build import content_folder, make_person_pack
from welcome_desk.packs.catalog import PACK_LANGUAGES, language_name
from welcome_desk.packs.content import PackContent, load_content
from welcome_desk.packs.data import arriving


def add_parsers(subparsers: Any, _: Translate) -> None:
    languages = ", ".join(PACK_LANGUAGES)
    pack = subparsers.add_parser("pack", help=_("one welcome pack (PDF)"))
    pack.add_argument("person", metavar="PERSON", help=_("internal id or external id"))
    pack.add_argument(
        "--lang",
        dest="pack_lang",
        metavar="xx",
        help=_("language of the pack ({languages}); default: the person's").format(
            languages=languages
        ),
    )
    pack.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    pack.set_defaults(run=run_pack)
    packs = subparsers.add_parser(
        "packs", help=_("welcome packs for everyone arriving in a period, one PDF each")
    )
    packs.add_argument("--arriving", nargs=2, metavar=("FROM", "TO"), required=True)
    packs.add_argument("-o", "--output", required=True, metavar="DIR")
    packs.add_argument(
        "--lang",
        dest="pack_lang",
        metavar="xx",
        help=_("one language for every pack; default: each person's"),
    )
    packs.add_argument(
        "--jobs",
        type=int,
        default=default_jobs(),
        metavar="N",
        help=_("packs made at the same time (default: %(default)s, the machine's cores)"),
    )
    packs.set_defaults(run=run_packs)
    content = subparsers.add_parser(
        "pack-content", help=_("check or export the welcome pack's data files")
    )
    group = content.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--check",
        nargs="?",
        const="",
        metavar="DIR",
        help=_("check a folder of pack data files (default: the one in force)"),
    )
    group.add_argument(
        "--export", metavar="DIR", help=_("copy the pack data files in force to DIR, to edit them")
    )
    content.set_defaults(run=run_pack_content)


def _language(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().lower()
    if code not in PACK_LANGUAGES:
        raise CommandError(
            message(
                N_("Packs are not made in '{code}'. Languages: {languages}."),
                code=value,
                languages=", ".join(PACK_LANGUAGES),
            )
        )
    return code


def _content(context: CliContext, folder: Path | None = None) -> tuple[PackContent, Path]:
    folder = folder or content_folder(context.paths)
    try:
        return load_content(folder), folder
    except TemplateError as error:
        raise CommandError(
            message(
                N_("The welcome pack's data files cannot be used: {problem} (folder {folder})"),
                problem=str(error),
                folder=str(folder),
            )
        ) from error


def _output_file(value: str) -> Path:
    path = Path(value).expanduser()
    if path.is_dir():
        raise CommandError(message(N_("{path} is a folder: give a file name."), path=value))
    if not path.parent.is_dir():
        raise CommandError(message(N_("The folder of {path} does not exist."), path=value))
    return path


def run_pack(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    language = _language(args.pack_lang)
    output = _output_file(args.output)
    content, _folder = _content(context)
    database = context.database()
    with database.session() as session:
        person_id = context.one_person(session, args.person).id
    made = make_person_pack(database, person_id, language=language, content=content)
    try:
        write_whole(output, made.pdf, mode=OWNER_ONLY)
    except OSError as error:
        raise CommandError(
            file_error(N_("Cannot write {path}: {reason}."), output, error)
        ) from error
    context.say(
        _("Welcome pack in {language} written to {path}.").format(
            language=language_name(made.language), path=output
        )
    )
    return EXIT_OK


def _dates(values: list[str]) -> tuple[date, date]:
    try:
        first, last = (parse_date(value) for value in values)
    except ValueError as error:
        raise CommandError(
            message(
                N_("Dates are written YYYY-MM-DD or DD/MM/YYYY: {dates}."), dates=" ".join(values)
            )
        ) from error
    if last < first:
        raise CommandError(message(N_("The period ends before it starts.")))
    return first, last


def _failure_text(failure: Failure, name: str, _: Translate) -> str:
    if failure.kind == "missing":
        reason = _("this person no longer exists")
    elif failure.kind == "file":
        reason = _("the file could not be written: {problem}").format(
            problem=_(file_problem(failure.detail))
        )
    elif failure.kind == "content":
        reason = _("the pack's data files cannot be used: {problem}").format(problem=failure.detail)
    else:
        reason = _("the pack could not be made ({error}; details in the log)").format(
            error=failure.detail
        )
    return f"#{failure.person_id} {name}: {reason}"


def run_packs(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    language = _language(args.pack_lang)
    first, last = _dates(args.arriving)
    if args.jobs < 1:
        raise CommandError(message(N_("--jobs needs a whole number of 1 or more.")))
    folder = Path(args.output).expanduser()
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise CommandError(
            file_error(N_("Cannot make the folder {path}: {reason}."), folder, error)
        ) from error
    refused = writable_folder(folder)  # checked before, not once per person
    if refused is not None:
        raise CommandError(file_error(N_("Cannot write in {path}: {reason}."), folder, refused))
    _content_data, content_dir = _content(context)
    database = context.database()
    with database.session() as session:
        people = arriving(session, first, last)
    names = dict(people)
    if not people:
        context.warn(_("Nobody arrives in this period: no pack made."))
        return EXIT_REJECTED
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        line = _("Packs made: {done} of {total}").format(done=done, total=total)
        if interactive:
            print(f"\r{line}", end="" if done < total else "\n", file=sys.stderr, flush=True)
        elif done == total or done % max(1, total // 10) == 0:
            print(line, file=sys.stderr, flush=True)

    result = make_packs(
        database.url,
        [person_id for person_id, _name in people],
        folder,
        language=language,
        jobs=args.jobs,
        content_folder=content_dir,
        progress=progress,
    )
    for failure in result.failed:
        context.warn(_failure_text(failure, names.get(failure.person_id, ""), _))
    context.say(
        _("Packs written in {folder}: {written}; not made: {failed}.").format(
            written=len(result.written), folder=folder, failed=len(result.failed)
        )
    )
    return EXIT_REJECTED if result.failed else EXIT_OK


def run_pack_content(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    if args.export:
        target = Path(args.export).expanduser()
        if target.exists() and not target.is_dir():
            raise CommandError(message(N_("{path} is a file, not a folder."), path=str(target)))
        if target.exists() and any(target.iterdir()):
            raise CommandError(message(N_("The folder {folder} is not empty."), folder=str(target)))
        try:
            shutil.copytree(content_folder(context.paths), target, dirs_exist_ok=True)
        except OSError as error:
            raise CommandError(
                file_error(N_("Cannot copy the files to {path}: {reason}."), target, error)
            ) from error
        context.say(_("Pack data files copied to {folder}.").format(folder=target))
        return EXIT_OK
    content, folder = _content(context, Path(args.check) if args.check else None)
    context.say(
        _(
            "{folder}: {places} places, {events} events, {sections} guide sections, "
            "{links} websites; no problem found."
        ).format(
            folder=folder,
            places=len(content.places),
            events=len(content.events),
            sections=len(content.sections),
            links=len(content.links),
        )
    )
    return EXIT_OK
