""""Recommended before": suggestions of predecessors in earlier cycles, a person's decisions on them, and the links kept.

The app's detail pane and the ``links`` command both come here. Reads return plain dataclasses; writes
return an Outcome whose changes name the recommendations (the detail pane and the table refresh).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from upr_desktop.core.domain.recommendation_similarity import DEFAULT_MIN_SCORE
from upr_desktop.operations.base import Outcome, reading, writing

if TYPE_CHECKING:
    from upr_desktop.core.read.recommendation_clusters import Cluster
    from upr_desktop.core.read.recommended_before import LinkLine, Predecessor, Suggestion
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["DEFAULT_MIN_SCORE", "RecommendedBefore", "ThresholdPreview", "assign_cluster", "cluster_of", "clusters", "confirm",
           "confirm_above", "cycles", "decide_refs", "list_links", "recommended_before", "reject", "suggest"]


@dataclass(frozen=True)
class RecommendedBefore:
    """What the detail pane's "Recommended before" tab shows for one recommendation."""

    recommendation_id: int
    ref: str
    cycle: int | None
    response_story: str
    suggestions: list[Suggestion]  # undecided, confirmed and rejected, best first
    predecessors: list[Predecessor] = field(default_factory=list)


@dataclass(frozen=True)
class ThresholdPreview:
    """What "confirm all above a threshold" would confirm: shown before anything is written."""

    min_score: float
    cycle: int | None
    suggestions: list[Suggestion]

    def as_json(self) -> dict[str, Any]:
        return {"min_score": self.min_score, "cycle": self.cycle, "count": len(self.suggestions),
                "links": [s.as_json() for s in self.suggestions]}


def cycles(ws: WorkspaceFile) -> list[int]:
    """The cycles the workspace holds, oldest first (the cycle filters offer them)."""
    from upr_desktop.core.read.recommended_before import cycles as read_cycles

    with reading(ws) as session:
        return read_cycles(session)


def suggest(ws: WorkspaceFile, *, cycle: int | None = None, min_score: float | None = None, refs: Sequence[str] = (),
            include_confirmed: bool = False) -> list[Suggestion]:
    """Suggested predecessors for a cycle's recommendations (default: the latest cycle) not yet decided."""
    from upr_desktop.core.read import recommended_before as read
    from upr_desktop.core.services.lookup import recommendations_by_refs

    with reading(ws) as session:
        ids = [r.id for r in recommendations_by_refs(session, refs)] if refs else None
        return read.suggest(session, cycle=cycle, rec_ids=ids, min_score=_score(min_score), include_confirmed=include_confirmed)


def recommended_before(ws: WorkspaceFile, rec_id: int, *, min_score: float | None = None) -> RecommendedBefore:
    """One recommendation's suggestions (decided ones too), its confirmed predecessors and its response history."""
    from upr_desktop.core.domain.models import Recommendation
    from upr_desktop.core.read import recommended_before as read
    from upr_desktop.core.read import response_history
    from upr_desktop.errors import NotFound
    from upr_desktop.i18n import tr

    with reading(ws) as session:
        rec = session.get(Recommendation, rec_id)
        if rec is None:
            raise NotFound(tr("That recommendation no longer exists; it may have been undone or merged away."))
        found = read.suggest(session, rec_ids=[rec_id], min_score=_score(min_score), include_rejected=True)
        story = response_history.story(rec.response, response_history.steps_of(session, [rec_id]).get(rec_id, []))
        return RecommendedBefore(rec_id, rec.ref, rec.cycle, story, found, read.predecessors(session, [rec_id]).get(rec_id, []))


def _score(value: float | None) -> float:
    from upr_desktop.errors import UserError
    from upr_desktop.i18n import tr

    if value is None:
        return DEFAULT_MIN_SCORE
    if not 0.0 <= value <= 1.0:
        raise UserError(tr("The minimum score is a number from 0 to 1 (e.g. 0.6), not {value}.", value=value))
    return value


def confirm(ws: WorkspaceFile, pairs: Sequence[tuple[int, int, float | None]]) -> Outcome[int]:
    """Confirm (recommendation id, earlier id, score) pairs in one step of Undo; the result is how many changed."""
    return _decide(ws, pairs, "confirmed")


def reject(ws: WorkspaceFile, pairs: Sequence[tuple[int, int, float | None]]) -> Outcome[int]:
    """Reject pairs: they are not suggested again (Undo brings them back)."""
    return _decide(ws, pairs, "rejected")


def _decide(ws: WorkspaceFile, pairs: Sequence[tuple[int, int, float | None]], status: str) -> Outcome[int]:
    from upr_desktop.core.services import recommendation_links as service

    with writing(ws) as w:
        changed = service.decide(w.session, [service.LinkDecision(r, p, s) for r, p, s in pairs], status)
    return w.outcome(changed)


def decide_refs(ws: WorkspaceFile, ref: str, earlier_refs: Sequence[str], status: str) -> Outcome[int]:
    """The command line's ``links confirm REF EARLIER...`` / ``links reject``: by reference, scored as suggested."""
    from upr_desktop.core.read.recommended_before import pair_scores
    from upr_desktop.core.services import recommendation_links as service
    from upr_desktop.core.services.lookup import recommendation_by_ref, recommendations_by_refs

    with writing(ws) as w:
        rec = recommendation_by_ref(w.session, ref)
        earlier = recommendations_by_refs(w.session, earlier_refs)
        scores = pair_scores(w.session, [(rec.id, e.id) for e in earlier])
        decisions = [service.LinkDecision(rec.id, e.id, scores.get((rec.id, e.id))) for e in earlier]
        changed = service.decide(w.session, decisions, status)
    return w.outcome(changed)


def confirm_above(ws: WorkspaceFile, *, min_score: float, cycle: int | None = None, dry_run: bool = False,
                  progress: Any = None) -> Outcome[ThresholdPreview]:
    """Confirm every undecided suggestion scoring at least ``min_score`` (the best per recommendation only).

    With ``dry_run`` nothing is written: the preview lists exactly what would be confirmed.
    """
    from upr_desktop.core.read import recommended_before as read
    from upr_desktop.core.services import recommendation_links as service

    min_score = _score(min_score)
    if dry_run:
        with reading(ws) as session:
            found = read.suggest(session, cycle=cycle, min_score=min_score, per_recommendation=1, include_confirmed=False)
        return Outcome(ThresholdPreview(min_score, cycle, [s for s in found if s.decision is None]), frozenset())
    with writing(ws) as w:
        found = read.suggest(w.session, cycle=cycle, min_score=min_score, per_recommendation=1, include_confirmed=False)
        found = [s for s in found if s.decision is None]
        preview = ThresholdPreview(min_score, cycle, found)
        if found:
            service.decide(w.session, [service.LinkDecision(s.recommendation_id, s.earlier.id, s.score) for s in found], "confirmed")
    return w.outcome(preview)


def list_links(ws: WorkspaceFile, *, cycle: int | None = None, status: str | None = None) -> list[LinkLine]:
    from upr_desktop.core.read.recommended_before import link_lines

    with reading(ws) as session:
        return link_lines(session, cycle=cycle, status=status)


# -- clusters within a cycle ----------------------------------------------------------------------
def clusters(ws: WorkspaceFile, *, cycle: int | None = None, min_score: float | None = None) -> list[Cluster]:
    """Near-duplicate recommendations of one cycle (default: the latest), grouped."""
    from upr_desktop.core.read import recommendation_clusters as read

    with reading(ws) as session:
        return read.clusters(session, cycle=cycle, min_score=read.CLUSTER_MIN_SCORE if min_score is None else _score(min_score))


def cluster_of(ws: WorkspaceFile, rec_id: int) -> Cluster | None:
    """The cluster ``rec_id`` belongs to in its cycle (None: it has no near-duplicate)."""
    from upr_desktop.core.read import recommendation_clusters as read

    with reading(ws) as session:
        return read.cluster_of(session, rec_id)


def assign_cluster(ws: WorkspaceFile, ref: str, group: str, *, role: str = "lead", due_date: str | None = None) -> Outcome[Any]:
    """Assign every recommendation of ``ref``'s cluster to ``group`` in one step (one step of Undo)."""
    from upr_desktop.core.services.lookup import recommendation_by_ref
    from upr_desktop.errors import UserError
    from upr_desktop.i18n import tr
    from upr_desktop.operations import assignments

    with reading(ws) as session:
        rec_id = recommendation_by_ref(session, ref).id
    found = cluster_of(ws, rec_id)
    if found is None:
        raise UserError(tr("{ref} has no near-duplicate in its cycle: assign it alone with: upr-desktop assign --ref {ref}", ref=ref))
    return assignments.assign(ws, group, ids=[m.id for m in found.members], role=role, due_date=due_date)
