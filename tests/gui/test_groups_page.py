"""Member groups page: add, edit, remove (with the orphan warning) through the widgets; errors change nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from upr_desktop.core.services import assessments
from upr_desktop.operations import groups


def make_page(qtbot, ctx):
    from upr_desktop.ui.groups.page import GroupsPage

    page = GroupsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def acronyms(ctx) -> list[str]:
    return [g.acronym for g in groups.list_groups(ctx.workspace)]


def cell(page, row: int, header: str) -> str:
    column = [c.header for c in page.model.columns].index(header)
    return page.model.index(row, column).data()


def test_lists_groups_with_their_load(qtbot, ctx, shown_errors) -> None:
    page = make_page(qtbot, ctx)
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["CF", "WRN"]
    assert cell(page, 1, "Assigned") == "1" and cell(page, 1, "Assessed") == "0"
    assert page.table.accessibleName() == "Member groups"
    assert "2 member groups" in page.summary.text()


def test_add_edit_and_remove_a_group(qtbot, ctx, shown_errors) -> None:
    page = make_page(qtbot, ctx)
    page.add_button.click()
    dialog = page.dialog
    qtbot.keyClicks(dialog.name_edit, "Disability Alliance")
    qtbot.keyClicks(dialog.acronym_edit, "DA")
    qtbot.keyClicks(dialog.region_edit, "North")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not shown_errors
    assert not dialog.isVisible()
    assert acronyms(ctx) == ["CF", "DA", "WRN"]
    assert page.selected().acronym == "DA"  # the new group is selected after the reload

    page.edit_button.click()
    page.dialog.region_edit.setText("North-East")
    combo = page.dialog.language_combo
    assert combo.currentData() == "" and combo.findText("Español") > 0
    combo.setCurrentIndex(combo.findData("es"))
    page.dialog.buttons.accepted.emit()
    assert page.selected().region == "North-East" and page.selected().language == "es"
    page.edit_button.click()
    assert page.dialog.language_combo.currentData() == "es"  # shown as stored
    page.dialog.reject()

    # remove WRN: it has an assignment and an assessment, the box says what is orphaned
    with ctx.workspace.transaction() as s:
        assessments.record_assessment(s, ref="115.2", group="WRN", status="not-implemented")
    ctx.hub.notify(("assessments",))
    page.select("WRN")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert "1 assignments will be removed; 1 assessments" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert acronyms(ctx) == ["CF", "DA", "WRN"]
    page.select("WRN")
    page.remove_button.click()
    [remove] = [b for b in page.confirm_box.buttons() if page.confirm_box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    remove.click()
    assert acronyms(ctx) == ["CF", "DA"]
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["CF", "DA"]


def test_empty_name_and_duplicate_acronym_show_an_error_and_keep_the_dialog(qtbot, ctx, shown_errors) -> None:
    page = make_page(qtbot, ctx)
    page.add_button.click()
    dialog = page.dialog
    dialog.acronym_edit.setText("NEW")
    dialog.buttons.accepted.emit()
    assert shown_errors and "name cannot be empty" in shown_errors[-1][1]
    assert dialog.isVisible()
    dialog.name_edit.setText("Another network")
    dialog.acronym_edit.setText("wrn")
    dialog.buttons.accepted.emit()
    assert "already exists" in shown_errors[-1][1] and "Women's Rights Network" in shown_errors[-1][1]
    assert dialog.isVisible()
    assert acronyms(ctx) == ["CF", "WRN"]


def test_undo_from_the_shell_refreshes_the_page(qtbot, ctx, shown_errors) -> None:
    from upr_desktop.operations import history

    page = make_page(qtbot, ctx)
    page.add()
    page.dialog.name_edit.setText("Youth Voices")
    page.dialog.acronym_edit.setText("YV")
    page.dialog.submit()
    assert page.model.rowCount() == 3
    ctx.ops.write(history.undo)  # what the shell's Ctrl+Z does: the page refreshes for what the undo changed
    assert page.model.rowCount() == 2
