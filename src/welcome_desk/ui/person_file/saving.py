"""Saving one change from the person file: a short write on the GUI thread, errors in words.

Each change is one small transaction (a few milliseconds). What the desk refuses (a service's
:class:`StepError` or :class:`RecordError`) and what the environment refuses (a locked or full
database) is shown to the staff, translated; a bug is not caught here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from welcome_desk.db.engine import Database
from welcome_desk.db.errors import environment_error_message
from welcome_desk.domain.roles import NotAllowed
from welcome_desk.services.checklists import StepError
from welcome_desk.services.records import RecordConflict, RecordError
from welcome_desk.ui.person_file.formatting import Labels

log = logging.getLogger(__name__)
T = TypeVar("T")


class Writer(QObject):
    """Runs one change in its own transaction and tells the file what became of it."""

    saved = Signal()  # committed: the file shows stale data until reloaded
    stale = Signal()  # refused, perhaps because the data shown is out of date: reload it

    def __init__(self, *, database: Database, labels: Labels, window: QWidget) -> None:
        super().__init__(window)
        self._database = database
        self._labels = labels
        self._window = window

    def run(
        self,
        action: Callable[[Session], T],
        *,
        inline: QLabel | None = None,
        conflict: Callable[[RecordConflict], None] | None = None,
    ) -> T | None:
        """``action`` in one committed transaction; None (and a message) when refused.

        Refusals of a form go to its ``inline`` label when given, others to a message box; a
        record saved meanwhile by someone else goes to ``conflict`` (the form shows both).
        """
        if inline is not None:
            inline.clear()
            inline.hide()
        try:
            with self._database.writing() as session:
                result = action(session)
        except StepError as error:
            # Also how a stale version is refused: show why, then what is there now.
            log.info("step change refused: %s", error.message.template)
            self._tell(self._labels.message(error.message), inline)
            self.stale.emit()
            return None
        except RecordConflict as error:
            log.info("record change refused: %s saved meanwhile", error.kind)
            if conflict is None:
                self._tell(self._labels.message(error.message), inline)
            else:
                conflict(error)
            self.stale.emit()  # the rest of the file may be out of date too
            return None
        except RecordError as error:
            log.info("record change refused: %s", error.message.template)
            self._tell(self._labels.message(error.message), inline)
            return None
        except NotAllowed as error:
            log.info("change refused to the role %s: %s", error.actor.role, error.permission)
            self._tell(self._labels.message(error.message), inline)
            return None
        except StaleDataError:
            # Another desk wrote the same row between our read and our write.
            log.info("change refused: row changed meanwhile")
            self._tell(
                self.tr("This was changed meanwhile by someone else; it has been reloaded."),
                None,
            )
            self.stale.emit()
            return None
        except DBAPIError as error:
            problem = environment_error_message(self._database.describe(), error)
            if problem is None:
                raise  # a bug, not the environment: crash loudly (tests see it)
            log.warning("database write failed: %s", type(error.orig).__name__)
            self._tell(
                self.tr("Nothing was saved. %1").replace("%1", self._labels.message(problem)),
                None,
            )
            return None
        self.saved.emit()
        return result

    def _tell(self, text: str, inline: QLabel | None) -> None:
        if inline is not None:
            inline.setText(text)
            inline.show()
        else:
            QMessageBox.warning(self._window, self.tr("Welcome Desk"), text)
