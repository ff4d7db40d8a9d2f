"""Search column on a server: the words alone, split from the folded text

A server workspace's ``recommendation.search_vector`` held every word with its positions, read by the
text-search parser; nothing reads a position (a search wants every word typed as the prefix of a word),
and the parser, then the folding's rewriting of every space, were most of the cost of the column: ~60% of
the server's time per recommendation saved, in every large import on a server (server_schema.SEARCH_TEXT,
SEARCH_VECTOR). The same words, the same matches. A file (FTS5) is untouched.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from upr_desktop.core.storage import server_schema

        op.execute(server_schema.SEARCH_TEXT)
        op.execute(server_schema.SEARCH_VECTOR)
        op.execute(server_schema.REFRESH_SEARCH)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from upr_desktop.core.storage import server_schema

        for sql in server_schema.SEARCH_0001:
            op.execute(sql)
        op.execute(server_schema.REFRESH_SEARCH)
