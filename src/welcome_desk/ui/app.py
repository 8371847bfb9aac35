"""Starting the desk window: the Qt application, its language, who signs in, the first data."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from welcome_desk import STARTED
from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.i18n import locale_name
from welcome_desk.paths import translations_dir
from welcome_desk.services.accounts import sign_out
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.sign_in import open_desk
from welcome_desk.ui.tasks import Job, TaskRunner

log = logging.getLogger(__name__)
UI_CATALOG = "welcome_desk"  # translations/qt/welcome_desk_<lang>.qm


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """The window's strings and Qt's own (standard buttons, dialogs) in the staff's language.

    Dates and numbers follow the same language (QLocale), and right-to-left languages mirror
    the layout.
    """
    locale = QLocale(locale_name(language))
    QLocale.setDefault(locale)
    app.setLayoutDirection(locale.textDirection())
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (UI_CATALOG, str(translations_dir() / "qt")),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def run(
    database: Database,
    language: str,
    *,
    actor: Actor,
    template: ChecklistTemplate,
    smoke_test: bool,
    on_ready: Callable[[str], None] = print,
    daily_backup: Callable[[], str | None] | None = None,
) -> int:
    """The desk window, once someone has signed in (or on a single desk); ``actor`` is the
    operating-system user, who opens the window directly for an install check (``smoke_test``),
    as the command line does."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Welcome Desk")
    app.setOrganizationName("Maison Internationale")
    translators = install_translators(app, language)
    if smoke_test:
        return _smoke_test(app, database, language, actor, template, on_ready)
    desk = Desk(database=database, language=language, system_actor=actor, template=template)
    desk.translators = translators  # kept alive with the desk
    if not desk.open():
        return 0  # they chose to quit at the sign-in
    if daily_backup is not None:
        desk.start_daily_backup(daily_backup)
    return app.exec()


def _smoke_test(
    app: QApplication,
    database: Database,
    language: str,
    actor: Actor,
    template: ChecklistTemplate,
    on_ready: Callable[[str], None],
) -> int:
    window = MainWindow(database=database, language=language, actor=actor, template=template)
    waiting = {"dashboard", "people"}

    def shown(part: str) -> None:
        waiting.discard(part)
        if not waiting:
            on_ready(f"ready in {round((time.perf_counter() - STARTED) * 1000)} ms")
            window.close()
            app.quit()

    window.people_shown.connect(lambda _rows: shown("people"))
    window.dashboard.loaded.connect(lambda _data: shown("dashboard"))
    window.show()
    QTimer.singleShot(0, window.start)
    return app.exec()


class Desk(QObject):
    """The window of whoever is signed in; after a sign-out, the sign-in again."""

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        system_actor: Actor,
        template: ChecklistTemplate,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self._database = database
        self._language = language
        self._system_actor = system_actor
        self._template = template
        self._today = today
        self._runner = TaskRunner(parent=self)  # the daily backup outlives a sign-out
        self.window: MainWindow | None = None
        self.translators: list[QTranslator] = []

    def open(self) -> bool:
        """Ask who works (the first start, the sign-in) and open their window; False when they
        chose to quit."""
        opening = open_desk(
            self._database, self._language, system_actor=self._system_actor
        )
        if opening is None:
            return False
        window = MainWindow(
            database=self._database,
            language=self._language,
            actor=opening.actor,
            template=self._template,
            today=self._today,
            single_desk=opening.single_desk,
        )
        window.staff.sign_out_requested.connect(self.sign_out)
        self.window = window
        window.show()
        QTimer.singleShot(0, window.start)
        QTimer.singleShot(0, window.offer_demo_data_if_empty)
        return True

    def sign_out(self) -> None:
        """Close the window's work (unsaved edits are asked about first), then sign in again."""
        window = self.window
        app = QApplication.instance()
        if window is None or not isinstance(app, QApplication) or not window.staff.leave_work():
            return
        app.setQuitOnLastWindowClosed(False)  # the sign-in comes next, not the end
        try:
            if not window.close():
                return
            self.window = None
            window.deleteLater()
            try:
                sign_out(self._database)
            except (SQLAlchemyError, OSError):  # the trail misses a sign-out; the desk goes on
                log.warning("the sign-out could not be written to the audit trail")
            if not self.open():
                app.quit()
        finally:
            app.setQuitOnLastWindowClosed(True)

    def start_daily_backup(self, work: Callable[[], str | None]) -> None:
        """The daily backup, off the GUI thread; a failure (already logged) is shown once."""
        job = Job(lambda _progress, _cancelled: work())

        def done(warning: str | None) -> None:
            if warning:
                QMessageBox.warning(self.window, "Welcome Desk", warning)

        job.signals.finished.connect(done)
        self._runner.start(job)
