"""Protecting, unprotecting and re-keying a workspace file and every copy of it, and removing one for good.

A conversion writes a complete new file beside each old one with ``sqlcipher_export``, checks it
(``quick_check`` and the row count of every table), and only then, through the journal of
:mod:`upr_desktop.core.storage.key_change`, moves the new files into place: killed at any moment,
the next open finishes the change or undoes it, so that the workspace, its backups and the copies a
restore set aside are all under the current key (or gone). Copies that cannot be converted (damaged,
or under a key no one gave) are removed when they would stay readable under a key no longer in force
(plaintext after protecting, the old passphrase after re-keying), and left as they are otherwise; the
report names them. Nothing is written when the disk has no room for the whole conversion.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock

from upr_desktop.core.storage import backups, key_change
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.core.storage.key_change import Journal, replace_with, shred, staging_path
from upr_desktop.core.storage.sidecars import lock_path, owner_path, sidecar_paths
from upr_desktop.core.storage.workspace_file import Connector, acquire_lock
from upr_desktop.errors import UserError, WorkspaceError
from upr_desktop.i18n import tr
from upr_desktop.io import create_private_file
from upr_desktop.security import keystore

Progress = Callable[[str], None]
SPACE_MARGIN = 1.1  # SQLCipher's pages are a little larger than SQLite's; leave room for the WAL


@dataclass
class ConversionReport:
    workspace: Path
    safety_backup: Path | None
    converted_backups: list[Path] = field(default_factory=list)
    remembered: bool = False
    key: bytes | None = field(default=None, repr=False)  # the key now in force (None: plain); never printed
    removed: list[Path] = field(default_factory=list)  # copies that could not be converted and would have stayed readable
    left: list[Path] = field(default_factory=list)  # copies under another key, left as they were
    resumed: str | None = None  # an interrupted change finished or undone first


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
    create_private_file(dst)
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


def _checkpoint(path: Path, key: bytes | None) -> None:
    """Fold the WAL into the main file so the copy and the old file are complete on their own."""
    conn = _open(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


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


# -- one conversion, through the journal -------------------------------------------------------------
@dataclass
class _Plan:
    convert: list[tuple[Path, bytes | None]] = field(default_factory=list)  # (file, the key it is under now)
    remove: list[Path] = field(default_factory=list)
    left: list[Path] = field(default_factory=list)


def _plan(path: Path, old_key: bytes | None, new_key: bytes | None, folder: Path | None, *, workspace: bool) -> _Plan:
    """What converting ``path`` and its copies from ``old_key`` to ``new_key`` must do with each file.

    Plaintext copies are converted whatever the change (they can always be read); copies under the old
    key too; copies already under the new key are fine; copies under another key are left, except
    after a rekey or protect, where the plaintext or old-key copies that cannot be read are removed.
    """
    plan = _Plan()
    if workspace:
        plan.convert.append((path, old_key))
    old_salt = cipher.salt_of(old_key) if old_key is not None else None
    new_salt = cipher.salt_of(new_key) if new_key is not None else None
    copies = key_change.copies_of(path, folder)
    for copy in [*copies.backups, *copies.aside]:
        salt = cipher.file_salt(copy)
        if salt == new_salt:
            continue
        if salt is None and new_key is not None:
            plan.convert.append((copy, None))
        elif salt is not None and salt == old_salt:
            plan.convert.append((copy, old_key))
        else:
            plan.left.append(copy)
    plan.remove.extend(copies.partial)
    return plan


def _check_room(plan: _Plan, path: Path) -> None:
    """Refuse before writing anything when a file system has no room for the staged copies."""
    needed: dict[int, tuple[Path, int]] = {}
    for file, _key in plan.convert:
        folder = file.parent
        device = folder.stat().st_dev
        size = file.stat().st_size
        seen = needed.get(device, (folder, 0))
        needed[device] = (seen[0], seen[1] + size)
    # The safety backup taken first is one more copy of the workspace, in its backup folder.
    for folder, size in needed.values():
        want = int(size * SPACE_MARGIN) + (1 << 20)
        free = shutil.disk_usage(folder).free
        if free < want:
            raise UserError(tr("Not enough free space in {folder} to convert {path}: about {need} MB are needed and {free} MB are free. Nothing was changed.",
                               folder=folder, path=path, need=want // 2**20 + 1, free=free // 2**20))


def _convert(
    path: Path, operation: str, old_key: bytes | None, new_key: bytes | None, folder: Path | None,
    progress: Progress | None, report: ConversionReport, *, workspace: bool = True,
) -> None:
    plan = _plan(path, old_key, new_key, folder, workspace=workspace)
    journal = Journal(
        operation, str(path), cipher.salt_of(old_key).hex() if old_key is not None else None,
        cipher.salt_of(new_key).hex() if new_key is not None else None,
        convert=[str(f) for f, _key in plan.convert], remove=[str(p) for p in plan.remove],
    )
    key_change.write_journal(journal, path)
    failed: list[Path] = []
    try:
        for file, key in plan.convert:
            if progress and file != path:
                progress(tr("Converting the copy {name}", name=file.name))
            try:
                export_copy(file, key, staging_path(file), new_key)
            except Exception:
                shred(staging_path(file))
                if file == path:
                    raise
                failed.append(file)  # a damaged copy: it cannot be converted
    except BaseException:
        for file, _key in plan.convert:
            shred(staging_path(file))
        key_change.drop_journal(path)
        raise
    # A copy that cannot be converted must not stay readable under a key no longer in force.
    unreadable = [f for f in failed if new_key is not None or cipher.file_salt(f) is None]
    journal.convert = [str(f) for f, _key in plan.convert if f not in failed]
    journal.remove = [*journal.remove, *(str(f) for f in unreadable)]
    journal.state = "prepared"
    key_change.write_journal(journal, path)
    for original, staged in journal.staged():
        if staged.exists():
            replace_with(original, staged)
    for leftover in journal.remove:
        shred(Path(leftover))
    key_change.drop_journal(path)
    report.converted_backups = [f for f, _key in plan.convert if f != path and f not in failed]
    report.removed = unreadable
    report.left = [*plan.left, *(f for f in failed if f not in unreadable)]


def _begin(path: Path, folder: Path | None, lock_held: bool) -> tuple[FileLock | None, str | None]:
    lock = _locked(path, lock_held)
    try:
        resumed = key_change.resume(path, folder)
    except BaseException:
        _release(path, lock)
        raise
    return lock, resumed


# -- the operations -----------------------------------------------------------------------
def protect(
    path: Path, passphrase: str, *, remember: bool = False, progress: Progress | None = None, lock_held: bool = False,
    backup_folder: Path | None = None,
) -> ConversionReport:
    """Encrypt a plain workspace and every copy of it with a key derived from ``passphrase``."""
    path = Path(path).resolve()
    check_passphrase(passphrase)
    lock, resumed = _begin(path, backup_folder, lock_held)
    try:
        if cipher.is_encrypted(path):
            raise UserError(tr("{path} is already protected; use rekey to change its passphrase.", path=path))
        _checkpoint(path, None)
        material = cipher.new_key_material(passphrase)
        _check_room(_plan(path, None, material, backup_folder, workspace=True), path)
        safety = backups.backup_file(path, Connector(None), reason="before-protect", folder=backup_folder)
        if progress:
            progress(tr("Encrypting {name}", name=path.name))
        report = ConversionReport(path, safety, key=material, resumed=resumed)
        _convert(path, "protect", None, material, backup_folder, progress, report)
        if remember:
            report.remembered = _remember(path, material)
        return report
    finally:
        _release(path, lock)


def secure_copies(path: Path, key: bytes, *, progress: Progress | None = None, lock_held: bool = False,
                  backup_folder: Path | None = None) -> ConversionReport:
    """Put the plaintext copies of a protected workspace (left by an older version, killed mid-way) under its key."""
    path = Path(path).resolve()
    lock, resumed = _begin(path, backup_folder, lock_held)
    try:
        if cipher.file_salt(path) != cipher.salt_of(key):
            raise UserError(tr("{path} is not protected by this key.", path=path))
        report = ConversionReport(path, None, key=key, resumed=resumed)
        plan = _plan(path, key, key, backup_folder, workspace=False)
        if not plan.convert and not plan.remove:
            return report
        _check_room(plan, path)
        _convert(path, "secure", key, key, backup_folder, progress, report, workspace=False)
        return report
    finally:
        _release(path, lock)


def unprotect(
    path: Path, key: bytes, *, progress: Progress | None = None, lock_held: bool = False, backup_folder: Path | None = None,
) -> ConversionReport:
    """Decrypt a protected workspace and its copies under its key; forgets its remembered key."""
    path = Path(path).resolve()
    lock, resumed = _begin(path, backup_folder, lock_held)
    try:
        if not cipher.is_encrypted(path):
            raise UserError(tr("{path} is not protected.", path=path))
        _checkpoint(path, key)
        _check_room(_plan(path, key, None, backup_folder, workspace=True), path)
        safety = backups.backup_file(path, Connector(key), reason="before-unprotect", folder=backup_folder)
        if progress:
            progress(tr("Decrypting {name}", name=path.name))
        old_salt = cipher.salt_of(key)
        report = ConversionReport(path, safety, resumed=resumed)
        _convert(path, "unprotect", key, None, backup_folder, progress, report)
        keystore.forget_workspace_key(salt=old_salt)
        return report
    finally:
        _release(path, lock)


def rekey(
    path: Path, key: bytes, new_passphrase: str, *, remember: bool | None = None, progress: Progress | None = None,
    lock_held: bool = False, backup_folder: Path | None = None,
) -> ConversionReport:
    """Change the passphrase (a new salt too) of a protected workspace and of every copy of it.

    ``remember`` None keeps the key in the keyring if the old one was there.
    """
    path = Path(path).resolve()
    check_passphrase(new_passphrase)
    lock, resumed = _begin(path, backup_folder, lock_held)
    try:
        if not cipher.is_encrypted(path):
            raise UserError(tr("{path} is not protected; use protect to give it a passphrase.", path=path))
        _checkpoint(path, key)
        was_remembered = keystore.workspace_key_for(path) is not None
        material = cipher.new_key_material(new_passphrase)
        _check_room(_plan(path, key, material, backup_folder, workspace=True), path)
        safety = backups.backup_file(path, Connector(key), reason="before-rekey", folder=backup_folder)
        if progress:
            progress(tr("Re-encrypting {name}", name=path.name))
        report = ConversionReport(path, safety, key=material, resumed=resumed)
        _convert(path, "rekey", key, material, backup_folder, progress, report)
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
    """What deleting the workspace at ``path`` removes: every file holding its data, and its keyring entries.

    Backups in the chosen folder and beside the workspace, copies a restore set aside, partial files
    and the journal of an interrupted change of passphrase are all listed.
    """
    path = Path(path).resolve()
    files = [p for p in [path, *sidecar_paths(path), key_change.journal_path(path)] if p.exists()]
    for copy in key_change.copies_of(path, backup_folder).all():
        files += [copy, *(p for p in sidecar_paths(copy)[:3] if p.exists())]
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
