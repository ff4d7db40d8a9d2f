"""Drop ix_recommendation_state_under_review: ix_recommendation_state_cycle (state_under_review, cycle) leads with it

Every query on the State under review (the list's filter, the recommendations of earlier cycles, the
lookups) is answered by the (state_under_review, cycle) index of 0009 as well, with the same plan (a
search on its leading column), on SQLite and on PostgreSQL. The single-column index only cost time and
space: an import that at least doubles the table rebuilt it for nothing (~0.1 s for 100,000
recommendations), and every other write kept it up to date.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

COVERED = "ix_recommendation_state_under_review"


def upgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {COVERED}")  # the same words on SQLite and PostgreSQL


def downgrade() -> None:
    op.execute(f"CREATE INDEX IF NOT EXISTS {COVERED} ON recommendation (state_under_review)")
