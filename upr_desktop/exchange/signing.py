"""The workspace's HMAC key for exchange workbooks: kept in the OS keyring, else in the workspace.

Exports are signed with HMAC-SHA256 over the metadata (format version, ids, base values), so a
return whose hidden metadata was edited is recognised. The key never leaves the workspace's
machine: it lives in the OS keyring (service ``upr-desktop``, user ``signing:<workspace uuid>``).
Where no keyring backend works (headless Linux, ``keyring.backends.fail``), it is kept in the
workspace row (``Workspace.signing_key``) and :class:`SigningKey.notice` says so for the user.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import Workspace
from upr_desktop.i18n import tr
from upr_desktop.security import keystore

SERVICE = keystore.SERVICE


@dataclass(frozen=True)
class SigningKey:
    key: bytes
    where: str  # keyring | workspace
    notice: str | None = None  # tell the user when the key could not go in the keyring


def _username(workspace_uuid: str) -> str:
    return keystore.signing_entry(workspace_uuid)


def _from_keyring(workspace_uuid: str) -> str | None:
    # through security.keystore: unusable backends (fail, keyrings.alt prompting on a terminal) are never used
    return keystore.get_secret(_username(workspace_uuid))


def find_key(session: Session) -> SigningKey | None:
    """The signing key if this workspace has one (keyring first, then the workspace)."""
    ws = session.scalars(select(Workspace)).one()
    stored = _from_keyring(ws.uuid)
    if stored:
        return SigningKey(bytes.fromhex(stored), "keyring")
    if ws.signing_key:
        return SigningKey(bytes.fromhex(ws.signing_key), "workspace")
    return None


def get_or_create_key(session: Session) -> SigningKey:
    """The signing key, made on first export; the caller's transaction stores the fallback."""
    found = find_key(session)
    if found is not None:
        return found
    ws = session.scalars(select(Workspace)).one()
    key = secrets.token_bytes(32)
    try:
        keystore.set_secret(_username(ws.uuid), key.hex())
        if _from_keyring(ws.uuid) == key.hex():
            return SigningKey(key, "keyring")
    except (keystore.KeyringUnavailable, RuntimeError, OSError):
        pass
    ws.signing_key = key.hex()
    session.flush()
    return SigningKey(
        key,
        "workspace",
        tr(
            "No system keyring is available, so the key that signs exchange workbooks is kept "
            "inside the workspace file. Protect the workspace with a passphrase to protect the key too."
        ),
    )


def sign(key: bytes, payload: str) -> str:
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def verify(key: bytes, payload: str, signature: str) -> bool:
    return hmac.compare_digest(sign(key, payload), (signature or "").strip().lower())
