"""What a file on the disk is, and whether it can be written: said before SQLite is asked to open it.

A spreadsheet given as the workspace used to be called "protected by a passphrase" (SQLite cannot
tell it from an encrypted file); a read-only file, folder or disk made every command fail on the lock
file. Both are recognised here first: a foreign file is named for what it is, and a workspace that
cannot be written is opened for reading only (``mode=ro``, and ``immutable`` when SQLite cannot even
create its shared-memory file beside it).
"""

from __future__ import annotations

import os
from pathlib import Path

from upr_desktop.errors import WorkspaceError, WorkspaceReadOnly
from upr_desktop.i18n import tr

SQLITE_HEADER = b"SQLite format 3\x00"


# What a file that is not a workspace starts with: said as it is, not as "protected by a passphrase".
_FOREIGN = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "empty-zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office"),
    (b"%PDF", "pdf"),
    (b"\xef\xbb\xbf", "text"),
    (b"\xff\xfe", "text"),
    (b"\xfe\xff", "text"),
)


def _kind_name(kind: str) -> str:
    return {
        "zip": tr("a zip archive: an Excel, Word or LibreOffice document"),
        "empty-zip": tr("an empty zip archive"),
        "office": tr("an old Office file (.xls or .doc)"),
        "pdf": tr("a PDF document"),
    }.get(kind) or tr("a text file")


def foreign_kind(path: Path) -> str | None:
    """What a file that is not an SQLite workspace seems to be; None when it may be a protected workspace."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return None
    if head.startswith(SQLITE_HEADER):
        return None
    for magic, kind in _FOREIGN:
        if head.startswith(magic):
            return _kind_name(kind)
    sample = head[:16]
    if len(sample) == 16 and all(32 <= b < 127 or b in (9, 10, 13) for b in sample):
        return tr("a text file")  # a protected workspace starts with 16 random bytes, never all printable
    return None


def refuse_foreign(path: Path) -> None:
    kind = foreign_kind(path)
    if kind is None:
        return
    hint = ""
    if path.suffix.lower() in (".xlsx", ".xls", ".csv", ".docx", ".ods", ".json"):
        hint = " " + tr("To bring recommendations in from it: upr-desktop import \"{path}\"; a returned exchange workbook is merged with: upr-desktop merge \"{path}\".", path=path)
    raise WorkspaceError(tr("{path} is not a UPR Desktop workspace: it is {kind}.", path=path, kind=kind) + hint)


def read_only_reason(path: Path) -> str | None:
    """Why ``path`` can only be read (the file, its folder or its disk), or None when it can be written."""
    if not os.access(path, os.W_OK):
        try:
            with open(path, "rb+"):
                pass
        except OSError as exc:
            return _os_reason(exc)
    if not os.access(path.parent, os.W_OK):
        return tr("its folder cannot be written to, so SQLite cannot keep its journal beside it")
    return None


def _os_reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.EROFS:
        return tr("it is on a read-only disk")
    if exc.errno == errno.EPERM:
        return tr("the file is marked immutable")
    return tr("the file is read-only")


def read_only_immutable(path: Path) -> bool:
    """Reading only: whether SQLite must also be told nothing can change the file (``immutable``), because it
    cannot create its shared-memory file beside it; WorkspaceReadOnly when changes wait in a WAL it cannot read."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    can_share = os.access(path.parent, os.W_OK) or shm.exists()
    if not can_share and wal.exists() and wal.stat().st_size > 0:
        raise WorkspaceReadOnly(tr("{path} is on a disk that cannot be written to and changes are still in its {wal} file, which "
                                   "SQLite cannot read there. Copy the workspace with both files to a writable folder and open the copy.",
                                   path=path, wal=wal.name))
    return not can_share
