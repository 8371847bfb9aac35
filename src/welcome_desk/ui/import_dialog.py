"""The import dialog: choose a file, preview it, import it in the background, read the report.

Every file read and every database query runs in a :class:`~welcome_desk.ui.tasks.Job`; results come
back by signal, so the window never freezes and widgets are only touched on the GUI thread. The
import uses the file as it was previewed (read once), so what the staff checked is what is saved.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.i18n import translator
from welcome_desk.services.importing import ImportFile, ImportReport
from welcome_desk.services.importing.run import MAX_SOURCE_LENGTH
from welcome_desk.ui import import_work as work
from welcome_desk.ui.import_pages import FilePage, ProgressPage, ReportPage
from welcome_desk.ui.import_text import fill
from welcome_desk.ui.latest_jobs import LatestJobs, Work
from welcome_desk.ui.tasks import TaskRunner

# The dry run starts again when the source name changes, once the typing pauses.
RECHECK_DELAY_MS = 400


class Stage(enum.Enum):
    CHOOSE = "choose"  # no usable file yet (or the last one was refused)
    READING = "reading"
    PREVIEW = "preview"  # the file is read; its dry run may still be running
    IMPORTING = "importing"
    REPORT = "report"


class ImportDialog(QDialog):
    """Import newcomers from a CSV or XLSX file, as ``welcome-desk import`` does, with a preview."""

    imported = Signal(object)  # the ImportReport of a finished import: the window refreshes
    previewed = Signal(object)  # the ImportFile now shown in the preview
    checked = Signal(object)  # the dry run's ImportReport now shown in the preview
    cancelled = Signal()  # the import was cancelled: nothing was saved
    rejects_saved = Signal(object)  # the Path the rejected rows were written to
    problem_shown = Signal(str)  # a message for the staff (unusable file, database, disk)

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        actor: Actor,
        template: ChecklistTemplate,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._template = template
        self._runner = runner
        self._today = today
        self._translate = translator(language)
        self._file: ImportFile | None = None
        self._report: ImportReport | None = None
        self._jobs = LatestJobs(runner)
        self.stage = Stage.CHOOSE

        self.setWindowTitle(self.tr("Import newcomers"))
        self.resize(900, 640)
        self.file_page = FilePage(self._translate)
        self.progress_page = ProgressPage()
        self.report_page = ReportPage(self._translate)
        self.pages = QStackedWidget()
        for page in (self.file_page, self.progress_page, self.report_page):
            self.pages.addWidget(page)

        buttons = QDialogButtonBox()
        self.import_button = self._button(buttons, self.tr("&Import"), self.start_import)
        self.cancel_button = self._button(buttons, self.tr("Cancel the import"), self.cancel_import)
        self.save_rejects_button = self._button(
            buttons, self.tr("&Save the rejects…"), lambda: self.save_rejects()
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self._close_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)

        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._recheck.timeout.connect(self._start_check)
        self.file_page.choose_button.clicked.connect(lambda: self.choose_file())
        self.file_page.source_field.textChanged.connect(self._source_changed)
        self._set_stage(Stage.CHOOSE)

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: slot())
        return button

    # Step 1: the file and the source of its ids

    def choose_file(self, path: str | Path | None = None) -> None:
        """Read ``path`` (or the file the staff pick) in the background, then preview it.

        Once the import has started, the dialog stays with its file: nothing happens.
        """
        if self.stage in (Stage.IMPORTING, Stage.REPORT):
            return
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose the file to import"),
                str(self._file.path.parent) if self._file else "",
                self.tr("CSV or Excel (*.csv *.xlsx)") + ";;" + self.tr("All files (*)"),
            )
            if not chosen:
                return
            path = chosen
        path = Path(path)
        self._jobs.cancel("check")
        self._file = None
        self._show_problem("")
        self.file_page.path_field.setText(str(path))
        self.file_page.show_file(None)
        self.file_page.status.setText(self.tr("Reading the file…"))
        self._set_stage(Stage.READING)
        self._start("read", lambda _progress, _cancelled: work.read_file(path), self._file_read)

    @property
    def source(self) -> str:
        return self.file_page.source_field.text().strip()

    def _source_ok(self) -> bool:
        return 0 < len(self.source) <= MAX_SOURCE_LENGTH

    def _source_changed(self, _text: str) -> None:
        if self.stage != Stage.PREVIEW:
            return
        self._jobs.cancel("check")
        self.file_page.check_counts.show_report(None)
        if self._source_ok():
            self._show_problem("")
            self.file_page.check_title.setText(self.tr("Checking every row…"))
            self._recheck.start()
        else:
            self._recheck.stop()
            self.file_page.check_title.clear()
            self._show_problem(self.tr("Give the source of the ids (the system they come from)."))
        self._set_stage(Stage.PREVIEW)

    # Step 2: the preview and the dry run

    def _file_read(self, outcome: ImportFile | work.FileRefused) -> None:
        self.file_page.status.clear()
        if isinstance(outcome, work.FileRefused):
            self._set_stage(Stage.CHOOSE)
            self._show_problem(outcome.message.render(self._translate))
            return
        self._file = outcome
        self._show_problem("")
        self.file_page.show_file(outcome)
        self._set_stage(Stage.PREVIEW)
        self.previewed.emit(outcome)
        self._start_check()

    def _request(self, file: ImportFile) -> work.ImportRequest:
        return work.ImportRequest(
            database=self._database,
            file=file,
            source=self.source,
            today=self._today(),
            template=self._template,
            actor=self._actor,
        )

    def _start_check(self) -> None:
        """The dry run: what importing the file now would do, counted without saving."""
        if self._file is None or self.stage != Stage.PREVIEW or not self._source_ok():
            return
        request = self._request(self._file)
        self.file_page.check_counts.show_report(None)
        self.file_page.check_title.setText(self.tr("Checking every row…"))
        self._start(
            "check",
            lambda progress, cancelled: work.run_import(
                request, dry_run=True, progress=progress, cancelled=cancelled
            ),
            self._checked,
            progress=self._check_progress,
        )

    def _check_progress(self, done: int, total: int) -> None:
        self.file_page.check_title.setText(
            fill(self.tr("Checking every row… %1 of %2"), done, total)
        )

    def _checked(self, outcome: work.CheckOutcome) -> None:
        if isinstance(outcome, work.ImportStopped):
            return
        if isinstance(outcome, work.DatabaseProblem):
            self.file_page.check_title.clear()
            self._show_problem(self._database_problem(outcome))
            return
        self.file_page.check_title.setText(
            self.tr("If you import now (checked without saving anything):")
        )
        self.file_page.check_counts.show_report(outcome)
        self.checked.emit(outcome)

    # Step 3: the import, in the background, with progress and cancel

    def start_import(self) -> None:
        if self._file is None or self.stage != Stage.PREVIEW or not self._source_ok():
            return
        self._recheck.stop()
        self._jobs.cancel("check")
        request = self._request(self._file)
        self.progress_page.start(self._file.row_count)
        self._set_stage(Stage.IMPORTING)
        self._start(
            "import",
            lambda progress, cancelled: work.run_import(
                request, dry_run=False, progress=progress, cancelled=cancelled
            ),
            self._import_done,
            progress=self.progress_page.advance,
        )

    def cancel_import(self) -> None:
        """Ask the running import to stop; it rolls back and says so."""
        job = self._jobs.running("import")
        if job is None:
            return
        job.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_page.status.setText(self.tr("Cancelling… nothing will be saved."))

    def _import_done(self, outcome: work.CheckOutcome) -> None:
        if isinstance(outcome, ImportReport):
            self._report = outcome
            self.report_page.show_report(outcome)
            self._set_stage(Stage.REPORT)
            self.imported.emit(outcome)
            return
        self._set_stage(Stage.PREVIEW)
        if isinstance(outcome, work.ImportStopped):
            self._show_problem(self.tr("The import was cancelled: nothing was saved."))
            self.cancelled.emit()
        else:
            self._show_problem(self._database_problem(outcome))

    # Step 4: the report and its rejected rows

    def save_rejects(self, path: str | Path | None = None) -> None:
        """Write the rejected rows (with their line and reasons) to a CSV the staff can fix."""
        report = self._report
        if report is None or not report.rejected or self._jobs.running("save"):
            return
        if path is None:
            suggested = report.file.with_name(fill(self.tr("%1-rejects.csv"), report.file.stem))
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the rejected rows"),
                str(suggested),
                self.tr("CSV (*.csv)"),
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if target.resolve() == report.file.resolve():
            self._show_problem(self.tr("Choose another file: this one is the file imported."))
            return
        translate = self._translate
        self.save_rejects_button.setEnabled(False)
        self._start(
            "save",
            lambda _progress, _cancelled: work.save_rejects(report, target, translate),
            self._rejects_written,
        )

    def _rejects_written(self, outcome: work.RejectsSaved | work.RejectsNotSaved) -> None:
        self.save_rejects_button.setEnabled(True)
        if isinstance(outcome, work.RejectsSaved):
            self._show_problem("")
            self.report_page.saved.setText(
                fill(self.tr("The rejected rows are saved in %1."), outcome.path)
            )
            self.rejects_saved.emit(outcome.path)
        else:
            self._show_problem(
                fill(
                    self.tr("The rejected rows could not be saved in %1: %2."),
                    outcome.path,
                    outcome.reason,
                )
            )

    # Jobs, stages and messages

    def _start(
        self,
        kind: str,
        job_work: Work,
        done: Callable[[Any], None],
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self._jobs.start(
            kind,
            job_work,
            done=done,
            failed=lambda error: self._failed(kind, error),
            progress=progress,
        )

    def _failed(self, kind: str, error: Exception) -> None:
        """A bug, not something the staff did: say so plainly (the log has the details)."""
        text = fill(
            self.tr("Something went wrong (%1); the details are in the log."),
            type(error).__name__,
        )
        if kind == "read":
            self._set_stage(Stage.CHOOSE)
            self.file_page.status.clear()
        elif kind == "import":
            self._set_stage(Stage.PREVIEW)
            text = fill(self.tr("The import stopped: nothing was saved. %1"), text)
        elif kind == "save":
            self.save_rejects_button.setEnabled(True)
        elif kind == "check":
            self.file_page.check_title.clear()
        self._show_problem(text)

    def _database_problem(self, problem: work.DatabaseProblem) -> str:
        return fill(self.tr("%1 Nothing was saved."), problem.message.render(self._translate))

    def _show_problem(self, text: str) -> None:
        page = self.report_page if self.stage == Stage.REPORT else self.file_page
        page.problem.show_text(text)
        if text:
            self.problem_shown.emit(text)

    def _set_stage(self, stage: Stage) -> None:
        self.stage = stage
        page = {
            Stage.IMPORTING: self.progress_page,
            Stage.REPORT: self.report_page,
        }.get(stage, self.file_page)
        self.pages.setCurrentWidget(page)
        importing = stage == Stage.IMPORTING
        self.import_button.setVisible(stage in (Stage.CHOOSE, Stage.READING, Stage.PREVIEW))
        self.import_button.setEnabled(stage == Stage.PREVIEW and self._source_ok())
        self.import_button.setDefault(stage == Stage.PREVIEW)
        self.cancel_button.setVisible(importing)
        self.cancel_button.setEnabled(importing)
        self.save_rejects_button.setVisible(stage == Stage.REPORT)
        self.save_rejects_button.setEnabled(
            stage == Stage.REPORT and bool(self._report and self._report.rejected)
        )
        self.close_button.setVisible(not importing)
        self.file_page.choose_button.setEnabled(not importing)
        self.file_page.source_field.setEnabled(stage in (Stage.CHOOSE, Stage.PREVIEW))

    def _close_clicked(self) -> None:
        if self.stage == Stage.REPORT:
            self.accept()
        else:
            self.reject()

    def done(self, result: int) -> None:
        """Closing while the import runs asks it to stop instead; the dialog then says so."""
        if self.stage == Stage.IMPORTING:
            self.cancel_import()
            return
        self._recheck.stop()
        self._jobs.forget_all()
        super().done(result)
