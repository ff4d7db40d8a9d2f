"""A command's passphrase stretched while it starts up (core/storage/key_ahead.py). Light: no SQLAlchemy, so that
the command line calls it before loading anything heavy."""

from __future__ import annotations

import os
from pathlib import Path


def stretch_ahead(path: Path) -> None:
    """With $UPR_DESKTOP_PASSPHRASE, stretch it over ``path``'s salt on a thread; nothing for a plain or missing file
    (or without the variable: the keyring or a prompt gives the key then)."""
    from upr_desktop.core.storage import key_ahead

    passphrase = os.environ.get(key_ahead.PASSPHRASE_ENV)
    if passphrase:
        key_ahead.start(path, passphrase)
