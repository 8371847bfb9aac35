"""Starting the desk window: the Qt application, its language, the first data."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from welcome_desk import STARTED
from welcome_desk.db.engine import Database
from welcome_desk.ui.main_window import MainWindow


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons, dialogs) in the staff's language."""
    QLocale.setDefault(QLocale(language))
    translators = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(QLocale(language), "qtbase", "_", qt_translations):
        app.installTranslator(translator)
        translators.append(translator)
    return translators


def run(
    database: Database, language: str, *, smoke_test: bool, on_ready: Callable[[str], None] = print
) -> int:
    started = STARTED
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Welcome Desk")
    app.setOrganizationName("Maison Internationale")
    install_translators(app, language)
    window = MainWindow(database=database, language=language)
    if smoke_test:

        def ready(_rows: int) -> None:
            on_ready(f"ready in {round((time.perf_counter() - started) * 1000)} ms")
            window.close()
            app.quit()

        window.people_shown.connect(ready)
    window.show()
    QTimer.singleShot(0, window.refresh)
    if not smoke_test:
        QTimer.singleShot(0, window.offer_demo_data_if_empty)
    return app.exec()
