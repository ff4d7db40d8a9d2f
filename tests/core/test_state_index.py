"""Migration 0012: the State under review has no index of its own; (state_under_review, cycle) answers its queries."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects import sqlite as sqlite_dialect

from tests.conftest import copy_workspace
from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.read.recommendation_list import RecommendationFilter, filtered_ids
from upr_desktop.core.storage import migrator
from upr_desktop.core.storage.workspace_file import open_workspace

DROPPED = "ix_recommendation_state_under_review"


def _indexes(conn) -> set[str]:
    return {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'recommendation'")}


def _plan(conn, query) -> str:
    sql = str(query.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}))
    return "; ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_0012_drops_the_covered_index_and_its_downgrade_gives_it_back(workspace_template: Path, tmp_path: Path) -> None:
    from alembic import command

    ws = open_workspace(copy_workspace(workspace_template, tmp_path / "w.uprw"))
    try:
        with ws.engine.connect() as conn:
            assert DROPPED not in _indexes(conn) and "ix_recommendation_state_cycle" in _indexes(conn)
            by_state = filtered_ids(RecommendationFilter(state_under_review="Thailand"))
            earlier = select(Recommendation.id).where(Recommendation.state_under_review == "Thailand", Recommendation.cycle < 3)
            # The State alone and the State with earlier cycles: both searched on the index's leading column, not scanned.
            assert "SEARCH recommendation USING COVERING INDEX ix_recommendation_state_cycle (state_under_review=?)" in _plan(conn, by_state)
            assert "ix_recommendation_state_cycle (state_under_review=? AND cycle<?)" in _plan(conn, earlier)
        with ws.engine.begin() as conn:
            command.downgrade(migrator.alembic_config(conn), "0011")
        with ws.engine.connect() as conn:
            assert DROPPED in _indexes(conn)
            assert migrator.current_revision(conn) == "0011"
        with ws.engine.begin() as conn:
            migrator.upgrade(conn)
        with ws.engine.connect() as conn:
            assert DROPPED not in _indexes(conn)
            assert migrator.current_revision(conn) == "0012"
    finally:
        ws.close()
