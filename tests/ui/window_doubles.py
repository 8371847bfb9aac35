"""Stand-ins for what a window test must not show: message boxes (a modal box would wait for
ever), and the staff's locale (dates written as a given locale writes them)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

# The button each kind of box is closed with: its usual one.
ANSWERS = {
    "information": QMessageBox.StandardButton.Ok,
    "warning": QMessageBox.StandardButton.Ok,
    "critical": QMessageBox.StandardButton.Ok,
    "question": QMessageBox.StandardButton.Yes,
}


def record_boxes(monkeypatch: pytest.MonkeyPatch, *kinds: str) -> list[str]:
    """``QMessageBox.<kind>(parent, title, text, ...)`` for each kind, never shown: its text goes
    into the list returned, in order, and it answers as its usual button (Yes to a question)."""
    said: list[str] = []
    for kind in kinds:
        answer = ANSWERS[kind]

        def box(
            _parent: object,
            _title: str,
            text: str,
            *_args: object,
            answer: QMessageBox.StandardButton = answer,
        ) -> object:
            said.append(text)
            return answer

        monkeypatch.setattr(QMessageBox, kind, box)
    return said


@contextmanager
def default_locale(name: str) -> Iterator[None]:
    """``QLocale(name)`` as the default for the time of the block, the previous one put back."""
    previous = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        yield
    finally:
        QLocale.setDefault(previous)
