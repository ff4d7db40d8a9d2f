"""The whole-workspace shortcuts give exactly the figures of the general (temporary-table) computation."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.core.read import metrics, recommending_states, workspace_figures
from upr_desktop.core.read.metrics import Scope, compute_metrics

AS_OF = date(2026, 3, 31)
NOW = "2026-01-01 00:00:00"
# UN members, an observer, and names no vocabulary knows (quotes, backslash, non-Latin, empty).
STATES = ["Brazil", "France", "Holy See", "Türkiye", "Atlantis \"Free\" State", "back\\slash", "日本国", "", "Côte d'Ivoire"]
RESPONSES = ["supported", "noted", "partially-supported", "pending"]
STATUSES = ["not-implemented", "partially-implemented", "fully-implemented", "unknown"]

assessment = st.tuples(st.sampled_from(STATUSES), st.integers(-400, 60), st.booleans())  # status, days from AS_OF, confidential
recommendation = st.fixed_dictionaries({
    "response": st.sampled_from(RESPONSES),
    "category": st.sampled_from([None, 1, 2, 3, 4, 5]),
    "states": st.lists(st.sampled_from(STATES), max_size=3, unique=True),
    "themes": st.sets(st.integers(1, 4)),
    "groups": st.dictionaries(st.integers(1, 3), st.sampled_from(["lead", "support"])),
    "assessments": st.lists(assessment, max_size=3),
})


def fill(ws: WorkspaceFile, recs: list[dict[str, Any]]) -> None:
    """Replace the workspace's recommendations (raw SQL: the triggers keep the derived columns as in real use)."""
    with ws.transaction() as s:
        for table in ("assessment", "assignment", "recommendation_theme", "recommendation", "theme", "member_group",
                      "change_log", "operation"):  # an earlier example's history must not be undone into this one
            s.execute(text(f"DELETE FROM {table}"))
        for i, name in enumerate(["Labour", "Death penalty", "Women's rights", "Torture"], start=1):
            s.execute(text("INSERT INTO theme (id, name) VALUES (:i, :n)"), {"i": i, "n": name})
        for i, acronym in enumerate(["ZA", "AB", "MW"], start=1):  # acronyms not in id order
            s.execute(text("INSERT INTO member_group (id, uuid, name, acronym, region, created_at) VALUES (:i, :u, :n, :a, 'R', :t)"),
                      {"i": i, "u": str(uuid.uuid4()), "n": f"Group {acronym}", "a": acronym, "t": NOW})
        for i, rec in enumerate(recs, start=1):
            rid = i * 3  # ids with gaps, as after deletions
            s.execute(text(
                "INSERT INTO recommendation (id, uuid, ref, source_key, text, state_under_review, recommending_states, response, "
                "action_category, session, cycle, created_at, updated_at, confidential) "
                "VALUES (:id, :u, :ref, :key, 'Text', 'Thailand', :states, :response, :category, 40, 3, :t, :t, FALSE)"
            ), {"id": rid, "u": str(uuid.uuid4()), "ref": f"1.{i}", "key": f"test:{i}", "states": json.dumps(rec["states"]),
                "response": rec["response"], "category": rec["category"], "t": NOW})
            for theme in rec["themes"]:
                s.execute(text("INSERT INTO recommendation_theme (recommendation_id, theme_id) VALUES (:r, :t)"), {"r": rid, "t": theme})
            for group, role in rec["groups"].items():
                s.execute(text("INSERT INTO assignment (uuid, recommendation_id, group_id, role, created_at) VALUES (:u, :r, :g, :role, :t)"),
                          {"u": str(uuid.uuid4()), "r": rid, "g": group, "role": role, "t": NOW})
            for status, days, confidential in rec["assessments"]:
                s.execute(text(
                    "INSERT INTO assessment (uuid, recommendation_id, group_id, status, assessed_on, confidential, recorded_at) "
                    "VALUES (:u, :r, 1, :s, :d, :c, :t)"
                ), {"u": str(uuid.uuid4()), "r": rid, "s": status, "d": (AS_OF + timedelta(days=days)).isoformat(), "c": confidential, "t": NOW})


def reference(ws: WorkspaceFile, scope: Scope) -> metrics.Metrics:
    with ws.session() as s:
        return metrics._compute_scoped(s, scope, AS_OF, 6, 30, 25)


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(recs=st.lists(recommendation, max_size=12), first=st.sets(st.sampled_from(metrics.PARTS)))
def test_whole_workspace_matches_the_general_computation(workspace: WorkspaceFile, recs: list[dict[str, Any]],
                                                          first: set[str]) -> None:
    fill(workspace, recs)
    with workspace.session() as s:
        assert workspace_figures.applies(s, scoped=False, include_confidential=True)
        fast = compute_metrics(s, as_of=AS_OF)
        public = compute_metrics(s, Scope(include_confidential=False), as_of=AS_OF)
        early = compute_metrics(s, as_of=AS_OF, first=first)  # what the dashboard draws first, then the rest
        assert set(early.pending) == set(metrics.PARTS) - first
        completed = metrics.complete_metrics(s, early)
    assert fast == reference(workspace, Scope())
    assert completed == fast and completed.pending == ()
    assert public == reference(workspace, Scope(include_confidential=False))
    assert fast.total == len(recs)


def test_edge_workspaces(workspace: WorkspaceFile) -> None:
    fill(workspace, [])  # nothing at all
    with workspace.session() as s:
        empty = compute_metrics(s, as_of=AS_OF)
    assert empty == reference(workspace, Scope()) and empty.total == 0 and empty.by_state == [] and empty.status_by_theme == []
    plain = {"response": "noted", "category": None, "states": [], "themes": set(), "groups": {}, "assessments": []}
    odd = {**plain, "response": "supported", "states": ["Atlantis \"Free\" State", "日本国", "France"]}
    fill(workspace, [plain, odd])  # no themes, no groups, no assessments; unknown State names
    with workspace.session() as s:
        m = compute_metrics(s, as_of=AS_OF)
    assert m == reference(workspace, Scope())
    assert m.by_theme == [] and m.status_by_group == [] and m.status_overall["none"] == 2
    assert {c.key for c in m.by_state} == {"Atlantis \"Free\" State", "日本国", "France"}
    assert {s.key: (s.part, s.whole) for s in m.acceptance_by_region} == {"WEOG": (1, 1), "Other": (1, 1)}
    assert [c.key for c in m.by_category] == ["0"]


def test_assessed_after_the_day_of_the_figures(workspace: WorkspaceFile) -> None:
    """Newest assessment after as_of (figures for a past day): an earlier one in the window still counts."""
    rec = {"response": "noted", "category": 2, "states": ["Brazil"], "themes": {1}, "groups": {1: "lead"},
           "assessments": [("unknown", -10, False), ("fully-implemented", 30, False)]}
    too_old = {**rec, "assessments": [("unknown", -300, False), ("fully-implemented", 30, False)]}
    fill(workspace, [rec, too_old])
    with workspace.session() as s:
        m = compute_metrics(s, as_of=AS_OF)
    assert m.coverage is not None and m.coverage.assessed_recently == 1
    assert m == reference(workspace, Scope())


def test_recommending_states_are_read_as_json() -> None:
    assert recommending_states.state_list('["Brazil", "Holy See"]') == ["Brazil", "Holy See"]
    assert recommending_states.state_list(' ["Brazil"] ') == ["Brazil"]  # what json.loads accepts is accepted
    assert recommending_states.state_list("") == [] and recommending_states.state_list(None) == []
    with pytest.raises(json.JSONDecodeError):
        recommending_states.state_list('["Brazil"], ["France"]')  # never read as two lists


def test_first_view_leaves_the_rest_pending(workspace: WorkspaceFile) -> None:
    rec = {"response": "supported", "category": 3, "states": ["Brazil"], "themes": {2}, "groups": {3: "lead"},
           "assessments": [("unknown", -5, False)]}
    fill(workspace, [rec])
    with workspace.session() as s:
        early = compute_metrics(s, as_of=AS_OF, first=[metrics.THEMES])
        assert early.pending == (metrics.GROUPS, metrics.STATES)
        assert early.status_by_group == [] and early.by_state == [] and early.by_category == []
        assert [r.key for r in early.status_by_theme] == ["Death penalty"] and early.coverage.with_lead == 1  # type: ignore[union-attr]
        scoped = compute_metrics(s, Scope(group="MW"), as_of=AS_OF, first=[])  # scoped figures come complete
        assert scoped.pending == () and scoped.total == 1
        assert metrics.complete_metrics(s, early) == compute_metrics(s, as_of=AS_OF)
