"""What every command needs: the staff's language, output, and the database, opened on demand."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from welcome_desk.connection_settings import (
    ChosenDatabase,
    ConnectionSettingsError,
    choose_database,
    masked,
)
from welcome_desk.db.engine import Database, describe_url
from welcome_desk.db.errors import environment_error_message
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
    _chosen: ChosenDatabase | None = None

    @property
    def _(self) -> Translate:
        return translator(self.language)

    def say(self, text: str) -> None:
        print(text, file=self.out)

    def warn(self, text: str) -> None:
        print(text, file=self.err)

    def render(self, msg: Message) -> str:
        return msg.render(self._)

    def chosen_database(self) -> ChosenDatabase:
        """Which database: ``--database``, else ``WELCOME_DESK_DATABASE``, else this
        computer's saved setting (its password from the system keyring), else the default
        file."""
        if self._chosen is None:
            try:
                self._chosen = choose_database(self.database_option, self.paths)
            except ConnectionSettingsError as error:
                raise CommandError(error.message) from error
        return self._chosen

    def choose_database_again(self) -> None:
        """Forget the choice made (the setting has just changed); nothing may be open yet."""
        assert self._database is None
        self._chosen = None

    def database(self) -> Database:
        """The database, created and migrated if it does not exist yet.

        Only the default location's folder is made; a path given with ``--database``,
        ``WELCOME_DESK_DATABASE`` or the saved setting must be in an existing folder.
        """
        if self._database is None:
            chosen = self.chosen_database()
            self._database = self.open_database(chosen.url, create_folder=not chosen.explicit)
        return self._database

    def open_database(self, url: URL, *, create_folder: bool = False) -> Database:
        """``url`` opened, created or migrated to this version's schema; a database that
        cannot be used is one clear message (CommandError)."""
        where = describe_url(url)
        try:
            database = Database(url, create_folder=create_folder)
            upgrade(database, self.paths.backup_dir)
        except SchemaError as error:
            raise CommandError(
                message(
                    N_("Cannot use the database {where}: {reason}."),
                    where=where,
                    reason=self.render(error.reason),
                )
            ) from error
        except Exception as error:
            known = environment_error_message(where, error)
            if known is None:
                raise
            raise CommandError(known) from error
        return database

    def database_where(self) -> str:
        """The database named for people (its file, or its address without the password)."""
        try:
            return describe_url(self.chosen_database().url)
        except CommandError:
            return masked(self.database_option or "")

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
                    N_(
                        "{count} people have the id {reference}; give the internal id as #N: {ids}."
                    ),
                    count=len(people),
                    reference=reference,
                    ids=", ".join(f"#{p.id}" for p in people),
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


def database_error_message(where: str, error: BaseException) -> Message:
    """The staff's sentence for a database error met while working (busy, full…)."""
    known = environment_error_message(where, error)
    return known or message(
        N_("The database {where} cannot be used: {detail}"),
        where=where,
        detail=type(error).__name__,
    )
