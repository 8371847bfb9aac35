"""The audit trail and the role check, on every session of the program.

Installed on the session factory (as ``indexing`` is), so that no code path can change a person,
a step or a record without it being checked against the acting staff member's role and written
down: who, when, and each field before and after, in the same transaction as the change.
Statements that bypass the ORM (bulk registration) call :func:`record` themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, func, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from welcome_desk.db.journey_models import (
    AdministrativeRecord,
    Appointment,
    Checklist,
    ChecklistStep,
    HealthcareRecord,
    HousingRecord,
    StepHistory,
    Visit,
    VisitPurpose,
)
from welcome_desk.db.models import Base, ExternalId, Person
from welcome_desk.db.trust_models import Setting, StaffAccount
from welcome_desk.db.types import utc_now
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import AccountSwitchedOff, NotAllowed, Permission, Role

ACTOR_KEY = "actor"
_CURRENT_KEY = "actor_as_now"
_AUDIT_TABLE = Base.metadata.tables["audit_entries"]

ENTITIES: dict[type[Any], str] = {
    Person: "person",
    ExternalId: "external_id",
    Checklist: "checklist",
    ChecklistStep: "step",
    HousingRecord: "housing",
    HealthcareRecord: "healthcare",
    AdministrativeRecord: "administrative",
    Appointment: "appointment",
    Visit: "visit",
    StaffAccount: "account",
    Setting: "setting",
}
# Bookkeeping, not facts: never shown as a change.
SKIPPED = {"id", "created_at", "updated_at", "version", "sort_key", "position", "person_id"}
# Sign-in bookkeeping: written by the sign-in itself, which has its own entry.
SIGN_IN_COLUMNS = {"failed_attempts", "locked_until", "last_sign_in_at"}
OWN_PASSWORD_COLUMNS = {"password_hash", "password_changed_at", "must_change_password"}
HIDDEN = "(hidden)"

_WHO_MAY: dict[type[Any], tuple[Permission, Permission, Permission]] = {
    Person: (Permission.REGISTER_PEOPLE, Permission.EDIT_PEOPLE, Permission.ERASE_PEOPLE),
    ExternalId: (Permission.REGISTER_PEOPLE, Permission.EDIT_PEOPLE, Permission.EDIT_PEOPLE),
    Checklist: (Permission.REGISTER_PEOPLE, Permission.UPDATE_STEPS, Permission.ERASE_PEOPLE),
    ChecklistStep: (Permission.UPDATE_STEPS,) * 3,
    StepHistory: (Permission.UPDATE_STEPS,) * 3,
    HousingRecord: (Permission.EDIT_RECORDS,) * 3,
    HealthcareRecord: (Permission.EDIT_RECORDS,) * 3,
    AdministrativeRecord: (Permission.EDIT_RECORDS,) * 3,
    Appointment: (Permission.RECORD_VISITS,) * 3,
    Visit: (Permission.RECORD_VISITS,) * 3,
    VisitPurpose: (Permission.RECORD_VISITS,) * 3,
    StaffAccount: (Permission.MANAGE_ACCOUNTS,) * 3,
    Setting: (Permission.MANAGE_SETTINGS,) * 3,
}


def actor_of(session: Session) -> Actor:
    """Who acts in ``session``: its database's actor (see ``Database``), with the role their
    account has NOW — an administrator's change reaches desks already signed in, at their next
    piece of work (read once a session). A switched-off account acts no more."""
    actor = session.info.get(ACTOR_KEY)
    if not isinstance(actor, Actor):
        return Actor.from_system_user()
    if actor.account_id is None:
        return actor
    seen = session.info.get(_CURRENT_KEY)
    if isinstance(seen, tuple) and seen[0] == actor:
        return seen[1]  # type: ignore[no-any-return]
    row = session.connection().execute(
        select(StaffAccount.role, StaffAccount.active).where(StaffAccount.id == actor.account_id)
    ).first()
    if row is None:  # no such account here (a database restored from before it was made)
        current = actor
    elif not row.active:
        raise AccountSwitchedOff(actor)
    else:
        current = replace(actor, role=Role(row.role))
    session.info[_CURRENT_KEY] = (actor, current)
    return current


def require(session: Session, permission: Permission) -> Actor:
    """The session's actor, if their role allows ``permission``; else :class:`NotAllowed`."""
    actor = actor_of(session)
    if not actor.can(permission):
        raise NotAllowed(actor, permission)
    return actor


def plain(value: Any) -> Any:
    """A value as JSON holds it: dates as ISO text, codes as their value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def record(
    session: Session,
    action: str,
    entity: str,
    *,
    entity_id: int | None = None,
    person_id: int | None = None,
    changes: Mapping[str, tuple[Any, Any]] | None = None,
    actor: Actor | None = None,
) -> None:
    """Write one entry (for work done outside the ORM's view, and events such as a sign-in)."""
    record_many(session, [(action, entity, entity_id, person_id, changes)], actor=actor)


def record_many(
    session: Session,
    entries: Iterable[
        tuple[str, str, int | None, int | None, Mapping[str, tuple[Any, Any]] | None]
    ],
    *,
    actor: Actor | None = None,
) -> None:
    """Write entries of (action, entity, entity id, person id, changes) in one statement."""
    record_on(session.connection(), entries, actor or actor_of(session))


def record_on(
    connection: Connection,
    entries: Iterable[
        tuple[str, str, int | None, int | None, Mapping[str, tuple[Any, Any]] | None]
    ],
    actor: Actor,
) -> None:
    """:func:`record_many` on a bare connection (work done without a session)."""
    now = utc_now()
    rows = [
        {
            "at": now,
            "actor": actor.name[:120],
            "account_id": actor.account_id,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "person_id": person_id,
            "changes": _as_json(changes),
        }
        for action, entity, entity_id, person_id, changes in entries
    ]
    if rows:
        # On the connection: also safe while the session is flushing (the trail's own hook).
        connection.execute(insert(_AUDIT_TABLE), rows)


def _as_json(changes: Mapping[str, tuple[Any, Any]] | None) -> str | None:
    if not changes:
        return None
    return json.dumps(
        {name: [plain(before), plain(after)] for name, (before, after) in changes.items()},
        ensure_ascii=False,
        sort_keys=True,
    )


# The role check -----------------------------------------------------------------------------


def _needed(obj: object, operation: int) -> Permission | None:
    """The permission a change needs (operation 0 new, 1 changed, 2 deleted), or None."""
    rights = _WHO_MAY.get(type(obj))
    if rights is None:
        return None
    if isinstance(obj, StaffAccount) and operation == 1:
        changed = _changed_columns(obj)
        if changed <= SIGN_IN_COLUMNS:
            return None
        return rights[1]
    return rights[operation]


def _own_password_only(obj: object, actor: Actor) -> bool:
    return (
        isinstance(obj, StaffAccount)
        and obj.id == actor.account_id
        and _changed_columns(obj) <= OWN_PASSWORD_COLUMNS | SIGN_IN_COLUMNS
    )


def _changed_columns(obj: object) -> set[str]:
    state = inspect(obj)
    return {
        attr.key
        for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    }


def first_free_person_id(session: Session) -> int | None:
    """On SQLite, the number a new person must take so that it was never anyone's: above the
    highest in the register AND in the audit trail (an erased person's number stays theirs —
    SQLite would otherwise give the highest number again after its owner was erased, and the
    newcomer would inherit the erased person's history). None on PostgreSQL, whose sequences
    never give a number twice."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    connection = session.connection()
    highest = connection.scalar(select(func.max(Person.id))) or 0
    traced = connection.scalar(select(func.max(_AUDIT_TABLE.c.person_id))) or 0
    return max(highest, traced) + 1


def _number_newcomers(session: Session) -> None:
    newcomers = [p for p in session.new if isinstance(p, Person) and p.id is None]
    if newcomers:
        first = first_free_person_id(session)
        if first is not None:
            for offset, person in enumerate(newcomers):
                person.id = first + offset


def _check(session: Session, _context: Any, _instances: Any) -> None:
    _number_newcomers(session)
    actor = actor_of(session)
    for operation, objects in enumerate((session.new, session.dirty, session.deleted)):
        for obj in objects:
            if operation == 1 and not session.is_modified(obj):
                continue
            permission = _needed(obj, operation)
            if permission is None or actor.can(permission):
                continue
            if operation == 1 and _own_password_only(obj, actor):
                continue
            raise NotAllowed(actor, permission)


# The trail ---------------------------------------------------------------------------------


def _values(obj: object, operation: int) -> dict[str, tuple[Any, Any]]:
    state = inspect(obj)
    changes: dict[str, tuple[Any, Any]] = {}
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in SKIPPED or name in SIGN_IN_COLUMNS:
            continue
        history = state.attrs[name].history
        if operation == 0:
            value = getattr(obj, name)
            if value is not None:
                changes[name] = (None, value)
        elif operation == 2:
            before = history.deleted[0] if history.deleted else getattr(obj, name)
            if before is not None:
                changes[name] = (before, None)
        elif history.has_changes():
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                changes[name] = (before, after)
    if isinstance(obj, StaffAccount) and "password_hash" in changes:
        changes["password_hash"] = (None, HIDDEN) if operation == 0 else (HIDDEN, HIDDEN)
    if isinstance(obj, Visit) and operation == 0:
        changes["purposes"] = (None, ", ".join(sorted(p.purpose for p in obj.purposes)))
    return changes


def _person_of(session: Session, obj: object, checklists: dict[int, int | None]) -> int | None:
    if isinstance(obj, Person):
        return obj.id
    if isinstance(obj, ChecklistStep):
        if obj.checklist_id not in checklists:
            checklists[obj.checklist_id] = session.connection().scalar(
                select(Checklist.person_id).where(Checklist.id == obj.checklist_id)
            )
        return checklists[obj.checklist_id]
    return getattr(obj, "person_id", None)


def _write_trail(session: Session, _context: Any) -> None:
    people_going = {p.id for p in session.deleted if isinstance(p, Person)}
    new_checklists = {c.id for c in session.new if isinstance(c, Checklist)}
    checklists: dict[int, int | None] = {}
    entries = []
    actions = ("created", "updated", "deleted")
    for operation, objects in enumerate((session.new, session.dirty, session.deleted)):
        for obj in objects:
            entity = ENTITIES.get(type(obj))
            if entity is None:
                continue
            step_of_new_checklist = (
                isinstance(obj, ChecklistStep) and obj.checklist_id in new_checklists
            )
            if operation == 0 and step_of_new_checklist:
                continue  # part of the new checklist's own entry
            person_id = _person_of(session, obj, checklists)
            if person_id in people_going:
                continue  # an erasure writes its own entry, without the person's data
            changes = _values(obj, operation)
            if operation == 1 and not changes:
                continue
            entity_id = None if isinstance(obj, Setting) else _key(obj)
            if isinstance(obj, Setting):
                changes = {obj.key: changes.get("value", (None, None))}
            entries.append((actions[operation], entity, entity_id, person_id, changes))
    record_many(session, entries)


def _key(obj: object) -> int | None:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return key[0] if len(key) == 1 and isinstance(key[0], int) else None


def install(session_factory: sessionmaker[Session]) -> None:
    event.listen(session_factory, "before_flush", _check)
    event.listen(session_factory, "after_flush", _write_trail)
