"""A member group's own language, for the exchange workbooks sent to it

Field members who only open the workbook read it in their language: the secretariat sets it once
per group and every export for that group is written in it (exchange/export.py). NULL: English.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("member_group", sa.Column("language", sa.String(length=16), nullable=True))


def downgrade() -> None:
    # SQLite drops a column in place (3.35+); a batch copy of the table would break the triggers
    # that name member_group (0002).
    op.execute("ALTER TABLE member_group DROP COLUMN language")
