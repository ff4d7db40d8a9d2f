"""Secrets in the OS keyring (service ``upr-desktop``): workspace keys and exchange signing keys.

Only backends that store secrets in the operating system's own vault are used. The fail backend
(headless Linux), a chainer with nothing behind it, and ``keyrings.alt`` (a plaintext file, or an
"encrypted" file that prompts on a terminal the GUI user cannot see) are refused: callers are told
the keyring is unavailable and fall back to asking for the passphrase.

Entry names (the keyring "username"):
- ``workspace-key:<salt hex>``: a protected workspace's key material. The workspace id is inside
  the encrypted file, so the entry is named by the file's public salt (first 16 bytes, shared by its
  backups); the value records the workspace id as well.
- ``signing:<workspace id>``: the HMAC key that signs exchange workbooks (hex; see
  ``upr_desktop.exchange.signing``, which falls back to the workspace row without a keyring).
- ``index``: the names above that this computer stored, so *forget this computer* can remove them
  all (keyrings cannot be listed).
"""

from __future__ import annotations

import json
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.core.storage.os_keyring import KeyringStatus, status
from upr_desktop.i18n import tr

SERVICE = "upr-desktop"
INDEX = "index"
_BACKEND_ERRORS = (KeyringError, RuntimeError, OSError)  # backends raise all three in the wild


class KeyringUnavailable(Exception):
    """No usable keyring backend: the caller must ask for the passphrase instead."""


def _require() -> None:
    st = status()
    if not st.usable:
        raise KeyringUnavailable(tr("Cannot remember keys on this computer: {reason}.", reason=st.reason))


# -- raw entries ---------------------------------------------------------------------
def get_secret(name: str) -> str | None:
    """An entry's value, or None when absent or when no usable keyring exists."""
    if not status().usable:
        return None
    try:
        return keyring.get_password(SERVICE, name)
    except _BACKEND_ERRORS:
        return None


def set_secret(name: str, value: str) -> None:
    """Store an entry; raises KeyringUnavailable (never writes anywhere else)."""
    _require()
    try:
        keyring.set_password(SERVICE, name, value)
    except _BACKEND_ERRORS as exc:
        raise KeyringUnavailable(tr("The keyring refused to store the key ({error}).", error=type(exc).__name__)) from None
    if name != INDEX:
        _index_update(add=name)


def delete_secret(name: str) -> bool:
    """Remove an entry; True when something was removed."""
    if not status().usable:
        return False
    try:
        keyring.delete_password(SERVICE, name)
        removed = True
    except PasswordDeleteError:
        removed = False
    except _BACKEND_ERRORS:
        return False
    if name != INDEX:
        _index_update(remove=name)
    return removed


def _index() -> list[str]:
    raw = get_secret(INDEX)
    try:
        names = json.loads(raw) if raw else []
    except ValueError:
        names = []
    return [n for n in names if isinstance(n, str)]


def _index_update(*, add: str | None = None, remove: str | None = None) -> None:
    names = _index()
    if add and add not in names:
        names.append(add)
    if remove and remove in names:
        names.remove(remove)
    try:
        keyring.set_password(SERVICE, INDEX, json.dumps(names))
    except _BACKEND_ERRORS:
        pass


def stored_entries() -> list[str]:
    """The entry names this computer stored (for 'forget this computer')."""
    return _index()


def forget_this_computer() -> list[str]:
    """Remove every key UPR Desktop stored in this computer's keyring; returns the names removed."""
    removed = [name for name in _index() if delete_secret(name)]
    delete_secret(INDEX)
    return removed


# -- workspace keys ------------------------------------------------------------------
def workspace_entry(salt: bytes) -> str:
    return f"workspace-key:{salt.hex()}"


def remember_workspace_key(material: bytes, workspace_id: str) -> str:
    """Store a protected workspace's key material; returns the entry name."""
    name = workspace_entry(cipher.salt_of(material))
    set_secret(name, json.dumps({"workspace": workspace_id, "key": material.hex()}))
    return name


def _entry_for(path: Path) -> dict[str, str] | None:
    salt = cipher.file_salt(path)
    if salt is None:
        return None
    raw = get_secret(workspace_entry(salt))
    if not raw:
        return None
    try:
        data = json.loads(raw)
        bytes.fromhex(data["key"])
    except (ValueError, KeyError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def workspace_key_for(path: Path) -> bytes | None:
    """The remembered key material that opens ``path`` (or a backup of it), if any."""
    data = _entry_for(path)
    if data is None:
        return None
    material = bytes.fromhex(data["key"])
    return material if cipher.salt_of(material) == cipher.file_salt(path) else None


def workspace_id_for(path: Path) -> str | None:
    """The workspace id recorded with a remembered key (lets removal find the signing key)."""
    data = _entry_for(path)
    return data.get("workspace") if data else None


def forget_workspace_key(path: Path | None = None, *, salt: bytes | None = None) -> bool:
    """Remove the remembered key of the workspace at ``path`` (or with ``salt``)."""
    salt = salt if salt is not None else (cipher.file_salt(path) if path else None)
    return delete_secret(workspace_entry(salt)) if salt else False


# -- exchange signing keys (made and used by upr_desktop.exchange.signing) ------------------
def signing_entry(workspace_id: str) -> str:
    return f"signing:{workspace_id}"

