"""The one guard for every zip-based file we read (xlsx, docx, ods, returned workbooks), before any parser.

A file from outside may be damaged or hostile. Whatever reads it (the importers, the merge of a
returned workbook) first opens it here, and the same checks with the same limits apply:

- the archive opens and its directory is whole (a truncated download is "damaged or incomplete");
- at most ``MAX_PARTS`` parts, none with an unsafe name (absolute, ``..``, a drive letter), none
  encrypted (a password-protected Office file is not a zip at all; a zip-level password is refused);
- no part unpacks to more than ``MAX_RATIO`` times its packed size once it is larger than
  ``RATIO_FROM`` (a zip bomb; small XML parts compress very well, harmlessly), and all parts together
  unpack to at most ``MAX_UNPACKED_BYTES``;
- no XML part declares a DTD or entities (entity bombs, XXE): Office files never do. Every XML part is
  read to its end in chunks, so a part whose data does not match its checksum is found here too.

The limits are about ten times what real files need: the whole UPR Info database as one export
(~100,000 rows) is a 2 MB xlsx that unpacks to ~30 MB, its parts compressed ~15 times. How large a
file may be on disk is the reader's business (an import may be a big export; a returned workbook
is small), not the archive's.

Refusals are :class:`UnsafeZip` with a reason for a person; each reader puts its own words around
it (which file, what to do).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO

from upr_desktop.i18n import tr

MAX_PARTS = 5_000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # 1 GB for all parts together
MAX_RATIO = 100
RATIO_FROM = 4 * 1024 * 1024  # parts smaller than this are not judged by their ratio
XML_HEAD = 64 * 1024  # a DTD can only be in the prolog, before the root element
READ_CHUNK = 1024 * 1024

_COMMENT_OR_PI = re.compile(rb"<!--.*?-->|<\?.*?\?>", re.DOTALL)


class UnsafeZip(Exception):
    """The archive is damaged or hostile; ``reason`` says why, for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def damaged() -> UnsafeZip:
    return UnsafeZip(tr("the file is damaged or incomplete (perhaps cut off while copying or downloading). Save or download it again."))


def open_archive(source: str | IO[bytes]) -> zipfile.ZipFile:
    """The archive, opened for checks and reads; UnsafeZip when its directory cannot be read."""
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, zlib.error):  # NotImplementedError: "zip file version 6.3"
        raise damaged() from None


def check_parts(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Every part by name, once names, encryption, sizes and compression ratios passed the limits."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise UnsafeZip(tr("the archive holds {count} parts, far more than any real file; it was not opened.", count=len(infos)))
    total = 0
    parts: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ":" in name or ".." in posixpath.normpath(name.replace("\\", "/")).split("/"):
            raise UnsafeZip(tr("the archive contains a part with an unsafe name ({name}); it was not opened.", name=name))
        if info.flag_bits & 0x1:
            raise UnsafeZip(tr("the file is protected by a password. Remove the password (in Excel or Word: File > Info > Protect), save it and try again."))
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeZip(tr("part '{name}' unpacks to {size} MB from {packed} KB: this looks like a zip bomb; it was not opened.",
                               name=name, size=info.file_size // 2**20, packed=info.compress_size // 1024))
        total += info.file_size
        parts[name] = info
    if total > MAX_UNPACKED_BYTES:
        raise UnsafeZip(tr("the archive would unpack to {size} MB: this looks like a zip bomb; it was not opened.", size=total // 2**20))
    return parts


def chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A part's data in chunks, never more than it declares; its checksum is checked at the end."""
    left = info.file_size
    try:
        with archive.open(info) as fh:
            while True:
                chunk = fh.read(READ_CHUNK)
                if not chunk:
                    return
                left -= len(chunk)
                if left < 0:
                    raise UnsafeZip(tr("part '{name}' is larger than it declares (a zip bomb?); the file was not opened.", name=info.filename))
                yield chunk
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, zlib.error):
        raise damaged() from None


def read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A whole (checked) part in memory: for the small ones (workbook.xml, relationships)."""
    return b"".join(chunks(archive, info))


def check_xml_parts(archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], *, read_whole_later: frozenset[str] = frozenset()) -> None:
    """No XML part declares a DTD or entities, and every one reads to its end with a good checksum.

    Parts in ``read_whole_later`` are read to their end (through :func:`chunks`, checksum included) by the
    caller's next step anyway: only their prolog is read here. For the sheets of a 100,000-row export that
    saved decompressing ~25 MB a second time (the sheet bounds are counted from the same stream).
    """
    for name, info in parts.items():
        if not name.endswith((".xml", ".rels")):
            continue
        if name in read_whole_later:
            _check_prolog(name, _head(archive, info))
            continue
        head = b""
        for chunk in chunks(archive, info):
            if len(head) < XML_HEAD:
                head += chunk[: XML_HEAD - len(head)]
        _check_prolog(name, head)


def _head(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The first XML_HEAD bytes of a part (its prolog), without unpacking the rest."""
    try:
        with archive.open(info) as fh:
            return fh.read(XML_HEAD)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, zlib.error):
        raise damaged() from None


def _check_prolog(name: str, head: bytes) -> None:
    """Refuse a DTD before the root element (comments and processing instructions may come first)."""
    rest = _COMMENT_OR_PI.sub(b"", head)
    first = rest.find(b"<")
    opener = rest[first + 1 : first + 2] if first >= 0 else b""
    if opener.isalpha():
        return  # the root element: no DTD can follow it
    declares = opener == b"!" and rest[first : first + 4] != b"<!--"
    if declares or len(head) >= XML_HEAD:  # a DTD, or a prolog longer than any real file's
        raise UnsafeZip(tr("part '{name}' declares XML entities (a DTD), which Office files never do; it may be an attack and was not opened.", name=name))
