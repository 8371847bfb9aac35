"""Administration ▸ Personal data retention: who the retention rule reaches, and anonymising them.

Coordinators see the preview (the people who left more than N months ago, and how many have no
departure date to be reached by); only administrators may anonymise them. The period starts at
the desk's setting, changed in Settings (a link here for those who may); another number previews
(and applies) for this time only, as ``retention --months`` does. The preview and the rule run
off the GUI thread; the services check the role again whatever the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import NotAllowed, Permission
from welcome_desk.services import privacy
from welcome_desk.services.backup import KEEP_DAILY, KEEP_WEEKLY
from welcome_desk.services.privacy_retention import (
    Reached,
    RetentionPreview,
    RetentionResult,
    apply_retention,
    retention_preview,
)
from welcome_desk.ui.error_text import error_text
from welcome_desk.ui.import_pages import plain_label
from welcome_desk.ui.import_text import fill
from welcome_desk.ui.person_file.formatting import display_name, format_date
from welcome_desk.ui.read_only_model import Index, ReadOnlyTableModel
from welcome_desk.ui.tasks import Job, TaskRunner

PREVIEW_DELAY_MS = 250  # after the period is changed, before the preview is asked again


class ReachedModel(ReadOnlyTableModel):
    """The people the rule reaches, in the service's order (departure, then name)."""

    NUMBER, NAME, ARRIVAL, DEPARTURE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.people: list[Reached] = []
        self.set_headers(
            [self.tr("No."), self.tr("Name"), self.tr("Arrival"), self.tr("Departure")]
        )

    def set_people(self, people: list[Reached]) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        person, column = self.people[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NUMBER:
            return f"#{person.id}"
        if column == self.NAME:
            return display_name(person.family_name, person.given_names)
        if column == self.ARRIVAL:
            return format_date(person.arrival_date)
        if column == self.DEPARTURE:
            return format_date(person.departure_date)
        return None


class RetentionDialog(QDialog):
    """Who the retention rule reaches today; anonymising them, for administrators."""

    previewed = Signal(object)  # the RetentionPreview shown (tests wait on it)
    anonymised = Signal(object)  # the RetentionResult, once committed
    failed = Signal(str)  # what the staff were told

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        actor: Actor,
        runner: TaskRunner,
        today: Callable[[], date],
        open_settings: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._actor = actor
        self._runner = runner
        self._today = today
        self._open_settings = open_settings
        self._request = 0
        self._applying: Job | None = None
        self.preview: RetentionPreview | None = None
        self.setWindowTitle(self.tr("Personal data retention"))
        with database.session() as session:
            self.setting = privacy.retention_months(session)

        explain = plain_label(
            self.tr(
                "The people who left more than this many months ago are anonymised: their "
                "names, contact details, external ids, addresses, appointments and notes go; "
                "what the statistics count stays (dates, nationality, category, programme, "
                "host unit, age on arrival, steps and visits)."
            )
        )
        self.months = QSpinBox()
        self.months.setRange(privacy.MIN_RETENTION_MONTHS, privacy.MAX_RETENTION_MONTHS)
        self.months.setValue(self.setting)
        self.months.setSuffix(self.tr(" months"))
        period_label = QLabel(self.tr("&Retention period:"))
        period_label.setBuddy(self.months)
        self.setting_note = plain_label()
        self.settings_button = QPushButton(self.tr("Change the desk's &setting…"))
        self.settings_button.setToolTip(self.tr("Administration ▸ Settings"))
        self.settings_button.setVisible(
            open_settings is not None and actor.can(Permission.MANAGE_SETTINGS)
        )
        self.settings_button.clicked.connect(self._change_setting)
        period = QHBoxLayout()
        period.addWidget(period_label)
        period.addWidget(self.months)
        period.addWidget(self.setting_note, 1)
        period.addWidget(self.settings_button)

        self.summary = plain_label()
        self.model = ReachedModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReachedModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.without_departure = plain_label()
        self.status = plain_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # one transaction: busy, with no steps to count
        self.progress.setTextVisible(False)
        self.progress.hide()

        buttons = QDialogButtonBox()
        self.apply_button = QPushButton()
        self.apply_button.setAutoDefault(False)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.may_apply = actor.can(Permission.APPLY_RETENTION)
        self.apply_button.setVisible(self.may_apply)
        self.only_administrators = plain_label(self.tr("Only an administrator can anonymise them."))
        self.only_administrators.setVisible(not self.may_apply)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(period)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.without_departure)
        layout.addWidget(self.only_administrators)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 560)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.months.valueChanged.connect(self._months_changed)
        self._show_setting_note()
        self._set_buttons()

    # The preview --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask again who the rule reaches with the period shown (only the newest answer is
        shown)."""
        self._timer.stop()
        self._request += 1
        request, months, today = self._request, self.months.value(), self._today()
        database = self._database

        def work(_progress: Any, _cancelled: Any) -> tuple[int, RetentionPreview]:
            with database.session() as session:
                return request, retention_preview(session, today, months)

        self.summary.setText(self.tr("Looking for the people the rule reaches…"))
        self._set_buttons()
        job = Job(work)
        job.signals.finished.connect(self._show)
        job.signals.failed.connect(lambda error, r=request: self._preview_failed(r, error))
        self._runner.start(job)

    def _months_changed(self, _value: int) -> None:
        self._show_setting_note()
        self.preview = None
        self._set_buttons()
        self._timer.start()

    def _show(self, result: tuple[int, RetentionPreview]) -> None:
        request, preview = result
        if request != self._request:
            return
        self.preview = preview
        self.model.set_people(preview.people)
        cutoff = format_date(preview.cutoff)
        count = len(preview.people)
        if count:
            self.summary.setText(
                fill(
                    self.tr("%n person(s) left before %1: the rule anonymises them.", "", count),
                    cutoff,
                )
            )
        else:
            self.summary.setText(
                fill(self.tr("Nobody left before %1: the rule reaches no one today."), cutoff)
            )
        if preview.without_departure:
            self.without_departure.setText(
                fill(
                    self.tr(
                        "%n person(s) with no departure date arrived before %1: the rule does "
                        "not reach them until their departure is recorded.",
                        "",
                        preview.without_departure,
                    ),
                    cutoff,
                )
            )
        else:
            self.without_departure.setText(
                self.tr("Everyone who arrived before then has a departure date recorded.")
            )
        self._set_buttons()
        self.previewed.emit(preview)

    def _preview_failed(self, request: int, error: Exception) -> None:
        if request != self._request:
            return
        self.preview = None
        self.model.set_people([])
        self.summary.clear()
        self.without_departure.clear()
        self._problem(error)

    def _show_setting_note(self) -> None:
        if self.months.value() == self.setting:
            self.setting_note.setText(self.tr("(the desk's setting)"))
        else:
            self.setting_note.setText(
                fill(self.tr("(this time only: the desk's setting is %1 months)"), self.setting)
            )

    def _change_setting(self) -> None:
        """Settings, where the desk's period is kept; the preview follows what was saved."""
        if self._open_settings is None:
            return
        self._open_settings()
        with self._database.session() as session:
            self.setting = privacy.retention_months(session)
        if self.months.value() != self.setting:
            self.months.setValue(self.setting)  # previews again
        else:
            self._show_setting_note()

    # Anonymising ---------------------------------------------------------------------------------

    def _set_buttons(self) -> None:
        count = len(self.preview.people) if self.preview is not None else 0
        self.apply_button.setText(self.tr("&Anonymise %n person(s)…", "", count))
        self.apply_button.setEnabled(self.may_apply and count > 0 and self._applying is None)
        self.months.setEnabled(self._applying is None)
        self.close_button.setEnabled(self._applying is None)

    def apply(self) -> None:
        """After confirmation, anonymise the people previewed (all of them or none)."""
        preview = self.preview
        if preview is None or not preview.people or self._applying is not None:
            return
        if not self.may_apply:
            self._problem_text(
                error_text(
                    NotAllowed(self._actor, Permission.APPLY_RETENTION),
                    self._language,
                    self._database.describe(),
                )
            )
            return
        count = len(preview.people)
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise these people"),
            fill(
                self.tr(
                    "Anonymise %n person(s) who left before %1?\n\nTheir names, contact "
                    "details, external ids, addresses, appointments and notes are removed for "
                    "good; what the statistics count stays. Backups made before still hold "
                    "them until they rotate out.\n\nThis cannot be undone.",
                    "",
                    count,
                ),
                format_date(preview.cutoff),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, months, today = self._database, preview.months, self._today()

        def work(_progress: Any, _cancelled: Any) -> RetentionResult:
            with database.writing() as session:
                result = apply_retention(session, today, months)
            privacy.scrub_file(database)
            return result

        job = Job(work)
        job.signals.finished.connect(self._applied)
        job.signals.failed.connect(self._not_applied)
        self._applying = job
        self.progress.show()
        self.status.setText(self.tr("Anonymising %n person(s)…", "", count))
        self._set_buttons()
        self._runner.start(job)

    def _applied(self, result: RetentionResult) -> None:
        self._applying = None
        self.progress.hide()
        self.status.setText(
            self.tr("Anonymised %n person(s).", "", result.anonymised)
            + " "
            + fill(
                self.tr(
                    "Backups made before still hold them until they rotate out (%1 daily and "
                    "%2 weekly copies)."
                ),
                KEEP_DAILY,
                KEEP_WEEKLY,
            )
        )
        self.anonymised.emit(result)
        self.refresh()

    def _not_applied(self, error: Exception) -> None:
        self._applying = None
        self.progress.hide()
        self._set_buttons()
        self._problem(error)

    def _problem(self, error: Exception) -> None:
        self._problem_text(error_text(error, self._language, self._database.describe()))

    def _problem_text(self, text: str) -> None:
        self.status.setText(text)
        self.failed.emit(text)

    def done(self, result: int) -> None:
        """Not closed while the rule is being applied (it finishes, then the result shows)."""
        if self._applying is not None:
            return
        super().done(result)
