"""Writing merged values into the workspace, with the change log: shared by merge and conflict resolution."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.read import figure_tally
from upr_desktop.core.services.changelog import ChangeRecorder, insert_many_with_ids
from upr_desktop.core.storage import raw
from upr_desktop.core.domain.models import (
    ActionRecommendation,
    Assessment,
    Consultation,
    ConsultationRecommendation,
    FollowUpAction,
    Recommendation,
    new_uuid,
    utcnow,
)
from upr_desktop.errors import UserError
from upr_desktop.exchange import content, layout
from upr_desktop.i18n import tr

MODELS: dict[str, Any] = {"consultation": Consultation, "follow_up_action": FollowUpAction}
LINKS: dict[str, tuple[Any, str]] = {
    "consultation": (ConsultationRecommendation, "consultation_id"),
    "follow_up_action": (ActionRecommendation, "action_id"),
}
_DATE_FIELDS = {"held_on", "due_date"}


def _db_value(field: str, value: str) -> Any:
    if field in _DATE_FIELDS:
        return date.fromisoformat(value) if value else None
    return value or None


def insert_assessments(session: Session, log: ChangeRecorder, rows: Sequence[dict[str, Any]]) -> int:
    """Record many new assessments at once (bulk insert + bulk change log)."""
    if not rows:
        return 0
    now = utcnow()
    full = [{"confidential": False, "recorded_at": now, "recorded_by": log.operation.actor, **r} for r in rows]
    table = Assessment.__table__
    # One DB-API executemany; INSERT ... RETURNING would make SQLite insert row by row.
    with _status_kept_in_bulk(session, [r["recommendation_id"] for r in full]):
        ids = insert_many_with_ids(session, table, full)
    # Dates as the change log's JSON writes them, done here once per value rather than by the
    # encoder's fallback for every row (same text).
    at = now.isoformat()
    log.bulk([
        {"entity": "assessment", "entity_id": ids[r["uuid"]], "entity_uuid": r["uuid"], "op": "create",
         "new": {"id": ids[r["uuid"]], **r, "recorded_at": at, "assessed_on": r["assessed_on"].isoformat()}}
        for r in full
    ])
    return len(full)


STATUS_TRIGGER = "assessment_derived_ai"  # keeps recommendation.current_status and last_assessed_on (migration 0002)
_REFRESH = re.compile(r"\bBEGIN\s+UPDATE\s+recommendation\s+SET\s+(.*)\s+WHERE\s+id\s*=\s*new\.recommendation_id\s*;\s*END\s*$",
                      re.IGNORECASE | re.DOTALL)
BULK_STATUS_FROM = 50  # new assessments from which their recommendations' status and counts are kept set-based


@contextmanager
def _status_kept_in_bulk(session: Session, recommendation_ids: list[int]) -> Iterator[None]:
    """Insert many assessments with the status trigger and the counts' update trigger set aside (SQLite), then bring
    their recommendations' status, last assessment date and Dashboard counts up to date in a few set-based statements.

    Row by row, each new assessment updated its recommendation and that update took its figures out of the counts and
    put them back (~0.7 s of a merge of 40 returns of 250 rows). The status is the trigger's own expression (read from
    it, as importers/bulk.py reuses the full-text trigger); the counts are figure_tally.recount's, which counts as the
    triggers do. Inside the caller's transaction: a failure rolls the triggers back too. A server's triggers, few rows,
    or a trigger of a shape not understood: written row by row, as before."""
    if raw.is_postgres(session) or len(recommendation_ids) < BULK_STATUS_FROM:
        yield
        return
    session.flush()
    cur = raw.connection(session).cursor()
    found = dict(cur.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
                             (STATUS_TRIGGER, figure_tally.UPDATE_TRIGGER)).fetchall())
    refresh = _REFRESH.search(found.get(STATUS_TRIGGER) or "")
    if refresh is None or figure_tally.UPDATE_TRIGGER not in found:
        yield
        return
    sets = refresh[1].replace("new.recommendation_id", "recommendation.id")
    ids = json.dumps(sorted(set(recommendation_ids)))
    for name in found:
        cur.execute(f'DROP TRIGGER "{name}"')
    figure_tally.recount(cur, recommendation_ids, -1)
    yield
    cur.execute(f"UPDATE recommendation SET {sets} WHERE id IN (SELECT value FROM json_each(?))", (ids,))
    figure_tally.recount(cur, recommendation_ids, 1)
    for sql in found.values():
        cur.execute(sql)


def assessment_row(uuid: str, recommendation_id: int, group_id: int, values: dict[str, str], when: date) -> dict[str, Any]:
    return {
        "uuid": uuid, "recommendation_id": recommendation_id, "group_id": group_id,
        "status": values["status"], "assessed_on": when,
        "evidence": values.get("evidence") or None, "sources": values.get("sources") or None,
        "comment": values.get("comment") or None,
    }


def set_links(session: Session, log: ChangeRecorder, entity: str, owner_id: int, refs_text: str) -> None:
    model, owner_field = LINKS[entity]
    refs = layout.split_refs_cell(refs_text)
    wanted: dict[int, str] = {}
    if refs:
        for rec_id, ref in session.execute(select(Recommendation.id, Recommendation.ref).where(Recommendation.ref.in_(refs))):
            wanted.setdefault(rec_id, ref)
        missing = set(refs) - set(wanted.values())
        if missing:
            raise UserError(tr("Unknown recommendation references: {refs}.", refs=", ".join(sorted(missing))))
    current = {link.recommendation_id: link for link in session.scalars(select(model).where(getattr(model, owner_field) == owner_id))}
    for rec_id, link in current.items():
        if rec_id not in wanted:
            log.deleted(link)
            session.delete(link)
    session.flush()
    for rec_id in wanted:
        if rec_id not in current:
            link = model(**{owner_field: owner_id, "recommendation_id": rec_id})
            session.add(link)
            log.created(link)


def add_record(session: Session, log: ChangeRecorder, entity: str, uuid: str, group_id: int, values: dict[str, str]) -> Any:
    """A new consultation or follow-up action from a returned row (values in compare form)."""
    model = MODELS[entity]
    fields = {k: _db_value(k, v) for k, v in values.items() if k != "refs"}
    if entity == "follow_up_action":
        fields["status"] = fields.get("status") or "open"
    row = model(uuid=uuid, group_id=group_id, **fields)
    session.add(row)
    log.created(row)
    if values.get("refs"):
        set_links(session, log, entity, row.id, values["refs"])
    return row


def set_field(session: Session, log: ChangeRecorder, entity: str, uuid: str, field: str, value: str) -> bool:
    """Set one field of a consultation or action (refs relink); says whether anything changed."""
    model = MODELS[entity]
    row = session.scalars(select(model).where(model.uuid == uuid)).first()
    if row is None:
        raise UserError(tr("The record {id} no longer exists in the workspace.", id=uuid))
    if field == "refs":
        set_links(session, log, entity, row.id, value)
        return True
    return log.set(row, field, _db_value(field, value))


def record_group_assessment(
    session: Session, log: ChangeRecorder, *, recommendation_uuid: str, group_id: int, include_confidential: bool,
    changes: dict[str, str], when: date | None = None, uuid: str | None = None,
) -> Assessment:
    """A new assessment by the group: its current values with ``changes`` applied."""
    rec = session.scalars(select(Recommendation).where(Recommendation.uuid == recommendation_uuid)).first()
    if rec is None:
        raise UserError(tr("The recommendation {id} no longer exists in the workspace.", id=recommendation_uuid))
    current = content.group_assessments(session, group_id, [rec.id], include_confidential=include_confidential).get(rec.id)
    # The status carries over; evidence, sources and comment only when decided here (they are not copied).
    values = {name: ("" if name in content.CARRIED else value) for name, value in content.assessment_base(current).items()}
    values.update(changes)
    if not values["status"]:
        raise UserError(tr("An assessment needs a status."))
    row = Assessment(**assessment_row(uuid or new_uuid(), rec.id, group_id, values, when or date.today()),
                     confidential=False, recorded_by=log.operation.actor)
    session.add(row)
    log.created(row)
    return row
