"""Reading the audit trail: one person's history, and the administrator's search."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from welcome_desk.db import audit
from welcome_desk.db.trust_models import AuditEntry
from welcome_desk.domain.names import fold
from welcome_desk.domain.roles import Permission

DEFAULT_LIMIT = 500
MAX_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    account_id: int | None
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    changes: tuple[Change, ...]

    @classmethod
    def of(cls, entry: AuditEntry) -> AuditRow:
        decoded: dict[str, list[Any]] = json.loads(entry.changes) if entry.changes else {}
        return cls(
            entry.id,
            entry.at,
            entry.actor,
            entry.account_id,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.person_id,
            tuple(Change(name, pair[0], pair[1]) for name, pair in sorted(decoded.items())),
        )

    @property
    def by_system_user(self) -> bool:
        """Done on the command line or a single desk, under the operating-system user's name."""
        return self.account_id is None


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """What an administrator looks for; every part left empty matches everything."""

    text: str = ""  # in the actor's name or any value before or after
    actor: str = ""
    actions: frozenset[str] = field(default_factory=frozenset)
    entities: frozenset[str] = field(default_factory=frozenset)
    person_id: int | None = None
    since: date | None = None  # local days, both included
    until: date | None = None
    limit: int = DEFAULT_LIMIT


def person_history(session: Session, person_id: int, limit: int = DEFAULT_LIMIT) -> list[AuditRow]:
    """Every change to the person, their steps and records, newest first."""
    audit.require(session, Permission.VIEW_PERSON_HISTORY)
    statement = (
        select(AuditEntry)
        .where(AuditEntry.person_id == person_id)
        .order_by(AuditEntry.id.desc())
        .limit(max(1, min(limit, MAX_LIMIT)))
    )
    return [AuditRow.of(entry) for entry in session.scalars(statement)]


def _local_start(day: date) -> datetime:
    """Midnight starting ``day`` in the desk's own time zone."""
    return datetime.combine(day, time(0)).astimezone()


def _filtered(query: AuditQuery) -> Select[AuditEntry]:
    statement = select(AuditEntry)
    if query.actor.strip():
        statement = statement.where(AuditEntry.actor.ilike(f"%{_escaped(query.actor)}%", "\\"))
    if query.actions:
        statement = statement.where(AuditEntry.action.in_(sorted(query.actions)))
    if query.entities:
        statement = statement.where(AuditEntry.entity.in_(sorted(query.entities)))
    if query.person_id is not None:
        statement = statement.where(AuditEntry.person_id == query.person_id)
    if query.since is not None:
        statement = statement.where(AuditEntry.at >= _local_start(query.since))
    if query.until is not None:
        statement = statement.where(AuditEntry.at < _local_start(query.until + timedelta(days=1)))
    if query.text.strip():
        pattern = f"%{_escaped(query.text.strip())}%"
        statement = statement.where(
            or_(AuditEntry.actor.ilike(pattern, "\\"), AuditEntry.changes.ilike(pattern, "\\"))
        )
    return statement


def _escaped(text: str) -> str:
    return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(session: Session, query: AuditQuery) -> list[AuditRow]:
    """The entries matching ``query``, newest first (administrators only).

    The text is looked for in the database first (case-insensitively), then kept only when it
    is really there once accents are set aside too ("elodie" finds "Élodie").
    """
    audit.require(session, Permission.SEARCH_AUDIT)
    limit = max(1, min(query.limit, MAX_LIMIT))
    text = fold(query.text.strip())
    if not text:
        statement = _filtered(query).order_by(AuditEntry.id.desc()).limit(limit)
        return [AuditRow.of(entry) for entry in session.scalars(statement)]
    # Accents: the database's LIKE does not fold them, so the text is matched after folding.
    statement = _filtered(AuditQuery(**{**_as_dict(query), "text": ""})).order_by(
        AuditEntry.id.desc()
    )
    found: list[AuditRow] = []
    for entry in session.scalars(statement, execution_options={"yield_per": 2000}):
        haystack = fold(f"{entry.actor} {_values_text(entry.changes)}")
        if text in haystack:
            found.append(AuditRow.of(entry))
            if len(found) >= limit:
                break
    return found


def _values_text(changes: str | None) -> str:
    if not changes:
        return ""
    decoded: dict[str, list[Any]] = json.loads(changes)
    return " ".join(f"{name} {pair[0] or ''} {pair[1] or ''}" for name, pair in decoded.items())


def _as_dict(query: AuditQuery) -> dict[str, Any]:
    return {name: getattr(query, name) for name in AuditQuery.__dataclass_fields__}
