"""Window tests run with the English catalog installed, as the program does (plural forms)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from welcome_desk.ui.app import install_translators


@pytest.fixture(autouse=True)
def english_window(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
