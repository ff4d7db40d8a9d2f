"""Backups of a workspace with the SQLite backup API, and restoring one."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from upr_desktop.core.storage.sidecars import sidecar_paths
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

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
    """Copy a database page by page with the SQLite backup API (safe while it is open and written)."""
    src = connector.connect(source)
    try:
        dst = connector.connect(target)
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
    copy_database(source, staging, connector)
    with open(staging, "rb+") as fh:
        os.fsync(fh.fileno())
    # The old file's WAL must go before the copy takes its place, or SQLite would replay it onto the copy.
    for side in sidecar_paths(target)[:3]:
        side.unlink(missing_ok=True)
    os.replace(staging, target)


def backup_file(workspace: Path, connector: Connector, *, reason: str = "manual", folder: Path | None = None) -> Path:
    """Copy a workspace with the backup API into its backup folder; keeps the newest 20."""
    folder = backup_dir(workspace, folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    target = folder / f"{workspace.stem}-{stamp}-{reason}.bak"
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        copy_database(workspace, partial, connector)
    except Exception as exc:
        partial.unlink(missing_ok=True)
        raise UserError(tr("Could not back up {path} into {folder}: {reason}", path=workspace, folder=folder, reason=exc)) from exc
    os.replace(partial, target)
    prune(workspace, folder=folder)
    return target


def backup(ws: WorkspaceFile, *, reason: str = "manual") -> Path:
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
