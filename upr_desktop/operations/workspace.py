"""The workspace file itself: backing it up now.

The app imports this module on its start path, before its first rows are drawn: the data layer
(SQLAlchemy, about a second) is imported inside the functions, which run on the worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from upr_desktop.operations.outcome import WORKSPACE, Outcome

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["backup"]


def backup(ws: WorkspaceFile, *, reason: str = "manual") -> Outcome[Path]:
    """A backup now, into the folder chosen in Settings (else ``backups/`` beside the workspace)."""
    from upr_desktop.core.storage import backups

    return Outcome(backups.backup(ws, reason=reason), frozenset({WORKSPACE}))
