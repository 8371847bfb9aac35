"""The person file: everything the counter follows for one newcomer, in tabs under a header.

The file is read in a background job (one short session) and shown whole; each change is saved
at once in its own short transaction, then the file is read again. ``changed`` tells the window
that something was saved (its lists may need refreshing); ``closed`` that the staff is done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.db.errors import environment_error_message
from welcome_desk.domain.actor import Actor
from welcome_desk.services.records import record_visit, visit_purposes
from welcome_desk.ui.person_file.appointments_tab import AppointmentsTab
from welcome_desk.ui.person_file.checklist_tab import ChecklistTab
from welcome_desk.ui.person_file.data import PersonFileData, load_person_file
from welcome_desk.ui.person_file.formatting import Labels, display_name
from welcome_desk.ui.person_file.forms import AdministrativeTab, FormTab, HealthcareTab
from welcome_desk.ui.person_file.header import PersonHeader
from welcome_desk.ui.person_file.history import HistoryTab
from welcome_desk.ui.person_file.housing_tab import HousingTab
from welcome_desk.ui.person_file.saving import Writer
from welcome_desk.ui.person_file.visits import VisitDialog, VisitsTab
from welcome_desk.ui.tasks import Job, TaskRunner

log = logging.getLogger(__name__)


class PersonFileWidget(QWidget):
    closed = Signal()
    changed = Signal(int)  # the person's id, after any change saved
    loaded = Signal(int)  # the person's id, once the file read is shown (tests wait on it)
    pack_requested = Signal(int)  # the person's id: the staff want their welcome pack

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        actor: Actor,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._actor = actor
        self._today = today
        self._labels = Labels(language)
        self._runner = TaskRunner(parent=self)
        self._request = 0
        self._person_id: int | None = None
        self.data: PersonFileData | None = None
        self.visit_dialog: VisitDialog | None = None
        self.writer = Writer(database=database, labels=self._labels, window=self)

        self.header = PersonHeader(self._labels)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.pack_button = QPushButton(self.tr("Welcome pack…"))
        self.pack_button.setToolTip(self.tr("Preview, save or print the welcome pack (Ctrl+P)"))
        # The window's "Export personal data…" and "Erase this person…", for the roles that may.
        self.privacy_button = QToolButton()
        self.privacy_button.setText(self.tr("Personal data"))
        self.privacy_button.setToolTip(
            self.tr("Export everything held on this person, or erase them")
        )
        self.privacy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.privacy_button.setMenu(QMenu(self.privacy_button))
        self.privacy_button.hide()
        self.tabs = QTabWidget()
        common: dict[str, Any] = {"labels": self._labels, "writer": self.writer}
        self.checklist = ChecklistTab(actor=actor, today=today, **common)
        self.housing = HousingTab(**common)
        self.healthcare = HealthcareTab(**common)
        self.administrative = AdministrativeTab(actor=actor, **common)
        self.appointments = AppointmentsTab(**common)
        self.visits = VisitsTab()
        self.history = HistoryTab(self._labels)
        for tab, title in (
            (self.checklist, self.tr("&Checklist")),
            (self.housing, self.tr("H&ousing")),
            (self.healthcare, self.tr("H&ealthcare")),
            (self.administrative, self.tr("&Administrative")),
            (self.appointments, self.tr("A&ppointments")),
            (self.visits, self.tr("&Visits")),
            (self.history, self.tr("H&istory")),
        ):
            self.tabs.addTab(tab, title)
        self.status = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.pack_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.privacy_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.setEnabled(False)  # until a person is shown

        self.writer.saved.connect(self._saved)
        self.writer.stale.connect(self.reload)
        self.close_button.clicked.connect(self.close_file)
        self.pack_button.clicked.connect(self._pack_clicked)
        self.visits.record_button.clicked.connect(self.record_visit)
        # F5 (refresh) belongs to the window, which may call reload(): not taken here too, or
        # Qt would find the key ambiguous and do neither.
        for sequence, slot in (
            (QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_R), self.record_visit),
            (QKeySequence(Qt.Key.Key_Escape), self.close_file),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def set_privacy_actions(self, actions: list[QAction]) -> None:
        """The personal-data actions offered by the button; hidden when the role has none."""
        menu = self.privacy_button.menu()
        menu.clear()
        shown = [action for action in actions if action.isVisible()]
        menu.addActions(shown)
        self.privacy_button.setVisible(bool(shown))

    @property
    def person_id(self) -> int | None:
        return self._person_id

    def _forms(self) -> list[FormTab]:
        return [self.housing, self.healthcare, self.administrative, self.appointments]

    # -- showing -------------------------------------------------------------------------------

    def show_person(self, person_id: int) -> bool:
        """Open the file of ``person_id`` (read in the background; ``loaded`` once shown).

        Returns False when the staff chose to stay on the current file's unsaved changes.
        """
        if person_id != self._person_id:
            if not self.confirm_leave():
                return False
            self._person_id = person_id
            self.data = None
            self.setEnabled(False)  # nothing acts on the previous file while this one loads
            for form in self._forms():
                form.set_person(person_id)
            self.status.setText(self.tr("Loading…"))
        self.reload()
        return True

    def reload(self) -> None:
        """Read the file again in the background; only the newest reading is shown."""
        if self._person_id is None:
            return
        self._request += 1
        request, person_id = self._request, self._person_id
        database, language, today = self._database, self._language, self._today()

        def work(_progress: Any, _cancelled: Any) -> tuple[int, PersonFileData | None]:
            with database.session() as session:
                return request, load_person_file(session, person_id, language, today)

        job = Job(work)
        job.signals.finished.connect(self._show)
        job.signals.failed.connect(self._failed)
        self._runner.start(job)

    def _show(self, result: tuple[int, PersonFileData | None]) -> None:
        request, data = result
        if request != self._request:
            return  # a newer reading is on its way
        if data is None:
            self.data = None
            self.setEnabled(False)
            self.status.setText(self.tr("This person is no longer in the register."))
            return
        first = self.data is None
        self.data = data
        self.setEnabled(True)
        self.header.show_data(data)
        self.checklist.show_steps(data.steps)
        self.housing.show_rows(data.housing)
        self.healthcare.show_record(data.healthcare)
        self.administrative.show_record(data.administrative)
        self.appointments.show_rows(data.appointments)
        self.visits.show_rows(data.visits)
        self.history.show_trail(data.trail)
        if first:
            self.status.clear()
            self.checklist.start()
        self.loaded.emit(data.person_id)

    def _failed(self, error: Exception) -> None:
        """The reading failed (the job logged it): the environment's reason, or just that."""
        self.status.setText(self.tr("The file could not be read."))
        problem = environment_error_message(self._database.describe(), error)
        text = self.tr("This person's file could not be read.")
        if problem is not None:
            text += " " + self._labels.message(problem)
        QMessageBox.warning(self, self.tr("Welcome Desk"), text)

    # -- changes -------------------------------------------------------------------------------

    def _saved(self) -> None:
        if self._person_id is None:
            return
        self.status.setText(self.tr("Saved."))
        self.changed.emit(self._person_id)
        self.reload()

    def record_visit(self) -> None:
        """Ctrl+R: the visit dialog, the usual purpose ticked; Enter records it."""
        if self.data is None or self.visit_dialog is not None:
            return
        purposes = visit_purposes()
        if not purposes:
            return
        dialog = VisitDialog(
            purposes,
            self._language,
            display_name(self.data.family_name, self.data.given_names),
            self,
        )
        self.visit_dialog = dialog
        dialog.accepted.connect(self._visit_accepted)
        dialog.finished.connect(self._visit_dialog_closed)
        dialog.open()

    def _visit_accepted(self) -> None:
        dialog, person_id, actor = self.visit_dialog, self._person_id, self._actor
        if dialog is None or person_id is None:
            return
        chosen, note = dialog.chosen(), dialog.note()
        if self.writer.run(
            lambda session: record_visit(session, person_id, chosen, actor, notes=note)
        ):
            self.tabs.setCurrentWidget(self.visits)

    def _visit_dialog_closed(self) -> None:
        if self.visit_dialog is not None:
            self.visit_dialog.deleteLater()
            self.visit_dialog = None

    def _pack_clicked(self) -> None:
        if self._person_id is not None:
            self.pack_requested.emit(self._person_id)

    # -- leaving -------------------------------------------------------------------------------

    def unsaved_changes(self) -> list[str]:
        """The tabs holding edits not yet saved (their titles, without accelerators)."""
        tabs: list[QWidget] = [f for f in self._forms() if f.dirty]
        if self.checklist.has_unsaved_notes():
            tabs.insert(0, self.checklist)
        return [self.tabs.tabText(self.tabs.indexOf(t)).replace("&", "") for t in tabs]

    def confirm_leave(self) -> bool:
        """True when nothing is unsaved, or the staff agrees to drop it."""
        unsaved = self.unsaved_changes()
        if not unsaved:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Changes in %1 are not saved. Leave them unsaved?").replace(
                "%1", ", ".join(unsaved)
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        for form in self._forms():
            form.discard()
        self.checklist.discard_notes()
        return True

    def close_file(self) -> None:
        if self.confirm_leave():
            self.closed.emit()

    def wait_for_jobs(self, msecs: int = 30_000) -> bool:
        return self._runner.wait_for_all(msecs)

    def closeEvent(self, event: Any) -> None:
        self._runner.wait_for_all()
        super().closeEvent(event)
