"""Follow-up actions: the one list (overdue on the situation day), adding, editing, marking done, deleting."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from upr_desktop.core.read import followup_lists as lists
from upr_desktop.core.read.followup_lists import NO_GROUP, ActionFilter, ActionRow
from upr_desktop.core.services import consultations as service
from upr_desktop.core.services.lookup import split_refs
from upr_desktop.operations.base import Outcome, reading, situation_day, writing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["NO_GROUP", "ActionFilter", "ActionList", "ActionRow", "add_action", "delete_action", "edit_action",
           "list_actions", "mark_done"]


@dataclass(frozen=True)
class ActionList:
    """The actions asked for, and the situation day their overdue flags were worked out for."""

    rows: list[ActionRow]
    as_of: date

    @property
    def overdue(self) -> int:
        return sum(1 for a in self.rows if a.overdue)


def list_actions(ws: WorkspaceFile, flt: ActionFilter | None = None) -> ActionList:
    """Follow-up actions by due date (none last), filtered; overdue as of the situation day."""
    with reading(ws) as session:
        today = situation_day(ws, session)
        return ActionList(lists.action_list(session, flt, today=today), today)


def _saved(ws: WorkspaceFile, session: Session, action_id: int) -> ActionRow:
    session.flush()
    (row,) = lists.action_list(session, ActionFilter(ids=[action_id]), today=situation_day(ws, session))
    return row


def add_action(ws: WorkspaceFile, *, description: str, group: str | None = None, due_date: date | str | None = None,
               status: str = "open", consultation_id: int | None = None, refs: Iterable[str] = (),
               confidential: bool = False) -> Outcome[ActionRow]:
    """Add an action, owned by a group or none, from a consultation or none; refs repeated or comma-separated."""
    with writing(ws) as w:
        consultation = service.consultation_by_id(w.session, consultation_id) if consultation_id is not None else None
        row = service.add_action(w.session, description=description, group=group or None, due_date=due_date, status=status,
                                 consultation=consultation, refs=split_refs(refs), confidential=confidential)
        saved = _saved(ws, w.session, row.id)
    return w.outcome(saved)


def edit_action(ws: WorkspaceFile, action_id: int, /, *, expected_version: int | None = None, **fields: Any) -> Outcome[ActionRow]:
    """Change an action's description, due date, status, confidentiality or group (``group=None``: no group).

    ``expected_version``: the action's version when its editor opened it (``ActionRow.version``); a save over a
    later one (someone else saved it since) is refused with an :class:`~upr_desktop.errors.EditConflict`.
    """
    with writing(ws) as w:
        service.update_action(w.session, service.action_by_id(w.session, action_id), expected_version=expected_version, **fields)
        saved = _saved(ws, w.session, action_id)
    return w.outcome(saved)


def mark_done(ws: WorkspaceFile, action_id: int) -> Outcome[ActionRow]:
    return edit_action(ws, action_id, status="done")


def delete_action(ws: WorkspaceFile, action_id: int) -> Outcome[None]:
    with writing(ws) as w:
        service.delete_action(w.session, service.action_by_id(w.session, action_id))
    return w.outcome(None)
