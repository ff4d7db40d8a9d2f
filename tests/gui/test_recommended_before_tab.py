"""Issue 17: the detail pane's "Recommended before" tab, driven through its widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog

from upr_desktop.core.services import recommendations
from upr_desktop.ui.recommendations import recommended_before as tab


def _earlier_cycle(ws) -> None:
    with ws.transaction() as s:
        recommendations.add_recommendation(s, ref="88.10", text="Consider ratifying the Optional Protocol to the Convention against Torture",
                                           response="pending", recommending_states=["France"], themes=["Torture"], cycle=2)
        recommendations.add_recommendation(s, ref="88.11", text="Take measures against domestic violence and protect women victims",
                                           response="supported", recommending_states=["Sweden"], themes=["Women"], cycle=2)
        recommendations.add_recommendation(s, ref="88.12", text="Improve prison conditions", response="noted",
                                           recommending_states=["Chile"], cycle=2)
        recommendations.update_recommendation(s, "88.10", response="noted", response_on=date(2012, 3, 15))


def _open(qtbot, ctx, ref: str):
    from tests.gui.test_recommendations_page import open_page, shown_refs

    window, page = open_page(qtbot, ctx)
    row = shown_refs(page).index(ref)
    page.table.selectionModel().setCurrentIndex(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    page.detail.tabs.setCurrentWidget(page.before)
    return window, page


def test_the_tab_suggests_confirms_and_undo_takes_it_back(qtbot, ctx, seeded) -> None:
    _earlier_cycle(seeded)
    window, page = _open(qtbot, ctx, "115.1")
    panel = page.before
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=3000)
    assert panel.model.item(0, 1).text() == "88.10 (cycle 2)"
    assert panel.model.item(0, 3).text() == "pending until 15 Mar 2012, then noted"
    assert "Suggested" in panel.model.item(0, 5).text()
    assert not panel.confirm_button.isEnabled()  # nothing selected yet
    panel.view.selectionModel().select(panel.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert panel.confirm_button.isEnabled()
    panel.confirm_button.click()
    qtbot.waitUntil(lambda: "Confirmed" in panel.model.item(0, 5).text(), timeout=3000)
    assert "Confirmed predecessors of 115.1: 1." in panel.summary.text()
    undo = window.actions_.actions["undo"]
    assert "Confirm that 88.10 was recommended before 115.1" in undo.text()
    undo.trigger()
    qtbot.waitUntil(lambda: "Suggested" in panel.model.item(0, 5).text(), timeout=3000)


def test_confirm_all_above_shows_what_it_would_confirm_first(qtbot, ctx, seeded, monkeypatch) -> None:
    _earlier_cycle(seeded)
    _window, page = _open(qtbot, ctx, "115.2")
    panel = page.before
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=3000)
    dialog = tab.ConfirmAboveDialog(ctx, 3)
    qtbot.addWidget(dialog)
    dialog.threshold.setValue(0.6)
    qtbot.waitUntil(lambda: dialog.preview is not None and abs(dialog.preview.min_score - 0.6) < 1e-9, timeout=3000)
    previewed = {(s.ref, s.earlier.ref) for s in dialog.preview.suggestions}
    assert ("115.2", "88.11") in previewed and ("115.1", "88.10") in previewed
    assert dialog.model.rowCount() == len(previewed)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == f"Confirm: {len(previewed)}"
    monkeypatch.setattr(tab.ConfirmAboveDialog, "exec", lambda self: (self.threshold.setValue(0.6), QDialog.DialogCode.Accepted)[1])
    panel.confirm_above()
    qtbot.waitUntil(lambda: any("Confirmed" in panel.model.item(r, 5).text() for r in range(panel.model.rowCount())), timeout=3000)


def test_the_detail_heading_tells_the_response_history(qtbot, ctx, seeded) -> None:
    with seeded.transaction() as s:
        recommendations.update_recommendation(s, "115.5", response="supported", response_on=date(2016, 9, 23))
    _window, page = _open(qtbot, ctx, "115.5")
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.ref == "115.5", timeout=3000)
    assert "partially supported until 23 Sep 2016, then supported" in page.detail.heading.text()


def test_a_cluster_is_assigned_from_the_tab(qtbot, ctx, seeded, monkeypatch) -> None:
    from upr_desktop.ui.recommendations import page as page_module

    with seeded.transaction() as s:
        recommendations.add_recommendation(s, ref="115.6", text="Consider ratifying the Optional Protocol to the Convention against Torture",
                                           response="noted", recommending_states=["Denmark"], cycle=3)
    _window, page = _open(qtbot, ctx, "115.1")
    asked: list[int] = []

    class Chosen:
        chosen_group, chosen_role, chosen_due_date = "CF", "lead", None

        def __init__(self, count, *_a, **_k) -> None:
            asked.append(count)

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "AssignDialog", Chosen)
    page.before.cluster_button.click()
    assert asked == [2]
    with seeded.session() as s:
        from upr_desktop.core.services.lookup import recommendation_by_ref

        assert {a.group.acronym for ref in ("115.1", "115.6") for a in recommendation_by_ref(s, ref).assignments} == {"CF"}


def test_the_dashboard_and_reports_pages_offer_the_cycles(qtbot, ctx, seeded) -> None:
    from upr_desktop.ui.dashboard.page import DashboardPage
    from upr_desktop.ui.reports_page import ReportsPage

    _earlier_cycle(seeded)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert [page.cycle.itemText(i) for i in range(page.cycle.count())] == ["All cycles", "Cycle 2", "Cycle 3"]
    assert page.metrics.total == 8
    page.cycle.setCurrentIndex(page.cycle.findData(2))
    qtbot.waitUntil(lambda: page.metrics.total == 3, timeout=3000)
    assert page.metrics.scope.cycle == 2
    reports_page = ReportsPage(ctx)
    qtbot.addWidget(reports_page)
    assert [reports_page.cycle.itemData(i) for i in range(reports_page.cycle.count())] == [None, 2, 3]
    reports_page.kind.setCurrentIndex(reports_page.kind.findData("cycle"))
    reports_page.cycle.setCurrentIndex(reports_page.cycle.findData(2))
    qtbot.waitUntil(lambda: reports_page.document is not None and reports_page.document.kind == "cycle"
                    and "Recommendations of cycle 2." in reports_page.document.scope_lines, timeout=3000)


def test_suggestions_name_the_recommending_states_in_the_chosen_language(qapp) -> None:
    """Defect: the French tab named the recommending States in English ("Consider ratifying ... (Germany, Thailand)")."""
    from PySide6.QtWidgets import QApplication

    from upr_desktop.core.read.recommended_before import EarlierRecommendation, Suggestion
    from upr_desktop.ui.translations import Translations

    earlier = EarlierRecommendation(7, "88.10", 2, "Consider ratifying OP-CAT", ["Germany", "Thailand"], "noted", "noted", None, None)
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply("fr")
    try:
        model = tab.SuggestionModel()
        model.fill([Suggestion(1, "115.1", "Ratify OP-CAT", 3, earlier, 0.91, None)])
        assert model.item(0, 2).text() == "Consider ratifying OP-CAT (Allemagne, Thaïlande)"
    finally:
        translations.apply("en")
