"""The one consultation list and the one follow-up action list, as plain rows (the app and the command line).

Overdue is :mod:`upr_desktop.core.domain.deadlines`'s rule on the day the caller passes (the
situation day). Writing is in :mod:`upr_desktop.core.services.consultations`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from upr_desktop.core.services.changelog import record_version
from upr_desktop.core.storage.engine_sql import SearchMatch
from upr_desktop.core.domain.deadlines import action_overdue, overdue_clause
from upr_desktop.core.domain.models import (
    ActionRecommendation,
    Consultation,
    ConsultationRecommendation,
    FollowUpAction,
    MemberGroup,
    Recommendation,
)
from upr_desktop.core.read.cycle_scope import action_in_cycle, consultation_in_cycle
from upr_desktop.core.read.recommendation_list import fts_query
from upr_desktop.core.services.consultations import consultation_by_id

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
    q = select(Recommendation.ref, Recommendation.text).where(SearchMatch(Recommendation.id, fts)).order_by(Recommendation.id).limit(limit)
    return [RecommendationHit(ref, excerpt(body)) for ref, body in session.execute(q)]


def _refs(session: Session, link: type, owner: str, ids: Iterable[int]) -> dict[int, list[str]]:
    """owner id -> refs of its linked recommendations, in the order they were published (by id)."""
    wanted = list(ids)
    found: dict[int, list[str]] = {}
    if not wanted:
        return found
    owner_id = getattr(link, owner)
    q = (
        select(owner_id, Recommendation.ref)
        .join(Recommendation, Recommendation.id == link.recommendation_id)  # type: ignore[attr-defined]
        .where(owner_id.in_(wanted))
        .order_by(Recommendation.id)
    )
    for key, ref in session.execute(q):
        found.setdefault(key, []).append(ref)
    return found


# -- consultations ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ConsultationRow:
    id: int
    uuid: str
    held_on: date
    government_body: str
    kind: str
    group: str | None
    refs: list[str]  # recommendations discussed
    actions: int  # follow-up actions that came out of it
    summary: str | None
    confidential: bool

    @property
    def recommendations(self) -> int:
        return len(self.refs)


@dataclass(frozen=True)
class ConsultationDetail:
    id: int | None
    held_on: date | str
    government_body: str
    kind: str
    group: str | None = None
    coalition_participants: str = ""
    government_participants: str = ""
    summary: str = ""
    commitments: str = ""
    confidential: bool = False
    recommendations: list[RecommendationHit] = field(default_factory=list)
    version: int | None = None  # what the editor read (the record's version column): a later save by someone else is a conflict


def consultation_list(session: Session, *, ids: Iterable[int] | None = None, cycle: int | None = None) -> list[ConsultationRow]:
    """Every consultation (or those of ``ids``, or those that discussed a recommendation of ``cycle``), newest first,
    with the recommendations discussed and its actions."""
    actions = select(func.count()).where(FollowUpAction.consultation_id == Consultation.id).scalar_subquery()
    q = (
        select(Consultation.id, Consultation.uuid, Consultation.held_on, Consultation.government_body, Consultation.kind,
               MemberGroup.acronym, actions, Consultation.summary, Consultation.confidential)
        .outerjoin(MemberGroup, MemberGroup.id == Consultation.group_id)
        .order_by(Consultation.held_on.desc(), Consultation.id.desc())
    )
    if ids is not None:
        q = q.where(Consultation.id.in_(list(ids)))
    if cycle is not None:
        q = q.where(consultation_in_cycle(cycle))
    found = session.execute(q).all()
    refs = _refs(session, ConsultationRecommendation, "consultation_id", (row[0] for row in found))
    return [
        ConsultationRow(cid, uuid, held_on, body, kind, acronym, refs.get(cid, []), int(n), summary, bool(confidential))
        for cid, uuid, held_on, body, kind, acronym, n, summary, confidential in found
    ]


def consultation_detail(session: Session, consultation_id: int) -> ConsultationDetail:
    c = consultation_by_id(session, consultation_id)
    return ConsultationDetail(
        id=c.id, held_on=c.held_on, government_body=c.government_body, kind=c.kind,
        group=c.group.acronym if c.group else None,
        coalition_participants=c.coalition_participants or "", government_participants=c.government_participants or "",
        summary=c.summary or "", commitments=c.commitments or "", confidential=bool(c.confidential),
        recommendations=[RecommendationHit(r.ref, excerpt(r.text)) for r in sorted(c.recommendations, key=lambda r: r.id)],
        version=record_version(session, "consultation", c.id),
    )


def government_bodies(session: Session) -> list[str]:
    """Government bodies named in earlier consultations, for completion."""
    q = select(Consultation.government_body).distinct().order_by(Consultation.government_body)
    return [b for b in session.scalars(q) if b]


# -- follow-up actions ------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionRow:
    id: int
    uuid: str
    description: str
    group: str | None
    due_date: date | None
    status: str
    overdue: bool  # on the day the list was read for
    consultation_id: int | None
    consultation: str  # "2026-03-02 Ministry of Justice", "" when none
    refs: list[str]
    confidential: bool
    consultation_on: date | None = None  # the consultation's day and body, for a reader that writes dates its own way
    consultation_body: str = ""
    version: int = 1  # what an editor read: a later save by someone else is a conflict (changelog.check_version)


@dataclass
class ActionFilter:
    group: str | None = None  # acronym, NO_GROUP for actions without one, None = all
    status: str | None = None  # a closed-list code, None = all
    overdue_only: bool = False
    consultation_id: int | None = None
    ids: list[int] | None = None  # only these actions
    cycle: int | None = None  # only actions about a recommendation of this UPR cycle (core/read/cycle_scope.py)


def action_list(session: Session, flt: ActionFilter | None = None, *, today: date) -> list[ActionRow]:
    """Follow-up actions by due date (no date last), filtered in SQL; overdue as of ``today`` (the situation day)."""
    flt = flt or ActionFilter()
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
        q = q.where(overdue_clause(FollowUpAction.due_date, FollowUpAction.status, today))
    if flt.consultation_id is not None:
        q = q.where(FollowUpAction.consultation_id == flt.consultation_id)
    if flt.ids is not None:
        q = q.where(FollowUpAction.id.in_(flt.ids))
    if flt.cycle is not None:
        q = q.where(action_in_cycle(flt.cycle))
    found = session.execute(q).all()
    refs = _refs(session, ActionRecommendation, "action_id", (a.id for a, *_ in found))
    return [
        ActionRow(
            id=a.id, uuid=a.uuid, description=a.description, group=acronym, due_date=a.due_date, status=a.status,
            overdue=action_overdue(a.due_date, a.status, today), consultation_id=a.consultation_id,
            consultation=f"{held_on.isoformat()} {body}" if held_on else "",
            refs=refs.get(a.id, []), confidential=bool(a.confidential), consultation_on=held_on, consultation_body=body or "",
            version=a.version,
        )
        for a, acronym, held_on, body in found
    ]
