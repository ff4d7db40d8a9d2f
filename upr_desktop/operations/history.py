"""Undo and Redo of local changes, and what each would do (the Edit menu's labels).

Only changes made here by a person are undone this way; imports and merges are reverted from their
own history. Imported by the app's window before SQLAlchemy is loaded: the data layer is imported
inside each function, on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from upr_desktop.operations.base import Outcome, reading, writing

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["UndoRedo", "redo", "undo", "undo_redo"]


@dataclass(frozen=True)
class UndoRedo:
    """The labels of what Undo and Redo would do now (None: nothing to undo, or to redo)."""

    undo: str | None
    redo: str | None


def undo_redo(ws: WorkspaceFile) -> UndoRedo:
    from upr_desktop.core.services import changelog

    with reading(ws) as session:
        return UndoRedo(changelog.can_undo(session), changelog.can_redo(session))


def undo(ws: WorkspaceFile, *, force: bool = False) -> Outcome[str]:
    """Undo the newest local change still in effect; the result is its label.

    Refused (a UserError naming what is in the way) when a later import or merge touched the same
    data, unless ``force``.
    """
    from upr_desktop.core.services import changelog

    with writing(ws) as w:
        label = changelog.undo_last(w.session, force=force).label
    return w.outcome(label)


def redo(ws: WorkspaceFile) -> Outcome[str]:
    """Redo the change most recently undone, if nothing was changed since; the result is its label."""
    from upr_desktop.core.services import changelog

    with writing(ws) as w:
        label = changelog.redo_last(w.session).label
    return w.outcome(label)
