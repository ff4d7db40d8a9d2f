"""Expression index for sorting recommendations by reference ("115.9" before "115.10")

The Recommendations table opens sorted by reference; with this index SQLite walks 100,000 refs in
order instead of sorting them (see core/table_order.py, whose ORDER BY must match it exactly).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from upr_desktop.core.storage import server_schema

        server_schema.install_ref_sort(op.execute)
        return
    op.execute(
        "CREATE INDEX ix_recommendation_ref_sort ON recommendation ("
        "CAST(ref AS INTEGER), "
        "CAST(substr(ref, instr(ref, '.') + 1) AS INTEGER) * (instr(ref, '.') > 0), ref)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_recommendation_ref_sort")
    if op.get_bind().dialect.name == "postgresql":
        from upr_desktop.core.storage import server_schema

        server_schema.drop_functions(op.execute, "upr_ref_major", "upr_ref_minor")
