"""Facts about a workspace for ``info`` and the status bar: counts, schema, size, last backup."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text

from upr_desktop.core.storage import backups, migrator
from upr_desktop.core.domain.models import (
    Assessment,
    Assignment,
    ChangeLog,
    Consultation,
    FollowUpAction,
    MemberGroup,
    MergeBatch,
    Operation,
    Recommendation,
    Review,
    Theme,
)
from upr_desktop.core.services.lookup import workspace_record
from upr_desktop.core.storage.workspace_file import WorkspaceFile

COUNTED = {
    "recommendations": Recommendation,
    "reviews": Review,
    "themes": Theme,
    "groups": MemberGroup,
    "assignments": Assignment,
    "assessments": Assessment,
    "consultations": Consultation,
    "actions": FollowUpAction,
    "merges": MergeBatch,
    "changes": ChangeLog,
}


def status_facts(ws: WorkspaceFile) -> dict[str, Any]:
    """What the app's status bar shows (name, protection, last backup, local changes), without
    counting every table as :func:`workspace_info` does (a third of a second on 100,000 rows)."""
    with ws.session() as session:
        record = workspace_record(session)
        unsynced = int(
            session.scalar(select(func.count()).select_from(Operation).where(Operation.kind == "local", Operation.state == "done")) or 0
        )
    newest = backups.list_backups(ws.path, ws.settings.backup_path())
    return {
        "name": record.name,
        "location": ws.location,
        **_server(ws),
        "encrypted": ws.encrypted,
        "last_backup": newest[0].taken_at.isoformat(timespec="seconds") if newest else None,
        "local_changes": unsynced,
    }


def workspace_info(ws: WorkspaceFile) -> dict[str, Any]:
    with ws.session() as session:
        record = workspace_record(session)
        counts = {name: int(session.scalar(select(func.count()).select_from(model)) or 0) for name, model in COUNTED.items()}
        unsynced = int(
            session.scalar(select(func.count()).select_from(Operation).where(Operation.kind == "local", Operation.state == "done")) or 0
        )
        with ws.engine.connect() as conn:
            revision = migrator.current_revision(conn)
        session_size = int(session.execute(text("SELECT pg_database_size(current_database())")).scalar() or 0) if ws.is_server else 0
    newest = backups.list_backups(ws.path, ws.settings.backup_path())
    return {
        "path": ws.location,
        "location": ws.location,
        **_server(ws),
        "id": record.uuid,
        "name": record.name,
        "state_under_review": record.state_under_review,
        "cycles": record.cycles,
        "is_demo": record.is_demo,
        "encrypted": ws.encrypted,
        "schema_version": revision,
        "file_size": _size(ws, session_size),
        "last_backup": newest[0].taken_at.isoformat(timespec="seconds") if newest else None,
        "backup_count": len(newest),
        "local_changes": unsynced,
        "read_only": ws.read_only,  # why it can only be read, or None
        "counts": counts,
    }


def _size(ws: WorkspaceFile, server_size: int) -> int:
    """The file's size, or the database's on a server."""
    return server_size if ws.is_server else ws.path.stat().st_size


def _server(ws: WorkspaceFile) -> dict[str, Any]:
    """Which server and database, and who this person is there (a server workspace only)."""
    if not ws.is_server:
        return {}
    address = ws.address  # type: ignore[attr-defined]
    return {"server": f"{address.host}:{address.port or 5432}", "database": address.database, "role": ws.role,  # type: ignore[attr-defined]
            "sslmode": address.sslmode}
