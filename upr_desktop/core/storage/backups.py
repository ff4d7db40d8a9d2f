"""Backups of a workspace with the SQLite backup API, and restoring one (saying first what it undoes)."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from upr_desktop.core.storage.sidecars import sidecar_paths
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.io import create_private_file, make_private_dir

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import Connector, WorkspaceFile

KEEP = 20
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.bak$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_dir(workspace: Path, folder: Path | None = None) -> Path:
    """Where the workspace's backups go: the folder chosen in Settings, else ``backups/`` beside it."""
    return Path(folder).expanduser() if folder else workspace.parent / "backups"


def _copy(src_conn: object, dst_conn: object) -> None:
    src_conn.backup(dst_conn)  # type: ignore[attr-defined]


def copy_database(source: Path, target: Path, connector: Connector) -> None:
    """Copy a database page by page with the SQLite backup API (safe while it is open and written).

    The source may be open for reading only (a workspace on a read-only disk); the copy never is.
    """
    src = connector.connect(source)
    try:
        dst = replace(connector, read_only=False, immutable=False).connect(target)
        try:
            _copy(src, dst)
        finally:
            dst.close()
    finally:
        src.close()


def install_copy(source: Path, target: Path, connector: Connector) -> None:
    """Put a copy of ``source`` in place of ``target`` (whose lock the caller holds), never half a file."""
    staging = target.with_name(f".{target.name}.installing")
    staging.unlink(missing_ok=True)
    create_private_file(staging)
    copy_database(source, staging, connector)
    with open(staging, "rb+") as fh:
        os.fsync(fh.fileno())
    # The old file's WAL must go before the copy takes its place, or SQLite would replay it onto the copy.
    for side in sidecar_paths(target)[:3]:
        side.unlink(missing_ok=True)
    os.replace(staging, target)


def backup_name(workspace: Path, folder: Path, reason: str) -> Path:
    """The path a backup taken now gets (what list_backups and restore read back)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    return folder / f"{workspace.stem}-{stamp}-{reason}.bak"


def backup_file(workspace: Path, connector: Connector, *, reason: str = "manual", folder: Path | None = None) -> Path:
    """Copy a workspace with the backup API into its backup folder; keeps the newest 20."""
    folder = backup_dir(workspace, folder)
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise UserError(tr("Could not make the backup folder {folder}: {reason}. Nothing was changed; choose another backup folder in Settings.",
                           folder=folder, reason=exc.strerror or exc)) from None
    check_room(workspace, folder)
    target = backup_name(workspace, folder, reason)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        create_private_file(partial)
        copy_database(workspace, partial, connector)
    except Exception as exc:
        partial.unlink(missing_ok=True)
        raise UserError(tr("Could not back up {path} into {folder}: {reason}. Nothing was changed.", path=workspace, folder=folder,
                           reason=getattr(exc, "strerror", None) or exc)) from exc
    os.replace(partial, target)
    prune(workspace, folder=folder)
    return target


def check_room(workspace: Path, folder: Path) -> None:
    """Refuse a backup, before writing anything, when its folder has no room for a copy of the workspace and its WAL."""
    size = sum(p.stat().st_size for p in (workspace, workspace.with_name(workspace.name + "-wal")) if p.exists())
    needed = size + size // 10 + (1 << 20)
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise UserError(tr("Not enough free space in {folder} for a backup of {name}: about {need} MB are needed and {free} MB are free. "
                           "Nothing was changed; free some space (or choose another backup folder in Settings) and try again.",
                           folder=folder, name=workspace.name, need=needed // 2**20 + 1, free=free // 2**20))


def backup(ws: WorkspaceFile, *, reason: str = "manual") -> Path:
    """A backup into the chosen folder; one taken before a change is refused when the change cannot be made.

    A server workspace is dumped with pg_dump (core/storage/server_backup.py).
    """
    if reason != "manual":
        ws.require_writable()
    if ws.is_server:
        return ws.dump(reason=reason)  # type: ignore[attr-defined, no-any-return]
    return backup_file(ws.path, ws.connector, reason=reason, folder=ws.settings.backup_path())


def list_backups(workspace: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this workspace, newest first."""
    folder = backup_dir(workspace, folder)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or m["stem"] != workspace.stem:
            continue
        taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f")
        found.append(BackupInfo(entry, taken, m["reason"], entry.stat().st_size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def newest_backup(workspace: Path, folder: Path | None = None) -> Path | None:
    backups = list_backups(workspace, folder)
    return backups[0].path if backups else None


def prune(workspace: Path, keep: int = KEEP, *, folder: Path | None = None) -> None:
    for old in list_backups(workspace, folder)[keep:]:
        old.path.unlink(missing_ok=True)


def resolve_backup(workspace: Path, name: str, folder: Path | None = None) -> Path:
    """A backup named by path, by file name, or 'latest'."""
    if name == "latest":
        newest = newest_backup(workspace, folder)
        if newest is None:
            raise UserError(tr("There is no backup of {path} yet.", path=workspace))
        return newest
    candidate = Path(name).expanduser()
    if not candidate.exists():
        candidate = backup_dir(workspace, folder) / name
    if not candidate.exists():
        raise UserError(tr("No backup called {name}. List them with: upr-desktop backups", name=name))
    return candidate.resolve()


def restore(workspace: Path, backup_path: Path, connector: Connector, *, folder: Path | None = None) -> Path | None:
    """Put a backup back in place of the workspace (the caller holds the lock, no engine open).

    The current state is backed up first; if it cannot be read (damaged), the file is moved aside
    as ``*.damaged-<time>`` instead, so nothing is ever thrown away. Returns that safety copy.
    """

    check_same_protection(workspace, backup_path, connector)
    _check_backup_readable(backup_path, connector)
    safety: Path | None = None
    if workspace.exists():
        try:
            _check_backup_readable(workspace, connector)  # a damaged state must not become the newest "backup"
            safety = backup_file(workspace, connector, reason="before-restore", folder=folder)
        except UserError:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = workspace.with_name(f"{workspace.name}.damaged-{stamp}")
            os.replace(workspace, safety)
    install_copy(backup_path, workspace, connector)
    return safety


def _check_backup_readable(backup_path: Path, connector: Connector) -> None:
    conn = connector.connect(backup_path)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            raise UserError(tr("The backup {path} is damaged too; choose an older one.", path=backup_path))
    except UserError:
        raise
    except Exception as exc:
        raise UserError(tr("Cannot read the backup {path}: {reason}", path=backup_path, reason=exc)) from exc
    finally:
        conn.close()


def check_same_protection(workspace: Path, backup_path: Path, connector: Connector) -> None:
    """Refuse, with the true reason, a backup that is not under the workspace's key (not "wrong passphrase")."""
    from upr_desktop.core.storage.sqlcipher import file_salt, salt_of

    backup_salt = file_salt(backup_path)
    key = connector.key
    if key is not None and backup_salt is None:
        raise UserError(tr("{backup} is not protected by a passphrase, but the workspace is: restoring it would leave your data unprotected. "
                           "Choose a backup taken since the workspace was protected (upr-desktop backups), or restore it and then run protect again "
                           "after unprotecting the workspace.", backup=backup_path))
    if key is None and backup_salt is not None and workspace.exists() and workspace.stat().st_size:
        raise UserError(tr("{backup} is protected by a passphrase, but the workspace is not: it was taken while the workspace was protected. "
                           "Choose a backup taken since the passphrase was removed.", backup=backup_path))
    if key is not None and backup_salt is not None and backup_salt != salt_of(key):
        raise UserError(tr("{backup} is protected by another passphrase than the workspace's (it was taken before the passphrase was "
                           "changed, or belongs to another workspace); it cannot be restored with this one.", backup=backup_path))


@dataclass
class RestoreImpact:
    """What putting a backup back would undo: the changes made to the workspace since the backup was taken."""

    backup: Path
    taken_at: datetime | None
    undone: list[dict[str, Any]] = field(default_factory=list)  # newest first: {"at", "label", "source"}
    counts_now: dict[str, int] = field(default_factory=dict)
    counts_then: dict[str, int] = field(default_factory=dict)
    current_unreadable: str | None = None  # the current file cannot be read: it is set aside, nothing is compared

    @property
    def loses_anything(self) -> bool:
        return bool(self.undone) or any(self.counts_now.get(k, 0) != v for k, v in self.counts_then.items())


_COUNTED = ("recommendation", "member_group", "assignment", "assessment", "consultation", "follow_up_action", "merge_batch")


def restore_impact(workspace: Path, backup_path: Path, connector: Connector) -> RestoreImpact:
    """The local changes, imports and merges in the workspace that the backup does not hold, newest first."""
    taken = None
    m = _NAME.match(backup_path.name)
    if m:
        taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f")
    impact = RestoreImpact(backup_path, taken)
    then = _history(backup_path, connector)
    impact.counts_then = then[1]
    try:
        now = _history(workspace, connector)
    except UserError as exc:
        impact.current_unreadable = str(exc)
        return impact
    impact.counts_now = now[1]
    known = {row[0] for row in then[0]}
    impact.undone = [{"at": at, "label": label, "source": source} for (op_id, at, label, source, state) in reversed(now[0])
                     if op_id not in known and state == "done"]
    return impact


def _history(path: Path, connector: Connector) -> tuple[list[tuple[Any, ...]], dict[str, int]]:
    conn = connector.connect(path)
    try:
        ops = conn.execute("SELECT id, at, label, source, state FROM operation ORDER BY id").fetchall()
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _COUNTED}
    except Exception as exc:  # noqa: BLE001 - sqlite3's or sqlcipher3's errors on a damaged file
        raise UserError(tr("{path} cannot be read: {reason}", path=path, reason=exc)) from None
    finally:
        conn.close()
    return [tuple(r) for r in ops], counts
