"""The Dashboard page: figures from the demo, numbers on hover, clicking a bar filters the Recommendations page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from upr_desktop.core.read.metrics import compute_metrics
from upr_desktop.core.read.recommendation_list import RecommendationFilter
from upr_desktop.core.services import assessments
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.demo import REFERENCE_DATE


@pytest.fixture
def dashboard(demo_ctx: Any, qtbot: Any) -> Iterator[Any]:
    from upr_desktop.ui.dashboard.page import DashboardPage

    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    yield page


def test_dashboard_shows_the_demo_figures(dashboard: Any, demo_ws: WorkspaceFile) -> None:
    m = dashboard.metrics
    assert m is not None and m.total == 249 and m.as_of == REFERENCE_DATE
    assert dashboard.tiles["total"].value.text() == "249"
    assert dashboard.tiles["supported"].value.text().startswith("181")
    assert dashboard.tiles["overdue"].value.text() == str(m.actions.overdue) != "0"
    themes = dashboard.charts["status_by_theme"]
    assert [k for k, _ in themes.categories] == [r.key for r in m.status_by_theme[:12]]
    assert len(themes.chart().series()) == 1 and len(themes.chart().series()[0].barSets()) == 5
    groups = dashboard.charts["status_by_group"]
    assert [k for k, _ in groups.categories] == sorted(r.key for r in m.status_by_group)
    assert dashboard.group.count() == 1 + len(m.status_by_group)


def test_hover_says_the_number(dashboard: Any) -> None:
    view = dashboard.charts["by_response"]
    top = view.categories[0]
    bar_set = view.chart().series()[0].barSets()[0]
    bar_set.hovered.emit(True, len(view.categories) - 1)  # horizontal bars: the top one is drawn last
    assert view.last_hover == f"{top[1]}: {view.series_data[0].values[0]:g}"
    stacked = dashboard.charts["status_by_theme"]
    stacked.chart().series()[0].barSets()[2].hovered.emit(True, len(stacked.categories) - 1)
    first_theme = dashboard.metrics.status_by_theme[0]
    assert stacked.last_hover == f"{first_theme.label} — Fully implemented: {first_theme.counts['fully-implemented']}"


def test_clicking_a_bar_filters_the_recommendations_page(dashboard: Any, demo_ctx: Any, demo_ws: WorkspaceFile, qtbot: Any) -> None:
    from upr_desktop.ui.recommendations.page import RecommendationsPage

    recs = RecommendationsPage(demo_ctx)
    qtbot.addWidget(recs)
    view = dashboard.charts["status_by_theme"]
    theme = view.categories[0][0]
    view.chart().series()[0].barSets()[0].clicked.emit(len(view.categories) - 1)  # "Not implemented" of the top theme
    row = dashboard.metrics.status_by_theme[0]
    assert recs.filters.theme.currentData() == theme
    assert recs.filters.status.currentData() == "not-implemented"
    assert recs.model.rowCount() == row.counts["not-implemented"]
    state_view = dashboard.charts["by_state"]
    state_view.chart().series()[0].barSets()[0].clicked.emit(len(state_view.categories) - 1)
    top_state = dashboard.metrics.by_state[0]
    assert recs.filters.state.currentData() == top_state.key
    assert not recs.filters.theme.currentData()  # the earlier theme filter was replaced, not added to
    assert recs.model.rowCount() == top_state.count


def test_click_without_recommendations_page_says_so(dashboard: Any, demo_ctx: Any) -> None:
    messages: list[str] = []
    demo_ctx.status_message = messages.append
    demo_ctx.commands.pop("filter_recommendations", None)
    dashboard.bar_clicked("by_response", "noted", "count")
    assert messages and "cannot be filtered" in messages[0]
    assert dashboard.filter_for("by_response", "noted", "count") == RecommendationFilter(responses=["noted"])
    assert dashboard.filter_for("acceptance_by_region", "WEOG", "rate") is None


def test_group_choice_and_data_changes_redraw(dashboard: Any, demo_ctx: Any, demo_ws: WorkspaceFile) -> None:
    dashboard.show()
    dashboard.group.setCurrentIndex(dashboard.group.findData("JRC"))
    with demo_ws.session() as s:
        expected = compute_metrics(s, dashboard.scope(), as_of=REFERENCE_DATE)
    assert dashboard.metrics.total == expected.total < 249
    before = dashboard.metrics.status_overall["fully-implemented"]
    from upr_desktop.operations.assessments import record_assessment

    demo_ctx.ops.write(record_assessment, ref="158.21", group="JRC", status="fully-implemented", assessed_on=REFERENCE_DATE)
    assert dashboard.metrics.status_overall["fully-implemented"] >= before
    with demo_ws.session() as s:
        assert dashboard.metrics.status_overall == compute_metrics(s, dashboard.scope(), as_of=REFERENCE_DATE).status_overall


def test_presentation_mode_look_and_back(qapp: Any, qtbot: Any, dashboard: Any) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

    from upr_desktop.ui import presentation_style

    window = QMainWindow()
    window.sidebar = QListWidget()  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    font_before = QApplication.font().pointSize()
    palette_before = QApplication.palette().color(QPalette.ColorRole.Window).name()
    presentation_style.apply_style(window, True)
    try:
        assert QApplication.font().pointSize() == presentation_style.PRESENTATION_POINT_SIZE
        assert QApplication.palette().color(QPalette.ColorRole.Text).name() == "#000000"
        assert QApplication.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"
        assert "font-size: 19pt" in window.sidebar.styleSheet()  # type: ignore[attr-defined]
        assert presentation_style.is_on()
        dashboard.show_metrics(dashboard.metrics)
        assert dashboard.charts["by_response"].chart().theme().name == "ChartThemeHighContrast"
    finally:
        presentation_style.apply_style(window, False)
    assert QApplication.font().pointSize() == font_before
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == palette_before
    assert window.sidebar.styleSheet() == ""  # type: ignore[attr-defined]
    assert not presentation_style.is_on()


def test_redraws_do_not_pile_up_chart_items(dashboard: Any) -> None:
    """Each redraw refills the same series and axes: the scene must not grow (it made every redraw slower)."""
    view = dashboard.charts["status_by_theme"]
    dashboard.show_metrics(dashboard.metrics)
    items = len(view.scene().items())
    for _ in range(3):
        dashboard.show_metrics(dashboard.metrics)
    assert len(view.scene().items()) == items
    assert len(view.chart().series()) == 1 and len(view.chart().axes()) == 2
    assert len(view.chart().series()[0].barSets()) == 5


def test_charts_on_screen_are_counted_and_drawn_first(dashboard: Any, demo_ws: WorkspaceFile, qtbot: Any) -> None:
    from upr_desktop.core.read.metrics import GROUPS, STATES, THEMES

    dashboard.resize(1280, 420)  # only the top row of charts in view
    dashboard.show()
    qtbot.waitExposed(dashboard)
    assert dashboard.visible_charts() == ["status_by_theme", "by_response"]
    shown: list[Any] = []
    original = dashboard.show_metrics
    dashboard.show_metrics = lambda m: (shown.append(m), original(m))  # type: ignore[method-assign]
    with demo_ws.transaction() as s:  # new data: nothing cached
        assessments.record_assessment(s, ref="158.4", group="JRC", status="fully-implemented", assessed_on=REFERENCE_DATE)
    dashboard.refresh()
    first, final = shown
    assert first.pending == (GROUPS, STATES) and first.status_by_theme and not first.status_by_group
    assert final.pending == ()
    with demo_ws.session() as s:
        assert final == compute_metrics(s, as_of=REFERENCE_DATE)
    assert THEMES not in first.pending
    groups = dashboard.charts["status_by_group"]  # off screen: drawn on the next turn of the event loop
    qtbot.waitUntil(lambda: [k for k, _ in groups.categories] == [r.key for r in final.status_by_group])


def test_older_deferred_drawing_is_dropped(dashboard: Any, qtbot: Any) -> None:
    from dataclasses import replace

    dashboard.resize(1280, 420)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    m = dashboard.metrics
    dashboard.show_metrics(replace(m, by_state=m.by_state[:1]))  # by_state off screen: left for later
    dashboard.resize(1280, 2400)
    qtbot.waitUntil(lambda: "by_state" in dashboard.visible_charts())
    dashboard.show_metrics(m)  # newer figures, by_state now on screen, before the older ones' deferred drawing ran
    qtbot.wait(50)
    assert len(dashboard.charts["by_state"].categories) == min(15, len(m.by_state)) > 1


def test_the_dashboard_says_it_is_counting_until_the_figures_arrive(demo_ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_desktop.ui.dashboard.page import DashboardPage

    held: list[tuple[Any, tuple[Any, ...], dict[str, Any]]] = []
    real_read = demo_ctx.ops.read
    monkeypatch.setattr(demo_ctx.ops, "read", lambda op, *args, **kw: held.append((op, args, kw)))  # the worker is busy
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    assert held and page.metrics is None
    assert "Counting the figures" in page.as_of.text()
    assert {tile.value.text() for tile in page.tiles.values()} == {"\u2026"}  # not "–", which reads as "none"
    assert all(view.counting and "counting" in view.chart_title() for view in page.charts.values())
    monkeypatch.setattr(demo_ctx.ops, "read", real_read)
    op, args, kw = held[0]
    real_read(op, *args, **kw)  # the figures arrive
    assert page.metrics is not None and "Situation as of" in page.as_of.text()
    assert page.tiles["total"].value.text() == "249"
    assert not any(view.counting for view in page.charts.values())


def test_a_bars_tooltip_goes_when_the_click_switches_pages(dashboard: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QToolTip

    dashboard.show()
    view = dashboard.charts["by_response"]
    bar_set = view.chart().series()[0].barSets()[0]
    bar_set.hovered.emit(True, len(view.categories) - 1)
    assert QToolTip.isVisible() and QToolTip.text() == view.last_hover
    bar_set.clicked.emit(len(view.categories) - 1)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # Qt lets a tooltip fade out for 300 ms
    bar_set.hovered.emit(True, len(view.categories) - 1)
    assert QToolTip.isVisible()
    dashboard.hide()  # the page switched away without a click (a shortcut)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


def test_translated_theme_and_state_names_get_the_room_their_script_needs(demo_ctx: Any, qtbot: Any) -> None:
    """Arabic labels are half as tall again as Latin ones: Qt Charts cut every theme name to "…" at the English height."""
    from PySide6.QtWidgets import QApplication

    from upr_desktop.ui.dashboard.page import DashboardPage
    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    try:
        translations.apply("ar")
        page = DashboardPage(demo_ctx)
        qtbot.addWidget(page)
        themes = page.charts["status_by_theme"]
        assert themes.categories[0][1] == "الصكوك الدولية"  # International instruments, translated
        assert themes.needed_height() > 420 and themes.minimumHeight() >= themes.needed_height()
        translations.apply("en")
        english = DashboardPage(demo_ctx)
        qtbot.addWidget(english)
        assert english.charts["status_by_theme"].needed_height() == 0  # the English layout is left as it was
    finally:
        translations.apply("en")


def test_a_bars_number_is_written_in_the_chosen_languages_digits(demo_ctx: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from upr_desktop.ui.dashboard.page import DashboardPage
    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    try:
        translations.apply("ar")
        page = DashboardPage(demo_ctx)
        qtbot.addWidget(page)
        view = page.charts["by_response"]
        view.chart().series()[0].barSets()[0].hovered.emit(True, len(view.categories) - 1)
        assert "\u0661\u0668\u0661" in view.last_hover and "181" not in view.last_hover  # ١٨١ supported
    finally:
        translations.apply("en")
