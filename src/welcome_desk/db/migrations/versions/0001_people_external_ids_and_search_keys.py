"""people, external ids and search keys

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=True),
        sa.Column("sort_key", sa.String(length=401), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("nationality", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("sub_kind", sa.String(length=32), nullable=True),
        sa.Column("programme", sa.String(length=120), nullable=True),
        sa.Column("host_unit", sa.String(length=200), nullable=True),
        sa.Column("arrival_date", sa.Date(), nullable=False),
        sa.Column("departure_date", sa.Date(), nullable=True),
        sa.Column("preferred_language", sa.String(length=8), nullable=False),
        sa.Column("accompanying_persons", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "category IN ('student', 'researcher', 'teacher')", name=op.f("ck_people_category_code")
        ),
        sa.CheckConstraint(
            "sex IS NULL OR sex IN ('F', 'M', 'X')", name=op.f("ck_people_sex_code")
        ),
        sa.CheckConstraint(
            "accompanying_persons >= 0", name=op.f("ck_people_accompanying_not_negative")
        ),
        sa.CheckConstraint(
            "departure_date IS NULL OR departure_date >= arrival_date",
            name=op.f("ck_people_departure_after_arrival"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_arrival_date"), ["arrival_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_nationality"), ["nationality"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "external_ids",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_external_ids_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_ids")),
        sa.UniqueConstraint("source", "value", name=op.f("uq_external_ids_source")),
    )
    with op.batch_alter_table("external_ids", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_external_ids_person_id"), ["person_id"], unique=False)

    op.create_table(
        "search_keys",
        sa.Column("field", sa.SmallInteger(), nullable=False),
        sa.Column(
            "key",
            sa.String(length=254).with_variant(sa.String(254, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_search_keys_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("field", "key", "person_id", name=op.f("pk_search_keys")),
    )
    with op.batch_alter_table("search_keys", schema=None) as batch_op:
        batch_op.create_index("ix_search_keys_person_id", ["person_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("search_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_search_keys_person_id")

    op.drop_table("search_keys")
    with op.batch_alter_table("external_ids", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_external_ids_person_id"))

    op.drop_table("external_ids")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_sort_key"))
        batch_op.drop_index(batch_op.f("ix_people_nationality"))
        batch_op.drop_index(batch_op.f("ix_people_category"))
        batch_op.drop_index(batch_op.f("ix_people_arrival_date"))

    op.drop_table("people")
