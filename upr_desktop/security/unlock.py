"""Opening protected workspaces: the key from the keyring, else the passphrase (env or prompt)."""

from __future__ import annotations

import getpass
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from upr_desktop.core.storage.workspace_file import WorkspaceFile, open_workspace
from upr_desktop.errors import Cancelled, PassphraseRequired, WrongPassphrase
from upr_desktop.i18n import tr
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.security import keystore
from upr_desktop.core.storage.key_ahead import PASSPHRASE_ENV  # named where the command line reads it before anything heavy

MAX_DELAY_S = 30.0


@dataclass
class RetryDelay:
    """Unlimited retries, but each failure makes the next attempt wait longer (1, 2, 4 … 30 s)."""

    failures: int = 0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)

    def next_delay(self) -> float:
        return 0.0 if self.failures == 0 else min(float(2 ** (self.failures - 1)), MAX_DELAY_S)

    def failed(self) -> float:
        self.failures += 1
        return self.next_delay()

    def wait(self) -> None:
        delay = self.next_delay()
        if delay:
            self.sleep(delay)


def key_from_passphrase(path: Path, passphrase: str) -> bytes:
    salt = cipher.file_salt(path)
    if salt is None:
        raise PassphraseRequired(tr("{path} is not a protected workspace.", path=path))
    return cipher.derive_key(passphrase, salt)


def open_with_passphrase(path: Path, passphrase: str, **kwargs: Any) -> WorkspaceFile:
    """Open with a passphrase; WrongPassphrase (file untouched) when it does not fit."""
    return open_workspace(path, key=key_from_passphrase(path, passphrase), **kwargs)


def open_remembered(path: Path, **kwargs: Any) -> WorkspaceFile | None:
    """Open with the key remembered in the keyring; None when there is none (or it no longer fits)."""
    material = keystore.workspace_key_for(path)
    if material is None:
        return None
    try:
        return open_workspace(path, key=material, **kwargs)
    except WrongPassphrase:
        return None  # a stale entry (e.g. the file was replaced): ask for the passphrase instead


def open_protected(
    path: Path,
    *,
    interactive: bool,
    prompt: Callable[[str], str] | None = None,
    delay: RetryDelay | None = None,
    **kwargs: Any,
) -> WorkspaceFile:
    """Open an encrypted workspace: keyring, then $UPR_DESKTOP_PASSPHRASE, then a prompt."""
    path = Path(path)
    ws = open_remembered(path, **kwargs)
    if ws is not None:
        return ws
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return open_with_passphrase(path, env, **kwargs)
    if not interactive:
        st = keystore.status()
        hint = "" if st.usable else " " + tr("(No key can be remembered here: {reason}.)", reason=st.reason)
        raise PassphraseRequired(
            tr(
                "The workspace {path} is protected by a passphrase. Run the command in a terminal to be "
                "asked for it, or set {env} for scripts.",
                path=path,
                env=PASSPHRASE_ENV,
            )
            + hint
        )
    ask = prompt or (lambda text: getpass.getpass(text, stream=sys.stderr))
    delay = delay or RetryDelay()
    while True:
        delay.wait()
        try:
            passphrase = ask(tr("Passphrase for {name}: ", name=path.name))
        except EOFError:
            raise Cancelled() from None
        if not passphrase:
            raise Cancelled()
        try:
            return open_with_passphrase(path, passphrase, **kwargs)
        except WrongPassphrase as exc:
            wait = delay.failed()
            print(tr("{message} Next attempt in {seconds:.0f} s.", message=str(exc), seconds=wait), file=sys.stderr)
