"""Starting the desk window: the Qt application, its language, the first data."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from welcome_desk import STARTED
from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.i18n import locale_name
from welcome_desk.paths import translations_dir
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.tasks import Job, TaskRunner

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
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Welcome Desk")
    app.setOrganizationName("Maison Internationale")
    translators = install_translators(app, language)
    window = MainWindow(database=database, language=language, actor=actor, template=template)
    window.translators = translators  # type: ignore[attr-defined]  # kept alive with the window
    if smoke_test:
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
    if not smoke_test:
        QTimer.singleShot(0, window.offer_demo_data_if_empty)
    if daily_backup is not None:
        _start_daily_backup(window, daily_backup)
    return app.exec()


def _start_daily_backup(window: MainWindow, work: Callable[[], str | None]) -> None:
    """The daily backup, off the GUI thread; a failure (already logged) is shown once."""
    runner = TaskRunner(parent=window)
    job = Job(lambda _progress, _cancelled: work())

    def done(warning: str | None) -> None:
        if warning:
            QMessageBox.warning(window, window.windowTitle(), warning)

    job.signals.finished.connect(done)
    runner.start(job)
