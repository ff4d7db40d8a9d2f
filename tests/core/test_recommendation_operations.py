"""The recommendations area of the operations layer: plain results, and what each write says it changed."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest

from upr_desktop.core.read import state_filter
from upr_desktop.core.read.recommendation_list import sorted_ids, table_rows
from upr_desktop.core.services import groups
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import UserError
from upr_desktop.operations import assessments, assignments, history, recommendations
from upr_desktop.operations.outcome import (
    ASSESSMENTS,
    ASSIGNMENTS,
    HISTORY,
    RECOMMENDATIONS,
    THEMES,
)
from upr_desktop.operations.recommendations import RecommendationFilter


@pytest.fixture
def coalition(workspace: WorkspaceFile) -> WorkspaceFile:
    with workspace.transaction() as s:
        groups.add_group(s, name="Legal Aid Network", acronym="LAN")
        groups.add_group(s, name="Women's Voices", acronym="WV")
    for ref, text, response, states, themes in [
        ("158.10", "Ratify the Optional Protocol to the Convention against Torture", "noted", ["France"], ["Torture"]),
        ("158.2", "Abolish the death penalty", "supported", ["Spain", "Chile"], ["Death penalty"]),
        ("158.9", "Protect human rights defenders", "pending", [], []),
    ]:
        recommendations.add_recommendation(workspace, ref=ref, text=text, response=response, recommending_states=states, themes=themes)
    return workspace


def ids_of(ws: WorkspaceFile, *refs: str) -> list[int]:
    _ids, rows = recommendations.table_ids(ws, RecommendationFilter(), "ref", False, 100)
    by_ref = {row.ref: row.id for row in rows}
    return [by_ref[ref] for ref in refs]


def test_the_table_s_ids_and_pages_are_the_read_side_s(coalition: WorkspaceFile) -> None:
    flt = RecommendationFilter(responses=["noted", "pending"])
    ids, first = recommendations.table_ids(coalition, flt, "text", True, 1)
    with coalition.session() as s:
        assert ids == sorted_ids(s, flt, "text", True) and len(ids) == 2
        assert first == table_rows(s, ids[:1])
    assert recommendations.table_ids(coalition, flt, "ref", False)[1] == []  # no page asked for
    assert recommendations.table_pages(coalition, {0: ids[:1], 3: ids[::-1]}) == {0: first, 3: table_rows_of(coalition, ids[::-1])}
    choices = recommendations.filter_choices(coalition)
    assert choices.groups == ["LAN", "WV"] and choices.recommending_states == ["Chile", "France", "Spain"]


def table_rows_of(ws: WorkspaceFile, ids: list[int]) -> object:
    with ws.session() as s:
        return table_rows(s, ids)


def test_warm_up_steps_fill_the_caches_a_sort_and_a_filter_use(coalition: WorkspaceFile) -> None:
    assert recommendations.warm_order(coalition, "themes") is True
    assert ("themes", False) in coalition.engine._upr_table_order  # type: ignore[attr-defined]
    with coalition.session() as s:
        assert state_filter.state_ids(s, "Chile") is None  # not built yet: the filter runs in SQL
    assert recommendations.warm_state_filter(coalition) is True
    with coalition.session() as s:
        assert state_filter.state_ids(s, "Chile") == set(ids_of(coalition, "158.2"))


@pytest.mark.needs_file  # the first screen is read from the file before it is opened
def test_the_first_screen_is_kept_for_the_first_answer(coalition: WorkspaceFile) -> None:
    screen = recommendations.first_screen(coalition.path, 2)
    assert screen is not None and [row.ref for row in screen.rows] == ["158.2", "158.9"]
    recommendations.keep_first_screen(coalition, screen)
    assert coalition.engine._upr_table_order[("ref", False)] == (screen.stamp, screen.ids)  # type: ignore[attr-defined]


def test_assigning_the_selected_rows_says_assignments_changed_and_undo_takes_it_back(coalition: WorkspaceFile) -> None:
    assert history.undo_redo(coalition) == history.UndoRedo("Add recommendation 158.9", None)
    chosen = ids_of(coalition, "158.2", "158.9")
    outcome = assignments.assign(coalition, "wv", ids=chosen, role="support")
    assert (outcome.result.created, outcome.result.updated, outcome.result.unchanged) == (2, 0, 0)
    assert outcome.changes == {ASSIGNMENTS, HISTORY}
    again = assignments.assign(coalition, "WV", ids=chosen, role="support")
    assert again.result.unchanged == 2 and again.changes == {HISTORY}  # no row changed, yet a step for Undo was made
    undone = history.undo(coalition)
    assert undone.result == "Assign 2 recommendations to WV" and undone.changes == {HISTORY}  # the empty step
    assert history.undo_redo(coalition).redo == "Assign 2 recommendations to WV"
    undone = history.undo(coalition)
    assert undone.result == "Assign 2 recommendations to WV" and undone.changes == {ASSIGNMENTS, HISTORY}
    assert recommendations.recommendation_detail(coalition, chosen[0]).assignments == []
    assert history.redo(coalition).changes >= {ASSIGNMENTS, HISTORY}
    assert [a.group for a in recommendations.recommendation_detail(coalition, chosen[0]).assignments] == ["WV"]


def test_the_command_line_chooses_by_refs_theme_or_all(coalition: WorkspaceFile) -> None:
    assert assignments.assign(coalition, "LAN", refs=["158.2, 158.9"], due_date="2027-01-31").result.created == 2
    assert assignments.assign(coalition, "WV", theme="torture").result.created == 1
    assert assignments.assign(coalition, "WV", everything=True).result.created == 2
    assert assignments.unassign(coalition, "LAN", everything=True).result == 2
    with pytest.raises(UserError, match="due date"):
        assignments.assign(coalition, "LAN", everything=True, due_date="next week")
    with pytest.raises(UserError, match="exactly one"):
        assignments.assign(coalition, "LAN")
    with pytest.raises(UserError, match="no longer exist"):
        assignments.unassign(coalition, "LAN", ids=[999_999])


def test_themes_on_a_selection_and_an_assessment_say_what_they_changed(coalition: WorkspaceFile) -> None:
    chosen = ids_of(coalition, "158.9")
    themes = recommendations.set_themes(coalition, chosen, ["Civic space", "Justice"])
    assert themes.result == 1 and themes.changes == {RECOMMENDATIONS, THEMES, HISTORY}
    assessed = assessments.record_assessment(coalition, ref="158.9", group="LAN", status="Partially implemented",
                                             evidence="Bill tabled", assessed_on="2026-06-01")
    assert (assessed.result.ref, assessed.result.status, assessed.result.assessed_on) == ("158.9", "partially-implemented", date(2026, 6, 1))
    assert assessed.changes == {ASSESSMENTS, RECOMMENDATIONS, HISTORY}
    detail = recommendations.recommendation_detail(coalition, chosen[0])
    assert detail.themes == ["Civic space", "Justice"] and detail.assessments[0].evidence == "Bill tabled"
    with pytest.raises(UserError, match="future"):
        assessments.record_assessment(coalition, ref="158.9", group=None, status="unknown", assessed_on=date.today() + timedelta(days=1))


def test_an_edit_that_changes_nothing_changes_nothing(coalition: WorkspaceFile) -> None:
    edited = recommendations.edit_recommendation(coalition, "158.9", text="Protect human rights defenders and journalists")
    assert edited.changes == {RECOMMENDATIONS, HISTORY}
    same = recommendations.edit_recommendation(coalition, "158.9", text="Protect human rights defenders and journalists")
    assert same.changes == frozenset() and same.result == edited.result
    assert history.undo_redo(coalition).undo == "Edit recommendation 158.9"
    lines = recommendations.list_recommendations(coalition, search="journalists")
    assert [(line.ref, line.status) for line in lines] == [("158.9", None)]


def test_the_window_s_operations_load_without_the_data_layer() -> None:
    """The window imports these before its first rows are drawn: SQLAlchemy (a second) must not come with them."""
    code = ("import sys\n"
            "from upr_desktop.operations import assessments, assignments, history, recommendations, workspace\n"
            "print(sorted(m for m in ('sqlalchemy', 'openpyxl', 'upr_desktop.core.domain.models') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
