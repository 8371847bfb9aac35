"""Following a checklist: statuses, dates, notes, with every change in the history."""

from __future__ import annotations

from datetime import date

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import ChecklistStep
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.services.checklists import (
    StepError,
    checklist_of,
    progress_of,
    set_due_date,
    set_notes,
    set_status,
)
from welcome_desk.services.people import register

ANNE = Actor("anne")
BRUNO = Actor("bruno")
TODAY = date(2026, 10, 5)


@pytest.fixture
def person_id(database: Database) -> int:
    with database.writing() as session:
        return register(
            session,
            PersonData(
                family_name="Okafor",
                nationality="NG",
                category="student",
                sub_kind="master",
                arrival_date=date(2026, 9, 1),
            ),
        ).id


def step(database: Database, person_id: int, key: str) -> ChecklistStep:
    with database.session() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        return next(s for s in checklist.steps if s.key == key)


def test_every_status_change_is_in_the_history(database: Database, person_id: int) -> None:
    step_id = step(database, person_id, "vls_ts_validation").id
    with database.writing() as session:
        set_status(session, step_id, "in_progress", ANNE, today=TODAY)
    with database.writing() as session:
        set_status(session, step_id, "blocked", BRUNO, today=TODAY, reason="Site ANEF en panne")
    with database.writing() as session:
        set_status(session, step_id, "done", ANNE, today=TODAY, done_on=date(2026, 10, 2))
    done = step(database, person_id, "vls_ts_validation")
    assert (done.status, done.done_on, done.blocked_reason) == ("done", date(2026, 10, 2), None)
    assert [(h.actor, h.field, h.old_value, h.new_value) for h in done.history] == [
        ("anne", "status", "todo", "in_progress"),
        ("bruno", "status", "in_progress", "blocked"),
        ("bruno", "blocked_reason", None, "Site ANEF en panne"),
        ("anne", "status", "blocked", "done"),
        ("anne", "done_on", None, "2026-10-02"),
        ("anne", "blocked_reason", "Site ANEF en panne", None),
    ]
    assert all(h.at.tzinfo is not None for h in done.history)
    assert done.history[0].at <= done.history[-1].at


def test_undoing_a_step_clears_its_done_date(database: Database, person_id: int) -> None:
    step_id = step(database, person_id, "bank_account").id
    with database.writing() as session:
        set_status(session, step_id, "done", ANNE, today=TODAY)
    with database.writing() as session:
        set_status(session, step_id, "todo", BRUNO, today=TODAY)
    undone = step(database, person_id, "bank_account")
    assert (undone.status, undone.done_on) == ("todo", None)
    assert [(h.field, h.new_value) for h in undone.history][-2:] == [
        ("status", "todo"),
        ("done_on", None),
    ]


def test_a_step_done_moves_the_steps_waiting_on_it(database: Database, person_id: int) -> None:
    before = step(database, person_id, "student_social_security_registration").due_on
    enrolment = step(database, person_id, "administrative_enrolment")
    with database.writing() as session:
        set_status(session, enrolment.id, "done", ANNE, today=TODAY, done_on=date(2026, 9, 3))
    after = step(database, person_id, "student_social_security_registration")
    assert before == date(2026, 10, 15)  # 30 days after enrolment is due (15 September)
    assert after.due_on == date(2026, 10, 3)  # 30 days after it was done
    assert [(h.actor, h.field, h.new_value) for h in after.history] == [
        ("anne", "due_on", "2026-10-03")
    ]


@pytest.mark.parametrize(
    ("status", "kwargs", "problem"),
    [
        ("blocked", {}, "Say why the step is blocked."),
        ("blocked", {"reason": "   "}, "Say why the step is blocked."),
        ("done", {"done_on": date(2026, 10, 6)}, "A step cannot be done on a future date"),
        ("finished", {}, "'finished' is not a step status."),
        ("blocked", {"reason": "x" * 501}, "The reason is too long"),
    ],
)
def test_refused_changes_leave_the_step_alone(
    database: Database, person_id: int, status: str, kwargs: dict[str, object], problem: str
) -> None:
    step_id = step(database, person_id, "bank_account").id
    with pytest.raises(StepError) as caught, database.writing() as session:
        set_status(session, step_id, status, ANNE, today=TODAY, **kwargs)  # type: ignore[arg-type]
    assert str(caught.value).startswith(problem)
    unchanged = step(database, person_id, "bank_account")
    assert (unchanged.status, unchanged.history) == ("todo", [])


def test_a_stale_copy_cannot_overwrite_a_newer_change(database: Database, person_id: int) -> None:
    seen = step(database, person_id, "bank_account")
    with database.writing() as session:
        set_status(
            session, seen.id, "in_progress", ANNE, today=TODAY, expected_version=seen.version
        )
    with pytest.raises(StepError, match="changed meanwhile"), database.writing() as session:
        set_status(session, seen.id, "done", BRUNO, today=TODAY, expected_version=seen.version)
    assert step(database, person_id, "bank_account").status == "in_progress"


def test_due_date_by_hand_and_notes(database: Database, person_id: int) -> None:
    step_id = step(database, person_id, "caf_housing_aid").id
    with database.writing() as session:
        set_due_date(session, step_id, date(2026, 12, 24), BRUNO)
        set_notes(session, step_id, "  Dossier envoyé, attend le numéro allocataire  ", BRUNO)
    changed = step(database, person_id, "caf_housing_aid")
    assert (changed.due_on, changed.due_set_by_hand) == (date(2026, 12, 24), True)
    assert changed.notes == "Dossier envoyé, attend le numéro allocataire"
    assert [(h.field, h.old_value, h.new_value) for h in changed.history] == [
        ("due_on", "2026-10-01", "2026-12-24"),
        ("notes", None, "Dossier envoyé, attend le numéro allocataire"),
    ]


def test_progress_counts_applicable_steps(database: Database, person_id: int) -> None:
    with database.session() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        total = progress_of(checklist.steps).total
        ids = [s.id for s in checklist.steps[:3]]
    with database.writing() as session:
        set_status(session, ids[0], "done", ANNE, today=TODAY)
        set_status(session, ids[1], "not_applicable", ANNE, today=TODAY)
    with database.session() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        progress = progress_of(checklist.steps)
    assert (progress.done, progress.total) == (1, total - 1)
