"""Dashboard counts kept by triggers in figure_tally

Counting the whole-workspace Dashboard figures from the rows took 0.5-0.8 s on 100,000
recommendations: a first visit, a visit while an import lands, or any cold cache drew late.
Triggers now keep the counts in the same transaction as every write; the table, the triggers and
the first count are described in upr_desktop/core/figure_tally.py.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

from upr_desktop.core.read import figure_tally

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        from upr_desktop.core.storage import server_schema

        op.execute(server_schema.JSON_LIST)
    figure_tally.install(op.execute, dialect)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from upr_desktop.core.storage import server_schema

        # Each trigger's function, and with it the trigger (figure_tally.pg_triggers names them NAME_fn).
        server_schema.drop_functions(op.execute, "figure\\_tally\\_%\\_fn", "upr_json_list")
    else:
        for name in figure_tally.TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS figure_tally")
    op.execute("DROP TABLE IF EXISTS state_region")
