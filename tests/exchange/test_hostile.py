"""Bad and hostile returns: each is refused or rejected cell by cell, and changes nothing else."""

from __future__ import annotations

import unicodedata
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.exchange.conftest import seed
from tests.exchange.helpers import add_row, column, edited, merge_one, row_of, set_by_ref
from upr_desktop.core.domain.models import Assessment, Consultation, MergeBatch, Workspace
from upr_desktop.core.services import assessments
from upr_desktop.core.storage.workspace_file import create_workspace
from upr_desktop.exchange import cells, layout
from upr_desktop.exchange.export import export_workbook


def rezip(src: Path, dst: Path, change: dict[str, Callable[[bytes], bytes]], extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in change:
                data = change[info.filename](data)
            zout.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def counts(ws) -> tuple[int, int, int]:
    with ws.session() as s:
        return (s.scalar(select(func.count(Assessment.id))), s.scalar(select(func.count(Consultation.id))), s.scalar(select(func.count(MergeBatch.id))))


def refused(ws, path: Path, match: str, **kw) -> None:
    before = counts(ws)
    plan = merge_one(ws, path, **kw)
    assert plan.status == "refused", plan
    assert match.lower() in (plan.reason or "").lower(), plan.reason
    assert plan.as_json()["reason"] == plan.reason
    assert counts(ws) == before


def test_sheet_renamed(seeded, exported: Path, tmp_path: Path) -> None:
    path = edited(exported, tmp_path / "r.xlsx", lambda wb: setattr(wb["Consultations"], "title", "Meetings"))
    refused(seeded, path, "'Consultations' is missing")


def test_sheet_name_in_other_case_still_merges(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        set_by_ref(wb, "145.1", "Status", "Unknown")
        wb["Recommendations"].title = "recommendations "

    assert merge_one(seeded, edited(exported, tmp_path / "r.xlsx", edit)).added == 1


def test_id_column_deleted_falls_back_to_ref(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        set_by_ref(wb, "145.1", "Status", "Fully implemented")
        wb["Recommendations"].delete_cols(1)
        wb["Consultations"].delete_cols(1)
        add_row_no_id(wb)

    def add_row_no_id(wb):
        cons = wb["Consultations"]
        cons.cell(10, column(cons, "Date")).value = "2025-01-01"
        cons.cell(10, column(cons, "Government body")).value = "Police"
        cons.cell(10, column(cons, "Kind")).value = "Meeting"

    plan = merge_one(seeded, edited(exported, tmp_path / "r.xlsx", edit))
    assert plan.status == "merged" and plan.added == 2, (plan.rejected, plan.additions)
    assert any("ID column" in w and "Ref" in w for w in plan.warnings)
    assert any("ID column" in w and "Consultations" in w for w in plan.warnings)


def test_duplicated_ids(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        ws = wb["Recommendations"]
        src = row_of(ws, "Ref", "145.1")
        dst = ws.max_row + 1
        for c in range(1, ws.max_column + 1):
            ws.cell(dst, c).value = ws.cell(src, c).value
        ws.cell(src, column(ws, "Status")).value = "Unknown"
        ws.cell(dst, column(ws, "Status")).value = "Fully implemented"
        # an identical copy of another row is harmless
        src2, dst2 = row_of(ws, "Ref", "145.2"), dst + 1
        for c in range(1, ws.max_column + 1):
            ws.cell(dst2, c).value = ws.cell(src2, c).value

    plan = merge_one(seeded, edited(exported, tmp_path / "r.xlsx", edit))
    assert plan.status == "merged" and plan.added == 0
    dup = [r for r in plan.rejected if "several times" in r.reason]
    assert len(dup) == 2 and all(r.cell.startswith("A") for r in dup)


def test_ids_from_another_workspace(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        ws = wb["Recommendations"]
        ws.cell(row_of(ws, "Ref", "145.1"), 1).value = "11111111-2222-3333-4444-555555555555"
        set_by_ref(wb, "145.1", "Status", "Fully implemented")

    plan = merge_one(seeded, edited(exported, tmp_path / "r.xlsx", edit))
    assert plan.added == 0
    assert [r.reason for r in plan.rejected if r.sheet == "Recommendations"][0].startswith("this row's hidden ID is not")


def test_workbook_from_another_workspace(seeded, tmp_path: Path, cli) -> None:
    other = create_workspace(tmp_path / "other.uprw", name="Other Coalition", country="Thailand")
    seed(other)
    path = tmp_path / "other.xlsx"
    export_workbook(other, group="ACR", target=path)
    other.close()
    refused(seeded, path, "another workspace ('Other Coalition')")
    refused(seeded, path, "another workspace", trust_unsigned=True)
    seeded.close()
    out = cli("merge", str(path), expect=1)
    line = next(line for line in out.splitlines() if "another workspace" in line)
    assert line.count("other.xlsx") == 1, line  # was "other.xlsx: refused: other.xlsx: this workbook ..."


def _edit_payload(path: Path, dst: Path, old: str, new: str) -> Path:
    def edit(wb):
        meta = wb["upr_meta"]
        for row in meta.iter_rows():
            if row[0].value == "payload" and old in row[1].value:
                row[1].value = row[1].value.replace(old, new, 1)
                return
        raise AssertionError("payload text not found")

    return edited(path, dst, edit)


def test_metadata_edited_is_refused_unless_trusted(seeded, exported: Path, tmp_path: Path) -> None:
    path = _edit_payload(exported, tmp_path / "r.xlsx", '"status":"not-implemented"', '"status":"fully-implemented"')
    refused(seeded, path, "signature does not match")
    plan = merge_one(seeded, path, trust_unsigned=True)
    assert plan.status == "merged" and plan.trusted_unsigned
    with seeded.session() as s:
        assert s.scalars(select(MergeBatch.trusted_unsigned)).one() is True


def test_signature_broken(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        for row in wb["upr_meta"].iter_rows():
            if row[0].value == "signature":
                row[1].value = "0" * 64

    refused(seeded, edited(exported, tmp_path / "r.xlsx", edit), "signature")


def test_unknown_format_version(seeded, exported: Path, tmp_path: Path) -> None:
    path = _edit_payload(exported, tmp_path / "r.xlsx", '"format_version":1', '"format_version":99')
    refused(seeded, path, "format version 99", trust_unsigned=True)


def test_metadata_sheet_deleted_or_damaged(seeded, exported: Path, tmp_path: Path) -> None:
    refused(seeded, edited(exported, tmp_path / "a.xlsx", lambda wb: wb.remove(wb["upr_meta"])), "no exchange metadata")
    refused(seeded, _edit_payload(exported, tmp_path / "b.xlsx", "{", "<"), "metadata is damaged")


def test_formula_cells_are_rejected_never_stored(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        set_by_ref(wb, "145.1", "Evidence", '=HYPERLINK("http://evil","click")')
        set_by_ref(wb, "145.2", "Status", "=Lists!A2")
        add_row(wb, "Follow-up actions", {"Action": "=1+1"})

    plan = merge_one(seeded, edited(exported, tmp_path / "r.xlsx", edit))
    assert plan.added == 0
    reasons = [r for r in plan.rejected if "formula" in r.reason]
    assert {r.sheet for r in reasons} == {"Recommendations", "Follow-up actions"} and len(reasons) == 3
    with seeded.session() as s:
        assert not any("HYPERLINK" in (e or "") for e in s.scalars(select(Assessment.evidence)))


def test_values_outside_lists_unknown_refs_and_emptied_status(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        set_by_ref(wb, "145.1", "Status", "Almost done")
        set_by_ref(wb, "145.2", "Status", None)
        add_row(wb, "Consultations", {"Date": "2025-01-01", "Government body": "Police", "Kind": "Party", "Recommendations discussed (refs)": "145.1"})
        add_row(wb, "Consultations", {"Date": "2025-01-02", "Government body": "Courts", "Kind": "Meeting", "Recommendations discussed (refs)": "999.9"})
        add_row(wb, "Consultations", {"Government body": "No date", "Kind": "Meeting"})

    plan = merge_one(seeded, edited(exported, tmp_path / "r.xlsx", edit))
    reasons = [r.reason for r in plan.rejected]
    assert "'Almost done' is not in the Status list" in " ".join(reasons)
    assert any("cannot be emptied" in r for r in reasons)
    assert any("'Party' is not in the Kind list" in r for r in reasons)
    assert any("unknown recommendation ref(s): 999.9" in r for r in reasons)
    assert any("needs a Date" in r for r in reasons)
    assert plan.added == 0
    assert all(r.cell and r.sheet for r in plan.rejected)


def test_dates_as_text(seeded, exported: Path, tmp_path: Path) -> None:
    with seeded.transaction() as s:
        s.scalars(select(Workspace)).one().settings = {"date_format": "%d.%m.%Y"}

    def edit(wb):
        set_by_ref(wb, "145.1", "Assessment date", "2025-03-04")
        set_by_ref(wb, "145.1", "Status", "Unknown")
        set_by_ref(wb, "145.2", "Assessment date", "25/03/2025")
        set_by_ref(wb, "145.2", "Status", "Unknown")
        set_by_ref(wb, "145.3", "Assessment date", "04/03/2025")
        set_by_ref(wb, "145.3", "Status", "Unknown")
        set_by_ref(wb, "145.4", "Assessment date", "31.01.2025")
        set_by_ref(wb, "145.4", "Status", "Unknown")
        set_by_ref(wb, "145.5", "Assessment date", "next week")
        set_by_ref(wb, "145.5", "Status", "Unknown")

    plan = merge_one(seeded, edited(exported, tmp_path / "r.xlsx", edit))
    when = {a.label: a.values["assessed_on"] for a in plan.additions}
    assert when == {"145.1": "2025-03-04", "145.4": "2025-01-31"}
    text = " ".join(r.reason for r in plan.rejected)
    assert "could be 2025-03-04 or 2025-04-03" in text and "'next week' is not a date" in text
    # Defect (issue 13): "15/11/2026" was accepted though the sheet asks for YYYY-MM-DD; now the cell is named
    # with the date to write.
    assert "'25/03/2025' is not written as YYYY-MM-DD; write 2025-03-25 if that is the date meant." in text
    sheet = openpyxl.load_workbook(exported)["Recommendations"]
    where = f"{layout.column_letter(column(sheet, 'Assessment date') - 1)}{row_of(sheet, 'Ref', '145.2')}"
    assert [r.cell for r in plan.rejected if "25/03/2025" in r.reason] == [where]


def test_date_parsing_rules() -> None:
    assert cells.parse_date(date(2025, 1, 2)) == ("2025-01-02", None)
    assert cells.parse_date("2025-1-2") == ("2025-01-02", None)
    assert cells.parse_date(45000)[0] is None
    assert cells.parse_date("2031-01-01", allow_future=False, today=date(2030, 1, 1))[1] == "2031-01-01 is in the future."
    assert cells.parse_date("2025-02-30")[0] is None
    assert cells.parse_date("15 November 2026") == ("2026-11-15", None)
    assert cells.parse_date("15 de noviembre de 2026") == ("2026-11-15", None)
    assert cells.parse_date("15/11/2026")[0] is None


def test_control_characters_and_long_text_in_returns() -> None:
    assert cells.parse_text("a\x0bb\x00c") == ("a\nbc", None)
    assert cells.parse_text("x" * (layout.MAX_RETURNED_TEXT + 1))[0] is None
    assert cells.parse_text("x" * (layout.CELL_LIMIT + 10))[0] is not None  # a hostile file may hold more than Excel


def test_text_too_long_to_edit_is_locked_and_ignored(seeded, tmp_path: Path) -> None:
    with seeded.transaction() as s:
        c = s.scalars(select(Consultation).where(Consultation.government_body == "Ministry of Justice")).one()
        c.summary = "s" * (layout.CELL_LIMIT + 1000)
    path = tmp_path / "long.xlsx"
    export_workbook(seeded, group="ACR", target=path)

    def edit(wb):
        cons = wb["Consultations"]
        cons.cell(row_of(cons, "Government body", "Ministry of Justice"), column(cons, "Summary")).value = "short now"

    plan = merge_one(seeded, edited(path, tmp_path / "r.xlsx", edit))
    assert plan.updated == 0
    with seeded.session() as s:
        assert len(s.scalars(select(Consultation.summary).where(Consultation.government_body == "Ministry of Justice")).one()) == layout.CELL_LIMIT + 1000


@pytest.mark.parametrize("text", ["สถานการณ์สิทธิมนุษยชน ดีขึ้น", "လူ့အခွင့်အရေး တိုးတက်မှု", "تحسن حقوق الإنسان", "Évaluation réalisée"])
def test_scripts_nfc_nfd(seeded, tmp_path: Path, text: str) -> None:
    with seeded.transaction() as s:
        assessments.record_assessment(s, ref="145.1", group="ACR", status="unknown", evidence=text, assessed_on="2025-01-01")
    path = tmp_path / "x.xlsx"
    export_workbook(seeded, group="ACR", target=path)
    nfd = unicodedata.normalize("NFD", text)
    same = merge_one(seeded, edited(path, tmp_path / "same.xlsx", lambda wb: set_by_ref(wb, "145.1", "Evidence", nfd)))
    assert same.added == 0 and not same.conflicts
    changed = merge_one(seeded, edited(path, tmp_path / "new.xlsx", lambda wb: set_by_ref(wb, "145.1", "Evidence", nfd + " ๒")))
    assert changed.added == 1
    with seeded.session() as s:
        stored = s.scalars(select(Assessment.evidence).order_by(Assessment.id.desc())).first()
        assert stored == unicodedata.normalize("NFC", text + " ๒")


def test_truncated_file(seeded, exported: Path, tmp_path: Path) -> None:
    data = exported.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    refused(seeded, path, "damaged or incomplete")


def test_not_an_xlsx(seeded, tmp_path: Path) -> None:
    csv = tmp_path / "fake.xlsx"
    csv.write_text("ref,status\n145.1,done\n")
    refused(seeded, csv, "not an .xlsx workbook")
    xls = tmp_path / "old.xlsx"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    refused(seeded, xls, "97-2003")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    refused(seeded, empty, "empty")
    plain_zip = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(plain_zip, "w") as z:
        z.writestr("hello.txt", "hi")
    refused(seeded, plain_zip, "not an Excel workbook")


def test_entity_bomb(seeded, exported: Path, tmp_path: Path) -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>')

    def inject(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        return bomb + body

    path = rezip(exported, tmp_path / "bomb.xlsx", {"xl/sharedStrings.xml": inject} if _has(exported, "xl/sharedStrings.xml") else {"xl/worksheets/sheet2.xml": inject})
    refused(seeded, path, "DTD")


def _has(path: Path, name: str) -> bool:
    with zipfile.ZipFile(path) as z:
        return name in z.namelist()


def test_zip_bomb(seeded, exported: Path, tmp_path: Path) -> None:
    path = rezip(exported, tmp_path / "zipbomb.xlsx", {}, {"xl/media/padding.xml": b"\x00" * (8 * 1024 * 1024)})
    refused(seeded, path, "zip bomb")


def test_huge_dimension_is_harmless(seeded, exported: Path, tmp_path: Path) -> None:
    import re

    def widen(data: bytes) -> bytes:
        return re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', data)

    names = [n for n in zipfile.ZipFile(exported).namelist() if n.startswith("xl/worksheets/sheet")]
    path = rezip(exported, tmp_path / "wide.xlsx", {n: widen for n in names})
    plan = merge_one(seeded, path)
    assert plan.status == "merged"


def test_far_away_cell_is_refused(seeded, exported: Path, tmp_path: Path) -> None:
    path = edited(exported, tmp_path / "far.xlsx", lambda wb: wb["Recommendations"].cell(5, 16000, "x"))
    refused(seeded, path, "as far as column")


def test_one_bad_file_does_not_stop_the_others(seeded, exported: Path, tmp_path: Path) -> None:
    from upr_desktop.exchange.merge_run import merge_returns

    good = edited(exported, tmp_path / "good.xlsx", lambda wb: set_by_ref(wb, "145.1", "Status", "Unknown"))
    bad = tmp_path / "bad.xlsx"
    bad.write_text("nope")
    report = merge_returns(seeded, [bad, good])
    assert [f.status for f in report.files] == ["refused", "merged"]
    assert report.backup and Path(report.backup).exists()
