"""people.sort_key compared byte by byte on PostgreSQL, as on SQLite

The key is already folded (no accents, no case) and joins the family and given names with U+001F,
which must sort before every letter: a linguistic collation (fr-FR, en_US.UTF-8…) ignores that
character, and would list "Lin" between "Li Hua" and "Li Wei".

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # SQLite compares bytes already
        op.alter_column(
            "people",
            "sort_key",
            type_=sa.String(length=401, collation="C"),
            existing_type=sa.String(length=401),
            existing_nullable=False,
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "people",
            "sort_key",
            type_=sa.String(length=401),
            existing_type=sa.String(length=401, collation="C"),
            existing_nullable=False,
        )
