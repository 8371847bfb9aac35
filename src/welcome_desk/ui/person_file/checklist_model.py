"""The checklist as a tree: one row per area, its steps beneath, in the template's order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from welcome_desk.domain.step_status import StepStatus
from welcome_desk.ui.person_file.data import NEAR_DAYS, StepRow
from welcome_desk.ui.person_file.formatting import Labels, format_date

Index = QModelIndex | QPersistentModelIndex
AREA_ID = 0  # internal id of area rows; a step row's is its area's row + 1

OVERDUE_COLOUR = QColor(0xC6, 0x28, 0x28)
NEAR_COLOUR = QColor(0xB2, 0x5E, 0x00)


class ChecklistModel(QAbstractItemModel):
    TITLE, STATUS, DUE, DONE, NOTES = range(5)
    COLUMNS = 5
    StepIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2  # the status code ("done", "blocked"…)
    UrgencyRole = Qt.ItemDataRole.UserRole + 3  # "overdue", "near" or None
    AreaRole = Qt.ItemDataRole.UserRole + 4

    # A click on a step's box: the file saves the change, the model shows it once saved.
    toggle_requested = Signal(int)

    def __init__(
        self, *, labels: Labels, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._labels = labels
        self._today = today
        self._areas: list[str] = []
        self._steps: list[list[StepRow]] = []

    # -- content -------------------------------------------------------------------------------

    def set_steps(self, steps: Sequence[StepRow]) -> None:
        order = {area: rank for rank, area in enumerate(self._labels.areas())}
        areas = sorted({s.area for s in steps}, key=lambda a: (order.get(a, len(order)), a))
        self.beginResetModel()
        self._areas = areas
        self._steps = [[s for s in steps if s.area == area] for area in areas]
        self.endResetModel()

    def update_step(self, updated: StepRow) -> None:
        """Show a step as just saved (before the whole file is read again)."""
        for area_row, steps in enumerate(self._steps):
            for row, step in enumerate(steps):
                if step.id == updated.id:
                    steps[row] = updated
                    self.dataChanged.emit(
                        self.index(row, 0, self.index(area_row, 0)),
                        self.index(row, self.COLUMNS - 1, self.index(area_row, 0)),
                    )
                    self.dataChanged.emit(
                        self.index(area_row, 0), self.index(area_row, self.COLUMNS - 1)
                    )
                    return

    def step(self, index: Index) -> StepRow | None:
        if not index.isValid() or index.internalId() == AREA_ID:
            return None
        area_row = index.internalId() - 1
        if not 0 <= area_row < len(self._steps) or not 0 <= index.row() < len(
            self._steps[area_row]
        ):
            return None
        return self._steps[area_row][index.row()]

    def index_of_step(self, step_id: int) -> QModelIndex:
        for area_row, steps in enumerate(self._steps):
            for row, step in enumerate(steps):
                if step.id == step_id:
                    return self.index(row, 0, self.index(area_row, 0))
        return QModelIndex()

    def steps(self) -> list[StepRow]:
        return [step for steps in self._steps for step in steps]

    # -- structure -----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < len(self._areas):
                return self.createIndex(row, column, AREA_ID)
            return QModelIndex()
        if parent.internalId() != AREA_ID or parent.column() != 0:
            return QModelIndex()
        area_row = parent.row()
        if 0 <= area_row < len(self._steps) and 0 <= row < len(self._steps[area_row]):
            return self.createIndex(row, column, area_row + 1)
        return QModelIndex()

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == AREA_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, AREA_ID)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._areas)
        if parent.internalId() == AREA_ID and parent.column() == 0:
            return len(self._steps[parent.row()]) if 0 <= parent.row() < len(self._steps) else 0
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Step"),
            self.tr("Status"),
            self.tr("Due"),
            self.tr("Done"),
            self.tr("Notes"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        step = self.step(index)
        if step is not None and step.applicable and index.column() == self.TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        step = self.step(index)
        if role != Qt.ItemDataRole.CheckStateRole or step is None or not step.applicable:
            return False
        self.toggle_requested.emit(step.id)
        return True

    # -- what is shown -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == AREA_ID:
            return self._area_data(index.row(), index.column(), role)
        step = self.step(index)
        return None if step is None else self._step_data(step, index.column(), role)

    def _area_data(self, row: int, column: int, role: int) -> Any:
        if not 0 <= row < len(self._areas):
            return None
        if role == self.AreaRole:
            return self._areas[row]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.TITLE:
            return self._labels.area(self._areas[row])
        if column == self.STATUS:
            counted = [
                s
                for s in self._steps[row]
                if s.applicable and s.status != StepStatus.NOT_APPLICABLE
            ]
            done = sum(s.is_done() for s in counted)
            return (
                self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(len(counted)))
            )
        return None

    def _urgency(self, step: StepRow) -> str | None:
        days = step.days_left(self._today())
        if days is None:
            return None
        if days < 0:
            return "overdue"
        return "near" if days <= NEAR_DAYS else None

    def _step_data(self, step: StepRow, column: int, role: int) -> Any:
        if role == self.StepIdRole:
            return step.id
        if role == self.StatusRole:
            return step.status
        if role == self.UrgencyRole:
            return self._urgency(step)
        if role == self.AreaRole:
            return step.area
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(step, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.TITLE and step.applicable:
            return Qt.CheckState.Checked if step.is_done() else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(step, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(step, column)
        if role == Qt.ItemDataRole.FontRole:
            urgent = column == self.DUE and self._urgency(step) == "overdue"
            if step.applicable and not urgent:
                return None
            font = QFont()
            font.setStrikeOut(not step.applicable)
            font.setBold(urgent)
            return font
        return None

    def _display(self, step: StepRow, column: int) -> str | None:
        if column == self.TITLE:
            return step.title
        if column == self.STATUS:
            label = self._labels.status(step.status)
            if step.status == StepStatus.BLOCKED and step.blocked_reason:
                return f"{label}: {step.blocked_reason}"
            return label
        if column == self.DUE:
            due = format_date(step.due_on)
            return f"{due} ✎" if due and step.due_set_by_hand else due
        if column == self.DONE:
            return format_date(step.done_on)
        if column == self.NOTES:
            return (step.notes or "").split("\n", 1)[0]
        return None

    def _tooltip(self, step: StepRow, column: int) -> str | None:
        if not step.applicable:
            return self.tr("No longer applies to this person (kept with its history).")
        if column == self.DUE:
            days = step.days_left(self._today())
            parts = []
            if days is not None and days < 0:
                parts.append(self.tr("Overdue by %n day(s)", "", -days))
            elif days is not None:
                parts.append(self.tr("Due in %n day(s)", "", days))
            if step.due_set_by_hand:
                parts.append(self.tr("Due date set by hand"))
            return "\n".join(parts) or None
        if column == self.STATUS and step.blocked_reason:
            return step.blocked_reason
        if column in (self.TITLE, self.NOTES):
            return (step.title if column == self.TITLE else step.notes) or None
        return None

    def _colour(self, step: StepRow, column: int) -> QColor | None:
        if not step.applicable or step.status in (StepStatus.DONE, StepStatus.NOT_APPLICABLE):
            return QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if column == self.DUE:
            urgency = self._urgency(step)
            if urgency == "overdue":
                return OVERDUE_COLOUR
            if urgency == "near":
                return NEAR_COLOUR
        return None
