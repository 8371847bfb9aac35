"""The counter's main window: search always at hand, the dashboard, the people list, the person,
the statistics.

Typing anywhere searches; Enter opens the person; Escape goes back to the list. Long work runs
in the background (ui/tasks.py); the window never waits on it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk import __version__
from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.domain.roles import Permission
from welcome_desk.files import home_relative
from welcome_desk.paths import AppPaths, app_paths
from welcome_desk.services import people_list
from welcome_desk.services.people import count_people
from welcome_desk.services.people_list import SortKey
from welcome_desk.services.search import ranked_ids
from welcome_desk.ui.dashboard import DashboardWidget
from welcome_desk.ui.demo_offer import offer_demo_data
from welcome_desk.ui.error_text import error_text
from welcome_desk.ui.list_filters import FilterBar
from welcome_desk.ui.people_model import PeopleTableModel
from welcome_desk.ui.person_privacy import PersonPrivacy
from welcome_desk.ui.shortcuts import show_shortcuts
from welcome_desk.ui.staff import StaffControls
from welcome_desk.ui.tasks import Job, TaskRunner

if TYPE_CHECKING:
    from welcome_desk.ui.stats_view import StatsView

SEARCH_DELAY_MS = 120
SEARCH_LIMIT = 500


class MainWindow(QMainWindow):
    people_shown = Signal(int)  # rows now in the people list (tests and the smoke test wait)

    DASHBOARD, PEOPLE, PERSON = range(3)

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        actor: Actor,
        template: ChecklistTemplate,
        today: Callable[[], date] = date.today,
        runner: TaskRunner | None = None,
        single_desk: bool = False,
        paths: AppPaths | None = None,
    ) -> None:
        super().__init__()
        self._database = database
        self._paths = paths or app_paths()  # where this computer's database setting is kept
        self._language = language
        self._actor = actor
        # Who works here: status bar, sign-out, the administrator's menu, the role's limits.
        self.staff = StaffControls(
            self, database=database, language=language, actor=actor, single_desk=single_desk
        )
        self._template = template
        self._today = today
        self._runner = runner or TaskRunner(parent=self)
        self._request = 0
        # A person's data requests (export, erasure), for administrators.
        self.privacy = PersonPrivacy(
            self,
            database=database,
            language=language,
            staff=self.staff,
            runner=self._runner,
            today=today,
        )
        self.privacy.erased.connect(self._erased)
        self.setWindowTitle(self.tr("Welcome Desk"))
        self.resize(1200, 760)

        self.search_field = QLineEdit(
            placeholderText=self.tr("Search by name, id or email (Ctrl+F)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.filters = FilterBar(language=language, today=today)
        self.list_title = QLabel()
        self.model = PeopleTableModel(
            fetch_rows=self._fetch_rows, sort_ids=self._sort_ids, language=language, parent=self
        )
        self.table = self._people_table()
        self.dashboard = DashboardWidget(
            database=database, language=language, runner=self._runner, today=today
        )
        self.person_file = self._person_file()
        self.statistics: StatsView | None = None  # made when first shown (QtCharts loads then)

        people_page = QWidget()
        people_layout = QVBoxLayout(people_page)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.filters)
        people_layout.addWidget(self.list_title)
        people_layout.addWidget(self.table)
        self.pages = QStackedWidget()
        for page in (self.dashboard, people_page, self.person_file):
            self.pages.addWidget(page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_field)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(self._typed)
        self.search_field.returnPressed.connect(self._open_current)
        self.filters.changed.connect(self.refresh)
        self.table.activated.connect(self._open)
        self.dashboard.person_activated.connect(self.open_person)
        self.dashboard.packs_requested.connect(self.welcome_packs)
        self._build_menus()
        self.staff.apply_role(
            {
                self.dashboard.packs_button: Permission.MAKE_PACKS,
                self.person_file.pack_button: Permission.MAKE_PACKS,  # type: ignore[attr-defined]
            }
        )
        self.person_file.set_privacy_actions(  # type: ignore[attr-defined]
            [self.export_data_action, self.erase_action]
        )
        self.statusBar().showMessage(
            self.tr("Database: %1").replace("%1", home_relative(database.describe()))
        )

    # --- building -------------------------------------------------------------------------

    def _people_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicatorShown(True)
        table.horizontalHeader().setSectionResizeMode(
            PeopleTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        return table

    def _person_file(self) -> QWidget:
        from welcome_desk.ui.person_file.widget import PersonFileWidget

        widget = PersonFileWidget(
            database=self._database,
            language=self._language,
            actor=self._actor,
            today=self._today,
        )
        widget.closed.connect(self.back_to_list)
        widget.pack_requested.connect(self.welcome_pack)
        widget.changed.connect(lambda _id: self.model.refresh_rows())
        return widget

    def _statistics_page(self) -> StatsView:
        from welcome_desk.ui.stats_view import StatsView

        if self.statistics is None:
            self.statistics = StatsView(
                database=self._database,
                language=self._language,
                runner=self._runner,
                today=self._today,
            )
            self.pages.addWidget(self.statistics)
        return self.statistics

    def _action(self, text: str, shortcut: Any, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_person_action = self._action(
            self.tr("&New person…"), QKeySequence.StandardKey.New, self.new_person
        )
        self.import_action = self._action(self.tr("&Import a list…"), "Ctrl+I", self.import_file)
        self.edit_person_action = self._action(
            self.tr("&Edit this person…"), "Ctrl+E", self.edit_person
        )
        file_menu.addAction(self.new_person_action)
        file_menu.addAction(self.edit_person_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.pack_action = self._action(
            self.tr("Welcome &pack…"), "Ctrl+P", lambda: self.welcome_pack()
        )
        self.packs_action = self._action(
            self.tr("Welcome packs for the &arrivals…"), None, lambda: self.welcome_packs()
        )
        file_menu.addAction(self.pack_action)
        file_menu.addAction(self.packs_action)
        file_menu.addSeparator()
        self.export_data_action = self._action(
            self.tr("Export personal &data…"), None, lambda: self.export_person_data()
        )
        self.erase_action = self._action(
            self.tr("E&rase this person…"), None, lambda: self.erase_person()
        )
        file_menu.addAction(self.export_data_action)
        file_menu.addAction(self.erase_action)
        file_menu.addSeparator()
        self.staff.add_file_actions(file_menu)
        # Per computer, for everyone: it must be reachable when the server is the trouble.
        self.database_action = self._action(self.tr("Data&base…"), None, self.choose_database)
        file_menu.addAction(self.database_action)
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        )
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Dashboard"), "Ctrl+1", self.show_dashboard))
        view_menu.addAction(self._action(self.tr("&People"), "Ctrl+2", self.show_people))
        self.statistics_action = self._action(
            self.tr("&Statistics"), "Ctrl+3", self.show_statistics
        )
        view_menu.addAction(self.statistics_action)
        view_menu.addAction(
            self._action(
                self.tr("&Find a person"), QKeySequence.StandardKey.Find, self.focus_search
            )
        )
        view_menu.addAction(
            self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.reload)
        )
        self.staff.add_administration_menu(self.menuBar())
        self._add_audit_action()
        self._add_retention_action()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Keyboard shortcuts"),
                QKeySequence.StandardKey.HelpContents,
                lambda: show_shortcuts(self),
            )
        )
        help_menu.addAction(self._action(self.tr("&About Welcome Desk"), None, self._about))

    def _add_audit_action(self) -> None:
        """Administration ▸ Audit trail… (Ctrl+Shift+H), for the roles that may search it."""
        menu = self.staff.administration_menu
        if menu is None or not self._actor.can(Permission.SEARCH_AUDIT):
            return
        self.audit_action = self._action(
            self.tr("Audit &trail…"), "Ctrl+Shift+H", self.show_audit_trail
        )
        menu.addSeparator()
        menu.addAction(self.audit_action)

    def show_audit_trail(self) -> None:
        """The administrator's search of the audit trail, in a window of its own (one at a
        time); a double click on an entry opens its person here."""
        from welcome_desk.ui.audit_window import AuditWindow

        if not self.staff.allowed(Permission.SEARCH_AUDIT):
            return
        window = self.findChild(AuditWindow)
        if window is None:
            window = AuditWindow(
                database=self._database,
                language=self._language,
                runner=self._runner,
                parent=self,
            )
            window.open_person.connect(self._open_from_audit)
            window.search()
        window.show()
        window.raise_()
        window.activateWindow()

    def _add_retention_action(self) -> None:
        """Administration ▸ Personal data retention…, for the roles that may see who the rule
        reaches (coordinators get an Administration menu for it alone)."""
        if not self._actor.can(Permission.PREVIEW_RETENTION):
            return
        menu = self.staff.administration_menu
        if menu is None:
            menu = self.menuBar().addMenu(self.tr("&Administration"))
        else:
            menu.addSeparator()
        self.retention_action = self._action(
            self.tr("Personal data &retention…"), None, self.show_retention
        )
        menu.addAction(self.retention_action)

    def show_retention(self) -> None:
        """Who the retention rule reaches, and (administrators) anonymising them."""
        from welcome_desk.ui.retention_dialog import RetentionDialog

        if not self.staff.allowed(Permission.PREVIEW_RETENTION):
            return
        dialog = self.findChild(RetentionDialog)
        if dialog is None:
            dialog = RetentionDialog(
                database=self._database,
                language=self._language,
                actor=self._actor,
                runner=self._runner,
                today=self._today,
                open_settings=self.staff.show_settings,
                parent=self,
            )
            dialog.anonymised.connect(lambda _result: self.reload())
            dialog.finished.connect(dialog.deleteLater)
            dialog.refresh()
        dialog.open()
        dialog.raise_()

    def export_person_data(self, person_id: int | None = None) -> None:
        """Everything held on the person open or selected, to a JSON or PDF file."""
        if not self.staff.allowed(Permission.EXPORT_PERSON_DATA):
            return
        person_id = person_id if person_id is not None else self._current_person()
        if person_id is not None:
            self.privacy.export(person_id)

    def erase_person(self, person_id: int | None = None) -> None:
        """Erase the person open or selected, once the staff confirmed it."""
        if not self.staff.allowed(Permission.ERASE_PEOPLE):
            return
        person_id = person_id if person_id is not None else self._current_person()
        if person_id is None:
            return
        file = self.person_file
        on_file = self.pages.currentIndex() == self.PERSON and file.person_id == person_id  # type: ignore[attr-defined]
        if on_file and not file.confirm_leave():  # type: ignore[attr-defined]
            return  # the staff chose to keep their unsaved edits on screen
        self.privacy.erase(person_id)

    def _erased(self, _person_id: int) -> None:
        """Back to the list, read again without them (the dashboard too)."""
        self.show_people()
        self.reload()

    def _open_from_audit(self, person_id: int) -> None:
        self.open_person(person_id)
        self.raise_()
        self.activateWindow()

    # --- navigation -----------------------------------------------------------------------

    def show_dashboard(self) -> None:
        self.pages.setCurrentIndex(self.DASHBOARD)
        self.dashboard.refresh()

    def show_people(self) -> None:
        self.pages.setCurrentIndex(self.PEOPLE)
        self.table.setFocus()

    def show_statistics(self) -> None:
        """Arrivals by month: counted again each time the page is shown."""
        if not self.staff.allowed(Permission.EXPORT_STATISTICS):
            return
        page = self._statistics_page()
        self.pages.setCurrentWidget(page)
        page.refresh()

    def back_to_list(self) -> None:
        self.pages.setCurrentIndex(self.PEOPLE if self.search_field.text() else self.DASHBOARD)
        self.table.setFocus()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def open_person(self, person_id: int) -> None:
        self.pages.setCurrentIndex(self.PERSON)
        self.person_file.show_person(person_id)  # type: ignore[attr-defined]

    def reload(self) -> None:
        self.refresh()
        self.dashboard.refresh()
        if self.pages.currentIndex() == self.PERSON:
            self.person_file.reload()  # type: ignore[attr-defined]
        if self.statistics is not None and self.pages.currentWidget() is self.statistics:
            self.statistics.refresh()

    def start(self) -> None:
        """First load after the window is shown: the dashboard and the people list."""
        self.dashboard.refresh()
        self.refresh()

    # --- the people list ------------------------------------------------------------------

    def _fetch_rows(self, ids: Any) -> dict[int, people_list.ListRow]:
        with self._database.session() as session:
            return people_list.rows_for(session, list(ids))

    def _sort_ids(self, ids: list[int], key: SortKey, descending: bool) -> list[int]:
        with self._database.session() as session:
            if self.search_field.text().strip():
                rows = people_list.rows_for(session, ids)
                return sorted(ids, key=lambda i: _sort_value(rows[i], key), reverse=descending)
            return people_list.list_ids(session, self.filters.value(), key, descending)

    def _typed(self, text: str) -> None:
        if text.strip() and self.pages.currentIndex() != self.PEOPLE:
            self.pages.setCurrentIndex(self.PEOPLE)
        self._search_timer.start()

    def refresh(self) -> None:
        """Fill the list in the background: search results, or everyone (with the filters)."""
        self._request += 1
        request = self._request
        text = self.search_field.text().strip()
        filters = self.filters.value()
        database = self._database

        def work(_progress: Any, _cancelled: Any) -> tuple[int, str, list[int], int]:
            with database.session() as session:
                if text:
                    found = [pid for pid, _score in ranked_ids(session, text, SEARCH_LIMIT)]
                    ids = people_list.keep_matching(session, found, filters)
                else:
                    ids = people_list.list_ids(session, filters)
                return request, text, ids, count_people(session)

        job = Job(work)
        job.signals.finished.connect(self._show_ids)
        job.signals.failed.connect(self._show_error)
        self._runner.start(job)

    def _show_ids(self, result: tuple[int, str, list[int], int]) -> None:
        request, text, ids, total = result
        if request != self._request:
            return  # typed more since: a newer answer is on its way
        self.model.set_ids(ids)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if text:
            title = self.tr("%n person(s) found", "", len(ids))
        else:
            title = self.tr("%n person(s) of %1", "", len(ids)).replace("%1", str(total))
        self.list_title.setText(title)
        if ids:
            self.table.selectRow(0)
        self.people_shown.emit(len(ids))

    def _show_error(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Welcome Desk"), error_text(error, self._language))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        self.open_person(self.model.person_id(index.row()))

    # --- dialogs --------------------------------------------------------------------------

    def new_person(self) -> None:
        from welcome_desk.ui.person_form import PersonDialog

        dialog = PersonDialog(
            database=self._database,
            language=self._language,
            actor=self._actor,
            today=self._today(),
            parent=self,
        )
        dialog.saved.connect(self._registered)
        dialog.open_person.connect(self.open_person)
        dialog.open()

    def edit_person(self) -> None:
        """Edit the person whose file is open, or the one selected in the list."""
        from welcome_desk.services.person_form import PersonNotFound
        from welcome_desk.ui.person_form import PersonDialog

        person_id = self._current_person()
        if person_id is None:
            return
        try:
            dialog = PersonDialog(
                database=self._database,
                language=self._language,
                actor=self._actor,
                today=self._today(),
                person_id=person_id,
                parent=self,
            )
        except PersonNotFound:
            QMessageBox.information(
                self, self.tr("Welcome Desk"), self.tr("This person is no longer in the register.")
            )
            self.reload()
            return
        dialog.saved.connect(self._registered)
        dialog.open()

    def _current_person(self) -> int | None:
        if self.pages.currentIndex() == self.PERSON:
            return self.person_file.person_id  # type: ignore[attr-defined, no-any-return]
        index = self.table.currentIndex()
        if self.pages.currentIndex() == self.PEOPLE and index.isValid():
            return self.model.person_id(index.row())
        return None

    def _registered(self, person_id: int) -> None:
        self.reload()
        self.open_person(person_id)

    def choose_database(self) -> None:
        """File › Database…: the database this computer's desk opens from its next start."""
        from welcome_desk.ui.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(
            paths=self._paths,
            language=self._language,
            runner=self._runner,
            in_use=home_relative(self._database.describe()),
            parent=self,
        )
        dialog.exec()

    def import_file(self) -> None:
        from welcome_desk.ui.import_dialog import ImportDialog

        if not self.staff.allowed(Permission.IMPORT_PEOPLE):
            return
        dialog = ImportDialog(
            database=self._database,
            language=self._language,
            actor=self._actor,
            template=self._template,
            runner=self._runner,
            today=self._today,
            parent=self,
        )
        dialog.imported.connect(lambda _report: self.reload())
        dialog.open()

    def welcome_pack(self, person_id: int | None = None) -> None:
        """The pack of ``person_id``, or of the person open or selected: preview, save, print."""
        from welcome_desk.ui.pack_dialog import PackDialog

        person_id = person_id if person_id is not None else self._current_person()
        if person_id is None or not self.staff.allowed(Permission.MAKE_PACKS):
            return
        dialog = PackDialog(
            database=self._database,
            language=self._language,
            person_id=person_id,
            runner=self._runner,
            today=self._today,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def welcome_packs(self, first: date | None = None, last: date | None = None) -> None:
        """Packs for the arrivals of a period (the dashboard's next 7 days unless given)."""
        from welcome_desk.services.dashboard import coming_days
        from welcome_desk.ui.pack_batch import PackBatchDialog

        if not self.staff.allowed(Permission.MAKE_PACKS):
            return
        if first is None or last is None:
            first, last = coming_days(self._today())
        dialog = PackBatchDialog(
            database=self._database,
            language=self._language,
            runner=self._runner,
            first=first,
            last=last,
            today=self._today,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def offer_demo_data_if_empty(self) -> None:
        with self._database.session() as session:
            empty = count_people(session) == 0
        if empty and self._actor.can(Permission.LOAD_DEMO):
            offer_demo_data(
                self,
                self._database,
                self._runner,
                self._template,
                self._language,
                on_done=self.reload,
            )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Welcome Desk"),
            self.tr(
                "Welcome Desk %1\nMaison Internationale — Université de Lille and City of "
                "Lille\n\nDatabase: %2"
            )
            .replace("%1", __version__)
            .replace("%2", self._database.describe()),
        )

    # --- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: Any) -> None:
        """Typing anywhere starts a search; Escape goes back."""
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == self.PERSON:
            self.back_to_list()
            return
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not self.search_field.hasFocus():
            self.search_field.setFocus()
            self.search_field.setText(self.search_field.text() + text)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        if self.statistics is not None:
            self.statistics.stop()
        self._runner.wait_for_all()
        super().closeEvent(event)


def _sort_value(row: people_list.ListRow, key: SortKey) -> tuple[Any, ...]:
    from welcome_desk.domain.names import sort_key

    name = sort_key(row.family_name, row.given_names)
    if key is SortKey.NATIONALITY:
        return (row.nationality, name)
    if key is SortKey.CATEGORY:
        return (row.category, name)
    if key is SortKey.ARRIVAL:
        return (row.arrival_date, name)
    return (name,)


__all__ = ["MainWindow"]
