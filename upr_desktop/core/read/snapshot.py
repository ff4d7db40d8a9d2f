"""The whole workspace as plain data (``export-json``): stable key names that scripts rely on."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import (
    ActionRecommendation,
    AffectedGroup,
    Assessment,
    Assignment,
    Consultation,
    ConsultationRecommendation,
    FollowUpAction,
    MemberGroup,
    MergeBatch,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationLink,
    RecommendationSdg,
    RecommendationTheme,
    SdgTarget,
    Theme,
)
from upr_desktop.core.read.response_history import steps_of
from upr_desktop.core.services.lookup import workspace_record

FORMAT_VERSION = 1
# What counts as sensitive (never exported unless asked for): see security issue.
SENSITIVE_FIELDS = {
    "groups": ("contact_details",),
    "consultations": ("government_participants",),
}


def _iso(value: Any) -> Any:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else value


def workspace_snapshot(
    session: Session, *, include_sensitive: bool = False, skip: dict[str, set[int]] | None = None, skip_tables: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The whole workspace as plain data.

    ``skip`` leaves out rows found damaged (table -> row ids), and ``skip_tables`` whole tables whose
    pages cannot be read: what ``export-json --salvage`` uses to save everything else.
    """
    skip = skip or {}

    def readable(query: Any, model: Any) -> Any:
        table = model.__tablename__
        if table in skip_tables:
            return query.where(model.id.is_(None))  # nothing: its pages cannot be read
        ids = skip.get(table)
        return query.where(model.id.not_in(sorted(ids))) if ids else query

    ws = workspace_record(session)
    groups = {g.id: g for g in session.scalars(readable(select(MemberGroup).order_by(MemberGroup.acronym), MemberGroup))}
    acronym = {gid: g.acronym for gid, g in groups.items()}
    recs = {r.id: r for r in session.scalars(readable(select(Recommendation).order_by(Recommendation.id), Recommendation))}
    ref_of = {rid: r.ref for rid, r in recs.items()}

    themes: dict[int, list[str]] = defaultdict(list)
    for rid, name in session.execute(readable(select(RecommendationTheme.recommendation_id, Theme.name).join(Theme).order_by(Theme.name), RecommendationTheme)):
        themes[rid].append(name)
    sdgs: dict[int, list[str]] = defaultdict(list)
    for rid, code in session.execute(readable(select(RecommendationSdg.recommendation_id, SdgTarget.code).join(SdgTarget).order_by(SdgTarget.code), RecommendationSdg)):
        sdgs[rid].append(code)
    affected: dict[int, list[str]] = defaultdict(list)
    for rid, name in session.execute(readable(
        select(RecommendationAffectedGroup.recommendation_id, AffectedGroup.name).join(AffectedGroup).order_by(AffectedGroup.name), RecommendationAffectedGroup
    )):
        affected[rid].append(name)
    assignments: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for a in session.scalars(readable(select(Assignment).order_by(Assignment.id), Assignment)):
        assignments[a.recommendation_id].append(
            {"group": acronym.get(a.group_id), "role": a.role, "due_date": _iso(a.due_date), "note": a.note}
        )
    assessments: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for s in session.scalars(readable(select(Assessment).order_by(Assessment.assessed_on, Assessment.id), Assessment)):
        if s.confidential and not include_sensitive:
            continue
        assessments[s.recommendation_id].append(
            {
                "id": s.uuid, "status": s.status, "date": _iso(s.assessed_on), "group": acronym.get(s.group_id),
                "evidence": s.evidence, "sources": s.sources, "comment": s.comment, "recorded_by": s.recorded_by,
            }
        )
    consultation_refs: dict[int, list[str]] = defaultdict(list)
    for cid, rid in session.execute(readable(select(ConsultationRecommendation.consultation_id, ConsultationRecommendation.recommendation_id), ConsultationRecommendation)):
        if rid in ref_of:
            consultation_refs[cid].append(ref_of[rid])
    action_refs: dict[int, list[str]] = defaultdict(list)
    for aid, rid in session.execute(readable(select(ActionRecommendation.action_id, ActionRecommendation.recommendation_id), ActionRecommendation)):
        if rid in ref_of:
            action_refs[aid].append(ref_of[rid])
    uuid_of = {rid: r.uuid for rid, r in recs.items()}
    response_history = steps_of(session) if "response_change" not in skip_tables else {}
    links = [] if "recommendation_link" in skip_tables else list(session.scalars(readable(
        select(RecommendationLink).order_by(RecommendationLink.id), RecommendationLink)))
    predecessors: dict[int, list[str]] = defaultdict(list)
    for link in links:
        if link.status == "confirmed" and link.predecessor_id in ref_of:
            predecessors[link.recommendation_id].append(ref_of[link.predecessor_id])
    consultations = {c.id: c for c in session.scalars(readable(select(Consultation).order_by(Consultation.held_on, Consultation.id), Consultation))}

    def group_json(g: MemberGroup) -> dict[str, Any]:
        data = {"id": g.uuid, "name": g.name, "acronym": g.acronym, "region": g.region, "focal_point": g.focal_point}
        if include_sensitive:
            data["contact_details"] = g.contact_details
        return data

    def consultation_json(c: Consultation) -> dict[str, Any]:
        data = {
            "id": c.uuid, "date": _iso(c.held_on), "government_body": c.government_body, "kind": c.kind,
            "group": acronym.get(c.group_id), "coalition_participants": c.coalition_participants,
            "recommendations": sorted(consultation_refs.get(c.id, [])), "summary": c.summary,
            "commitments": c.commitments, "confidential": c.confidential,
        }
        if include_sensitive:
            data["government_participants"] = c.government_participants
        return data

    return {
        "format": "upr-desktop-workspace",
        "format_version": FORMAT_VERSION,
        "workspace": {
            "id": ws.uuid, "name": ws.name, "state_under_review": ws.state_under_review,
            "cycles": ws.cycles, "is_demo": ws.is_demo,
        },
        "include_sensitive": include_sensitive,
        "recommendations": [
            {
                "id": r.uuid, "ref": r.ref, "text": r.text, "state_under_review": r.state_under_review,
                "recommending_states": list(r.recommending_states), "response": r.response,
                "action_category": r.action_category, "session": r.session, "cycle": r.cycle,
                "theme_cluster": r.theme_cluster, "source_document": r.source_document,
                "source_note": r.source_note,
                "themes": themes.get(r.id, []), "sdgs": sdgs.get(r.id, []), "affected_persons": affected.get(r.id, []),
                "assignments": assignments.get(r.id, []), "assessments": assessments.get(r.id, []),
                "response_history": [step.as_json() for step in response_history.get(r.id, [])],
                "recommended_before": sorted(predecessors.get(r.id, [])),
            }
            for r in recs.values()
        ],
        # A person's decisions on "recommended before": confirmed predecessors and rejected suggestions.
        "recommendation_links": [
            {
                "id": link.uuid, "recommendation": uuid_of.get(link.recommendation_id), "ref": ref_of.get(link.recommendation_id),
                "predecessor": uuid_of.get(link.predecessor_id), "predecessor_ref": ref_of.get(link.predecessor_id),
                "status": link.status, "score": link.score, "decided_at": _iso(link.decided_at), "decided_by": link.decided_by,
            }
            for link in links if link.recommendation_id in ref_of and link.predecessor_id in ref_of
        ],
        "groups": [group_json(g) for g in groups.values()],
        "consultations": [
            consultation_json(c) for c in consultations.values() if include_sensitive or not c.confidential
        ],
        "actions": [
            {
                "id": a.uuid, "description": a.description, "group": acronym.get(a.group_id), "due_date": _iso(a.due_date),
                "status": a.status, "consultation": consultations[a.consultation_id].uuid if a.consultation_id in consultations else None,
                "recommendations": sorted(action_refs.get(a.id, [])),
            }
            for a in session.scalars(readable(select(FollowUpAction).order_by(FollowUpAction.id), FollowUpAction))
            if include_sensitive or not a.confidential
        ],
        "merges": [
            {
                "id": m.id, "file": m.file_name, "sha256": m.sha256, "export_id": m.export_id, "group": acronym.get(m.group_id),
                "merged_at": _iso(m.merged_at), "added": m.added, "updated": m.updated, "conflicts": m.conflicts,
                "undone": m.undone_at is not None,
            }
            for m in session.scalars(readable(select(MergeBatch).order_by(MergeBatch.id), MergeBatch))
        ],
    }
