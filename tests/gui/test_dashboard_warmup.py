"""The Dashboard's default figures counted in idle moments: its first visit computes nothing, a change counts again."""

from __future__ import annotations

from typing import Any

import pytest

from upr_desktop.core.domain.as_of import as_of
from upr_desktop.core.read import metrics as metrics_module
from upr_desktop.core.read.metrics import THEMES, Scope, compute_metrics
from upr_desktop.core.storage.workspace_file import WorkspaceFile


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every figure computation the cache asks for (a cache hit asks for none)."""
    calls: list[str] = []
    cls = metrics_module.MetricsCache
    compute, complete = cls._compute, metrics_module.complete_metrics

    def counting_compute(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append("compute")
        return compute(self, *args, **kwargs)

    def counting_complete(*args: Any, **kwargs: Any) -> Any:
        calls.append("complete")
        return complete(*args, **kwargs)

    monkeypatch.setattr(cls, "_compute", counting_compute)
    monkeypatch.setattr(metrics_module, "complete_metrics", counting_complete)
    return calls


def direct(ws: WorkspaceFile) -> Any:
    with ws.session() as s:
        return compute_metrics(s, Scope(), as_of=as_of(s))


def warm(ctx: Any, qtbot: Any) -> Any:
    from upr_desktop.ui.dashboard.warmup import install

    warmup = install(ctx)
    qtbot.waitUntil(lambda: warmup.done, timeout=10_000)
    return warmup


def test_after_the_idle_warm_up_the_first_visit_computes_nothing(demo_ctx: Any, demo_ws: WorkspaceFile, qtbot: Any,
                                                                  counted: list[str]) -> None:
    from upr_desktop.ui.dashboard.page import DashboardPage

    warm(demo_ctx, qtbot)
    assert counted == ["compute"]  # the warm-up itself
    counted.clear()
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.metrics is not None, timeout=10_000)
    assert counted == []  # a cache hit: the figures were ready
    assert page.metrics.pending == ()
    assert page.metrics == direct(demo_ws)
    assert page.tiles["total"].value.text() == str(page.metrics.total)


def test_a_data_change_makes_the_warm_up_count_again(demo_ctx: Any, demo_ws: WorkspaceFile, qtbot: Any,
                                                     counted: list[str]) -> None:
    from upr_desktop.operations import assessments
    from upr_desktop.ui.dashboard.warmup import STEP, default_figures
    from upr_desktop.ui.hub import CONSULTATIONS

    warmup = warm(demo_ctx, qtbot)
    queue = demo_ctx.idle_work()
    before = direct(demo_ws)
    assert default_figures(demo_ws) == before
    counted.clear()
    done: list[object] = []
    demo_ctx.ops.write(assessments.record_assessment, ref=_unassessed_ref(demo_ws), group=None, status="fully-implemented",
                       assessed_on=before.as_of, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert queue.pending((STEP,))  # asked again by the change
    qtbot.waitUntil(lambda: warmup.done, timeout=10_000)
    assert counted == ["compute"] and queue.runs[STEP] == 2
    after = direct(demo_ws)
    assert after != before
    assert default_figures(demo_ws) == after
    assert counted == ["compute"]  # that last call was a hit
    demo_ctx.hub.data_changed.emit(frozenset({"settings"}))  # nothing the dashboard shows: no new step
    assert not queue.pending((STEP,))
    demo_ctx.hub.data_changed.emit(frozenset({CONSULTATIONS}))
    assert queue.pending((STEP,))


def _unassessed_ref(ws: WorkspaceFile) -> str:
    from sqlalchemy import text

    with ws.session() as session:
        return str(session.execute(text(
            "SELECT ref FROM recommendation WHERE id NOT IN (SELECT recommendation_id FROM assessment) ORDER BY id LIMIT 1"
        )).scalar())


def test_partial_figures_are_never_taken_for_the_warm_up_s_complete_ones(demo_ctx: Any, demo_ws: WorkspaceFile,
                                                                           qtbot: Any) -> None:
    from upr_desktop.operations import dashboard
    from upr_desktop.ui.dashboard.warmup import default_figures

    partial = dashboard.figures(demo_ws, first={THEMES})
    whole = default_figures(demo_ws)
    again = dashboard.figures(demo_ws, first={THEMES})
    completed = dashboard.complete_figures(demo_ws, partial)
    if partial.pending:  # the whole-workspace path (no confidential assessment kept out) leaves parts for later
        assert whole is not partial
    assert whole.pending == () and again.pending == () and completed.pending == ()
    assert whole == again == completed == direct(demo_ws)


def test_column_orders_come_before_the_dashboard_figures(demo_ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_desktop.ui.dashboard import warmup as dashboard_warmup
    from upr_desktop.ui.recommendations.warmup import WARM_ORDER, OrderWarmup

    ran: list[str] = []
    real = dashboard_warmup.default_figures
    monkeypatch.setattr(dashboard_warmup, "default_figures", lambda ws: (ran.append("dashboard"), real(ws))[1])
    from upr_desktop.operations import recommendations

    real_order = recommendations.warm_order
    monkeypatch.setattr(recommendations, "warm_order", lambda ws, column: (ran.append(column), real_order(ws, column))[1])
    queue = demo_ctx.idle_work()
    dashboard_warmup.install(demo_ctx)  # asked first (the workspace opened) ...
    orders = OrderWarmup(queue)
    orders.restart()  # ... the table's orders still go first
    qtbot.waitUntil(lambda: queue.done, timeout=20_000)
    # (a step interrupted for a request would run again: compare first runs; the State filter map is not recorded)
    assert list(dict.fromkeys(ran)) == [*WARM_ORDER, "dashboard"], ran
    assert orders.done
