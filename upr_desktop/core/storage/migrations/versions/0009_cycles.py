"""Cycle to cycle: response history (response_change) and links to earlier cycles (recommendation_link)

A workspace now holds several cycles of one State. A response that changes (pending -> noted at the
adoption) keeps its history with a date and a source, and a person's decision that a recommendation was
recommended before (or was not) is kept per pair. The cycle of each recommendation already has its
column (recommendation.cycle, 0001); an index on (state_under_review, cycle) lets the suggestions
find the earlier cycles of one State among 100,000 recommendations.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "response_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("old_response", sa.String(length=30), nullable=False),
        sa.Column("new_response", sa.String(length=30), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["recommendation_id"], ["recommendation.id"], name=op.f("fk_response_change_recommendation_id_recommendation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response_change")),
        sa.UniqueConstraint("uuid", name=op.f("uq_response_change_uuid")),
    )
    op.create_index("ix_response_change_recommendation", "response_change", ["recommendation_id", "changed_on", "id"])
    op.create_table(
        "recommendation_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("predecessor_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["recommendation_id"], ["recommendation.id"], name=op.f("fk_recommendation_link_recommendation_id_recommendation"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["predecessor_id"], ["recommendation.id"], name=op.f("fk_recommendation_link_predecessor_id_recommendation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_link")),
        sa.UniqueConstraint("uuid", name=op.f("uq_recommendation_link_uuid")),
        sa.UniqueConstraint("recommendation_id", "predecessor_id", name=op.f("uq_recommendation_link_recommendation_id")),
    )
    op.create_index(op.f("ix_recommendation_link_predecessor_id"), "recommendation_link", ["predecessor_id"])
    op.create_index("ix_recommendation_state_cycle", "recommendation", ["state_under_review", "cycle"])


def downgrade() -> None:
    op.drop_index("ix_recommendation_state_cycle", table_name="recommendation")
    op.drop_table("recommendation_link")
    op.drop_table("response_change")
