"""A newcomer's checklist: made from the template, followed step by step, re-planned on request.

Every change of a step (status, due date, notes, applicability) is written to its history with who
did it and when. Statuses and dates are checked here, not only in the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, selectinload

from welcome_desk.db import audit
from welcome_desk.db.journey_models import (
    AdministrativeRecord,
    Checklist,
    ChecklistStep,
    StepHistory,
    TemplateEdition,
)
from welcome_desk.db.models import Person
from welcome_desk.db.types import utc_now
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_plan import (
    ChangeKind,
    CurrentStep,
    PlannedStep,
    Profile,
    StepChange,
    differences,
    plan,
)
from welcome_desk.domain.checklist_template import ChecklistTemplate
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.domain.person import PersonData
from welcome_desk.domain.roles import Permission
from welcome_desk.domain.step_status import OPEN_STATUSES, StepStatus
from welcome_desk.services.templates import newest_edition, template_of

_CHECKLISTS = cast(Table, Checklist.__table__)
_STEPS = cast(Table, ChecklistStep.__table__)
MAX_NOTES = 5_000
MAX_REASON = 500


class StepError(Exception):
    """A change the desk refuses (unknown step, a reason missing, a date in the future…)."""

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


def profile_of(person: Person, administrative: AdministrativeRecord | None) -> Profile:
    return Profile(
        nationality=person.nationality,
        category=person.category,
        arrival_date=person.arrival_date,
        sub_kind=person.sub_kind,
        programme=person.programme,
        departure_date=person.departure_date,
        date_of_birth=person.date_of_birth,
        accompanying_persons=person.accompanying_persons,
        residence_permit_expiry=administrative.residence_permit_expiry if administrative else None,
        visa_expiry=administrative.visa_expiry if administrative else None,
    )


@dataclass(frozen=True, slots=True)
class StepState:
    """How a step starts (other than "to do"): for people whose journey began elsewhere."""

    status: StepStatus
    done_on: date | None = None
    blocked_reason: str | None = None


# Given a person's id, profile and planned steps, the starting state of each (None: to do).
StartingStates = Callable[[int, Profile, Sequence[PlannedStep]], Sequence[StepState | None]]


def _step_rows(
    checklist_id: int, planned: Sequence[PlannedStep], states: Sequence[StepState | None]
) -> list[dict[str, object]]:
    rows = []
    for position, (step, state) in enumerate(zip(planned, states, strict=True)):
        rows.append(
            {
                "checklist_id": checklist_id,
                "key": step.key,
                "area": step.area.value,
                "position": position,
                "applicable": True,
                "status": (state.status if state else StepStatus.TODO).value,
                "done_on": state.done_on if state else None,
                "blocked_reason": state.blocked_reason if state else None,
                "due_on": step.due_on,
                "opens_on": step.opens_on,
                "due_set_by_hand": False,
                "version": 1,
            }
        )
    return rows


def profile_from_data(data: PersonData) -> Profile:
    """The profile of a person just registered (no documents recorded yet)."""
    return Profile(
        nationality=data.nationality,
        category=data.category,
        arrival_date=data.arrival_date,
        sub_kind=data.sub_kind,
        programme=data.programme,
        departure_date=data.departure_date,
        date_of_birth=data.date_of_birth,
        accompanying_persons=data.accompanying_persons,
    )


def create_checklists(
    session: Session,
    people: Sequence[tuple[int, Profile]],
    edition: TemplateEdition,
    template: ChecklistTemplate,
    starting_states: StartingStates | None = None,
) -> int:
    """Make the checklists of newly registered people (person id and profile), in bulk.

    Returns how many were made. People who already have one are left alone. Steps start "to
    do" unless ``starting_states`` says otherwise (demo data).
    """
    if not people:
        return 0
    have: set[int] = set()
    for start in range(0, len(people), 500):
        chunk = [person_id for person_id, _ in people[start : start + 500]]
        have.update(
            session.scalars(select(Checklist.person_id).where(Checklist.person_id.in_(chunk)))
        )
    todo = [(person_id, profile) for person_id, profile in people if person_id not in have]
    if not todo:
        return 0
    now = utc_now()
    checklist_ids = list(
        session.scalars(
            insert(_CHECKLISTS).returning(_CHECKLISTS.c.id, sort_by_parameter_order=True),
            [
                {"person_id": pid, "template_id": edition.id, "created_at": now, "updated_at": now}
                for pid, _ in todo
            ],
        )
    )
    rows: list[dict[str, object]] = []
    for checklist_id, (person_id, profile) in zip(checklist_ids, todo, strict=True):
        planned = plan(template, profile)
        states = (
            starting_states(person_id, profile, planned)
            if starting_states
            else [None] * len(planned)
        )
        rows += _step_rows(checklist_id, planned, states)
    if rows:
        session.execute(insert(_STEPS), rows)
    return len(todo)


def checklist_of(session: Session, person_id: int) -> Checklist | None:
    return session.scalars(
        select(Checklist)
        .where(Checklist.person_id == person_id)
        .options(selectinload(Checklist.steps).selectinload(ChecklistStep.history))
    ).one_or_none()


def _history(step: ChecklistStep, actor: Actor, field: str, old: object, new: object) -> None:
    step.history.append(
        StepHistory(
            actor=actor.name,
            field=field,
            old_value=None if old is None else str(old),
            new_value=None if new is None else str(new),
            at=utc_now(),
        )
    )


def _step(session: Session, step_id: int, expected_version: int | None) -> ChecklistStep:
    step = session.get(ChecklistStep, step_id)
    if step is None:
        raise StepError(message(N_("There is no step number {step}."), step=step_id))
    if expected_version is not None and step.version != expected_version:
        raise StepError(
            message(N_("This step was changed meanwhile by someone else; reload it and try again."))
        )
    return step


def set_status(
    session: Session,
    step_id: int,
    status: StepStatus | str,
    actor: Actor,
    *,
    today: date,
    done_on: date | None = None,
    reason: str | None = None,
    expected_version: int | None = None,
) -> ChecklistStep:
    """Move a step to ``status``. Done needs a done date (today by default, never in the future);
    blocked needs a reason. The history records every field that changed."""
    try:
        new_status = StepStatus(status)
    except ValueError as error:
        raise StepError(message(N_("'{status}' is not a step status."), status=status)) from error
    step = _step(session, step_id, expected_version)
    reason = (reason or "").strip() or None
    if new_status is StepStatus.BLOCKED and not reason:
        raise StepError(message(N_("Say why the step is blocked.")))
    if reason and len(reason) > MAX_REASON:
        raise StepError(
            message(N_("The reason is too long (at most {limit} characters)."), limit=MAX_REASON)
        )
    new_done_on = None
    if new_status is StepStatus.DONE:
        new_done_on = done_on or today
        if new_done_on > today:
            raise StepError(
                message(
                    N_("A step cannot be done on a future date ({date})."),
                    date=new_done_on.isoformat(),
                )
            )
    new_reason = reason if new_status is StepStatus.BLOCKED else None
    changes = [
        ("status", step.status, new_status.value),
        ("done_on", step.done_on, new_done_on),
        ("blocked_reason", step.blocked_reason, new_reason),
    ]
    for field, old, new in changes:
        if old != new:
            _history(step, actor, field, old, new)
    done_date_changed = step.done_on != new_done_on
    step.status = new_status.value
    step.done_on = new_done_on
    step.blocked_reason = new_reason
    if done_date_changed:
        # A step done (or undone) moves the due date of the steps that wait on it.
        _refresh_dependants(session, step.checklist, actor)
    return step


def set_due_date(
    session: Session,
    step_id: int,
    due_on: date | None,
    actor: Actor,
    *,
    expected_version: int | None = None,
) -> ChecklistStep:
    """A due date chosen by the staff: kept as it is by later re-plans."""
    step = _step(session, step_id, expected_version)
    if step.due_on != due_on:
        _history(step, actor, "due_on", step.due_on, due_on)
        step.due_on = due_on
    step.due_set_by_hand = due_on is not None
    return step


def set_notes(
    session: Session,
    step_id: int,
    notes: str,
    actor: Actor,
    *,
    expected_version: int | None = None,
) -> ChecklistStep:
    step = _step(session, step_id, expected_version)
    text = notes.strip() or None
    if text and len(text) > MAX_NOTES:
        raise StepError(
            message(N_("The notes are too long (at most {limit} characters)."), limit=MAX_NOTES)
        )
    if step.notes != text:
        _history(step, actor, "notes", step.notes, text)
        step.notes = text
    return step


def _current(checklist: Checklist) -> dict[str, CurrentStep]:
    return {
        s.key: CurrentStep(
            key=s.key,
            applicable=s.applicable,
            done=s.status == StepStatus.DONE,
            due_on=s.due_on,
            opens_on=s.opens_on,
            due_set_by_hand=s.due_set_by_hand,
            done_on=s.done_on,
        )
        for s in checklist.steps
    }


def _done_dates(checklist: Checklist) -> dict[str, date]:
    return {s.key: s.done_on for s in checklist.steps if s.done_on is not None}


def _plan_for(
    session: Session, checklist: Checklist, template: ChecklistTemplate
) -> list[PlannedStep]:
    person = checklist.person
    administrative = session.get(AdministrativeRecord, person.id)
    return plan(template, profile_of(person, administrative), _done_dates(checklist))


@dataclass(frozen=True, slots=True)
class Replan:
    """What re-planning a checklist would change, and with which edition."""

    checklist_id: int
    from_edition: TemplateEdition
    to_edition: TemplateEdition
    changes: list[StepChange]

    @property
    def changes_edition(self) -> bool:
        return self.from_edition.id != self.to_edition.id


def preview_replan(
    session: Session, person_id: int, edition: TemplateEdition | None = None
) -> Replan | None:
    """The differences between a person's checklist and the plan from ``edition`` (the newest
    edition of its template when None); None when the person has no checklist."""
    checklist = checklist_of(session, person_id)
    if checklist is None:
        return None
    target = edition or newest_edition(session, checklist.template.name) or checklist.template
    planned = _plan_for(session, checklist, template_of(target))
    return Replan(
        checklist.id, checklist.template, target, differences(_current(checklist), planned)
    )


def apply_replan(session: Session, replan: Replan, actor: Actor) -> int:
    """Apply the changes of a preview chosen by staff (advisers and up: a new template
    edition can reopen or withdraw steps); returns how many steps changed."""
    audit.require(session, Permission.REPLAN_CHECKLISTS)
    return _apply(session, replan, actor)


def _apply(session: Session, replan: Replan, actor: Actor) -> int:
    """Apply a re-plan: chosen by staff, or following a change of the person's own facts."""
    checklist = session.get(Checklist, replan.checklist_id)
    assert checklist is not None
    by_key = {s.key: s for s in checklist.steps}
    for change in replan.changes:
        step = by_key.get(change.key)
        if change.kind is ChangeKind.ADDED and step is None:
            step = ChecklistStep(
                key=change.key,
                area=str(change.area),
                applicable=True,
                status=StepStatus.TODO.value,
                due_on=change.new_due,
                opens_on=change.new_opens,
                due_set_by_hand=False,
                position=len(checklist.steps),
            )
            checklist.steps.append(step)
            _history(step, actor, "applicable", None, True)
        elif step is None:
            continue
        elif change.kind is ChangeKind.WITHDRAWN:
            _history(step, actor, "applicable", True, False)
            step.applicable = False
        elif change.kind is ChangeKind.RESTORED:
            _history(step, actor, "applicable", False, True)
            step.applicable = True
        elif change.kind is ChangeKind.REOPENED:
            _history(step, actor, "status", step.status, StepStatus.TODO.value)
            _history(step, actor, "done_on", step.done_on, None)
            if step.due_on != change.new_due:
                _history(step, actor, "due_on", step.due_on, change.new_due)
            step.status, step.done_on = StepStatus.TODO.value, None
            step.due_on, step.opens_on = change.new_due, change.new_opens
        elif change.kind is ChangeKind.DUE_CHANGED:
            if step.due_on != change.new_due:
                _history(step, actor, "due_on", step.due_on, change.new_due)
            step.due_on, step.opens_on = change.new_due, change.new_opens
    if replan.changes_edition:
        checklist.template_id = replan.to_edition.id
    _order_like_template(checklist, template_of(replan.to_edition))
    return len(replan.changes)


def _order_like_template(checklist: Checklist, template: ChecklistTemplate) -> None:
    order = {step.key: index for index, step in enumerate(template.steps)}
    ranked = sorted(checklist.steps, key=lambda s: (order.get(s.key, len(order)), s.position))
    for position, step in enumerate(ranked):
        if step.position != position:
            step.position = position


def refresh_after_change(session: Session, person_id: int, actor: Actor) -> int:
    """After the person's details or documents changed: re-plan with the checklist's own edition
    (facts about the person apply at once; a new template edition waits for a re-plan)."""
    checklist = checklist_of(session, person_id)
    if checklist is None:
        return 0
    replan = preview_replan(session, person_id, checklist.template)
    return _apply(session, replan, actor) if replan and replan.changes else 0


def _refresh_dependants(session: Session, checklist: Checklist, actor: Actor) -> None:
    session.flush()
    replan = Replan(
        checklist.id,
        checklist.template,
        checklist.template,
        [
            c
            for c in differences(
                _current(checklist), _plan_for(session, checklist, template_of(checklist.template))
            )
            if c.kind is ChangeKind.DUE_CHANGED
        ],
    )
    if replan.changes:
        _apply(session, replan, actor)


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int  # applicable steps the staff has not marked "not applicable"

    @property
    def ratio(self) -> float:
        return self.done / self.total if self.total else 1.0


def progress_of(steps: Iterable[ChecklistStep]) -> Progress:
    counted = [s for s in steps if s.applicable and s.status != StepStatus.NOT_APPLICABLE]
    return Progress(sum(s.status == StepStatus.DONE for s in counted), len(counted))


def is_overdue(step: ChecklistStep, today: date) -> bool:
    return (
        step.applicable
        and step.status in OPEN_STATUSES
        and step.due_on is not None
        and step.due_on < today
    )
