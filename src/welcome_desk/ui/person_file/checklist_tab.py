"""The checklist tab: steps by area, a status in one key or click, the chosen step's details.

Keys on the list: Space ticks a step done (or back to do), 1–5 set the five statuses (5, blocked,
asks why). Every change is saved at once with the version of the step as shown, so a change made
meanwhile at another desk is refused and reloaded, never overwritten.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from welcome_desk.db.journey_models import ChecklistStep
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.step_status import StepStatus
from welcome_desk.services import checklists
from welcome_desk.ui.person_file.checklist_model import ChecklistModel
from welcome_desk.ui.person_file.data import StepRow
from welcome_desk.ui.person_file.formatting import Labels, format_date, to_date, to_qdate
from welcome_desk.ui.person_file.saving import Writer

STATUS_KEYS = {
    Qt.Key.Key_1: StepStatus.TODO,
    Qt.Key.Key_2: StepStatus.IN_PROGRESS,
    Qt.Key.Key_3: StepStatus.DONE,
    Qt.Key.Key_4: StepStatus.NOT_APPLICABLE,
    Qt.Key.Key_5: StepStatus.BLOCKED,
}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class ChecklistView(QTreeView):
    """The list of steps; the status keys act on the current step."""

    status_key = Signal(object)  # a StepStatus, or None for the done/not done toggle

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() in _PLAIN:
            if event.key() == Qt.Key.Key_Space:
                self.status_key.emit(None)
                return
            status = STATUS_KEYS.get(Qt.Key(event.key()))
            if status is not None:
                self.status_key.emit(status)
                return
        super().keyPressEvent(event)


class ChecklistTab(QWidget):
    def __init__(
        self,
        *,
        labels: Labels,
        writer: Writer,
        actor: Actor,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels = labels
        self._writer = writer
        self._actor = actor
        self._today = today
        self._restoring = False
        self._notes_step: int | None = None  # the step whose notes the editor holds
        self._notes_dirty = False

        self.model = ChecklistModel(labels=labels, today=today, parent=self)
        self.view = ChecklistView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChecklistModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ChecklistModel.STATUS, ChecklistModel.DUE, ChecklistModel.DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.NOTES, QHeaderView.ResizeMode.Interactive)

        self.step_title = QLabel()
        self.step_title.setWordWrap(True)
        self.step_title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.step_title.font()
        bold.setBold(True)
        self.step_title.setFont(bold)
        self.step_status = QLabel()
        self.step_status.setWordWrap(True)
        # How to do the step, what to bring, the official pages (from the checklist template).
        self.step_help = QLabel()
        self.step_help.setWordWrap(True)
        self.step_help.setTextFormat(Qt.TextFormat.RichText)
        self.step_help.setOpenExternalLinks(True)
        self.step_help.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.due_editor = QDateEdit()
        self.due_editor.setCalendarPopup(True)
        self.set_due_button = QPushButton(self.tr("Set due date"))
        self.notes_editor = QPlainTextEdit()
        self.notes_editor.setPlaceholderText(
            self.tr("Notes on this step (what was said, what is missing)")
        )
        self.notes_editor.setTabChangesFocus(True)
        self.notes_editor.setMaximumHeight(90)
        self.save_notes_button = QPushButton(self.tr("Save notes"))
        self.save_notes_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.details = QGroupBox(self.tr("Step"))
        due_row = QHBoxLayout()
        due_row.addWidget(QLabel(self.tr("Due date:")))
        due_row.addWidget(self.due_editor)
        due_row.addWidget(self.set_due_button)
        due_row.addStretch(1)
        notes_row = QHBoxLayout()
        notes_row.addStretch(1)
        notes_row.addWidget(self.save_notes_button)
        details_layout = QVBoxLayout(self.details)
        details_layout.addWidget(self.step_title)
        details_layout.addWidget(self.step_status)
        # The help can be long: it scrolls, and never squeezes the checklist above.
        help_area = QScrollArea()
        help_area.setWidget(self.step_help)
        help_area.setWidgetResizable(True)
        help_area.setFrameShape(QFrame.Shape.NoFrame)
        help_area.setMaximumHeight(90)
        details_layout.addWidget(help_area)
        details_layout.addLayout(due_row)
        details_layout.addWidget(self.notes_editor, 1)
        details_layout.addLayout(notes_row)
        hint = QLabel(
            self.tr(
                "Space: done / not done · 1: to do · 2: in progress · 3: done · "
                "4: not applicable · 5: blocked · Ctrl+R: record a visit"
            )
        )
        hint.setWordWrap(True)

        # Room goes to the checklist first; the details take what they need.
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)

        self.view.status_key.connect(self._status_key)
        self.model.toggle_requested.connect(self._toggle_step)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.set_due_button.clicked.connect(self.save_due_date)
        self.save_notes_button.clicked.connect(self.save_notes)
        self.notes_editor.textChanged.connect(self._notes_edited)
        save = QShortcut(QKeySequence.StandardKey.Save, self.notes_editor)
        save.setContext(Qt.ShortcutContext.WidgetShortcut)
        save.activated.connect(self.save_notes)
        self._show_details(None)

    # -- content -------------------------------------------------------------------------------

    def show_steps(self, steps: tuple[StepRow, ...]) -> None:
        """Show the checklist as read, keeping the current step and notes being typed."""
        current = self.current_step()
        self._restoring = True
        try:
            self.model.set_steps(steps)
            self.view.expandAll()
            if current is not None:
                self.select_step(current.id)
        finally:
            self._restoring = False
        self._show_details(self.current_step())

    def start(self) -> None:
        """A file just opened: the keys act at once, on the first step still waiting."""
        waiting = next((s for s in self.model.steps() if s.is_open), None)
        if waiting is not None and self.current_step() is None:
            self.select_step(waiting.id)
        self.view.setFocus()

    def current_step(self) -> StepRow | None:
        return self.model.step(self.view.currentIndex())

    def select_step(self, step_id: int) -> bool:
        index = self.model.index_of_step(step_id)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def has_unsaved_notes(self) -> bool:
        return self._notes_dirty

    def discard_notes(self) -> None:
        self._notes_dirty = False

    # -- changes -------------------------------------------------------------------------------

    def _status_key(self, status: StepStatus | None) -> None:
        step = self.current_step()
        if step is None or not step.applicable:
            return
        if status is None:
            self._toggle_step(step.id)
        else:
            self.set_status(step, status)

    def _toggle_step(self, step_id: int) -> None:
        step = self._step(step_id)
        if step is not None:
            self.set_status(step, StepStatus.TODO if step.is_done() else StepStatus.DONE)

    def set_status(self, step: StepRow, status: StepStatus) -> bool:
        reason = None
        if status is StepStatus.BLOCKED:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Blocked step"),
                self.tr("Why is this step blocked?\n%1").replace("%1", step.title),
                QLineEdit.EchoMode.Normal,
                step.blocked_reason or "",
            )
            if not ok or not text.strip():
                return False
            reason = text.strip()
        actor, today = self._actor, self._today()
        return self._save(
            step,
            lambda session: checklists.set_status(
                session,
                step.id,
                status,
                actor,
                today=today,
                reason=reason,
                expected_version=step.version,
            ),
        )

    def save_due_date(self) -> bool:
        step = self.current_step()
        if step is None:
            return False
        due = to_date(self.due_editor.date())
        actor = self._actor
        return self._save(
            step,
            lambda session: checklists.set_due_date(
                session, step.id, due, actor, expected_version=step.version
            ),
        )

    def save_notes(self) -> bool:
        step = self._step(self._notes_step) if self._notes_step is not None else None
        if step is None or not self._notes_dirty:
            return False
        text, actor = self.notes_editor.toPlainText(), self._actor
        saved = self._save(
            step,
            lambda session: checklists.set_notes(
                session, step.id, text, actor, expected_version=step.version
            ),
        )
        if saved:
            self._notes_dirty = False
            self.save_notes_button.setEnabled(False)
        return saved

    def _save(self, step: StepRow, change: Callable[[Session], ChecklistStep]) -> bool:
        saved = self._writer.run(change)
        if saved is None:
            return False
        self.model.update_step(step.with_changes(saved))
        current = self.current_step()
        if current is not None and current.id == step.id:
            self._show_details(current)
        return True

    def _step(self, step_id: int | None) -> StepRow | None:
        return next((s for s in self.model.steps() if s.id == step_id), None)

    # -- details -------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        step = self.model.step(current)
        left = self._notes_step
        leaving = self._notes_dirty and left is not None and (step is None or step.id != left)
        # Nothing typed is lost by moving on: saved, or (when refused) kept on screen.
        if leaving and left is not None and not self.save_notes():
            self._restoring = True
            try:
                self.select_step(left)
            finally:
                self._restoring = False
        self._show_details(self.current_step())

    def _show_details(self, step: StepRow | None) -> None:
        for widget in (self.due_editor, self.set_due_button, self.notes_editor):
            widget.setEnabled(step is not None)
        self.save_notes_button.setEnabled(step is not None and self._notes_dirty)
        if step is None:
            self.step_title.setText(self.tr("Choose a step in the list."))
            self.step_status.clear()
            self.step_help.clear()
            self._set_notes(None, "")
            return
        self.step_title.setText(step.title)
        status = self.tr("Status: %1").replace("%1", self._labels.status(step.status))
        if step.done_on:
            status += " · " + self.tr("done on %1").replace("%1", format_date(step.done_on))
        if step.blocked_reason:
            status += " · " + self.tr("reason: %1").replace("%1", step.blocked_reason)
        if not step.applicable:
            status += " · " + self.tr("no longer applies to this person")
        self.step_status.setText(status)
        self.step_help.setText(self._help_html(step))
        due = step.due_on or self._today()
        self.due_editor.setDate(to_qdate(due))
        if not (self._notes_dirty and self._notes_step == step.id):
            self._set_notes(step.id, step.notes or "")

    def _help_html(self, step: StepRow) -> str:
        parts = [f"<p>{html.escape(step.help)}</p>"] if step.help else []
        if step.documents:
            items = "".join(f"<li>{html.escape(d)}</li>" for d in step.documents)
            to_bring = self.tr("To bring:")
            parts.append(f"<p>{html.escape(to_bring)}</p><ul>{items}</ul>")
        if step.links:
            links = " · ".join(
                f'<a href="{html.escape(url)}">{html.escape(label)}</a>'
                for label, url in step.links
            )
            parts.append(f"<p>{links}</p>")
        return "".join(parts)

    def _set_notes(self, step_id: int | None, text: str) -> None:
        self._restoring = True
        try:
            self.notes_editor.setPlainText(text)
        finally:
            self._restoring = False
        self._notes_step = step_id
        self._notes_dirty = False
        self.save_notes_button.setEnabled(False)

    def _notes_edited(self) -> None:
        if self._restoring or self._notes_step is None:
            return
        self._notes_dirty = True
        self.save_notes_button.setEnabled(True)

    def _context_menu(self, position: QPoint) -> None:
        step = self.model.step(self.view.indexAt(position))
        if step is None:
            return
        menu = QMenu(self)
        for key, status in STATUS_KEYS.items():
            action = menu.addAction(self._labels.status(status))
            action.setShortcut(QKeySequence(key))
            action.setEnabled(step.applicable and step.status != status)
            action.triggered.connect(
                lambda _checked=False, s=status, row=step: self.set_status(row, s)
            )
        menu.addSeparator()
        menu.addAction(self.tr("Set the due date…")).triggered.connect(self.due_editor.setFocus)
        menu.addAction(self.tr("Edit the notes…")).triggered.connect(self.notes_editor.setFocus)
        menu.popup(self.view.viewport().mapToGlobal(position))
