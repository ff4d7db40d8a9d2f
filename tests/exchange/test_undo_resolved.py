"""Undoing a merge also undoes the decisions taken later on its conflicts."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.exchange.helpers import edited, merge_one, set_by_ref
from upr_desktop.core.domain.models import Assessment, MemberGroup, Operation, Recommendation
from upr_desktop.core.services import assessments
from upr_desktop.exchange import conflicts, merge_history as history


def current_status(ws, ref: str) -> str | None:
    with ws.session() as s:
        rec = s.scalars(select(Recommendation).where(Recommendation.ref == ref)).one()
        group = s.scalars(select(MemberGroup).where(MemberGroup.acronym == "ACR")).one()
        row = s.scalars(
            select(Assessment).where(Assessment.recommendation_id == rec.id, Assessment.group_id == group.id)
            .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        ).first()
        return row.status if row else None


def test_undo_merge_reverts_its_resolved_conflicts_too(seeded, exported: Path, tmp_path: Path) -> None:
    with seeded.transaction() as s:
        assessments.record_assessment(s, ref="145.1", group="ACR", status="fully-implemented", assessed_on="2025-01-01")
    path = edited(exported, tmp_path / "r.xlsx", lambda wb: set_by_ref(wb, "145.1", "Status", "Partially implemented"))
    plan = merge_one(seeded, path)
    assert len(plan.conflicts) == 1
    with seeded.transaction() as s:
        (pending,) = conflicts.list_conflicts(s)
        conflicts.resolve(s, pending.id, take="theirs")
    assert current_status(seeded, "145.1") == "partially-implemented"
    with seeded.transaction() as s:
        batch_id = history.list_merges(s)[0].id
        history.undo_merge(s, batch_id)
    # back to the secretariat's own value from before the merge, not the decision's
    assert current_status(seeded, "145.1") == "fully-implemented"
    with seeded.session() as s:
        states = set(s.scalars(select(Operation.state).where(Operation.source.like("conflict:%"))))
        assert states == {"undone"}
        assert conflicts.list_conflicts(s) == []
