"""Writing an exchange workbook with openpyxl: sheets, protection, dropdowns, hidden metadata.

Cells are made safe before openpyxl sees them: characters xlsx cannot hold are replaced (Word's
vertical tab becomes a line break), text longer than a cell can hold is shortened with a
visible note and its cell locked, and text that a spreadsheet could take for a formula
(starting with = + - @ or a tab) is stored as plain text with a quote prefix. Every such
change is reported in :attr:`PreparedWorkbook.warnings`; nothing is dropped silently.

The sheets are laid out for a person who only has a spreadsheet program: every row is as tall
as its wrapped text (:mod:`row_heights`; the height is stored as a fitted one, not a custom one,
so Excel and Calc still grow the row when a member types more), the cells to fill are coloured
and explained in their header's comment, the header row and the first columns stay in view, and
each sheet prints landscape, one page wide, with its header row and a page header on every page.
Everything a person reads is in the workbook's language.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from upr_desktop.core.domain import closed_lists
from upr_desktop.exchange import layout, row_heights
from upr_desktop.exchange.content import ExportContent
from upr_desktop.exchange.readme import Block, PageHeader
from upr_desktop.i18n import Translator, tr, translator_for
from upr_desktop.spreadsheets import read_right_to_left

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Named, or Calc takes the theme's heading font (Cambria) for a bold cell. Calibri has no Thai, Burmese or
# Arabic letters: Excel and Calc draw those from the computer's font for the script (Leelawadee UI or Tahoma,
# Myanmar Text, Arial or Noto...), as in any cell; naming such a font instead would make the Latin text
# (recommendations stay in English) wider than the row heights are measured for (row_heights.py).
_FONT_NAME = "Calibri"
_HEADER_FONT = Font(name=_FONT_NAME, bold=True)
_LOCKED_FILL = PatternFill("solid", fgColor="E7E6E6")
_EDIT_FILL = PatternFill("solid", fgColor="FFF2CC")
_EDIT_HEADER_FILL = PatternFill("solid", fgColor="FFD966")
_WRAP = Alignment(wrap_text=True, vertical="top")
_UNLOCKED = Protection(locked=False)
_DATE_FORMAT = "yyyy-mm-dd"
_FONT_SIZE = 11.0
_FILTER_BUTTON = 2.5  # characters of a header cell that its filter button covers
# Kinds of column whose cells wrap (and so set the row's height); ids and dates never do.
_WRAPPED_KINDS = ("text", "label", "refs", *layout.LIST_RANGES)


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
    translator: Translator = field(default_factory=lambda: translator_for(None))


def _closed_label(kind: str, code: str | None, translator: Translator) -> str | None:
    if not code:
        return None
    return closed_lists.label(layout.LIST_RANGES[kind][1], code, translator)


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


def prepare(content: ExportContent, translator: Translator | None = None) -> PreparedWorkbook:
    """Cell values for every sheet (closed lists in the workbook's language), base values in compare form, and what had to be changed."""
    translator = translator or translator_for(None)
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
                    value = _closed_label(col.kind, value, translator)
                elif isinstance(value, str):
                    value, too_long = safe_text(value, f"{sheet} {label} {col.header}", warnings)
                    if too_long and col.editable:
                        prepared.locked.add((r, c))
                        row_base.setdefault("_locked", []).append(col.key)
                values.append(value)
            prepared.rows.append(values)
            base_rows.append(row_base)
        if sheet == layout.RECOMMENDATIONS_SHEET:
            prepared.columns = _refs_fitted(prepared)
        sheets[sheet] = prepared
        base[sheet] = base_rows
    return PreparedWorkbook(sheets, base, warnings, translator)


_REF_WIDTH_MAX = 14  # "A/HRC/28/16" and the like; longer refs wrap


def _refs_fitted(prepared: PreparedSheet) -> tuple[layout.Column, ...]:
    """The Ref column as wide as the longest ref (a UPR Info import writes "THA-25-123", which broke over two
    lines in 7 characters), the width taken from the Recommendation column so the cells to fill stay in view."""
    columns = prepared.columns
    keys = [c.key for c in columns]
    if "ref" not in keys or "text" not in keys:
        return columns
    ref_at, text_at = keys.index("ref"), keys.index("text")
    longest = max((len(str(row[ref_at])) for row in prepared.rows if row[ref_at]), default=0)
    extra = min(longest + 1, _REF_WIDTH_MAX) - columns[ref_at].width
    if extra <= 0:
        return columns
    fitted = list(columns)
    fitted[ref_at] = replace(columns[ref_at], width=columns[ref_at].width + extra)
    fitted[text_at] = replace(columns[text_at], width=columns[text_at].width - extra)
    return tuple(fitted)


LIST_KINDS = tuple(layout.LIST_RANGES)


def workbook_layout(translator: Translator, *, include_sensitive: bool) -> dict[str, Any]:
    """The names a person sees, as written: sheet titles, headers by column key, list labels by code.

    Kept in the signed metadata, so the merge finds the sheets, columns and dropdown values of
    this very workbook even if a later version of the app words them differently.
    """
    return {
        "sheets": {name: layout.sheet_title(name, translator) for name in layout.DATA_SHEETS},
        "headers": {name: {c.key: layout.header_text(c, translator) for c in layout.columns_for(name, include_sensitive=include_sensitive)}
                    for name in layout.DATA_SHEETS},
        "lists": {kind: {c.code: closed_lists.label(list_name, c.code, translator) for c in closed_lists.choices(list_name)}
                  for kind, (_name, list_name) in layout.LIST_RANGES.items()},
    }


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


class _FittedRow(RowDimension):
    """A row height written without customHeight: shown as given, yet still fitted again after an edit.

    Calc shows the stored height and marks the row "optimal", so it grows when a member types
    more; Excel treats a height that is not custom the same way.
    """

    @property  # type: ignore[override]
    def customHeight(self) -> bool:
        return False


def _fit_row(ws: Worksheet, row: int, height: float) -> None:
    ws.row_dimensions[row] = _FittedRow(ws, index=row, ht=height)


def _lists_sheet(wb: Workbook, translator: Translator) -> None:
    ws = wb.create_sheet(layout.LISTS_SHEET)
    for col, (kind, (name, list_name)) in enumerate(layout.LIST_RANGES.items(), start=1):
        labels = [closed_lists.label(list_name, c.code, translator) for c in closed_lists.choices(list_name)]
        ws.cell(row=1, column=col, value=kind)
        for i, text in enumerate(labels, start=2):
            ws.cell(row=i, column=col, value=text)
        letter = layout.column_letter(col - 1)
        ref = f"'{layout.LISTS_SHEET}'!${letter}$2:${letter}${len(labels) + 1}"
        wb.defined_names[name] = DefinedName(name, attr_text=ref)
    ws.sheet_state = "hidden"
    ws.protection.sheet = True


def _print_setup(ws: Worksheet, header: PageHeader, *, landscape: bool, title_rows: str | None) -> None:
    """One page wide, as many pages tall as the rows need; header row and page header on every page."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.firstPageNumber = 1
    ws.page_setup.useFirstPageNumber = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.75, bottom=0.6, header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    for part, text in ((ws.oddHeader.left, header.left), (ws.oddHeader.center, header.center),
                       (ws.oddHeader.right, header.right), (ws.oddFooter.center, header.footer)):
        if text:
            part.text = text
            part.size = 9


def _header_comment(text: str, author: str) -> Comment:
    comment = Comment(text, author)
    comment.width, comment.height = 260, 110
    return comment


def _data_sheet(wb: Workbook, name: str, prepared: PreparedSheet, translator: Translator, header: PageHeader, author: str) -> None:
    ws = wb.create_sheet(layout.sheet_title(name, translator))
    columns = prepared.columns
    headers = [layout.header_text(col, translator) for col in columns]
    for c, col in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=c, value=headers[c - 1])
        cell.font = _HEADER_FONT
        cell.fill = _EDIT_HEADER_FILL if col.editable else _LOCKED_FILL
        # Calc counts hidden cells when it fits a row: the hidden ID header must not wrap.
        cell.alignment = _WRAP if not col.hidden else Alignment(vertical="top")
        if col.editable and col.note:
            cell.comment = _header_comment(translator.tr(col.note), author)
        dim = ws.column_dimensions[layout.column_letter(c - 1)]
        dim.width = col.width
        if col.hidden:
            dim.hidden = True
    # The filter button takes the right end of each header cell.
    _fit_row(ws, 1, row_heights.row_height(((h, col.width - _FILTER_BUTTON) for h, col in zip(headers, columns, strict=True) if not col.hidden),
                                           bold=True))
    total = len(prepared.rows) + prepared.blank_rows
    # Styling each cell attribute by attribute is openpyxl's slow path; style one scratch cell
    # per kind of column and copy its style array to every cell of that kind.
    scratch = wb.create_sheet("scratch")
    styles: dict[tuple[bool, bool, bool, bool], Any] = {}

    def style_for(wrap: bool, unlocked: bool, is_date: bool, quote: bool) -> Any:
        key = (wrap, unlocked, is_date, quote)
        if key not in styles:
            cell = scratch.cell(row=len(styles) + 1, column=1)
            cell.alignment = _WRAP if wrap else Alignment(vertical="top")
            if unlocked:
                cell.protection = _UNLOCKED
                cell.fill = _EDIT_FILL
            if is_date:
                cell.number_format = _DATE_FORMAT
            if quote:
                cell.quotePrefix = True
            styles[key] = cell._style
        return styles[key]

    wraps = [col.kind in _WRAPPED_KINDS for col in columns]
    measured = [c for c, col in enumerate(columns) if wraps[c] and not col.hidden]
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
        if values is not blank:
            _fit_row(ws, r + 2, row_heights.row_height((values[c], columns[c].width) for c in measured if isinstance(values[c], str)))
    wb.remove(scratch)
    last = total + 1
    for c, col in enumerate(columns):
        if col.kind in layout.LIST_RANGES and total:
            dv = DataValidation(
                type="list", formula1=layout.LIST_RANGES[col.kind][0], allow_blank=True,
                showErrorMessage=True, errorTitle=translator.tr("Choose from the list"),
                error=translator.tr("Pick one of the values in the dropdown list."),
            )
            letter = layout.column_letter(c)
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
        elif col.kind == "date" and col.editable and total:
            dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                                showErrorMessage=False, promptTitle=translator.tr("Date"),
                                prompt=translator.tr("Write the date as YYYY-MM-DD."), showInputMessage=True)
            letter = layout.column_letter(c)
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
    frozen = [c for c, col in enumerate(columns) if col.key in layout.FROZEN_COLUMNS[name]]
    ws.freeze_panes = f"{layout.column_letter(max(frozen) + 1)}2"
    ws.auto_filter.ref = f"A1:{layout.column_letter(len(columns) - 1)}{max(last, 2)}"
    _print_setup(ws, header, landscape=True, title_rows="1:1")
    ws.print_options.gridLines = True
    prot = ws.protection
    prot.sheet = True
    prot.sort = False
    prot.autoFilter = False
    prot.formatColumns = False
    prot.formatRows = False


# The Read me: a narrow column for the legend's names, a wide one for its meanings; every other
# paragraph spans both (110 characters: about 920 px, inside a 1366 px window).
_README_WIDTHS = (26, 84)
_README_SPAN = sum(_README_WIDTHS)
_TITLE_SIZE = 14.0
_HEADING_SIZE = 12.0


def _readme_sheet(ws: Worksheet, blocks: Sequence[Block], translator: Translator, header: PageHeader, filled_in_by: str = "") -> None:
    ws.title = layout.sheet_title(layout.README_SHEET, translator)
    ws.column_dimensions["A"].width = _README_WIDTHS[0]
    ws.column_dimensions["B"].width = _README_WIDTHS[1]
    ws.sheet_view.showGridLines = False
    row = 1
    for block in blocks:
        if block.kind == "table":
            for i, (name, meaning) in enumerate(block.rows):
                first, second = _put(ws, row, 1, name), _put(ws, row, 2, meaning)
                for cell in (first, second):
                    cell.alignment = _WRAP
                    cell.fill = _LOCKED_FILL if i == 0 else _EDIT_FILL
                first.font = _HEADER_FONT
                if i == 0:
                    second.font = _HEADER_FONT
                _fit_row(ws, row, row_heights.row_height(((name, _README_WIDTHS[0]), (meaning, _README_WIDTHS[1])), bold=True))
                row += 1
            continue
        if block.kind == "heading" and row > 2:
            row += 1  # a blank line before each section
        cell = _put(ws, row, 1, block.text)
        cell.alignment = _WRAP
        size = {"title": _TITLE_SIZE, "heading": _HEADING_SIZE}.get(block.kind, _FONT_SIZE)
        if block.kind in ("title", "heading"):
            cell.font = Font(name=_FONT_NAME, bold=True, size=size)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        _fit_row(ws, row, row_heights.row_height([(block.text, _README_SPAN)], size=size, bold=block.kind != "text"))
        row += 1
    filled_in_by_cell(ws, row + 1, translator, filled_in_by)
    _print_setup(ws, header, landscape=False, title_rows=None)
    ws.protection.sheet = True


def filled_in_by_cell(ws: Worksheet, row: int, translator: Translator, value: str = "") -> None:
    """The labelled cell where the person who fills the workbook in writes their name (unlocked, yellow).

    Found again on return by its defined name ``FilledInBy`` (else by its label), wherever the Read me puts it."""
    text = translator.tr("Filled in by (write your name here):")
    label = _put(ws, row, 1, text)
    label.font = _HEADER_FONT
    label.alignment = _WRAP
    cell = _put(ws, row, 2, value or None)
    cell.protection = _UNLOCKED
    cell.fill = _EDIT_FILL
    cell.alignment = _WRAP
    _fit_row(ws, row, row_heights.row_height([(text, _README_WIDTHS[0])], bold=True))
    ref = f"{quote_sheetname(ws.title)}!$B${row}"
    ws.parent.defined_names[layout.FILLED_IN_BY_NAME] = DefinedName(layout.FILLED_IN_BY_NAME, attr_text=ref)


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


def render(prepared: PreparedWorkbook, readme: Sequence[Block], meta: list[tuple[str, str]], header: PageHeader, *, author: str,
           filled_in_by: str = "") -> Workbook:
    """The whole workbook in memory (small: a group's few hundred rows), in ``prepared``'s language.

    ``author`` signs the header comments (the coalition's secretariat); ``filled_in_by`` pre-fills the
    Read me's "Filled in by" cell (a return made in the app).
    """
    wb = Workbook()
    translator = prepared.translator
    _readme_sheet(wb.active, readme, translator, header, filled_in_by)
    for name in layout.DATA_SHEETS:
        _data_sheet(wb, name, prepared.sheets[name], translator, header, author)
    if translator.right_to_left:  # the sheets people read, Arabic: from the right, each text read right to left
        for ws in wb.worksheets:
            read_right_to_left(ws)
    _lists_sheet(wb, translator)
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
