"""Register a newcomer, or edit one: the form of the counter.

The checks are the import's (``services.person_form.check_person``); their messages appear under
the field they are about, in the staff's language, and Save is refused while one remains. A
likely duplicate (same names, same birth date) is shown before saving; a save made meanwhile by
another desk is shown beside what was typed, never overwritten unseen; leaving with unsaved
changes asks first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from welcome_desk.db.engine import Database
from welcome_desk.db.errors import environment_error_message
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.names import sort_key
from welcome_desk.domain.person import PersonData
from welcome_desk.domain.roles import NotAllowed
from welcome_desk.i18n import translator
from welcome_desk.services.people import register
from welcome_desk.services.person_form import (
    FORM_FIELDS,
    PersonConflict,
    PersonNotFound,
    check_person,
    load_person,
    merge,
    possible_duplicates,
    update_person,
)
from welcome_desk.ui.person_fields import PersonFields
from welcome_desk.ui.person_form_parts import ConflictPanel, DuplicateBanner
from welcome_desk.ui.person_form_text import describe_person, display_value, person_name

NameAndBirth = tuple[str, date | None]


def _name_and_birth(data: PersonData) -> NameAndBirth:
    return sort_key(data.family_name, data.given_names), data.date_of_birth


class PersonDialog(QDialog):
    """The form: ``person_id`` None registers a newcomer, otherwise edits that person.

    Raises :class:`~welcome_desk.services.person_form.PersonNotFound` when the person to edit no
    longer exists. Emits ``saved(id)`` once saved, or ``open_person(id)`` when the staff choose
    to open an existing person shown by the duplicate warning instead.
    """

    saved = Signal(int)
    open_person = Signal(int)

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        actor: Actor,
        today: date,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._actor = actor
        self._today = today
        self._person_id = person_id
        self._translate = translator(language)
        self._loaded: PersonData | None = None
        self._version = 0
        self._duplicates_accepted: NameAndBirth | None = None
        self._duplicates_shown: NameAndBirth | None = None
        self._shown: set[str] = set()  # fields whose problems are on screen

        self.fields = PersonFields(language=language, today=today, translate=self._translate)
        self.fields.changed.connect(self._changed)
        self.duplicates = DuplicateBanner()
        self.duplicates.open_requested.connect(self._open_existing)
        self.duplicates.save_anyway.connect(self._save_anyway)
        self.conflict = ConflictPanel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.conflict)
        layout.addWidget(self.fields)
        layout.addWidget(QLabel(self.tr("* required")))
        layout.addWidget(self.buttons)
        # Enter in any field saves. Set once the button is in the dialog, so that the dialog
        # makes it its default again after another button had the focus.
        self.save_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.fields.set_tab_order([*self.fields.tab_chain(), self.save_button, cancel])
        self.fields.family_name.setFocus()

        if person_id is None:
            self.setWindowTitle(self.tr("Register a newcomer"))
        else:
            with database.session() as session:
                data, version = load_person(session, person_id)
            self._take_stored(data, version)
            name = person_name(data.family_name, data.given_names)
            self.setWindowTitle(self.tr("Edit %1").replace("%1", name))
        self._initial = self.fields.values()

    # Checking --------------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self.fields.values() != self._initial

    def errors(self) -> dict[str, str]:
        """The messages under the fields, by field."""
        return self.fields.errors()

    def _changed(self, field: str, touched: bool) -> None:
        if touched:
            self._shown.add(field)
        self._check()

    def _check(self) -> PersonData | None:
        """Check the form; show the problems of the fields touched (all after a save attempt)."""
        result = check_person(self.fields.values(), today=self._today, labels=self.fields.labels)
        problems = {} if isinstance(result, PersonData) else result
        self.fields.show_problems(
            {
                field: [problem.render(self._translate) for problem in found]
                for field, found in problems.items()
                if field in self._shown
            }
        )
        return result if isinstance(result, PersonData) else None

    # Saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check, warn of duplicates, save; True when saved (the dialog then closes)."""
        self.fields.settle()
        self._shown.update(FORM_FIELDS)
        data = self._check()
        if data is None:
            self.fields.focus(next(f for f in FORM_FIELDS if f in self.fields.errors()))
            return False
        try:
            if self._warn_of_duplicates(data):
                return False
            person_id = self._write(data)
        except PersonConflict as conflict:
            self._show_conflict(conflict)
            return False
        except PersonNotFound as missing:
            self._warn(missing.message.render(self._translate))
            return False
        except NotAllowed as refused:  # before OSError: NotAllowed is a PermissionError
            self._warn(refused.message.render(self._translate))
            return False
        except (SQLAlchemyError, OSError) as error:
            problem = environment_error_message(self._database.describe(), error)
            if problem is None:
                raise  # a bug: loud in tests, logged by the application
            self._warn(problem.render(self._translate))
            return False
        self._initial = self.fields.values()
        self.saved.emit(person_id)
        self.accept()
        return True

    def _write(self, data: PersonData) -> int:
        with self._database.writing() as session:
            if self._person_id is None:
                return register(session, data).id
            update_person(
                session, self._person_id, data, expected_version=self._version, actor=self._actor
            )
            return self._person_id

    def _warn_of_duplicates(self, data: PersonData) -> bool:
        """Show the people who may be this one, once for these names and birth date; True when
        shown (the save waits for the staff's choice)."""
        key = _name_and_birth(data)
        unchanged = self._loaded is not None and key == _name_and_birth(self._loaded)
        if unchanged or key == self._duplicates_accepted:
            return False
        with self._database.session() as session:
            found = possible_duplicates(
                session,
                data.family_name,
                data.given_names,
                data.date_of_birth,
                exclude_id=self._person_id,
            )
            people = [(p.id, describe_person(p, self._language, p.id)) for p in found]
        if not people:
            return False
        self._duplicates_shown = key
        self.duplicates.show_people(people)
        return True

    def _save_anyway(self) -> None:
        self._duplicates_accepted = self._duplicates_shown
        self.duplicates.hide()
        self.save()

    def _open_existing(self, person_id: int) -> None:
        """The staff chose the existing person: this registration is left, by their choice."""
        self.open_person.emit(person_id)
        self.done(QDialog.DialogCode.Rejected)

    def _take_stored(self, data: PersonData, version: int) -> None:
        self._loaded, self._version = data, version
        self.fields.fill(data)
        self._check()

    def _show_conflict(self, conflict: PersonConflict) -> None:
        """Another desk saved meanwhile: their version beside the user's. The form keeps the
        user's changes on top of theirs, and the next save starts from their version."""
        merged = merge(self._loaded or conflict.stored, conflict.attempted, conflict.stored)
        rows = [
            (
                self.fields.labels[field],
                self._display(field, conflict.stored),
                self._display(field, conflict.attempted),
                field in merged.clashes,
            )
            for field in conflict.differences
        ]
        self._take_stored(conflict.stored, conflict.stored_version)
        self._initial = self.fields.values()  # what is saved now is theirs; the rest is unsaved
        self.fields.fill(merged.data)
        self._check()
        self.conflict.show_conflict(conflict.message.render(self._translate), rows)

    def _display(self, field: str, data: PersonData) -> str:
        return display_value(
            field, getattr(data, field), self._language, self._translate, self.fields.sex_labels
        )

    def _warn(self, text: str) -> None:
        QMessageBox.warning(
            self, self.windowTitle(), text + "\n\n" + self.tr("What you typed is kept.")
        )

    # Leaving ---------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape or closing the window: unsaved changes go only when confirmed."""
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard the changes you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()
