"""Drop plain indexes that a unique index already covers (same leading column)

Each link table has a unique (a, b) index, which SQLite also uses for lookups on a alone, so the
separate index on a only cost time and space on every insert: an import of 100,000
recommendations rebuilt ix_recommendation_theme_recommendation_id for nothing. Lookups on the
second column keep their own index (e.g. ix_recommendation_theme_theme_id).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# index name -> (table, column); each column leads the table's unique constraint
COVERED = {
    "ix_recommendation_theme_recommendation_id": ("recommendation_theme", "recommendation_id"),
    "ix_recommendation_sdg_recommendation_id": ("recommendation_sdg", "recommendation_id"),
    "ix_recommendation_affected_group_recommendation_id": ("recommendation_affected_group", "recommendation_id"),
    "ix_assignment_recommendation_id": ("assignment", "recommendation_id"),
    "ix_consultation_recommendation_consultation_id": ("consultation_recommendation", "consultation_id"),
    "ix_action_recommendation_action_id": ("action_recommendation", "action_id"),
}


def upgrade() -> None:
    for name in COVERED:
        op.execute(f"DROP INDEX IF EXISTS {name}")


def downgrade() -> None:
    for name, (table, column) in COVERED.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")
