"""Checks on a returned workbook before any spreadsheet parser sees it.

A return comes from outside (email, USB stick) and may be damaged or hostile. Before parsing:
size limits, the zip's integrity (CRC of every member), uncompressed sizes and compression
ratios (zip bombs), member names, and no DTD anywhere (entity bombs, XXE). While at it, the
worksheet XML is scanned for formula cells, which a return may not contain (they are never
evaluated or stored). Every refusal is a :class:`ReturnRefused` with a message for a person.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree as SafeET

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBER_UNCOMPRESSED = 100 * 1024 * 1024
MAX_RATIO = 100  # only checked for members over RATIO_FLOOR: tiny XML compresses very well
RATIO_FLOOR = 2 * 1024 * 1024
MAX_MEMBERS = 2000
_READ_CHUNK = 1024 * 1024

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
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
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = _check_members(path, zf)
            contents = {name: _read_member(path, zf, info) for name, info in members.items() if name.endswith((".xml", ".rels"))}
    except zipfile.BadZipFile:
        raise _refuse(path, tr("the workbook is damaged or incomplete (perhaps cut off while copying or downloading). Ask for the file again.")) from None
    except (EOFError, zlib.error):
        raise _refuse(path, tr("the workbook is damaged or incomplete (perhaps cut off while copying or downloading). Ask for the file again.")) from None
    for required in ("[Content_Types].xml", "xl/workbook.xml"):
        if required not in contents:
            raise _refuse(path, tr("this zip file is not an Excel workbook (it has no {part}).", part=required))
    for name, body in contents.items():
        if _DTD.search(body):
            raise _refuse(path, tr("the part {part} declares a DTD or entities, which a real workbook never does; the file was not opened.", part=name))
    checked.formulas = _formula_cells(path, contents)
    return checked


def _check_members(path: Path, zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, tr("the workbook has {count} parts, far more than a real one; it was not opened.", count=len(infos)))
    total = 0
    members = {}
    for info in infos:
        name = info.filename
        norm = posixpath.normpath(name)
        if name.startswith(("/", "\\")) or norm.startswith("..") or ":" in name:
            raise _refuse(path, tr("the workbook contains a part with an unsafe name ({name}).", name=name))
        if info.file_size > MAX_MEMBER_UNCOMPRESSED:
            raise _refuse(path, tr("the part {name} would unpack to {mb} MB (a zip bomb?); the file was not opened.", name=name, mb=info.file_size // (1024 * 1024)))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(path, tr("the part {name} is compressed {ratio} times (a zip bomb?); the file was not opened.", name=name, ratio=info.file_size // max(info.compress_size, 1)))
        total += info.file_size
        members[name] = info
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise _refuse(path, tr("the workbook would unpack to {mb} MB (a zip bomb?); the file was not opened.", mb=total // (1024 * 1024)))
    return members


def _read_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read one part, never more than it declares (the CRC is checked at the end)."""
    out = bytearray()
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(_READ_CHUNK)
            if not chunk:
                break
            out += chunk
            if len(out) > info.file_size:
                raise _refuse(path, tr("the part {name} is larger than it declares (a zip bomb?); the file was not opened.", name=info.filename))
    return bytes(out)


def sheet_parts(contents: dict[str, bytes]) -> dict[str, str]:
    """Sheet name -> worksheet part path, from workbook.xml and its relationships."""
    try:
        book = SafeET.fromstring(contents["xl/workbook.xml"])
        rels_xml = contents.get("xl/_rels/workbook.xml.rels")
        rels = SafeET.fromstring(rels_xml) if rels_xml else None
    except Exception:  # noqa: BLE001 - any parse failure means a damaged workbook
        return {}
    targets = {}
    if rels is not None:
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


def _formula_cells(path: Path, contents: dict[str, bytes]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for sheet, part in sheet_parts(contents).items():
        body = contents.get(part)
        if body is None or not _FORMULA_TAG.search(body):
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
