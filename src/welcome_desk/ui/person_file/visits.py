"""Counter visits: the person's visits, and recording one in two keystrokes (Ctrl+R, Enter)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.services.records import PurposeOption
from welcome_desk.ui.person_file.data import VisitRow
from welcome_desk.ui.person_file.formatting import format_datetime
from welcome_desk.ui.person_file.rows_model import RowsModel

# Most visits are for general information: ticked already, so Ctrl+R then Enter records one.
DEFAULT_PURPOSE = "general_information"


class VisitDialog(QDialog):
    """Why the person came: purposes as boxes (the usual one ticked), a note; Enter saves."""

    def __init__(
        self,
        purposes: Sequence[PurposeOption],
        language: str,
        person_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a visit"))
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        columns = 2
        default = DEFAULT_PURPOSE if any(p.key == DEFAULT_PURPOSE for p in purposes) else None
        for position, purpose in enumerate(purposes):
            box = QCheckBox(purpose.label(language))
            box.setChecked(purpose.key == (default or purposes[0].key))
            box.toggled.connect(self._update_ok)
            self.boxes[purpose.key] = box
            grid.addWidget(box, position // columns, position % columns)
        self.notes = QLineEdit()
        self.notes.setMaxLength(2000)
        self.notes.setPlaceholderText(self.tr("Note (optional)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Visit of %1 — what was it for?").replace("%1", person_name))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        chosen = self.chosen()
        if chosen:
            self.boxes[chosen[0]].setFocus()

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def note(self) -> str:
        return self.notes.text()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))


class VisitsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(
            [self.tr("When"), self.tr("Received by"), self.tr("What for"), self.tr("Notes")],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.record_button = QPushButton(self.tr("Record a visit…"))
        self.record_button.setToolTip(self.tr("Ctrl+R"))
        self.count = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1, Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_rows(self, rows: tuple[VisitRow, ...]) -> None:
        self.model.set_rows(
            [
                (
                    row.id,
                    (format_datetime(row.at), row.staff, ", ".join(row.purposes), row.notes or ""),
                )
                for row in rows
            ]
        )
        self.count.setText(self.tr("%n visit(s)", "", len(rows)))
