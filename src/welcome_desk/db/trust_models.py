"""Tables of trust: staff accounts, the audit trail, and the desk's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from welcome_desk.db.models import Base
from welcome_desk.db.types import UTCDateTime, utc_now


class StaffAccount(Base):
    """Someone of the desk who signs in. Accounts are switched off, never deleted: the audit
    trail keeps naming them."""

    __tablename__ = "staff_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Case-folded, as typed at sign-in.
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    # An argon2id hash (argon2-cffi): never the password itself.
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set by an administrator's reset: the next sign-in asks for a new password.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class AuditEntry(Base):
    """One change: who, when, what, and each field's value before and after (JSON).

    ``person_id`` and ``account_id`` are plain numbers, not foreign keys: the entry outlives an
    erased person (its values wiped, see ``services.privacy``) and names a switched-off account.
    """

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    account_id: Mapped[int | None] = mapped_column(Integer)
    # created, updated, deleted, signed_in, sign_in_refused, erased, anonymised, exported…
    action: Mapped[str] = mapped_column(String(32))
    # person, step, housing, healthcare, administrative, appointment, visit, account, setting…
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_audit_entries_person_id", "person_id", "id"),
        Index("ix_audit_entries_actor", "actor", "id"),
    )


class Setting(Base):
    """One setting of the desk shared by every window on this database (sign-in mode,
    retention period…), as text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
