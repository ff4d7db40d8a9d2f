"""Protecting, unprotecting and re-keying a workspace file, and removing one for good.

Every conversion writes a complete new file beside the old one with ``sqlcipher_export``, checks it
(``quick_check`` and the row count of every table), then moves it into place atomically; the old
file is backed up first. The workspace's backups are converted the same way, so no plaintext copy
(after protecting) or copy under a compromised passphrase (after re-keying) stays on the disk. Old
contents are overwritten with zeros before being let go (best effort: SSDs and copy-on-write file
systems may keep old blocks; full-disk encryption is the real protection there).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock

from upr_desktop.core.storage import backups
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.core.storage.workspace_file import (
    Connector,
    acquire_lock,
    lock_path,
    owner_path,
    sidecar_paths,
)
from upr_desktop.errors import UserError, WorkspaceError
from upr_desktop.i18n import tr
from upr_desktop.security import keystore

Progress = Callable[[str], None]


@dataclass
class ConversionReport:
    workspace: Path
    safety_backup: Path | None
    converted_backups: list[Path] = field(default_factory=list)
    remembered: bool = False
    key: bytes | None = field(default=None, repr=False)  # the key now in force (None: plain); never printed


# -- low level ---------------------------------------------------------------------
def _open(path: Path, key: bytes | None) -> Any:
    conn = cipher.connect(path, key) if key is not None else cipher.connect_plain(path)
    conn.isolation_level = None
    return conn


def _table_counts(conn: Any) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def export_copy(src: Path, src_key: bytes | None, dst: Path, dst_key: bytes | None) -> None:
    """Write ``src`` into the new file ``dst`` with ``dst_key`` (None: plain), and check the copy."""
    dst.unlink(missing_ok=True)
    conn = _open(src, src_key)
    try:
        expected = _table_counts(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        target_key = "x'" + dst_key.hex() + "'" if dst_key is not None else ""
        try:
            conn.execute("ATTACH DATABASE ? AS upr_target KEY ?", (str(dst), target_key))
            conn.execute("SELECT sqlcipher_export('upr_target')")
            conn.execute(f"PRAGMA upr_target.user_version = {int(version)}")
            conn.execute("DETACH DATABASE upr_target")
        except Exception as exc:  # noqa: BLE001 - re-raised without key material
            raise UserError(tr("Could not write {path}: {reason}", path=dst, reason=cipher.scrub(exc, dst_key))) from None
    finally:
        conn.close()
    check = _open(dst, dst_key)
    try:
        ok = [r[0] for r in check.execute("PRAGMA quick_check")] == ["ok"]
        if not ok or _table_counts(check) != expected:
            raise UserError(tr("The converted copy {path} did not check out; nothing was changed.", path=dst))
        check.execute("PRAGMA journal_mode=WAL")
    finally:
        check.close()
    with open(dst, "rb+") as fh:
        os.fsync(fh.fileno())


def _zero_and_close(handle: Any) -> None:
    """Overwrite an already-replaced file's old contents with zeros, through a handle kept open."""
    try:
        size = os.fstat(handle.fileno()).st_size
        handle.seek(0)
        chunk = b"\0" * (1 << 20)
        left = size
        while left > 0:
            n = min(left, len(chunk))
            handle.write(chunk[:n])
            left -= n
        handle.flush()
        os.fsync(handle.fileno())
    except OSError:
        pass
    finally:
        handle.close()


def shred(path: Path) -> None:
    """Overwrite a file with zeros, then remove it (best effort, see module docstring)."""
    try:
        handle = open(path, "rb+")  # noqa: SIM115 - closed by _zero_and_close
    except FileNotFoundError:
        return
    _zero_and_close(handle)
    path.unlink(missing_ok=True)


def replace_with(path: Path, new: Path) -> None:
    """Atomically put ``new`` in place of ``path`` and zero the old contents."""
    old = open(path, "rb+") if path.exists() else None  # noqa: SIM115 - the old inode, zeroed after the rename
    for side in sidecar_paths(path)[:3]:  # -wal, -shm, -journal of the old file must not survive
        shred(side)
    os.replace(new, path)
    _fsync_dir(path.parent)
    if old is not None:
        _zero_and_close(old)


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _checkpoint(path: Path, key: bytes | None) -> None:
    """Fold the WAL into the main file so the copy and the old file are complete on their own."""
    conn = _open(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _convert_in_place(path: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    staging = path.with_name(path.name + ".converting")
    try:
        export_copy(path, old_key, staging, new_key)
    except BaseException:
        shred(staging)
        raise
    replace_with(path, staging)


def _convert_backups(path: Path, old_key: bytes | None, new_key: bytes | None, progress: Progress | None,
                     folder: Path | None) -> list[Path]:
    """Convert the backups (in ``folder``, the one chosen in Settings) made under ``old_key``; others
    (another key, damaged) are left alone."""
    done = []
    for info in backups.list_backups(path, folder):
        salt = cipher.file_salt(info.path)
        if salt != (cipher.salt_of(old_key) if old_key is not None else None):
            continue
        if progress:
            progress(tr("Converting backup {name}", name=info.path.name))
        try:
            _convert_in_place(info.path, old_key, new_key)
        except Exception:  # noqa: BLE001, S112 - a damaged backup stays as it was; it is not listed as converted
            continue
        done.append(info.path)
    return done


def _workspace_uuid(path: Path, key: bytes | None) -> str:
    conn = _open(path, key)
    try:
        row = conn.execute("SELECT uuid FROM workspace LIMIT 1").fetchone()
    finally:
        conn.close()
    if row is None:
        raise WorkspaceError(tr("{path} has no workspace record; it was not created by UPR Desktop.", path=path))
    return str(row[0])


def _locked(path: Path, held: bool = False) -> FileLock | None:
    """Take the workspace's lock, unless the caller (the app, with the engine disposed) holds it."""
    if not path.exists():
        raise WorkspaceError(tr("No workspace at {path}.", path=path))
    return None if held else acquire_lock(path)


def _release(path: Path, lock: FileLock | None) -> None:
    if lock is not None:
        owner_path(path).unlink(missing_ok=True)
        lock.release()


# -- the operations -----------------------------------------------------------------------
def protect(
    path: Path, passphrase: str, *, remember: bool = False, progress: Progress | None = None, lock_held: bool = False,
    backup_folder: Path | None = None,
) -> ConversionReport:
    """Encrypt a plain workspace (and its backups, in ``backup_folder`` when one was chosen) with a key
    derived from ``passphrase``."""
    path = Path(path).resolve()
    if cipher.is_encrypted(path):
        raise UserError(tr("{path} is already protected; use rekey to change its passphrase.", path=path))
    check_passphrase(passphrase)
    lock = _locked(path, lock_held)
    try:
        _checkpoint(path, None)
        safety = backups.backup_file(path, Connector(None), reason="before-protect", folder=backup_folder)
        material = cipher.new_key_material(passphrase)
        if progress:
            progress(tr("Encrypting {name}", name=path.name))
        _convert_in_place(path, None, material)
        report = ConversionReport(path, safety, _convert_backups(path, None, material, progress, backup_folder), key=material)
        if remember:
            report.remembered = _remember(path, material)
        return report
    finally:
        _release(path, lock)


def unprotect(path: Path, key: bytes, *, progress: Progress | None = None, lock_held: bool = False,
              backup_folder: Path | None = None) -> ConversionReport:
    """Decrypt a protected workspace and its backups; forgets its remembered key."""
    path = Path(path).resolve()
    if not cipher.is_encrypted(path):
        raise UserError(tr("{path} is not protected.", path=path))
    lock = _locked(path, lock_held)
    try:
        _checkpoint(path, key)
        safety = backups.backup_file(path, Connector(key), reason="before-unprotect", folder=backup_folder)
        if progress:
            progress(tr("Decrypting {name}", name=path.name))
        old_salt = cipher.salt_of(key)
        _convert_in_place(path, key, None)
        report = ConversionReport(path, safety, _convert_backups(path, key, None, progress, backup_folder))
        keystore.forget_workspace_key(salt=old_salt)
        return report
    finally:
        _release(path, lock)


def rekey(
    path: Path, key: bytes, new_passphrase: str, *, remember: bool | None = None, progress: Progress | None = None,
    lock_held: bool = False, backup_folder: Path | None = None,
) -> ConversionReport:
    """Change the passphrase (a new salt too) of a protected workspace and of its backups.

    ``remember`` None keeps the key in the keyring if the old one was there.
    """
    path = Path(path).resolve()
    if not cipher.is_encrypted(path):
        raise UserError(tr("{path} is not protected; use protect to give it a passphrase.", path=path))
    check_passphrase(new_passphrase)
    lock = _locked(path, lock_held)
    try:
        _checkpoint(path, key)
        was_remembered = keystore.workspace_key_for(path) is not None
        safety = backups.backup_file(path, Connector(key), reason="before-rekey", folder=backup_folder)
        material = cipher.new_key_material(new_passphrase)
        if progress:
            progress(tr("Re-encrypting {name}", name=path.name))
        _convert_in_place(path, key, material)
        report = ConversionReport(path, safety, _convert_backups(path, key, material, progress, backup_folder), key=material)
        keystore.forget_workspace_key(salt=cipher.salt_of(key))
        if remember or (remember is None and was_remembered):
            report.remembered = _remember(path, material)
        return report
    finally:
        _release(path, lock)


def remember_key(path: Path, key: bytes) -> bool:
    """Store the key of an (open-able) protected workspace in the keyring."""
    return _remember(Path(path).resolve(), key)


def _remember(path: Path, material: bytes) -> bool:
    try:
        keystore.remember_workspace_key(material, _workspace_uuid(path, material))
    except keystore.KeyringUnavailable:
        return False
    return True


MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(tr("A passphrase needs at least {n} characters; a few unrelated words are best.", n=MIN_PASSPHRASE))


# -- removal ---------------------------------------------------------------------------
def removal_plan(path: Path, *, workspace_id: str | None = None, backup_folder: Path | None = None) -> list[str]:
    """What deleting the workspace at ``path`` removes: file names (its backups in ``backup_folder`` when one
    was chosen) and keyring entries, as shown to people."""
    path = Path(path).resolve()
    files = [p for p in [path, *sidecar_paths(path)] if p.exists()]
    files += [b.path for b in backups.list_backups(path, backup_folder)]
    items = [str(p) for p in files]
    salt = cipher.file_salt(path)
    if salt is not None and keystore.get_secret(keystore.workspace_entry(salt)) is not None:
        items.append(f"keyring:{keystore.SERVICE}/{keystore.workspace_entry(salt)}")
    workspace_id = workspace_id or keystore.workspace_id_for(path) or _plain_uuid(path)
    if workspace_id and keystore.get_secret(keystore.signing_entry(workspace_id)) is not None:
        items.append(f"keyring:{keystore.SERVICE}/{keystore.signing_entry(workspace_id)}")
    return items


def _plain_uuid(path: Path) -> str | None:
    if not path.exists() or cipher.is_encrypted(path) or path.stat().st_size == 0:
        return None
    try:
        return _workspace_uuid(path, None)
    except Exception:  # noqa: BLE001 - not a readable workspace: no signing key to look for
        return None


def remove_workspace(path: Path, confirmed: list[str], *, workspace_id: str | None = None,
                     backup_folder: Path | None = None) -> list[str]:
    """Remove everything :func:`removal_plan` names, once a person has confirmed exactly that list."""
    path = Path(path).resolve()
    lock = acquire_lock(path) if path.exists() else None  # refuses a workspace open elsewhere
    sidecars = {str(p) for p in sidecar_paths(path)}  # come and go with SQLite; always removed
    removed: list[str] = []
    try:
        plan = removal_plan(path, workspace_id=workspace_id, backup_folder=backup_folder)
        if sorted(set(plan) - sidecars) != sorted(set(confirmed) - sidecars):
            raise UserError(tr("What would be removed has changed since it was confirmed; look at the list again."))
        for item in plan:
            if item.startswith("keyring:"):
                name = item.split("/", 1)[1]
                if keystore.delete_secret(name):
                    removed.append(item)
                continue
            p = Path(item)
            if p in (lock_path(path), owner_path(path)):
                continue
            shred(p)
            removed.append(item)
    finally:
        if lock is not None:
            lock.release()
        for p in (owner_path(path), lock_path(path)):
            if p.exists():
                p.unlink(missing_ok=True)
                if str(p) in plan:
                    removed.append(str(p))
    return removed
