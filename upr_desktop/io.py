"""Writing files safely: to a temporary file beside the target, fsync, then replace."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr


def write_atomic(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` then move the result into place; no partial file is ever left."""
    target = Path(target).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
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
