"""The coalition's own facts kept in the workspace: who its secretariat is (the "Sent by" of its workbooks)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from upr_desktop.core.services.changelog import change
from upr_desktop.core.services.lookup import workspace_record
from upr_desktop.i18n import tr

SECRETARIAT = "secretariat"
MAX_NAME = 200


def secretariat(session: Session) -> str | None:
    """The name the workspace gives its secretariat (a person or an office), or None when not set."""
    value = (workspace_record(session).settings or {}).get(SECRETARIAT)
    return str(value) if value else None


def set_secretariat(session: Session, name: str | None, *, actor: str | None = None) -> str | None:
    """Set (or clear, with an empty name) who the workbooks are sent by; recorded in the change log."""
    ws = workspace_record(session)
    cleaned = " ".join((name or "").split())[:MAX_NAME] or None
    settings = dict(ws.settings or {})
    if cleaned:
        settings[SECRETARIAT] = cleaned
    else:
        settings.pop(SECRETARIAT, None)
    with change(session, tr("Set the secretariat to {name}", name=cleaned or "-"), actor=actor) as log:
        log.set(ws, "settings", settings)
    return cleaned


def sender(session: Session) -> str:
    """Who a workbook says it was sent by: the secretariat as set, else "the secretariat" (of the coalition)."""
    return secretariat(session) or tr("the secretariat")
