"""The workspace file itself: open and create it, what it holds, checks, backups and restore, JSON export,
and the settings an open workspace follows.

The app imports this module on its start path, before its first rows are drawn: the data layer
(SQLAlchemy, about a second) is imported inside the functions, which run on the worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from upr_desktop.core.domain import vocab  # plain data files, no database
from upr_desktop.operations.outcome import EVERYTHING, WORKSPACE, Outcome
from upr_desktop.settings import Settings

if TYPE_CHECKING:
    from upr_desktop.core.storage.backups import BackupInfo
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = [
    "Restored", "backup", "check", "create_workspace", "export_json", "list_backups", "member_states", "normalise_state",
    "open_workspace", "restore_backup", "state_suggestion", "use_settings", "workspace_info",
]


@dataclass(frozen=True)
class Restored:
    backup: Path  # the backup put back
    previous_state: Path | None  # the state before it, kept as a backup (or moved aside when damaged)


def open_workspace(path: str | Path, *, settings: Settings | None = None, key: bytes | None = None,
                   check: bool = True, migrate: bool = True) -> WorkspaceFile:
    """Open a workspace (locked for this process); PassphraseRequired when it is protected and no key was given.

    ``check=False`` skips ``PRAGMA quick_check`` (the app runs it beside the window, then writes wait for it).
    """
    from upr_desktop.core.storage.workspace_file import open_workspace as open_file

    return open_file(Path(path), key=key, check=check, migrate=migrate, settings=settings or Settings())


def create_workspace(path: str | Path, *, name: str, country: str, cycles: Sequence[int] = (), key: bytes | None = None,
                     settings: Settings | None = None) -> WorkspaceFile:
    """A new workspace for a State under Review (protected when ``key`` is given), returned open."""
    from upr_desktop.core.storage.workspace_file import create_workspace as create_file

    return create_file(Path(path), name=name, country=country, cycles=list(cycles), key=key, settings=settings or Settings())


def member_states() -> list[str]:
    """The UN member States, as a workspace's State under Review is named."""
    return vocab.member_states()


def normalise_state(name: str) -> tuple[str, bool]:
    """The State's name as the UN writes it ("Viet Nam" for "Vietnam"), and whether it is a known one."""
    return vocab.normalise_state(name)


def state_suggestion(name: str) -> str:
    """" Did you mean 'Philippines'?" for a name that is no State, or "" (appended to a message)."""
    return vocab.unknown_state_message(name) if name.strip() else ""


def workspace_info(ws: WorkspaceFile) -> dict[str, Any]:
    """Counts of everything, schema version, file size, protection and the last backup."""
    from upr_desktop.core.read.workspace_facts import workspace_info as info

    return info(ws)


def check_health(ws: WorkspaceFile) -> None:
    """``PRAGMA quick_check`` on a connection of its own; WorkspaceDamaged (naming the newest backup) on damage.

    For the app, which opens without the check to show its window first and runs this on a thread of its own.
    """
    from upr_desktop.core.storage.workspace_file import check_health as check_file

    check_file(ws)


def check(ws: WorkspaceFile) -> list[str]:
    """Damage found in the file (``PRAGMA quick_check``, foreign keys); empty when it is sound."""
    from upr_desktop.core.storage.workspace_file import quick_check

    problems = quick_check(ws.engine)
    with ws.engine.connect() as conn:
        problems += [f"foreign key: {tuple(r)}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()]
    return problems


def backup(ws: WorkspaceFile, *, reason: str = "manual") -> Outcome[Path]:
    """A backup now, into the folder chosen in Settings (else ``backups/`` beside the workspace)."""
    from upr_desktop.core.storage import backups

    return Outcome(backups.backup(ws, reason=reason), frozenset({WORKSPACE}))


def list_backups(path: str | Path, *, settings: Settings | None = None) -> list[BackupInfo]:
    """The workspace's backups in the chosen folder, newest first."""
    from upr_desktop.core.storage import backups

    return backups.list_backups(Path(path), (settings or Settings()).backup_path())


def restore_backup(path: str | Path, name: str, *, settings: Settings | None = None,
                   open_current: Callable[..., WorkspaceFile]) -> Restored:
    """Put a backup (a path, a file name from :func:`list_backups`, or "latest") in place of the closed workspace.

    The current state is backed up first. ``open_current(**kwargs)`` opens the workspace as the caller
    does (asking for the passphrase of a protected one): it gives the key the backup is read with, then
    proves the restored file opens (and migrates it when it is older).
    """
    from upr_desktop.core.storage import backups
    from upr_desktop.core.storage.workspace_file import (
        Connector,
        acquire_lock,
        is_plain_sqlite,
        owner_path,
    )
    from upr_desktop.errors import UserError, WorkspaceDamaged
    from upr_desktop.i18n import tr

    path = Path(path)
    folder = (settings or Settings()).backup_path()
    chosen = backups.resolve_backup(path, name, folder)
    if not path.exists() or path.stat().st_size == 0 or is_plain_sqlite(path):
        connector = Connector(None)
    else:
        try:
            with open_current(migrate=False) as ws:
                connector = ws.connector
        except WorkspaceDamaged:
            raise UserError(tr("The protected workspace {path} cannot be read; restore needs its passphrase to check the backup.", path=path)) from None
    lock = acquire_lock(path)
    try:
        safety = backups.restore(path, chosen, connector, folder=folder)
    finally:
        owner_path(path).unlink(missing_ok=True)
        lock.release()
    with open_current():
        pass  # proves the restored file opens (and migrates it if it is older)
    return Restored(chosen, safety)


def export_json(ws: WorkspaceFile, *, include_sensitive: bool = False) -> dict[str, Any]:
    """The whole workspace as JSON data (the README documents its shape); sensitive fields only when asked."""
    from upr_desktop.core.read.snapshot import workspace_snapshot
    from upr_desktop.operations.base import reading

    with reading(ws) as session:
        return workspace_snapshot(session, include_sensitive=include_sensitive)


def use_settings(ws: WorkspaceFile, settings: Settings) -> Outcome[Settings]:
    """The open workspace follows settings a person just changed (the backup folder, the demo's day)."""
    before, ws.settings = ws.settings, settings
    changed = frozenset({EVERYTHING}) if before.demo_as_of_date() != settings.demo_as_of_date() else frozenset({WORKSPACE})
    return Outcome(settings, changed)
