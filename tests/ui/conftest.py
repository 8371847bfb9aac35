"""Window tests run with the English catalog installed, as the program does (plural forms)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from welcome_desk.ui.app import install_translators
from welcome_desk.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def english_window(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """The window's background jobs; none may outlive its test."""
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_for_all(60_000), "a background job outlived its test"
