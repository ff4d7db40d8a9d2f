"""The History tab's sentences: names and labels, never ids or column names, from the one wording rule."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl

from upr_desktop import i18n
from upr_desktop.core.read.history_words import Names, sentence
from upr_desktop.core.read.recommendation_detail import recommendation_detail
from upr_desktop.core.services import assessments, assignments, groups, recommendations, selection
from upr_desktop.core.storage.workspace_file import WorkspaceFile

INTERNALS = re.compile(r"\w+_id\b|=|\bassessed_on\b|\bgroup_id\b|\btheme_id\b|[{}]")
NAMES = Names(groups={8: "FEW"}, themes={46: "Freedom of expression"},
              returns={31: ("FEW", date(2025, 10, 2))}, batches={4: ("FEW", date(2025, 10, 2))})


def test_a_merged_assessment_reads_as_a_sentence_with_the_group_and_its_return() -> None:
    words = sentence("assessment", "create", None, None,
                     '{"id":5,"recommendation_id":1,"group_id":8,"status":"partially-implemented","assessed_on":"2025-09-19"}',
                     5, "merge:FEW-return.xlsx", 31, NAMES)
    assert words.render() == "Status set to Partially implemented by FEW on 2025-09-19 (merged from FEW's return of 2025-10-02)"
    assert words.render(lambda d: d.strftime("%d %b %Y")) == (
        "Status set to Partially implemented by FEW on 19 Sep 2025 (merged from FEW's return of 02 Oct 2025)")


def test_themes_fields_and_values_are_named() -> None:
    theme = sentence("recommendation_theme", "create", None, None, '{"id":3,"recommendation_id":1,"theme_id":46}', 3, "local", 2, NAMES)
    assert theme.render() == "Theme Freedom of expression added"
    response = sentence("recommendation", "update", "response", '"noted"', '"supported"', 1, "import:matrix.xlsx", 3, NAMES)
    assert response.render() == "Response changed from \u201cNoted\u201d to \u201cSupported\u201d (imported from matrix.xlsx)"
    removed = sentence("assignment", "delete", None, '{"id":2,"recommendation_id":1,"group_id":99,"role":"lead"}', None, 2, "undo", 4, NAMES)
    assert removed.render() == "Assignment to a group since removed removed (undone)"
    decided = sentence("assessment", "update", "status", '"not-implemented"', '"fully-implemented"', 7,
                       "conflict:FEW-return.xlsx#merge-4", 9, NAMES)
    assert decided.render() == ("Assessment status changed from \u201cNot implemented\u201d to \u201cFully implemented\u201d "
                                "(conflict in FEW's return of 2025-10-02, decided here)")


def test_sentences_are_translated_with_the_labels() -> None:
    french = i18n.translator_for("fr")
    i18n.install_translator(lambda context, text: french.tr(text, context), "fr")
    try:
        words = sentence("assessment", "create", None, None, '{"group_id":8,"status":"not-implemented","assessed_on":"2025-09-19"}',
                         5, "merge:x.xlsx", 31, NAMES).render()
    finally:
        i18n.install_translator(lambda context, text: text)
    assert "FEW" in words and "2025-09-19" in words
    assert "Status set to" not in words and "Not implemented" not in words, words


def test_the_detail_history_of_a_real_workspace_names_everything(workspace: WorkspaceFile, tmp_path: Path) -> None:
    from upr_desktop.exchange.export import export_workbook
    from upr_desktop.exchange.merge_run import merge_returns

    with workspace.transaction() as s:
        groups.add_group(s, name="Foundation for Equality and Women", acronym="FEW")
        recommendations.add_recommendation(s, ref="158.1", text="Protect freedom of expression online.", response="supported",
                                           recommending_states=["France"], themes=["Media"])
        assignments.assign(s, "FEW", assignments.select_recommendations(s, refs=["158.1"]), role="lead", due_date=date(2026, 6, 30))
        assessments.record_assessment(s, ref="158.1", group="FEW", status="not-implemented", assessed_on="2025-09-01")
        rec_id = assignments.select_recommendations(s, refs=["158.1"])[0].id
    with workspace.transaction() as s:
        selection.set_themes_ids(s, [rec_id], ["Freedom of expression"])
    sent = tmp_path / "FEW.xlsx"
    export_workbook(workspace, group="FEW", target=sent)
    wb = openpyxl.load_workbook(sent)
    sheet = wb["Recommendations"]
    headers = {c.value: c.column for c in sheet[1]}
    sheet.cell(2, headers["Status"]).value = "Partially implemented"
    sheet.cell(2, headers["Assessment date"]).value = "2025-09-19"
    returned = tmp_path / "FEW-return.xlsx"
    wb.save(returned)
    merge_returns(workspace, [returned], actor="FEW")

    with workspace.session() as s:
        lines = [h.what.render() for h in recommendation_detail(s, rec_id).history]
    merged_on = date.today().isoformat()
    assert lines[0].startswith("Status set to Partially implemented by FEW on 2025-09-19 (merged from FEW's return of ")
    assert lines[0][-11:-1] <= merged_on
    assert "Theme Freedom of expression added" in lines
    assert "Assigned to FEW as Lead, due 2026-06-30" in lines
    assert "Status set to Not implemented by FEW on 2025-09-01" in lines
    for line in lines:
        assert not INTERNALS.search(line), line
