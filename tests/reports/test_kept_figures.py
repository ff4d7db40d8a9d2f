"""Figures kept between computations and recounted only where writes touched them equal figures counted afresh."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from reports.test_workspace_figures import AS_OF, STATUSES, fill, recommendation
from upr_desktop.core import changelog
from upr_desktop.core.services import assessments, assignments, recommendations
from upr_desktop.core.services.lookup import recommendation_by_ref
from upr_desktop.core.workspace import WorkspaceFile
from upr_desktop.errors import UserError
from upr_desktop.reports.kept_figures import COVERAGE, GROUPS, STATES, THEMES
from upr_desktop.reports.metrics import MetricsCache, Scope, compute_metrics

GROUP_NAMES = ["ZA", "AB", "MW"]
THEME_NAMES = ["Labour", "Death penalty", "Women's rights", "Torture"]

step = st.one_of(
    st.tuples(st.just("assess"), st.integers(1, 6), st.sampled_from([None, *GROUP_NAMES]), st.sampled_from(STATUSES),
              st.integers(-300, 30)),
    st.tuples(st.just("assign"), st.integers(1, 6), st.sampled_from(GROUP_NAMES), st.sampled_from(["lead", "support"])),
    st.tuples(st.just("unassign"), st.integers(1, 6), st.sampled_from(GROUP_NAMES)),
    st.tuples(st.just("themes"), st.integers(1, 6), st.lists(st.sampled_from(THEME_NAMES), max_size=2), st.booleans()),
    st.tuples(st.just("response"), st.integers(1, 6), st.sampled_from(["supported", "noted"])),
    st.tuples(st.just("undo")),
    st.tuples(st.just("delete"), st.integers(1, 6)),
)


def apply(ws: WorkspaceFile, action: tuple[Any, ...]) -> None:
    kind, *args = action
    try:
        with ws.transaction() as s:
            if kind == "assess":
                ref, group, status, days = args
                assessments.record_assessment(s, ref=f"1.{ref}", group=group, status=status, assessed_on=AS_OF + timedelta(days=days))
            elif kind == "assign":
                assignments.assign(s, args[1], [recommendation_by_ref(s, f"1.{args[0]}")], role=args[2])
            elif kind == "unassign":
                assignments.unassign(s, args[1], [recommendation_by_ref(s, f"1.{args[0]}")])
            elif kind == "themes":
                recommendations.set_themes(s, [f"1.{args[0]}"], args[1], replace=args[2])
            elif kind == "response":
                recommendations.update_recommendation(s, f"1.{args[0]}", response=args[1])
            elif kind == "undo":
                changelog.undo_last(s)
            else:
                recommendations.delete_recommendation(s, f"1.{args[0]}")
    except UserError:
        pass  # e.g. nothing to undo, a recommendation already deleted: nothing was written


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(recs=st.lists(recommendation, min_size=1, max_size=6), steps=st.lists(step, max_size=8), staged=st.booleans())
def test_kept_figures_equal_a_fresh_count_after_any_writes(workspace: WorkspaceFile, recs: list[dict[str, Any]],
                                                           steps: list[tuple[Any, ...]], staged: bool) -> None:
    fill(workspace, recs)
    cache = MetricsCache()
    for action in [("start",), *steps]:
        if action[0] != "start":
            apply(workspace, action)
        with workspace.session() as s:
            if staged:  # the dashboard's way: what is on screen first, then the rest
                got = cache.complete(s, cache.get(s, Scope(), AS_OF, first=[THEMES]))
            else:
                got = cache.get(s, Scope(), AS_OF)
            assert got == compute_metrics(s, as_of=AS_OF), action


def test_an_assessment_recounts_only_its_themes_and_groups(workspace: WorkspaceFile) -> None:
    rec = {"response": "supported", "category": 1, "states": ["Brazil"], "themes": {1, 2}, "groups": {1: "lead"}, "assessments": []}
    other = {**rec, "themes": {3}, "groups": {2: "lead"}}
    fill(workspace, [rec, other])
    cache = MetricsCache()
    with workspace.session() as s:
        cache.get(s, Scope(), AS_OF)
    assert cache.kept.recounted == {THEMES: "all", GROUPS: "all", STATES: "all", COVERAGE: "all"}
    apply(workspace, ("assess", 1, "ZA", "fully-implemented", -3))
    with workspace.session() as s:
        m = cache.get(s, Scope(), AS_OF)
        assert m == compute_metrics(s, as_of=AS_OF)
        assert cache.kept.parts[THEMES].figures.keys() == {1, 2, 3}
    assert cache.kept.recounted == {THEMES: "some", GROUPS: "some", STATES: "none", COVERAGE: "some"}
    apply(workspace, ("response", 2, "noted"))  # a recommendation edited: everything counted again
    with workspace.session() as s:
        assert cache.get(s, Scope(), AS_OF) == compute_metrics(s, as_of=AS_OF)
    assert cache.kept.recounted == {THEMES: "all", GROUPS: "all", STATES: "all", COVERAGE: "all"}


def test_writes_outside_the_change_log_recount_everything(workspace: WorkspaceFile) -> None:
    rec = {"response": "supported", "category": 1, "states": ["Brazil"], "themes": {1}, "groups": {1: "lead"}, "assessments": []}
    fill(workspace, [rec])
    cache = MetricsCache()
    with workspace.session() as s:
        cache.get(s, Scope(), AS_OF)
    with workspace.transaction() as s:  # a bulk load that leaves no change-log rows
        s.execute(text("INSERT INTO assessment (uuid, recommendation_id, group_id, status, assessed_on, confidential, recorded_at) "
                       "VALUES ('x-1', 3, 1, 'unknown', '2026-03-01', 0, '2026-03-01')"))
    with workspace.session() as s:
        m = cache.get(s, Scope(), AS_OF)
        assert m == compute_metrics(s, as_of=AS_OF) and m.status_overall["unknown"] == 1
    assert cache.kept.recounted == {THEMES: "all", GROUPS: "all", STATES: "all", COVERAGE: "all"}


def test_an_undone_assessment_is_found_from_its_snapshot(workspace: WorkspaceFile) -> None:
    rec = {"response": "noted", "category": 2, "states": ["France"], "themes": {4}, "groups": {3: "support"}, "assessments": []}
    fill(workspace, [rec])
    cache = MetricsCache()
    apply(workspace, ("assess", 1, "MW", "unknown", -1))
    with workspace.session() as s:
        assert cache.get(s, Scope(), AS_OF).status_by_theme[0].counts["unknown"] == 1
    apply(workspace, ("undo",))  # the assessment row is gone: only the change log's snapshot names its recommendation
    with workspace.session() as s:
        m = cache.get(s, Scope(), AS_OF)
        assert m == compute_metrics(s, as_of=AS_OF) and m.status_by_theme[0].counts["unknown"] == 0
    assert cache.kept.recounted[THEMES] == "some"


def test_assessments_added_count_in_the_window_once(workspace: WorkspaceFile) -> None:
    """Coverage kept across added assessments: a recommendation already assessed in the window is not counted twice."""
    rec = {"response": "supported", "category": 1, "states": ["Brazil"], "themes": {1}, "groups": {1: "lead"},
           "assessments": [("unknown", -20, False)]}
    fill(workspace, [rec, {**rec, "assessments": [("unknown", -300, False)]}, {**rec, "assessments": []}])
    cache = MetricsCache()
    with workspace.session() as s:
        assert cache.get(s, Scope(), AS_OF).coverage.assessed_recently == 1  # type: ignore[union-attr]
    for ref, days in ((1, -2), (2, -3), (3, 40), (2, -1)):  # in the window again; newly; after the day; again
        apply(workspace, ("assess", ref, "ZA", "fully-implemented", days))
        with workspace.session() as s:
            m = cache.get(s, Scope(), AS_OF)
            assert m == compute_metrics(s, as_of=AS_OF)
        assert cache.kept.recounted[COVERAGE] == "some"
    assert m.coverage is not None and m.coverage.assessed_recently == 2
