"""A large server import rebuilds recommendation's indexes after its COPY (importers/server_bulk.py): the same
indexes afterwards, the search answering from them, and a failed import giving them back untouched."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from upr_desktop.importers import ImportOptions, import_file, server_bulk
from upr_desktop.operations import recommendations as ops
from upr_desktop.core.read.table_page import RecommendationFilter
from tests.core.test_recommended_before import DATA

FILE = DATA / "upr-info-two-cycles.csv"


def _indexes(ws: Any) -> list[tuple[str, str]]:
    with ws.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index "
            "WHERE indrelid = 'recommendation'::regclass ORDER BY 1"))]


@pytest.mark.slow
def test_the_indexes_come_back_the_same_and_answer(pg_workspace: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_bulk, "REBUILD_FROM", 10)  # the file's ~870 rows take the large import's path
    before = _indexes(pg_workspace)
    assert any("gin" in d for _n, d in before)
    dropped: list[list[str]] = []
    real = server_bulk._indexes_set_aside
    monkeypatch.setattr(server_bulk, "_indexes_set_aside", lambda cur, n: dropped.append(real(cur, n)) or dropped[-1])
    report = import_file(pg_workspace, FILE, ImportOptions(all_states=True))
    assert report.added > 800 and len(dropped) == 1 and len(dropped[0]) >= 5  # the path was taken
    assert _indexes(pg_workspace) == before
    ids, _rows = ops.table_ids(pg_workspace, RecommendationFilter(search="torture"))
    with pg_workspace.session() as s:
        expected = s.scalar(text("SELECT count(*) FROM recommendation WHERE text ILIKE '%torture%'"))
    assert expected and len(ids) >= expected


@pytest.mark.slow
def test_a_failed_large_import_gives_the_indexes_back(pg_workspace: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_bulk, "REBUILD_FROM", 10)
    before = _indexes(pg_workspace)

    def broken(*_args: Any, **_kw: Any) -> None:
        raise RuntimeError("change log refused")

    monkeypatch.setattr(server_bulk, "note_touched", broken)
    with pytest.raises(Exception):
        import_file(pg_workspace, FILE, ImportOptions(all_states=True))
    assert _indexes(pg_workspace) == before
    with pg_workspace.session() as s:
        assert s.scalar(text("SELECT count(*) FROM recommendation")) == 0
