"""Writing files safely and privately: a temporary file beside the target, fsync, then replace.

Everything the app writes about a coalition (the workspace and its WAL, backups, exports, settings,
logs) is created readable by its owner only (0600) in folders only the owner can enter (0700),
whatever the process's umask: names of officials met and confidential notes must not be readable
by every account on a shared computer. Existing folders a person chose are left as they are.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private_dir(folder: Path) -> Path:
    """Create ``folder`` and any missing parent with mode 0700 (folders that exist are left alone)."""
    folder = Path(folder).expanduser()
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue
        os.chmod(level, PRIVATE_DIR)  # mkdir's mode is masked by the umask; 0700 is what was meant
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, unless it exists (SQLite then fills it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    os.fchmod(fd, PRIVATE_FILE)
    os.close(fd)


def write_atomic(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` then move the result into place; no partial file is ever left."""
    target = Path(target).expanduser()
    try:
        make_private_dir(target.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise UserError(tr("Could not write {path}: {reason}", path=target, reason=exc.strerror or exc)) from None
    os.close(fd)  # mkstemp made it 0600: the export stays private
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(tr("Could not write {path}: {reason}", path=target, reason=exc.strerror or exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def write_text_atomic(target: Path, text: str) -> Path:
    return write_atomic(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
