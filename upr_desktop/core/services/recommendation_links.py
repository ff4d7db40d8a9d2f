"""A person's decisions on "recommended before": confirm or reject that a recommendation of an earlier cycle is a predecessor.

Each decision is stored (recommendation_link) through the change log, so Undo takes it back, and a
rejected suggestion is not proposed again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import Recommendation, RecommendationLink, utcnow
from upr_desktop.core.services.changelog import change, session_actor
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn

CONFIRMED = "confirmed"
REJECTED = "rejected"
DECISIONS = (CONFIRMED, REJECTED)


@dataclass(frozen=True)
class LinkDecision:
    """One pair to decide: the later recommendation, its earlier one, and the suggestion's score (if any)."""

    recommendation_id: int
    predecessor_id: int
    score: float | None = None


def _check_pair(rec: Recommendation, earlier: Recommendation) -> None:
    if rec.id == earlier.id:
        raise UserError(tr("A recommendation cannot be its own predecessor ({ref}).", ref=rec.ref))
    if rec.state_under_review != earlier.state_under_review:
        raise UserError(tr("{earlier} was made to {other}, not to {state}: only recommendations to the same State can be "
                           "linked.", earlier=earlier.ref, other=earlier.state_under_review, state=rec.state_under_review))
    if rec.cycle is None or earlier.cycle is None or earlier.cycle >= rec.cycle:
        raise UserError(tr("{earlier} (cycle {earlier_cycle}) is not from a cycle before {ref} (cycle {cycle}): a predecessor "
                           "comes from an earlier cycle.", earlier=earlier.ref, earlier_cycle=earlier.cycle or "?",
                           ref=rec.ref, cycle=rec.cycle or "?"))


def decide(session: Session, decisions: Sequence[LinkDecision], status: str, *, actor: str | None = None) -> int:
    """Confirm or reject pairs in one operation (one step of Undo); returns how many changed."""
    if status not in DECISIONS:
        raise UserError(tr("A link is either confirmed or rejected, not '{status}'.", status=status))
    if not decisions:
        return 0
    ids = {d.recommendation_id for d in decisions} | {d.predecessor_id for d in decisions}
    recs = {r.id: r for r in session.scalars(select(Recommendation).where(Recommendation.id.in_(ids)))}
    missing = ids - set(recs)
    if missing:
        raise UserError(tr("That recommendation no longer exists; it may have been undone or merged away."))
    for d in decisions:
        _check_pair(recs[d.recommendation_id], recs[d.predecessor_id])
    existing = {
        (link.recommendation_id, link.predecessor_id): link
        for link in session.scalars(select(RecommendationLink).where(
            RecommendationLink.recommendation_id.in_({d.recommendation_id for d in decisions})))
    }
    todo = [d for d in dict.fromkeys(decisions) if existing.get((d.recommendation_id, d.predecessor_id)) is None
            or existing[(d.recommendation_id, d.predecessor_id)].status != status]
    if not todo:
        return 0
    first = todo[0]
    if len(todo) == 1:
        label = (tr("Confirm that {earlier} was recommended before {ref}", earlier=recs[first.predecessor_id].ref, ref=recs[first.recommendation_id].ref)
                 if status == CONFIRMED else
                 tr("Reject {earlier} as recommended before {ref}", earlier=recs[first.predecessor_id].ref, ref=recs[first.recommendation_id].ref))
    else:
        label = (trn("Confirm %n links to earlier cycles", len(todo)) if status == CONFIRMED
                 else trn("Reject %n links to earlier cycles", len(todo)))
    who = actor or session_actor(session)  # on a server, the person's role, as the change log names them
    now = utcnow()
    with change(session, label, actor=actor) as log:
        for d in todo:
            link = existing.get((d.recommendation_id, d.predecessor_id))
            if link is None:
                link = RecommendationLink(recommendation_id=d.recommendation_id, predecessor_id=d.predecessor_id,
                                          status=status, score=d.score, decided_at=now, decided_by=who[:200])
                session.add(link)
                log.created(link)
            else:
                log.set(link, "status", status)
                log.set(link, "decided_at", now)
                log.set(link, "decided_by", who[:200])
                if d.score is not None:
                    log.set(link, "score", d.score)
    return len(todo)
