"""Checks a file before any parser sees it: what it is, and whether it is empty, locked, truncated or hostile."""

from __future__ import annotations

from pathlib import Path

from upr_desktop.errors import UserError
from upr_desktop.files import sheet_bounds, zip_guard
from upr_desktop.i18n import tr

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP = b"PK\x05\x06"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

MAX_FILE_BYTES = 1024 * 1024 * 1024  # 1 GB: far beyond any real export (the archive's limits: files.zip_guard)
# How many rows and cells a sheet, a Word table or a text file may hold: files.sheet_bounds and
# files.table_bounds, counted from the stream when the file is opened (importers.readers.SourceFile).


class FileRefused(UserError):
    """The file is not something an importer may read; nothing was written."""


def _refuse(path: Path, reason: str) -> FileRefused:
    return FileRefused(tr("Cannot import {file}: {reason}", file=path.name, reason=reason))


def check_file(path: Path, *, bounds_follow: bool = False) -> str:
    """The kind of file (xlsx, xls, ods, docx, csv, json) after the safety checks; raises FileRefused.

    ``bounds_follow``: the caller counts the sheets' rows and cells next (``sheet_bounds.check_xlsx``), reading
    every sheet part to its end: the checksums of those parts are checked there, in the same pass.
    """
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
        return _check_zip(path, bounds_follow)
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


def _check_zip(path: Path, bounds_follow: bool = False) -> str:
    try:
        with zip_guard.open_archive(str(path)) as archive:
            parts = zip_guard.check_parts(archive)
            if "xl/workbook.xml" in parts or "xl/workbook.bin" in parts:
                kind = "xlsx"
            elif "word/document.xml" in parts:
                kind = "docx"
            elif "content.xml" in parts:
                kind = "ods"
            else:
                raise _refuse(path, tr("it is a zip archive but not an Excel, Word or OpenDocument file."))
            later = sheet_bounds.counted_parts(archive) if bounds_follow and kind == "xlsx" else frozenset()
            zip_guard.check_xml_parts(archive, parts, read_whole_later=later)
    except zip_guard.UnsafeZip as exc:
        raise _refuse(path, exc.reason) from None
    return kind
