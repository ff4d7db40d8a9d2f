"""A search's first screenful on a server: the same ids, in the same order, as all of its matches (both engines)."""

from __future__ import annotations

import pytest

from tests.exchange.conftest import seed
from upr_desktop.core.read import recommendation_list
from upr_desktop.core.read.table_page import RecommendationFilter
from upr_desktop.operations import recommendations as ops
from upr_desktop.core.storage.workspace_file import WorkspaceFile

# A PostgreSQL cluster is started for these (about 20 s in all): CI runs them with the slow tests.
pytestmark = pytest.mark.slow

SEARCHES = ["r", "rec", "145", "145.4", "protected", "right number", "number 3", "nothing like this", "ensure 5"]


@pytest.mark.parametrize("sort", ["ref", "text", "status", "themes"])
def test_the_first_page_is_the_start_of_every_match_in_the_table_s_order(engine_workspace: WorkspaceFile, sort: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    ws = engine_workspace
    seed(ws)
    # Probes of 2, then 3 ids over the seed's 6 recommendations: a screenful of 2 found in them, one left to the
    # full search, and one that covers every recommendation (the whole answer).
    monkeypatch.setattr(recommendation_list, "FIRST_PAGE_PROBES", (2, 3))
    outcomes = set()
    for descending in (False, True):
        for typed in SEARCHES:
            flt = RecommendationFilter(search=typed)
            every, _rows = ops.table_ids(ws, flt, sort, descending)
            ids, rows, complete = ops.table_start(ws, flt, sort, descending, first_page=2)
            assert [row.id for row in rows] == ids[:2]
            if complete:
                assert ids == every, (typed, sort, descending)
            else:
                assert ids == every[:2] and len(every) >= 2, (typed, sort, descending)
            outcomes.add(complete)
    assert outcomes == ({True, False} if ws.is_server else {True})  # a file answers with every match at once


def test_other_filters_and_no_search_answer_whole(engine_workspace: WorkspaceFile) -> None:
    ws = engine_workspace
    seed(ws)
    for flt in (RecommendationFilter(), RecommendationFilter(search="rec", responses=["noted"]), RecommendationFilter(group="ACR")):
        ids, _rows, complete = ops.table_start(ws, flt, "ref", False, first_page=2)
        assert complete and ids == ops.table_ids(ws, flt, "ref", False)[0]
