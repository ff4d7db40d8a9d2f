"""Alembic environment: runs on the connection the workspace hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from upr_desktop.core.domain.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # FTS5 tables are created by hand in migrations; autogenerate must leave them alone.
    include_name=lambda name, type_, parent: not (type_ == "table" and str(name).startswith("recommendation_fts")),
)
with context.begin_transaction():
    context.run_migrations()
