"""Consultations with government: the one list, one consultation in full, logging, editing and deleting them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from upr_desktop.core.read import followup_lists as lists
from upr_desktop.core.read.followup_lists import (
    ConsultationDetail,
    ConsultationRow,
    RecommendationHit,
)
from upr_desktop.core.read.group_loads import group_acronyms
from upr_desktop.core.services import consultations as service
from upr_desktop.core.services.lookup import split_refs
from upr_desktop.operations.base import Outcome, reading, writing

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["ConsultationChoices", "ConsultationDetail", "ConsultationRow", "RecommendationHit", "consultation_choices",
           "consultation_detail", "delete_consultation", "list_consultations", "log_consultation", "save_consultation",
           "search_recommendations"]


@dataclass(frozen=True)
class ConsultationChoices:
    groups: list[str]  # acronyms of the member groups
    bodies: list[str]  # government bodies met before, for completion


def list_consultations(ws: WorkspaceFile, cycle: int | None = None) -> list[ConsultationRow]:
    """Every consultation (with ``cycle``: those that discussed a recommendation of that UPR cycle), newest first,
    with the recommendations discussed and how many actions came out of it."""
    with reading(ws) as session:
        return lists.consultation_list(session, cycle=cycle)


def consultation_detail(ws: WorkspaceFile, consultation_id: int) -> ConsultationDetail:
    with reading(ws) as session:
        return lists.consultation_detail(session, consultation_id)


def consultation_choices(ws: WorkspaceFile) -> ConsultationChoices:
    with reading(ws) as session:
        return ConsultationChoices(group_acronyms(session), lists.government_bodies(session))


def search_recommendations(ws: WorkspaceFile, words: str, *, limit: int = 50) -> list[RecommendationHit]:
    """Recommendations to link, found by what was typed (every word as a prefix) or by reference."""
    with reading(ws) as session:
        return lists.search_recommendations(session, words, limit=limit)


def save_consultation(ws: WorkspaceFile, detail: ConsultationDetail) -> Outcome[ConsultationRow]:
    """Log a new consultation (``detail.id`` None) or save the edits of one; the saved row comes back."""
    refs = split_refs(r.ref for r in detail.recommendations)
    values: dict[str, Any] = {
        "coalition_participants": detail.coalition_participants.strip() or None,
        "government_participants": detail.government_participants.strip() or None,
        "summary": detail.summary.strip() or None, "commitments": detail.commitments.strip() or None,
        "confidential": detail.confidential,
    }
    with writing(ws) as w:
        if detail.id is None:
            row = service.log_consultation(w.session, held_on=detail.held_on, government_body=detail.government_body,
                                           kind=detail.kind, refs=refs, group=detail.group or None, **values)
        else:
            row = service.consultation_by_id(w.session, detail.id)
            service.update_consultation(w.session, row, refs=refs, held_on=detail.held_on, group=detail.group or None,
                                        government_body=detail.government_body, kind=detail.kind,
                                        expected_version=detail.version, **values)
        w.session.flush()
        (saved,) = lists.consultation_list(w.session, ids=[row.id])
    return w.outcome(saved)


def log_consultation(ws: WorkspaceFile, *, held_on: str, government_body: str, kind: str, refs: Iterable[str] = (),
                     group: str | None = None, coalition_participants: str | None = None,
                     government_participants: str | None = None, summary: str | None = None,
                     commitments: str | None = None, confidential: bool = False) -> Outcome[ConsultationRow]:
    """Log a consultation as the command line gives it (refs repeated or comma-separated)."""
    return save_consultation(ws, ConsultationDetail(
        id=None, held_on=held_on, government_body=government_body, kind=kind, group=group,
        coalition_participants=coalition_participants or "", government_participants=government_participants or "",
        summary=summary or "", commitments=commitments or "", confidential=confidential,
        recommendations=[RecommendationHit(ref, "") for ref in split_refs(refs)],
    ))


def delete_consultation(ws: WorkspaceFile, consultation_id: int) -> Outcome[None]:
    """Delete a consultation; its follow-up actions stay, without a consultation."""
    with writing(ws) as w:
        service.delete_consultation(w.session, service.consultation_by_id(w.session, consultation_id))
    return w.outcome(None)
