"""The counts triggers keep in figure_tally equal a count made afresh in Python, whatever wrote to the workspace."""

from __future__ import annotations

import pytest

# Its fresh counts are SQLite SQL (json_each): the server's tally is compared with a fresh count by `check` (tests/server).
pytestmark = pytest.mark.needs_file

import json
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from reports.test_workspace_figures import AS_OF, STATES, STATUSES, fill, recommendation, reference
from upr_desktop.core.domain import vocab
from upr_desktop.core.read import figure_tally
from upr_desktop.core.services import changelog
from upr_desktop.core.services import assessments, assignments, groups, recommendations
from upr_desktop.core.services.lookup import recommendation_by_ref
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import UserError
from upr_desktop.importers.run import import_file
from upr_desktop.core.read.metrics import MetricsCache, Scope, compute_metrics

GROUP_NAMES = ["ZA", "AB", "MW"]
THEME_NAMES = ["Labour", "Death penalty", "Women's rights", "Torture"]


def kept(ws: WorkspaceFile) -> Counter[tuple[Any, ...]]:
    with ws.session() as s:
        rows = s.execute(text("SELECT figure, item, status, supported, n FROM figure_tally WHERE n != 0")).all()
    return Counter({tuple(r[:4]): r[4] for r in rows})


def counted(ws: WorkspaceFile) -> Counter[tuple[Any, ...]]:
    """The same counts from the rows, in Python (the reference the triggers are held to)."""
    code = {c: i for i, c in enumerate(figure_tally.STATUS_CODES, start=1)}
    expected: Counter[tuple[Any, ...]] = Counter()
    with ws.session() as s:
        recs = {}
        for rid, states, response, status, category, lead, last in s.execute(text(
            "SELECT id, recommending_states, response, current_status, action_category, lead_group, last_assessed_on FROM recommendation"
        )):
            key = (code.get(status, 0), int(response == "supported"))
            recs[rid] = key
            names = json.loads(states)
            for name in names:
                expected["state", name, 0, key[1]] += 1
            for region in {vocab.regional_group(name) or "Other" for name in names}:
                expected["region", region, 0, key[1]] += 1
            expected["response", response, 0, 0] += 1
            expected["status", "", key[0], 0] += 1
            expected["category", category or 0, 0, 0] += 1
            if lead is not None:
                expected["lead", "", 0, 0] += 1
            if last is not None:
                expected["assessed", last, 0, 0] += 1
        for rid, theme_id in s.execute(text("SELECT recommendation_id, theme_id FROM recommendation_theme")):
            expected["theme", theme_id, *recs[rid]] += 1
        for rid, group_id in s.execute(text("SELECT recommendation_id, group_id FROM assignment")):
            expected["group", group_id, recs[rid][0], 0] += 1
    return +expected


step = st.one_of(
    st.tuples(st.just("assess"), st.integers(1, 6), st.sampled_from([None, *GROUP_NAMES]), st.sampled_from(STATUSES),
              st.integers(-300, 30)),
    st.tuples(st.just("assign"), st.integers(1, 6), st.sampled_from(GROUP_NAMES), st.sampled_from(["lead", "support"])),
    st.tuples(st.just("unassign"), st.integers(1, 6), st.sampled_from(GROUP_NAMES)),
    st.tuples(st.just("themes"), st.integers(1, 6), st.lists(st.sampled_from(THEME_NAMES), max_size=2), st.booleans()),
    st.tuples(st.just("response"), st.integers(1, 6), st.sampled_from(["supported", "noted", "pending"])),
    st.tuples(st.just("edit"), st.integers(1, 6), st.sampled_from([None, 1, 5]), st.lists(st.sampled_from(STATES), max_size=2)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("delete"), st.integers(1, 6)),
    st.tuples(st.just("remove group"), st.sampled_from(GROUP_NAMES)),
    st.tuples(st.just("rename group"), st.sampled_from(GROUP_NAMES)),
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
            elif kind == "edit":
                recommendations.update_recommendation(s, f"1.{args[0]}", action_category=args[1], recommending_states=args[2])
            elif kind == "undo":
                changelog.undo_last(s)
            elif kind == "remove group":
                groups.remove_group(s, args[0])
            elif kind == "rename group":
                groups.update_group(s, args[0], acronym=args[0][::-1])
            else:
                recommendations.delete_recommendation(s, f"1.{args[0]}")
    except UserError:
        pass  # e.g. nothing to undo, a recommendation already deleted: nothing was written


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(recs=st.lists(recommendation, min_size=1, max_size=6), steps=st.lists(step, max_size=8))
def test_kept_counts_equal_a_fresh_count_after_any_writes(workspace: WorkspaceFile, recs: list[dict[str, Any]],
                                                          steps: list[tuple[Any, ...]]) -> None:
    fill(workspace, recs)  # raw SQL inserts and deletes: the triggers count those too
    cache = MetricsCache()
    for action in [("start",), *steps]:
        if action[0] != "start":
            apply(workspace, action)
        assert kept(workspace) == counted(workspace), action
        with workspace.session() as s:
            got = cache.get(s, Scope(), AS_OF)
        assert got == reference(workspace, Scope()), action


def test_a_failed_write_leaves_the_counts_as_they_were(workspace: WorkspaceFile) -> None:
    rec = {"response": "supported", "category": 1, "states": ["Brazil"], "themes": {1, 2}, "groups": {1: "lead"}, "assessments": []}
    fill(workspace, [rec, {**rec, "themes": {3}}])
    before = kept(workspace)
    with pytest.raises(RuntimeError), workspace.transaction() as s:
        assessments.record_assessment(s, ref="1.1", group="ZA", status="fully-implemented", assessed_on=AS_OF)
        recommendations.delete_recommendation(s, "1.2")
        raise RuntimeError("the write fails after its rows went in")
    assert kept(workspace) == before == counted(workspace)


def test_a_bulk_import_and_its_revert_keep_the_counts(workspace: WorkspaceFile, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A big import sets the insert triggers aside and counts its rows in one go; one failing mid-write changes nothing."""
    rec = {"response": "noted", "category": 2, "states": ["France"], "themes": {1}, "groups": {2: "lead"},
           "assessments": [("unknown", -3, False)]}
    fill(workspace, [rec, {**rec, "response": "supported", "states": ["Brazil", "France"]}])
    rows = ["State under Review,Recommendation,Recommending State,Response,Action Category,Issue,Session"]
    rows += [f'Thailand,"Recommendation number {i} on labour rights",{["Brazil", "France", "Viet Nam"][i % 3]},'
             f'{["Supported", "Noted"][i % 2]},{i % 5 + 1},"{["Labour", "Labour,Torture"][i % 2]}",40' for i in range(700)]
    source = tmp_path / "export.csv"
    source.write_text("\n".join(rows), encoding="utf-8")
    before = kept(workspace)
    write = figure_tally.NewRecommendations.write

    def write_then_fail(self: figure_tally.NewRecommendations, cur: Any) -> None:  # fails after the rows and counts went in
        write(self, cur)
        raise OSError("disk full")

    monkeypatch.setattr(figure_tally.NewRecommendations, "write", write_then_fail)
    with pytest.raises(OSError):
        import_file(workspace, source)
    monkeypatch.undo()
    assert kept(workspace) == before and triggers(workspace) == set(figure_tally.TRIGGERS)
    report = import_file(workspace, source)
    assert report.added == 700
    after = kept(workspace)
    assert after == counted(workspace) and after["response", "supported", 0, 0] == 351
    assert triggers(workspace) == set(figure_tally.TRIGGERS)  # put back after the bulk insert
    with workspace.transaction() as s:
        assessments.record_assessment(s, ref="1.1", group="AB", status="fully-implemented", assessed_on=AS_OF)
        operation = s.execute(text("SELECT operation_id FROM import_run ORDER BY id DESC LIMIT 1")).scalar()
    assert kept(workspace) == counted(workspace)
    with workspace.transaction() as s:
        changelog.revert_operation(s, operation, force=True)
    assert kept(workspace) == counted(workspace)
    assert sum(n for key, n in kept(workspace).items() if key[0] == "response") == 2


def triggers(ws: WorkspaceFile) -> set[str]:
    with ws.session() as s:
        return {t for (t,) in s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'figure_tally%'"))}


def test_migration_counts_an_existing_workspace(workspace: WorkspaceFile) -> None:
    rec = {"response": "supported", "category": None, "states": ["日本国", ""], "themes": {1, 4}, "groups": {1: "lead", 3: "support"},
           "assessments": [("partially-implemented", -20, False), ("unknown", -2, True)]}
    fill(workspace, [rec, {**rec, "response": "pending", "themes": set()}])
    with workspace.transaction() as s:  # as a workspace of revision 0005 had it: no table, no triggers
        for name in figure_tally.TRIGGERS:
            s.execute(text(f"DROP TRIGGER {name}"))
        s.execute(text("DROP TABLE figure_tally"))
        s.execute(text("DROP TABLE state_region"))
        figure_tally.install(lambda sql: s.execute(text(sql)))
    assert kept(workspace) == counted(workspace)
    with workspace.session() as s:
        assert compute_metrics(s, as_of=AS_OF) == reference(workspace, Scope())
    assert {k: n for k, n in kept(workspace).items() if k[0] in ("state", "region")} == {
        ("state", "日本国", 0, 1): 1, ("state", "", 0, 1): 1, ("region", "Other", 0, 1): 1,  # one joint recommendation: Other once
        ("state", "日本国", 0, 0): 1, ("state", "", 0, 0): 1, ("region", "Other", 0, 0): 1}


def test_the_stored_status_numbers_follow_the_closed_list() -> None:
    """figure_tally stores statuses as 1-4 in this order (migration 0006): it must stay the closed list's order."""
    from upr_desktop.core.domain import closed_lists
    from upr_desktop.core.read import figure_tally

    assert list(figure_tally.STATUS_CODES) == closed_lists.codes(closed_lists.STATUSES)
