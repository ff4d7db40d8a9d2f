"""Protecting a workspace: passphrases (SQLCipher), keys in the keyring, locking the open workspace, removal.

Backups live in the folder chosen in Settings (``settings.backup_folder``): protecting, changing the
passphrase or removing the protection converts them there too, and removing a workspace removes
them there. Passphrases never come from command-line arguments (see ``commands/security.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from upr_desktop.core.storage import sqlcipher
from upr_desktop.operations.base import Outcome
from upr_desktop.operations.outcome import WORKSPACE
from upr_desktop.security import keystore, live
from upr_desktop.security import protect as protection
from upr_desktop.security import unlock as unlocking
from upr_desktop.security.keystore import KeyringStatus, KeyringUnavailable
from upr_desktop.security.protect import MIN_PASSPHRASE, ConversionReport
from upr_desktop.security.unlock import PASSPHRASE_ENV, RetryDelay
from upr_desktop.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = [
    "MIN_PASSPHRASE", "PASSPHRASE_ENV", "ConversionReport", "KeyringStatus", "KeyringUnavailable", "RetryDelay",
    "forget_key", "forget_this_computer", "is_protected", "keyring_status", "lock", "new_key_material",
    "open_protected", "open_remembered", "open_with_passphrase", "protect", "protect_open", "rekey", "rekey_open",
    "remember_key", "remember_new_key", "remember_open_key", "removal_plan", "remove_workspace", "secure_copies", "unlock", "unprotect",
    "unprotect_open", "workspace_key",
]

def _folder(settings: Settings | None) -> Path | None:
    return (settings or Settings()).backup_path()


# -- the keyring -------------------------------------------------------------------------------
def keyring_status() -> KeyringStatus:
    """Whether keys can be remembered on this computer, and if not, why."""
    return keystore.status()


def remember_key(path: str | Path, key: bytes) -> bool:
    """Keep the key of an (openable) protected workspace in the keyring; False when the keyring refused."""
    return protection.remember_key(Path(path), key)


def remember_new_key(key: bytes, workspace_id: str) -> None:
    """Keep a just-made key in the keyring (KeyringUnavailable says why it could not)."""
    keystore.remember_workspace_key(key, workspace_id)


def remember_open_key(ws: WorkspaceFile) -> bool:
    """Keep the open workspace's key in the keyring; False when it has none or the keyring is unavailable."""
    if ws.connector.key is None:
        return False
    try:
        keystore.remember_workspace_key(ws.connector.key, ws.uuid)
    except KeyringUnavailable:
        return False
    return True


def forget_key(path: str | Path) -> bool:
    """Remove the workspace's key from this computer's keyring; False when none was kept."""
    return keystore.forget_workspace_key(Path(path))


def forget_this_computer() -> list[str]:
    """Remove every key UPR Desktop kept in this computer's keyring (workspace and signing keys)."""
    return keystore.forget_this_computer()


# -- passphrases and opening -------------------------------------------------------------------------
def is_protected(path: str | Path) -> bool:
    return sqlcipher.is_encrypted(Path(path))


def new_key_material(passphrase: str) -> bytes:
    """Key material for a new protected workspace: a checked passphrase stretched over a fresh salt."""
    protection.check_passphrase(passphrase)
    return sqlcipher.new_key_material(passphrase)


def workspace_key(ws: WorkspaceFile) -> bytes | None:
    return ws.connector.key


def open_with_passphrase(path: str | Path, passphrase: str, /, *, settings: Settings | None = None, **kwargs: Any) -> WorkspaceFile:
    """Open with a passphrase; WrongPassphrase (file untouched) when it does not fit."""
    return unlocking.open_with_passphrase(Path(path), passphrase, settings=settings or Settings(), **kwargs)


def open_remembered(path: str | Path, /, *, settings: Settings | None = None, **kwargs: Any) -> WorkspaceFile | None:
    """Open with the key kept in the keyring; None when there is none (or it no longer fits)."""
    return unlocking.open_remembered(Path(path), settings=settings or Settings(), **kwargs)


def open_protected(path: str | Path, /, *, interactive: bool, settings: Settings | None = None, **kwargs: Any) -> WorkspaceFile:
    """Open a protected workspace: the keyring, then $UPR_DESKTOP_PASSPHRASE, then a hidden prompt."""
    return unlocking.open_protected(Path(path), interactive=interactive, settings=settings or Settings(), **kwargs)


# -- converting a closed workspace (the command line) -----------------------------------------------
def protect(path: str | Path, passphrase: str, *, remember: bool = False, settings: Settings | None = None,
            progress: Callable[[str], None] | None = None) -> ConversionReport:
    return protection.protect(Path(path), passphrase, remember=remember, progress=progress, backup_folder=_folder(settings))


def secure_copies(path: str | Path, key: bytes, *, settings: Settings | None = None,
                  progress: Callable[[str], None] | None = None) -> ConversionReport:
    """Put the plaintext copies of a protected workspace (left by an older version killed mid-way) under its key."""
    return protection.secure_copies(Path(path), key, progress=progress, backup_folder=_folder(settings))


def unprotect(path: str | Path, key: bytes, *, settings: Settings | None = None,
              progress: Callable[[str], None] | None = None) -> ConversionReport:
    return protection.unprotect(Path(path), key, progress=progress, backup_folder=_folder(settings))


def rekey(path: str | Path, key: bytes, new_passphrase: str, *, remember: bool | None = None, settings: Settings | None = None,
          progress: Callable[[str], None] | None = None) -> ConversionReport:
    return protection.rekey(Path(path), key, new_passphrase, remember=remember, progress=progress, backup_folder=_folder(settings))


def removal_plan(path: str | Path, *, settings: Settings | None = None) -> list[str]:
    """What removing the workspace removes: its file, its backups, its keys; as shown to people."""
    return protection.removal_plan(Path(path), backup_folder=_folder(settings))


def remove_workspace(path: str | Path, confirmed: list[str], *, settings: Settings | None = None) -> list[str]:
    """Remove exactly what :func:`removal_plan` listed, once a person confirmed that list."""
    return protection.remove_workspace(Path(path), confirmed, backup_folder=_folder(settings))


# -- the open workspace (the app keeps its lock throughout) ------------------------------------------
def protect_open(ws: WorkspaceFile, passphrase: str, *, remember: bool = False) -> Outcome[ConversionReport]:
    return Outcome(live.protect_open(ws, passphrase, remember=remember), frozenset({WORKSPACE}))


def unprotect_open(ws: WorkspaceFile, current_passphrase: str) -> Outcome[ConversionReport]:
    return Outcome(live.unprotect_open(ws, current_passphrase), frozenset({WORKSPACE}))


def rekey_open(ws: WorkspaceFile, current_passphrase: str, new_passphrase: str, *,
               remember: bool | None = None) -> Outcome[ConversionReport]:
    return Outcome(live.rekey_open(ws, current_passphrase, new_passphrase, remember=remember), frozenset({WORKSPACE}))


def lock(ws: WorkspaceFile) -> bool:
    """Drop the key and close every connection of a protected workspace; False for a plain one."""
    return live.lock(ws)


def unlock(ws: WorkspaceFile, passphrase: str) -> None:
    """Come back from :func:`lock`; WrongPassphrase (nothing changed) if it does not fit."""
    live.unlock(ws, passphrase)
