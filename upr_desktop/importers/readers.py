"""Turning any accepted file into tables of cells: calamine for workbooks, python-docx for Word, CSV and JSON."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from upr_desktop.errors import UserError
from upr_desktop.files import sheet_bounds, table_bounds, zip_guard
from upr_desktop.files.sheet_bounds import OutOfBounds, SheetExtent
from upr_desktop.i18n import tr
from upr_desktop.importers.file_check import FileRefused, check_file
from upr_desktop.importers.textfile import decode, read_csv_rows

Cell = Any  # str, int, float, bool, date... as the reader gives it


@dataclass
class Table:
    """One sheet, CSV file, JSON list or Word table; ``first_row`` is the 1-based number of rows[0]."""

    name: str
    rows: list[list[Cell]]
    first_row: int = 1
    kind: str = "sheet"  # sheet | csv | json | docx
    merged_rows: set[int] = field(default_factory=set)  # docx: rows made of one merged cell
    # Text around the table that may say what it is about: a Word document's page headers and the
    # paragraphs before the table ("UPR of Egypt - Second Cycle"). Rows above a sheet's header row
    # are found by the importer once it knows which row is the header.
    preamble: list[str] = field(default_factory=list)
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (index in rows, column) of formula cells

    def explain(self, index: int, row: list[Cell], reason: str) -> str:
        """A row problem, saying so when it comes from a formula whose result the file does not hold."""
        if not self.formulas:
            return reason
        empty = [c for (r, c) in self.formulas if r == index and (c >= len(row) or not _filled(row[c]))]
        if not empty:
            return reason
        return tr("cell {cell} holds a formula with no saved result, and formulas are not worked out on import, so {reason}. "
                  "Paste the values instead of the formulas (in Excel: Paste Special > Values) and import again.",
                  cell=self.cell_name(index, min(empty)), reason=reason)

    def unread_formulas(self, read: Iterable[int], columns: Iterable[int]) -> str | None:
        """A warning naming the formula cells with no saved result in rows that were imported (read as empty).

        A formula in the text makes its row an error (:meth:`explain`); one in another column (the
        recommending State, the response) would otherwise leave that field empty without a word.
        """
        if not self.formulas:
            return None
        rows, used = set(read), set(columns)
        cells = sorted((r, c) for (r, c) in self.formulas if r in rows and c in used
                       and (c >= len(self.rows[r]) or not _filled(self.rows[r][c])))
        if not cells:
            return None
        named = ", ".join(self.cell_name(r, c) for r, c in cells[:5]) + (tr(" and {count} more", count=len(cells) - 5) if len(cells) > 5 else "")
        return tr("Cells {cells} hold formulas with no saved result; formulas are not worked out on import, so they were read as empty. "
                  "Paste the values instead of the formulas (in Excel: Paste Special > Values) and import again.", cells=named)

    def cell_name(self, index: int, column: int) -> str:
        """'C5' for a sheet's cell, 'line 5, field 3' elsewhere."""
        if self.kind == "sheet":
            return f"{sheet_bounds.column_letters(column + 1)}{self.row_number(index)}"
        return tr("row {row}, column {column}", row=self.row_number(index), column=column + 1)

    def row_number(self, index: int) -> int:
        return self.first_row + index

    # -- reading without holding every row twice (a sheet read by calamine: SheetTable) ----------------
    @property
    def height(self) -> int:
        """How many rows ``rows`` holds."""
        return len(self.rows)

    def head(self, count: int) -> list[list[Cell]]:
        """The first ``count`` rows (header search, previews): never more of the sheet than that is decoded."""
        return self.rows[:count]

    def raw_rows(self) -> tuple[Iterable[list[Cell]], bool]:
        """Every row in order, and whether their texts are decoded already (decode_entities).

        Undecoded rows come straight from the workbook reader, one at a time: a reader that wants only some
        columns decodes those (``decoded``), once per distinct value, instead of every cell of every row."""
        return self.rows, True

    def any_filled(self) -> bool:
        return any(any(_filled(c) for c in row) for row in self.rows)


class SheetTable(Table):
    """A sheet read by calamine, its rows built (decoded, each repeated text kept once) only when ``rows`` is asked for.

    With ``stream``, the tabular importers read a 100,000-row export straight from the reader's rows (``raw_rows``):
    building every cell of every row first cost more than reading the columns they map (~0.15 s of ~1.6 s), but
    calamine's cells stay in memory until the last row is read (~80 MB against ~33 MB of built rows). Without it
    (SourceFile.open(lean=True): an import that holds the workspace's side in memory too), the rows are built
    first and calamine's cells freed before any record is made."""

    def __init__(self, name: str, sheet: Any, start_row: int, *, stream: bool = True, file_name: str = "") -> None:
        self._sheet, self._start_row, self._rows, self._stream, self._file_name = sheet, start_row, None, stream, file_name
        self._cells: str | None = None  # the digest of calamine's cells, taken in the one pass that reads them all
        super().__init__(name, None, start_row + 1, "sheet")  # type: ignore[arg-type]  # rows: built when asked for

    @property  # type: ignore[override]
    def rows(self) -> list[list[Cell]]:
        if self._rows is None:
            try:
                self._rows = _sheet_rows(self._sheet, self._start_row, digest=self._digested)
            except MemoryError:  # as require_tables says it when the workbook itself cannot be read
                raise FileRefused(tr("Cannot import {file}: it is too large to read on this computer.", file=self._file_name)) from None
            self._sheet = None  # calamine's own cells (~80 MB for 100,000 rows of 12 columns) go
        return self._rows

    @rows.setter
    def rows(self, value: list[list[Cell]] | None) -> None:
        self._rows = value

    @property
    def height(self) -> int:
        return len(self._rows) if self._rows is not None else self._sheet.height

    def head(self, count: int) -> list[list[Cell]]:
        if self._rows is not None:
            return self._rows[:count]
        return _sheet_rows(self._sheet, self._start_row, count)

    def raw_rows(self) -> tuple[Iterable[list[Cell]], bool]:
        if self._rows is not None or not self._stream:
            return self.rows, True
        return self._digested(_raw_sheet_rows(self._sheet, self._start_row)), False

    def any_filled(self) -> bool:  # a look at the first rows, not a read: no digest
        rows = _raw_sheet_rows(self._sheet, self._start_row) if self._rows is None and self._stream else self.rows
        return any(any(_filled(c) for c in row) for row in rows)

    def cells(self) -> str | None:
        """The digest of the sheet's cells as calamine gives them (importers/cells_digest.py): the one taken while they
        were read (streamed, or built into rows), else from a pass over them now; None when the rows were given."""
        if self._cells is None and self._sheet is not None:
            for _row in self._digested(_raw_sheet_rows(self._sheet, self._start_row)):
                pass
        return self._cells

    def _digested(self, rows: Iterator[list[Cell]]) -> Iterator[list[Cell]]:
        from upr_desktop.importers.cells_digest import digesting

        def keep(digest: str) -> None:
            self._cells = digest

        return digesting(rows, keep)


@dataclass
class SourceFile:
    """A file to import, checked once and read at most once whatever the number of importers asking."""

    path: Path
    kind: str = ""
    _tables: list[Table] | None = None
    encoding: str | None = None
    encoding_doubt: str | None = None  # another code page that would read the text differently

    extents: list[SheetExtent] = field(default_factory=list)
    lean: bool = False  # sheets' rows built before they are read (SheetTable): less memory, a little more time

    @classmethod
    def open(cls, path: str | Path, *, lean: bool = False) -> SourceFile:
        """Check a file (kind, zip, size) and count its rows and cells before any reader sees it."""
        p = Path(path).expanduser()
        source = cls(p, check_file(p, bounds_follow=True), lean=lean)  # one read of each sheet: checksums and bounds together
        try:
            source.extents = check_bounds(p, source.kind)
        except OutOfBounds as exc:
            raise FileRefused(tr("Cannot import {file}: {reason}", file=p.name, reason=exc)) from None
        except zip_guard.UnsafeZip as exc:
            raise FileRefused(tr("Cannot import {file}: {reason}", file=p.name, reason=exc.reason)) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error, NotImplementedError) as exc:
            raise FileRefused(tr("Cannot import {file}: the file is damaged or incomplete (truncated): {reason}", file=p.name, reason=exc)) from None
        return source

    def tables(self) -> list[Table]:
        if self._tables is None:
            self._tables = self._read()
        return self._tables

    def _read(self) -> list[Table]:
        if self.kind in ("xlsx", "xls", "ods"):
            tables = read_workbook(self.path, stream=not self.lean)
            if any(e.has_formulas for e in self.extents):
                _mark_formulas(self.path, tables, self.extents)
        elif self.kind == "docx":
            tables = read_docx(self.path)
        elif self.kind == "json":
            tables = [read_json(self.path)]
        else:
            rows, decoded = read_csv_rows(self.path)
            self.encoding, self.encoding_doubt = decoded.encoding, decoded.doubt
            tables = [Table(self.path.stem, rows, 1, "csv")]
        if not any(t.any_filled() for t in tables):
            raise FileRefused(tr("Cannot import {file}: the file is empty (no cell holds anything).", file=self.path.name))
        for table in tables:
            if table.kind != "sheet":  # a workbook's texts were decoded as its rows were read (read_workbook)
                decode_entities(table.rows)
        return tables

    def sheet_names(self) -> list[str]:
        return [t.name for t in self.tables()]


# HTML character references as the UPR Info web database left them in its exports: "&#40;Unknown&#41;",
# "&amp;", "&eacute;". Only complete references (with their ";") are decoded: "R&D" and "AT&T" stay.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unescape(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def decode_entities(rows: list[list[Cell]]) -> None:
    """Decode HTML character references in every text cell, in place (every field of every importer)."""
    for row in rows:
        for i, cell in enumerate(row):
            if type(cell) is str and "&" in cell and ";" in cell:
                row[i] = decoded(cell)


def decoded_row(row: list[Cell]) -> list[Cell]:
    """A copy of a row with its text cells decoded (see decode_entities)."""
    return [decoded(cell) if type(cell) is str else cell for cell in row]


def decoded(text: str) -> str:
    """A text with its HTML character references decoded (see decode_entities)."""
    return _ENTITY.sub(_unescape, text) if "&" in text and ";" in text else text


def check_bounds(path: Path, kind: str) -> list[SheetExtent]:
    """The rows and cells of every sheet (or Word table, or text file) within the import limits."""
    if kind in ("xlsx", "ods", "docx"):
        with zipfile.ZipFile(path) as archive:
            if kind == "xlsx":
                return sheet_bounds.check_xlsx(archive)
            if kind == "ods":
                return sheet_bounds.check_ods(archive)
            table_bounds.check_docx(archive)
            return []
    if kind == "xls":
        return sheet_bounds.check_xls(path.read_bytes())
    table_bounds.check_text_size(path.stat().st_size)
    return []


def _mark_formulas(path: Path, tables: list[Table], extents: list[SheetExtent]) -> None:
    """Note which cells hold formulas: their result may be missing, and a person must be told why."""
    by_name = {t.name: t for t in tables}
    with zipfile.ZipFile(path) as archive:
        for extent in extents:
            table = by_name.get(extent.name)
            if table is None or not extent.has_formulas:
                continue
            offset = table.first_row - 1
            table.formulas = {(row - offset, col) for row, col in sheet_bounds.formula_cells(archive, extent.part, extent.name)}


def _filled(cell: Cell) -> bool:
    return cell is not None and cell != ""


def read_workbook(path: Path, *, stream: bool = True) -> list[Table]:
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError:
        raise FileRefused(tr("Cannot import {file}: the workbook is protected by a password. Remove the password in Excel, save, and import again.", file=path.name)) from None
    except (pc.CalamineError, pc.ZipError, pc.XmlError, OSError, ValueError) as exc:
        return _read_legacy_or_fail(path, exc)
    tables = []
    try:
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            start_row = sheet.start[0] if sheet.start else 0
            tables.append(SheetTable(name, sheet, start_row, stream=stream, file_name=path.name))
    except pc.PasswordError:
        raise FileRefused(tr("Cannot import {file}: the workbook is protected by a password. Remove the password in Excel, save, and import again.", file=path.name)) from None
    except (pc.CalamineError, pc.ZipError, pc.XmlError, ValueError) as exc:
        if path.suffix.lower() == ".xls":
            return _read_legacy_or_fail(path, exc)
        raise FileRefused(tr("Cannot import {file}: the workbook is damaged or incomplete ({reason}). Save it again from Excel.", file=path.name, reason=exc)) from None
    finally:
        book.close()
    return tables


def _raw_sheet_rows(sheet: Any, start_row: int) -> Iterator[list[Cell]]:
    """The rows from ``start_row`` on as calamine gives them (texts not decoded), empty leading columns put back:
    ``iter_rows`` leaves them out, and cells must keep their columns."""
    pad: list[Cell] = [""] * (sheet.start[1] if sheet.start else 0)
    rows = sheet.iter_rows()
    for _skipped in zip(range(start_row), rows):
        pass
    if pad:
        return (pad + row for row in rows)
    return iter(rows)


def _sheet_rows(sheet: Any, start_row: int, count: int | None = None,
                digest: Callable[[Iterator[list[Cell]]], Iterator[list[Cell]]] | None = None) -> list[list[Cell]]:
    """The rows from ``start_row`` on (the first ``count``), as ``to_python(skip_empty_area=False)`` gives them, each
    repeated text kept once and decoded once (decode_entities).

    An export repeats the same States, regions, responses, issues and sessions on every row: built a row at a time,
    with one string object per distinct text, the cells of a 100,000-row export took 33 MB instead of 100 MB
    (~0.3 s more).
    """
    canonical: dict[str, str] = {}  # each distinct text -> its one object, HTML references decoded (once per text)
    known = canonical.get
    rows: list[list[Cell]] = []
    append = rows.append
    raw = _raw_sheet_rows(sheet, start_row)
    if digest is not None and count is None:
        raw = digest(raw)  # every raw row, before it is decoded (SheetTable.cells)
    for row in (raw if count is None else islice(raw, count)):
        cells = []
        keep = cells.append
        for cell in row:
            if type(cell) is str:
                text = known(cell)
                if text is None:
                    text = canonical[cell] = decoded(cell)
                keep(text)
            else:
                keep(cell)
        append(cells)
    return rows


def _read_legacy_or_fail(path: Path, exc: Exception) -> list[Table]:
    """Old PHP-made .xls files carry a 'workbook corruption' flag some readers stop at; xlrd can be told to ignore it."""
    if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
        raise FileRefused(tr("Cannot import {file}: the workbook is protected by a password. Remove the password in Excel, save, and import again.", file=path.name))
    if path.suffix.lower() == ".xls" or zipfile.is_zipfile(path) is False:
        try:
            import xlrd

            # xlrd writes its warnings to standard output unless told otherwise: that would break --json output.
            book = xlrd.open_workbook(str(path), ignore_workbook_corruption=True, on_demand=True, logfile=io.StringIO())
            tables = []
            for sheet in book.sheets():
                rows = [[_xlrd_value(sheet.cell(r, c)) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
                decode_entities(rows)  # as _sheet_rows does for the sheets calamine reads
                tables.append(Table(sheet.name, rows, 1, "sheet"))
            return tables
        except Exception as legacy_exc:  # noqa: BLE001 - any reader failure means the file is unreadable
            if "encrypt" in str(legacy_exc).lower() or "password" in str(legacy_exc).lower():
                raise FileRefused(tr("Cannot import {file}: the workbook is protected by a password. Remove the password in Excel, save, and import again.", file=path.name)) from None
    raise FileRefused(tr("Cannot import {file}: the workbook is damaged or incomplete ({reason}). Save it again from Excel.", file=path.name, reason=exc))


def _xlrd_value(cell: Any) -> Cell:
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def read_json(path: Path) -> Table:
    """A UHRI JSON export: a list of objects (or an object holding one), read as a table of their keys."""
    text = decode(path.read_bytes(), path.name).text
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise FileRefused(tr("Cannot import {file}: it is not valid JSON ({reason}); it may be truncated.", file=path.name, reason=exc)) from None
    except RecursionError:
        raise FileRefused(tr("Cannot import {file}: its JSON is nested thousands of levels deep, which no export is; it was not read.", file=path.name)) from None
    del text
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if lists else [data]
    if not isinstance(data, list) or not data or not all(isinstance(item, dict) for item in data):
        raise FileRefused(tr("Cannot import {file}: the JSON holds no list of recommendations.", file=path.name))
    headers: list[str] = []
    seen: set[str] = set()
    for item in data:
        for key in item:
            if key not in seen:
                seen.add(key)
                headers.append(key)
    if len(data) > table_bounds.TEXT_MAX_ROWS or len(headers) * len(data) > table_bounds.TEXT_MAX_FIELDS:
        raise FileRefused(tr("Cannot import {file}: it holds {count} records of {fields} fields, more than one import may read; split it into smaller files.",
                             file=path.name, count=f"{len(data):,}", fields=f"{len(headers):,}"))
    rows: list[list[Cell]] = [list(headers)]
    for item in data:
        rows.append([_json_cell(item.get(h)) for h in headers])
    return Table(path.stem, rows, 1, "json")


def _json_cell(value: Any) -> Cell:
    if isinstance(value, list):
        return "\n".join(f"- {v}" for v in value if v not in (None, ""))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def read_docx(path: Path) -> list[Table]:
    """Every table of a Word document; a row whose cells are all one merged cell is marked as such."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise FileRefused(tr("Cannot import {file}: the Word document cannot be opened ({reason}). Save it again from Word.", file=path.name, reason=exc)) from None
    except Exception as exc:  # noqa: BLE001 - lxml and docx raise many kinds on damaged files
        raise FileRefused(tr("Cannot import {file}: the Word document is damaged ({reason}).", file=path.name, reason=exc)) from None
    headers = _docx_page_headers(document)
    before = _docx_text_before_tables(document)
    try:
        tables = [_docx_table(table, number, [*headers, *(before[number - 1] if number <= len(before) else [])])
                  for number, table in enumerate(document.tables, start=1)]
    except Exception as exc:  # noqa: BLE001 - lxml and docx raise many kinds on damaged files
        raise FileRefused(tr("Cannot import {file}: the Word document is damaged ({reason}).", file=path.name, reason=exc)) from None
    if not tables:
        raise FileRefused(tr("Cannot import {file}: the Word document holds no table. OHCHR matrices are one table of recommendations.", file=path.name))
    return tables


def _docx_page_headers(document: Any) -> list[str]:
    """Text of the page headers (where OHCHR puts "UPR of Egypt - Second Cycle"), first sections first."""
    texts: list[str] = []
    for section in document.sections:
        for part in (section.first_page_header, section.header, section.even_page_header):
            try:
                if part.is_linked_to_previous and part is not section.header:
                    continue
                texts += [p.text for p in part.paragraphs if p.text.strip()]
                texts += [c for t in part.tables for row in _docx_table(t, 0, []).rows for c in row if c.strip()]
            except (ValueError, KeyError, AttributeError):  # a damaged header part: its text is only a hint
                continue
    return list(dict.fromkeys(" ".join(t.split()) for t in texts))


def _docx_text_before_tables(document: Any) -> list[list[str]]:
    """Each body table's preceding paragraphs, in document order (the order of ``document.tables``):
    a title such as "Thematic list of recommendations - Slovenia"."""
    from docx.oxml.ns import qn

    found: list[list[str]] = []
    paragraphs: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            if text.strip():
                paragraphs.append(" ".join(text.split()))
        elif child.tag == qn("w:tbl"):
            found.append(paragraphs[-12:])
            paragraphs = []
    return found


def _docx_table(table: Any, number: int, preamble: list[str]) -> Table:
    """One Word table as rows of texts, a cell spanning columns repeated in each of them.

    python-docx's ``row.cells`` finds the cell above a vertically merged one by recursion and by walking
    the rows again (a long merged column makes it quadratic, then a RecursionError); here each row
    remembers the cell above every grid column, in one pass.
    """
    from docx.table import _Cell

    rows: list[list[Cell]] = []
    merged: set[int] = set()
    above: dict[int, tuple[int, str]] = {}  # grid column -> (the cell holding the text, its text)
    for index, tr_element in enumerate(table._tbl.tr_lst):
        texts: list[Cell] = []
        owners: set[int] = set()
        column = tr_element.grid_before
        for tc in tr_element.tc_lst:
            span = max(tc.grid_span, 1)
            if tc.vMerge == "continue":
                owner, text = above.get(column, (id(tc), ""))
            else:
                owner, text = id(tc), _Cell(tc, table).text
            for offset in range(span):
                above[column + offset] = (owner, text)
                texts.append(text)
            owners.add(owner)
            column += span
        if len(owners) == 1 and len(texts) > 1:
            merged.add(index)
        rows.append(texts)
    return Table(tr("table {number}", number=number), rows, 1, "docx", merged, preamble)


def cell_text(cell: Cell) -> str:
    """A cell as text, trimmed; whole floats lose their '.0'."""
    if type(cell) is str:
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    return str(cell).strip()


def require_tables(source: SourceFile) -> list[Table]:
    try:
        return source.tables()
    except UserError:
        raise
    except MemoryError:
        raise FileRefused(tr("Cannot import {file}: it is too large to read on this computer.", file=source.path.name)) from None
