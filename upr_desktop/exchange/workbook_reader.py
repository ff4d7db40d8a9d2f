"""Reading a returned exchange workbook: checked first, then read with calamine, bounded.

The reader does not judge the values (that is the merge's validation); it finds the sheets by
name and the columns by header text (so moved columns, sorted or filtered rows and a
LibreOffice resave do not matter), reads the signed metadata, and keeps every cell's position
so problems can name sheet and cell. Formula cells found by :mod:`safety` are marked; their
values are never used.

Names are accepted as the metadata recorded them (the workbook's own language and wording),
in English, and in every language the app ships: a workbook written before its cells to fill
moved next to the recommendation, or in another language than the secretariat's, reads alike.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from upr_desktop.exchange import layout
from upr_desktop.exchange.return_check import ReturnRefused, read_checked
from upr_desktop.files import sheet_bounds
from upr_desktop.i18n import tr

# The same limits the sheet bounds checked in the raw XML before calamine saw the file.
MAX_ROWS = sheet_bounds.RETURN_LIMITS.rows
MAX_COLS = sheet_bounds.RETURN_LIMITS.columns


_ENGLISH_HEADERS = {name: {c.key: c.header for c in cols} for name, cols in layout.SHEET_COLUMNS.items()}


@dataclass
class ReturnedRow:
    row: int  # 0-based row index in the sheet (row 2 in Excel is 1)
    values: dict[str, Any]


@dataclass
class ReturnedSheet:
    name: str  # the layout's name for it, whatever case or language the file uses
    columns: dict[str, int]  # column key -> 0-based column index
    rows: list[ReturnedRow]
    formulas: set[str] = field(default_factory=set)
    # Dropdown labels as this workbook showed them: list kind -> {label: code} (from its metadata).
    list_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    # The sheet's name and its headers as the file shows them (a French group's "Recommandations"):
    # what a rejected cell is named by, so the group finds it in its own workbook.
    title: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    def header(self, key: str) -> str | None:
        return self.headers.get(key) or _ENGLISH_HEADERS.get(self.name, {}).get(key)

    def cell(self, row: int, key: str) -> str:
        col = self.columns.get(key)
        return layout.cell_name(row, col) if col is not None else f"{row + 1}"

    def is_formula(self, row: int, key: str) -> bool:
        return key in self.columns and self.cell(row, key) in self.formulas


@dataclass
class ReturnedWorkbook:
    path: Path
    sha256: str
    meta: dict[str, Any]
    payload: str
    signature: str
    notes: dict[str, str]
    sheets: dict[str, ReturnedSheet]
    warnings: list[str] = field(default_factory=list)
    filled_in_by: str | None = None  # the Read me's "Filled in by" cell


def _refuse(path: Path, reason: str) -> ReturnRefused:
    return ReturnRefused(tr("{file}: {reason}", file=path.name, reason=reason))


def _sheet_rows(path: Path, book: CalamineWorkbook, name: str) -> list[list[Any]]:
    try:
        sheet = book.get_sheet_by_name(name)
    except Exception as exc:  # noqa: BLE001 - calamine raises several types for a missing or broken sheet part
        raise _refuse(path, tr("the sheet '{sheet}' cannot be read ({reason}): the workbook is damaged. Ask for the file again.",
                               sheet=name, reason=type(exc).__name__)) from None
    if sheet.width > MAX_COLS:
        raise _refuse(path, tr("the sheet '{sheet}' has cells as far as column {col}; an exchange workbook never does. Clear the far cells and save again.", sheet=name, col=layout.column_letter(sheet.width - 1)))
    if sheet.height > MAX_ROWS:
        raise _refuse(path, tr("the sheet '{sheet}' has {rows} rows, more than {limit}; it was not read.", sheet=name, rows=sheet.height, limit=MAX_ROWS))
    try:
        rows: list[list[Any]] = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
    except Exception as exc:  # noqa: BLE001
        raise _refuse(path, tr("the sheet '{sheet}' cannot be read ({reason}): the workbook is damaged. Ask for the file again.",
                               sheet=name, reason=type(exc).__name__)) from None
    return rows


def _find_sheet(names: list[str], wanted: str, recorded: str | None = None) -> str | None:
    """The sheet's name in the file: as recorded, in English, or in any shipped language."""
    for exact in (recorded, wanted):
        if exact and exact in names:
            return exact
    keys = ([layout.header_key(recorded)] if recorded else []) + list(layout.sheet_aliases(wanted))
    folded = {layout.header_key(name): name for name in reversed(names)}
    for key in keys:
        if key in folded:
            return folded[key]
    return None


def _strings(value: object) -> dict[str, str]:
    """A {str: str} mapping from the metadata, anything else dropped (it may come from a hostile file)."""
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


@dataclass(frozen=True)
class RecordedLayout:
    """The names this workbook showed, from its metadata (empty for workbooks written before they were kept)."""

    sheets: dict[str, str]
    headers: dict[str, dict[str, str]]
    lists: dict[str, dict[str, str]]

    @classmethod
    def from_meta(cls, meta: dict[str, Any]) -> RecordedLayout:
        raw = meta.get("layout") if isinstance(meta.get("layout"), dict) else {}
        headers = raw.get("headers") if isinstance(raw.get("headers"), dict) else {}
        lists = raw.get("lists") if isinstance(raw.get("lists"), dict) else {}
        return cls(_strings(raw.get("sheets")), {k: _strings(v) for k, v in headers.items()},
                   {k: {label: code for code, label in _strings(v).items()} for k, v in lists.items()})

    def header_aliases(self, sheet: str) -> dict[str, str]:
        """Folded header -> key: as recorded first, then English and every shipped language."""
        known = set(layout.header_aliases(sheet).values())
        table = {layout.header_key(text): key for key, text in self.headers.get(sheet, {}).items() if key in known}
        for folded, key in layout.header_aliases(sheet).items():
            table.setdefault(folded, key)
        return table


def read_meta(path: Path, book: CalamineWorkbook, names: list[str]) -> tuple[dict[str, Any], str, str, dict[str, str]]:
    if layout.META_SHEET not in names:
        raise _refuse(path, tr("this workbook has no exchange metadata: it was not exported by UPR Desktop, or its hidden sheet was deleted. Use the workbook you were sent."))
    rows = _sheet_rows(path, book, layout.META_SHEET)
    signature = ""
    chunks: list[str] = []
    notes: dict[str, str] = {}
    for row in rows:
        if len(row) < 2:
            continue
        key, value = str(row[0] or ""), row[1]
        text = "" if value is None else str(value)
        if key == "signature":
            signature = text
        elif key == "payload":
            chunks.append(text)
        elif key and key not in ("chunks", "upr-desktop exchange metadata"):
            notes[key] = text
    payload = "".join(chunks)
    try:
        meta = json.loads(payload)
        if not isinstance(meta, dict):
            raise ValueError("not an object")  # noqa: TRY004 - caught just below with json's own errors
    except ValueError:
        raise _refuse(path, tr("the hidden exchange metadata is damaged (it was edited by hand?). Ask for the workbook again.")) from None
    return meta, payload, signature, notes


def _read_sheet(path: Path, book: CalamineWorkbook, name: str, wanted: str, formulas: set[str], warnings: list[str],
                recorded: RecordedLayout) -> ReturnedSheet:
    rows = _sheet_rows(path, book, name)
    if not rows:
        raise _refuse(path, tr("the sheet '{sheet}' is empty; its header row is gone.", sheet=wanted))
    known = recorded.header_aliases(wanted)
    columns: dict[str, int] = {}
    for index, header in enumerate(rows[0]):
        key = known.get(layout.header_key(header))
        if key is not None and key not in columns:
            columns[key] = index
    if "id" not in columns:
        if wanted == layout.RECOMMENDATIONS_SHEET and "ref" not in columns:
            raise _refuse(path, tr("the sheet '{sheet}' has lost both its hidden ID column and its Ref column, so rows cannot be matched. Use the workbook you were sent.", sheet=name))
        warnings.append(tr("{file}: the hidden ID column of '{sheet}' was deleted; rows are matched by {how} instead.", file=path.name, sheet=name,
                           how=tr("their Ref") if wanted == layout.RECOMMENDATIONS_SHEET else tr("their content")))
    for col in layout.SHEET_COLUMNS[wanted]:
        if col.editable and not col.sensitive and col.key not in columns:
            header = recorded.headers.get(wanted, {}).get(col.key) or col.header
            warnings.append(tr("{file}: the column '{header}' of '{sheet}' is missing; nothing in it was merged.", file=path.name, header=header, sheet=name))
    formula_rows = [_row_index(ref) for ref in formulas]
    last = max([i for i in formula_rows if i is not None and i <= MAX_ROWS] or [0])
    rows = rows + [[] for _ in range(last + 1 - len(rows))]  # formulas without a value in trailing rows
    out = []
    for r, row in enumerate(rows[1:], start=1):
        values = {key: (row[i] if i < len(row) else None) for key, i in columns.items()}
        blank = all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values())
        if blank and not any(layout.cell_name(r, i) in formulas for i in columns.values()):
            continue
        out.append(ReturnedRow(r, values))
    headers = {key: " ".join(str(rows[0][i]).split()) for key, i in columns.items() if rows[0][i] not in (None, "")}
    return ReturnedSheet(wanted, columns, out, formulas, recorded.lists, name, headers)


def _row_index(ref: str) -> int | None:
    digits = "".join(ch for ch in ref if ch.isdigit())
    return int(digits) - 1 if digits else None


def read_return(path: Path) -> ReturnedWorkbook:
    """Check and read a returned workbook; :class:`ReturnRefused` when it cannot be merged at all."""
    path = Path(path)
    checked = read_checked(path)
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(checked.data))
    except Exception as exc:  # noqa: BLE001 - calamine raises several types for broken files
        raise _refuse(path, tr("the workbook cannot be read ({reason}). Open it in Excel or LibreOffice, save it again as .xlsx and retry.", reason=str(exc)[:200])) from None
    names = list(book.sheet_names)
    meta, payload, signature, notes = read_meta(path, book, names)
    warnings: list[str] = []
    if checked.has_macros:
        warnings.append(tr("{file}: the workbook holds macros (.xlsm); they were ignored and never run. Only the cells' values were read.", file=path.name))
    sheets = {}
    recorded = RecordedLayout.from_meta(meta)
    for wanted in layout.DATA_SHEETS:
        found = _find_sheet(names, wanted, recorded.sheets.get(wanted))
        if found is None:
            title = recorded.sheets.get(wanted) or wanted
            raise _refuse(path, tr("the sheet '{sheet}' is missing (renamed or deleted?). Give it back its name '{sheet}' and merge again.", sheet=title))
        sheets[wanted] = _read_sheet(path, book, found, wanted, checked.formulas.get(found, set()), warnings, recorded)
    filled_in_by = read_filled_in_by(book, names, checked.names)
    return ReturnedWorkbook(path, checked.sha256, meta, payload, signature, notes, sheets, warnings, filled_in_by)


def _filled_in_by_labels() -> list[str]:
    """The "Filled in by" label's start in every shipped language ("filled in by", "rempli par"...)."""
    from upr_desktop.i18n import shipped_languages, translator_for

    texts = [layout.FILLED_IN_BY_LABEL]
    for language in shipped_languages():
        texts.append(translator_for(language).tr("Filled in by (write your name here):"))
    keys = {layout.header_key(text.split("(")[0]) for text in texts}
    return [k for k in keys if k]


def read_filled_in_by(book: CalamineWorkbook, names: list[str], defined: dict[str, tuple[str, str]]) -> str | None:
    """The name written in the Read me's "Filled in by" cell: found by its defined name, else by its label
    (in any shipped language) on the first sheet, the Read me."""
    target = defined.get(layout.FILLED_IN_BY_NAME)
    value: object = None
    if target is not None and target[0] in names:
        rows = book.get_sheet_by_name(target[0]).to_python(skip_empty_area=False, nrows=MAX_ROWS)
        col, row = _column_index(target[1]), (_row_index(target[1]) or 0)
        if row < len(rows) and col < len(rows[row]):
            value = rows[row][col]
    if value in (None, "") and names:
        labels = _filled_in_by_labels()
        for cells in book.get_sheet_by_name(names[0]).to_python(skip_empty_area=False, nrows=500):
            for i, cell in enumerate(cells[:-1]):
                if isinstance(cell, str) and any(layout.header_key(cell).startswith(label) for label in labels):
                    value = next((c for c in cells[i + 1 :] if c not in (None, "")), None)
                    break
            if value not in (None, ""):
                break
    text = " ".join(str(value).split()) if value not in (None, "") else ""
    return text[:200] or None


def _column_index(ref: str) -> int:
    index = 0
    for ch in ref:
        if ch.isalpha():
            index = index * 26 + (ord(ch.upper()) - 64)
    return index - 1
