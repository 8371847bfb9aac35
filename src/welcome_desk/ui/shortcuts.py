"""Help ▸ Keyboard shortcuts: the desk is driven from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("shortcuts", text)


def shortcut_rows() -> list[tuple[str, str]]:
    native = QKeySequence.SequenceFormat.NativeText
    keys = [
        (
            QKeySequence(QKeySequence.StandardKey.Find).toString(native),
            _t("Find a person (or just start typing)"),
        ),
        (_t("Enter"), _t("Open the person selected")),
        (_t("Escape"), _t("Back to the list")),
        ("Ctrl+1", _t("Dashboard")),
        ("Ctrl+2", _t("People list")),
        (QKeySequence(QKeySequence.StandardKey.New).toString(native), _t("Register a newcomer")),
        ("Ctrl+I", _t("Import a list of arrivals")),
        (QKeySequence(QKeySequence.StandardKey.Refresh).toString(native), _t("Refresh")),
        ("Ctrl+R", _t("Record a counter visit (in the person file)")),
        (_t("Space"), _t("Tick or untick the step selected (in the checklist)")),
        ("1 … 5", _t("Set the step's status: to do, in progress, done, not applicable, blocked")),
        (QKeySequence(QKeySequence.StandardKey.HelpContents).toString(native), _t("This list")),
    ]
    return keys


def show_shortcuts(parent: QWidget) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(_t("Keyboard shortcuts"))
    rows = shortcut_rows()
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels([_t("Keys"), _t("Action")])
    for row, (keys, action) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(keys))
        table.setItem(row, 1, QTableWidgetItem(action))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(640, 420)
    dialog.open()
    return dialog
