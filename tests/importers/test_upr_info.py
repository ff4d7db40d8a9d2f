"""UPR Info exports: legacy BIFF .xls, the Excel-for-Mac CSV, current xlsx/csv; filters, re-imports and updates."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEGACY_HEADERS, MAC_HEADERS, write_xls, write_xlsx
from sqlalchemy import select

from upr_desktop.core.services.changelog import revert_operation
from upr_desktop.core.domain.models import ChangeLog, ImportRun, Operation, Recommendation
from upr_desktop.core.services import assessments, assignments, groups
from upr_desktop.core.services.lookup import recommendation_by_ref
from upr_desktop.errors import UserError
from upr_desktop.importers import ImportOptions, detect, import_file
from upr_desktop.importers.readers import SourceFile

LEGACY_ROWS = [
    ["Thailand", "Asia", "ASEAN, OIC", "Ratify the Convention against Torture and its Optional Protocol", "France", "WEOG", "EU, OIF", "Accepted", 4.0, "International instruments,Torture and other CID treatment", 12.0],
    ["Thailand", "Asia", "ASEAN", "  Abolish the death penalty   ", "Türkiye", "WEOG", "", "Noted", 5.0, "Death penalty", 25.0],
    ["Viet Nam", "Asia", "ASEAN", "Protect journalists", "Sweden", "WEOG", "EU", "Accepted", 3.0, "Freedom of opinion and expression", 18.0],
    ["Thailand", "Asia", "", "", "Sweden", "WEOG", "", "Accepted", 3.0, "Justice", 18.0],
    ["Thailand", "Asia", "", "Guarantee the right to education", "Iran (Islamic Republic of)", "Asia", "OIC", "Maybe", 2.0, "Right to education", 26.0],
    ["Thailand", "Asia", "", "Combat trafficking", "Viet Nam", "Asia", "", "Accepted", 3.0, "Trafficking", "eighteen"],
    ["Thailand", "Asia", "", "Strengthen the national human rights institution", "Cote d'Ivoire", "Africa", "AU, OIF", "accepted", 3.0, "National Human Rights Institution", 26.0],
]


@pytest.fixture
def legacy_xls(tmp_path: Path) -> Path:
    return write_xls(tmp_path / "UPR_export.xls", "UPR Info database export", [LEGACY_HEADERS, *LEGACY_ROWS])


def test_legacy_xls_is_read_by_calamine_with_its_shape(legacy_xls: Path) -> None:
    import python_calamine as pc

    book = pc.CalamineWorkbook.from_path(str(legacy_xls))
    assert book.sheet_names == ["UPR Info database export"]
    rows = book.get_sheet_by_name("UPR Info database export").to_python()
    assert rows[0] == LEGACY_HEADERS  # the repeated Rgrp/Org headers survive
    assert rows[1][10] == 12 and rows[1][8] == 4  # BIFF numbers (floats) come back whole
    importer, confidence = detect(SourceFile.open(legacy_xls))
    assert importer.name == "upr-info" and confidence > 0.9


def test_legacy_xls_imports_workspace_state_only(workspace, legacy_xls: Path, recs) -> None:
    report = import_file(workspace, legacy_xls)
    assert (report.format, report.added, report.updated, report.unchanged) == ("upr-info", 3, 0, 0)
    assert report.left_out == 1 and report.left_out_states == {"Viet Nam": 1}
    assert [(e.row, e.message) for e in report.errors] == [
        (5, "the recommendation text is empty"),
        (6, "the response 'Maybe' is not one of Supported, Noted, Supported/Noted (partially supported) or Pending"),
        (7, "the session 'eighteen' is not a UPR session number"),
    ]
    assert report.skipped == 3
    assert report.mapping["Rgrp"] == "ignore" and report.mapping["SuR"] == "state_under_review"
    first, second, third = recs()
    assert first.text == "Ratify the Convention against Torture and its Optional Protocol"
    assert first.recommending_states == ["France"] and first.response == "supported"
    assert (first.session, first.cycle, first.action_category) == (12, 1, 4)
    assert [t.name for t in first.themes] == ["International instruments", "Torture and other CID treatment"]
    assert second.text == "Abolish the death penalty"  # trimmed, otherwise as written
    assert second.recommending_states == ["Türkiye"] and second.response == "noted" and second.cycle == 2
    assert third.recommending_states == ["Côte d'Ivoire"] and third.cycle == 2
    assert {r.state_under_review for r in recs()} == {"Thailand"}
    assert {r.source_format for r in recs()} == {"upr-info"}


def test_reimport_is_a_no_op_and_keeps_coalition_work(workspace, legacy_xls: Path, recs, counts) -> None:
    import_file(workspace, legacy_xls)
    with workspace.transaction() as s:
        groups.add_group(s, name="Women's Network", acronym="WN")
    ref = recs()[0].ref
    with workspace.transaction() as s:
        assignments.assign(s, "WN", [recommendation_by_ref(s, ref)], role="lead")
        assessments.record_assessment(s, ref=ref, group="WN", status="partially-implemented")
    before = counts()
    report = import_file(workspace, legacy_xls)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    after = counts()
    assert after["recommendations"] == before["recommendations"] and after["changes"] == before["changes"]
    assert after["runs"] == before["runs"] + 1
    with workspace.session() as s:
        rec = s.scalars(select(Recommendation).where(Recommendation.ref == ref)).one()
        assert len(rec.assignments) == 1 and len(rec.assessments) == 1


def test_newer_export_updates_changed_fields_with_change_log(workspace, tmp_path: Path, legacy_xls: Path, recs) -> None:
    import_file(workspace, legacy_xls)
    newer = [list(r) for r in LEGACY_ROWS]
    newer[0][7] = "Noted"  # response changed
    newer[0][9] = "International instruments,Torture and other CID treatment,Justice"  # one more issue
    newer.append(["Thailand", "Asia", "", "Protect human rights defenders", "Norway", "WEOG", "", "Accepted", 4.0, "Human rights defenders", 39.0])
    path = write_xls(tmp_path / "newer.xls", "UPR Info database export", [LEGACY_HEADERS, *newer])
    report = import_file(workspace, path)
    assert (report.added, report.updated, report.unchanged) == (1, 1, 2)
    changed = recs()[0]
    assert changed.response == "noted"
    assert "Justice" in [t.name for t in changed.themes]
    with workspace.session() as s:
        run = s.scalars(select(ImportRun).order_by(ImportRun.id.desc())).first()
        logs = s.scalars(select(ChangeLog).where(ChangeLog.operation_id == run.operation_id)).all()
        update = [c for c in logs if c.op == "update"]
        assert [(c.entity_id, c.field, c.old_value, c.new_value) for c in update] == [(changed.id, "response", '"supported"', '"noted"')]
        assert any(c.entity == "recommendation_theme" and c.op == "create" for c in logs)
        assert any(c.entity == "recommendation" and c.op == "create" for c in logs)
        assert s.get(Operation, run.operation_id).source == "import:newer.xls"


def test_import_can_be_reverted_as_one_operation(workspace, legacy_xls: Path, counts) -> None:
    report = import_file(workspace, legacy_xls)
    with workspace.transaction() as s:
        run = s.get(ImportRun, report.import_run_id)
        revert_operation(s, run.operation_id)
    assert counts()["recommendations"] == 0


def test_mac_csv_macroman_bare_cr(workspace, tmp_path: Path, recs) -> None:
    lines = [",".join(MAC_HEADERS)]
    lines.append('Thailand,Asia,ASEAN,"Ensure that women’s rights are respected, including in rural areas",Côte d\'Ivoire,Africa,"AU, OIF",Accepted,3,"Women\'s rights,Rural areas",12')
    lines.append('Thailand,Asia,ASEAN,"Adopt a law — “without delay”",Türkiye,WEOG,,Noted,2,Justice,26')
    path = tmp_path / "export mac.csv"
    path.write_bytes("\r".join(lines).encode("mac_roman") + b"\r")
    report = import_file(workspace, path)
    assert (report.format, report.added, report.errors) == ("upr-info", 2, [])
    first, second = recs()
    assert first.text == "Ensure that women’s rights are respected, including in rural areas"
    assert first.recommending_states == ["Côte d'Ivoire"]
    assert second.text == "Adopt a law — “without delay”" and second.recommending_states == ["Türkiye"]


def test_current_xlsx_with_renamed_reordered_and_extra_columns(workspace, tmp_path: Path, recs) -> None:
    header = ["ID", "Session", "Cycle", "Recommending State", "State under Review", "Recommendation", "Response",
              "Action category", "Issues", "Regional group of SuR", "Comments (our own)"]
    rows = [
        [5501, 18, 2, "Viet Nam", "Thailand", "Ratify ICPPED", "Supported", 4, "Enforced disappearances", "Asia", "x"],
        [5502, "18", 2, "United Kingdom of Great Britain and Northern Ireland", "Thailand", "Invite the Special Rapporteur", "Accepted in part", 2, "Special procedures", "Asia", ""],
    ]
    path = write_xlsx(tmp_path / "current.xlsx", [header, *rows], sheet="Export")
    report = import_file(workspace, path)
    assert (report.format, report.added) == ("upr-info", 2)
    assert report.mapping["Comments (our own)"] == "ignore"
    one, two = recs()
    assert one.recommending_states == ["Viet Nam"] and one.session == 18 and one.source_key == "ref:upr-info:5501"
    assert two.response == "partially-supported" and two.recommending_states == ["United Kingdom of Great Britain and Northern Ireland"]
    # The same rows reordered and with a text fix: identity is the ID, so it is an update.
    rows[0][5] = "Ratify the ICPPED"
    path2 = write_xlsx(tmp_path / "current2.xlsx", [header, rows[1], rows[0]], sheet="Export")
    report = import_file(workspace, path2)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    assert recs()[0].text == "Ratify the ICPPED"


def test_split_accepted_in_part_rows_merge_into_partially_supported(workspace, tmp_path: Path, recs) -> None:
    rows = [LEGACY_HEADERS,
            ["Thailand", "Asia", "", "Review the lèse-majesté law", "Sweden", "WEOG", "", "Accepted", 3, "Justice", 25],
            ["Thailand", "Asia", "", "Review the lèse-majesté law", "Sweden", "WEOG", "", "Noted", 3, "Justice", 25],
            ["Thailand", "Asia", "", "Review the lèse-majesté law", "Sweden", "WEOG", "", "Noted", 3, "Justice", 25]]
    report = import_file(workspace, write_xls(tmp_path / "split.xls", "UPR Info database export", rows))
    assert (report.added, report.merged_rows) == (1, 1)
    assert [(e.row, e.message) for e in report.errors] == [(4, "the same recommendation as row 2; skipped")]
    assert recs()[0].response == "partially-supported"


def test_filters_country_all_states_cycle_session(workspace, legacy_xls: Path, recs) -> None:
    report = import_file(workspace, legacy_xls, ImportOptions(country="Vietnam"), dry_run=True)
    assert (report.added, report.left_out) == (1, 3) and report.errors == []  # other States' bad rows are not ours
    report = import_file(workspace, legacy_xls, ImportOptions(all_states=True), dry_run=True)
    assert (report.added, report.left_out, report.skipped) == (4, 0, 3)
    report = import_file(workspace, legacy_xls, ImportOptions(cycle=2))
    assert (report.added, report.left_out) == (2, 2)
    assert sorted(r.session for r in recs()) == [25, 26]
    report = import_file(workspace, legacy_xls, ImportOptions(session=12))
    assert (report.added, report.unchanged, report.left_out) == (1, 0, 3)
    with pytest.raises(Exception, match="not a UN member"):
        import_file(workspace, legacy_xls, ImportOptions(country="Atlantis"))


def test_file_of_another_state_says_what_it_holds(workspace, tmp_path: Path, counts) -> None:
    """Refused, naming what it holds: nothing is written (no import run either), the file is not taken as ours."""
    path = write_xls(tmp_path / "vn.xls", "UPR Info database export", [LEGACY_HEADERS, LEGACY_ROWS[2]])
    before = counts()
    with pytest.raises(UserError, match=r"vn\.xls holds recommendations to Viet Nam \(1\), none to Thailand.*--all-states"):
        import_file(workspace, path)
    assert counts() == before


def test_unknown_states_are_kept_and_reported(workspace, tmp_path: Path, recs) -> None:
    rows = [LEGACY_HEADERS, ["Thailand", "Asia", "", "Cooperate with the treaty bodies", "Sovereign Order of Malta", "Observer", "", "Accepted", 2, "Treaty bodies", 25]]
    report = import_file(workspace, write_xls(tmp_path / "obs.xls", "UPR Info database export", rows))
    assert report.added == 1
    assert recs()[0].recommending_states == ["Sovereign Order of Malta"]
    assert any("Sovereign Order of Malta (1)" in w for w in report.warnings)


def test_backup_is_taken_before_writing(workspace, legacy_xls: Path) -> None:
    from upr_desktop.core.storage.backups import list_backups

    report = import_file(workspace, legacy_xls)
    assert report.backup and Path(report.backup).exists()
    assert [b.reason for b in list_backups(workspace.path)] == ["before-import"]
    import_file(workspace, legacy_xls)  # nothing to write: no new backup
    assert len(list_backups(workspace.path)) == 1


def test_header_repeated_mid_sheet_is_skipped(workspace, tmp_path: Path) -> None:
    rows = [LEGACY_HEADERS, LEGACY_ROWS[0], LEGACY_HEADERS, LEGACY_ROWS[1], [None] * 11, LEGACY_ROWS[6]]
    report = import_file(workspace, write_xls(tmp_path / "pages.xls", "UPR Info database export", rows))
    assert (report.added, report.skipped, report.errors) == (3, 0, [])


def test_workbook_corruption_flag_falls_back_to_xlrd(workspace, legacy_xls: Path, monkeypatch, recs) -> None:
    """Old PHP-made files some readers stop at: if calamine refuses one, xlrd reads it ignoring the flag."""
    import python_calamine as pc
    import xlrd

    calls: list[dict[str, object]] = []
    real_open = xlrd.open_workbook

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise pc.CalamineError("Workbook corruption: seen[2] == 4")

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(kwargs)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(pc.CalamineWorkbook, "from_path", refuse)
    monkeypatch.setattr(xlrd, "open_workbook", spy)
    report = import_file(workspace, legacy_xls)
    assert report.added == 3 and calls and calls[0]["ignore_workbook_corruption"] is True
    assert recs()[0].session == 12
