"""Two people saving the same record: the later save is refused and named, never a silent overwrite (both engines)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.exchange.conftest import seed
from upr_desktop.core.services import recommendations
from upr_desktop.core.services.changelog import record_version
from upr_desktop.core.services.lookup import recommendation_by_ref
from upr_desktop.errors import EditConflict
from upr_desktop.operations import consultations as ops

# A PostgreSQL cluster is started for these (about 20 s in all): CI runs them with the slow tests, so
# that the README's command stays under 4 minutes.
pytestmark = pytest.mark.slow


def test_a_later_save_over_someone_elses_is_a_conflict(engine_workspace) -> None:
    ws = engine_workspace
    seed(ws)
    row = ops.list_consultations(ws)[0]
    mine = ops.consultation_detail(ws, row.id)  # opened in one window...
    theirs = ops.consultation_detail(ws, row.id)  # ...and in another (or by another person)
    ops.save_consultation(ws, replace(theirs, summary="Their summary"))
    with pytest.raises(EditConflict, match=r"\(summary\)"):
        ops.save_consultation(ws, replace(mine, summary="My summary"))
    assert ops.consultation_detail(ws, row.id).summary == "Their summary"
    fresh = ops.consultation_detail(ws, row.id)
    ops.save_consultation(ws, replace(fresh, summary="My summary, on theirs"))  # opened again: saved
    assert ops.consultation_detail(ws, row.id).summary == "My summary, on theirs"


def test_recommendation_versions_follow_every_write(engine_workspace) -> None:
    ws = engine_workspace
    seed(ws)
    with ws.session() as s:
        before = record_version(s, "recommendation", recommendation_by_ref(s, "145.1").id)
    with ws.transaction() as s:
        recommendations.update_recommendation(s, "145.1", text="Changed once", expected_version=before)
    with pytest.raises(EditConflict, match="145.1"), ws.transaction() as s:
        recommendations.update_recommendation(s, "145.1", text="Changed from a stale copy", expected_version=before)


def test_undo_on_a_server_never_takes_back_someone_elses_merge(pg_workspace) -> None:
    """Defect: on a shared server Undo is personal, but a merge was offered (and undone) by whoever pressed Undo when
    it was the newest change, whoever had merged it."""
    from upr_desktop.core.domain.models import MergeBatch, Operation, utcnow
    from upr_desktop.operations import history

    ws = pg_workspace
    seed(ws)
    with ws.transaction() as s:
        recommendations.update_recommendation(s, "145.1", text="My own edit")
        op = Operation(actor="someone_else", source="merge:FEW-return.xlsx", kind="merge", label="Merge FEW-return.xlsx from FEW",
                       at=utcnow())
        s.add(op)
        s.flush()
        s.add(MergeBatch(operation_id=op.id, file_name="FEW-return.xlsx", sha256="0" * 64))
    assert history.undo_redo(ws).undo == "Edit recommendation 145.1"
    assert history.undo(ws).result == "Edit recommendation 145.1"


def test_who_decided_a_link_is_who_the_change_log_names(engine_workspace, tmp_path) -> None:
    """Defect: a link's "decided by" was this computer's login name, where the change log names the person's server role."""
    from sqlalchemy import select

    from upr_desktop.core.domain.models import Operation, RecommendationLink
    from upr_desktop.core.services import recommendation_links

    ws = engine_workspace
    seed(ws)
    with ws.transaction() as s:
        later = recommendation_by_ref(s, "145.1")
        earlier = recommendations.add_recommendation(s, ref="88.1", text="Ratify the Convention", response="noted", cycle=1,
                                                     state_under_review=later.state_under_review)
        later.cycle = 2
        s.flush()
        recommendation_links.decide(s, [recommendation_links.LinkDecision(later.id, earlier.id)], "confirmed")
    with ws.session() as s:
        link = s.scalars(select(RecommendationLink)).one()
        actor = s.scalars(select(Operation.actor).order_by(Operation.id.desc()).limit(1)).one()
    assert link.decided_by == actor


def test_a_later_change_to_the_recommendations_discussed_is_a_conflict_too(engine_workspace) -> None:
    """Defect: a consultation's version followed its own row only: someone else's change to the recommendations
    discussed was silently undone by a later save from a window opened before it."""
    from upr_desktop.core.read.followup_lists import RecommendationHit

    ws = engine_workspace
    seed(ws)
    row = ops.list_consultations(ws)[0]
    mine = ops.consultation_detail(ws, row.id)
    theirs = ops.consultation_detail(ws, row.id)
    ops.save_consultation(ws, replace(theirs, recommendations=[*theirs.recommendations, RecommendationHit("145.3", "")]))
    with pytest.raises(EditConflict):
        ops.save_consultation(ws, replace(mine, summary="My summary"))
    assert "145.3" in [r.ref for r in ops.consultation_detail(ws, row.id).recommendations]


def test_versions_follow_what_people_see_on_both_engines(engine_workspace) -> None:
    from tests.core.test_record_versions import versions_follow_what_people_see

    versions_follow_what_people_see(engine_workspace)


def test_a_stale_save_is_refused_and_named_on_both_engines(engine_workspace) -> None:
    from tests.core.test_record_versions import a_stale_save_is_refused_and_named

    a_stale_save_is_refused_and_named(engine_workspace)


def test_two_people_saving_at_once_one_wins_the_other_is_told(pg_url: str) -> None:
    """Two connections save the same version at the same moment: the row lock decides, the later save is refused."""
    import threading

    from upr_desktop.operations import recommendations as ops
    from upr_desktop.operations.workspace import open_workspace

    with open_workspace(pg_url) as ws:
        seed(ws)
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def save(words: str) -> None:
        with open_workspace(pg_url) as ws:
            start.wait()
            try:
                ops.edit_recommendation(ws, "145.5", text=words, expected_version=1)
                outcomes.append("saved")
            except EditConflict:
                outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(w,)) for w in ("Alice's", "Bob's")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == ["conflict", "saved"]
    with open_workspace(pg_url) as ws, ws.session() as s:
        assert record_version(s, "recommendation", recommendation_by_ref(s, "145.5").id) == 2
