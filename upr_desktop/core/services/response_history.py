"""Recording a change of a State's response (pending -> noted at the adoption, a newer matrix, a mid-term update)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import Recommendation, ResponseChange, new_uuid, utcnow
from upr_desktop.core.services.changelog import ChangeRecorder, insert_many_with_ids


def record_change(session: Session, log: ChangeRecorder, rec: Recommendation, old: str, new: str, *,
                  changed_on: date | None = None, source: str = "local") -> ResponseChange | None:
    """Keep one response change beside the edit of the recommendation (same operation, so Undo takes both back)."""
    if old == new:
        return None
    step = ResponseChange(recommendation_id=rec.id, old_response=old, new_response=new,
                          changed_on=changed_on or utcnow().date(), source=source[:500])
    session.add(step)
    log.created(step)
    return step


def record_changes(session: Session, log: ChangeRecorder, changes: Sequence[tuple[int, str, str]], *,
                   changed_on: date, source: str) -> int:
    """Many response changes at once (an import): (recommendation id, old, new), logged as creations for undo."""
    rows: list[dict[str, Any]] = []
    if not changes:
        return 0
    now = utcnow()
    for rec_id, old, new in changes:
        if old == new or old is None or new is None:
            continue
        rows.append({"uuid": new_uuid(), "recommendation_id": rec_id, "old_response": old,
                     "new_response": new, "changed_on": changed_on, "source": source[:500], "recorded_at": now})
    ids = insert_many_with_ids(session, ResponseChange.__table__, rows)
    log.bulk([{"entity": "response_change", "entity_id": ids[r["uuid"]], "entity_uuid": r["uuid"], "op": "create",
               "new": {"id": ids[r["uuid"]], **r}} for r in rows])
    return len(rows)

