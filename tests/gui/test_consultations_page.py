"""Consultations page: log one with recommendations picked by search, edit it, add a follow-up action, delete it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from upr_desktop.operations import actions, consultations


def make_page(qtbot, ctx):
    from upr_desktop.ui.consultations.page import ConsultationsPage

    page = ConsultationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def stored(ctx) -> list[consultations.ConsultationDetail]:
    return [consultations.consultation_detail(ctx.workspace, row.id) for row in consultations.list_consultations(ctx.workspace)]


def pick(qtbot, page, words: str) -> list[str]:
    picker = page.form.picker
    picker.search_edit.clear()
    qtbot.keyClicks(picker.search_edit, words)
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)  # searches at once (typing waits 200 ms)
    return [picker.results_model.item(r).text().split()[0] for r in range(picker.results_model.rowCount())]


def test_log_a_consultation_with_recommendations_picked_by_search(qtbot, ctx, shown_errors) -> None:
    consultations.log_consultation(ctx.workspace, held_on="2025-11-03", government_body="Ministry of Social Development", kind="meeting")
    page = make_page(qtbot, ctx)
    assert page.model.rowCount() == 1
    page.new_button.click()
    form = page.form
    form.date_edit.setDate(QDate(2026, 1, 15))
    qtbot.keyClicks(form.body_edit, "Ministry of ")
    completer = form.body_edit.completer()
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Ministry of Social Development"
    form.body_edit.setText("Ministry of Justice")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("workshop"))
    form.group_combo.setCurrentIndex(form.group_combo.findData("WRN"))
    form.government_edit.setPlainText("Deputy Minister A. Example")
    assert pick(qtbot, page, "torture") == ["115.1"]
    form.picker.add_button.click()
    assert pick(qtbot, page, "prot") == ["115.1", "115.2", "115.5"]  # every word is a prefix
    form.picker.results.selectAll()
    form.picker.add_button.click()
    form.picker.picked_list.setCurrentIndex(form.picker.picked_model.index(2, 0))
    form.picker.picked_list.selectionModel().select(form.picker.picked_model.index(2, 0), form.picker.picked_list.selectionModel().SelectionFlag.ClearAndSelect)
    form.picker.remove_button.click()
    form.summary_edit.setPlainText("The ministry will table the bill in March.")
    form.confidential_check.setChecked(True)
    page.save_button.click()
    assert not shown_errors

    logged = next(c for c in stored(ctx) if c.government_body == "Ministry of Justice")
    assert (logged.held_on, logged.kind, logged.group, logged.confidential) == (date(2026, 1, 15), "workshop", "WRN", True)
    assert [h.ref for h in logged.recommendations] == ["115.1", "115.2"]
    assert logged.government_participants == "Deputy Minister A. Example"
    assert page.model.rowCount() == 2 and page.model.row_at(0).government_body == "Ministry of Justice"
    assert page.form.consultation_id == logged.id and "Ministry of Justice" in page.title.text()

    # its follow-up action
    assert page.add_action_button.isEnabled()
    page.add_action_button.click()
    dialog = page.action_dialog
    dialog.description_edit.setPlainText("Check the bill is tabled")
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("CF"))
    dialog.buttons.accepted.emit()
    assert not shown_errors
    assert [page.actions_model.index(r, 2).data() for r in range(page.actions_model.rowCount())] == ["Check the bill is tabled"]
    assert page.model.row_at(0).actions == 1


def test_edit_and_delete_a_consultation(qtbot, ctx, shown_errors) -> None:
    c = consultations.log_consultation(ctx.workspace, held_on="2025-11-03", government_body="Ministry of Education", kind="meeting",
                                       refs=["115.3"]).result
    actions.add_action(ctx.workspace, description="Send data on school enrolment", consultation_id=c.id)
    page = make_page(qtbot, ctx)
    page.table.selectRow(0)
    assert page.form.body_edit.text() == "Ministry of Education"
    assert [h.ref for h in page.form.picker.picked()] == ["115.3"]
    assert page.actions_model.rowCount() == 1
    page.form.commitments_edit.setPlainText("A working group by June")
    page.save_button.click()
    assert stored(ctx)[0].commitments == "A working group by June"

    page.delete_button.click()
    page.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(stored(ctx)) == 1
    page.table.selectRow(0)
    page.delete_button.click()
    assert "1 follow-up action is kept" in page.confirm_box.informativeText()
    [delete] = [b for b in page.confirm_box.buttons() if page.confirm_box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    delete.click()
    assert stored(ctx) == [] and page.model.rowCount() == 0
    assert page.form.consultation_id is None and page.form.body_edit.text() == ""


def test_missing_body_or_future_date_show_an_error_and_log_nothing(qtbot, ctx, shown_errors) -> None:
    page = make_page(qtbot, ctx)
    page.new()
    page.save_button.click()
    assert shown_errors and "government body cannot be empty" in shown_errors[-1][1]
    page.form.body_edit.setText("Ministry of Justice")
    page.form.date_edit.setDate(QDate.currentDate().addDays(3))
    page.save_button.click()
    assert "in the future" in shown_errors[-1][1]
    assert stored(ctx) == [] and page.model.rowCount() == 0
    assert page.form.body_edit.text() == "Ministry of Justice"  # what was typed is kept to fix
    assert not page.add_action_button.isEnabled()


def test_undo_from_the_shell_clears_an_undone_consultation(qtbot, ctx, shown_errors) -> None:
    from upr_desktop.operations import history

    page = make_page(qtbot, ctx)
    page.form.body_edit.setText("Ombudsman")
    page.form.date_edit.setDate(QDate(2026, 2, 1))
    page.save_button.click()
    assert page.model.rowCount() == 1 and page.form.consultation_id is not None
    ctx.ops.write(history.undo)
    assert page.model.rowCount() == 0
    assert page.form.consultation_id is None and "New consultation" in page.title.text()
