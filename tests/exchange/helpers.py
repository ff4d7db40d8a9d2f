"""Editing exchange workbooks in tests the way a person would in a spreadsheet program."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.exchange.merge_run import merge_returns, preview_merge
from upr_desktop.exchange.merge_plan import FilePlan


def column(ws: Worksheet, header: str) -> int:
    for cell in ws[1]:
        if cell.value == header:
            return cell.column
    raise KeyError(header)


def row_of(ws: Worksheet, header: str, value: Any) -> int:
    col = column(ws, header)
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col).value == value:
            return r
    raise KeyError(value)


def first_blank(ws: Worksheet) -> int:
    col = column(ws, "ID (do not edit)")
    for r in range(2, ws.max_row + 2):
        if ws.cell(r, col).value is None and all(ws.cell(r, c).value is None for c in range(1, ws.max_column + 1)):
            return r
    return ws.max_row + 1


def set_by_ref(wb: Any, ref: str, header: str, value: Any, sheet: str = "Recommendations") -> None:
    ws = wb[sheet]
    ws.cell(row_of(ws, "Ref", ref), column(ws, header)).value = value


def add_row(wb: Any, sheet: str, values: dict[str, Any]) -> int:
    ws = wb[sheet]
    r = first_blank(ws)
    for header, value in values.items():
        ws.cell(r, column(ws, header)).value = value
    return r


def edited(src: Path, dst: Path, edit: Any) -> Path:
    wb = openpyxl.load_workbook(src)
    edit(wb)
    wb.save(dst)
    return dst


def merge_one(ws: WorkspaceFile, path: Path, **kw: Any) -> FilePlan:
    return merge_returns(ws, [path], **kw).files[0]


def preview_one(ws: WorkspaceFile, path: Path, **kw: Any) -> FilePlan:
    return preview_merge(ws, [path], **kw).files[0]


# The Recommendations columns of the workbooks sent out before the cells to fill moved next to
# the recommendation (format 1 as first released): context first, the cells to fill from column I.
OLD_RECOMMENDATION_HEADERS = ["ID (do not edit)", "Ref", "Recommendation", "Recommending States", "Response", "Themes",
                              "Your role", "Latest status (all groups)", "Status", "Assessment date", "Evidence", "Sources",
                              "Comment"]


def as_old_layout(ws: WorkspaceFile, src: Path, dst: Path) -> Path:
    """The workbook as the first release wrote it: old column order, no recorded layout, signed again.

    Every cell keeps its value; only the columns move and the metadata loses what later versions
    added (language, layout), exactly as a workbook already out in the field has it.
    """
    import json

    from upr_desktop.exchange import signing, workbook_writer
    from upr_desktop.exchange.export import canonical_payload
    from upr_desktop.exchange.workbook_reader import read_return

    returned = read_return(src)
    meta = {k: v for k, v in returned.meta.items() if k not in ("language", "layout")}
    meta["format_version"] = 1
    payload = canonical_payload(meta)
    with ws.session() as s:
        key = signing.find_key(s)
        assert key is not None
        signature = signing.sign(key.key, payload)
    wb = openpyxl.load_workbook(src)
    recs = wb["Recommendations"]
    rows = [[c.value for c in row] for row in recs.iter_rows()]
    headers = rows[0]
    order = [headers.index(h) for h in OLD_RECOMMENDATION_HEADERS]
    for r, row in enumerate(rows, start=1):
        for c, source in enumerate(order, start=1):
            recs.cell(r, c).value = row[source]
    recs.freeze_panes = "B2"
    meta_ws = wb["upr_meta"]
    for r in range(1, meta_ws.max_row + 1):
        meta_ws.cell(r, 1).value = meta_ws.cell(r, 2).value = None
    for r, (k, v) in enumerate(workbook_writer.meta_rows(payload, signature), start=1):
        meta_ws.cell(r, 1).value, meta_ws.cell(r, 2).value = k, v
    assert json.loads(payload)["format_version"] == 1
    wb.save(dst)
    return dst
