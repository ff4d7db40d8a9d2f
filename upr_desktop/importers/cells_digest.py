"""A fingerprint of what a file holds as the importers read it (its tables' cells), not of its bytes.

The same rows saved again (Excel or Calc re-saving the export, a newer download of an export with nothing new, the
file zipped again) are other bytes but the same cells: read as the same tables, they give the same records, so
an import of them into a workspace unchanged since the earlier import can only find every row unchanged
(run.py takes the earlier run's report then, without reading rows into records and comparing them one by one).

Everything an importer sees is in the digest: the file's kind and extension, the text encoding it was decoded
with, every table's name, kind, first row, formula cells, merged rows and preamble, and every cell with its type
(``1``, ``1.0`` and ``"1"`` differ). A workbook's sheets are digested as calamine gives their cells (HTML character
references not yet decoded), in the one pass that reads them (readers.SheetTable: streamed into records, or built
into rows), so that a digest costs no second read; other tables from their rows. Cells are serialised by
``marshal`` version 2, which writes values only (no references between shared objects, unlike versions 3 and 4),
a few thousand rows at a time; cell types marshal does not know (dates, times) are written as their type's name
and ISO text.
"""

from __future__ import annotations

import datetime
import hashlib
import marshal
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from upr_desktop.importers.readers import SourceFile

VERSION = b"upr-desktop cells 2\n"
CHUNK = 4_000  # rows serialised at a time: a few MB, whatever the file's size
_MARSHAL = 2  # values only: the same cells give the same bytes whichever objects they share


def cells_digest(source: SourceFile) -> str | None:
    """The hex digest of the tables ``source`` reads as (reads them when not read yet); None when a sheet's cells
    cannot be digested as read (rows given to it rather than read)."""
    tables = source.tables()
    digest = hashlib.sha256(VERSION)
    digest.update(_dumps([source.kind, source.path.suffix.lower(), source.encoding or "", source.encoding_doubt or ""]))
    for table in tables:
        digest.update(_dumps([table.name, table.kind, table.first_row, sorted(table.formulas), sorted(table.merged_rows),
                              list(table.preamble)]))
        sheet_cells = getattr(table, "cells", None)  # readers.SheetTable: digested as calamine gives its cells
        if sheet_cells is not None:
            cells = sheet_cells()
            if cells is None:
                return None
            digest.update(cells.encode("ascii"))
            continue
        rows = table.rows
        digest.update(_dumps(len(rows)))
        for start in range(0, len(rows), CHUNK):
            digest.update(_dumps(rows[start : start + CHUNK]))
    return digest.hexdigest()


def digesting(rows: Iterable[list[Any]], done: Callable[[str], None]) -> Iterator[list[Any]]:
    """``rows`` passed through, digested on the way; ``done`` is given the digest once the last row went by (never
    when the reader stops before the end)."""
    digest = hashlib.sha256(VERSION)
    chunk: list[list[Any]] = []
    keep = chunk.append
    for row in rows:
        keep(row)
        if len(chunk) == CHUNK:
            digest.update(_dumps(chunk))
            chunk.clear()
        yield row
    digest.update(_dumps(chunk))
    done(digest.hexdigest())


def _dumps(value: Any) -> bytes:
    try:
        return marshal.dumps(value, _MARSHAL)
    except ValueError:  # a date, a time or another value marshal does not write: written as plain values
        return marshal.dumps(_plain(value), _MARSHAL)


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if value is None or type(value) in (str, int, float, bool, bytes):
        return value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return ("\x00" + type(value).__name__, value.isoformat())
    if isinstance(value, datetime.timedelta):
        return ("\x00timedelta", value.days, value.seconds, value.microseconds)
    return ("\x00" + type(value).__name__, repr(value))
