"""The audit trail as the window shows it: a person's history with the steps named, and the
administrator's search with the people and steps it mentions.

Reading only; who may read what is checked by ``services.audit_log``. A database that was in use
before the audit trail existed still has its steps' own history (``step_history``): the changes
made before the trail began are shown with it, the later ones only once, from the trail.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import groupby

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welcome_desk.db.journey_models import Checklist, ChecklistStep, StepHistory, TemplateEdition
from welcome_desk.db.models import Person
from welcome_desk.db.trust_models import AuditEntry
from welcome_desk.domain.checklist_template import localized
from welcome_desk.domain.messages import Message
from welcome_desk.domain.roles import NotAllowed
from welcome_desk.services import audit_log
from welcome_desk.services.audit_log import AuditQuery, AuditRow, Change
from welcome_desk.services.templates import template_of

# A step's own history is written a moment before the trail's entry of the same change.
SAME_CHANGE = timedelta(seconds=10)


@dataclass(frozen=True, slots=True)
class Trail:
    """Entries newest first, with the titles of the steps they are about (by step id) and the
    names of the people (by person id, only those still in the register)."""

    rows: tuple[AuditRow, ...] = ()
    step_titles: Mapping[int, str] = field(default_factory=dict)
    people: Mapping[int, str] = field(default_factory=dict)
    limit: int = audit_log.DEFAULT_LIMIT
    # Why the staff member's role may not read it (nothing else is then given).
    refused: Message | None = None

    @property
    def limited(self) -> bool:
        """True when the limit was reached: older entries may exist."""
        return len(self.rows) >= self.limit


def person_trail(
    session: Session, person_id: int, language: str, limit: int = audit_log.DEFAULT_LIMIT
) -> Trail:
    """Every change to the person, their steps and records, newest first."""
    try:
        rows = audit_log.person_history(session, person_id, limit)
    except NotAllowed as refused:
        return Trail(refused=refused.message, limit=limit)
    if len(rows) < limit:
        older = _before_the_trail(session, person_id)
        rows = sorted([*rows, *older], key=lambda r: r.at, reverse=True)[:limit]
    return Trail(
        rows=tuple(rows),
        step_titles=step_titles(session, _step_ids(rows), language),
        limit=limit,
    )


def search_trail(session: Session, query: AuditQuery, language: str) -> Trail:
    """The administrator's search (``services.audit_log.search``), with names and step titles."""
    try:
        rows = audit_log.search(session, query)
    except NotAllowed as refused:
        return Trail(refused=refused.message, limit=query.limit)
    people = {row.person_id for row in rows if row.person_id is not None}
    return Trail(
        rows=tuple(rows),
        step_titles=step_titles(session, _step_ids(rows), language),
        people=person_names(session, people),
        limit=query.limit,
    )


def _step_ids(rows: Iterable[AuditRow]) -> set[int]:
    return {r.entity_id for r in rows if r.entity == "step" and r.entity_id is not None}


def step_titles(session: Session, step_ids: Iterable[int], language: str) -> dict[int, str]:
    """The title of each step still stored, in ``language`` (its checklist's template edition,
    else the newest edition that has it, else its key)."""
    ids = sorted(set(step_ids))
    if not ids:
        return {}
    found = session.execute(
        select(ChecklistStep.id, ChecklistStep.key, Checklist.template_id)
        .join(Checklist, Checklist.id == ChecklistStep.checklist_id)
        .where(ChecklistStep.id.in_(ids))
    ).all()
    editions = {
        e.id: e
        for e in session.scalars(select(TemplateEdition).order_by(TemplateEdition.id.desc()))
    }
    titles: dict[int, str] = {}
    for step_id, key, template_id in found:
        own = editions.get(template_id)
        candidates = [own] if own is not None else []
        candidates += [e for e in editions.values() if e is not own]
        title = key
        for edition in candidates:
            definition = template_of(edition).step(key)
            if definition is not None:
                title = localized(definition.title, language)
                break
        titles[step_id] = title
    return titles


def person_names(session: Session, person_ids: Iterable[int]) -> dict[int, str]:
    """The people still in the register among ``person_ids``: FAMILY Given."""
    ids = sorted(set(person_ids))
    names: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for pid, family, given in session.execute(
            select(Person.id, Person.family_name, Person.given_names).where(Person.id.in_(chunk))
        ):
            names[pid] = f"{family.upper()} {given or ''}".strip()
    return names


def _before_the_trail(session: Session, person_id: int) -> list[AuditRow]:
    """The person's step changes written before the audit trail began, as trail rows (one per
    change of a step at one moment)."""
    started: datetime | None = session.scalar(select(func.min(AuditEntry.at)))
    statement = (
        select(StepHistory)
        .join(ChecklistStep, ChecklistStep.id == StepHistory.step_id)
        .join(Checklist, Checklist.id == ChecklistStep.checklist_id)
        .where(Checklist.person_id == person_id)
        .order_by(StepHistory.step_id, StepHistory.at, StepHistory.actor, StepHistory.id)
    )
    if started is not None:
        statement = statement.where(StepHistory.at < started - SAME_CHANGE)
    rows: list[AuditRow] = []
    changes = session.scalars(statement)
    for (step_id, at, actor), group in groupby(changes, key=lambda h: (h.step_id, h.at, h.actor)):
        rows.append(
            AuditRow(
                id=-len(rows) - 1,  # not an entry of the trail
                at=at,
                actor=actor,
                account_id=None,  # before staff accounts: the system user
                action="updated",
                entity="step",
                entity_id=step_id,
                person_id=person_id,
                changes=tuple(Change(h.field, h.old_value, h.new_value) for h in group),
            )
        )
    return rows
