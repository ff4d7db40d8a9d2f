"""Everything the detail pane shows about one recommendation, as plain data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from upr_desktop.core.storage.engine_sql import JsonInteger
from upr_desktop.core.domain.models import (
    Assessment,
    Assignment,
    ChangeLog,
    Consultation,
    ConsultationRecommendation,
    MemberGroup,
    MergeBatch,
    Operation,
    Recommendation,
    RecommendationTheme,
    Theme,
)
from upr_desktop.core.read import response_history
from upr_desktop.core.read.history_words import Names, Wording, sentence
from upr_desktop.errors import NotFound
from upr_desktop.i18n import tr

HISTORY_LIMIT = 200


@dataclass(frozen=True)
class AssignmentLine:
    group: str
    group_name: str
    role: str
    due_date: date | None


@dataclass(frozen=True)
class AssessmentLine:
    assessed_on: date
    status: str
    group: str | None
    evidence: str | None
    sources: str | None
    comment: str | None
    recorded_by: str | None


@dataclass(frozen=True)
class ConsultationLine:
    held_on: date
    government_body: str
    kind: str


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    actor: str
    source: str
    label: str
    entity: str
    op: str
    field: str | None
    old_value: str | None
    new_value: str | None
    what: Wording  # the change in people's words (history_words), its dates written by whoever shows it


@dataclass(frozen=True)
class RecommendationDetail:
    id: int
    uuid: str
    ref: str
    text: str
    response: str
    recommending_states: list[str]
    action_category: int | None
    cycle: int | None
    session: int | None
    themes: list[str]
    assignments: list[AssignmentLine]
    assessments: list[AssessmentLine]  # newest first
    consultations: list[ConsultationLine]
    history: list[HistoryLine]  # newest first
    response_story: str = ""  # "pending until 23 Sep 2016, then noted"; empty when the response never changed


def recommendation_detail(session: Session, rec_id: int) -> RecommendationDetail:
    rec = session.get(Recommendation, rec_id)
    if rec is None:
        raise NotFound(tr("That recommendation no longer exists; it may have been undone or merged away."))
    assignments = [
        AssignmentLine(g.acronym, g.name, a.role, a.due_date)
        for a, g in session.execute(
            select(Assignment, MemberGroup).join(MemberGroup, MemberGroup.id == Assignment.group_id)
            .where(Assignment.recommendation_id == rec_id).order_by(Assignment.role.desc(), MemberGroup.acronym)
        )
    ]
    assessments = [
        AssessmentLine(a.assessed_on, a.status, acronym, a.evidence, a.sources, a.comment, a.recorded_by)
        for a, acronym in session.execute(
            select(Assessment, MemberGroup.acronym).outerjoin(MemberGroup, MemberGroup.id == Assessment.group_id)
            .where(Assessment.recommendation_id == rec_id).order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        )
    ]
    consultations = [
        ConsultationLine(c.held_on, c.government_body, c.kind)
        for c in session.scalars(
            select(Consultation).join(ConsultationRecommendation, ConsultationRecommendation.consultation_id == Consultation.id)
            .where(ConsultationRecommendation.recommendation_id == rec_id).order_by(Consultation.held_on.desc())
        )
    ]
    themes = list(session.scalars(
        select(Theme.name).join(RecommendationTheme, RecommendationTheme.theme_id == Theme.id)
        .where(RecommendationTheme.recommendation_id == rec_id).order_by(Theme.name)
    ))
    steps = response_history.steps_of(session, [rec_id]).get(rec_id, [])
    return RecommendationDetail(
        rec.id, rec.uuid, rec.ref, rec.text, rec.response, list(rec.recommending_states or []), rec.action_category,
        rec.cycle, rec.session, themes, assignments, assessments, consultations, history(session, rec_id),
        response_history.story(rec.response, steps) if steps else "",
    )


def history(session: Session, rec_id: int) -> list[HistoryLine]:
    """Changes to the recommendation and to rows hanging from it (assignments, assessments, themes)."""
    conditions = [and_(ChangeLog.entity == "recommendation", ChangeLog.entity_id == rec_id)]
    for model in (Assignment, Assessment, RecommendationTheme):
        table = model.__tablename__
        current = select(model.id).where(model.recommendation_id == rec_id)  # type: ignore[attr-defined]
        snapshot = JsonInteger(func.coalesce(ChangeLog.new_value, ChangeLog.old_value), "recommendation_id")
        conditions.append(
            and_(ChangeLog.entity == table, or_(ChangeLog.entity_id.in_(current), and_(ChangeLog.op != "update", snapshot == rec_id)))
        )
    rows = session.execute(
        select(ChangeLog, Operation.label).join(Operation, Operation.id == ChangeLog.operation_id)
        .where(or_(*conditions)).order_by(ChangeLog.id.desc()).limit(HISTORY_LIMIT)
    )
    found = list(rows)
    names = _names(session, rec_id, [c for c, _label in found])
    return [
        HistoryLine(c.at, c.actor, c.source, label, c.entity, c.op, c.field, c.old_value, c.new_value,
                    sentence(c.entity, c.op, c.field, c.old_value, c.new_value, c.entity_id, c.source, c.operation_id, names))
        for c, label in found
    ]


def _names(session: Session, rec_id: int, changes: list[ChangeLog]) -> Names:
    """What the ids in these changes stand for: groups, themes, the returns merges read, rows' groups."""
    groups = {gid: acronym for gid, acronym in session.execute(select(MemberGroup.id, MemberGroup.acronym))}
    theme_ids = {_row_value(c, "theme_id") for c in changes if c.entity == "recommendation_theme"} - {None}
    themes = {tid: name for tid, name in session.execute(select(Theme.id, Theme.name).where(Theme.id.in_(theme_ids)))} if theme_ids else {}
    returns: dict[int, tuple[str, date]] = {}
    batches: dict[int, tuple[str, date]] = {}
    if any(c.source.startswith(("merge:", "conflict:")) for c in changes):
        for batch in session.scalars(select(MergeBatch)):
            said = (groups.get(batch.group_id or 0) or str((batch.report or {}).get("group") or ""), batch.merged_at.date())
            batches[batch.id] = said
            if batch.operation_id is not None:
                returns[batch.operation_id] = said
    rows: dict[tuple[str, int], int | None] = {}
    for model in (Assignment, Assessment):
        for row_id, group_id in session.execute(select(model.id, model.group_id).where(model.recommendation_id == rec_id)):
            rows[(model.__tablename__, row_id)] = group_id
    for c in changes:
        if c.entity in ("assignment", "assessment") and c.op != "update":
            rows.setdefault((c.entity, c.entity_id), _row_value(c, "group_id"))
    return Names(groups, themes, returns, batches, rows)


def _row_value(change: ChangeLog, key: str) -> object:
    text = change.new_value if change.op == "create" else change.old_value
    try:
        row = json.loads(text) if text else None
    except ValueError:
        return None
    return row.get(key) if isinstance(row, dict) else None
