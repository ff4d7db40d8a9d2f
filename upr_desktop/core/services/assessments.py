"""Recording how far a recommendation is implemented (append-only)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain import closed_lists
from upr_desktop.core.services.changelog import change
from upr_desktop.core.domain.models import Assessment, Recommendation
from upr_desktop.core.services.lookup import group_by_acronym, parse_date, recommendation_by_ref
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr


def record_assessment(
    session: Session,
    *,
    ref: str,
    group: str | None,
    status: str,
    evidence: str | None = None,
    sources: str | None = None,
    comment: str | None = None,
    assessed_on: date | str | None = None,
    confidential: bool = False,
    actor: str | None = None,
    uuid: str | None = None,
) -> Assessment:
    rec = recommendation_by_ref(session, ref)
    author = group_by_acronym(session, group) if group else None
    status_code = closed_lists.parse(closed_lists.STATUSES, status)
    when = parse_date(assessed_on, what=tr("assessment date")) or date.today()
    if when > date.today():
        raise UserError(tr("The assessment date {date} is in the future.", date=when.isoformat()))
    label = tr("Assess {ref}: {status}", ref=rec.ref, status=closed_lists.label(closed_lists.STATUSES, status_code))
    with change(session, label, actor=actor) as log:
        row = Assessment(
            recommendation_id=rec.id, group_id=author.id if author else None, status=status_code,
            assessed_on=when, evidence=(evidence or "").strip() or None, sources=(sources or "").strip() or None,
            comment=(comment or "").strip() or None, confidential=confidential, recorded_by=log.operation.actor,
        )
        if uuid:
            row.uuid = uuid
        session.add(row)
        log.created(row)
    return row


def latest_assessment(session: Session, recommendation: Recommendation, group_id: int | None = None) -> Assessment | None:
    """The current status: the newest assessment (by date, then by when it was recorded)."""
    query = select(Assessment).where(Assessment.recommendation_id == recommendation.id)
    if group_id is not None:
        query = query.where(Assessment.group_id == group_id)
    return session.scalars(query.order_by(Assessment.assessed_on.desc(), Assessment.id.desc()).limit(1)).first()
