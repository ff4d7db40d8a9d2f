"""Checks a file before any parser sees it: what it is, and whether it is empty, locked, truncated or hostile."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP = b"PK\x05\x06"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

MAX_FILE_BYTES = 1024 * 1024 * 1024  # 1 GB: far beyond any real export
MAX_MEMBERS = 5_000
MAX_UNPACKED_BYTES = 1536 * 1024 * 1024
MAX_RATIO = 150  # compressed XML of real workbooks stays well below this
RATIO_CHECK_FROM = 16 * 1024 * 1024  # small members may compress extremely well, harmlessly
MAX_CELLS = 12_000_000  # 100,000 rows x 120 columns; a sheet spanning more is refused
XML_HEAD = 64 * 1024

# Cells whose column has 2-3 letters or whose row has 6+ digits: the only ones that can make a sheet huge.
_BIG_CELL = re.compile(rb'<c r="([A-Z]{2,3})(\d+)"|<c r="([A-Z])(\d{6,})"')
_ROOT_START = re.compile(rb"<[A-Za-z]")
_ODS_WIDE_CELL = re.compile(rb'number-columns-repeated="(\d{4,})"[^>]*?(?<!/)>')


class FileRefused(UserError):
    """The file is not something an importer may read; nothing was written."""


def _refuse(path: Path, reason: str) -> FileRefused:
    return FileRefused(tr("Cannot import {file}: {reason}", file=path.name, reason=reason))


def check_file(path: Path) -> str:
    """The kind of file (xlsx, xls, ods, docx, csv, json) after the safety checks; raises FileRefused."""
    if not path.exists():
        raise _refuse(path, tr("the file does not exist."))
    if path.is_dir():
        raise _refuse(path, tr("it is a folder, not a file."))
    size = path.stat().st_size
    if size == 0:
        raise _refuse(path, tr("the file is empty."))
    if size > MAX_FILE_BYTES:
        raise _refuse(path, tr("the file is larger than 1 GB; split the export into smaller files."))
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(ZIP_MAGIC):
        return _check_zip(path)
    if head.startswith(EMPTY_ZIP):
        raise _refuse(path, tr("the file is an empty archive."))
    if head.startswith(CFB_MAGIC):
        data = path.read_bytes()
        if ENCRYPTED_PACKAGE in data:
            raise _refuse(path, tr("the file is protected by a password. Open it in Excel or Word, remove the password (File > Info > Protect), save it and import it again."))
        return "xls"
    if path.suffix.lower() in (".xlsx", ".xlsm", ".docx", ".ods", ".xls"):
        raise _refuse(path, tr("it is not a valid {ext} file (it may be damaged, truncated or renamed).", ext=path.suffix.lower()))
    if path.suffix.lower() == ".json":
        return "json"
    return "csv"


def _check_zip(path: Path) -> str:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse(path, tr("the file is damaged or incomplete (truncated). Download or save it again.")) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(path, tr("the archive holds {count} parts, far more than any real workbook.", count=len(infos)))
        total = 0
        names = set()
        for info in infos:
            name = info.filename
            if name.startswith(("/", "\\")) or ".." in name.split("/"):
                raise _refuse(path, tr("the archive contains a suspicious path '{name}'.", name=name))
            if info.flag_bits & 0x1:
                raise _refuse(path, tr("the file is protected by a password."))
            total += info.file_size
            if info.file_size > RATIO_CHECK_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(path, tr("part '{name}' unpacks to {size} MB from {packed} KB: this looks like a zip bomb.", name=name, size=info.file_size // 2**20, packed=info.compress_size // 1024))
            names.add(name)
        if total > MAX_UNPACKED_BYTES:
            raise _refuse(path, tr("the archive would unpack to {size} MB: this looks like a zip bomb.", size=total // 2**20))
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            kind = "xlsx"
        elif "word/document.xml" in names:
            kind = "docx"
        elif "content.xml" in names:
            kind = "ods"
        else:
            raise _refuse(path, tr("it is a zip archive but not an Excel, Word or OpenDocument file."))
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                _check_xml_head(path, archive, info)
        try:
            if kind == "xlsx":
                for info in infos:
                    if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                        _check_sheet_extent(path, archive, info)
            elif kind == "ods":
                _check_ods_extent(path, archive)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise _refuse(path, tr("the file is damaged or incomplete (truncated): {reason}", reason=exc)) from None
    return kind


def _check_xml_head(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Office parts never declare a DTD; one that does is an entity bomb or an XXE attempt."""
    try:
        with archive.open(info) as fh:
            head = fh.read(XML_HEAD)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise _refuse(path, tr("the file is damaged or incomplete (truncated): {reason}", reason=exc)) from None
    if not head.strip():
        return
    root = _ROOT_START.search(head)
    prolog = head if root is None else head[: root.start()]
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog or (root is None and len(head) == XML_HEAD):
        raise _refuse(path, tr("part '{name}' declares XML entities (a DOCTYPE), which Office files never do; it may be an attack and was not opened.", name=info.filename))


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


def _check_sheet_extent(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse sheets whose cells span more than MAX_CELLS: the reader would allocate the whole span."""
    max_row, max_col = 99_999, 26
    tail = b""
    with archive.open(info) as fh:
        while True:
            chunk = fh.read(4 * 1024 * 1024)
            if not chunk:
                break
            data = tail + chunk
            for m in _BIG_CELL.finditer(data):
                letters, digits = (m[1], m[2]) if m[1] else (m[3], m[4])
                max_col = max(max_col, _column_number(letters))
                max_row = max(max_row, int(digits))
            tail = data[-32:]
    if max_row * max_col > MAX_CELLS:
        raise _refuse(path, tr("sheet part '{name}' spans {rows} rows by {cols} columns, far more than any real export; it was not opened.", name=info.filename, rows=max_row, cols=max_col))


def _check_ods_extent(path: Path, archive: zipfile.ZipFile) -> None:
    with archive.open("content.xml") as fh:
        tail = b""
        while True:
            chunk = fh.read(4 * 1024 * 1024)
            if not chunk:
                break
            data = tail + chunk
            for m in _ODS_WIDE_CELL.finditer(data):
                if int(m[1]) > 1024:
                    raise _refuse(path, tr("a row repeats one cell {count} times, far more than any real export; it was not opened.", count=int(m[1])))
            tail = data[-256:]
