"""Security operations on a workspace the app holds open: lock/unlock, protect, unprotect, rekey.

The app keeps its lock on the file throughout; the engine is disposed (every connection closed,
so SQLCipher's key schedule goes with them) and rebuilt with the new key, and the same
:class:`WorkspaceFile` object stays valid for the rest of the GUI.
"""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker

from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.core.storage.workspace_file import Connector, WorkspaceFile, make_engine
from upr_desktop.errors import PassphraseRequired
from upr_desktop.i18n import tr
from upr_desktop.security import protect


class LockedConnector(Connector):
    """Stands in while a workspace is locked: any attempt to reach the data is refused."""

    def connect(self, path: object) -> object:  # type: ignore[override]
        raise PassphraseRequired(tr("The workspace is locked; enter its passphrase to continue."))

    @property
    def encrypted(self) -> bool:
        return True


def rebind(ws: WorkspaceFile, key: bytes | None) -> None:
    """Close every connection of ``ws`` and reconnect it with ``key`` (None: a plain file)."""
    ws.engine.dispose()
    ws.connector = Connector(key)
    ws.engine = make_engine(ws.path, ws.connector)
    ws.session_factory = sessionmaker(ws.engine, expire_on_commit=False)


def is_locked(ws: WorkspaceFile) -> bool:
    return isinstance(ws.connector, LockedConnector)


def lock(ws: WorkspaceFile) -> bool:
    """Drop the key and close the connections of an encrypted workspace; False for a plain one."""
    if not ws.encrypted or is_locked(ws):
        return False
    ws.engine.dispose()
    ws.connector = LockedConnector(None)
    ws.engine = make_engine(ws.path, ws.connector)  # every connection attempt is refused while locked
    ws.session_factory = sessionmaker(ws.engine, expire_on_commit=False)
    return True


def unlock(ws: WorkspaceFile, passphrase: str) -> None:
    """Come back from :func:`lock`; WrongPassphrase (nothing changed) if it does not fit."""
    salt = cipher.file_salt(ws.path)
    if salt is None:
        raise PassphraseRequired(tr("{path} is not a protected workspace.", path=ws.path))
    key = cipher.derive_key(passphrase, salt)
    cipher.connect(ws.path, key).close()  # raises WrongPassphrase, read-only
    rebind(ws, key)


def protect_open(ws: WorkspaceFile, passphrase: str, *, remember: bool = False) -> protect.ConversionReport:
    ws.engine.dispose()
    try:
        report = protect.protect(ws.path, passphrase, remember=remember, lock_held=True, backup_folder=ws.settings.backup_path())
    finally:
        ws.engine.dispose()
    rebind(ws, report.key)
    return report


def unprotect_open(ws: WorkspaceFile, current_passphrase: str) -> protect.ConversionReport:
    key = _confirm(ws, current_passphrase)
    ws.engine.dispose()
    report = protect.unprotect(ws.path, key, lock_held=True, backup_folder=ws.settings.backup_path())
    rebind(ws, None)
    return report


def rekey_open(ws: WorkspaceFile, current_passphrase: str, new_passphrase: str, *, remember: bool | None = None) -> protect.ConversionReport:
    key = _confirm(ws, current_passphrase)
    ws.engine.dispose()
    report = protect.rekey(ws.path, key, new_passphrase, remember=remember, lock_held=True,
                           backup_folder=ws.settings.backup_path())
    rebind(ws, report.key)
    return report


def _confirm(ws: WorkspaceFile, passphrase: str) -> bytes:
    """The key for ``passphrase``, checked against the file (someone at an unlocked laptop must know it)."""
    salt = cipher.file_salt(ws.path)
    if salt is None:
        raise PassphraseRequired(tr("{path} is not protected.", path=ws.path))
    key = cipher.derive_key(passphrase, salt)
    cipher.connect(ws.path, key).close()
    return key
