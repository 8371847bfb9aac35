"""The dashboard: who arrives today and this week, which steps are late, which permits expire.

Everything is read in one background job; each line opens the person it names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
        first, last = today, today + timedelta(days=6)
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
        self.arriving_today = self._list()
        self.arriving_week = self._list()
        self.overdue = self._list()
        self.permits = self._list()
        self.boxes = {
            "today": self._box(self.tr("Arriving today"), self.arriving_today),
            "week": self._box(self.tr("Arriving in the next 7 days"), self.arriving_week),
            "overdue": self._box(self.tr("Late steps"), self.overdue),
            "permits": self._box(self.tr("Residence permits expiring"), self.permits),
        }
        grid = QGridLayout()
        grid.addWidget(self.boxes["today"], 0, 0)
        grid.addWidget(self.boxes["week"], 0, 1)
        grid.addWidget(self.boxes["overdue"], 1, 0)
        grid.addWidget(self.boxes["permits"], 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid)

    def _list(self) -> QListWidget:
        widget = QListWidget()
        widget.itemActivated.connect(self._activated)
        return widget

    def _box(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(content)
        return box

    def _activated(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.person_activated.emit(int(person_id))

    def refresh(self) -> None:
        database, language, today = self._database, self._language, self._today()
        job = Job(lambda _progress, _cancelled: load_dashboard(database, language, today))
        job.signals.finished.connect(self._show)
        self._runner.start(job)

    def _date(self, day: date) -> str:
        return QLocale().toString(day, QLocale.FormatType.ShortFormat)

    def _fill(self, widget: QListWidget, lines: list[tuple[int, str]], empty: str) -> None:
        widget.clear()
        for person_id, text in lines:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            widget.addItem(item)
        if not lines:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)

    def _person_text(self, person: dashboard.PersonLine) -> str:
        country = country_name(person.nationality, self._language)
        return f"{_name(person)} — {country} — {self._date(person.arrival_date)}"

    def _show(self, data: DashboardData) -> None:
        self.summary.setText(
            self.tr("%1 people registered · %2 late steps for %3 people · today: %4")
            .replace("%1", QLocale().toString(data.people))
            .replace("%2", QLocale().toString(data.overdue_steps))
            .replace("%3", QLocale().toString(data.overdue_people))
            .replace("%4", QLocale().toString(data.today, QLocale.FormatType.LongFormat))
        )
        nobody = self.tr("Nobody")
        self._fill(
            self.arriving_today, [(p.id, self._person_text(p)) for p in data.arriving_today], nobody
        )
        self._fill(
            self.arriving_week,
            [(p.id, self._person_text(p)) for p in data.arriving_this_week],
            nobody,
        )
        self._fill(
            self.overdue,
            [
                (
                    line.person.id,
                    self.tr("%1 — %2 — due %3 (%n day(s) late)", "", line.days_late)
                    .replace("%1", _name(line.person))
                    .replace("%2", title)
                    .replace("%3", self._date(line.due_on)),
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
                    self.tr("%1 — expires %2 (in %n day(s))", "", permit.days_left)
                    .replace("%1", _name(permit.person))
                    .replace("%2", self._date(permit.expiry)),
                )
                for permit in data.permits
            ],
            self.tr("No permit expiring"),
        )
        self.loaded.emit(data)


__all__ = ["DashboardData", "DashboardWidget", "load_dashboard"]
