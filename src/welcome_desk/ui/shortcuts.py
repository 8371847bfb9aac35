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


def shortcut_rows() -> list[tuple[str, str]]:
    native = QKeySequence.SequenceFormat.NativeText
    keys = [
        (
            QKeySequence(QKeySequence.StandardKey.Find).toString(native),
            QCoreApplication.translate("Shortcuts", "Find a person (or just start typing)"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Enter"),
            QCoreApplication.translate("Shortcuts", "Open the person selected"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Escape"),
            QCoreApplication.translate("Shortcuts", "Back to the list"),
        ),
        ("Ctrl+1", QCoreApplication.translate("Shortcuts", "Dashboard")),
        ("Ctrl+2", QCoreApplication.translate("Shortcuts", "People list")),
        (
            "Ctrl+3",
            QCoreApplication.translate(
                "Shortcuts", "Statistics: arrivals by month, charts, tables and exports"
            ),
        ),
        (
            QKeySequence(QKeySequence.StandardKey.New).toString(native),
            QCoreApplication.translate("Shortcuts", "Register a newcomer"),
        ),
        ("Ctrl+I", QCoreApplication.translate("Shortcuts", "Import a list of arrivals")),
        (
            "Ctrl+P",
            QCoreApplication.translate(
                "Shortcuts", "Welcome pack of the person: preview, save, print"
            ),
        ),
        (
            QKeySequence(QKeySequence.StandardKey.Refresh).toString(native),
            QCoreApplication.translate("Shortcuts", "Refresh"),
        ),
        (
            "Ctrl+R",
            QCoreApplication.translate("Shortcuts", "Record a counter visit (in the person file)"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Space"),
            QCoreApplication.translate(
                "Shortcuts", "Tick or untick the step selected (in the checklist)"
            ),
        ),
        (
            "1 … 5",
            QCoreApplication.translate(
                "Shortcuts",
                "Set the step's status: to do, in progress, done, not applicable, blocked",
            ),
        ),
        (
            "Ctrl+Shift+H",
            QCoreApplication.translate(
                "Shortcuts", "Audit trail: every change, searched (administrators)"
            ),
        ),
        (
            QKeySequence(QKeySequence.StandardKey.HelpContents).toString(native),
            QCoreApplication.translate("Shortcuts", "This list"),
        ),
    ]
    return keys


def show_shortcuts(parent: QWidget) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
    rows = shortcut_rows()
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Shortcuts", "Keys"),
            QCoreApplication.translate("Shortcuts", "Action"),
        ]
    )
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
