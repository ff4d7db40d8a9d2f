"""The workspace file itself: backing it up now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from upr_desktop.operations.outcome import WORKSPACE, Outcome

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["backup"]


def backup(ws: WorkspaceFile, *, reason: str = "manual", progress: Callable[..., None] | None = None) -> Outcome[Path]:
    """Copy the open workspace into its backup folder (Settings, or beside it) now; the newest 20 are kept.

    ``progress`` is accepted for the app's progress dialog; a backup is one step that cannot be cancelled.
    """
    from upr_desktop.core.storage import backups

    return Outcome(backups.backup(ws, reason=reason), frozenset({WORKSPACE}))
