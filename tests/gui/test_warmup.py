"""Idle work on the database worker: column orders warmed in the background, never ahead of a person."""

from __future__ import annotations

import time

from sqlalchemy import text

from upr_desktop.core.read import state_filter, table_order
from upr_desktop.core.read.recommendation_list import (
    TABLE_COLUMNS,
    RecommendationFilter,
    _fetch_ids,
    filtered_ids,
    sorted_ids,
)


def test_a_request_drops_queued_background_work_and_background_work_is_never_busy(qapp) -> None:
    from tests.gui.held import Held
    from upr_desktop.ui.worker import BackgroundRunner, _execute

    held = Held()
    runner = BackgroundRunner(held)
    ran: list[str] = []
    runner.submit(lambda: ran.append("warm"), background=True)
    assert not runner.busy and runner.background_running
    runner.submit(lambda: ran.append("person"))
    assert runner.busy
    for job, relay in held.jobs:
        _execute(job, relay)
    assert ran == ["person"] and not runner.busy and not runner.background_running


def endless_query(workspace) -> object:
    with workspace.session() as s:
        return s.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")).scalar()


def the_answer(workspace) -> object:
    with workspace.session() as s:
        return s.execute(text("SELECT 41 + 1")).scalar()


def test_a_request_interrupts_running_background_sql(qtbot, seeded) -> None:
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.worker import BackgroundRunner, Operations

    runner = BackgroundRunner()  # the real worker thread
    ops = Operations(runner, seeded, DataHub())
    warm_results: list[object] = []
    warm_errors: list[BaseException] = []
    ops.idle(endless_query, on_done=warm_results.append, on_error=warm_errors.append)
    time.sleep(0.2)  # let it start
    answered: list[int] = []
    ops.read(the_answer, on_done=answered.append)
    # The background query never ends by itself: an answer at all proves it was interrupted. No timed assert (it
    # failed at 5.6 s on a loaded 2-core machine); the generous wait is only a bound for a broken build.
    qtbot.waitUntil(lambda: answered == [42], timeout=60_000)
    assert not warm_results  # interrupted, so nothing to deliver
    runner.shutdown()


def test_warm_up_fills_every_column_order_and_they_equal_cold_ones(qtbot, ctx, seeded) -> None:
    from upr_desktop.ui.recommendations.page import RecommendationsPage

    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.model.ensure_rows(0, 10)
    page.warmup.restart()
    qtbot.waitUntil(lambda: page.warmup.done, timeout=10_000)
    cache = seeded.engine._upr_table_order  # type: ignore[attr-defined]
    assert {column for column, _descending in cache} == set(TABLE_COLUMNS)
    warm = {key: list(order) for key, (_stamp, order) in cache.items()}
    del seeded.engine._upr_table_order  # type: ignore[attr-defined]
    with seeded.session() as s:
        for (column, descending), order in warm.items():
            assert sorted_ids(s, RecommendationFilter(), column, descending) == order, column
    assert table_order.CACHED_ORDERS >= 2 * len(TABLE_COLUMNS)
    from upr_desktop.ui.recommendations.warmup import WARM_ORDER

    assert set(WARM_ORDER) == set(TABLE_COLUMNS) - {"ref"}
    with seeded.session() as s:  # the recommending-State filter's map was built too, and gives the SQL filter's ids
        fast = state_filter.state_ids(s, "France")
        assert fast is not None and fast == set(_fetch_ids(s, filtered_ids(RecommendationFilter(recommending_state="France")))) != set()


def test_a_request_stops_background_python_work_and_queries_it_starts_later(qtbot, seeded) -> None:
    from upr_desktop.core.read.stopping import Stopped, checkpoint
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.worker import BackgroundRunner, Operations

    runner = BackgroundRunner()  # the real worker thread
    ops = Operations(runner, seeded, DataHub())
    seen: list[str] = []

    def python_loop(workspace) -> None:  # no SQL running when the request comes: sqlite3's interrupt cannot reach it
        end = time.monotonic() + 30
        try:
            while time.monotonic() < end:
                checkpoint()
                time.sleep(0.001)
        except Stopped:
            seen.append("stopped")
            long = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) SELECT count(*) FROM n"
            with workspace.session() as session:
                session.execute(text(long)).scalar()  # a (long) query started after the request stops too
            seen.append("queried")
            raise

    warm_results: list[object] = []
    ops.idle(python_loop, on_done=warm_results.append)
    time.sleep(0.2)
    answered: list[int] = []
    ops.read(the_answer, on_done=answered.append)
    qtbot.waitUntil(lambda: answered == [42], timeout=20_000)  # the loop alone would run 30 s: an answer before proves the stop
    assert seen == ["stopped"] and not warm_results  # the query after the request was aborted by the progress handler
    checkpoint()  # outside idle work: never raises
    runner.shutdown()


def test_a_failing_idle_step_backs_off_and_is_given_up(qtbot, ctx, monkeypatch) -> None:
    """A step failing by itself (a locked protected workspace, a bug) is not resubmitted every poll (found in review)."""
    from upr_desktop.ui import idle_work

    monkeypatch.setattr(idle_work, "BACKOFF_S", 0.05)
    queue = idle_work.IdleWork(ctx.ops)
    calls: list[int] = []

    def broken(_workspace: object) -> object:
        calls.append(1)
        raise RuntimeError("the workspace is locked")

    queue.schedule([("broken", broken)])
    qtbot.waitUntil(lambda: queue.done, timeout=10_000)
    assert len(calls) == idle_work.MAX_FAILURES and "broken" not in queue.runs
    qtbot.wait(300)
    assert len(calls) == idle_work.MAX_FAILURES  # given up: no more attempts
    queue.schedule([("fine", lambda _s: True)])  # later steps still run
    qtbot.waitUntil(lambda: queue.runs.get("fine") == 1, timeout=10_000)
    queue.stop()


def test_scrolling_the_table_makes_idle_work_give_way(qtbot, ctx, monkeypatch) -> None:
    """Scrolling through rows already fetched asks the worker nothing, yet idle work must wait meanwhile."""
    from tests.gui.held import Held
    from upr_desktop.ui.recommendations.page import RecommendationsPage
    from upr_desktop.ui.worker import BackgroundRunner

    held = BackgroundRunner(Held())  # the job stays queued
    job = held.submit(lambda: None, background=True)
    before = held.last_request
    held.person_active()
    assert job.superseded and held.last_request >= before
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    calls: list[int] = []
    monkeypatch.setattr(ctx.ops.runner, "person_active", lambda: calls.append(1))
    page.table.verticalScrollBar().valueChanged.emit(1)
    assert calls
