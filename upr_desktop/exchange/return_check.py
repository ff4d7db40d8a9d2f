"""Checks on a returned workbook before any spreadsheet parser sees it.

A return comes from outside (email, USB stick) and may be damaged or hostile. Before parsing: the
file's size and kind, then the archive through :mod:`upr_desktop.files.zip_guard` (the same guard and
limits as every file we read: integrity, sizes, compression ratios, part names, no DTD anywhere).
While at it, the worksheet XML is scanned for formula cells, which a return may not contain (they
are never evaluated or stored). Every refusal is a :class:`ReturnRefused` with a message for a person.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree as SafeET

from upr_desktop.errors import UserError
from upr_desktop.files import sheet_bounds, zip_guard
from upr_desktop.i18n import tr

MAX_FILE_BYTES = 50 * 1024 * 1024  # an exchange workbook is a few MB; the archive's limits: files.zip_guard

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class ReturnRefused(UserError):
    """The whole file cannot be merged; the message says why and what to do."""


@dataclass
class CheckedWorkbook:
    data: bytes
    sha256: str
    # sheet name -> cells (e.g. "J5") that hold a formula
    formulas: dict[str, set[str]] = field(default_factory=dict)
    # workbook-level defined names -> (sheet, cell) they point at, when they name one cell ("FilledInBy")
    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    has_macros: bool = False  # a macro-enabled workbook (.xlsm): its macros are never run, only noted


def _refuse(path: Path, reason: str) -> ReturnRefused:
    return ReturnRefused(tr("{file}: {reason}", file=path.name, reason=reason))


def read_checked(path: Path) -> CheckedWorkbook:
    """Read and check a returned workbook; raises :class:`ReturnRefused` for anything unsafe."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(path, tr("cannot be read ({reason}).", reason=exc.strerror or exc)) from None
    if size == 0:
        raise _refuse(path, tr("the file is empty."))
    if size > MAX_FILE_BYTES:
        raise _refuse(path, tr("the file is {mb} MB, far larger than an exchange workbook; it was not opened.", mb=size // (1024 * 1024)))
    data = path.read_bytes()
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refuse(path, tr("this is an old Excel 97-2003 (.xls) file or an encrypted workbook. Open it and save it as .xlsx (Excel Workbook), without a password, then merge again."))
    if not data.startswith(b"PK\x03\x04"):
        raise _refuse(path, tr("this is not an .xlsx workbook (it may be another kind of file renamed .xlsx). Send the workbook as it was saved by Excel or LibreOffice."))
    checked = CheckedWorkbook(data, hashlib.sha256(data).hexdigest())
    try:
        with zip_guard.open_archive(io.BytesIO(data)) as archive:
            parts = zip_guard.check_parts(archive)
            for required in ("[Content_Types].xml", "xl/workbook.xml"):
                if required not in parts:
                    raise _refuse(path, tr("this zip file is not an Excel workbook (it has no {part}).", part=required))
            zip_guard.check_xml_parts(archive, parts)
            # Rows and cells counted before calamine allocates a sheet's whole span.
            sheet_bounds.check_xlsx(archive, sheet_bounds.RETURN_LIMITS)
            checked.formulas = _formula_cells(path, archive, parts)
            checked.names = defined_cells(archive, parts)
            checked.has_macros = any(name.lower().endswith("vbaproject.bin") for name in parts) or (
                b"macroEnabled" in zip_guard.read_part(archive, parts["[Content_Types].xml"]))
    except zip_guard.UnsafeZip as exc:
        raise _refuse(path, exc.reason) from None
    except sheet_bounds.OutOfBounds as exc:
        raise _refuse(path, str(exc)) from None
    return checked


_ONE_CELL = re.compile(r"^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d{1,7})$")


def defined_cells(archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo]) -> dict[str, tuple[str, str]]:
    """Workbook-level defined names that point at one cell: name -> (sheet, "B40")."""
    try:
        book = SafeET.fromstring(zip_guard.read_part(archive, parts["xl/workbook.xml"]))
    except zip_guard.UnsafeZip:
        raise
    except Exception:  # noqa: BLE001 - a damaged workbook.xml: no names (the sheets are checked on their own)
        return {}
    found: dict[str, tuple[str, str]] = {}
    for item in book.iter(f"{_NS_MAIN}definedName"):
        if item.get("localSheetId") is not None:
            continue
        match = _ONE_CELL.match((item.text or "").strip())
        if match:
            sheet = (match[1] or "").replace("''", "'") or match[2]
            found[item.get("name", "")] = (sheet, f"{match[3]}{match[4]}")
    return found


def sheet_parts(archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
    """Sheet name -> worksheet part path, from workbook.xml and its relationships."""
    rels_info = parts.get("xl/_rels/workbook.xml.rels")
    try:
        book = SafeET.fromstring(zip_guard.read_part(archive, parts["xl/workbook.xml"]))
        rels = SafeET.fromstring(zip_guard.read_part(archive, rels_info)) if rels_info is not None else None
    except zip_guard.UnsafeZip:
        raise
    except Exception:  # noqa: BLE001 - any parse failure means a damaged workbook
        return {}
    targets = {}
    if rels is not None:
        for rel in rels.iter(f"{_NS_PKG_REL}Relationship"):
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[rel.get("Id")] = target
    found = {}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        rid = sheet.get(f"{_NS_REL}id")
        if rid in targets:
            found[sheet.get("name", "")] = targets[rid]
    return found


def _formula_cells(path: Path, archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo]) -> dict[str, set[str]]:
    """Formula cells per sheet; one worksheet part in memory at a time (a return is at most 20,000 rows)."""
    found: dict[str, set[str]] = {}
    for sheet, part in sheet_parts(archive, parts).items():
        info = parts.get(part)
        if info is None:
            continue
        body = zip_guard.read_part(archive, info)
        if not _FORMULA_TAG.search(body):
            continue
        try:
            root = SafeET.fromstring(body)
        except Exception:  # noqa: BLE001
            raise _refuse(path, tr("the sheet '{sheet}' is damaged and cannot be read.", sheet=sheet)) from None
        cells = set()
        for cell in root.iter(f"{_NS_MAIN}c"):
            if cell.find(f"{_NS_MAIN}f") is not None:
                cells.add(cell.get("r", "?"))
        if cells:
            found[sheet] = cells
    return found
