"""Failures the computer or a file causes, as messages for people instead of tracebacks.

A full or read-only disk, a folder the account may not write to, a damaged workspace: each surfaces
deep inside SQLite, a driver or the file system. :func:`explain` turns such an exception into a
:class:`~upr_desktop.errors.UserError` with the true reason; the command line and the app's error
dialog both use it, and anything it does not recognise stays a bug (with its traceback in the log).
"""

from __future__ import annotations

import errno

from upr_desktop.errors import DamagedValue, UserError
from upr_desktop.i18n import tr

_DISK_FULL = ("database or disk is full",)
_READ_ONLY = ("attempt to write a readonly database", "readonly database")
_DAMAGED = ("database disk image is malformed", "file is not a database", "could not decode to utf-8", "couldn't parse date",
            "invalid isoformat string", "couldn't parse datetime")


def explain(exc: BaseException) -> UserError | None:
    """A failure caused by the computer (a full or read-only disk, a denied folder) or by a damaged file,
    as a message for a person; None for anything else (a bug, which deserves its traceback in the log).

    It recognises the sqlite3, sqlcipher3 and apsw (large imports, core.storage.copy_build) drivers' errors (also inside SQLAlchemy's, through
    ``.orig``) by their text, without importing any of them.
    """
    if isinstance(exc, UserError):
        return exc
    original = getattr(exc, "orig", None)
    if isinstance(original, BaseException) and original is not exc:
        found = explain(original)
        if found is not None:
            return found
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return UserError(tr("The disk is full{where}: the command stopped before finishing and changed nothing. Free some space and try again.", where=where))
        if exc.errno == errno.EROFS:
            return UserError(tr("The disk is read-only{where}: nothing could be written. Every command that only reads still works.", where=where))
        if exc.errno in (errno.EACCES, errno.EPERM):
            return UserError(tr("Permission denied{where}: this account may not write there. Choose another place, or ask for the permission.", where=where))
        if exc.errno == errno.EIO:
            return UserError(tr("The disk could not be read or written{where} (an input/output error: a failing disk, or a USB stick removed?).", where=where))
        return UserError(tr("A file could not be read or written{where}: {reason}.", where=where, reason=exc.strerror or exc))
    text = str(exc).lower()
    driver = type(exc).__module__.split(".")[0] in ("sqlite3", "sqlcipher3", "_sqlite3", "sqlalchemy", "apsw")
    if driver and any(m in text for m in _DISK_FULL):
        return UserError(tr("The disk is full: the change was not saved and the workspace is as it was before. Free some space and try again."))
    if driver and any(m in text for m in _READ_ONLY):
        return UserError(tr("The workspace cannot be written (a read-only file, folder or disk): the change was not saved. Every command that only reads still works."))
    if driver and "disk i/o error" in text:
        return UserError(tr("The disk could not be written (an input/output error: a full disk, a failing one, or a USB stick removed?): "
                            "the change was not saved and the workspace is as it was before."))
    if (driver or isinstance(exc, ValueError)) and any(m in text for m in _DAMAGED):
        return DamagedValue(tr("Part of the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, "
                               "then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup."))
    if driver and "database is locked" in text:
        return UserError(tr("The workspace is busy: another program is writing to it. Try again in a moment."))
    return None
