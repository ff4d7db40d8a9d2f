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
    from upr_desktop.core.storage.backups import BackupInfo, RestoreImpact
    from upr_desktop.core.storage.workspace_file import WorkspaceFile


__all__ = [
    "Checked", "Restored", "backup", "check", "create_workspace", "export_json", "list_backups", "member_states", "normalise_state",
    "open_workspace", "restore_backup", "state_suggestion", "use_settings", "workspace_info",
]


@dataclass(frozen=True)
class Restored:
    backup: Path  # the backup put back (or that would be, with dry_run)
    previous_state: Path | None  # the state before it, kept as a backup (or moved aside when damaged)
    impact: RestoreImpact  # what restoring it undoes: the changes made since it was taken
    done: bool = True  # False with dry_run: nothing was changed


@dataclass(frozen=True)
class Checked:
    """What :func:`check` found: problems (empty when sound), notes, the damaged rows by table."""

    problems: list[str]
    notes: list[str]
    damaged: dict[str, list[int]]
    rows_checked: int
    search_index_rebuilt: bool = False
    search_index_checked: bool = True  # False on a file that can only be read (FTS5's check writes)


def open_workspace(path: str | Path, *, settings: Settings | None = None, key: bytes | None = None,
                   check: bool = True, migrate: bool = True) -> WorkspaceFile:
    """Open a workspace (locked for this process); PassphraseRequired when it is protected and no key was given.

    ``check=False`` skips ``PRAGMA quick_check`` (the app runs it beside the window, then writes wait for it).
    """
    from upr_desktop.core.storage import server

    if server.is_server_location(path):  # a shared workspace on a PostgreSQL server
        return server.open_server_workspace(str(path), settings=settings or Settings(), migrate=migrate)  # type: ignore[no-any-return]
    from upr_desktop.core.storage.workspace_file import open_workspace as open_file

    return open_file(Path(path), key=key, check=check, migrate=migrate, settings=settings or Settings())


def create_workspace(path: str | Path, *, name: str, country: str, cycles: Sequence[int] = (), key: bytes | None = None,
                     settings: Settings | None = None) -> WorkspaceFile:
    """A new workspace for a State under Review (protected when ``key`` is given), returned open."""
    from upr_desktop.core.storage import server

    if server.is_server_location(path):
        return server.create_server_workspace(str(path), name=name, country=country, cycles=list(cycles),  # type: ignore[no-any-return]
                                              settings=settings or Settings())
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


def check(ws: WorkspaceFile, *, rebuild_search_index: bool = False) -> Checked:
    """Every page and stored value read, the change log against the records, the search index against the
    recommendations, the copies of a protected workspace: damage named record by record (core.storage.integrity).

    ``rebuild_search_index`` rebuilds the full-text index from the recommendations when it does not match them.
    """
    from upr_desktop.core.storage import integrity
    from upr_desktop.i18n import tr

    report = integrity.check_workspace(ws)
    rebuilt = False
    if rebuild_search_index and report.search_index_ok is False:
        integrity.rebuild_search_index(ws)
        report = integrity.check_workspace(ws)
        rebuilt = True
    notes = []
    if ws.read_only is not None:
        notes.append(tr("The workspace can only be read ({reason}); the search index was not checked.", reason=ws.read_only))
    problems = report.problems + integrity.copies_at_risk(ws)
    return Checked(problems, notes, {t: sorted(ids) for t, ids in report.damaged.items()}, report.rows_checked, rebuilt,
                   search_index_checked=report.search_index_ok is not None)


def backup(ws: WorkspaceFile, *, reason: str = "manual") -> Outcome[Path]:
    """A backup now, into the folder chosen in Settings (else ``backups/`` beside the workspace)."""
    from upr_desktop.core.storage import backups

    return Outcome(backups.backup(ws, reason=reason), frozenset({WORKSPACE}))


def list_backups(path: str | Path, *, settings: Settings | None = None) -> list[BackupInfo]:
    """The workspace's backups in the chosen folder, newest first."""
    from upr_desktop.core.storage import backups, server

    if server.is_server_location(path):  # a server's dumps are kept beside its connection file
        path = server.parse_location(path)[0].local_home()

    return backups.list_backups(Path(path), (settings or Settings()).backup_path())


def restore_backup(path: str | Path, name: str, *, settings: Settings | None = None,
                   open_current: Callable[..., WorkspaceFile], dry_run: bool = False) -> Restored:
    """Put a backup (a path, a file name from :func:`list_backups`, or "latest") in place of the closed workspace.

    First says what it would undo (the changes made since the backup was taken); ``dry_run`` stops there.
    A backup under another protection than the workspace's is refused with the true reason, and a
    workspace that can only be read is refused before anything is written. The current state is backed
    up first. ``open_current(**kwargs)`` opens the workspace as the caller does (asking for the passphrase
    of a protected one): it gives the key the backup is read with, then proves the restored file opens
    (and migrates it when it is older).
    """
    from upr_desktop.core.storage import backups
    from upr_desktop.core.storage.workspace_file import (
        Connector,
        acquire_lock,
        is_plain_sqlite,
        owner_path,
        read_only_reason,
    )
    from upr_desktop.errors import UserError, WorkspaceDamaged
    from upr_desktop.i18n import tr

    folder = (settings or Settings()).backup_path()
    from upr_desktop.core.storage import server

    if server.is_server_location(path):  # pg_restore into the server database, in one transaction
        from upr_desktop.core.storage import server_backup

        with open_current(migrate=False) as ws:
            chosen = backups.resolve_backup(ws.path, name, folder)
            impact = server_backup.impact(ws, chosen)
            if dry_run:
                return Restored(chosen, None, impact, done=False)
            ws.require_writable()
            safety = server_backup.restore(ws, chosen, folder=folder)
        with open_current():
            pass  # proves the restored database opens (and migrates it if it is older)
        return Restored(chosen, safety, impact)
    path = Path(path)
    chosen = backups.resolve_backup(path, name, folder)
    if not dry_run and path.exists() and (reason := read_only_reason(path)) is not None:
        raise UserError(tr("Cannot restore into {path}: it can only be read ({reason}). Nothing was changed.", path=path, reason=reason))
    if not path.exists() or path.stat().st_size == 0 or is_plain_sqlite(path):
        connector = Connector(None)
    else:
        try:
            with open_current(migrate=False) as ws:
                connector = ws.connector
        except WorkspaceDamaged:
            raise UserError(tr("The protected workspace {path} cannot be read; restore needs its passphrase to check the backup.", path=path)) from None
    backups.check_same_protection(path, chosen, connector)
    impact = backups.restore_impact(path, chosen, connector)
    if dry_run:
        return Restored(chosen, None, impact, done=False)
    lock = acquire_lock(path)
    try:
        safety = backups.restore(path, chosen, connector, folder=folder)
    finally:
        owner_path(path).unlink(missing_ok=True)
        lock.release()
    with open_current():
        pass  # proves the restored file opens (and migrates it if it is older)
    return Restored(chosen, safety, impact)


def export_json(ws: WorkspaceFile, *, include_sensitive: bool = False, salvage: bool = False) -> dict[str, Any]:
    """The whole workspace as JSON data (the README documents its shape); sensitive fields only when asked.

    ``salvage``: from a damaged workspace, everything that can still be read; the records found damaged
    are left out and described under "damaged".
    """
    from upr_desktop.core.read.snapshot import workspace_snapshot
    from upr_desktop.operations.base import reading

    if not salvage:
        with reading(ws) as session:
            return workspace_snapshot(session, include_sensitive=include_sensitive)
    from upr_desktop.core.storage import integrity

    report = integrity.check_workspace(ws)
    with reading(ws) as session:
        data = workspace_snapshot(session, include_sensitive=include_sensitive, skip=report.damaged,
                                  skip_tables=frozenset(report.unreadable_tables))
    data["damaged"] = report.problems
    data["damaged_rows"] = sum(len(ids) for ids in report.damaged.values())
    return data


def use_settings(ws: WorkspaceFile, settings: Settings) -> Outcome[Settings]:
    """The open workspace follows settings a person just changed (the backup folder, the demo's day)."""
    before, ws.settings = ws.settings, settings
    changed = frozenset({EVERYTHING}) if before.demo_as_of_date() != settings.demo_as_of_date() else frozenset({WORKSPACE})
    return Outcome(settings, changed)
