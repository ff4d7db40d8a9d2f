"""How much a spreadsheet may make a reader allocate, counted from its raw stream before any reader sees it.

python-calamine allocates the whole rectangle a sheet's cells span (32 bytes a cell) before it
hands back a single row: an 18 KB workbook whose cells carry no ``r=`` (one row of 16,384 ``<c/>``,
then 200,000 tiny rows) asked it for 104 GB and the process aborted; a 5 KB ``.xls`` with one cell at
row 65,536, column IV asks for half a gigabyte. So before calamine or xlrd see a workbook, its rows
and cells are counted from the raw stream, placed the way calamine places them (a cell's ``r=``,
else the row element's row and the column after the previous cell; ODS repeats; BIFF cell records),
and a workbook past the limits is refused with :class:`OutOfBounds`, whose message names the sheet
and what is too large. The importers and the exchange reader put the file's name in front. Word
tables and text files have their own counts in :mod:`upr_desktop.files.table_bounds`.

Workbooks written by Excel, LibreOffice, openpyxl and the like give every cell an ``r=`` as its first
attribute: those are read with a few byte counts and one search for far-away cells (see
benchmarks/sheet_bounds.py). Anything else is walked tag by tag, and the walk stops as soon as a
limit is passed, so a hostile file is refused within milliseconds.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from upr_desktop.errors import UserError
from upr_desktop.files import zip_guard
from upr_desktop.i18n import tr

_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    rows: int  # the last row a sheet may use
    columns: int  # the last column a sheet may use
    cells: int  # rows x columns of the rectangle a sheet spans (what the reader allocates)
    tags: int  # cell elements (or records) in one sheet, filled or not: the parser's own work


# Imports: a UPR Info or UHRI export of 150,000 rows by 25 columns fits; 4 million cells cost calamine
# 128 MB, and the Python rows about as much again.
IMPORT_LIMITS = Limits(rows=1_048_576, columns=16_384, cells=4_000_000, tags=8_000_000)
# Returned exchange workbooks: what an exported workbook can hold, with room for a member's additions.
RETURN_LIMITS = Limits(rows=20_000, columns=200, cells=20_000 * 200, tags=1_000_000)
class OutOfBounds(UserError):
    """The file would make a reader allocate more than the limits allow; the message says what."""


@dataclass
class SheetExtent:
    """What a sheet spans, as counted: its last row and column used (1-based) and its cell count."""

    name: str
    rows: int = 0
    columns: int = 0
    cells: int = 0
    has_formulas: bool = False
    part: str = ""
    notes: list[str] = field(default_factory=list)


def thousands(value: int) -> str:
    return f"{value:,}"


def column_letters(number: int) -> str:
    """1-based column number -> spreadsheet letters (1 -> A, 28 -> AB)."""
    letters = ""
    while number > 0:
        number, rem = divmod(number - 1, 26)
        letters = chr(65 + rem) + letters
    return letters or "A"


def _columnthousands(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


class _Extent:
    """Running maxima of one sheet, refusing as soon as a limit is passed."""

    def __init__(self, sheet: str, limits: Limits) -> None:
        self.sheet, self.limits = sheet, limits
        self.rows = self.columns = self.tags = 0

    def cell(self, row: int, column: int) -> None:
        limits = self.limits
        if row > self.rows:
            self.rows = row
            if row > limits.rows:
                raise OutOfBounds(tr("sheet '{sheet}' has cells down to row {row}, more than the {limit} rows it may have; it was not opened.",
                                     sheet=self.sheet, row=thousands(row), limit=thousands(limits.rows)))
        if column > self.columns:
            self.columns = column
            if column > limits.columns:
                raise OutOfBounds(tr("sheet '{sheet}' has cells as far as column {column} (column {number}), more than the {limit} columns it may have; clear the far cells, save and try again.",
                                     sheet=self.sheet, column=column_letters(column), number=thousands(column), limit=thousands(limits.columns)))
        if self.rows * self.columns > limits.cells:
            self.too_many_cells()

    def too_many_cells(self) -> None:
        raise OutOfBounds(tr("sheet '{sheet}' spans {rows} rows by {columns} columns ({cells} cells), more than the {limit} cells a file may have; it was not opened. Split it into smaller files.",
                             sheet=self.sheet, rows=thousands(self.rows), columns=thousands(self.columns),
                             cells=thousands(self.rows * self.columns), limit=thousands(self.limits.cells)))

    def tag(self, count: int = 1) -> None:
        self.tags += count
        if self.tags > self.limits.tags:
            raise OutOfBounds(tr("sheet '{sheet}' holds more than {limit} cells; it was not opened. Split it into smaller files.",
                                 sheet=self.sheet, limit=thousands(self.limits.tags)))

    def result(self, part: str, has_formulas: bool = False) -> SheetExtent:
        return SheetExtent(self.sheet, self.rows, self.columns, self.tags, has_formulas, part)


# -- streaming a zip member ------------------------------------------------------------------------
def pieces(archive: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    """The part's bytes in pieces that each end just after a '>', so no tag is cut in two.

    Read through the zip guard's chunks (a part larger than it declares, or damaged, is UnsafeZip).
    """
    tail = b""
    for chunk in zip_guard.chunks(archive, archive.getinfo(name)):
        data = tail + chunk
        cut = data.rfind(b">") + 1
        if cut == 0:
            if len(data) > 4 * _CHUNK:
                raise OutOfBounds(tr("part '{part}' holds text without any tag end for megabytes; it is not a spreadsheet part.", part=name))
            tail = data
            continue
        yield data[:cut]
        tail = data[cut:]
    if tail.strip():
        yield tail


# -- xlsx --------------------------------------------------------------------------------------------
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# Anything that is not a plain ``<c r="B12"`` start tag sends the sheet to the exact walk below.
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:(?:c|row|f)[\s/>]")
_LOOSE_CELL = re.compile(rb'<c(?=[\s/>])(?! r="[A-Z]{1,3}[0-9]{1,7}")')
# Tabs and line breaks as spaces: then an r attribute written any other way than ` r="` shows as ` r ` or ` r='`.
_AS_SPACES = bytes.maketrans(b"\t\n\r", b"   ")
_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")


def _has_formula(piece: bytes) -> bool:
    """Whether a formula tag is in ``piece``: quick scans, the (slower) pattern only when they find a sign."""
    return (b"<f" in piece or (b":" in piece and b":f" in piece)) and _FORMULA_TAG.search(piece) is not None


def _has_prefix(piece: bytes) -> bool:
    """Whether a row, cell or formula tag carries a namespace prefix (readers match local names).

    A piece without any ':' has none (one scan of a sheet's 26 MB instead of three when it has no colon)."""
    return (b":" in piece and (b":c" in piece or b":row" in piece or b":f" in piece)) and _PREFIXED.search(piece) is not None


_TOKEN = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(row|c|f)(?=[\s/>])([^>]*)>")
_ATTR = re.compile(rb"""\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF = re.compile(rb"([A-Z]{1,3})([0-9]{1,7})")


def _far_cells(limits: Limits) -> re.Pattern[bytes]:
    """Cells the quick count must look at: two- or three-letter columns, or rows with many digits.

    The others (columns A-Z, rows below 10^(digits-1)) all fit the limits whatever they are.
    """
    safe_rows = min(limits.cells // 26, limits.rows)
    digits = len(str(safe_rows))
    return re.compile(rb'<c r="(?:([A-Z]{2,3})([0-9]+)|([A-Z])([0-9]{%d,}))"([^>]*)>' % digits)


# The attributes read by local name (ODS repeats and table names, Word's gridSpan): one given twice under two
# prefixes could make the count and the reader disagree. Others may repeat across namespaces: LibreOffice
# writes each cell's type twice (``office:value-type`` and ``calcext:value-type``).
_COUNTED_LOCALLY = {b"number-rows-repeated", b"number-columns-repeated", b"name", b"val"}


def attributes(raw: bytes, where: str, *, local: bool = False) -> dict[bytes, bytes]:
    """The attributes of a tag (by local name with ``local``); a tag not well formed, or naming one twice, is refused."""
    body = raw.rstrip()
    if body.endswith(b"/"):
        body = body[:-1]
    found: dict[bytes, bytes] = {}
    pos = 0
    for m in _ATTR.finditer(body):
        if body[pos:m.start()].strip():
            break
        name = m[1].rpartition(b":")[2] if local else m[1]
        if name in found and (not local or name in _COUNTED_LOCALLY):
            raise OutOfBounds(tr("{where}: a cell tag names its '{name}' twice, which no spreadsheet program writes; it was not opened.", where=where, name=name.decode("ascii", "replace")))
        found[name] = m[2] if m[2] is not None else m[3]
        pos = m.end()
    if body[pos:].strip():
        raise OutOfBounds(tr("{where}: a cell tag is not well formed; it was not opened. Save the file again from Excel or LibreOffice.", where=where))
    return found


def _ref(value: bytes, where: str) -> tuple[int, int]:
    m = _REF.fullmatch(value)
    if m is None:
        raise OutOfBounds(tr("{where}: the cell reference '{ref}' is not a plain reference such as B12; it was not opened.", where=where, ref=value[:20].decode("ascii", "replace")))
    return int(m[2]), _columnthousands(m[1])


_ROW_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])([^>]*)>")
_EMPTY_ROW = re.compile(rb"<row(?=[\s/>])[^>]*/>")
_CELL_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(c|f)(?=[\s/>])([^>]*)>")
_CELL_STARTS = (b"<c ", b"<c>", b"<c/", b"<c\t", b"<c\n", b"<c\r")


class _Walk:
    """calamine's own placement of cells, as state carried from tag to tag.

    calamine keeps a row index (set by a row's ``r=``, one more at each row's end) and a column index
    (set by a cell's ``r=``, one more after each cell): a cell without ``r=`` goes at (row index,
    column index) whatever the cells before it said. An empty ``<c/>`` still moves the column on.
    """

    def __init__(self, extent: _Extent, formulas: set[tuple[int, int]] | None) -> None:
        self.extent, self.formulas = extent, formulas
        self.row_index = 0  # 0-based, as calamine counts
        self.column_index = 0
        self.in_cell: tuple[int, int] | None = None
        self.has_formulas = False
        self.where = tr("sheet '{sheet}'", sheet=extent.sheet)

    def row_tag(self, closing: bytes, raw: bytes) -> None:
        if not closing:
            number = attributes(raw, self.where).get(b"r")
            if number is not None:
                if not number.isdigit() or len(number) > 8:
                    raise OutOfBounds(tr("{where}: the row number '{row}' is not a number; it was not opened.",
                                         where=self.where, row=number[:20].decode("ascii", "replace")))
                self.row_index = int(number) - 1
        if closing or raw.rstrip().endswith(b"/"):
            self.row_index += 1
            self.column_index = 0

    def plain_piece(self, piece: bytes) -> None:
        """A piece in which no row and no cell says where it is (no ``r=`` at all): rows and cells counted in C.

        Each ``</row>`` ends a row of as many cells as ``<c`` start tags before it (inside sheetData
        nothing else starts with ``<c``); every cell is counted as holding a value, so the rectangle can
        only be overestimated.
        """
        start = piece.find(b"<sheetData")
        if start >= 0:
            piece = piece[start:]
        end = piece.find(b"</sheetData>")
        if end >= 0:
            piece = piece[:end]
        parts = piece.split(b"</row>")
        counts = list(map(bytes.count, parts, repeat(b"<c")))
        self.extent.tag(sum(counts))
        empty_rows = len(_EMPTY_ROW.findall(piece)) if b"/>" in piece else 0  # no tag closes itself: none is an empty row
        if not self.has_formulas and _has_formula(piece):
            self.has_formulas = True
        self.column_index += counts[0]
        if len(parts) == 1:
            self.row_index += empty_rows
            if self.column_index:
                self.extent.cell(self.row_index + 1, self.column_index)
            return
        widest = max(self.column_index, *counts[1:-1]) if len(counts) > 2 else self.column_index
        self.row_index += len(parts) - 1 + empty_rows
        if widest:
            self.extent.cell(1, widest)  # its width alone first: the plainest reason when it is too wide
            self.extent.cell(self.row_index, widest)  # then placed as far down as any row could be
        self.column_index = counts[-1]
        if self.column_index:
            self.extent.cell(self.row_index + 1, self.column_index)

    def cells(self, text: bytes) -> None:
        """The cells between two row tags: counted at once when none says where it is, else tag by tag."""
        if self.formulas is None and b"r=" not in text and b"r =" not in text and not _has_prefix(text):
            count = sum(text.count(start) for start in _CELL_STARTS)
            if count:
                self.extent.tag(count)
                self.column_index += count
                # Every one of them counted as holding a value: the rectangle can only be overestimated.
                self.extent.cell(self.row_index + 1, self.column_index)
            if not self.has_formulas and _has_formula(text):
                self.has_formulas = True
            return
        for m in _CELL_TAG.finditer(text):
            closing, name, raw = m[1], m[2], m[3]
            if name == b"f":
                if not closing:
                    self.has_formulas = True
                    if self.formulas is not None and self.in_cell is not None:
                        self.formulas.add((self.in_cell[0] - 1, self.in_cell[1] - 1))
                continue
            if closing:
                self.in_cell = None
                continue
            ref = attributes(raw, self.where).get(b"r")
            if ref is not None:
                row, column = _ref(ref, self.where)  # 1-based
                self.column_index = column - 1
            else:
                row, column = self.row_index + 1, self.column_index + 1
            self.column_index += 1
            self.extent.tag()
            filled = not raw.rstrip().endswith(b"/")
            self.in_cell = (row, column) if filled else None
            if filled:
                self.extent.cell(row, column)


def _walk_xlsx_sheet(archive: zipfile.ZipFile, part: str, extent: _Extent, formulas: set[tuple[int, int]] | None = None) -> bool:
    """Every row and cell tag in order, placed as calamine places them; True when formulas are present."""
    walk = _Walk(extent, formulas)
    for piece in pieces(archive, part):
        if formulas is None and b"r=" not in piece and b"r =" not in piece and not _has_prefix(piece):
            walk.plain_piece(piece)
            continue
        position = 0
        for m in _ROW_TAG.finditer(piece):
            walk.cells(piece[position:m.start()])
            walk.row_tag(m[1], m[2])
            position = m.end()
        walk.cells(piece[position:])
    return walk.has_formulas


def _quick_xlsx_sheet(archive: zipfile.ZipFile, part: str, extent: _Extent) -> tuple[bool, bool]:
    """(settled, has_formulas): settled when every cell is a plain ``<c r="..."`` and the limits hold."""
    far = _far_cells(extent.limits)
    cells = r_attributes = row_numbers = 0
    has_formulas = False
    far_rows = far_columns = 0
    for piece in pieces(archive, part):
        flat = piece.translate(_AS_SPACES)
        if _has_prefix(piece) or _LOOSE_CELL.search(piece) or b" r " in flat or b" r='" in flat:
            return False, False
        count = piece.count(b'<c r="')
        cells += count
        extent.tag(count)
        r_attributes += flat.count(b' r="')
        row_numbers += piece.count(b'<row r="')
        if not has_formulas and _has_formula(piece):
            has_formulas = True
        for m in far.finditer(piece):
            if m[5].rstrip().endswith(b"/"):
                continue  # an empty cell (formatting only): the reader keeps nothing for it
            letters, digits = (m[1], m[2]) if m[1] else (m[3], m[4])
            row, column = int(digits), _columnthousands(letters)
            extent.cell(row, column)
            far_rows, far_columns = max(far_rows, row), max(far_columns, column)
    if r_attributes != cells + row_numbers:
        return False, False  # some tag carries a second or unusual r=: walk it exactly
    # Cells not matched by ``far`` lie within columns A-Z and the rows ``far`` leaves out.
    safe_rows = 10 ** (len(str(min(extent.limits.cells // 26, extent.limits.rows))) - 1) - 1
    if max(far_rows, safe_rows) * max(far_columns, 26) > extent.limits.cells:
        return False, has_formulas  # maybe too large: the exact walk decides
    return True, has_formulas


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> worksheet part, from workbook.xml and its relationships (for messages)."""
    from defusedxml import ElementTree as SafeET

    try:
        book = SafeET.fromstring(archive.read("xl/workbook.xml"))
        rels = SafeET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # noqa: BLE001 - names are only for messages; the part names stand in
        return {}
    targets = {}
    for rel in rels.iter(f"{_NS_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[rel.get("Id")] = target
    parts = {}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        rid = sheet.get(f"{_NS_REL}id")
        if rid in targets:
            parts[sheet.get("name", "")] = targets[rid]
    return parts


_NOT_SHEETS = {"[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"}


def check_xlsx(archive: zipfile.ZipFile, limits: Limits = IMPORT_LIMITS) -> list[SheetExtent]:
    """Every sheet part of an .xlsx/.xlsm within ``limits``; raises :class:`OutOfBounds`.

    Every XML part other than the workbook's own lists is counted, wherever the relationships put it:
    a sheet part can be named anything.
    """
    names = {part: name for name, part in sheet_parts(archive).items()}
    if any(info.filename.lower().endswith(".bin") and info.filename.lower().startswith("xl/worksheets/") for info in archive.infolist()):
        raise OutOfBounds(tr("it is a binary Excel workbook (.xlsb), which is not read; save it as an Excel Workbook (.xlsx) and try again."))
    extents = []
    for info in archive.infolist():
        part = info.filename
        if not part.lower().endswith(".xml"):
            continue
        if part not in names and (part in _NOT_SHEETS or not (part.startswith("xl/worksheets/") or _mentions_cells(archive, part))):
            continue
        extent = _Extent(names.get(part, part), limits)
        settled, has_formulas = _quick_xlsx_sheet(archive, part, extent)
        if not settled:
            extent = _Extent(names.get(part, part), limits)
            has_formulas = _walk_xlsx_sheet(archive, part, extent)
        extents.append(extent.result(part, has_formulas))
    return extents


def counted_parts(archive: zipfile.ZipFile) -> frozenset[str]:
    """The parts :func:`check_xlsx` reads to their end (through the zip guard's chunks, checksums included)."""
    return frozenset(info.filename for info in archive.infolist()
                     if info.filename.lower().endswith(".xml") and info.filename not in _NOT_SHEETS)


def _mentions_cells(archive: zipfile.ZipFile, part: str) -> bool:
    """Whether a part that is not listed as a sheet still holds sheet data (a part can be named anything)."""
    for piece in pieces(archive, part):
        if b"sheetData" in piece:
            return True
    return False


def formula_cells(archive: zipfile.ZipFile, part: str, sheet: str = "") -> set[tuple[int, int]]:
    """0-based (row, column) of every cell of ``part`` that holds a formula."""
    found: set[tuple[int, int]] = set()
    _walk_xlsx_sheet(archive, part, _Extent(sheet or part, IMPORT_LIMITS), found)
    return found


# -- ods ---------------------------------------------------------------------------------------------
_ODS_TOKEN = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)>")


def _repeat(attrs: dict[bytes, bytes], name: bytes, where: str) -> int:
    value = attrs.get(name)
    if value is None:
        return 1
    if not value.isdigit() or len(value) > 9:
        raise OutOfBounds(tr("{where}: a repeat count '{value}' is not a number; it was not opened.", where=where, value=value[:20].decode("ascii", "replace")))
    return max(int(value), 1)


def check_ods(archive: zipfile.ZipFile, limits: Limits = IMPORT_LIMITS) -> list[SheetExtent]:
    """Every table of an OpenDocument spreadsheet within ``limits`` (rows and cells with their repeats)."""
    extents: list[SheetExtent] = []
    extent: _Extent | None = None
    row = 0  # rows before the current one
    row_repeat = 1
    column = 0
    row_width = 0  # columns up to the last filled cell of the current row
    number = 0
    for piece in pieces(archive, "content.xml"):
        for m in _ODS_TOKEN.finditer(piece):
            closing, name, raw = m[1], m[2], m[3]
            if name == b"table":
                if closing:
                    continue
                if extent is not None:
                    extents.append(extent.result("content.xml"))
                number += 1
                attrs = attributes(raw, tr("table {number}", number=number), local=True)
                extent = _Extent(attrs.get(b"name", b"").decode("utf-8", "replace") or tr("table {number}", number=number), limits)
                row = 0
                continue
            if extent is None:
                continue
            where = tr("sheet '{sheet}'", sheet=extent.sheet)
            if name == b"table-row":
                if closing:
                    if row_width:
                        extent.cell(row + row_repeat, row_width)
                    row += row_repeat
                    continue
                row_repeat = _repeat(attributes(raw, where, local=True), b"number-rows-repeated", where)
                column = row_width = 0
                if raw.rstrip().endswith(b"/"):
                    row += row_repeat
                continue
            if closing:
                continue
            repeat = _repeat(attributes(raw, where, local=True), b"number-columns-repeated", where)
            extent.tag()
            column += repeat
            if not raw.rstrip().endswith(b"/"):
                row_width = column
                extent.cell(row + 1, column)
    if extent is not None:
        extents.append(extent.result("content.xml"))
    return extents


# -- xls (BIFF) -------------------------------------------------------------------------------------
# Records that place one cell: BIFF2-4 and BIFF5/8 ids. Row and column are their first two words.
_CELL_RECORDS = {0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x0206,
                 0x0406, 0x027E, 0x00FD, 0x00D6}
_MULTI_RECORDS = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first column ... last column
_BOF = {0x0009, 0x0209, 0x0409, 0x0809}


def check_xls(data: bytes, limits: Limits = IMPORT_LIMITS) -> list[SheetExtent]:
    """Every sheet of a BIFF (.xls) workbook within ``limits``, from its cell records."""
    from xlrd import compdoc

    stream: Any = data
    base, end = 0, len(data)
    if data[:8] == compdoc.SIGNATURE:
        try:
            doc = compdoc.CompDoc(data, logfile=_Quiet(), ignore_workbook_corruption=True)
            for name in ("Workbook", "Book"):
                stream, base, size = doc.locate_named_stream(name)
                if stream:
                    end = base + size
                    break
            else:
                raise OutOfBounds(tr("it holds no Excel workbook."))
        except OutOfBounds:
            raise
        except Exception as exc:  # noqa: BLE001 - xlrd's container errors: a damaged file
            raise OutOfBounds(tr("the old Excel (.xls) file is damaged ({reason}).", reason=str(exc)[:120])) from None
    extents: list[SheetExtent] = []
    extent: _Extent | None = None
    pos = base
    sheets = 0
    unpack = struct.unpack_from
    while pos + 4 <= end:
        record, length = unpack("<HH", stream, pos)
        body = pos + 4
        pos = body + length
        if record in _BOF:
            if extent is not None:
                extents.append(extent.result(""))
            extent = None
            if record == 0x0809 and length >= 4 and unpack("<H", stream, body + 2)[0] == 0x0005:
                continue  # the workbook globals: no cells
            sheets += 1
            extent = _Extent(tr("sheet {number}", number=sheets), limits)
            continue
        if extent is None or length < 4:
            continue
        if record in _CELL_RECORDS:
            row, column = unpack("<HH", stream, body)
            extent.tag()
            extent.cell(row + 1, column + 1)
        elif record in _MULTI_RECORDS and length >= 6:
            row, first = unpack("<HH", stream, body)
            (last,) = unpack("<H", stream, body + length - 2)
            extent.tag(max(last - first + 1, 1))
            extent.cell(row + 1, max(first, last) + 1)
    if extent is not None:
        extents.append(extent.result(""))
    return extents


class _Quiet:
    def write(self, _text: str) -> int:
        return 0
