"""What the account and settings dialogs share: a change tried, its refusal shown in the dialog.

A refusal of the services (a wrong password, a role that may not) or of the environment (a
locked or unreachable database) is the sentence to show, in red, under the form; the dialog
stays open. A bug is not caught.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from sqlalchemy.exc import SQLAlchemyError

from welcome_desk.db.engine import Database
from welcome_desk.db.errors import environment_error_message
from welcome_desk.domain.roles import NotAllowed
from welcome_desk.i18n import translator
from welcome_desk.services.accounts import AccountError

T = TypeVar("T")


class Refused(Exception):
    """What the desk or the database refused, as the sentence to show."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def attempt(work: Callable[[], T], *, database: Database, language: str) -> T:
    """``work()``; a refusal of the services or of the environment as :class:`Refused` (a bug
    is not caught)."""
    try:
        return work()
    except (AccountError, NotAllowed) as error:  # NotAllowed first: it is an OSError too
        raise Refused(error.message.render(translator(language))) from error
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        problem = environment_error_message(database.describe(), error)
        if problem is None:
            raise
        raise Refused(problem.render(translator(language))) from error


def problem_label() -> QLabel:
    """The red line under a form that says what was refused (hidden while there is nothing)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``; an empty text hides it."""
    label.setText(text)
    label.setVisible(bool(text))


def dialog_buttons(
    dialog: QDialog,
    accept: Callable[[], object],
    ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """``ok`` and Cancel: ``ok`` calls ``accept`` (which closes the dialog when it succeeds),
    Cancel closes it."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
