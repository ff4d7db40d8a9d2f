"""Read-side queries: filtered, sorted, paged recommendation lists computed in SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, exists, func, not_, or_, select, text
from sqlalchemy.orm import Session

from upr_desktop.core.models import (
    Assessment,
    Assignment,
    FollowUpAction,
    MemberGroup,
    Recommendation,
    RecommendationTheme,
    Theme,
)

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(search: str) -> str | None:
    """A safe FTS5 query from what a person typed: every word must match, as a prefix."""
    tokens = _TOKEN.findall(search or "")
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


def latest_status_subquery() -> Any:
    return (
        select(Assessment.status)
        .where(Assessment.recommendation_id == Recommendation.id)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .limit(1)
        .correlate(Recommendation)
        .scalar_subquery()
    )


def last_assessed_subquery() -> Any:
    return (
        select(func.max(Assessment.assessed_on))
        .where(Assessment.recommendation_id == Recommendation.id)
        .correlate(Recommendation)
        .scalar_subquery()
    )


@dataclass
class RecommendationFilter:
    search: str | None = None
    responses: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)  # "none" = never assessed
    theme: str | None = None
    group: str | None = None  # acronym
    recommending_state: str | None = None
    action_category: int | None = None
    cycle: int | None = None
    unassigned_only: bool = False
    not_assessed_since: date | None = None
    state_under_review: str | None = None


def filtered_ids(flt: RecommendationFilter) -> Select[Any]:
    """``SELECT recommendation.id`` with every filter applied (no ordering)."""
    q = select(Recommendation.id)
    conds = []
    fts = fts_query(flt.search or "")
    if fts:
        conds.append(Recommendation.id.in_(text("SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH :fts").bindparams(fts=fts)))
    if flt.responses:
        conds.append(Recommendation.response.in_(flt.responses))
    if flt.statuses:
        status = latest_status_subquery()
        wanted = [s for s in flt.statuses if s != "none"]
        parts = [status.in_(wanted)] if wanted else []
        if "none" in flt.statuses:
            parts.append(status.is_(None))
        conds.append(or_(*parts))
    if flt.theme:
        conds.append(
            exists().where(
                RecommendationTheme.recommendation_id == Recommendation.id,
                RecommendationTheme.theme_id == select(Theme.id).where(func.lower(Theme.name) == flt.theme.lower()).scalar_subquery(),
            )
        )
    if flt.group:
        conds.append(
            exists().where(
                Assignment.recommendation_id == Recommendation.id,
                Assignment.group_id == select(MemberGroup.id).where(func.lower(MemberGroup.acronym) == flt.group.lower()).scalar_subquery(),
            )
        )
    if flt.recommending_state:
        needle = '"' + flt.recommending_state.replace('"', "") + '"'
        conds.append(Recommendation.recommending_states.contains(needle))
    if flt.action_category is not None:
        conds.append(Recommendation.action_category == flt.action_category)
    if flt.cycle is not None:
        conds.append(Recommendation.cycle == flt.cycle)
    if flt.unassigned_only:
        conds.append(not_(exists().where(Assignment.recommendation_id == Recommendation.id)))
    if flt.not_assessed_since is not None:
        last = last_assessed_subquery()
        conds.append(or_(last.is_(None), last < flt.not_assessed_since))
    if flt.state_under_review:
        conds.append(Recommendation.state_under_review == flt.state_under_review)
    return q.where(and_(*conds)) if conds else q


def recommendation_rows(session: Session, *, search: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Plain rows for the CLI list: ref, response, current status, text."""
    ids = filtered_ids(RecommendationFilter(search=search))
    q = (
        select(Recommendation.uuid, Recommendation.ref, Recommendation.response, Recommendation.text,
               Recommendation.recommending_states, latest_status_subquery().label("status"))
        .where(Recommendation.id.in_(ids))
        .order_by(Recommendation.id)
    )
    if limit:
        q = q.limit(limit)
    return [
        {"id": r.uuid, "ref": r.ref, "response": r.response, "status": r.status, "text": r.text,
         "recommending_states": r.recommending_states}
        for r in session.execute(q)
    ]


def action_rows(session: Session, *, today: date | None = None) -> list[dict[str, Any]]:
    today = today or date.today()
    rows = []
    for a in session.scalars(select(FollowUpAction).order_by(FollowUpAction.due_date.is_(None), FollowUpAction.due_date, FollowUpAction.id)):
        rows.append(
            {
                "id": a.uuid, "description": a.description, "group": a.group.acronym if a.group else None,
                "due_date": a.due_date.isoformat() if a.due_date else None, "status": a.status,
                "overdue": bool(a.due_date and a.due_date < today and a.status in ("open", "in-progress")),
                "recommendations": [r.ref for r in a.recommendations],
            }
        )
    return rows
