"""The tables, as SQLAlchemy 2 typed models. Schema changes go through an Alembic migration."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from welcome_desk.db.types import UTCDateTime, utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Person(Base):
    """A newcomer: a student, researcher or teacher arriving in Lille."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str | None] = mapped_column(String(200))
    # Accent-insensitive family-then-given key for alphabetical lists, compared byte by byte on
    # every back-end (its U+001F separator must sort before any letter).
    sort_key: Mapped[str] = mapped_column(
        String(401).with_variant(String(401, collation="C"), "postgresql"), index=True
    )
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    nationality: Mapped[str] = mapped_column(String(2), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(16), index=True)
    sub_kind: Mapped[str | None] = mapped_column(String(32))
    programme: Mapped[str | None] = mapped_column(String(120))
    host_unit: Mapped[str | None] = mapped_column(String(200))
    arrival_date: Mapped[date] = mapped_column(Date, index=True)
    departure_date: Mapped[date | None] = mapped_column(Date)
    preferred_language: Mapped[str] = mapped_column(String(8), default="fr")
    accompanying_persons: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    # Optimistic locking: a save based on an outdated copy is refused, never silently applied.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Set when the retention rule took the person's identity away (the statistics' facts stay).
    anonymised_on: Mapped[date | None] = mapped_column(Date)

    external_ids: Mapped[list[ExternalId]] = relationship(
        back_populates="person", cascade="all, delete-orphan", lazy="selectin"
    )
    search_keys: Mapped[list[SearchKey]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        CheckConstraint("accompanying_persons >= 0", name="accompanying_not_negative"),
        CheckConstraint(
            "departure_date IS NULL OR departure_date >= arrival_date",
            name="departure_after_arrival",
        ),
        CheckConstraint("sex IS NULL OR sex IN ('F', 'M', 'X')", name="sex_code"),
        CheckConstraint("category IN ('student', 'researcher', 'teacher')", name="category_code"),
    )


class ExternalId(Base):
    """An identifier given to the person by another system (a mobility platform, HR…)."""

    __tablename__ = "external_ids"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(String(128))

    person: Mapped[Person] = relationship(back_populates="external_ids")

    __table_args__ = (UniqueConstraint("source", "value"),)


class SearchField:
    """Where a search key comes from; lower ranks first."""

    FAMILY_NAME = 1
    GIVEN_NAMES = 2
    EXTERNAL_ID = 3
    EMAIL = 4


class SearchKey(Base):
    """One folded word under which a person is found by prefix (see ``domain.names``)."""

    __tablename__ = "search_keys"

    # Primary key in this order: a search is a range scan on (field, key) for name fields, or
    # for id and email fields, never wading through keys of the other kind.
    field: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    # Byte order on PostgreSQL too, so that a prefix is one contiguous range whatever the locale.
    key: Mapped[str] = mapped_column(
        String(254).with_variant(String(254, collation="C"), "postgresql"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )

    person: Mapped[Person] = relationship(back_populates="search_keys")

    __table_args__ = (Index("ix_search_keys_person_id", "person_id"),)
