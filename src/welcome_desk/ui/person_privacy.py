"""A person's data requests from the window (GDPR): everything held on them written to a file
(article 15), and their erasure (article 17), for administrators.

The work is the services' (``privacy_export.save_export``, ``privacy.erase_person``), run off
the GUI thread; the services check the role again whatever the window shows. The erasure asks
first in a dialog that says what happens and enables its button only once the person's family
name (or number) is typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from anyascii import anyascii
from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.db.models import Person
from welcome_desk.domain.roles import NotAllowed, Permission
from welcome_desk.services.backup import KEEP_DAILY, KEEP_WEEKLY
from welcome_desk.services.privacy import erase_person, scrub_file
from welcome_desk.services.privacy_export import save_export
from welcome_desk.ui.error_text import error_text, file_problem_text
from welcome_desk.ui.import_pages import plain_label
from welcome_desk.ui.import_text import fill
from welcome_desk.ui.person_file.formatting import display_name, format_date
from welcome_desk.ui.staff import StaffControls
from welcome_desk.ui.tasks import Job, TaskRunner


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """Who a request is about, as the staff recognise them."""

    id: int
    family_name: str
    given_names: str | None
    arrival_date: date
    external_ids: tuple[str, ...]

    @property
    def name(self) -> str:
        return display_name(self.family_name, self.given_names)


def read_summary(database: Database, person_id: int) -> PersonSummary | None:
    with database.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            return None
        return PersonSummary(
            id=person.id,
            family_name=person.family_name,
            given_names=person.given_names,
            arrival_date=person.arrival_date,
            external_ids=tuple(f"{e.value} ({e.source})" for e in person.external_ids),
        )


def export_file_name(person: PersonSummary, today: date, suffix: str) -> str:
    """ "personal-data-42-dupont-elodie-2026-11-22.json": ASCII, safe on every file system."""
    written = f"{person.family_name} {person.given_names or ''}"
    letters = "".join(c for c in written if not unicodedata.category(c).startswith("S"))
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(letters).lower()).strip("-")[:40].strip("-")
    return f"personal-data-{person.id}-{slug or 'person'}-{today.isoformat()}.{suffix}"


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def folded(text: str) -> str:
    """``text`` with case, accents and surrounding spaces aside (what typing a name asks)."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class EraseDialog(QDialog):
    """Says what an erasure does and asks for the person's family name (or number) before its
    button can be pressed."""

    def __init__(self, person: PersonSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.setWindowTitle(self.tr("Erase this person"))
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32)
        )
        who = plain_label(fill("%1  (#%2)", person.name, person.id))
        font = who.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        who.setFont(font)
        details = fill(self.tr("Arrived on %1."), format_date(person.arrival_date))
        if person.external_ids:
            details += " " + fill(self.tr("External ids: %1."), ", ".join(person.external_ids))
        what = QLabel(
            "<ul style='-qt-list-indent: 1'>"
            + "".join(
                f"<li style='margin-bottom: 6px'>{line}</li>"
                for line in (
                    self.tr(
                        "<b>Everything the desk holds on this person is deleted</b>: their "
                        "details, external ids, checklist and the history of its steps, "
                        "housing, healthcare and administrative records, appointments and "
                        "counter visits."
                    ),
                    self.tr(
                        "The audit trail keeps <b>only that an erasure happened</b> (when and "
                        "by whom), not who the person was; their earlier entries keep who did "
                        "what and when, without the values."
                    ),
                    fill(
                        self.tr(
                            "<b>Backups made before still hold the person</b> until they rotate "
                            "out (%1 daily and %2 weekly copies: about five weeks). Copies made "
                            "by hand, and those kept before a migration or a restore "
                            "(…-before-migration-…, …-before-restore-… in the backups folder), "
                            "are never rotated: delete those made before this erasure, or keep "
                            "them as protected as the database. A backup restored later brings "
                            "them back: erase them again."
                        ),
                        KEEP_DAILY,
                        KEEP_WEEKLY,
                    ),
                    self.tr("<b>This cannot be undone.</b>"),
                )
            )
            + "</ul>"
        )
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.RichText)
        self.ask = plain_label(
            fill(
                self.tr("To confirm, type their family name (%1) or their number (%2):"),
                person.family_name,
                person.id,
            )
        )
        font = self.ask.font()
        font.setBold(True)
        self.ask.setFont(font)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(person.family_name)
        self.ask.setBuddy(self.typed)
        buttons = QDialogButtonBox()
        self.erase_button = QPushButton(self.tr("&Erase for good"))
        self.erase_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        for button in (self.erase_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter never erases by itself: see _return_pressed
            button.setDefault(False)
        self.erase_button.clicked.connect(self._erase_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.typed.textChanged.connect(self._update)
        self.typed.returnPressed.connect(self._return_pressed)

        head = QVBoxLayout()
        head.addWidget(who)
        head.addWidget(plain_label(details))
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(head, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(what)
        layout.addWidget(self.ask)
        layout.addWidget(self.typed)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._update()
        self.typed.setFocus()

    def confirmed(self) -> bool:
        """Whether what is typed names the person: their family name (case and accents aside)
        or their number."""
        typed = self.typed.text().strip()
        if not typed:
            return False
        by_number = typed.lstrip("#") == str(self.person.id)
        return by_number or folded(typed) == folded(self.person.family_name)

    def _update(self, *_args: object) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def _return_pressed(self) -> None:
        if self.confirmed():
            self.accept()

    def _erase_clicked(self) -> None:
        if self.confirmed():
            self.accept()


class PersonPrivacy(QObject):
    """The main window's "Export personal data…" and "Erase this person…"."""

    exported = Signal(object)  # the Path written
    erased = Signal(int)  # the person's old id
    failed = Signal(str)  # what the staff were told

    def __init__(
        self,
        window: QWidget,
        *,
        database: Database,
        language: str,
        staff: StaffControls,
        runner: TaskRunner,
        today: Callable[[], date],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._language = language
        self._staff = staff
        self._runner = runner
        self._today = today
        self.erase_dialog: EraseDialog | None = None

    def _summary(self, person_id: int) -> PersonSummary | None:
        person = read_summary(self._database, person_id)
        if person is None:
            self._tell(self.tr("This person is no longer in the register."))
        return person

    def _tell(self, text: str) -> None:
        self.failed.emit(text)
        QMessageBox.warning(self._window, self.tr("Welcome Desk"), text)

    # Export ------------------------------------------------------------------------------------

    def export(self, person_id: int, path: Path | None = None) -> None:
        """Everything held on the person, to a .json or .pdf file chosen by the staff."""
        if not self._staff.allowed(Permission.EXPORT_PERSON_DATA):
            return
        person = self._summary(person_id)
        if person is None:
            return
        if path is None:
            path = self._choose_file(person)
            if path is None:
                return
        database, language, today = self._database, self._language, self._today()

        def work(_progress: Any, _cancelled: Any) -> Path:
            with database.writing() as session:
                save_export(session, person_id, path, language, today)
            return path

        self._status(self.tr("Writing the personal data…"))
        job = Job(work)
        job.signals.finished.connect(lambda written: self._exported(person, written))
        job.signals.failed.connect(lambda error: self._not_exported(path, error))
        self._runner.start(job)

    def _choose_file(self, person: PersonSummary) -> Path | None:
        json_filter = self.tr("JSON, for another program (*.json)")
        pdf_filter = self.tr("PDF document, for the person to read (*.pdf)")
        chosen, selected = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export everything held on %1").replace("%1", person.name),
            str(documents_folder() / export_file_name(person, self._today(), "json")),
            f"{json_filter};;{pdf_filter}",
            json_filter,
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".json", ".pdf"):
            path = path.with_name(path.name + (".pdf" if selected == pdf_filter else ".json"))
        return path

    def _exported(self, person: PersonSummary, path: Path) -> None:
        self._status(self.tr("Personal data exported."))
        self.exported.emit(path)
        QMessageBox.information(
            self._window,
            self.tr("Personal data exported"),
            fill(self.tr("Everything held on %1 was written to %2."), person.name, path),
        )

    def _not_exported(self, path: Path, error: Exception) -> None:
        self._status(self.tr("Nothing was exported."))
        if isinstance(error, OSError) and not isinstance(error, NotAllowed):
            text = fill(
                self.tr("The export could not be written to %1: %2."),
                path,
                file_problem_text(error, self._language),
            )
        else:
            text = error_text(error, self._language, self._database.describe())
        self._tell(text)

    # Erasure -----------------------------------------------------------------------------------

    def erase(self, person_id: int) -> None:
        """The erasure dialog; once confirmed, the person erased off the GUI thread."""
        if not self._staff.allowed(Permission.ERASE_PEOPLE) or self.erase_dialog is not None:
            return
        person = self._summary(person_id)
        if person is None:
            return
        dialog = EraseDialog(person, self._window)
        self.erase_dialog = dialog
        dialog.accepted.connect(lambda: self._erase_now(person))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.erase_dialog is not None:
            self.erase_dialog.deleteLater()
            self.erase_dialog = None

    def _erase_now(self, person: PersonSummary) -> None:
        database, person_id = self._database, person.id

        def work(_progress: Any, _cancelled: Any) -> int:
            with database.writing() as session:
                erase_person(session, person_id)
            scrub_file(database)
            return person_id

        self._status(self.tr("Erasing…"))
        job = Job(work)
        job.signals.finished.connect(lambda _id: self._erased(person))
        job.signals.failed.connect(self._not_erased)
        self._runner.start(job)

    def _erased(self, person: PersonSummary) -> None:
        self._status(fill(self.tr("%1 (#%2) was erased."), person.name, person.id))
        self.erased.emit(person.id)

    def _not_erased(self, error: Exception) -> None:
        self._status(self.tr("Nobody was erased."))
        self._tell(error_text(error, self._language, self._database.describe()))

    def _status(self, text: str) -> None:
        """A passing word in the window's status bar (gone after a while)."""
        bar = getattr(self._window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10_000)
