"""Personal data kept only as long as needed (GDPR): the retention period, erasure, and what
both need.

The retention rule itself (who it reaches, anonymising them) is in ``privacy_retention``; the
export of everything held on a person in ``privacy_export``. Erasing and anonymising work with
Core statements, not the ORM: the audit hook would otherwise write the old values down again in
new entries; the role check is :func:`audit.require` at the start of each. Both wipe the values
of the person's earlier audit entries (they hold the old data), keeping who did what and when,
and write one entry of their own that holds no personal data.

Backups made before still hold the people until they rotate out (7 daily and 4 weekly copies,
see ``services.backup``); the copies made by hand, before a migration and before a restore are
never rotated (docs/privacy.md). On SQLite the space freed is overwritten with zeros
(``secure_delete``) and :func:`scrub_file` folds the write-ahead log into the file, so that the
file itself keeps no trace; on PostgreSQL the old row versions stay on disk until the server's
(auto)vacuum reuses their space.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from welcome_desk.db import audit
from welcome_desk.db.engine import Database
from welcome_desk.db.models import Base, Person
from welcome_desk.db.trust_models import AuditEntry
from welcome_desk.domain.dates import add_months
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.domain.roles import Permission
from welcome_desk.services.settings import get_setting, set_setting

RETENTION_KEY = "retention_months"
DEFAULT_RETENTION_MONTHS = 24
MIN_RETENTION_MONTHS = 1
MAX_RETENTION_MONTHS = 1200
_PEOPLE = Base.metadata.tables["people"]


class PrivacyError(Exception):
    """A request that cannot be done as asked; nothing was changed."""

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


def no_such_person(person_id: int) -> PrivacyError:
    return PrivacyError(message(N_("There is no person number {person}."), person=person_id))


# The retention period ------------------------------------------------------------------------


def checked_months(months: int) -> int:
    if not MIN_RETENTION_MONTHS <= months <= MAX_RETENTION_MONTHS:
        raise PrivacyError(
            message(
                N_("The retention period must be from {low} to {high} months, not {months}."),
                low=MIN_RETENTION_MONTHS,
                high=MAX_RETENTION_MONTHS,
                months=months,
            )
        )
    return months


def retention_months(session: Session) -> int:
    """The desk's retention period in months (the default when unset or unreadable)."""
    value = get_setting(session, RETENTION_KEY)
    try:
        return checked_months(int(value)) if value else DEFAULT_RETENTION_MONTHS
    except (ValueError, PrivacyError):
        return DEFAULT_RETENTION_MONTHS


def set_retention_months(session: Session, months: int) -> None:
    """Change the retention period (``Permission.MANAGE_SETTINGS``, checked by the hook)."""
    set_setting(session, RETENTION_KEY, str(checked_months(months)))


def retention_cutoff(today: date, months: int) -> date:
    """People who left before this day are reached by the rule."""
    return add_months(today, -months)


@contextmanager
def overwriting_freed_space(session: Session) -> Iterator[None]:
    """On SQLite, deleted and replaced content is overwritten with zeros, not only marked free
    (``PRAGMA secure_delete``), for the statements run inside."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA secure_delete = {int(bool(before))}")


def wipe_trail(session: Session, ids: list[int]) -> None:
    """The values of the people's earlier audit entries (who did what, and when, stay)."""
    session.connection().execute(
        update(AuditEntry)
        .where(AuditEntry.person_id.in_(ids), AuditEntry.changes.is_not(None))
        .values(changes=None)
    )


# Erasing ---------------------------------------------------------------------------------------


def erase_person(session: Session, person_id: int) -> None:
    """Delete the person and everything linked to them (``Permission.ERASE_PEOPLE``); their
    earlier audit entries keep who did what and when, not the values; one entry says that the
    person was erased, and nothing about them."""
    audit.require(session, Permission.ERASE_PEOPLE)
    if session.scalar(select(Person.id).where(Person.id == person_id)) is None:
        raise no_such_person(person_id)
    with overwriting_freed_space(session):
        # The database's cascades take the checklist and its steps' history, records,
        # appointments, visits, external ids and search keys.
        session.connection().execute(delete(_PEOPLE).where(_PEOPLE.c.id == person_id))
        wipe_trail(session, [person_id])
    audit.record(session, "erased", "person", entity_id=person_id, person_id=person_id)
    session.expire_all()


def scrub_file(database: Database) -> None:
    """After an erasure or anonymisation is committed: fold SQLite's write-ahead log into the
    file and empty it, so that older copies of the changed pages are gone too (best effort: a
    desk reading at that moment keeps the log until the next time)."""
    if not database.is_sqlite or database.file is None:
        return
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
