"""The table's model when a server answers a search with its first page alone: the rest of the ids follow."""

from __future__ import annotations

from typing import Any

import pytest

from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.operations import recommendations
from upr_desktop.operations.recommendations import RecommendationFilter


def test_a_first_page_alone_is_shown_then_the_rest_of_the_ids_follow(qtbot: Any, seeded: WorkspaceFile, runner: Any,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.recommendations.model import RecommendationTableModel
    from upr_desktop.ui.worker import Operations

    whole = recommendations.table_start
    answers: list[bool] = []

    def first_page_only(ws: WorkspaceFile, flt: RecommendationFilter, sort: str, descending: bool, first_page: int) -> Any:
        ids, rows, complete = whole(ws, flt, sort, descending, first_page)
        answers.append(complete)
        return ids[:2], rows[:2], False  # as a server answers a broad search (core/read/recommendation_list.first_ids)

    monkeypatch.setattr(recommendations, "table_start", first_page_only)
    model = RecommendationTableModel(Operations(runner, seeded, DataHub()))
    counts: list[int] = []
    shown: list[Any] = []
    model.reloaded.connect(lambda n: (counts.append(n), shown.append([model.row_data(r) for r in range(2)])))
    model.reload(RecommendationFilter(search="115"))
    every, _rows = recommendations.table_ids(seeded, RecommendationFilter(search="115"))
    assert len(every) > 2 and answers == [True]
    assert model.ids == every and model.rowCount() == len(every)
    assert counts == [2, len(every)]  # the first page at once, then the whole count
    assert [row.id for row in shown[0]] == every[:2]  # the first page's rows were there with the first answer
    model.ensure_rows(0, len(every) - 1)
    assert [model.row_data(r).id for r in range(len(every))] == every
