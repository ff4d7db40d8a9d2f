"""Run the packaged Alembic migrations on an open connection.

Alembic itself (half a second to import) is loaded only when a migration must run: opening an
up-to-date workspace reads the revision with one query and compares it with ``HEAD_REVISION``
(a test keeps that constant equal to the newest script).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0012"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return HEAD_REVISION


def script_head() -> str:
    """The newest revision among the migration scripts (what HEAD_REVISION must say)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no alembic_version table: not a workspace (or an empty database)
        connection.rollback()
        return None


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
    if connection.dialect.name == "postgresql":
        from upr_desktop.core.storage import server_schema

        server_schema.ensure_sync_ids(connection)
