"""The workbook as a field member sees it: rows tall enough, cells to fill in view, printable; old layouts still merge."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
from sqlalchemy import select

from tests.exchange.helpers import (
    OLD_RECOMMENDATION_HEADERS,
    as_old_layout,
    edited,
    merge_one,
    set_by_ref,
)
from tests.exchange.test_roundtrip import _current
from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.services import recommendations
from upr_desktop.exchange import layout, row_heights
from upr_desktop.exchange.export import export_workbook
from upr_desktop.exchange.workbook_reader import read_return

LONG = ("Take all necessary measures, including legislative ones, to guarantee that human rights defenders, journalists "
        "and members of civil society organisations can carry out their legitimate activities without fear of reprisals, "
        "including by ensuring prompt, impartial and effective investigations into all allegations of threats, harassment "
        "and attacks against them, bringing those responsible to justice, and providing adequate remedies to the victims")


def _long_recommendations_sheet(seeded, tmp_path: Path, ref: str):
    """ACR's Recommendations sheet once ``ref`` (the LONG text) is assigned to it."""
    from upr_desktop.core.services import assignments

    with seeded.transaction() as s:
        recommendations.add_recommendation(s, ref=ref, text=LONG, response="supported")
        assignments.assign(s, "ACR", assignments.select_recommendations(s, refs=[ref]), role="lead")
    target = tmp_path / "ACR.xlsx"
    export_workbook(seeded, group="ACR", target=target)
    return openpyxl.load_workbook(target)["Recommendations"]


def test_every_row_is_as_tall_as_its_wrapped_text(seeded, tmp_path: Path) -> None:
    recs = _long_recommendations_sheet(seeded, tmp_path, "145.9")
    widths = {c.key: c.width for c in layout.RECOMMENDATION_COLUMNS}
    headers = [c.value for c in recs[1]]
    keys = {c.header: c.key for c in layout.RECOMMENDATION_COLUMNS}
    for r in range(2, recs.max_row + 1):
        height = recs.row_dimensions[r].height
        assert height is not None, f"row {r} has no height"
        for c, header in enumerate(headers, start=1):
            value = recs.cell(r, c).value
            if isinstance(value, str) and keys[header] not in ("id",):
                assert height >= row_heights.text_height(value, widths[keys[header]]), (r, header)
    long_row = next(r for r in range(2, recs.max_row + 1) if recs.cell(r, 2).value == "145.9")
    one_line = row_heights.lines_height(1)
    assert recs.row_dimensions[long_row].height >= 8 * (one_line - row_heights.PADDING_PT)
    assert recs.row_dimensions[1].height >= 2 * (one_line - row_heights.PADDING_PT)  # "Latest status (all groups)" wraps


def test_heights_are_stored_as_fitted_rows_that_still_grow_when_edited(exported: Path) -> None:
    with zipfile.ZipFile(exported) as z:
        sheets = {n: z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")}
    rows = [row for xml in sheets.values() for row in re.findall(r"<row [^>]*>", xml)]
    assert any(' ht="' in row for row in rows)
    assert not any("customHeight" in row for row in rows)


def test_cells_to_fill_are_beside_the_recommendation_and_fit_a_small_screen(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    for name, columns in layout.SHEET_COLUMNS.items():
        ws = wb[name]
        last_editable = max(i for i, c in enumerate(columns) if c.editable)
        shown = [c for c in columns[: last_editable + 1] if not c.hidden]  # sensitive ones included
        # 8.9 px a character where Calc draws Calibri with a wider font: 1,250 px of the 1,270 it shows at 1,366
        assert sum(c.width for c in shown) <= 140, name
        for c, column in enumerate(columns[: len(list(ws[1]))], start=1):
            header = ws.cell(1, c)
            if column.editable and not column.sensitive:
                assert header.comment is not None and header.fill.fgColor.rgb.endswith("FFD966"), (name, column.key)
    recs = wb["Recommendations"]
    first_editable = min(i for i, c in enumerate(layout.RECOMMENDATION_COLUMNS) if c.editable)
    assert [c.key for c in layout.RECOMMENDATION_COLUMNS[:first_editable]] == ["id", "ref", "text"]
    assert recs.freeze_panes == "D2"
    assert wb["Consultations"].freeze_panes == "C2" and wb["Follow-up actions"].freeze_panes == "C2"


def test_each_sheet_prints_one_page_wide_with_its_header_row(seeded, tmp_path: Path) -> None:
    target = tmp_path / "ACR.xlsx"
    export_workbook(seeded, group="ACR", target=target, deadline="2030-06-30")
    wb = openpyxl.load_workbook(target)
    for name in layout.DATA_SHEETS:
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape"
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0) and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert ws.oddHeader.left.text == "Test Coalition – Action for Children's Rights (ACR)"
        assert ws.oddHeader.center.text == "&A" and ws.oddHeader.right.text == "Send back by 2030-06-30"
        assert ws.oddFooter.center.text == "Page &P"
    readme = wb["Read me"]
    assert readme.page_setup.orientation == "portrait" and readme.page_setup.fitToWidth == 1


def test_ampersands_in_names_are_not_taken_for_page_header_codes(seeded, tmp_path: Path) -> None:
    from upr_desktop.core.services.groups import update_group

    with seeded.transaction() as s:
        update_group(s, "ACR", name="Children & Youth &P Network")
    target = tmp_path / "ACR.xlsx"
    export_workbook(seeded, group="ACR", target=target)
    header = openpyxl.load_workbook(target)["Recommendations"].oddHeader.left.text
    assert header == "Test Coalition – Children && Youth &&P Network (ACR)"


def test_read_me_title_and_paragraphs_fit_their_rows(exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Read me"]
    assert ws.cell(1, 1).font.size == 14
    assert ws.row_dimensions[1].height >= 14 * row_heights.LINE_FACTOR
    span = sum(ws.column_dimensions[c].width for c in "AB")
    for r in range(1, ws.max_row + 1):
        text = ws.cell(r, 1).value
        if isinstance(text, str) and ws.cell(r, 2).value is None:
            assert ws.cell(r, 1).alignment.wrap_text
            assert ws.row_dimensions[r].height >= row_heights.text_height(text, span, size=ws.cell(r, 1).font.size or 11), text
    table = [[ws.cell(r, c).value for c in (1, 2)] for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value]
    assert table[0] == ["Status", "What it means"]
    assert [row[0] for row in table[1:]] == ["Not implemented", "Partially implemented", "Fully implemented", "Unknown"]


def test_rows_never_exceed_what_excel_allows(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        set_by_ref(wb, "145.1", "Evidence", "word " * 6000)

    path = edited(exported, tmp_path / "r.xlsx", edit)
    assert row_heights.text_height("word " * 6000, 30) == row_heights.MAX_ROW_PT
    assert merge_one(seeded, path).status == "merged"


def test_a_workbook_sent_with_the_old_column_order_still_merges(seeded, exported: Path, tmp_path: Path) -> None:
    old = as_old_layout(seeded, exported, tmp_path / "old.xlsx")
    wb = openpyxl.load_workbook(old)
    assert [c.value for c in wb["Recommendations"][1]] == OLD_RECOMMENDATION_HEADERS
    assert "layout" not in read_return(old).meta

    def edit(wb):
        set_by_ref(wb, "145.1", "Status", "Fully implemented")
        set_by_ref(wb, "145.1", "Evidence", "Law passed in March")
        set_by_ref(wb, "145.1", "Assessment date", date(2025, 3, 4))

    plan = merge_one(seeded, edited(old, tmp_path / "old-edited.xlsx", edit))
    assert plan.status == "merged" and not plan.rejected and not plan.conflicts and not plan.warnings
    a = _current(seeded, "145.1")
    assert (a.status, a.evidence, a.assessed_on) == ("fully-implemented", "Law passed in March", date(2025, 3, 4))
    with seeded.session() as s:
        assert s.scalars(select(Recommendation.current_status).where(Recommendation.ref == "145.1")).one() == "fully-implemented"


def test_an_unchanged_old_layout_workbook_merges_with_no_change(seeded, exported: Path, tmp_path: Path) -> None:
    plan = merge_one(seeded, as_old_layout(seeded, exported, tmp_path / "old.xlsx"))
    assert plan.status == "merged", plan.reason
    assert (plan.added, plan.updated, plan.conflicts, plan.rejected, plan.warnings) == (0, 0, [], [], [])


def test_refs_as_the_importer_writes_them_fit_their_column(seeded, tmp_path: Path) -> None:
    """A UPR Info import names recommendations "THA-25-123": in a Ref column 7 characters wide each one
    broke over two lines ("THA-25-" / "123"), on screen and on paper. The column takes the longest ref's
    width from the Recommendation column, so the cells to fill still fit a 1,366 px screen."""
    recs = _long_recommendations_sheet(seeded, tmp_path, "THA-25-123")
    keys = [c.key for c in layout.RECOMMENDATION_COLUMNS]
    widths = {key: recs.column_dimensions[layout.column_letter(i)].width for i, key in enumerate(keys)}
    assert widths["ref"] >= len("THA-25-123") + 1, widths["ref"]  # a character of width holds a digit or capital
    last_editable = max(i for i, c in enumerate(layout.RECOMMENDATION_COLUMNS) if c.editable)
    assert sum(widths[k] for k in keys[1:last_editable + 1]) <= 140
    row = next(r for r in range(2, recs.max_row + 1) if recs.cell(r, 2).value == "THA-25-123")
    assert recs.row_dimensions[row].height >= row_heights.text_height(LONG, widths["text"])
