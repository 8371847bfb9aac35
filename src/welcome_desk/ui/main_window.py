"""The counter's main window: search always at hand, the people it finds, the coming arrivals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk import __version__
from welcome_desk.db.engine import Database
from welcome_desk.domain.countries import country_name
from welcome_desk.services import people as people_service
from welcome_desk.services.search import search
from welcome_desk.ui.demo_offer import offer_demo_data
from welcome_desk.ui.people_model import PeopleTableModel, PersonRow
from welcome_desk.ui.tasks import Job, TaskRunner

SEARCH_DELAY_MS = 120
ARRIVALS_SHOWN = 200
ARRIVALS_LOOK_BACK = timedelta(days=30)


class MainWindow(QMainWindow):
    people_shown = Signal(int)  # rows now in the table (tests and the smoke test wait on it)

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        today: Callable[[], date] = date.today,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__()
        self._database = database
        self._language = language
        self._today = today
        self._runner = runner or TaskRunner(parent=self)
        self._request = 0
        self.setWindowTitle(self.tr("Welcome Desk"))
        self.resize(1100, 700)

        self.search_field = QLineEdit(
            placeholderText=self.tr("Search by name, id or email (Ctrl+F)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.list_title = QLabel()
        self.model = PeopleTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            PeopleTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.setAlternatingRowColors(True)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_field)
        layout.addWidget(self.list_title)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self._open_current)
        self.table.activated.connect(self._open)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", database.describe()))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        find = QAction(self.tr("&Find a person"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        file_menu.insertAction(quit_action, find)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Welcome Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def offer_demo_data_if_empty(self) -> None:
        with self._database.session() as session:
            empty = people_service.count_people(session) == 0
        if empty:
            offer_demo_data(self, self._database, self._runner, on_done=self.refresh)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def refresh(self) -> None:
        """Fill the table in the background: search results, or the coming arrivals."""
        self._request += 1
        request = self._request
        text = self.search_field.text().strip()
        database, language, start = (
            self._database,
            self._language,
            self._today() - ARRIVALS_LOOK_BACK,
        )

        def work(_progress: Any, _cancelled: Any) -> tuple[int, str, list[PersonRow]]:
            with database.session() as session:
                if text:
                    rows = [
                        PersonRow(
                            h.id,
                            h.family_name,
                            h.given_names,
                            h.nationality,
                            country_name(h.nationality, language),
                            h.category,
                            h.arrival_date,
                            ", ".join(v for _s, v in h.external_ids),
                        )
                        for h in search(session, text, limit=100)
                    ]
                else:
                    rows = [
                        PersonRow(
                            p.id,
                            p.family_name,
                            p.given_names,
                            p.nationality,
                            country_name(p.nationality, language),
                            p.category,
                            p.arrival_date,
                            ", ".join(e.value for e in p.external_ids),
                        )
                        for p in people_service.arrivals_from(session, start, ARRIVALS_SHOWN)
                    ]
            return request, text, rows

        job = Job(work)
        job.signals.finished.connect(self._show_rows)
        job.signals.failed.connect(self._show_error)
        self._runner.start(job)

    def _show_rows(self, result: tuple[int, str, list[PersonRow]]) -> None:
        request, text, rows = result
        if request != self._request:
            return  # the user has typed more since; a newer answer is on its way
        self.model.set_rows(rows)
        if text:
            title = self.tr("%n person(s) found", "", len(rows))
        else:
            title = self.tr("Arrivals from %1").replace(
                "%1", (self._today() - ARRIVALS_LOOK_BACK).isoformat()
            )
        self.list_title.setText(title)
        if rows:
            self.table.selectRow(0)
        self.people_shown.emit(len(rows))

    def _show_error(self, error: Exception) -> None:
        QMessageBox.warning(
            self,
            self.tr("Welcome Desk"),
            self.tr("The list could not be read: %1").replace("%1", str(error)),
        )

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        # The person file arrives with the counter window; until then, say who was chosen.
        person_id = self.model.person_id(index.row())
        name = self.model.index(index.row(), PeopleTableModel.NAME).data()
        self.statusBar().showMessage(
            self.tr("Selected: %1 (#%2)").replace("%1", name).replace("%2", str(person_id))
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Welcome Desk"),
            self.tr(
                "Welcome Desk %1\nMaison Internationale — Université de Lille and City of Lille"
                "\n\nDatabase: %2"
            )
            .replace("%1", __version__)
            .replace("%2", self._database.describe()),
        )

    def keyPressEvent(self, event: Any) -> None:
        """Typing anywhere starts a search."""
        if event.text() and event.text().isprintable() and not self.search_field.hasFocus():
            self.search_field.setFocus()
            self.search_field.setText(self.search_field.text() + event.text())
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        self._runner.wait_for_all()
        super().closeEvent(event)
