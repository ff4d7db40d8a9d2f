"""Follow-up actions page: add, mark done, filter overdue and by group, edit, delete; errors change nothing."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from upr_desktop.operations import actions


def make_page(qtbot, ctx):
    from upr_desktop.ui.actions.page import ActionsPage

    actions.add_action(ctx.workspace, description="Send comments on the draft law", group="WRN", due_date=date.today() - timedelta(days=10), refs=["115.2"])
    actions.add_action(ctx.workspace, description="Plan the mid-term workshop", group="CF", due_date=date.today() + timedelta(days=20))
    page = ActionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(page) -> list[str]:
    return [page.model.index(r, 2).data() for r in range(page.model.rowCount())]


def stored(ctx) -> dict[str, actions.ActionRow]:
    return {a.description: a for a in actions.list_actions(ctx.workspace).rows}


def select(page, description: str) -> None:
    page.table.selectRow(page.model.find(lambda a: a.description == description))


def test_overdue_is_said_in_words_and_a_symbol(qtbot, ctx, shown_errors) -> None:
    page = make_page(qtbot, ctx)
    assert shown(page) == ["Send comments on the draft law", "Plan the mid-term workshop"]
    due = page.model.index(0, 0).data()
    assert due.startswith("\u26a0 Overdue:")
    assert "Overdue" not in page.model.index(1, 0).data()
    assert page.model.index(0, 1).data() == "\u25cb Open"
    assert page.model.index(0, 5).data() == "115.2"
    assert "1 overdue" in page.summary.text()


def test_add_mark_done_and_filter(qtbot, ctx, shown_errors) -> None:
    page = make_page(qtbot, ctx)
    page.add_button.click()
    dialog = page.dialog
    qtbot.keyClicks(dialog.description_edit, "Write to the Ministry of Education")
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("CF"))
    dialog.due_edit.setDate(QDate.currentDate().addDays(-1))
    dialog.buttons.accepted.emit()
    assert not shown_errors and not dialog.isVisible()
    added = stored(ctx)["Write to the Ministry of Education"]
    assert (added.group, added.due_date, added.overdue) == ("CF", date.today() - timedelta(days=1), True)

    page.overdue_check.setChecked(True)
    assert shown(page) == ["Send comments on the draft law", "Write to the Ministry of Education"]
    page.group_filter.setCurrentIndex(page.group_filter.findData("CF"))
    assert shown(page) == ["Write to the Ministry of Education"]
    select(page, "Write to the Ministry of Education")
    page.done_button.click()
    assert stored(ctx)["Write to the Ministry of Education"].status == "done"
    assert shown(page) == []  # done is no longer overdue
    page.overdue_check.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData("done"))
    assert shown(page) == ["Write to the Ministry of Education"]
    assert page.model.index(0, 1).data() == "\u2714 Done"


def test_edit_clears_group_and_due_date_then_delete(qtbot, ctx, shown_errors) -> None:
    page = make_page(qtbot, ctx)
    select(page, "Plan the mid-term workshop")
    page.edit_button.click()
    dialog = page.dialog
    assert dialog.group_combo.currentData() == "CF" and dialog.due_check.isChecked()
    dialog.group_combo.setCurrentIndex(0)
    dialog.due_check.setChecked(False)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("in-progress"))
    dialog.buttons.accepted.emit()
    action = stored(ctx)["Plan the mid-term workshop"]
    assert (action.group, action.due_date, action.status) == (None, None, "in-progress")
    page.group_filter.setCurrentIndex(page.group_filter.findData(actions.NO_GROUP))
    assert shown(page) == ["Plan the mid-term workshop"]
    select(page, "Plan the mid-term workshop")
    page.delete_button.click()
    page.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert "Plan the mid-term workshop" in stored(ctx)
    page.delete_button.click()
    [delete] = [b for b in page.confirm_box.buttons() if page.confirm_box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    delete.click()
    assert "Plan the mid-term workshop" not in stored(ctx)
    assert shown(page) == []


def test_empty_description_shows_an_error_and_saves_nothing(qtbot, ctx, shown_errors) -> None:
    page = make_page(qtbot, ctx)
    page.add()
    page.dialog.description_edit.setPlainText("   ")
    page.dialog.buttons.accepted.emit()
    assert shown_errors and "cannot be empty" in shown_errors[-1][1]
    assert page.dialog.isVisible()
    assert len(stored(ctx)) == 2


def test_the_consultation_of_an_action_is_dated_the_chosen_locales_way(qtbot, demo_ctx, shown_errors) -> None:
    import re

    from upr_desktop.ui.actions.page import ActionsPage
    from upr_desktop.ui.translations import format_date

    page = ActionsPage(demo_ctx)
    qtbot.addWidget(page)
    column = next(i for i, c in enumerate(page.model.columns) if c.header == "Consultation")
    row = page.model.find(lambda a: a.consultation_on is not None)
    action = page.model.row_at(row)
    text = page.model.index(row, column).data()
    assert text == f"{format_date(action.consultation_on)} {action.consultation_body}"
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # never ISO on screen
