"""Tables of the arrival journey: checklists and their steps' history, records, appointments,
counter visits, and the checklist template editions they were made from."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from welcome_desk.db.models import Base, Person
from welcome_desk.db.types import UTCDateTime, utc_now

OPEN_STEPS_SQL = "applicable AND status IN ('todo', 'in_progress', 'blocked')"


class TemplateEdition(Base):
    """One edition of a checklist template, as read when first used (never changed after)."""

    __tablename__ = "checklist_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    first_used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    __table_args__ = (UniqueConstraint("name", "digest"),)


class Checklist(Base):
    __tablename__ = "checklists"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), unique=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    person: Mapped[Person] = relationship()
    template: Mapped[TemplateEdition] = relationship(lazy="joined")
    steps: Mapped[list[ChecklistStep]] = relationship(
        back_populates="checklist",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ChecklistStep.position",
    )


class ChecklistStep(Base):
    __tablename__ = "checklist_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklists.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    area: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    # False once the step no longer applies to the person (kept, with its history).
    applicable: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(16), default="todo")
    blocked_reason: Mapped[str | None] = mapped_column(String(500))
    due_on: Mapped[date | None] = mapped_column(Date)
    opens_on: Mapped[date | None] = mapped_column(Date)
    due_set_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    checklist: Mapped[Checklist] = relationship(back_populates="steps")
    history: Mapped[list[StepHistory]] = relationship(
        back_populates="step",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StepHistory.id",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        UniqueConstraint("checklist_id", "key"),
        # The overdue list: the steps still waiting, by due date (a partial index: the done
        # steps, most of them, are not in it).
        Index(
            "ix_checklist_steps_open_due",
            "due_on",
            sqlite_where=text(OPEN_STEPS_SQL),
            postgresql_where=text(OPEN_STEPS_SQL),
        ),
    )


class StepHistory(Base):
    """One change of a step: who, when, which field, from what to what."""

    __tablename__ = "step_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    step_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_steps.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    actor: Mapped[str] = mapped_column(String(120))
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    step: Mapped[ChecklistStep] = relationship(back_populates="history")


class HousingRecord(Base):
    """Where the person lives (or lived) and the paperwork that goes with it."""

    __tablename__ = "housing_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # crous, private, family, hotel, other
    address: Mapped[str | None] = mapped_column(String(300))
    from_date: Mapped[date | None] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)
    visale: Mapped[str] = mapped_column(String(16), default="none")  # none, requested, granted
    insurance: Mapped[bool] = mapped_column(Boolean, default=False)
    caf_status: Mapped[str] = mapped_column(String(16), default="none")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    # Optimistic locking, as for people: a save based on an outdated copy is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class HealthcareRecord(Base):
    __tablename__ = "healthcare_records"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    social_security: Mapped[str] = mapped_column(String(16), default="none")
    ehic: Mapped[bool] = mapped_column(Boolean, default=False)
    ehic_expiry: Mapped[date | None] = mapped_column(Date)
    mutuelle: Mapped[bool] = mapped_column(Boolean, default=False)
    gp_declared: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    # Optimistic locking, as for people: a save based on an outdated copy is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AdministrativeRecord(Base):
    __tablename__ = "administrative_records"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    visa_type: Mapped[str | None] = mapped_column(String(32))
    visa_expiry: Mapped[date | None] = mapped_column(Date)
    vls_ts_validated_on: Mapped[date | None] = mapped_column(Date)
    residence_permit_number: Mapped[str | None] = mapped_column(String(32))
    residence_permit_expiry: Mapped[date | None] = mapped_column(Date, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    # Optimistic locking, as for people: a save based on an outdated copy is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Appointment(Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    place: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)


class Visit(Base):
    """A counter visit: when, who received the person, and why they came."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    staff: Mapped[str] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    purposes: Mapped[list[VisitPurpose]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class VisitPurpose(Base):
    __tablename__ = "visit_purposes"

    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True
    )
    purpose: Mapped[str] = mapped_column(String(64), primary_key=True)
