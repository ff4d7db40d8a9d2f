"""A note beside a recommendation's text, as its source gives it (recommendation.source_note)

OHCHR matrices write "Comments: Information sent in a post Add.1 letter" or a position note after
the recommending States; it was left inside the recommendation text. It now has its own column.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch (copy-and-move) rebuild would drop the table's triggers and full-text links.
    op.add_column("recommendation", sa.Column("source_note", sa.Text(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE recommendation DROP COLUMN source_note")
