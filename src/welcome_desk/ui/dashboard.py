"""The dashboard: who arrives today and this week, which steps are late, which permits expire.

Everything is read in one background job; each line opens the person it names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import TemplateEdition
from welcome_desk.domain.checklist_template import localized
from welcome_desk.domain.countries import country_name
from welcome_desk.services import dashboard
from welcome_desk.services.people import count_people
from welcome_desk.services.templates import template_of
from welcome_desk.ui.tasks import Job, TaskRunner

PERMIT_WINDOW_DAYS = 120
LIST_LIMIT = 200


@dataclass(frozen=True, slots=True)
class DashboardData:
    today: date
    people: int
    arriving_today: list[dashboard.PersonLine]
    arriving_this_week: list[dashboard.PersonLine]
    overdue: list[tuple[dashboard.OverdueStep, str]]  # with the step's title
    overdue_steps: int
    overdue_people: int
    permits: list[dashboard.ExpiringPermit]


def load_dashboard(database: Database, language: str, today: date) -> DashboardData:
    with database.session() as session:
        first, last = dashboard.coming_days(today)
        overdue = dashboard.overdue_steps(session, today, LIST_LIMIT)
        titles: dict[tuple[int, str], str] = {}
        for line in overdue:
            if (line.template_id, line.key) not in titles:
                edition = session.get(TemplateEdition, line.template_id)
                step = template_of(edition).step(line.key) if edition else None
                titles[(line.template_id, line.key)] = (
                    localized(step.title, language) if step else line.key
                )
        steps, people = dashboard.overdue_count(session, today)
        return DashboardData(
            today=today,
            people=count_people(session),
            arriving_today=dashboard.arrivals_between(session, today, today, LIST_LIMIT),
            arriving_this_week=dashboard.arrivals_between(session, first, last, LIST_LIMIT),
            overdue=[(line, titles[(line.template_id, line.key)]) for line in overdue],
            overdue_steps=steps,
            overdue_people=people,
            permits=dashboard.permits_expiring(session, today, PERMIT_WINDOW_DAYS, LIST_LIMIT),
        )


def _name(person: dashboard.PersonLine) -> str:
    family = person.family_name.upper()
    return f"{family} {person.given_names}" if person.given_names else family


class DashboardWidget(QWidget):
    person_activated = Signal(int)
    loaded = Signal(object)  # the DashboardData shown (tests and the smoke test wait on it)
    packs_requested = Signal(object, object)  # first and last day of the arrivals shown

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._runner = runner
        self._today = today
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        person, country, arrival = self.tr("Person"), self.tr("Nationality"), self.tr("Arrival")
        self.arriving_today = self._list([person, country, arrival])
        self.arriving_week = self._list([person, country, arrival])
        self.overdue = self._list([person, self.tr("Step"), self.tr("Due"), self.tr("Late by")])
        self.permits = self._list([person, self.tr("Expires"), self.tr("In")])
        self.boxes = {
            "today": self._box(self.tr("Arriving today"), self.arriving_today),
            "week": self._box(self.tr("Arriving in the next 7 days"), self.arriving_week),
            "overdue": self._box(self.tr("Late steps"), self.overdue),
            "permits": self._box(self.tr("Residence permits expiring"), self.permits),
        }
        self.packs_button = QPushButton(self.tr("Welcome packs for these arrivals…"))
        self.packs_button.clicked.connect(
            lambda: self.packs_requested.emit(*dashboard.coming_days(self._today()))
        )
        self.boxes["week"].layout().addWidget(self.packs_button, 0, Qt.AlignmentFlag.AlignTrailing)
        grid = QGridLayout()
        grid.addWidget(self.boxes["today"], 0, 0)
        grid.addWidget(self.boxes["week"], 0, 1)
        grid.addWidget(self.boxes["overdue"], 1, 0)
        grid.addWidget(self.boxes["permits"], 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid)

    def _list(self, headers: list[str]) -> QTreeWidget:
        widget = QTreeWidget()
        widget.setHeaderLabels(headers)
        widget.setRootIsDecorated(False)
        widget.setAlternatingRowColors(True)
        widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        widget.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        widget.header().setStretchLastSection(False)
        if len(headers) > 3:
            widget.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        else:
            widget.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        widget.itemActivated.connect(self._activated)
        return widget

    def _box(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(content)
        return box

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        person_id = item.data(0, Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.person_activated.emit(int(person_id))

    def refresh(self) -> None:
        database, language, today = self._database, self._language, self._today()
        job = Job(lambda _progress, _cancelled: load_dashboard(database, language, today))
        job.signals.finished.connect(self._show)
        self._runner.start(job)

    def _date(self, day: date) -> str:
        return QLocale().toString(day, QLocale.FormatType.ShortFormat)

    def _fill(self, widget: QTreeWidget, lines: list[tuple[int, list[str]]], empty: str) -> None:
        widget.clear()
        for person_id, cells in lines:
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, person_id)
            for column, text in enumerate(cells):
                item.setToolTip(column, text)
            widget.addTopLevelItem(item)
        if not lines:
            placeholder = QTreeWidgetItem([empty])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addTopLevelItem(placeholder)

    def _person_cells(self, person: dashboard.PersonLine) -> list[str]:
        country = country_name(person.nationality, self._language)
        return [_name(person), country, self._date(person.arrival_date)]

    def _show(self, data: DashboardData) -> None:
        self.summary.setText(
            self.tr("%1 people registered · %2 late steps for %3 people · today: %4")
            .replace("%1", QLocale().toString(data.people))
            .replace("%2", QLocale().toString(data.overdue_steps))
            .replace("%3", QLocale().toString(data.overdue_people))
            .replace("%4", QLocale().toString(data.today, QLocale.FormatType.LongFormat))
        )
        nobody = self.tr("No arrival")
        self._fill(
            self.arriving_today,
            [(p.id, self._person_cells(p)) for p in data.arriving_today],
            nobody,
        )
        self._fill(
            self.arriving_week,
            [(p.id, self._person_cells(p)) for p in data.arriving_this_week],
            nobody,
        )
        self._fill(
            self.overdue,
            [
                (
                    line.person.id,
                    [
                        _name(line.person),
                        title,
                        self._date(line.due_on),
                        self.tr("%n day(s)", "", line.days_late),
                    ],
                )
                for line, title in data.overdue
            ],
            self.tr("No late step"),
        )
        self._fill(
            self.permits,
            [
                (
                    permit.person.id,
                    [
                        _name(permit.person),
                        self._date(permit.expiry),
                        self.tr("%n day(s)", "", permit.days_left),
                    ],
                )
                for permit in data.permits
            ],
            self.tr("No permit expiring"),
        )
        self.loaded.emit(data)


__all__ = ["DashboardData", "DashboardWidget", "load_dashboard"]
