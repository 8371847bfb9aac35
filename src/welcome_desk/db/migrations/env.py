"""Alembic environment: always run from the program, on the connection it passes in."""

from __future__ import annotations

from alembic import context

from welcome_desk.db import journey_models, trust_models  # noqa: F401  (registers their tables)
from welcome_desk.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations are run by the program: welcome-desk opens the database itself")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
