"""Writing an exchange workbook with openpyxl: sheets, protection, dropdowns, hidden metadata.

Cells are made safe before openpyxl sees them: characters xlsx cannot hold are replaced (Word's
vertical tab becomes a line break), text longer than a cell can hold is shortened with a
visible note and its cell locked, and text that a spreadsheet could take for a formula
(starting with = + - @ or a tab) is stored as plain text with a quote prefix. Every such
change is reported in :attr:`PreparedWorkbook.warnings`; nothing is dropped silently.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from upr_desktop.core.domain import closed_lists
from upr_desktop.exchange import layout
from upr_desktop.exchange.content import ExportContent
from upr_desktop.i18n import tr

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_HEADER_FONT = Font(bold=True)
_LOCKED_FILL = PatternFill("solid", fgColor="E7E6E6")
_EDIT_FILL = PatternFill("solid", fgColor="FFF2CC")
_WRAP = Alignment(wrap_text=True, vertical="top")
_UNLOCKED = Protection(locked=False)
_DATE_FORMAT = "yyyy-mm-dd"


@dataclass
class PreparedSheet:
    columns: tuple[layout.Column, ...]
    rows: list[list[Any]]  # cell values in column order
    locked: set[tuple[int, int]] = field(default_factory=set)  # (row, col) editable cells locked (too long)
    blank_rows: int = 0


@dataclass
class PreparedWorkbook:
    sheets: dict[str, PreparedSheet]
    base: dict[str, list[dict[str, Any]]]
    warnings: list[str]


def _closed_label(kind: str, code: str | None) -> str | None:
    if not code:
        return None
    return closed_lists.label(layout.LIST_RANGES[kind][1], code)


def safe_text(value: str, where: str, warnings: list[str]) -> tuple[str, bool]:
    """Text ready for a cell, and whether it had to be shortened."""
    text, changed = layout.clean_text(value)
    if changed:
        warnings.append(tr("{where}: characters a spreadsheet cannot hold were replaced by line breaks or removed.", where=where))
    if not layout.fits(text):
        warnings.append(
            tr("{where}: the text has {count} characters, more than a spreadsheet cell holds ({limit}); "
               "the workbook shows it shortened and it cannot be edited there.", where=where, count=len(text), limit=layout.CELL_LIMIT)
        )
        return layout.shorten(text), True
    return text, False


def prepare(content: ExportContent) -> PreparedWorkbook:
    """Cell values for every sheet, base values in compare form, and what had to be changed."""
    warnings: list[str] = []
    sheets: dict[str, PreparedSheet] = {}
    base: dict[str, list[dict[str, Any]]] = {}
    for sheet, data in content.sheets.items():
        columns = layout.columns_for(sheet, include_sensitive=content.include_sensitive)
        prepared = PreparedSheet(columns, [], blank_rows=0 if sheet == layout.RECOMMENDATIONS_SHEET else layout.BLANK_ROWS)
        base_rows = []
        for r, (row, row_base) in enumerate(zip(data.rows, data.base, strict=True)):
            label = row.get("ref") or row.get("id")
            values: list[Any] = []
            row_base = dict(row_base)
            for c, col in enumerate(columns):
                value = row.get(col.key)
                if col.kind in LIST_KINDS:
                    value = _closed_label(col.kind, value)
                elif isinstance(value, str):
                    value, too_long = safe_text(value, f"{sheet} {label} {col.header}", warnings)
                    if too_long and col.editable:
                        prepared.locked.add((r, c))
                        row_base.setdefault("_locked", []).append(col.key)
                values.append(value)
            prepared.rows.append(values)
            base_rows.append(row_base)
        sheets[sheet] = prepared
        base[sheet] = base_rows
    return PreparedWorkbook(sheets, base, warnings)


LIST_KINDS = tuple(layout.LIST_RANGES)


def _put(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if value.startswith(_FORMULA_STARTS):
            cell.quotePrefix = True
    elif isinstance(value, datetime | date):
        cell.value = value
        cell.number_format = _DATE_FORMAT
    else:
        cell.value = value
    return cell


def _lists_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet(layout.LISTS_SHEET)
    for col, (kind, (name, list_name)) in enumerate(layout.LIST_RANGES.items(), start=1):
        labels = [c.label for c in closed_lists.choices(list_name)]
        ws.cell(row=1, column=col, value=kind)
        for i, text in enumerate(labels, start=2):
            ws.cell(row=i, column=col, value=text)
        letter = layout.column_letter(col - 1)
        ref = f"'{layout.LISTS_SHEET}'!${letter}$2:${letter}${len(labels) + 1}"
        wb.defined_names[name] = DefinedName(name, attr_text=ref)
    ws.sheet_state = "hidden"
    ws.protection.sheet = True


def _data_sheet(wb: Workbook, name: str, prepared: PreparedSheet) -> None:
    ws = wb.create_sheet(name)
    columns = prepared.columns
    for c, col in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=c, value=col.header)
        cell.font = _HEADER_FONT
        cell.fill = _EDIT_FILL if col.editable else _LOCKED_FILL
        cell.alignment = _WRAP
        dim = ws.column_dimensions[layout.column_letter(c - 1)]
        dim.width = col.width
        if col.hidden:
            dim.hidden = True
    total = len(prepared.rows) + prepared.blank_rows
    # Styling each cell attribute by attribute is openpyxl's slow path; style one scratch cell
    # per kind of column and copy its style array to every cell of that kind.
    scratch = wb.create_sheet("scratch")
    styles: dict[tuple[bool, bool, bool, bool], Any] = {}

    def style_for(wrap: bool, unlocked: bool, is_date: bool, quote: bool) -> Any:
        key = (wrap, unlocked, is_date, quote)
        if key not in styles:
            cell = scratch.cell(row=len(styles) + 1, column=1)
            if wrap:
                cell.alignment = _WRAP
            if unlocked:
                cell.protection = _UNLOCKED
                cell.fill = _EDIT_FILL
            if is_date:
                cell.number_format = _DATE_FORMAT
            if quote:
                cell.quotePrefix = True
            styles[key] = cell._style
        return styles[key]

    wraps = [col.kind in ("text", "label", "refs") for col in columns]
    blank = [None] * len(columns)
    for r in range(total):
        values = prepared.rows[r] if r < len(prepared.rows) else blank
        for c, col in enumerate(columns):
            value = values[c]
            quote = isinstance(value, str) and value.startswith(_FORMULA_STARTS)
            unlocked = col.editable and (r, c) not in prepared.locked
            is_date = col.kind == "date" or isinstance(value, datetime | date)
            # Made directly with its style (Cell copies the array), not through ws.cell() and a copy.
            cell = Cell(ws, row=r + 2, column=c + 1, style_array=style_for(wraps[c], unlocked, is_date, quote))
            if value is not None:
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
            ws._add_cell(cell)
    wb.remove(scratch)
    last = total + 1
    for c, col in enumerate(columns):
        if col.kind in layout.LIST_RANGES and total:
            dv = DataValidation(
                type="list", formula1=layout.LIST_RANGES[col.kind][0], allow_blank=True,
                showErrorMessage=True, errorTitle=tr("Choose from the list"),
                error=tr("Pick one of the values in the dropdown list."),
            )
            letter = layout.column_letter(c)
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
        elif col.kind == "date" and col.editable and total:
            dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                                showErrorMessage=False, promptTitle=tr("Date"), prompt=tr("Write the date as YYYY-MM-DD."),
                                showInputMessage=True)
            letter = layout.column_letter(c)
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{layout.column_letter(len(columns) - 1)}{max(last, 2)}"
    prot = ws.protection
    prot.sheet = True
    prot.sort = False
    prot.autoFilter = False
    prot.formatColumns = False
    prot.formatRows = False


def _readme_sheet(ws: Worksheet, lines: Sequence[str]) -> None:
    ws.title = layout.README_SHEET
    ws.column_dimensions["A"].width = 110
    for i, line in enumerate(lines, start=1):
        cell = _put(ws, i, 1, line)
        cell.alignment = _WRAP
        if i == 1:
            cell.font = Font(bold=True, size=14)
    ws.protection.sheet = True


def meta_rows(payload: str, signature: str, extra: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Rows of the metadata sheet: signature, the signed payload in chunks, unsigned notes."""
    chunks = [payload[i : i + layout.META_CHUNK] for i in range(0, len(payload), layout.META_CHUNK)] or [""]
    rows = [("upr-desktop exchange metadata", "do not edit"), ("signature", signature), ("chunks", str(len(chunks)))]
    rows += [("payload", chunk) for chunk in chunks]
    rows += sorted((extra or {}).items())
    return rows


def _meta_sheet(wb: Workbook, rows: list[tuple[str, str]]) -> None:
    ws = wb.create_sheet(layout.META_SHEET)
    for i, (key, value) in enumerate(rows, start=1):
        _put(ws, i, 1, key)
        _put(ws, i, 2, value)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True


def render(prepared: PreparedWorkbook, readme: Sequence[str], meta: list[tuple[str, str]]) -> Workbook:
    """The whole workbook in memory (small: a group's few hundred rows)."""
    wb = Workbook()
    _readme_sheet(wb.active, readme)
    for name in layout.DATA_SHEETS:
        _data_sheet(wb, name, prepared.sheets[name])
    _lists_sheet(wb)
    _meta_sheet(wb, meta)
    wb.active = 1
    wb.security = WorkbookProtection(lockStructure=True)
    return wb


class _SheetsInMemory(ExcelWriter):
    """openpyxl's writer, with each worksheet's XML built in memory.

    openpyxl writes every worksheet to a temporary file, then copies it into the zip and deletes
    it; on a busy disk creating and deleting those six files took longer than the rest of the
    export. A group's sheets are small, so memory is the better place for them.
    """

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        out = io.BytesIO()
        writer = WorksheetWriter(ws, out=out)
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], out.getvalue())
        self.manifest.append(ws)


def save(wb: Workbook, path: Path) -> None:
    """Save to ``path`` (a temporary file: the caller moves it into place)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _SheetsInMemory(wb, archive).save()
