"""Indexes for sorting recommendations by text and by recommending States

The table's order by a column is cached until the data changes (core/table_order.py), but after
every edit the next sort by text or by recommending States had SQLite sort 100,000 rows again
(0.25-0.45 s on two cores, over the 300 ms a sort may take). With these indexes it walks them in
order (~0.1 s). Each ORDER BY in table_order.py must match its index's expression exactly. The
price is paid by big imports, which rebuild them once after the rows are in (~0.3 s each on
100,000 recommendations), and ~6 MB per 100,000 recommendations on disk.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from upr_desktop.core.storage import server_schema

        server_schema.install_sort_indexes(op.execute)
        return
    op.execute("CREATE INDEX IF NOT EXISTS ix_recommendation_text_sort ON recommendation (substr(text, 1, 80))")
    op.execute("CREATE INDEX IF NOT EXISTS ix_recommendation_recommending_states ON recommendation (recommending_states)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_recommendation_text_sort")
    op.execute("DROP INDEX IF EXISTS ix_recommendation_recommending_states")
