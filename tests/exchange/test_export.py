"""Export: what the workbook holds, how it is protected, and how unsafe values are written."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from tests.exchange.helpers import column, row_of
from upr_desktop.core.services import consultations, recommendations
from upr_desktop.errors import UserError
from upr_desktop.exchange import layout, signing
from upr_desktop.exchange.export import export_workbook
from upr_desktop.exchange.workbook_reader import read_return


def test_workbook_structure(seeded, exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == ["Read me", "Recommendations", "Consultations", "Follow-up actions", "Lists", "upr_meta"]
    assert wb["upr_meta"].sheet_state == "veryHidden"
    assert wb["Lists"].sheet_state == "hidden"
    recs = wb["Recommendations"]
    assert recs.column_dimensions["A"].hidden
    # Ref and Recommendation stay in view, the cells to fill come right after them, then the context
    assert recs.protection.sheet and recs.freeze_panes == "D2"
    assert [c.value for c in recs[1]] == ["ID (do not edit)", "Ref", "Recommendation", "Status", "Assessment date", "Evidence",
                                          "Sources", "Comment", "Recommending States", "Response", "Themes", "Your role",
                                          "Latest status (all groups)"]
    assert all(c.comment is not None and c.comment.text.startswith("To fill in") for c in recs[1][3:8])
    assert all(c.comment is None for c in recs[1][:3] + recs[1][8:])
    r = row_of(recs, "Ref", "145.2")
    assert recs.cell(r, column(recs, "Status")).value == "Partially implemented"
    assert recs.cell(r, column(recs, "Evidence")).value == "Draft bill"
    assert recs.cell(r, column(recs, "Status")).protection.locked is False
    assert recs.cell(r, column(recs, "Recommendation")).protection.locked is True
    assert recs.cell(r, column(recs, "Evidence")).alignment.wrap_text
    assert "Unknown (2024-03-01, WV)" == recs.cell(r, column(recs, "Latest status (all groups)")).value
    refs = {recs.cell(i, 2).value for i in range(2, recs.max_row + 1)}
    assert refs == {"145.1", "145.2", "145.3", "145.4", "145.5"}
    formulas = {dv.formula1 for dv in recs.data_validations.dataValidation}
    assert "StatusList" in formulas
    assert "StatusList" in wb.defined_names and "KindList" in wb.defined_names
    cons = wb["Consultations"]
    assert cons.max_row == 2 + layout.BLANK_ROWS
    assert cons.cell(cons.max_row, column(cons, "Date")).protection.locked is False
    assert "Government participants" not in [c.value for c in cons[1]]
    readme = "\n".join(str(c.value) for row in wb["Read me"].iter_rows() for c in row if c.value)
    assert "Action for Children's Rights (ACR)" in readme and "What it means" in readme
    assert "Sent by the secretariat of Test Coalition on " in readme


def test_the_sender_is_the_secretariat_never_the_computer_account(seeded, tmp_path: Path) -> None:
    target = tmp_path / "ACR.xlsx"
    export_workbook(seeded, group="ACR", target=target, actor="root")
    readme = [str(c.value) for row in openpyxl.load_workbook(target)["Read me"].iter_rows() for c in row if c.value]
    assert not [line for line in readme if "root" in line.split()], readme
    assert read_return(target).meta["exported_by"] == "root"  # still recorded, for the secretariat's history


def test_metadata_is_signed_and_records_the_export(seeded, exported: Path) -> None:
    returned = read_return(exported)
    meta = returned.meta
    assert meta["format_version"] == layout.FORMAT_VERSION
    assert meta["workspace_id"] == seeded.uuid
    assert meta["group"]["acronym"] == "ACR" and meta["include_sensitive"] is False
    base = {b["ref"]: b for b in meta["base"]["Recommendations"]}
    assert base["145.2"]["status"] == "partially-implemented" and base["145.2"]["sources"] == "Gazette"
    with seeded.session() as s:
        key = signing.find_key(s)
        assert key is not None and signing.verify(key.key, returned.payload, returned.signature)
        from upr_desktop.core.domain.models import ExchangeExport

        export = s.query(ExchangeExport).one()
        assert export.export_id == meta["export_id"] and export.include_sensitive is False


def test_key_goes_to_keyring_when_one_works(seeded, exported: Path, memory_keyring) -> None:
    with seeded.session() as s:
        assert signing.find_key(s).where == "keyring"  # type: ignore[union-attr]
        from upr_desktop.core.domain.models import Workspace

        assert s.query(Workspace).one().signing_key is None
    assert any(user.startswith("signing:") for _svc, user in memory_keyring.store)


def test_key_falls_back_to_workspace_without_keyring(seeded, tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    result = export_workbook(seeded, group="ACR", target=tmp_path / "x.xlsx")
    assert result.notice and "keyring" in result.notice
    with seeded.session() as s:
        from upr_desktop.core.domain.models import Workspace

        assert s.query(Workspace).one().signing_key
        assert signing.find_key(s).where == "workspace"  # type: ignore[union-attr]


def test_sensitive_fields_only_when_asked(seeded, tmp_path: Path) -> None:
    plain = tmp_path / "plain.xlsx"
    export_workbook(seeded, group="ACR", target=plain)
    text = json.dumps(CalamineWorkbook.from_path(str(plain)).get_sheet_by_name("Consultations").to_python(), default=str)
    assert "Deputy Minister X" not in text
    full = tmp_path / "full.xlsx"
    result = export_workbook(seeded, group="ACR", target=full, include_sensitive=True)
    assert result.include_sensitive
    cons = CalamineWorkbook.from_path(str(full)).get_sheet_by_name("Consultations").to_python()
    assert "Government participants" in cons[0] and "Deputy Minister X" in json.dumps(cons, default=str)
    assert read_return(full).meta["include_sensitive"] is True


@pytest.mark.needs_file  # a NUL character, which a server cannot store
def test_formula_like_text_long_text_and_control_characters(seeded, tmp_path: Path) -> None:
    long_text = "ก" * (layout.CELL_LIMIT + 500)
    with seeded.transaction() as s:
        recommendations.add_recommendation(s, ref="146.1", text="=HYPERLINK(\"http://evil\")", response="supported")
        recommendations.add_recommendation(s, ref="146.2", text="Line one\x0bline two\x00 end", response="supported")
        recommendations.add_recommendation(s, ref="146.3", text=long_text, response="supported")
        from upr_desktop.core.services import assessments, assignments

        assignments.assign(s, "ACR", assignments.select_recommendations(s, refs=["146.1", "146.2", "146.3"]))
        assessments.record_assessment(s, ref="146.3", group="ACR", status="unknown", evidence="@SUM(A1)", sources="-1+2")
        consultations.log_consultation(s, held_on="2024-06-01", government_body="+Ministry", kind="dialogue", group="ACR", summary="x" * 40000)
    target = tmp_path / "odd.xlsx"
    result = export_workbook(seeded, group="ACR", target=target)
    assert any("146.3" in w and "shortened" in w for w in result.warnings)
    assert any("146.2" in w and "replaced" in w for w in result.warnings)
    wb = openpyxl.load_workbook(target)
    recs = wb["Recommendations"]
    cell = recs.cell(row_of(recs, "Ref", "146.1"), column(recs, "Recommendation"))
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK") and cell.quotePrefix
    assert recs.cell(row_of(recs, "Ref", "146.2"), column(recs, "Recommendation")).value == "Line one\nline two end"
    long_cell = recs.cell(row_of(recs, "Ref", "146.3"), column(recs, "Recommendation")).value
    assert layout.CELL_LIMIT - 10 < len(long_cell) <= layout.CELL_LIMIT and "more characters not shown" in long_cell
    assert recs.cell(row_of(recs, "Ref", "146.3"), column(recs, "Evidence")).data_type == "s"
    cons = wb["Consultations"]
    r = row_of(cons, "Government body", "+Ministry")
    summary = cons.cell(r, column(cons, "Summary"))
    assert summary.protection.locked is True  # too long to edit in a cell: locked, flagged
    from upr_desktop.exchange.return_check import read_checked

    assert read_checked(target).formulas == {}


def test_disk_full_leaves_no_file_and_records_nothing(seeded, tmp_path: Path) -> None:
    out = tmp_path / "out"
    target = out / "full-disk.xlsx"

    def failing_save(wb, path: Path) -> None:
        path.write_bytes(b"PK\x03\x04partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError, match="No space left"):
        export_workbook(seeded, group="ACR", target=target, save=failing_save)
    assert list(out.iterdir()) == []
    with seeded.session() as s:
        from upr_desktop.core.domain.models import ExchangeExport

        assert s.query(ExchangeExport).count() == 0


def test_export_errors(seeded, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="No member group"):
        export_workbook(seeded, group="NOPE", target=tmp_path / "x.xlsx")
    with seeded.transaction() as s:
        from upr_desktop.core.services import groups

        groups.add_group(s, name="Empty", acronym="EMP")
    with pytest.raises(UserError, match="no recommendations assigned"):
        export_workbook(seeded, group="EMP", target=tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_cli_export_all_and_scope(seeded, cli, tmp_path: Path) -> None:
    seeded.close()
    out = cli("export-workbook", "--all", "-o", str(tmp_path / "out"), json_output=True)
    assert sorted(e["group"] for e in out["exports"]) == ["ACR", "WV"]
    one = cli("export-workbook", "--group", "ACR", "--refs", "145.1,145.2", "-o", str(tmp_path / "two.xlsx"), json_output=True)
    assert one["exports"][0]["recommendations"] == 2
    themed = cli("export-workbook", "--group", "ACR", "--theme", "Justice", "-o", str(tmp_path / "j.xlsx"), json_output=True)
    assert themed["exports"][0]["recommendations"] == 2


def test_refs_asked_for_are_all_in_the_workbook_or_named(seeded, tmp_path: Path, cli) -> None:
    """`export-workbook --refs 145.1,999.9` wrote a workbook with 145.1 alone and said nothing of 999.9 (a
    typo) nor of 145.6 (assigned to another group): the secretariat sent a workbook short of what it meant."""
    seeded.close()
    target = tmp_path / "ACR.xlsx"
    err = cli("export-workbook", "--group", "ACR", "--refs", "145.1,999.9", "-o", str(target), expect=1)
    assert "Unknown recommendation references: 999.9" in err and not target.exists()
    out = cli("export-workbook", "--group", "ACR", "--refs", "145.1,145.6", "-o", str(target))
    assert "145.6" in out and "not assigned to ACR" in out, out
    assert target.exists()
