"""Migrations on the server both ways: every downgrade runs on PostgreSQL, and upgrading again gives the same schema."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select

from tests.exchange.conftest import seed
from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.storage import migrator
from upr_desktop.operations import recommendations as ops
from upr_desktop.operations.workspace import open_workspace

# A PostgreSQL cluster is started for these (about 20 s in all): CI runs them with the slow tests.
pytestmark = pytest.mark.slow


def _schema(conn: Any) -> dict[str, Any]:
    """Tables and their columns, indexes, triggers and this schema's functions: what a migration makes."""
    found = inspect(conn)
    tables = {t: (sorted(c["name"] for c in found.get_columns(t)), sorted(str(i["name"]) for i in found.get_indexes(t)))
              for t in found.get_table_names()}
    triggers = sorted(conn.exec_driver_sql("SELECT tgrelid::regclass::text || '.' || tgname FROM pg_trigger WHERE NOT tgisinternal").scalars())
    functions = sorted(conn.exec_driver_sql("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                            "WHERE n.nspname = current_schema()").scalars())
    return {"tables": tables, "triggers": triggers, "functions": functions}


def _engine(url: str) -> Any:
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def test_the_latest_migrations_go_down_and_up_again_with_the_data(pg_url: str) -> None:
    with open_workspace(pg_url) as ws:
        seed(ws)
        ops.edit_recommendation(ws, "145.1", text="Edited")  # version 2
    engine = _engine(pg_url)
    try:
        with engine.connect() as conn:
            head = _schema(conn)
            assert "ix_recommendation_state_under_review" not in {i["name"] for i in inspect(conn).get_indexes("recommendation")}
        with engine.begin() as conn:
            command.downgrade(migrator.alembic_config(conn), "0011")  # 0012 taken back: the State's own index again
            assert "ix_recommendation_state_under_review" in {i["name"] for i in inspect(conn).get_indexes("recommendation")}
            command.downgrade(migrator.alembic_config(conn), "0009")  # 0010's version column, and 0011 before it
            assert migrator.current_revision(conn) == "0009"
            assert "version" not in [c["name"] for c in inspect(conn).get_columns("recommendation")]
            assert not conn.exec_driver_sql("SELECT 1 FROM pg_proc WHERE proname = 'upr_version_fn'").first()
    finally:
        engine.dispose()
    with open_workspace(pg_url) as ws:  # opening it migrates it up again
        with ws.session() as s:
            assert _schema(s.connection()) == head
            assert s.scalar(select(Recommendation.text).where(Recommendation.ref == "145.1")) == "Edited"
            assert set(s.scalars(select(Recommendation.version))) == {1}  # versions start again
        assert ops.edit_recommendation(ws, "145.1", text="Edited again", expected_version=1).result.version == 2


def test_every_migration_goes_down_to_nothing_and_up_to_the_same_schema(pg_empty_url: str) -> None:
    from upr_desktop.operations.workspace import create_workspace

    create_workspace(pg_empty_url, name="Test Coalition", country="Thailand").close()
    engine = _engine(pg_empty_url)
    try:
        with engine.connect() as conn:
            head = _schema(conn)
        with engine.begin() as conn:
            command.downgrade(migrator.alembic_config(conn), "base")
        with engine.connect() as conn:
            left = _schema(conn)
            assert set(left["tables"]) <= {"alembic_version"} and not left["triggers"], left
            assert not [f for f in left["functions"] if f.startswith("upr_") or f.endswith("_fn")], left["functions"]
        with engine.begin() as conn:
            migrator.upgrade(conn)
        with engine.connect() as conn:
            assert _schema(conn) == head
    finally:
        engine.dispose()
