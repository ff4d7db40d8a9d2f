"""Undo and Redo of local changes, and what each would do (the Edit menu's labels).

Changes made here by a person are undone this way, and a merge when it is the newest change (Undo names
it: "Undo Merge FEW-return.xlsx from FEW", never an older local change hidden behind it); imports are
reverted from their own history. Imported by the app's window before SQLAlchemy is loaded: the data layer
is imported inside each function, on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from upr_desktop.operations.base import Outcome, reading, writing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
        merge = _newest_merge(session)
        return UndoRedo(merge[1] if merge else changelog.can_undo(session), changelog.can_redo(session))


def _newest_merge(session: Session) -> tuple[int, str] | None:
    """(merge batch id, label) when the newest change still in effect is a merge, else None."""
    from sqlalchemy import select

    from upr_desktop.core.domain.models import MergeBatch, Operation
    from upr_desktop.core.services.changelog import mine_only

    # On a shared server, only this person's own changes (undo is personal there, as for local changes).
    newest = session.execute(
        mine_only(session, select(Operation.id, Operation.kind, Operation.label)
                  .where(Operation.kind.in_(("local", "merge")), Operation.state == "done"))
        .order_by(Operation.id.desc()).limit(1)
    ).first()
    if newest is None or newest.kind != "merge":
        return None
    batch = session.scalars(select(MergeBatch.id).where(MergeBatch.operation_id == newest.id, MergeBatch.undone_at.is_(None))).first()
    return None if batch is None else (batch, newest.label)


def undo(ws: WorkspaceFile, *, force: bool = False) -> Outcome[str]:
    """Undo the newest local change still in effect; the result is its label.

    Refused (a UserError naming what is in the way) when a later import or merge touched the same
    data, unless ``force``.
    """
    from upr_desktop.core.services import changelog
    from upr_desktop.exchange import merge_history

    with writing(ws) as w:
        merge = _newest_merge(w.session)
        if merge is not None:
            merge_history.undo_merge(w.session, merge[0], force=force)
            label = merge[1]
        else:
            label = changelog.undo_last(w.session, force=force).label
    return w.outcome(label)


def redo(ws: WorkspaceFile) -> Outcome[str]:
    """Redo the change most recently undone, if nothing was changed since; the result is its label."""
    from upr_desktop.core.services import changelog

    with writing(ws) as w:
        label = changelog.redo_last(w.session).label
    return w.outcome(label)
