"""What the app's status bar says about the open workspace: its name, protection, last backup, local changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile


@dataclass(frozen=True)
class WorkspaceStatus:
    name: str
    encrypted: bool
    last_backup: str | None  # ISO date and time of the newest backup, None when there is none
    local_changes: int  # changes made here since the workspace was created or last merged
    server: str | None = None  # "coalition on db.example.org:5432" for a shared workspace on a server


def workspace_status(ws: WorkspaceFile) -> WorkspaceStatus:
    """The status bar's facts, without counting every table as ``info`` does (the window loads this early)."""
    from upr_desktop.core.read.workspace_facts import (
        status_facts,  # the data layer loads after the first rows
    )

    facts = status_facts(ws)
    return WorkspaceStatus(facts["name"], bool(facts["encrypted"]), facts["last_backup"], int(facts["local_changes"]),
                           facts["location"] if facts.get("server") else None)
