"""Welcome packs for everyone arriving in a period, one PDF each, as ``welcome-desk packs`` makes
them: choose the period, the folder and the language, follow the progress, read the summary.

The batch runs in a background job that spreads the packs over worker processes; Cancel stops it
between packs (those already written stay, whole). Each pack that could not be made is listed
with the person's name and the reason; the others are made all the same.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.files import writable_folder
from welcome_desk.packs.build import content_folder
from welcome_desk.paths import AppPaths, app_paths
from welcome_desk.ui.date_field import DateEdit, to_qdate
from welcome_desk.ui.error_text import file_problem_text
from welcome_desk.ui.import_pages import ProblemLabel, plain_label
from welcome_desk.ui.import_text import fill, number
from welcome_desk.ui.latest_jobs import LatestJobs
from welcome_desk.ui.pack_dialog import documents_folder
from welcome_desk.ui.pack_text import failure_reason, pack_languages, problem_text
from welcome_desk.ui.pack_work import BatchOutcome, BatchRequest, people_arriving, run_batch
from welcome_desk.ui.tasks import TaskRunner


class Stage(enum.Enum):
    CHOOSE = "choose"
    MAKING = "making"
    SUMMARY = "summary"


class PackBatchDialog(QDialog):
    """Packs for the arrivals of a period (the dashboard's, unless the staff pick another)."""

    counted = Signal(int)  # people arriving in the period chosen (tests wait on it)
    finished_batch = Signal(object)  # the BatchOutcome now summed up
    problem_shown = Signal(str)

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        runner: TaskRunner,
        first: date,
        last: date,
        paths: AppPaths | None = None,
        today: Callable[[], date] = date.today,
        jobs: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._paths = paths
        self._today = today
        self._process_count = jobs
        self._jobs = LatestJobs(runner)
        self._folder: Path | None = None
        self._arriving: int | None = None  # people in the period, once counted
        self.outcome: BatchOutcome | None = None
        self.stage = Stage.CHOOSE
        self.setWindowTitle(self.tr("Welcome packs for the arrivals"))
        self.resize(720, 520)

        self.choose_page = self._choose_page(first, last)
        self.making_page = self._making_page()
        self.summary_page = self._summary_page()
        self.pages = QStackedWidget()
        for page in (self.choose_page, self.making_page, self.summary_page):
            self.pages.addWidget(page)

        buttons = QDialogButtonBox()
        self.make_button = self._button(buttons, self.tr("&Make the packs"), self.start)
        self.cancel_button = self._button(buttons, self.tr("Cancel the batch"), self.cancel)
        self.open_button = self._button(buttons, self.tr("&Open the folder"), self.open_folder)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)

        self.first_field.dateChanged.connect(lambda _date: self._count())
        self.last_field.dateChanged.connect(lambda _date: self._count())
        self._set_stage(Stage.CHOOSE)
        self._count()

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: slot())
        return button

    # Pages

    def _choose_page(self, first: date, last: date) -> QWidget:
        page = QWidget()
        self.first_field = DateEdit(language=self._language, optional=False, start=first)
        self.last_field = DateEdit(language=self._language, optional=False, start=last)
        period = QHBoxLayout()
        period.addWidget(self.first_field)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.last_field)
        period.addStretch(1)
        self.count_label = plain_label()
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Each person's own language"), None)
        for code, name in pack_languages():
            self.language_box.addItem(name, code)
        self.folder_label = plain_label(self.tr("No folder chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.clicked.connect(lambda: self.choose_folder())
        folder = QHBoxLayout()
        folder.addWidget(self.folder_label, 1)
        folder.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Arriving from:"), period)
        form.addRow("", self.count_label)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("Folder:"), folder)
        self.problem = ProblemLabel()
        layout = QVBoxLayout(page)
        layout.addWidget(
            plain_label(
                self.tr(
                    "One PDF for each person arriving in the period, in their language or in "
                    "the one you choose. Packs already in the folder are replaced."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        return page

    def _making_page(self) -> QWidget:
        page = QWidget()
        self.making_title = plain_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.making_status = plain_label()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.making_title)
        layout.addWidget(self.progress)
        layout.addWidget(self.making_status)
        layout.addStretch(2)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_title = plain_label()
        font = self.summary_title.font()
        font.setBold(True)
        self.summary_title.setFont(font)
        self.summary_what = plain_label()
        self.summary_folder = plain_label()
        self.summary_note = plain_label()
        self.failures_title = plain_label()
        self.failures = QTreeWidget()
        self.failures.setHeaderLabels([self.tr("Person"), self.tr("Why the pack was not made")])
        self.failures.setRootIsDecorated(False)
        self.failures.setAlternatingRowColors(True)
        self.failures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.failures.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.failures.header().setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_what)
        layout.addWidget(self.summary_folder)
        layout.addWidget(self.summary_note)
        layout.addSpacing(8)
        layout.addWidget(self.failures_title)
        layout.addWidget(self.failures, 1)
        layout.addStretch(0)  # takes the room when there is no failure to list
        return page

    # Choosing

    def period(self) -> tuple[date, date]:
        return self.first_field.start_or_value(), self.last_field.start_or_value()

    def _period_ok(self) -> bool:
        first, last = self.period()
        return first <= last

    def _count(self) -> None:
        """How many people arrive in the period chosen (read in the background)."""
        self._arriving = None
        if not self._period_ok():
            self._jobs.cancel("count")
            self.count_label.setText(self.tr("The period ends before it starts."))
            self._set_stage(Stage.CHOOSE)
            return
        first, last = self.period()
        database = self._database
        self.count_label.setText(self.tr("Counting the arrivals…"))
        self._jobs.start(
            "count",
            lambda _progress, _cancelled: len(people_arriving(database, first, last)),
            done=self._counted,
            failed=self._failed,
        )
        self._set_stage(Stage.CHOOSE)

    def _counted(self, people: int) -> None:
        self._arriving = people
        if people:
            text = self.tr("%n person(s) arriving in this period.", "", people)
        else:
            text = self.tr("Nobody arrives in this period.")
        self.count_label.setText(text)
        self._set_stage(Stage.CHOOSE)
        self.counted.emit(people)

    def choose_folder(self, folder: str | Path | None = None) -> bool:
        """The folder the packs go to (the staff pick it when none is given)."""
        if folder is None:
            start = self._folder or documents_folder()
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the welcome packs"), str(start)
            )
            if not folder:
                return False
        self._folder = Path(folder)
        self.folder_label.setText(str(self._folder))
        self._set_stage(Stage.CHOOSE)
        return True

    @property
    def folder(self) -> Path | None:
        return self._folder

    @property
    def arriving(self) -> int | None:
        """People arriving in the period chosen (None while they are being counted)."""
        return self._arriving

    # Making

    def start(self) -> None:
        """Make the packs: the folder is asked for first if none is chosen yet."""
        if self.stage != Stage.CHOOSE or not self._period_ok():
            return
        if self._folder is None and not self.choose_folder():
            return
        assert self._folder is not None
        refused = writable_folder(self._folder) if self._folder.is_dir() else None
        if not self._folder.is_dir() or refused is not None:  # e.g. a USB key taken out
            reason = (
                file_problem_text(refused, self._language)
                if refused is not None
                else self.tr("the folder does not exist")
            )
            self._show_problem(
                fill(self.tr("No pack can be written in %1: %2."), self._folder, reason)
            )
            return
        first, last = self.period()
        request = BatchRequest(
            database=self._database,
            first=first,
            last=last,
            folder=self._folder,
            language=self.language_box.currentData(),
            today=self._today(),
            content_folder=content_folder(self._paths or app_paths()),
            jobs=self._process_count,
        )
        self._show_problem("")
        self.making_title.setText(fill(self.tr("Making the welcome packs in %1…"), request.folder))
        self.making_status.clear()
        self.progress.setRange(0, 0)  # moving until the first count arrives
        self._set_stage(Stage.MAKING)
        self._jobs.start(
            "batch",
            lambda progress, cancelled: run_batch(request, progress, cancelled),
            done=self._made,
            failed=lambda error: self._failed(error, request.content_folder),
            progress=self._advance,
        )

    def _advance(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(fill(self.tr("%1 of %2"), number(done), number(total)))

    def cancel(self) -> None:
        """Stop between packs: those written stay, the others are not made."""
        job = self._jobs.running("batch")
        if job is None:
            return
        job.cancel()  # the answer still comes, with what was made
        self.cancel_button.setEnabled(False)
        self.making_status.setText(
            self.tr("Stopping… the packs already made are kept, the others will not be made.")
        )

    def _made(self, outcome: BatchOutcome) -> None:
        self.outcome = outcome
        result = outcome.result
        self.summary_title.setText(
            fill(
                self.tr("Packs written: %1 of %2."),
                number(len(result.written)),
                number(outcome.total),
            )
        )
        request = outcome.request
        self.summary_what.setText(
            fill(
                self.tr("Arrivals from %1 to %2 · %3"),
                self._date(request.first),
                self._date(request.last),
                self.language_box.itemText(max(self.language_box.findData(request.language), 0)),
            )
        )
        self.summary_folder.setText(fill(self.tr("In the folder %1"), request.folder))
        if result.cancelled:
            note = self.tr(
                "The batch was cancelled: the packs already made are kept, the others were not "
                "made."
            )
        elif not outcome.total:
            note = self.tr("Nobody arrives in this period: no pack made.")
        else:
            note = ""
        self.summary_note.setText(note)
        self.summary_note.setVisible(bool(note))
        self.failures.clear()
        for failure in result.failed:
            name = outcome.names.get(failure.person_id) or fill("#%1", failure.person_id)
            item = QTreeWidgetItem([name, failure_reason(failure, self._language)])
            item.setToolTip(1, item.text(1))
            self.failures.addTopLevelItem(item)
        self.failures_title.setText(
            fill(self.tr("Not made: %1"), number(len(result.failed))) if result.failed else ""
        )
        self.failures_title.setVisible(bool(result.failed))
        self.failures.setVisible(bool(result.failed))
        self._set_stage(Stage.SUMMARY)
        self.finished_batch.emit(outcome)

    @staticmethod
    def _date(day: date) -> str:
        return QLocale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)

    def _failed(self, error: Exception, folder: Path | None = None) -> None:
        """No batch at all: the data files, the database, or a bug (the log has the details)."""
        text = problem_text(
            error,
            language=self._language,
            database=self._database.describe(),
            folder=folder or content_folder(self._paths or app_paths()),
        )
        if self.stage == Stage.MAKING:
            text = fill(self.tr("No pack was made. %1"), text)
        self._set_stage(Stage.CHOOSE)
        self._show_problem(text)

    def _show_problem(self, text: str) -> None:
        self.problem.show_text(text)
        if text:
            self.problem_shown.emit(text)

    def open_folder(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.request.folder)))

    # Stages

    def _set_stage(self, stage: Stage) -> None:
        self.stage = stage
        self.pages.setCurrentWidget(
            {
                Stage.CHOOSE: self.choose_page,
                Stage.MAKING: self.making_page,
                Stage.SUMMARY: self.summary_page,
            }[stage]
        )
        choosing = stage == Stage.CHOOSE
        self.make_button.setVisible(choosing)
        self.make_button.setEnabled(choosing and self._period_ok() and self._arriving != 0)
        self.make_button.setDefault(choosing)
        self.cancel_button.setVisible(stage == Stage.MAKING)
        self.cancel_button.setEnabled(stage == Stage.MAKING)
        self.open_button.setVisible(stage == Stage.SUMMARY)
        self.open_button.setEnabled(bool(self.outcome and self.outcome.result.written))
        self.close_button.setVisible(stage != Stage.MAKING)
        for widget in (self.first_field, self.last_field, self.language_box, self.choose_button):
            widget.setEnabled(choosing)

    def done(self, result: int) -> None:
        """Closing while the packs are made asks the batch to stop instead (Escape too)."""
        if self.stage == Stage.MAKING:
            self.cancel()
            return
        self._jobs.forget_all()
        super().done(result)
