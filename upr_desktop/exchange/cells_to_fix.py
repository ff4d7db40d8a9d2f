"""Sending the rejected cells back: a short workbook (or list) for a member group with exactly the cells to fix.

A merge keeps every cell it could not use (sheet, cell, ref, column, what the cell held, why). The
secretariat sends the group this list; the group corrects those cells in its workbook and sends it
again. Formats: ``.xlsx`` (one sheet, one row per cell), ``.csv`` (UTF-8 with a byte order mark, so
Excel opens it right) or ``.txt`` (the same lines as the command line prints, for an email).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from upr_desktop.errors import UserError
from upr_desktop.exchange.merge_history import MergeDetail
from upr_desktop.i18n import tr, trn
from upr_desktop.io import write_atomic

FORMATS = (".xlsx", ".csv", ".txt")


@dataclass(frozen=True)
class CellToFix:
    sheet: str
    cell: str
    ref: str | None
    column: str | None
    value: str | None
    reason: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def cells_to_fix(detail: MergeDetail) -> list[CellToFix]:
    """One entry per cell, in the order the merge met them (two reasons about one cell are joined)."""
    found: dict[tuple[str, str], CellToFix] = {}
    for r in detail.rejected:
        key = (r.get("sheet", ""), r.get("cell", ""))
        item = CellToFix(key[0], key[1], r.get("ref"), r.get("column"), r.get("value"), r.get("reason", ""))
        if key in found:
            first = found[key]
            item = CellToFix(first.sheet, first.cell, first.ref, first.column, first.value, f"{first.reason.rstrip('.')}; {item.reason}")
        found[key] = item
    return list(found.values())


def _heading(detail: MergeDetail) -> str:
    s = detail.summary
    return trn("{file} ({group}), merged on {when}: %n cells could not be used. Please correct them in your workbook "
               "and send it again.", len(cells_to_fix(detail)), file=s.file, group=s.group or "-", when=f"{s.merged_at:%Y-%m-%d}")


def _headers() -> list[str]:
    return [tr("Sheet"), tr("Cell"), tr("Ref"), tr("Column"), tr("What the cell holds"), tr("Why it was not used")]


def _row(c: CellToFix) -> list[str]:
    return [c.sheet, c.cell, c.ref or "", c.column or "", c.value or "", c.reason]


def as_text(detail: MergeDetail) -> str:
    """The list as lines (for a terminal or an email)."""
    lines = [_heading(detail)]
    for c in cells_to_fix(detail):
        where = f"{c.sheet}!{c.cell}"
        what = " ".join(part for part in (c.ref, c.column) if part)
        held = tr(" (it holds '{value}')", value=c.value) if c.value else ""
        lines.append(f"- {where}{' ' + what if what else ''}{held}: {c.reason}")
    return "\n".join(lines)


def write(detail: MergeDetail, target: Path) -> Path:
    """Write the cells to fix to ``target`` (.xlsx, .csv or .txt), atomically."""
    target = Path(target).expanduser()
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(tr("Write the cells to fix to a .xlsx, .csv or .txt file, not '{name}'.", name=target.name))
    if not detail.rejected:
        raise UserError(tr("The merge of {file} used every cell: there is nothing to send back.", file=detail.summary.file))
    cells = cells_to_fix(detail)
    if suffix == ".txt":
        return write_atomic(target, lambda tmp: tmp.write_text(as_text(detail) + "\n", encoding="utf-8"))
    if suffix == ".csv":
        buffer = io.StringIO()
        out = csv.writer(buffer)
        out.writerow(_headers())
        out.writerows(_safe_row(c) for c in cells)
        return write_atomic(target, lambda tmp: tmp.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8"))
    return write_atomic(target, lambda tmp: _workbook(detail, cells).save(tmp))


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_row(c: CellToFix) -> list[str]:
    """Values a spreadsheet could take for a formula get a leading apostrophe in a CSV (never evaluated)."""
    return [("'" + v) if v.startswith(_FORMULA_STARTS) else v for v in _row(c)]


def _workbook(detail: MergeDetail, cells: list[CellToFix]) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = tr("Cells to fix")[:31]
    title = ws.cell(row=1, column=1, value=_heading(detail))
    title.font = Font(bold=True)
    title.data_type = "s"
    for c, header in enumerate(_headers(), start=1):
        cell = ws.cell(row=3, column=c, value=header)
        cell.font = Font(bold=True)
    for r, item in enumerate(cells, start=4):
        for c, value in enumerate(_row(item), start=1):
            cell = ws.cell(row=r, column=c, value=value or None)
            if value:
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if value.startswith(_FORMULA_STARTS):
                    cell.quotePrefix = True
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEF", (18, 8, 10, 20, 30, 70), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A4"
    return wb
