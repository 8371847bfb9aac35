"""On an empty database, offer fictitious newcomers to try the desk with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from welcome_desk.db.engine import Database
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.services.demo import DemoResult, add_demo_people
from welcome_desk.ui.error_text import error_text
from welcome_desk.ui.tasks import Job, TaskRunner

OFFERED_PEOPLE = 1_000


def offer_demo_data(
    parent: QWidget,
    database: Database,
    runner: TaskRunner,
    template: ChecklistTemplate,
    language: str,
    on_done: Callable[[], None],
) -> Job | None:
    """Ask; if the user agrees, add demo people in the background with progress and cancel."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DemoOffer", "Empty database"),
        QCoreApplication.translate(
            "DemoOffer",
            "The database is empty. Add %1 fictitious newcomers to try the desk with?\n\n"
            "They are marked as demo people (ids DEMO-…).",
        ).replace("%1", QLocale().toString(OFFERED_PEOPLE)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    dialog = QProgressDialog(
        QCoreApplication.translate("DemoOffer", "Adding demo newcomers…"),
        QCoreApplication.translate("DemoOffer", "Cancel"),
        0,
        OFFERED_PEOPLE,
        parent,
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    job = Job(
        lambda progress, cancelled: add_demo_people(
            database,
            OFFERED_PEOPLE,
            progress=progress,
            should_cancel=cancelled,
            batch_size=100,
            template=template,
        )
    )
    dialog.canceled.connect(job.cancel)
    job.signals.progress.connect(lambda done, _total: dialog.setValue(done))

    def finished(_result: DemoResult) -> None:
        dialog.reset()
        on_done()

    def failed(error: Exception) -> None:
        dialog.reset()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("DemoOffer", "Empty database"),
            QCoreApplication.translate(
                "DemoOffer", "The demo newcomers could not be added: %1"
            ).replace("%1", error_text(error, language, database.describe())),
        )

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    runner.start(job)
    return job
