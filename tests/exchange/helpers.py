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
