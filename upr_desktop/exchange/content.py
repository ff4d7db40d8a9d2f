"""What goes into a group's exchange workbook: rows to show and the base values to merge against.

Shared by the export (secretariat) and the return export (field side), and by the merge, which
computes "ours" with the same functions so that base, ours and theirs are compared alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain import closed_lists
from upr_desktop.core.read.cycle_scope import action_in_cycle, consultation_in_cycle
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
from upr_desktop.exchange import layout
from upr_desktop.i18n import Translator


@dataclass
class SheetRows:
    """Rows of one data sheet: display values by column key, plus the base of each row."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    base: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ExportContent:
    group: MemberGroup
    include_sensitive: bool
    sheets: dict[str, SheetRows]
    # Extra facts the field side needs to rebuild its workspace (dates of base assessments).
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CurrentAssessment:
    uuid: str
    status: str
    assessed_on: date
    evidence: str | None
    sources: str | None
    comment: str | None
    group_acronym: str | None = None


def _pick_latest(rows: Iterable[Any]) -> dict[int, Any]:
    latest: dict[int, Any] = {}
    for row in rows:
        current = latest.get(row.recommendation_id)
        if current is None or (row.assessed_on, row.id) > (current.assessed_on, current.id):
            latest[row.recommendation_id] = row
    return latest


CARRIED = ("evidence", "sources", "comment")


def group_assessments(
    session: Session, group_id: int, rec_ids: Sequence[int], *, include_confidential: bool
) -> dict[int, CurrentAssessment]:
    """The group's current assessment of each recommendation: its newest one.

    Its evidence, sources and comment are the newest the group gave: a later assessment that changed
    only the status records no evidence of its own (the evidence is not copied into it), and the
    evidence given before still stands. This is what a workbook shows and what a merge compares with.
    """
    found: dict[int, CurrentAssessment] = {}
    for chunk in _chunks(rec_ids):
        q = select(
            Assessment.id, Assessment.uuid, Assessment.recommendation_id, Assessment.status,
            Assessment.assessed_on, Assessment.evidence, Assessment.sources, Assessment.comment,
        ).where(Assessment.group_id == group_id, Assessment.recommendation_id.in_(chunk))
        if not include_confidential:
            q = q.where(Assessment.confidential.is_(False))
        rows = list(session.execute(q))
        standing: dict[int, dict[str, tuple[Any, str]]] = {}
        for row in rows:
            kept = standing.setdefault(row.recommendation_id, {})
            for name in CARRIED:
                value = getattr(row, name)
                order = (row.assessed_on, row.id)
                if value and (name not in kept or order > kept[name][0]):
                    kept[name] = (order, value)
        for rec_id, row in _pick_latest(rows).items():
            kept = standing.get(rec_id, {})
            evidence, sources, comment = (kept[name][1] if name in kept else None for name in CARRIED)
            found[rec_id] = CurrentAssessment(row.uuid, row.status, row.assessed_on, evidence, sources, comment)
    return found


def latest_overall(session: Session, rec_ids: Sequence[int], *, include_confidential: bool) -> dict[int, CurrentAssessment]:
    found: dict[int, CurrentAssessment] = {}
    for chunk in _chunks(rec_ids):
        q = (
            select(Assessment.id, Assessment.uuid, Assessment.recommendation_id, Assessment.status,
                   Assessment.assessed_on, MemberGroup.acronym)
            .outerjoin(MemberGroup, MemberGroup.id == Assessment.group_id)
            .where(Assessment.recommendation_id.in_(chunk))
        )
        if not include_confidential:
            q = q.where(Assessment.confidential.is_(False))
        for rec_id, row in _pick_latest(session.execute(q)).items():
            found[rec_id] = CurrentAssessment(row.uuid, row.status, row.assessed_on, None, None, None, row.acronym)
    return found


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def assessment_base(current: CurrentAssessment | None) -> dict[str, str]:
    """Base (compare form) of the editable Recommendations fields from the group's assessment."""
    if current is None:
        return {"status": "", "assessed_on": "", "evidence": "", "sources": "", "comment": ""}
    return {
        "status": current.status,
        "assessed_on": "",
        "evidence": layout.compare_form(current.evidence),
        "sources": layout.compare_form(current.sources),
        "comment": layout.compare_form(current.comment),
    }


def refs_of(session: Session, model: type, owner_field: str, owner_ids: Sequence[int]) -> dict[int, list[str]]:
    refs: dict[int, list[str]] = {}
    if not owner_ids:
        return refs
    owner_col = getattr(model, owner_field)
    for chunk in _chunks(owner_ids):
        q = select(owner_col, Recommendation.ref).join(Recommendation, Recommendation.id == model.recommendation_id).where(owner_col.in_(chunk))  # type: ignore[attr-defined]
        for owner_id, ref in session.execute(q):
            refs.setdefault(owner_id, []).append(ref)
    return refs


def consultation_base(c: Consultation, refs: list[str], *, include_sensitive: bool) -> dict[str, str]:
    base = {
        "id": c.uuid,
        "held_on": c.held_on.isoformat() if c.held_on else "",
        "government_body": layout.compare_form(c.government_body),
        "kind": c.kind or "",
        "coalition_participants": layout.compare_form(c.coalition_participants),
        "refs": layout.refs_form(refs),
        "summary": layout.compare_form(c.summary),
        "commitments": layout.compare_form(c.commitments),
    }
    if include_sensitive:
        base["government_participants"] = layout.compare_form(c.government_participants)
    return base


def action_base(a: FollowUpAction, refs: list[str]) -> dict[str, str]:
    return {
        "id": a.uuid,
        "description": layout.compare_form(a.description),
        "due_date": a.due_date.isoformat() if a.due_date else "",
        "status": a.status or "",
        "refs": layout.refs_form(refs),
    }


def scoped_recommendations(
    session: Session, group: MemberGroup, *, refs: Sequence[str] = (), theme: str | None = None,
    include_sensitive: bool = False, rec_uuids: Sequence[str] | None = None, cycle: int | None = None,
) -> list[tuple[Recommendation, Assignment]]:
    """The group's assigned recommendations, narrowed by refs, theme, UPR cycle or an explicit uuid list."""
    q = (
        select(Recommendation, Assignment)
        .join(Assignment, Assignment.recommendation_id == Recommendation.id)
        .where(Assignment.group_id == group.id)
        .order_by(Recommendation.id)
    )
    if refs:
        q = q.where(Recommendation.ref.in_([r.strip() for r in refs]))
    if theme:
        q = q.where(
            Recommendation.id.in_(
                select(RecommendationTheme.recommendation_id).join(Theme).where(Theme.name.ilike(theme.strip()))
            )
        )
    if rec_uuids is not None:
        q = q.where(Recommendation.uuid.in_(list(rec_uuids)))
    if cycle is not None:
        q = q.where(Recommendation.cycle == cycle)
    if not include_sensitive:
        q = q.where(Recommendation.confidential.is_(False))
    return [(r, a) for r, a in session.execute(q)]


def collect(
    session: Session, group: MemberGroup, *, refs: Sequence[str] = (), theme: str | None = None,
    include_sensitive: bool = False, rec_uuids: Sequence[str] | None = None,
    consultation_uuids: Sequence[str] | None = None, action_uuids: Sequence[str] | None = None,
    translator: Translator | None = None, cycle: int | None = None,
) -> ExportContent:
    """Everything one group's workbook shows, with the base values to merge against.

    Labels shown for reading only (response, role, latest status) are in ``translator``'s language.
    """
    pairs = scoped_recommendations(session, group, refs=refs, theme=theme, include_sensitive=include_sensitive, rec_uuids=rec_uuids,
                                   cycle=cycle)
    rec_ids = [r.id for r, _ in pairs]
    mine = group_assessments(session, group.id, rec_ids, include_confidential=include_sensitive)
    overall = latest_overall(session, rec_ids, include_confidential=include_sensitive)
    themes: dict[int, list[str]] = {}
    for chunk in _chunks(rec_ids):
        for rec_id, name in session.execute(
            select(RecommendationTheme.recommendation_id, Theme.name).join(Theme).where(RecommendationTheme.recommendation_id.in_(chunk))
        ):
            themes.setdefault(rec_id, []).append(name)
    recs = SheetRows()
    status_dates: dict[str, str] = {}
    assessment_ids: dict[str, str] = {}
    for rec, assignment in pairs:
        current = mine.get(rec.id)
        last = overall.get(rec.id)
        latest = ""
        if last is not None:
            latest = f"{closed_lists.label(closed_lists.STATUSES, last.status, translator)} ({last.assessed_on.isoformat()}"
            latest += f", {last.group_acronym})" if last.group_acronym else ")"
        recs.rows.append({
            "id": rec.uuid, "ref": rec.ref, "text": rec.text, "states": "; ".join(rec.recommending_states or []),
            "response": closed_lists.label(closed_lists.RESPONSES, rec.response, translator),
            "themes": "; ".join(sorted(themes.get(rec.id, []))),
            "role": closed_lists.label(closed_lists.ROLES, assignment.role, translator), "latest": latest,
            "status": current.status if current else None, "assessed_on": None,
            "evidence": current.evidence if current else None, "sources": current.sources if current else None,
            "comment": current.comment if current else None,
        })
        recs.base.append({"id": rec.uuid, "ref": rec.ref, **assessment_base(current)})
        if current is not None:
            status_dates[rec.uuid] = current.assessed_on.isoformat()
            assessment_ids[rec.uuid] = current.uuid

    cq = select(Consultation).where(Consultation.group_id == group.id).order_by(Consultation.held_on, Consultation.id)
    if not include_sensitive:
        cq = cq.where(Consultation.confidential.is_(False))
    if consultation_uuids is not None:
        cq = cq.where(Consultation.uuid.in_(list(consultation_uuids)))
    if cycle is not None:
        cq = cq.where(consultation_in_cycle(cycle))
    consultations = list(session.scalars(cq))
    c_refs = refs_of(session, ConsultationRecommendation, "consultation_id", [c.id for c in consultations])
    cons = SheetRows()
    for c in consultations:
        refs_cell = layout.refs_form(c_refs.get(c.id, []))
        cons.rows.append({
            "id": c.uuid, "held_on": c.held_on, "government_body": c.government_body, "kind": c.kind,
            "coalition_participants": c.coalition_participants,
            "government_participants": c.government_participants if include_sensitive else None,
            "refs": refs_cell, "summary": c.summary, "commitments": c.commitments,
        })
        cons.base.append(consultation_base(c, c_refs.get(c.id, []), include_sensitive=include_sensitive))

    aq = select(FollowUpAction).where(FollowUpAction.group_id == group.id).order_by(FollowUpAction.due_date.is_(None), FollowUpAction.due_date, FollowUpAction.id)
    if not include_sensitive:
        aq = aq.where(FollowUpAction.confidential.is_(False))
    if action_uuids is not None:
        aq = aq.where(FollowUpAction.uuid.in_(list(action_uuids)))
    if cycle is not None:
        aq = aq.where(action_in_cycle(cycle))
    actions = list(session.scalars(aq))
    a_refs = refs_of(session, ActionRecommendation, "action_id", [a.id for a in actions])
    acts = SheetRows()
    for a in actions:
        acts.rows.append({
            "id": a.uuid, "description": a.description, "due_date": a.due_date, "status": a.status,
            "refs": layout.refs_form(a_refs.get(a.id, [])),
        })
        acts.base.append(action_base(a, a_refs.get(a.id, [])))
    return ExportContent(
        group=group,
        include_sensitive=include_sensitive,
        sheets={layout.RECOMMENDATIONS_SHEET: recs, layout.CONSULTATIONS_SHEET: cons, layout.ACTIONS_SHEET: acts},
        extra={"status_dates": status_dates, "assessment_ids": assessment_ids},
    )
