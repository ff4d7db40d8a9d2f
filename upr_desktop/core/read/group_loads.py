"""Read-side queries for the Member groups page: each group with its load, computed in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, select, true
from sqlalchemy.orm import Session

from upr_desktop.core.domain.deadlines import OPEN_ACTION_STATUSES, overdue_clause
from upr_desktop.core.domain.models import Assessment, Assignment, FollowUpAction, MemberGroup
from upr_desktop.core.read.cycle_scope import action_in_cycle, assignment_in_cycle


@dataclass(frozen=True)
class GroupLoad:
    """One member group and how much is on its plate (plain data for the GUI)."""

    id: int
    uuid: str
    acronym: str
    name: str
    region: str | None
    focal_point: str | None
    contact_details: str | None
    assigned: int  # recommendations assigned to the group (lead or support)
    assessed: int  # of those, how many the group has assessed at least once
    overdue_assessments: int  # assignments past their due date that the group has not assessed
    open_actions: int  # follow-up actions still open or in progress
    overdue_actions: int  # of those, how many are past their due date
    language: str | None = None  # the language of its exchange workbooks (None: English)

    @property
    def overdue(self) -> int:
        return self.overdue_assessments + self.overdue_actions


def group_loads(session: Session, *, today: date, cycle: int | None = None) -> list[GroupLoad]:
    """Every member group, ordered by acronym, with its assigned/assessed/overdue counts on ``today``;
    with ``cycle``, only the work of that UPR cycle (:mod:`~upr_desktop.core.read.cycle_scope`'s rule)."""
    g = MemberGroup
    assignment_scope = assignment_in_cycle(cycle) if cycle is not None else true()
    action_scope = action_in_cycle(cycle) if cycle is not None else true()
    assessed_by_group = exists().where(
        Assessment.recommendation_id == Assignment.recommendation_id, Assessment.group_id == Assignment.group_id
    )
    assigned = (
        select(func.count(func.distinct(Assignment.recommendation_id))).where(Assignment.group_id == g.id, assignment_scope).scalar_subquery()
    )
    assessed = (
        select(func.count(func.distinct(Assignment.recommendation_id)))
        .where(Assignment.group_id == g.id, assessed_by_group, assignment_scope)
        .scalar_subquery()
    )
    overdue_assessments = (
        select(func.count(Assignment.id))
        .where(Assignment.group_id == g.id, Assignment.due_date < today, ~assessed_by_group, assignment_scope)
        .scalar_subquery()
    )
    open_actions = (
        select(func.count(FollowUpAction.id))
        .where(FollowUpAction.group_id == g.id, FollowUpAction.status.in_(OPEN_ACTION_STATUSES), action_scope)
        .scalar_subquery()
    )
    overdue_actions = (
        select(func.count(FollowUpAction.id))
        .where(
            and_(FollowUpAction.group_id == g.id, overdue_clause(FollowUpAction.due_date, FollowUpAction.status, today)),
            action_scope,
        )
        .scalar_subquery()
    )
    q = select(
        g.id, g.uuid, g.acronym, g.name, g.region, g.focal_point, g.contact_details,
        assigned, assessed, overdue_assessments, open_actions, overdue_actions, g.language,
    ).order_by(func.lower(g.acronym))
    return [GroupLoad(*(int(v or 0) if 7 <= i < 12 else v for i, v in enumerate(row))) for row in session.execute(q)]


def group_acronyms(session: Session) -> list[str]:
    """Acronyms of all member groups, for filter and owner combos."""
    return list(session.scalars(select(MemberGroup.acronym).order_by(func.lower(MemberGroup.acronym))))
