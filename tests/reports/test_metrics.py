"""Metrics checked against counts computed independently, in plain Python, from export-json data."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from upr_desktop.core.domain import vocab
from upr_desktop.core.domain.as_of import as_of
from upr_desktop.core.read.metrics import NOT_ASSESSED, Metrics, Scope, compute_metrics
from upr_desktop.core.read.snapshot import workspace_snapshot
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.demo import REFERENCE_DATE


def data_of(ws: WorkspaceFile, *, sensitive: bool = True) -> dict[str, Any]:
    with ws.session() as s:
        return workspace_snapshot(s, include_sensitive=sensitive)


def metrics_of(ws: WorkspaceFile, scope: Scope | None = None, **kwargs: Any) -> Metrics:
    with ws.session() as s:
        return compute_metrics(s, scope, as_of=REFERENCE_DATE, **kwargs)


def current_status(rec: dict[str, Any]) -> str:
    # export-json lists assessments by date then entry: the last one is the current status.
    return rec["assessments"][-1]["status"] if rec["assessments"] else NOT_ASSESSED


def test_counts_match_export_json(demo_ws: WorkspaceFile) -> None:
    data = data_of(demo_ws)
    recs = data["recommendations"]
    m = metrics_of(demo_ws)
    assert {c.key: c.count for c in m.by_response} == Counter(r["response"] for r in recs)
    assert m.total == 249
    assert {c.key: c.count for c in m.by_category} == {str(k): v for k, v in Counter(r["action_category"] for r in recs).items()}
    assert {c.key: c.count for c in m.by_theme} == Counter(t for r in recs for t in r["themes"])
    states = Counter(s for r in recs for s in r["recommending_states"])
    assert m.states_total == len(states)
    assert [c.count for c in m.by_state] == sorted(states.values(), reverse=True)[: len(m.by_state)]
    assert all(states[c.key] == c.count for c in m.by_state)
    assert m.status_overall == {**{k: 0 for k in m.status_overall}, **Counter(current_status(r) for r in recs)}


def test_coverage_matches(demo_ws: WorkspaceFile) -> None:
    recs = data_of(demo_ws)["recommendations"]
    m = metrics_of(demo_ws, months=6)
    cov = m.coverage
    assert cov is not None and cov.total == 249
    assert cov.assigned == sum(1 for r in recs if r["assignments"])
    assert cov.with_lead == sum(1 for r in recs if any(a["role"] == "lead" for a in r["assignments"]))
    cutoff = date(2025, 9, 30)
    assert cov.since == cutoff
    assert cov.assessed_recently == sum(
        1 for r in recs if any(cutoff <= date.fromisoformat(a["date"]) <= REFERENCE_DATE for a in r["assessments"])
    )
    assert 0 < cov.assessed_recently < cov.with_lead <= cov.assigned < cov.total


def test_status_by_theme_and_group(demo_ws: WorkspaceFile) -> None:
    recs = data_of(demo_ws)["recommendations"]
    m = metrics_of(demo_ws)
    by_theme: dict[str, Counter[str]] = {}
    by_group: dict[str, Counter[str]] = {}
    for r in recs:
        for t in r["themes"]:
            by_theme.setdefault(t, Counter())[current_status(r)] += 1
        for g in {a["group"] for a in r["assignments"]}:
            by_group.setdefault(g, Counter())[current_status(r)] += 1
    assert {row.key: {k: v for k, v in row.counts.items() if v} for row in m.status_by_theme} == {k: dict(v) for k, v in by_theme.items()}
    assert {row.key: {k: v for k, v in row.counts.items() if v} for row in m.status_by_group} == {k: dict(v) for k, v in by_group.items()}
    assert [row.key for row in m.status_by_group] == sorted(by_group)


def test_acceptance_rates(demo_ws: WorkspaceFile) -> None:
    recs = data_of(demo_ws)["recommendations"]
    m = metrics_of(demo_ws)
    for share in m.acceptance_by_theme:
        mine = [r for r in recs if share.key in r["themes"]]
        assert share.whole == len(mine)
        assert share.part == sum(r["response"] == "supported" for r in mine)
    regions: dict[str, list[dict[str, Any]]] = {}
    for r in recs:
        for region in {vocab.regional_group(s) for s in r["recommending_states"]}:
            regions.setdefault(region, []).append(r)
    got = {s.key: (s.part, s.whole) for s in m.acceptance_by_region}
    assert got == {k: (sum(r["response"] == "supported" for r in v), len(v)) for k, v in regions.items()}
    weog = next(s for s in m.acceptance_by_region if s.key == "WEOG")
    asia = next(s for s in m.acceptance_by_region if s.key == "Asia-Pacific")
    assert weog.rate < asia.rate  # as in real reviews: WEOG's recommendations are noted more often


def test_consultations_and_actions(demo_ws: WorkspaceFile) -> None:
    data = data_of(demo_ws)
    m = metrics_of(demo_ws)
    assert {c.key: c.count for c in m.consultations_by_body} == Counter(c["government_body"] for c in data["consultations"])
    quarters = Counter(f"{c['date'][:4]}-Q{(int(c['date'][5:7]) + 2) // 3}" for c in data["consultations"])
    assert {c.key: c.count for c in m.consultations_by_quarter} == quarters
    assert [c.key for c in m.consultations_by_quarter] == sorted(quarters)
    actions = data["actions"]
    live = [a for a in actions if a["status"] in ("open", "in-progress")]
    assert m.actions is not None
    assert m.actions.overdue == sum(date.fromisoformat(a["due_date"]) < REFERENCE_DATE for a in live) > 0
    assert m.actions.due_soon == sum(0 <= (date.fromisoformat(a["due_date"]) - REFERENCE_DATE).days <= 30 for a in live)
    assert (m.actions.open, m.actions.in_progress, m.actions.done) == (
        sum(a["status"] == "open" for a in actions), sum(a["status"] == "in-progress" for a in actions),
        sum(a["status"] == "done" for a in actions),
    )


@pytest.mark.parametrize("acronym", ["JRC", "MWSC"])
def test_group_scope(demo_ws: WorkspaceFile, acronym: str) -> None:
    data = data_of(demo_ws)
    mine = [r for r in data["recommendations"] if any(a["group"] == acronym for a in r["assignments"])]
    m = metrics_of(demo_ws, Scope(group=acronym))
    assert m.total == len(mine) > 0
    assert {c.key: c.count for c in m.by_response} == Counter(r["response"] for r in mine)
    refs = {r["ref"] for r in mine}
    held = [c for c in data["consultations"] if c["group"] == acronym or refs & set(c["recommendations"])]
    assert sum(c.count for c in m.consultations_by_body) == len(held)


def test_theme_scope_and_since(demo_ws: WorkspaceFile) -> None:
    data = data_of(demo_ws)
    mine = [r for r in data["recommendations"] if "Death penalty" in r["themes"]]
    m = metrics_of(demo_ws, Scope(theme="death penalty"))
    assert m.total == len(mine) > 0
    assert m.status_overall == {**{k: 0 for k in m.status_overall}, **Counter(current_status(r) for r in mine)}
    since = date(2025, 12, 1)
    m = metrics_of(demo_ws, Scope(since=since))
    assert sum(c.count for c in m.consultations_by_quarter) == sum(date.fromisoformat(c["date"]) >= since for c in data["consultations"])


def test_confidential_records_can_be_left_out(demo_ws: WorkspaceFile) -> None:
    public = data_of(demo_ws, sensitive=False)
    m = metrics_of(demo_ws, Scope(include_confidential=False))
    assert {c.key: c.count for c in m.consultations_by_body} == Counter(c["government_body"] for c in public["consultations"])
    assert m.status_overall == {**{k: 0 for k in m.status_overall}, **Counter(current_status(r) for r in public["recommendations"])}
    assert m.status_overall != metrics_of(demo_ws).status_overall  # the demo has a few confidential assessments


def test_empty_workspace(workspace: WorkspaceFile) -> None:
    with workspace.session() as s:
        assert as_of(s) == date.today()
        m = compute_metrics(s, as_of=as_of(s))
    assert m.total == 0 and m.by_theme == [] and m.by_state == []
    assert m.coverage is not None and m.coverage.total == 0 and all(sh.rate == 0 for sh in m.coverage.shares())
    assert m.actions is not None and m.actions.overdue == 0


def test_demo_figures_use_the_demo_day(demo_ws: WorkspaceFile) -> None:
    with demo_ws.session() as s:
        assert as_of(s) == REFERENCE_DATE


def test_metrics_leave_no_trace(demo_ws: WorkspaceFile) -> None:
    before = demo_ws.path.stat().st_size
    with demo_ws.session() as s:
        compute_metrics(s, as_of=REFERENCE_DATE)
        compute_metrics(s, Scope(group="JRC"), as_of=REFERENCE_DATE)
        tables = [r[0] for r in s.execute(__import__("sqlalchemy").text("SELECT name FROM sqlite_temp_master"))]
    assert tables == []
    assert demo_ws.path.stat().st_size == before


def test_cache_reuses_until_the_data_changes(demo_ws: WorkspaceFile) -> None:
    from upr_desktop.core.read.metrics import MetricsCache
    from upr_desktop.core.services import assessments

    cache = MetricsCache()
    with demo_ws.session() as s:
        first = cache.get(s, Scope(), REFERENCE_DATE)
        assert cache.get(s, Scope(), REFERENCE_DATE) is first
        assert cache.get(s, Scope(group="JRC"), REFERENCE_DATE) is not first
    with demo_ws.transaction() as s:
        assessments.record_assessment(s, ref="158.4", group="JRC", status="fully-implemented", assessed_on=REFERENCE_DATE)
    with demo_ws.session() as s:
        again = cache.get(s, Scope(), REFERENCE_DATE)
    assert again is not first
    assert again.status_overall["fully-implemented"] == first.status_overall["fully-implemented"] + 1
