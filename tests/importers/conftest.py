"""Fixture files for importer tests, made the way real programs make them (xlwt BIFF, openpyxl, python-docx, CSV bytes)."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from upr_desktop.core.domain.models import ChangeLog, ImportRun, Recommendation

LEGACY_HEADERS = ["SuR", "Rgrp", "Org", "Recommendation", "RS", "Rgrp", "Org", "Response", "Action", "Issue", "Session"]
MAC_HEADERS = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session"]


def write_xls(path: Path, sheet: str, rows: Sequence[Sequence[Any]]) -> Path:
    """A real BIFF8 .xls, as the old PHP exporter wrote it (numbers as floats)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    book.save(str(path))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Sheet1", extra_sheets: dict[str, list[list[Any]]] | None = None) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for name, more in (extra_sheets or {}).items():
        other = book.create_sheet(name)
        for row in more:
            other.append(row)
    book.save(path)
    return path


def write_docx(path: Path, header: Sequence[str], rows: Sequence[Sequence[str] | str], *, title: str = "Matrix") -> Path:
    """An OHCHR matrix: one table; a plain string row is a 'Theme:' heading merged across the table."""
    import docx

    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1])
            merged.text = row
        else:
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    document.save(str(path))
    return path


def rewrite_zip(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """Copy an Office file, passing each part through ``change`` (None keeps the part as is)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            new = change(info.filename, data)
            zout.writestr(info.filename, data if new is None else new)
    return target


def encrypted_office_file(path: Path) -> Path:
    """A compound file holding an 'EncryptedPackage' stream: what Excel and Word save with a password."""
    import xlwt
    from xlwt import CompoundDoc

    book = xlwt.Workbook()
    book.add_sheet("S").write(0, 0, "secret")
    with open(path, "wb") as fh:
        CompoundDoc.XlsDoc().save(fh, book.get_biff_data())
    data = bytearray(path.read_bytes())
    name = "Workbook".encode("utf-16-le")
    at = data.index(name)
    new_name = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    data[at : at + 64] = new_name.ljust(64, b"\x00")
    data[at + 64 : at + 66] = struct.pack("<H", len(new_name))
    path.write_bytes(bytes(data))
    return path


def password_xls(path: Path) -> Path:
    """A BIFF .xls with a FILEPASS (RC4) record: a workbook saved with an opening password."""
    import os

    import xlwt
    from xlwt import CompoundDoc

    book = xlwt.Workbook()
    book.add_sheet("S").write(0, 0, "secret")
    data = book.get_biff_data()
    _type, length = struct.unpack("<HH", data[:4])
    body = struct.pack("<HHH", 1, 1, 1) + os.urandom(48)
    data = data[: 4 + length] + struct.pack("<HH", 0x002F, len(body)) + body + data[4 + length :]
    with open(path, "wb") as fh:
        CompoundDoc.XlsDoc().save(fh, data)
    return path


@pytest.fixture
def counts(workspace: Any) -> Callable[[], dict[str, int]]:
    """Rows in the tables an import writes to, to prove a refused file changed nothing."""

    def read() -> dict[str, int]:
        with workspace.session() as s:
            return {
                "recommendations": s.scalar(select(func.count()).select_from(Recommendation)) or 0,
                "changes": s.scalar(select(func.count()).select_from(ChangeLog)) or 0,
                "runs": s.scalar(select(func.count()).select_from(ImportRun)) or 0,
            }

    return read


@pytest.fixture
def recs(workspace: Any) -> Callable[[], list[Recommendation]]:
    def read() -> list[Recommendation]:
        with workspace.session() as s:
            found = list(s.scalars(select(Recommendation).order_by(Recommendation.id)))
            for r in found:
                _ = (r.themes, r.sdgs, r.affected_groups)
            return found

    return read
