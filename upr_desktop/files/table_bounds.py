"""How much a Word table or a text file may make a reader allocate, counted first (see sheet_bounds).

python-docx builds a tree of the whole document and repeats a cell once per grid column it spans;
the csv module makes a Python string of every field. Word tables are counted from the document's
XML stream (rows, cells, grid spans, with any namespace prefix), and text files are read through
:func:`bounded_rows`, which stops at the first row past a limit.
"""

from __future__ import annotations

import csv
import re
import zipfile
from typing import Any

from upr_desktop.files.sheet_bounds import OutOfBounds, attributes, pieces, thousands
from upr_desktop.i18n import tr

# Word tables: Word itself stops at 63 columns; an OHCHR matrix has a few hundred rows. python-docx
# builds a tree of the whole document: about 10 KB of memory per table row (20,000 rows: ~200 MB).
DOCX_MAX_COLUMNS = 63
DOCX_MAX_ROWS = 20_000
DOCX_MAX_CELLS = 200_000
DOCX_MAX_XML_BYTES = 16 * 1024 * 1024  # document.xml
# Text files (CSV, JSON): read whole, decoded, then split into rows.
TEXT_MAX_BYTES = 200 * 1024 * 1024
TEXT_MAX_ROWS = 1_048_576
TEXT_MAX_FIELDS_PER_ROW = 16_384
TEXT_MAX_FIELDS = 3_000_000
TEXT_MAX_FIELD_CHARS = 131_072  # one recommendation is a few thousand characters at most


# -- docx --------------------------------------------------------------------------------------------
# Any prefix: python-docx matches namespaces, not the letters a file chose for them.
_DOCX_TOKEN = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(tbl|tr|tc|gridSpan)(?=[\s/>])([^>]*)>")


_WORD_PARTS = re.compile(r"word/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml")


def check_docx(archive: zipfile.ZipFile) -> None:
    """The tables of a Word document (its body, page headers and footers, notes) within Word's own limits
    (63 columns) and ours (rows, cells, size): python-docx reads the page headers too."""
    tables = rows = cells = 0
    where = tr("the Word document")
    for info in archive.infolist():
        if not _WORD_PARTS.fullmatch(info.filename):
            continue
        if info.file_size > DOCX_MAX_XML_BYTES:
            raise OutOfBounds(tr("the document's text unpacks to {mb} MB, more than the {limit} MB a matrix may have; it was not opened.",
                                 mb=thousands(info.file_size // 2**20), limit=DOCX_MAX_XML_BYTES // 2**20))
        depth = width = 0
        for piece in pieces(archive, info.filename):
            for m in _DOCX_TOKEN.finditer(piece):
                closing, name, raw = m[1], m[2], m[3]
                if name == b"tbl":
                    if closing:
                        depth = max(depth - 1, 0)
                    elif not raw.rstrip().endswith(b"/"):
                        depth += 1
                        tables += 1
                    continue
                if closing or depth == 0:
                    continue
                if name == b"tr":
                    rows += 1
                    width = 0
                    if rows > DOCX_MAX_ROWS:
                        raise OutOfBounds(tr("its tables have more than {limit} rows, far more than any matrix; it was not opened.", limit=thousands(DOCX_MAX_ROWS)))
                elif name == b"tc":
                    cells += 1
                    width += 1
                    if cells > DOCX_MAX_CELLS:
                        raise OutOfBounds(tr("its tables have more than {limit} cells, far more than any matrix; it was not opened.", limit=thousands(DOCX_MAX_CELLS)))
                else:  # gridSpan: the cell before covers that many columns
                    value = attributes(raw, where, local=True).get(b"val", b"1")
                    span = int(value) if value.isdigit() and len(value) < 6 else DOCX_MAX_COLUMNS + 1
                    width += max(span, 1) - 1
                if width > DOCX_MAX_COLUMNS:
                    raise OutOfBounds(tr("a table row spans more than {limit} columns, which Word itself does not allow; it was not opened.", limit=DOCX_MAX_COLUMNS))


# -- text --------------------------------------------------------------------------------------------
def check_text_size(size: int) -> None:
    if size > TEXT_MAX_BYTES:
        raise OutOfBounds(tr("the text file is {mb} MB, more than the {limit} MB one import may read; split it into smaller files.",
                             mb=thousands(size // 2**20), limit=TEXT_MAX_BYTES // 2**20))


def bounded_rows(reader: Any) -> list[list[str]]:
    """The rows of a csv reader, refused as soon as the rows, fields or cells pass the limits."""
    rows: list[list[str]] = []
    fields = 0
    previous = csv.field_size_limit(TEXT_MAX_FIELD_CHARS)
    try:
        for row in reader:
            rows.append(row)
            fields += len(row)
            if len(row) > TEXT_MAX_FIELDS_PER_ROW:
                raise OutOfBounds(tr("line {line} has {count} fields, more than the {limit} a row may have; it was not read.",
                                     line=thousands(reader.line_num), count=thousands(len(row)), limit=thousands(TEXT_MAX_FIELDS_PER_ROW)))
            if len(rows) > TEXT_MAX_ROWS:
                raise OutOfBounds(tr("it has more than {limit} rows; split it into smaller files.", limit=thousands(TEXT_MAX_ROWS)))
            if fields > TEXT_MAX_FIELDS:
                raise OutOfBounds(tr("it has more than {limit} fields in all (by line {line}); split it into smaller files.",
                                     limit=thousands(TEXT_MAX_FIELDS), line=thousands(reader.line_num)))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise OutOfBounds(tr("a field on line {line} is longer than {limit} characters, far longer than any recommendation (a quote left open?).",
                                 line=thousands(reader.line_num), limit=thousands(TEXT_MAX_FIELD_CHARS))) from None
        raise
    finally:
        csv.field_size_limit(previous)
    return rows
