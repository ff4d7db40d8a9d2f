"""current_status, last_assessed_on and lead_group follow every write path (triggers of migration 0002)."""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update

from upr_desktop.core.services import changelog
from upr_desktop.core.domain.models import Assessment, Assignment, Recommendation
from upr_desktop.core.services import assessments, assignments, groups, recommendations


def derived(ws, ref):
    with ws.session() as s:
        r = s.scalars(select(Recommendation).where(Recommendation.ref == ref)).one()
        return r.current_status, (r.last_assessed_on.isoformat() if r.last_assessed_on else None), r.lead_group


def test_derived_columns_follow_services_undo_and_raw_writes(workspace):
    ws = workspace
    with ws.transaction() as s:
        groups.add_group(s, name="A", acronym="AAA")
        groups.add_group(s, name="B", acronym="BBB")
        recommendations.add_recommendation(s, ref="1.1", text="t", response="supported")
    assert derived(ws, "1.1") == (None, None, None)
    with ws.transaction() as s:
        recs = assignments.select_recommendations(s, everything=True)
        assignments.assign(s, "BBB", recs, role="lead")
        assignments.assign(s, "AAA", recs, role="support")
    assert derived(ws, "1.1")[2] == "BBB"
    with ws.transaction() as s:
        assessments.record_assessment(s, ref="1.1", group="AAA", status="not implemented", assessed_on="2026-02-01")
        assessments.record_assessment(s, ref="1.1", group="BBB", status="partially implemented", assessed_on="2026-01-01")
    # the newest by date wins, not the last recorded
    assert derived(ws, "1.1") == ("not-implemented", "2026-02-01", "BBB")
    with ws.transaction() as s:
        assessments.record_assessment(s, ref="1.1", group="BBB", status="fully implemented", assessed_on="2026-03-01")
    assert derived(ws, "1.1")[0] == "fully-implemented"
    with ws.transaction() as s:
        changelog.undo_last(s)
    assert derived(ws, "1.1") == ("not-implemented", "2026-02-01", "BBB")
    with ws.transaction() as s:
        groups.update_group(s, "BBB", acronym="BBX")
    assert derived(ws, "1.1")[2] == "BBX"
    with ws.transaction() as s:
        assignments.assign(s, "AAA", assignments.select_recommendations(s, everything=True), role="lead")
    assert derived(ws, "1.1")[2] == "AAA"  # two leads: the first acronym
    with ws.transaction() as s:
        groups.remove_group(s, "AAA")
    assert derived(ws, "1.1")[2] == "BBX"
    with ws.transaction() as s:
        s.execute(update(Assessment).values(assessed_on=__import__("datetime").date(2020, 1, 1)))
    assert derived(ws, "1.1")[1] == "2020-01-01"
    with ws.transaction() as s:
        s.execute(delete(Assessment))
        s.execute(update(Assignment).values(role="support"))
    assert derived(ws, "1.1") == (None, None, None)
    with ws.transaction() as s:
        rid = s.scalar(select(Recommendation.id))
        s.execute(insert(Assessment), [{"uuid": f"00000000-0000-0000-0000-00000000000{i}", "recommendation_id": rid, "status": st, "assessed_on": __import__("datetime").date(2026, 1, i + 1)} for i, st in enumerate(["unknown", "not-implemented"])])
    assert derived(ws, "1.1")[0] == "not-implemented"


def test_deleting_a_recommendation_and_undoing_it_restores_its_status(workspace):
    ws = workspace
    with ws.transaction() as s:
        groups.add_group(s, name="A", acronym="AAA")
        recommendations.add_recommendation(s, ref="2.1", text="t", response="noted")
        assignments.assign(s, "AAA", assignments.select_recommendations(s, everything=True))
        assessments.record_assessment(s, ref="2.1", group="AAA", status="unknown", assessed_on="2026-01-01")
    with ws.transaction() as s:
        recommendations.delete_recommendation(s, "2.1")
    with ws.transaction() as s:
        changelog.undo_last(s)
    assert derived(ws, "2.1") == ("unknown", "2026-01-01", "AAA")
