"""Assigning recommendations to member groups, in bulk, as lead or support."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain import closed_lists
from upr_desktop.core.services.changelog import change
from upr_desktop.core.domain.models import Assignment, Recommendation, RecommendationTheme
from upr_desktop.core.services.lookup import (
    group_by_acronym,
    recommendations_by_refs,
    theme_named,
)
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn


@dataclass(frozen=True)
class AssignResult:
    created: int
    updated: int
    unchanged: int


def select_recommendations(
    session: Session, *, refs: Sequence[str] = (), theme: str | None = None, everything: bool = False
) -> list[Recommendation]:
    """The recommendations a bulk command names: by refs, by theme, or all of them."""
    chosen = sum(bool(x) for x in (refs, theme, everything))
    if chosen != 1:
        raise UserError(tr("Say which recommendations: --ref REF..., --theme THEME or --all (exactly one)."))
    if refs:
        return recommendations_by_refs(session, refs)
    if theme:
        found = theme_named(session, theme)
        return list(
            session.scalars(
                select(Recommendation).join(RecommendationTheme).where(RecommendationTheme.theme_id == found.id).order_by(Recommendation.id)
            )
        )
    return list(session.scalars(select(Recommendation).order_by(Recommendation.id)))


def assign(
    session: Session,
    group_acronym: str,
    recommendations: Sequence[Recommendation],
    *,
    role: str = "lead",
    due_date: date | None = None,
    note: str | None = None,
    actor: str | None = None,
) -> AssignResult:
    group = group_by_acronym(session, group_acronym)
    role = closed_lists.parse(closed_lists.ROLES, role)
    if not recommendations:
        raise UserError(tr("There are no recommendations to assign."))
    existing = {
        a.recommendation_id: a
        for a in session.scalars(select(Assignment).where(Assignment.group_id == group.id))
    }
    created = updated = unchanged = 0
    label = trn("Assign %n recommendations to {acronym}", len(recommendations), acronym=group.acronym)
    with change(session, label, actor=actor) as log:
        for rec in recommendations:
            current = existing.get(rec.id)
            if current is None:
                new = Assignment(recommendation_id=rec.id, group_id=group.id, role=role, due_date=due_date, note=note)
                session.add(new)
                log.created(new)
                created += 1
                continue
            changed = log.set(current, "role", role)
            if due_date is not None:
                changed |= log.set(current, "due_date", due_date)
            if note is not None:
                changed |= log.set(current, "note", note)
            updated += int(changed)
            unchanged += int(not changed)
    return AssignResult(created, updated, unchanged)


def unassign(session: Session, group_acronym: str, recommendations: Sequence[Recommendation], *, actor: str | None = None) -> int:
    group = group_by_acronym(session, group_acronym)
    ids = [r.id for r in recommendations]
    rows = list(session.scalars(select(Assignment).where(Assignment.group_id == group.id, Assignment.recommendation_id.in_(ids))))
    if not rows:
        return 0
    with change(session, trn("Unassign %n recommendations from {acronym}", len(rows), acronym=group.acronym), actor=actor) as log:
        for row in rows:
            log.deleted(row)
            session.delete(row)
    return len(rows)
