"""Record versions: a version column on recommendation, consultation and follow_up_action

Two people editing the same record: the later save is detected by comparing the version its editor
read with the record's version now (changelog.check_version). Until now that version was the
record's newest change-log entry, one more query per save and per opened editor; now it is a column
the database raises itself on every change of what a person sees (core/storage/record_versions.py),
on SQLite and on PostgreSQL alike. On a server, the id-sequence trigger of 0001 is replaced by one that
never lowers a sequence under concurrent writers (server_schema.SYNC_ID).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from upr_desktop.core.storage import record_versions

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    record_versions.install(op.execute, dialect)
    if dialect == "postgresql":
        from upr_desktop.core.storage import server_schema

        op.execute(server_schema.SYNC_ID)  # the id trigger that no longer lowers a sequence under concurrent writers


def downgrade() -> None:
    record_versions.remove(op.execute, op.get_bind().dialect.name)
