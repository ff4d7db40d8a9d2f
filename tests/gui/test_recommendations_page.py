"""The Recommendations page driven through its widgets: search, filter, select, bulk assign, assess, undo/redo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from upr_desktop.core.read.recommendation_list import RecommendationFilter, sorted_ids
from upr_desktop.core.services import assessments
from upr_desktop.ui.recommendations import dialogs


def open_page(qtbot, ctx):
    from upr_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.page_by_key("recommendations")
    page.model.ensure_rows(0, 50)
    return window, page


def shown_refs(page) -> list[str]:
    page.model.ensure_rows(0, page.model.rowCount())
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def select_rows(page, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(page.model.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_typing_a_search_filters_in_sql_after_a_pause(qtbot, ctx) -> None:
    _window, page = open_page(qtbot, ctx)
    assert shown_refs(page) == ["115.1", "115.2", "115.3", "115.4", "115.5"]
    qtbot.keyClicks(page.filters.search, "tortu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert shown_refs(page) == ["115.1"]
    assert "1 recommendation" in page.count_label.text() and "1 recommendations" not in page.count_label.text()
    page.filters.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)


def test_the_search_box_waits_only_while_searches_are_slow(qtbot, ctx) -> None:
    _window, page = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)
    asked = []
    page.filters.changed.connect(lambda: asked.append(page.filters.search.text()))
    page.filters.search.setText("tort")  # five recommendations answer at once: searched on the next turn of the event loop
    qtbot.waitUntil(lambda: asked == ["tort"], timeout=1000)
    assert page.filters._debounce.interval() == 0
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.filters.pace.wait_ms() == 0  # the page told the box how long the search took
    for _ in range(3):
        page.filters.pace.answered(0.25)  # a slow machine: the next keystroke waits about one search
    page.filters.search.setText("tortu")
    assert page.filters._debounce.isActive() and page.filters._debounce.interval() == 250
    qtbot.waitUntil(lambda: asked == ["tort", "tortu"], timeout=2000)


def test_filter_boxes_combine(qtbot, ctx) -> None:
    _window, page = open_page(qtbot, ctx)
    page.filters.response.setCurrentIndex(page.filters.response.findData("noted"))
    assert shown_refs(page) == ["115.1", "115.4"]
    page.filters.state.setCurrentIndex(page.filters.state.findData("Germany"))
    assert shown_refs(page) == ["115.4"]
    page.filters.clear()
    page.filters.unassigned.setChecked(True)
    assert shown_refs(page) == ["115.1", "115.3", "115.4", "115.5"]
    page.filters.unassigned.setChecked(False)
    page.filters.group.setCurrentIndex(page.filters.group.findData("WRN"))
    assert shown_refs(page) == ["115.2"]
    page.filters.clear()
    page.filters.theme.setCurrentIndex(page.filters.theme.findData("Education"))
    assert shown_refs(page) == ["115.3"]


def test_sorting_by_a_header_happens_in_sql(qtbot, ctx) -> None:
    _window, page = open_page(qtbot, ctx)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    with ctx.workspace.session() as s:
        expected = sorted_ids(s, RecommendationFilter(), "text", True)
    assert page.model.ids == expected


def test_bulk_assign_then_undo_and_redo_from_the_edit_menu(qtbot, ctx, monkeypatch, shown_errors) -> None:
    window, page = open_page(qtbot, ctx)
    select_rows(page, [0, 2, 3])
    assert "3 selected" in page.count_label.text()
    assert page.buttons["assign"].isEnabled()

    def accept_with_cf(dialog):
        dialog.group.setCurrentIndex(dialog.group.findData("CF"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.AssignDialog, "exec", accept_with_cf)
    qtbot.mouseClick(page.buttons["assign"], Qt.MouseButton.LeftButton)
    assert not shown_errors
    page.model.ensure_rows(0, 5)
    leads = {page.model.row_data(r).ref: page.model.row_data(r).lead_group for r in range(5)}
    assert leads == {"115.1": "CF", "115.2": "WRN", "115.3": "CF", "115.4": "CF", "115.5": None}
    undo = window.actions_.actions["undo"]
    assert undo.isEnabled() and "Assign 3 recommendations to CF" in undo.text()

    undo.trigger()
    page.model.ensure_rows(0, 5)
    assert [page.model.row_data(r).lead_group for r in range(5)] == [None, "WRN", None, None, None]
    redo = window.actions_.actions["redo"]
    assert redo.isEnabled() and "Assign 3" in redo.text()
    redo.trigger()
    page.model.ensure_rows(0, 5)
    assert page.model.row_data(0).lead_group == "CF"
    assert not window.actions_.actions["redo"].isEnabled()


def test_unassign_and_set_themes_in_bulk(qtbot, ctx, monkeypatch, shown_errors) -> None:
    _window, page = open_page(qtbot, ctx)
    select_rows(page, [1])
    monkeypatch.setattr(dialogs.AssignDialog, "exec", lambda d: (d.group.setCurrentIndex(d.group.findData("WRN")), QDialog.DialogCode.Accepted)[1])
    page.unassign_action.trigger()
    page.model.ensure_rows(0, 5)
    assert page.model.row_data(1).lead_group is None

    select_rows(page, [0, 1])
    monkeypatch.setattr(dialogs.ThemesDialog, "exec", lambda d: (d.themes.setText("Justice, Women"), QDialog.DialogCode.Accepted)[1])
    page.themes_action.trigger()
    page.model.ensure_rows(0, 5)
    assert page.model.row_data(0).themes == ["Justice", "Torture", "Women"]
    assert page.filters.theme.findData("Justice") > 0  # the filter box learnt the new theme
    assert not shown_errors


def test_add_assessment_from_the_detail_pane_updates_table_and_timeline(qtbot, ctx, monkeypatch, shown_errors) -> None:
    _window, page = open_page(qtbot, ctx)
    page.table.setCurrentIndex(page.model.index(1, 0))
    assert page.detail.detail is not None and page.detail.detail.ref == "115.2"
    assert page.detail.assignment_model.rowCount() == 1

    def fill(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("fully-implemented"))
        dialog.evidence.setPlainText("Domestic Violence Act amended in 2024")
        dialog.accept()  # as the OK button does: copies the widgets into the form
        return dialog.result()

    monkeypatch.setattr(dialogs.AssessmentDialog, "exec", fill)
    qtbot.mouseClick(page.detail.add_assessment_button, Qt.MouseButton.LeftButton)
    assert not shown_errors
    page.model.ensure_rows(0, 5)
    assert page.model.row_data(1).status == "fully-implemented"
    assert "\u2714" in page.model.data(page.model.index(1, 6))  # a shape, not only a colour
    assert page.detail.assessment_model.rowCount() == 1
    assert "Domestic Violence Act" in page.detail.assessment_model.item(0, 3).text()
    assert page.detail.assessment_model.item(0, 2).text() == "WRN"  # the lead group by default
    assert page.detail.history_model.rowCount() >= 2  # the assignment and the assessment
    newest = page.detail.history_model.item(0, 2).text()
    assert newest.startswith("Status set to Fully implemented by WRN on "), newest  # people's words, not columns
    assert page.detail.history_model.columnCount() == 3
    for row in range(page.detail.history_model.rowCount()):
        said = page.detail.history_model.item(row, 2).text()
        assert "_id" not in said and "=" not in said and "assessed_on" not in said, said


def test_a_future_assessment_is_refused_with_a_readable_message(qtbot, ctx, shown_errors) -> None:
    from datetime import date, timedelta

    _window, page = open_page(qtbot, ctx)
    page.table.setCurrentIndex(page.model.index(0, 0))
    form = dialogs.AssessmentForm(ref=page.detail.detail.uuid, status="unknown", assessed_on=date.today() + timedelta(days=3))
    page.record_assessment(form)
    assert shown_errors and "future" in shown_errors[0][1]
    with ctx.workspace.session() as s:
        assert assessments.latest_assessment(s, assessments.recommendation_by_ref(s, "115.1")) is None


def test_ctrl_f_focuses_the_search_box(qtbot, ctx) -> None:
    window, page = open_page(qtbot, ctx)
    window.show_page(7)  # settings
    window.actions_.actions["find"].trigger()
    assert window.current_page() is page
    assert page.filters.search.hasFocus() or page.filters.search is page.focusWidget()


def test_add_assessment_preselects_no_status(qtbot, ctx, monkeypatch, shown_errors) -> None:
    """A status is what a person observed: the dialog starts on "Choose a status…" and cannot be accepted so."""
    _window, page = open_page(qtbot, ctx)
    page.table.setCurrentIndex(page.model.index(1, 0))
    seen = {}

    def look(dialog):
        seen["status"] = dialog.status.currentData()
        seen["ok"] = dialog.ok_button.isEnabled()
        dialog.accept()  # Enter pressed at once: nothing is recorded
        seen["accepted"] = dialog.result()
        return dialog.result()

    monkeypatch.setattr(dialogs.AssessmentDialog, "exec", look)
    qtbot.mouseClick(page.detail.add_assessment_button, Qt.MouseButton.LeftButton)
    assert seen == {"status": "", "ok": False, "accepted": 0}
    assert page.detail.assessment_model.rowCount() == 0 and not shown_errors


def test_assign_names_the_groups_and_sets_a_due_date(qtbot, ctx, monkeypatch, shown_errors) -> None:
    from datetime import date

    _window, page = open_page(qtbot, ctx)
    page.table.setCurrentIndex(page.model.index(0, 0))
    shown = {}

    def choose(dialog):
        shown["groups"] = [dialog.group.itemText(i) for i in range(dialog.group.count())]
        dialog.group.setCurrentIndex(dialog.group.findData("CF"))
        dialog.has_due.setChecked(True)
        dialog.due.setDate(date(2027, 3, 31))
        return dialogs.QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.AssignDialog, "exec", choose)
    page.assign_selected()
    assert shown["groups"] == ["Children First (CF)", "Women's Rights Network (WRN)"]
    assert not shown_errors
    lines = {(a.group, a.due_date) for a in page.detail.detail.assignments}
    assert ("CF", date(2027, 3, 31)) in lines


def test_a_search_that_finds_nothing_says_so_and_offers_to_clear(qtbot, ctx) -> None:
    _window, page = open_page(qtbot, ctx)
    assert page.table_stack.currentWidget() is page.table
    page.filters.search.setText("zzz-no-such-word")
    page.filters.apply_now()
    assert page.model.rowCount() == 0
    assert page.table_stack.currentWidget() is page.empty  # not a blank table
    assert "No recommendation matches" in page.empty.message.text() and page.empty.clear_button.isVisibleTo(page.empty)
    qtbot.mouseClick(page.empty.clear_button, Qt.MouseButton.LeftButton)
    assert page.filters.search.text() == "" and page.model.rowCount() == 5
    assert page.table_stack.currentWidget() is page.table


def test_clearing_the_filters_keeps_the_detail_pane_and_the_table_in_step(qtbot, ctx) -> None:
    _window, page = open_page(qtbot, ctx)
    page.filters.search.setText("death penalty")
    page.filters.apply_now()
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.detail.detail.ref == "115.4"
    page.filters.clear()
    page.model.ensure_rows(0, 50)
    current = page.table.currentIndex()
    shown = page.detail.detail
    assert shown is None or (current.isValid() and page.model.id_at(current.row()) == shown.id), (
        "the detail pane shows a recommendation the table does not point at")
    page.filters.search.setText("zzz-no-such-word")
    page.filters.apply_now()
    assert page.detail.detail is None  # nothing shown, nothing detailed


def test_clearing_the_filters_keeps_the_pane_and_table_in_step_right_to_left(qtbot, ctx) -> None:
    """In Arabic too (QTableView.selectRow selects nothing in a right-to-left table laid out narrower than its view)."""
    from PySide6.QtWidgets import QApplication

    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())
    translations.apply("ar")
    try:
        _window, page = open_page(qtbot, ctx)
        page.filters.search.setText("death penalty")
        page.filters.apply_now()
        page.table.setCurrentIndex(page.model.index(0, 0))
        assert page.detail.detail.ref == "115.4"
        page.filters.clear()
        current = page.table.currentIndex()
        assert current.isValid() and page.model.id_at(current.row()) == page.detail.detail.id
        assert page.table.selectionModel().isRowSelected(current.row())
    finally:
        translations.apply("en")
