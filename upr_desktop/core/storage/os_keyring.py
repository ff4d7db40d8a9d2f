"""Which OS keyring this computer offers, and whether UPR Desktop may use it: one rule for every secret.

Only backends that store secrets in the operating system's own vault are used. The fail backend
(headless Linux), a chainer with nothing behind it, and ``keyrings.alt`` (a plaintext file, or an
"encrypted" file that prompts on a terminal the GUI user cannot see) are refused. The workspace keys
and signing keys (``security.keystore``) and a server's password (``core.storage.server``) all ask here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import keyring

from upr_desktop.i18n import tr


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str  # why it cannot be used (empty when usable): shown to people


def _backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _refused(backend: object) -> str | None:
    module = type(backend).__module__
    if module.startswith("keyring.backends.chainer"):
        inner = list(getattr(backend, "backends", []))
        if not inner:
            return tr("no keyring backend is installed")
        reasons = [_refused(b) for b in inner]
        return reasons[0] if all(reasons) else None
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return tr("no keyring service is running on this computer (no desktop session)")
    if module.startswith("keyrings.alt"):
        return tr(
            "the only keyring available ({backend}) keeps secrets in a file or asks for a password "
            "on a terminal; UPR Desktop does not use it",
            backend=type(backend).__name__,
        )
    return None


def status() -> KeyringStatus:
    """Whether remembering keys on this computer is possible, and if not, why."""
    if os.environ.get("UPR_DESKTOP_NO_KEYRING"):
        return KeyringStatus(False, "disabled", tr("the keyring is turned off (UPR_DESKTOP_NO_KEYRING)"))
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any broken backend configuration means "no keyring"
        return KeyringStatus(False, "unknown", tr("the keyring could not be loaded"))
    reason = _refused(backend)
    return KeyringStatus(reason is None, _backend_name(backend), reason or "")
