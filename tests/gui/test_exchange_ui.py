"""The Exchange page driven through its widgets: export, a member's edits, merge preview, conflicts, apply, history, undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from upr_desktop.core.domain.models import Assessment, MemberGroup, Recommendation
from upr_desktop.core.services import assessments

from .test_import_ui import drop_files


def edit_return(src: Path, dst: Path, changes: dict[str, object], ref: str = "115.2") -> Path:
    """Edit the workbook as a member would in a spreadsheet program: by visible headers and the Ref column."""
    wb = openpyxl.load_workbook(src)
    ws = wb["Recommendations"]
    headers = {cell.value: cell.column for cell in ws[1]}
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, headers["Ref"]).value == ref)
    for header, value in changes.items():
        ws.cell(row, headers[header]).value = value
    wb.save(dst)
    return dst


def latest(ws: object, ref: str = "115.2", group: str = "WRN") -> Assessment:
    with ws.session() as s:  # type: ignore[attr-defined]
        q = (select(Assessment).join(Recommendation, Recommendation.id == Assessment.recommendation_id)
             .join(MemberGroup, MemberGroup.id == Assessment.group_id)
             .where(Recommendation.ref == ref, MemberGroup.acronym == group).order_by(Assessment.id.desc()))
        found = s.scalars(q).first()
        s.expunge_all()
        return found


def standing(ws: object, ref: str = "115.2", group: str = "WRN") -> tuple[str, str | None, str | None]:
    """The group's current status and the evidence and comment that stand (what its next workbook shows)."""
    from upr_desktop.exchange.content import group_assessments

    with ws.session() as s:  # type: ignore[attr-defined]
        rec_id = s.scalars(select(Recommendation.id).where(Recommendation.ref == ref)).one()
        group_id = s.scalars(select(MemberGroup.id).where(MemberGroup.acronym == group)).one()
        current = group_assessments(s, group_id, [rec_id], include_confidential=True)[rec_id]
        return current.status, current.evidence, current.comment


@pytest.fixture
def page(ctx: object, qtbot: object, shown_errors: list) -> object:
    from upr_desktop.ui.exchange.page import ExchangePage

    p = ExchangePage(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(p)  # type: ignore[attr-defined]
    return p


@pytest.fixture
def exported(ctx: object, page: object, tmp_path: Path) -> Path:
    """WRN's workbook exported through the page; then the secretariat changes 115.2 itself."""
    with ctx.workspace.transaction() as s:  # type: ignore[attr-defined]
        assessments.record_assessment(s, ref="115.2", group="WRN", status="not-implemented", evidence="No plan yet", assessed_on="2024-01-10")
    panel = page.export_panel
    panel.reload()
    assert panel.groups.count() == 2 and "1 assigned" in panel.groups.item(1).text()
    assert not panel.export_button.isEnabled()
    panel.select_groups(["WRN"])
    target = tmp_path / "WRN.xlsx"
    asked: list[list[str]] = []
    panel.choose_target = lambda groups: (asked.append(groups), str(target))[1]
    panel.export_button.click()
    assert asked == [["WRN"]] and target.exists()
    assert "WRN" in panel.result.text() and "1 recommendation" in panel.result.text()
    with ctx.workspace.transaction() as s:  # type: ignore[attr-defined]
        assessments.record_assessment(s, ref="115.2", group="WRN", status="partially-implemented",
                                      evidence="Secretariat note", assessed_on="2024-06-01")
    return target


def test_export_merge_resolve_apply_and_undo(ctx: object, page: object, exported: Path, tmp_path: Path, shown_errors: list) -> None:
    from upr_desktop.ui.exchange.conflicts_model import DECISION

    returned = edit_return(exported, tmp_path / "WRN-return.xlsx",
                           {"Status": "Fully implemented", "Evidence": "Plan adopted in May", "Comment": "Seen at the ministry"})
    assert drop_files(page, [returned])
    merge = page.merge_panel
    assert page.tabs.currentWidget() is merge
    assert merge.files.count() == 1 and "will merge" in merge.files.item(0).text()
    # a file with conflicts to decide does not look like a clean one
    assert merge.files.item(0).text().startswith("\u26a0") and "2 conflicts" in merge.files.item(0).text()
    assert merge.status.text().startswith("\u26a0")
    assert "WRN" in merge.status.text()
    conflicts = merge.conflicts.model
    assert [(r.ref, r.field) for r in conflicts.rows] == [("115.2", "status"), ("115.2", "evidence")]
    status = conflicts.rows[0]
    assert (status.base, status.ours, status.theirs) == ("Not implemented", "Partially implemented", "Fully implemented")
    assert merge.tabs.tabText(0).replace("&", "") == "Conflicts (2)"
    # the comment is taken: one new assessment, listed once (not once per plan list)
    assert merge.tabs.tabText(1).replace("&", "") == "Additions (1)"
    additions = merge.additions.model()
    assert additions.rowCount() == 1 and "115.2" in additions.index(0, 2).data()
    assert latest(ctx.workspace).evidence == "Secretariat note"  # the preview wrote nothing

    merge.conflicts.all_ours.click()
    assert conflicts.undecided() == 0
    conflicts.setData(conflicts.index(0, DECISION), "theirs", Qt.ItemDataRole.EditRole)  # take theirs for the status
    assert conflicts.index(0, DECISION + 1).data() == "Fully implemented"
    assert conflicts.rows[1].take == "ours"  # keep ours for the evidence
    assert merge.apply_button.isEnabled()
    merge.apply_button.click()
    assert shown_errors == []
    assert "2 conflicts resolved, 0 left" in merge.result.text()
    now = latest(ctx.workspace)
    assert now.status == "fully-implemented"
    # The comment taken and the status decided make one new assessment; the evidence kept stands, not copied (issue 13).
    assert (now.evidence, now.comment) == (None, "Seen at the ministry")
    assert standing(ctx.workspace) == ("fully-implemented", "Secretariat note", "Seen at the ministry")

    from upr_desktop.operations import history as edit_history

    assert edit_history.undo_redo(ctx.workspace).undo == "Merge WRN-return.xlsx from WRN"  # Edit > Undo names the merge
    history = page.history_panel
    assert history.model.rowCount() == 1
    assert history.model.index(0, 0).data() == "WRN-return.xlsx" and history.model.index(0, 1).data() == "WRN"
    assert history.model.index(0, 5).data() == "2" and history.model.index(0, 6).data() == "in effect"
    assert page.conflicts_panel.count == 0

    drop_files(page, [returned])  # the same file again: already merged, nothing to apply
    assert "already merged" in merge.files.item(0).text() and not merge.apply_button.isEnabled()

    asked: list[str] = []
    history.ask_force = lambda message: (asked.append(message), True)[1]
    history.select(0)
    history.undo_button.click()
    assert history.model.index(0, 6).data() != "in effect"
    assert "Undid" in history.note.text()
    assert shown_errors == []
    assert all("Cannot undo" in m for m in asked)  # a refusal, when there is one, names the later changes


def test_undecided_conflict_is_resolved_later_with_an_edited_value(ctx: object, page: object, exported: Path, tmp_path: Path) -> None:
    from upr_desktop.ui.exchange.conflicts_model import VALUE

    returned = edit_return(exported, tmp_path / "r.xlsx", {"Evidence": "Plan adopted in May"})
    page.start_merge(str(returned))
    merge = page.merge_panel
    assert [r.field for r in merge.conflicts.model.rows] == ["evidence"]
    merge.apply_button.click()
    assert "0 conflicts resolved, 1 left" in merge.result.text()
    panel = page.conflicts_panel
    assert panel.count == 1 and page.tabs.tabText(3).replace("&", "") == "Open conflicts (1)"
    model = panel.model
    assert model.rows[0].ours == "Secretariat note" and model.rows[0].theirs == "Plan adopted in May"
    model.setData(model.index(0, VALUE), "Plan adopted in May (confirmed)", Qt.ItemDataRole.EditRole)
    assert model.rows[0].take == "edited"
    panel.resolve_button.click()
    assert "Resolved 1" in panel.result.text()
    assert panel.count == 0
    assert latest(ctx.workspace).evidence == "Plan adopted in May (confirmed)"


def test_refused_file_and_several_files_dropped_at_once(ctx: object, page: object, exported: Path, tmp_path: Path, shown_errors: list) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook at all")
    good = edit_return(exported, tmp_path / "good.xlsx", {"Comment": "New comment"})
    assert drop_files(page, [broken, good])
    merge = page.merge_panel
    assert merge.files.count() == 2
    assert "refused" in merge.files.item(0).text() and "will merge" in merge.files.item(1).text()
    merge.files.setCurrentRow(0)
    assert "broken.xlsx" in merge.status.text() and "will not be merged" in merge.status.text().lower()
    assert merge.status.text().count("broken.xlsx") == 1, merge.status.text()  # the reason names the file already
    assert merge.mergeable() == [str(good)]
    merge.apply_button.click()
    assert "Merged 1 file" in merge.result.text()
    assert latest(ctx.workspace).comment == "New comment"
    assert shown_errors == []


def test_export_for_several_groups_into_a_folder_with_sensitive_data(ctx: object, page: object, tmp_path: Path) -> None:
    from upr_desktop.core.services import assignments

    with ctx.workspace.transaction() as s:  # type: ignore[attr-defined]
        assignments.assign(s, "CF", assignments.select_recommendations(s, refs=["115.3"]))
    panel = page.export_panel
    assert panel.groups.count() == 2
    panel.select_groups(["CF", "WRN"])
    panel.sensitive.setChecked(True)
    panel.choose_target = lambda groups: str(tmp_path / "out")
    panel.export_button.click()
    assert sorted(r.group for r in panel.results) == ["CF", "WRN"]
    assert len(list((tmp_path / "out").glob("UPR-*.xlsx"))) == 2
    assert "sensitive" in panel.result.text()


def test_commands_open_the_exchange_page(ctx: object, qtbot: object, tmp_path: Path) -> None:
    from upr_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    ctx.commands["export"]()  # type: ignore[attr-defined]
    page = window.current_page()
    assert type(page).__name__ == "ExchangePage" and page.tabs.currentWidget() is page.export_panel
    ctx.commands["merge"](str(tmp_path / "missing.xlsx"))  # type: ignore[attr-defined]
    assert page.tabs.currentWidget() is page.merge_panel
    assert "refused" in page.merge_panel.files.item(0).text()


def test_export_in_a_chosen_language(ctx: object, page: object, tmp_path: Path) -> None:
    panel = page.export_panel
    codes = [panel.language.itemData(i) for i in range(panel.language.count())]
    assert codes[0] is None and {"en", "fr", "es"} <= set(codes)
    assert panel.language.itemText(codes.index("fr")) == "Français"
    panel.select_groups(["WRN"])
    panel.language.setCurrentIndex(codes.index("fr"))
    target = tmp_path / "WRN-fr.xlsx"
    panel.choose_target = lambda groups: str(target)
    panel.export_button.click()
    assert openpyxl.load_workbook(target).sheetnames[:2] == ["Lisez-moi", "Recommandations"]


def test_decisions_are_merged_in_one_transaction_and_undone_with_it(ctx: object, page: object, exported: Path, tmp_path: Path,
                                                                    shown_errors: list) -> None:
    from sqlalchemy import func

    from upr_desktop.core.domain.models import MergeConflict, Operation

    returned = edit_return(exported, tmp_path / "WRN-return.xlsx", {"Status": "Fully implemented", "Evidence": "Plan adopted in May"})
    with ctx.workspace.session() as s:  # type: ignore[attr-defined]
        operations_before = s.scalar(select(func.count(Operation.id)))
    page.start_merge(str(returned))
    merge = page.merge_panel
    conflicts = merge.conflicts.model
    assert [r.field for r in conflicts.rows] == ["status", "evidence"]
    conflicts.decide(0, "theirs")
    conflicts.decide(1, "edited", "Plan adopted in May (confirmed by phone)")
    merge.apply_button.click()
    assert shown_errors == []
    assert "2 conflicts resolved, 0 left" in merge.result.text()
    now = latest(ctx.workspace)
    assert now.status == "fully-implemented" and now.evidence == "Plan adopted in May (confirmed by phone)"
    with ctx.workspace.session() as s:  # type: ignore[attr-defined]
        assert s.scalar(select(func.count(Operation.id))) == operations_before + 1  # the merge with its decisions
        assert s.scalar(select(func.count(Operation.id)).where(Operation.source.like("conflict:%"))) == 0
        assert sorted(s.scalars(select(MergeConflict.resolution))) == ["edited", "theirs"]
    assert page.conflicts_panel.count == 0

    history = page.history_panel
    asked: list[str] = []
    history.ask_force = lambda message: (asked.append(message), True)[1]
    history.select(0)
    history.undo_button.click()
    assert asked == [] and shown_errors == []  # nothing later touched the same data: undone at once
    back = latest(ctx.workspace)
    assert (back.status, back.evidence) == ("partially-implemented", "Secretariat note")  # the decisions went with the merge
    assert history.model.index(0, 6).data() != "in effect"


def test_a_decision_that_no_longer_fits_refuses_the_merge(ctx: object, page: object, exported: Path, tmp_path: Path,
                                                          shown_errors: list) -> None:
    returned = edit_return(exported, tmp_path / "r.xlsx", {"Evidence": "Plan adopted in May"})
    page.start_merge(str(returned))
    merge = page.merge_panel
    merge.conflicts.model.decide(0, "theirs")
    with ctx.workspace.transaction() as s:  # type: ignore[attr-defined]  # meanwhile the secretariat agrees with the group
        assessments.record_assessment(s, ref="115.2", group="WRN", status="partially-implemented",
                                      evidence="Plan adopted in May", assessed_on="2024-07-01")
    merge.apply_button.click()
    assert shown_errors and "matches no conflict" in shown_errors[-1][1] and "115.2" in shown_errors[-1][1]
    assert "nothing was merged" in merge.result.text()
    assert page.history_panel.model.rowCount() == 0


def test_history_lists_imports_explains_sends_back_and_undoes(ctx: object, page: object, exported: Path, tmp_path: Path,
                                                              shown_errors: list) -> None:
    """Issue 13: the app's history shows imports too; merges explain themselves; rejected cells go back to the group."""
    from upr_desktop.importers import import_file

    csv_path = tmp_path / "extra.csv"
    csv_path.write_text("Ref,Recommendation,Recommending State,Response\n120.1,Train the police,Chile,Supported\n", encoding="utf-8")
    import_file(ctx.workspace, csv_path)  # type: ignore[attr-defined]
    returned = edit_return(exported, tmp_path / "WRN-return.xlsx", {"Comment": "Seen at the ministry", "Status": "Done-ish"})
    page.start_merge(str(returned))
    page.merge_panel.apply_button.click()
    history = page.history_panel
    history.reload()
    kinds = [history.model.index(r, 7).data() for r in range(history.model.rowCount())]
    assert kinds == ["Merge", "Import"]
    history.select(0)
    assert history.send_back_button.isEnabled() and history.undo_button.text().replace("&", "") == "Undo merge"
    history.details_button.click()
    text = history.explanation.text.toPlainText()
    assert "Merge 1: WRN-return.xlsx from WRN" in text and "not used: Recommendations!" in text and "Done-ish" in text
    target = tmp_path / "to fix.xlsx"
    history.choose_cells_target = lambda entry: str(target)
    history.send_back_button.click()
    assert target.exists() and "cells to fix" in history.note.text()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(min_row=4, values_only=True))
    assert [(r[2], r[3], r[4]) for r in rows] == [("115.2", "Status", "Done-ish")]
    history.select(1)
    assert not history.send_back_button.isEnabled() and history.undo_button.text().replace("&", "") == "Undo import"
    history.details_button.click()
    assert "added 120.1: Train the police" in history.explanation.text.toPlainText()
    history.undo_button.click()
    assert shown_errors == [] and "Undid the import of extra.csv" in history.note.text()
    assert history.model.index(1, 6).data() != "in effect"
    with ctx.workspace.session() as s:  # type: ignore[attr-defined]
        assert s.scalars(select(Recommendation).where(Recommendation.ref == "120.1")).first() is None


def test_a_returned_workbook_given_to_import_opens_the_merge_preview(ctx: object, page: object, exported: Path,
                                                                    qtbot: object, shown_errors: list) -> None:
    """Issue 13: a returned exchange workbook dropped on the import dialog goes to the merge preview."""
    from upr_desktop.ui.importing.dialog import ImportDialog

    opened: list[str] = []
    ctx.commands["merge"] = lambda *paths: opened.extend(paths)  # type: ignore[attr-defined]
    dialog = ImportDialog(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([str(exported)])
    assert opened == [str(exported)] and dialog.handed_to_merge == [str(exported)]
    assert dialog.files.count() == 0 and shown_errors == []


def test_the_export_panel_sets_who_workbooks_are_sent_by(ctx: object, page: object) -> None:
    from upr_desktop.operations import exchange as exchange_ops

    panel = page.export_panel
    assert panel.sender.text() == ""
    panel.sender.setText("Malee Thongdee")
    panel.sender.editingFinished.emit()
    assert exchange_ops.secretariat(ctx.workspace) == "Malee Thongdee"  # type: ignore[attr-defined]


def test_edit_undo_after_a_merge_undoes_the_merge(ctx: object, page: object, exported: Path, tmp_path: Path, shown_errors: list) -> None:
    from upr_desktop.operations import history as edit_history

    returned = edit_return(exported, tmp_path / "WRN-return.xlsx", {"Comment": "Seen at the ministry"})
    assert drop_files(page, [returned])
    merge = page.merge_panel
    assert merge.files.item(0).text() == "\u2714 will merge\n\u2068WRN-return.xlsx\u2069"  # clean: nothing to decide
    merge.apply_button.click()
    assert latest(ctx.workspace).comment == "Seen at the ministry"
    outcome = edit_history.undo(ctx.workspace)
    assert outcome.result == "Merge WRN-return.xlsx from WRN"
    assert latest(ctx.workspace).comment is None and latest(ctx.workspace).evidence == "Secretariat note"
    assert edit_history.undo_redo(ctx.workspace).undo != "Merge WRN-return.xlsx from WRN"
    assert shown_errors == []


def test_conflict_values_from_a_closed_list_speak_the_chosen_language(qapp: object) -> None:
    """Defect: the Arabic (and French...) conflict tables showed "Not implemented" / "Fully implemented" in English."""
    from PySide6.QtWidgets import QApplication

    from upr_desktop.ui.exchange.conflicts_model import ConflictRow, ConflictsModel
    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply("fr")
    try:
        model = ConflictsModel()
        model.set_rows([
            ConflictRow(("f", "Recommendations", "D2", "status"), None, "158.1", "status", "Recommendations", "D2",
                        "Not implemented", "Partially implemented", "Fully implemented"),
            ConflictRow(("f", "Recommendations", "F2", "evidence"), None, "158.1", "evidence", "Recommendations", "F2",
                        "Not implemented yet", "a", "b"),
        ])
        shown = [model.data(model.index(0, col)) for col in (2, 3, 4)]
        assert shown == ["Non mise en œuvre", "Partiellement mise en œuvre", "Pleinement mise en œuvre"], shown
        assert model.data(model.index(1, 2)) == "Not implemented yet"  # free text stays as written
        model.decide(0, "theirs")
        assert model.data(model.index(0, 6)) == "Pleinement mise en œuvre"
    finally:
        translations.apply("en")


def test_file_names_keep_their_direction_in_a_right_to_left_list(ctx: object, page: object, exported: Path, tmp_path: Path) -> None:
    """Defect: in Arabic the merge list showed "clean-return-MWSC.xlsx-1" for "1-clean-return-MWSC.xlsx"."""
    good = edit_return(exported, tmp_path / "1-clean-return.xlsx", {"Comment": "New comment"})
    page.start_merge(str(good))  # type: ignore[attr-defined]
    merge = page.merge_panel  # type: ignore[attr-defined]
    assert "\u20681-clean-return.xlsx\u2069" in merge.files.item(0).text()
    merge.files.setCurrentRow(0)
    assert "\u20681-clean-return.xlsx\u2069" in merge.status.text()
