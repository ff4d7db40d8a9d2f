"""Derived columns on recommendation (current status, last assessed, lead group) kept by triggers

The Recommendations table sorts and filters 100,000 rows by these, and the dashboard counts by
them; computing them with window functions or joins on every keystroke took seconds. Triggers
keep them right whoever writes assessments or assignments: services, merges, undo, bulk loads.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATUS_OF = (
    "(SELECT a.status FROM assessment AS a WHERE a.recommendation_id = {rid} "
    "ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)"
)
LAST_ASSESSED_OF = "(SELECT max(a.assessed_on) FROM assessment AS a WHERE a.recommendation_id = {rid})"
LEAD_OF = (
    "(SELECT min(g.acronym) FROM assignment AS s JOIN member_group AS g ON g.id = s.group_id "
    "WHERE s.recommendation_id = {rid} AND s.role = 'lead')"
)


def _refresh_status(rid: str) -> str:
    return (
        f"UPDATE recommendation SET current_status = {STATUS_OF.format(rid=rid)}, "
        f"last_assessed_on = {LAST_ASSESSED_OF.format(rid=rid)} WHERE id = {rid};"
    )


def _refresh_lead(rid: str) -> str:
    return f"UPDATE recommendation SET lead_group = {LEAD_OF.format(rid=rid)} WHERE id = {rid};"


TRIGGERS = {
    "assessment_derived_ai": f"AFTER INSERT ON assessment BEGIN {_refresh_status('new.recommendation_id')} END",
    "assessment_derived_ad": f"AFTER DELETE ON assessment BEGIN {_refresh_status('old.recommendation_id')} END",
    "assessment_derived_au": (
        "AFTER UPDATE OF status, assessed_on, recommendation_id ON assessment BEGIN "
        f"{_refresh_status('old.recommendation_id')} {_refresh_status('new.recommendation_id')} END"
    ),
    "assignment_lead_ai": f"AFTER INSERT ON assignment BEGIN {_refresh_lead('new.recommendation_id')} END",
    "assignment_lead_ad": f"AFTER DELETE ON assignment BEGIN {_refresh_lead('old.recommendation_id')} END",
    "assignment_lead_au": (
        "AFTER UPDATE OF role, group_id, recommendation_id ON assignment BEGIN "
        f"{_refresh_lead('old.recommendation_id')} {_refresh_lead('new.recommendation_id')} END"
    ),
    "member_group_acronym_au": (
        "AFTER UPDATE OF acronym ON member_group BEGIN "
        f"UPDATE recommendation SET lead_group = {LEAD_OF.format(rid='recommendation.id')} "
        "WHERE id IN (SELECT recommendation_id FROM assignment WHERE group_id = new.id); END"
    ),
}


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, not batch mode: recreating the table would drop its FTS triggers.
    op.add_column("recommendation", sa.Column("current_status", sa.String(length=30), nullable=True))
    op.add_column("recommendation", sa.Column("last_assessed_on", sa.Date(), nullable=True))
    op.add_column("recommendation", sa.Column("lead_group", sa.String(length=30), nullable=True))
    op.create_index("ix_recommendation_current_status", "recommendation", ["current_status"])
    op.create_index("ix_assessment_latest", "assessment", ["recommendation_id", "assessed_on", "id"])
    op.execute(
        f"UPDATE recommendation SET current_status = {STATUS_OF.format(rid='recommendation.id')}, "
        f"last_assessed_on = {LAST_ASSESSED_OF.format(rid='recommendation.id')}, "
        f"lead_group = {LEAD_OF.format(rid='recommendation.id')}"
    )
    if op.get_bind().dialect.name == "postgresql":
        from upr_desktop.core.storage import server_schema

        server_schema.install_derived(op.execute)
        return
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from upr_desktop.core.storage import server_schema

        # The trigger functions, and with them their triggers; then the functions they call.
        server_schema.drop_functions(op.execute, "assessment_derived_fn", "assignment_lead_fn", "member_group_acronym_fn",
                                     "upr_refresh_status", "upr_refresh_lead")
    else:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_assessment_latest", "assessment")
    op.drop_index("ix_recommendation_current_status", "recommendation")
    for column in ("lead_group", "last_assessed_on", "current_status"):
        op.execute(f"ALTER TABLE recommendation DROP COLUMN {column}")
