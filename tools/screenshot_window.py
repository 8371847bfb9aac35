"""What the screenshot tools share: the database named on their command line, and the desk's
window in a language, signed in, at a fixed date, with a timer to take each shot once drawn.

Qt is imported only when the window is opened: ``--prepare`` runs without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.domain.actor import Actor


def open_database(path: str, actor: Actor | None = None) -> Database:
    file = Path(path)
    return Database(resolve_url(str(file), file), actor=actor)


def open_window(db: Database, lang: str, actor: Actor, today: date) -> tuple[Any, Any, Any]:
    """The application (its ``lang`` translators installed) and the main window, 1280×800 and
    shown; the translators are returned too, to be kept alive as long as the application."""
    from PySide6.QtWidgets import QApplication

    from welcome_desk.services.templates import shipped_template
    from welcome_desk.ui.app import install_translators
    from welcome_desk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, lang)
    window = MainWindow(
        database=db,
        language=lang,
        actor=actor,
        template=shipped_template(),
        today=lambda: today,
    )
    window.resize(1280, 800)
    window.show()
    return app, window, translators


def later(ms: int, fn: Callable[[], object]) -> None:
    """``fn()`` after ``ms`` milliseconds of the event loop."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(ms, fn)
