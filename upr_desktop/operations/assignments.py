"""Assigning recommendations to member groups (as lead or support) and taking assignments away, in bulk.

Which recommendations: the rows a person selected in the app (``ids``), or, from the command line,
references, a theme, or all of them (exactly one of the three). Imported by the app's window before
SQLAlchemy is loaded: the data layer is imported inside each function, on the worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from upr_desktop.core.domain.closed_lists import ROLES
from upr_desktop.operations.base import Outcome, writing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from upr_desktop.core.services.assignments import AssignResult
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["ROLES", "assign", "unassign"]


def _chosen(session: Session, ids: Sequence[int], refs: Sequence[str], theme: str | None, everything: bool) -> list[Any]:
    from upr_desktop.core.services import assignments, selection
    from upr_desktop.core.services.lookup import split_refs

    if ids and not (refs or theme or everything):
        return selection.recommendations_by_ids(session, ids)
    return assignments.select_recommendations(session, refs=split_refs(refs), theme=theme, everything=everything)


def assign(ws: WorkspaceFile, group: str, /, *, ids: Sequence[int] = (), refs: Sequence[str] = (), theme: str | None = None,
           everything: bool = False, role: str = "lead", due_date: date | str | None = None) -> Outcome[AssignResult]:
    """Assign the recommendations to ``group`` (its acronym); ones already assigned get the new role and due date.

    ``refs`` may also be comma-separated; ``due_date`` an ISO date as typed.
    """
    from upr_desktop.core.services import assignments
    from upr_desktop.core.services.lookup import parse_date
    from upr_desktop.i18n import tr

    due = parse_date(due_date, what=tr("due date"))
    with writing(ws) as w:
        result = assignments.assign(w.session, group, _chosen(w.session, ids, refs, theme, everything), role=role, due_date=due)
    return w.outcome(result)


def unassign(ws: WorkspaceFile, group: str, /, *, ids: Sequence[int] = (), refs: Sequence[str] = (), theme: str | None = None,
             everything: bool = False) -> Outcome[int]:
    """Take the recommendations' assignments to ``group`` away; the result is how many there were."""
    from upr_desktop.core.services import assignments

    with writing(ws) as w:
        removed = assignments.unassign(w.session, group, _chosen(w.session, ids, refs, theme, everything))
    return w.outcome(removed)
