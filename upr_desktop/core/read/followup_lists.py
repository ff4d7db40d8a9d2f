"""Consultations and follow-up actions by id: plain rows for the GUI lists and thin wrappers over the services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from upr_desktop.core.services.changelog import change
from upr_desktop.core.domain.models import (
    ActionRecommendation,
    Consultation,
    ConsultationRecommendation,
    FollowUpAction,
    MemberGroup,
    Recommendation,
)
from upr_desktop.core.read.recommendation_list import fts_query
from upr_desktop.core.read.group_loads import OPEN_ACTION_STATUSES
from upr_desktop.core.services import consultations as service
from upr_desktop.core.services.lookup import group_by_acronym, parse_date
from upr_desktop.errors import NotFound, UserError
from upr_desktop.i18n import tr

EXCERPT_CHARS = 140
NO_GROUP = "-"  # ActionFilter.group value for "actions without a group"


def excerpt(value: str, limit: int = EXCERPT_CHARS) -> str:
    value = " ".join((value or "").split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "\u2026"


# -- recommendations picked by search ---------------------------------------------------------
@dataclass(frozen=True)
class RecommendationHit:
    ref: str
    excerpt: str


def search_recommendations(session: Session, search: str, *, limit: int = 50) -> list[RecommendationHit]:
    """Recommendations matching what was typed (FTS5, every word as a prefix), best ref order."""
    fts = fts_query(search)
    if fts is None:
        return []
    matched = text("SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH :fts").bindparams(fts=fts)
    q = select(Recommendation.ref, Recommendation.text).where(Recommendation.id.in_(matched)).order_by(Recommendation.id).limit(limit)
    return [RecommendationHit(ref, excerpt(body)) for ref, body in session.execute(q)]


def recommendation_hits(session: Session, refs: Sequence[str]) -> list[RecommendationHit]:
    if not refs:
        return []
    q = select(Recommendation.ref, Recommendation.text).where(Recommendation.ref.in_(list(refs))).order_by(Recommendation.id)
    return [RecommendationHit(ref, excerpt(body)) for ref, body in session.execute(q)]


# -- consultations ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ConsultationRow:
    id: int
    held_on: date
    government_body: str
    kind: str
    group: str | None
    recommendations: int
    actions: int
    confidential: bool


@dataclass(frozen=True)
class ConsultationDetail:
    id: int | None
    held_on: date
    government_body: str
    kind: str
    group: str | None = None
    coalition_participants: str = ""
    government_participants: str = ""
    summary: str = ""
    commitments: str = ""
    confidential: bool = False
    recommendations: list[RecommendationHit] = field(default_factory=list)


def consultation_rows(session: Session) -> list[ConsultationRow]:
    """All consultations, newest first, with how many recommendations and actions hang on each."""
    recs = select(func.count()).where(ConsultationRecommendation.consultation_id == Consultation.id).scalar_subquery()
    actions = select(func.count()).where(FollowUpAction.consultation_id == Consultation.id).scalar_subquery()
    q = (
        select(Consultation.id, Consultation.held_on, Consultation.government_body, Consultation.kind,
               MemberGroup.acronym, recs, actions, Consultation.confidential)
        .outerjoin(MemberGroup, MemberGroup.id == Consultation.group_id)
        .order_by(Consultation.held_on.desc(), Consultation.id.desc())
    )
    return [ConsultationRow(*row[:5], int(row[5]), int(row[6]), bool(row[7])) for row in session.execute(q)]


def _consultation(session: Session, consultation_id: int) -> Consultation:
    row = session.get(Consultation, consultation_id)
    if row is None:
        raise NotFound(tr("This consultation no longer exists (it may have been undone or deleted)."))
    return row


def consultation_detail(session: Session, consultation_id: int) -> ConsultationDetail:
    c = _consultation(session, consultation_id)
    return ConsultationDetail(
        id=c.id, held_on=c.held_on, government_body=c.government_body, kind=c.kind,
        group=c.group.acronym if c.group else None,
        coalition_participants=c.coalition_participants or "", government_participants=c.government_participants or "",
        summary=c.summary or "", commitments=c.commitments or "", confidential=bool(c.confidential),
        recommendations=[RecommendationHit(r.ref, excerpt(r.text)) for r in sorted(c.recommendations, key=lambda r: r.id)],
    )


def government_bodies(session: Session) -> list[str]:
    """Government bodies named in earlier consultations, for completion."""
    q = select(Consultation.government_body).distinct().order_by(Consultation.government_body)
    return [b for b in session.scalars(q) if b]


def _check_held_on(value: date | str, today: date | None = None) -> date:
    when = parse_date(value, what=tr("consultation date"))
    if when is None:
        raise UserError(tr("A consultation needs a date."))
    if when > (today or date.today()):
        raise UserError(tr("The consultation date {date} is in the future. Log a consultation once it has taken place.", date=when.isoformat()))
    return when


def save_consultation(session: Session, detail: ConsultationDetail, *, today: date | None = None) -> int:
    """Log a new consultation (``detail.id`` None) or save the edits of an existing one; returns its id."""
    when = _check_held_on(detail.held_on, today)
    refs = [r.ref for r in detail.recommendations]
    values: dict[str, Any] = {
        "coalition_participants": detail.coalition_participants.strip() or None,
        "government_participants": detail.government_participants.strip() or None,
        "summary": detail.summary.strip() or None, "commitments": detail.commitments.strip() or None,
        "confidential": detail.confidential,
    }
    if detail.id is None:
        row = service.log_consultation(
            session, held_on=when, government_body=detail.government_body, kind=detail.kind, refs=refs,
            group=detail.group or None, **values,
        )
        return row.id
    row = _consultation(session, detail.id)
    owner = group_by_acronym(session, detail.group).id if detail.group else None
    with change(session, tr("Edit consultation with {body}", body=row.government_body)) as log:
        service.update_consultation(
            session, row, refs=refs, held_on=when, government_body=detail.government_body, kind=detail.kind, **values
        )
        if row.group_id != owner:
            log.set(row, "group_id", owner)
    return row.id


def delete_consultation(session: Session, consultation_id: int) -> None:
    service.delete_consultation(session, _consultation(session, consultation_id))


# -- follow-up actions ------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    group: str | None
    due_date: date | None
    status: str
    overdue: bool
    consultation_id: int | None
    consultation: str  # "2026-03-02 Ministry of Justice", "" when none
    refs: list[str]
    confidential: bool


@dataclass
class ActionFilter:
    group: str | None = None  # acronym, NO_GROUP for actions without one, None = all
    status: str | None = None  # a closed-list code, None = all
    overdue_only: bool = False
    consultation_id: int | None = None


def action_list(session: Session, flt: ActionFilter | None = None, *, today: date | None = None) -> list[ActionRow]:
    """Follow-up actions by due date (no date last), filtered in SQL."""
    flt, today = flt or ActionFilter(), today or date.today()
    q = (
        select(FollowUpAction, MemberGroup.acronym, Consultation.held_on, Consultation.government_body)
        .outerjoin(MemberGroup, MemberGroup.id == FollowUpAction.group_id)
        .outerjoin(Consultation, Consultation.id == FollowUpAction.consultation_id)
        .order_by(FollowUpAction.due_date.is_(None), FollowUpAction.due_date, FollowUpAction.id)
    )
    if flt.group == NO_GROUP:
        q = q.where(FollowUpAction.group_id.is_(None))
    elif flt.group:
        q = q.where(func.lower(MemberGroup.acronym) == flt.group.lower())
    if flt.status:
        q = q.where(FollowUpAction.status == flt.status)
    if flt.overdue_only:
        q = q.where(FollowUpAction.due_date < today, FollowUpAction.status.in_(OPEN_ACTION_STATUSES))
    if flt.consultation_id is not None:
        q = q.where(FollowUpAction.consultation_id == flt.consultation_id)
    found = session.execute(q).all()
    refs: dict[int, list[str]] = {}
    ids = [a.id for a, *_ in found]
    if ids:
        links = (
            select(ActionRecommendation.action_id, Recommendation.ref)
            .join(Recommendation, Recommendation.id == ActionRecommendation.recommendation_id)
            .where(ActionRecommendation.action_id.in_(ids))
            .order_by(Recommendation.id)
        )
        for action_id, ref in session.execute(links):
            refs.setdefault(action_id, []).append(ref)
    return [
        ActionRow(
            id=a.id, description=a.description, group=acronym, due_date=a.due_date, status=a.status,
            overdue=bool(a.due_date and a.due_date < today and a.status in OPEN_ACTION_STATUSES),
            consultation_id=a.consultation_id,
            consultation=f"{held_on.isoformat()} {body}" if held_on else "",
            refs=refs.get(a.id, []), confidential=bool(a.confidential),
        )
        for a, acronym, held_on, body in found
    ]


def _action(session: Session, action_id: int) -> FollowUpAction:
    row = session.get(FollowUpAction, action_id)
    if row is None:
        raise NotFound(tr("This follow-up action no longer exists (it may have been undone or deleted)."))
    return row


def add_action(
    session: Session, *, description: str, group: str | None, due_date: date | None, status: str,
    consultation_id: int | None = None, refs: Sequence[str] = (), confidential: bool = False,
) -> int:
    consultation = _consultation(session, consultation_id) if consultation_id is not None else None
    row = service.add_action(
        session, description=description, group=group or None, due_date=due_date, status=status,
        consultation=consultation, refs=refs, confidential=confidential,
    )
    return row.id


def edit_action(session: Session, action_id: int, *, group: str | None = None, clear_group: bool = False, **fields: object) -> int:
    """Save edits of one action; ``group`` sets its owner, ``clear_group`` removes it."""
    row = _action(session, action_id)
    with change(session, tr("Edit follow-up action")) as log:
        service.update_action(session, row, group=group or None, **fields)
        if clear_group and row.group_id is not None:
            log.set(row, "group_id", None)
    return row.id


def delete_action(session: Session, action_id: int) -> None:
    service.delete_action(session, _action(session, action_id))
