"""Reading what a report shows: recommendations in scope with their themes, assessments and groups."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.deadlines import action_open
from upr_desktop.core.domain.refs import ref_sort_key
from upr_desktop.core.domain.models import (
    ActionRecommendation,
    Assessment,
    Assignment,
    Consultation,
    ConsultationRecommendation,
    FollowUpAction,
    MemberGroup,
    Recommendation,
    RecommendationTheme,
    Theme,
)
from upr_desktop.core.read.recommendation_list import RecommendationFilter, filtered_ids
from upr_desktop.core.services.lookup import group_by_acronym, theme_named
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

NO_THEME = "No theme"


@dataclass
class ReportScope:
    group: str | None = None
    theme: str | None = None
    since: date | None = None
    include_sensitive: bool = False
    cycle: int | None = None  # one UPR cycle's recommendations (the cycle report: the reviewed cycle, default the latest)


@dataclass
class AssessmentRow:
    status: str
    assessed_on: date
    group: str | None
    evidence: str | None
    sources: str | None


@dataclass
class RecommendationRow:
    id: int
    ref: str
    text: str
    states: list[str]
    response: str
    category: int | None
    themes: list[str]  # every theme it has (the one asked for, when the report is about one theme)
    assessments: list[AssessmentRow] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)
    supports: list[str] = field(default_factory=list)

    @property
    def current(self) -> AssessmentRow | None:
        return self.assessments[-1] if self.assessments else None


def check_scope(session: Session, scope: ReportScope) -> ReportScope:
    """Refuse a group or theme that does not exist, rather than print an empty report."""
    if scope.group:
        scope.group = group_by_acronym(session, scope.group).acronym
    if scope.theme:
        found = theme_named(session, scope.theme, hint=" " + tr("The themes in use are listed on the dashboard."))
        scope.theme = found.name
    if scope.cycle is not None:
        from upr_desktop.core.read.recommended_before import cycles

        held = cycles(session)
        if scope.cycle not in held:
            raise UserError(tr("The workspace holds no recommendation of cycle {cycle}; its cycles: {cycles}.", cycle=scope.cycle,
                               cycles=", ".join(str(c) for c in held) or "-"))
    return scope


def recommendations_in_scope(session: Session, scope: ReportScope) -> list[RecommendationRow]:
    ids = filtered_ids(RecommendationFilter(group=scope.group, theme=scope.theme, cycle=scope.cycle))
    query = select(Recommendation).where(Recommendation.id.in_(ids)).order_by(Recommendation.id)
    if not scope.include_sensitive:
        query = query.where(Recommendation.confidential.is_(False))
    recs = list(session.scalars(query))
    wanted = {r.id for r in recs}
    themes: dict[int, list[str]] = defaultdict(list)
    for rid, name in session.execute(
        select(RecommendationTheme.recommendation_id, Theme.name).join(Theme).order_by(Theme.name)
    ):
        if rid in wanted:
            themes[rid].append(name)
    acronyms = dict(session.execute(select(MemberGroup.id, MemberGroup.acronym)).all())
    assessments: dict[int, list[AssessmentRow]] = defaultdict(list)
    q = select(Assessment).order_by(Assessment.assessed_on, Assessment.id)
    if not scope.include_sensitive:
        q = q.where(Assessment.confidential.is_(False))
    if scope.since:
        q = q.where(Assessment.assessed_on >= scope.since)
    for a in session.scalars(q):
        if a.recommendation_id in wanted:
            assessments[a.recommendation_id].append(
                AssessmentRow(a.status, a.assessed_on, acronyms.get(a.group_id), a.evidence, a.sources)
            )
    leads: dict[int, list[str]] = defaultdict(list)
    supports: dict[int, list[str]] = defaultdict(list)
    for a in session.scalars(select(Assignment).order_by(Assignment.id)):
        if a.recommendation_id in wanted:
            (leads if a.role == "lead" else supports)[a.recommendation_id].append(acronyms.get(a.group_id, "?"))
    rows = []
    for r in recs:
        names = [scope.theme] if scope.theme else themes.get(r.id, [])
        rows.append(RecommendationRow(
            r.id, r.ref, r.text, list(r.recommending_states), r.response, r.action_category, names,
            assessments.get(r.id, []), sorted(leads.get(r.id, [])), sorted(supports.get(r.id, [])),
        ))
    return rows


def by_theme(rows: list[RecommendationRow]) -> dict[str, list[RecommendationRow]]:
    """Recommendations under EVERY theme they have (one with three themes is in three groups); those with
    none under "No theme". Theme rows therefore add up to more than the recommendations: say so where shown."""
    grouped: dict[str, list[RecommendationRow]] = defaultdict(list)
    for row in rows:
        for name in row.themes or [NO_THEME]:
            grouped[name].append(row)
    return dict(sorted(grouped.items(), key=lambda kv: (kv[0] == NO_THEME, kv[0])))


def theme_count_note(rows: list[RecommendationRow]) -> str | None:
    """The sentence under a table of themes: how a recommendation with several themes is counted."""
    several = sum(1 for r in rows if len(r.themes) > 1)
    if not several:
        return None
    return tr("A recommendation is counted under every theme it has: {several} of the {total} recommendations have "
              "several themes, so the theme rows add up to more than {total}.", several=several, total=len(rows))


@dataclass
class ConsultationRow:
    held_on: date
    body: str
    kind: str
    group: str | None
    coalition_participants: str | None
    government_participants: str | None  # None unless sensitive fields are included
    summary: str | None
    commitments: str | None
    refs: list[str]


@dataclass
class ActionRow:
    description: str
    group: str | None
    due_date: date | None
    status: str
    consultation: str | None
    refs: list[str]


def consultations_in_scope(session: Session, scope: ReportScope, rec_ids: set[int] | None) -> tuple[list[ConsultationRow], list[ActionRow]]:
    """Consultations (and their follow-up actions) held by the group, or about a recommendation in scope."""
    group_id = group_by_acronym(session, scope.group).id if scope.group else None
    ref_of = dict(session.execute(select(Recommendation.id, Recommendation.ref)).all())
    acronyms = dict(session.execute(select(MemberGroup.id, MemberGroup.acronym)).all())
    discussed: dict[int, list[int]] = defaultdict(list)
    for cid, rid in session.execute(select(ConsultationRecommendation.consultation_id, ConsultationRecommendation.recommendation_id)):
        discussed[cid].append(rid)
    linked: dict[int, list[int]] = defaultdict(list)
    for aid, rid in session.execute(select(ActionRecommendation.action_id, ActionRecommendation.recommendation_id)):
        linked[aid].append(rid)

    def in_scope(owner: int | None, rids: list[int]) -> bool:
        if rec_ids is None:
            return True
        return (group_id is not None and owner == group_id) or any(r in rec_ids for r in rids)

    consultations = []
    names: dict[int, str] = {}
    q: Any = select(Consultation).order_by(Consultation.held_on, Consultation.id)
    if scope.since:
        q = q.where(Consultation.held_on >= scope.since)
    for c in session.scalars(q):
        if (c.confidential and not scope.include_sensitive) or not in_scope(c.group_id, discussed[c.id]):
            continue
        names[c.id] = f"{c.held_on.isoformat()} {c.government_body}"
        consultations.append(ConsultationRow(
            c.held_on, c.government_body, c.kind, acronyms.get(c.group_id), c.coalition_participants,
            c.government_participants if scope.include_sensitive else None, c.summary, c.commitments,
            sorted((ref_of[r] for r in discussed[c.id]), key=ref_sort_key),
        ))
    actions = []
    for a in session.scalars(select(FollowUpAction).order_by(FollowUpAction.due_date.is_(None), FollowUpAction.due_date, FollowUpAction.id)):
        if (a.confidential and not scope.include_sensitive) or not in_scope(a.group_id, linked[a.id]):
            continue
        if scope.since and not action_open(a.status) and a.due_date is not None and a.due_date < scope.since:
            continue
        actions.append(ActionRow(
            a.description, acronyms.get(a.group_id), a.due_date, a.status, names.get(a.consultation_id or -1),
            sorted((ref_of[r] for r in linked[a.id]), key=ref_sort_key),
        ))
    return consultations, actions
