"""The bounds count of sheets whose cells do not say where they are (no r=): empty rows, prefixes and formulas."""

from __future__ import annotations

import io
import zipfile

import pytest

from upr_desktop.files import sheet_bounds
from upr_desktop.files.sheet_bounds import Limits, OutOfBounds

LIMITS = Limits(rows=100, columns=20, cells=400, tags=10_000)
HEAD = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'


def _book(sheet: bytes) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def _extent(body: bytes) -> sheet_bounds.SheetExtent:
    return sheet_bounds.check_xlsx(_book(HEAD + body + b"</sheetData></worksheet>"), LIMITS)[0]


def test_empty_rows_that_close_themselves_move_the_next_rows_down() -> None:
    row = b'<row><c t="s"><v>0</v></c><c><v>1</v></c></row>'
    assert _extent(row * 3).rows == 3
    assert _extent(row + b"<row/>" * 50 + row).rows == 52
    with pytest.raises(OutOfBounds):
        _extent(row + b"<row />" * 150 + row)  # placed below the last row the sheet may use


def test_prefixed_tags_and_formulas_are_seen_in_pieces_without_r_attributes() -> None:
    assert not _extent(b"<row><c><v>1</v></c></row>").has_formulas
    assert _extent(b"<row><c><f>1+1</f><v>2</v></c></row>").has_formulas
    prefixed = b"<x:row><x:c><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>"
    extent = _extent(prefixed * 3)
    assert extent.has_formulas and extent.rows == 3
    with pytest.raises(OutOfBounds):
        _extent(b"<x:row>" + b"<x:c><x:v>1</x:v></x:c>" * 30 + b"</x:row>")  # wider than 20 columns
