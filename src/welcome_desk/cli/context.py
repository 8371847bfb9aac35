"""What every command needs: the staff's language, output, and the database, opened on demand."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.db.migrate import SchemaError, upgrade
from welcome_desk.db.models import Person
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_template import ChecklistTemplate, TemplateError, load_folder
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.i18n import Translate, translator
from welcome_desk.paths import AppPaths, app_paths
from welcome_desk.services.people import find_by_reference
from welcome_desk.services.templates import template_folder

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A user error: shown as one translated line on stderr, with an exit code."""

    def __init__(self, msg: Message, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(str(msg))
        self.message = msg
        self.exit_code = exit_code


@dataclass
class CliContext:
    language: str
    database_option: str | None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    paths: AppPaths = field(default_factory=app_paths)
    _database: Database | None = None

    @property
    def _(self) -> Translate:
        return translator(self.language)

    def say(self, text: str) -> None:
        print(text, file=self.out)

    def warn(self, text: str) -> None:
        print(text, file=self.err)

    def render(self, msg: Message) -> str:
        return msg.render(self._)

    def database(self) -> Database:
        """The database, created and migrated if it does not exist yet."""
        if self._database is None:
            url = resolve_url(self.database_option, self.paths.database_file)
            try:
                database = Database(url)
                upgrade(database, self.paths.backup_dir)
            except SchemaError as error:
                raise CommandError(
                    message(
                        N_("Cannot use the database {where}: {reason}."),
                        where=url.render_as_string(hide_password=True),
                        reason=str(error),
                    )
                ) from error
            except (OperationalError, DatabaseError, sqlite3.Error, OSError) as error:
                raise CommandError(
                    database_error_message(url.render_as_string(hide_password=True), error)
                ) from error
            self._database = database
        return self._database

    def checklist_template(self) -> ChecklistTemplate:
        """The checklist template in force (the coordinator's folder, else the shipped one)."""
        folder = template_folder(self.paths)
        try:
            return load_folder(folder)
        except TemplateError as error:
            raise CommandError(
                message(
                    N_("The checklist template cannot be used: {problem} (folder {folder})"),
                    problem=str(error),
                    folder=str(folder),
                )
            ) from error

    def one_person(self, session: Session, reference: str) -> Person:
        """The person an id names; nobody or several is a clear message and exit code 1."""
        people = find_by_reference(session, reference)
        if not people:
            raise CommandError(
                message(N_("Nobody has the id {reference}."), reference=reference), EXIT_REJECTED
            )
        if len(people) > 1:
            raise CommandError(
                message(
                    N_("{count} people have the id {reference}; use the internal id: {ids}."),
                    count=len(people),
                    reference=reference,
                    ids=", ".join(str(p.id) for p in people),
                ),
                EXIT_REJECTED,
            )
        return people[0]

    @property
    def actor(self) -> Actor:
        """The command line acts under the operating-system user's name."""
        return Actor.from_system_user()

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


def database_error_message(where: str, error: Any) -> Message:
    """Tell environment errors apart for the user: locked, not a database, read-only, missing."""
    text = str(getattr(error, "orig", None) or error).lower()
    if "locked" in text or "busy" in text:
        template = N_("The database {where} is busy (locked by another program); try again.")
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        template = N_("The file {where} is not a usable database (damaged or of another kind).")
    elif "readonly" in text or "read-only" in text or "permission" in text:
        template = N_("The database {where} cannot be written (read-only or no permission).")
    elif "disk" in text and "full" in text:
        template = N_("The disk holding {where} is full.")
    elif "unable to open" in text or "no such file" in text or "directory" in text:
        template = N_(
            "The database {where} cannot be opened (the folder is missing or not allowed)."
        )
    else:
        template = N_("The database {where} cannot be used: {detail}")
    return message(template, where=where, detail=str(getattr(error, "orig", None) or error))
