"""Each role against each kind of work, through the services themselves (not the window): what
the role may do is done, what it may not is refused with NotAllowed and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from welcome_desk.db.engine import Database
from welcome_desk.db.models import Base
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.domain.roles import NotAllowed, Role
from welcome_desk.packs.build import make_person_pack
from welcome_desk.services.audit_log import AuditQuery, person_history, search
from welcome_desk.services.checklists import apply_replan, checklist_of, preview_replan, set_status
from welcome_desk.services.demo import add_demo_people
from welcome_desk.services.importing.run import import_file
from welcome_desk.services.people import register
from welcome_desk.services.records import HealthcareData, record_visit, update_healthcare
from welcome_desk.services.settings import SignInMode, set_sign_in_mode
from welcome_desk.stats.compute import MonthRange, compute

DATA = Path(__file__).parents[1] / "data" / "import"
ROLES = list(Role)


def someone() -> PersonData:
    return PersonData(
        family_name="Tanaka", nationality="JP", category="researcher", arrival_date=date(2026, 9, 1)
    )


def writing(work: Callable[..., object]) -> Callable[[Database, int], object]:
    def run(database: Database, person_id: int) -> object:
        with database.writing() as session:
            return work(session, person_id)

    return run


def _step(session, person_id: int) -> object:  # type: ignore[no-untyped-def]
    checklist = checklist_of(session, person_id)
    assert checklist is not None
    step = next(s for s in checklist.steps if s.status != "done")
    return set_status(session, step.id, "done", Actor("x"), today=date(2026, 11, 22))


def _replan(session, person_id: int) -> object:  # type: ignore[no-untyped-def]
    replan = preview_replan(session, person_id)
    assert replan is not None
    return apply_replan(session, replan, Actor("x"))


WORK: dict[str, tuple[Callable[[Database, int], object], Role]] = {
    "register": (writing(lambda s, _p: register(s, someone())), Role.COUNTER),
    "tick a step": (writing(_step), Role.COUNTER),
    "record a visit": (
        writing(lambda s, p: record_visit(s, p, ["housing"], Actor("x"))),
        Role.COUNTER,
    ),
    "healthcare record": (
        writing(lambda s, p: update_healthcare(s, p, HealthcareData(ehic=True))),
        Role.ADVISER,
    ),
    "re-plan": (writing(_replan), Role.ADVISER),
    "a person's history": (writing(person_history), Role.ADVISER),
    "a welcome pack": (lambda db, p: make_person_pack(db, p, language="en"), Role.ADVISER),
    "import": (lambda db, _p: import_file(db, DATA / "people_mixed.csv"), Role.COORDINATOR),
    "statistics": (
        writing(lambda s, _p: compute(s, MonthRange.parse("2026-09", "2026-09"))),
        Role.COORDINATOR,
    ),
    "demo data": (lambda db, _p: add_demo_people(db, 2), Role.COORDINATOR),
    "settings": (
        writing(lambda s, _p: set_sign_in_mode(s, SignInMode.SINGLE_DESK)),
        Role.ADMINISTRATOR,
    ),
    "audit search": (writing(lambda s, _p: search(s, AuditQuery())), Role.ADMINISTRATOR),
}


def row_counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
            if table.name != "audit_entries"
        } | {"sign_in": len(session.execute(text("SELECT * FROM settings")).all())}


@pytest.mark.parametrize("role", ROLES, ids=[r.value for r in ROLES])
@pytest.mark.parametrize("work", list(WORK), ids=list(WORK))
def test_each_role_does_what_it_may_and_nothing_else(
    database: Database, role: Role, work: str
) -> None:
    with database.writing() as session:
        person_id = register(session, someone()).id
    action, lowest = WORK[work]
    database.actor = Actor(f"a {role.value}", role)
    allowed = ROLES.index(role) >= ROLES.index(lowest)
    if allowed:
        action(database, person_id)
        return
    before = row_counts(database)
    with pytest.raises(NotAllowed) as refused:
        action(database, person_id)
    assert refused.value.actor.role is role
    assert row_counts(database) == before
