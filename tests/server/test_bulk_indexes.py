"""A large server import sets indexes, foreign keys and the Dashboard's insert triggers aside for its COPY and gives
them back after it (importers/server_bulk.py): the same schema afterwards, the search column and the counts right,
a failed import giving everything back untouched, and a role that does not own the tables importing the same rows
through the row-by-row path."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from upr_desktop.core.read.table_page import RecommendationFilter
from upr_desktop.core.services import recommendations
from upr_desktop.core.storage import server_check
from upr_desktop.importers import ImportOptions, import_file, server_bulk
from upr_desktop.operations import recommendations as ops
from upr_desktop.operations.workspace import open_workspace
from tests.core.test_recommended_before import DATA

FILE = DATA / "upr-info-two-cycles.csv"
TABLES = ("recommendation", "recommendation_theme", "recommendation_sdg", "recommendation_affected_group", "change_log")


def _schema(ws: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every index, constraint and trigger (with whether it is enabled) of the tables an import writes."""
    with ws.session() as s:
        return {table: [tuple(r) for r in s.execute(text(
            "SELECT 'index', indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = CAST(:t AS regclass) "
            "UNION ALL SELECT 'constraint', conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = CAST(:t AS regclass) "
            "UNION ALL SELECT 'trigger', tgname, tgenabled::text FROM pg_trigger WHERE tgrelid = CAST(:t AS regclass) AND NOT tgisinternal "
            "ORDER BY 1, 2"), {"t": table})] for table in TABLES}


def _recording(monkeypatch: pytest.MonkeyPatch) -> list[server_bulk.SetAside | None]:
    taken: list[server_bulk.SetAside | None] = []
    real = server_bulk.set_aside
    monkeypatch.setattr(server_bulk, "set_aside", lambda *a, **kw: taken.append(real(*a, **kw)) or taken[-1])
    return taken


def _search_and_counts_right(ws: Any) -> None:
    report = server_check.check(ws)
    assert report.search_index_ok and report.ok, report.problems  # the search column, the Dashboard's counts, ...
    ids, _rows = ops.table_ids(ws, RecommendationFilter(search="torture"))
    with ws.session() as s:
        expected = s.scalar(text("SELECT count(*) FROM recommendation WHERE text ILIKE '%torture%'"))
    assert expected and len(ids) >= expected


@pytest.mark.slow
def test_what_was_set_aside_comes_back_the_same_and_answers(pg_workspace: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_bulk, "REBUILD_FROM", 10)  # the file's ~870 rows take the large import's path
    before = _schema(pg_workspace)
    assert any("gin" in d for _k, _n, d in before["recommendation"])
    taken = _recording(monkeypatch)
    report = import_file(pg_workspace, FILE, ImportOptions(all_states=True))
    assert report.added > 800
    aside = {a.table: a for a in taken if a}
    assert {"recommendation", "recommendation_theme", "change_log"} <= set(aside)  # the path was taken
    assert len(aside["recommendation"].indexes) >= 5 and aside["recommendation"].triggers == ["figure_tally_recommendation_ai"]
    assert aside["recommendation_theme"].triggers == ["figure_tally_theme_ai"] and len(aside["recommendation_theme"].foreign_keys) == 2
    assert aside["change_log"].foreign_keys and aside["change_log"].indexes
    assert _schema(pg_workspace) == before
    _search_and_counts_right(pg_workspace)
    with pg_workspace.session() as s:
        assert s.scalar(text("SELECT count(*) FROM recommendation_theme")) > 800
        # The ids were drawn in one step of the sequence (recommendation locked): one run, and the sequence past it.
        low, high, n = s.execute(text("SELECT min(id), max(id), count(*) FROM recommendation")).one()
        assert high - low + 1 == n == report.added
        assert s.scalar(text("SELECT count(DISTINCT entity_id) FROM change_log WHERE entity = 'recommendation' AND op = 'create'")) == n
    with pg_workspace.transaction() as s:
        added = recommendations.add_recommendation(s, ref="NEW-1", text="Added after the import", response="supported")
        s.flush()
        assert added.id == high + 1


@pytest.mark.slow
def test_a_failed_large_import_gives_everything_back(pg_workspace: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_bulk, "REBUILD_FROM", 10)
    before = _schema(pg_workspace)
    taken = _recording(monkeypatch)

    def broken(*_args: Any, **_kw: Any) -> None:
        raise RuntimeError("change log refused")

    monkeypatch.setattr(server_bulk, "note_touched", broken)  # after the COPYs, before the indexes come back
    with pytest.raises(Exception):
        import_file(pg_workspace, FILE, ImportOptions(all_states=True))
    assert [a.table for a in taken if a]  # something was set aside, then given back by the rollback
    assert _schema(pg_workspace) == before
    with pg_workspace.session() as s:
        assert s.scalar(text("SELECT count(*) FROM recommendation")) == 0
        assert s.scalar(text("SELECT count(*) FROM recommendation_theme")) == 0
    _search_and_counts_right_after = server_check.check(pg_workspace)
    assert _search_and_counts_right_after.ok, _search_and_counts_right_after.problems
    monkeypatch.undo()
    report = import_file(pg_workspace, FILE, ImportOptions(all_states=True))  # and the next import goes through
    assert report.added > 800
    _search_and_counts_right(pg_workspace)


@pytest.mark.slow
def test_a_secretariat_role_that_owns_nothing_imports_row_by_row(pg_cluster: Any, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_desktop.cli import main

    assert main(["--workspace", pg_url, "server", "add-user", "sec_rin", "--role", "secretariat"]) == 0
    monkeypatch.setattr(server_bulk, "REBUILD_FROM", 10)
    taken = _recording(monkeypatch)
    with open_workspace(pg_cluster.url(pg_url.rsplit("/", 1)[1], "sec_rin")) as ws:
        before = _schema(ws)
        report = import_file(ws, FILE, ImportOptions(all_states=True))
        assert report.added > 800 and report.backup  # pg_dump's backup before it, as this role (row-level security on)
        assert taken and not any(taken)  # nothing of the owner's set aside: the triggers, keys and indexes did the work
        assert _schema(ws) == before
        _search_and_counts_right(ws)
        with ws.session() as s:
            assert s.scalar(text("SELECT count(*) FROM recommendation_theme")) > 800
            assert s.scalar(text("SELECT count(DISTINCT actor) FROM change_log WHERE entity = 'recommendation'")) == 1
