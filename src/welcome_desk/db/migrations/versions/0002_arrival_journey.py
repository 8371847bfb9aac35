"""arrival journey: checklists, history, records, appointments, visits

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Steps still waiting, the only ones the overdue list looks at (a partial index keeps it small).
OPEN_STEPS = "applicable AND status IN ('todo', 'in_progress', 'blocked')"

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "checklist_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("first_used_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_templates")),
        sa.UniqueConstraint("name", "digest", name=op.f("uq_checklist_templates_name")),
    )
    op.create_table(
        "administrative_records",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("visa_type", sa.String(length=32), nullable=True),
        sa.Column("visa_expiry", sa.Date(), nullable=True),
        sa.Column("vls_ts_validated_on", sa.Date(), nullable=True),
        sa.Column("residence_permit_number", sa.String(length=32), nullable=True),
        sa.Column("residence_permit_expiry", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_administrative_records_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_administrative_records")),
    )
    with op.batch_alter_table("administrative_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_administrative_records_residence_permit_expiry"),
            ["residence_permit_expiry"],
            unique=False,
        )

    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_appointments_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointments_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointments_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "checklists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_checklists_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_checklists_template_id_checklist_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklists")),
        sa.UniqueConstraint("person_id", name=op.f("uq_checklists_person_id")),
    )
    with op.batch_alter_table("checklists", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklists_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "healthcare_records",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("social_security", sa.String(length=16), nullable=False),
        sa.Column("ehic", sa.Boolean(), nullable=False),
        sa.Column("ehic_expiry", sa.Date(), nullable=True),
        sa.Column("mutuelle", sa.Boolean(), nullable=False),
        sa.Column("gp_declared", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_healthcare_records_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_healthcare_records")),
    )
    op.create_table(
        "housing_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("from_date", sa.Date(), nullable=True),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("visale", sa.String(length=16), nullable=False),
        sa.Column("insurance", sa.Boolean(), nullable=False),
        sa.Column("caf_status", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_housing_records_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_housing_records")),
    )
    with op.batch_alter_table("housing_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_housing_records_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_visits_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visits_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_person_id"), ["person_id"], unique=False)

    op.create_table(
        "checklist_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("area", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("applicable", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("blocked_reason", sa.String(length=500), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("opens_on", sa.Date(), nullable=True),
        sa.Column("due_set_by_hand", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checklist_id"],
            ["checklists.id"],
            name=op.f("fk_checklist_steps_checklist_id_checklists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_steps")),
        sa.UniqueConstraint("checklist_id", "key", name=op.f("uq_checklist_steps_checklist_id")),
    )
    with op.batch_alter_table("checklist_steps", schema=None) as batch_op:
        batch_op.create_index(
            "ix_checklist_steps_open_due",
            ["due_on"],
            unique=False,
            sqlite_where=sa.text(OPEN_STEPS),
            postgresql_where=sa.text(OPEN_STEPS),
        )

    op.create_table(
        "visit_purposes",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
            name=op.f("fk_visit_purposes_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("visit_id", "purpose", name=op.f("pk_visit_purposes")),
    )
    op.create_table(
        "step_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["checklist_steps.id"],
            name=op.f("fk_step_history_step_id_checklist_steps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_history")),
    )
    with op.batch_alter_table("step_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_step_history_step_id"), ["step_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("step_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_step_history_step_id"))

    op.drop_table("step_history")
    op.drop_table("visit_purposes")
    with op.batch_alter_table("checklist_steps", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_steps_open_due")

    op.drop_table("checklist_steps")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_person_id"))
        batch_op.drop_index(batch_op.f("ix_visits_at"))

    op.drop_table("visits")
    with op.batch_alter_table("housing_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_housing_records_person_id"))

    op.drop_table("housing_records")
    op.drop_table("healthcare_records")
    with op.batch_alter_table("checklists", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklists_template_id"))

    op.drop_table("checklists")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointments_person_id"))

    op.drop_table("appointments")
    with op.batch_alter_table("administrative_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_administrative_records_residence_permit_expiry"))

    op.drop_table("administrative_records")
    op.drop_table("checklist_templates")
