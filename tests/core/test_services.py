"""Every core service: the happy path, bad input with a clear error and nothing written, the ChangeLog it leaves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from upr_desktop.core.services import changelog
from upr_desktop.core.domain.models import (
    Assessment,
    Assignment,
    ChangeLog,
    Consultation,
    FollowUpAction,
    MemberGroup,
    Operation,
    Recommendation,
)
from upr_desktop.core.services import (
    assessments,
    assignments,
    consultations,
    groups,
    recommendations,
)
from upr_desktop.errors import NotFound, UserError


def count(ws, model) -> int:
    with ws.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def log_rows(ws) -> list[ChangeLog]:
    with ws.session() as s:
        return list(s.scalars(select(ChangeLog).order_by(ChangeLog.id)))


@pytest.fixture
def seeded(workspace):
    with workspace.transaction() as s:
        groups.add_group(s, name="Legal Aid Network", acronym="LAN", region="North")
        recommendations.add_recommendation(s, ref="158.1", text="Ratify OP-CAT", response="Supported", recommending_states=["Viet Nam ", "France"], themes=["Torture"])
        recommendations.add_recommendation(s, ref="158.2", text="Abolish the death penalty", response="noted", recommending_states=["Turkey"])
    return workspace


def test_add_group_logs_creation(workspace):
    with workspace.transaction() as s:
        g = groups.add_group(s, name=" Legal Aid ", acronym="LAN", actor="alice")
    rows = log_rows(workspace)
    assert [(r.entity, r.op, r.actor) for r in rows] == [("member_group", "create", "alice")]
    assert g.name == "Legal Aid"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "", "acronym": "X"}, "cannot be empty"),
        ({"name": "A", "acronym": ""}, "cannot be empty"),
        ({"name": "A", "acronym": "two words"}, "one word"),
    ],
)
def test_add_group_bad_input_writes_nothing(workspace, kwargs, message):
    with pytest.raises(UserError, match=message), workspace.transaction() as s:
        groups.add_group(s, **kwargs)
    assert count(workspace, MemberGroup) == 0
    assert count(workspace, ChangeLog) == 0
    assert count(workspace, Operation) == 0


def test_duplicate_acronym_is_refused_case_insensitively(seeded):
    with pytest.raises(UserError, match="already exists"), seeded.transaction() as s:
        groups.add_group(s, name="Other", acronym="lan")
    assert count(seeded, MemberGroup) == 1


def test_update_and_remove_group_report_orphans(seeded):
    with seeded.transaction() as s:
        recs = assignments.select_recommendations(s, everything=True)
        assignments.assign(s, "LAN", recs)
        assessments.record_assessment(s, ref="158.1", group="LAN", status="unknown")
        groups.update_group(s, "LAN", region="South")
    with seeded.session() as s:
        impact = groups.removal_impact(s, "LAN")
    assert (impact.assignments, impact.assessments) == (2, 1)
    assert "2 assignments" in impact.describe()
    with seeded.transaction() as s:
        groups.remove_group(s, "LAN")
    assert count(seeded, MemberGroup) == 0
    assert count(seeded, Assignment) == 0
    assert count(seeded, Assessment) == 1  # the observation stays, without its group


def test_recommendation_states_are_normalised(seeded):
    with seeded.session() as s:
        rec = s.scalars(select(Recommendation).where(Recommendation.ref == "158.1")).one()
        assert rec.recommending_states == ["Viet Nam", "France"]
        assert rec.response == "supported"
        assert [t.name for t in rec.themes] == ["Torture"]
        other = s.scalars(select(Recommendation).where(Recommendation.ref == "158.2")).one()
        assert other.recommending_states == ["Türkiye"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ref": "1", "text": " ", "response": "supported"}, "cannot be empty"),
        ({"ref": "", "text": "x", "response": "supported"}, "cannot be empty"),
        ({"ref": "1", "text": "x", "response": "maybe"}, "not a known response"),
        ({"ref": "158.1", "text": "x", "response": "noted"}, "already exists"),
        ({"ref": "1", "text": "x", "response": "noted", "action_category": 7}, "1 to 5"),
    ],
)
def test_add_recommendation_bad_input(seeded, kwargs, message):
    before = count(seeded, ChangeLog)
    with pytest.raises(UserError, match=message), seeded.transaction() as s:
        recommendations.add_recommendation(s, **kwargs)
    assert count(seeded, Recommendation) == 2
    assert count(seeded, ChangeLog) == before


def test_update_recommendation_logs_old_and_new(seeded):
    with seeded.transaction() as s:
        recommendations.update_recommendation(s, "158.2", response="partially supported", action_category=4)
    rows = [r for r in log_rows(seeded) if r.op == "update"]
    assert {(r.field, r.old_value, r.new_value) for r in rows} == {("response", '"noted"', '"partially-supported"'), ("action_category", None, "4")}
    with pytest.raises(NotFound, match="No recommendation with reference '9.9'"), seeded.transaction() as s:
        recommendations.update_recommendation(s, "9.9", text="x")


def test_cycle_of_session():
    assert [recommendations.cycle_of_session(n) for n in (1, 12, 13, 26, 27, 40, 41, None)] == [1, 1, 2, 2, 3, 3, 4, None]
    with pytest.raises(UserError):
        recommendations.cycle_of_session(0)


def test_bulk_assign_and_unassign(seeded):
    with seeded.transaction() as s:
        recs = assignments.select_recommendations(s, theme="Torture")
        result = assignments.assign(s, "LAN", recs, role="Support", due_date=date(2027, 1, 1))
    assert (result.created, result.updated) == (1, 0)
    with seeded.transaction() as s:
        again = assignments.assign(s, "LAN", assignments.select_recommendations(s, everything=True), role="lead")
    assert (again.created, again.updated, again.unchanged) == (1, 1, 0)
    with seeded.transaction() as s:
        assert assignments.unassign(s, "LAN", assignments.select_recommendations(s, refs=["158.1"])) == 1
    assert count(seeded, Assignment) == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: assignments.assign(s, "NOPE", assignments.select_recommendations(s, everything=True)), "No member group"),
        (lambda s: assignments.select_recommendations(s, refs=["158.1", "9.9"]), "Unknown recommendation references: 9.9"),
        (lambda s: assignments.select_recommendations(s), "exactly one"),
        (lambda s: assignments.select_recommendations(s, theme="Nothing"), "No theme"),
        (lambda s: assignments.assign(s, "LAN", assignments.select_recommendations(s, everything=True), role="boss"), "not a known role"),
    ],
)
def test_assign_bad_input(seeded, call, message):
    with pytest.raises(UserError, match=message), seeded.transaction() as s:
        call(s)
    assert count(seeded, Assignment) == 0


def test_record_assessment_and_current_status(seeded):
    with seeded.transaction() as s:
        assessments.record_assessment(s, ref="158.1", group="LAN", status="not implemented", assessed_on="2026-01-05")
        assessments.record_assessment(s, ref="158.1", group="LAN", status="Partially Implemented", evidence="Bill", assessed_on=date(2026, 6, 1))
    with seeded.session() as s:
        rec = s.scalars(select(Recommendation).where(Recommendation.ref == "158.1")).one()
        assert assessments.latest_assessment(s, rec).status == "partially-implemented"
    assert count(seeded, Assessment) == 2  # append-only


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ref": "158.1", "group": "LAN", "status": "finished?"}, "not a known status"),
        ({"ref": "158.1", "group": "LAN", "status": "unknown", "assessed_on": "01/02/2026"}, "YYYY-MM-DD"),
        ({"ref": "158.1", "group": "LAN", "status": "unknown", "assessed_on": (date.today() + timedelta(days=3)).isoformat()}, "future"),
        ({"ref": "404", "group": "LAN", "status": "unknown"}, "No recommendation"),
        ({"ref": "158.1", "group": "ZZZ", "status": "unknown"}, "No member group"),
    ],
)
def test_record_assessment_bad_input(seeded, kwargs, message):
    with pytest.raises(UserError, match=message), seeded.transaction() as s:
        assessments.record_assessment(s, **kwargs)
    assert count(seeded, Assessment) == 0


def test_consultation_and_actions(seeded):
    with seeded.transaction() as s:
        c = consultations.log_consultation(s, held_on="2026-04-02", government_body="Ministry of Justice", kind="Written Submission", refs=["158.1", "158.2"], government_participants="Vice-minister")
        a = consultations.add_action(s, description="Send letter", group="LAN", due_date="2026-05-01", consultation=c, refs=["158.1"])
        consultations.update_action(s, a, status="done")
        consultations.update_consultation(s, c, refs=["158.2"], summary="ok")
    with seeded.session() as s:
        c = s.scalars(select(Consultation)).one()
        assert c.kind == "written-submission"
        assert [r.ref for r in c.recommendations] == ["158.2"]
        assert s.scalars(select(FollowUpAction)).one().status == "done"
    with seeded.transaction() as s:
        consultations.delete_consultation(s, s.scalars(select(Consultation)).one())
    assert count(seeded, Consultation) == 0
    assert count(seeded, FollowUpAction) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"held_on": "", "government_body": "MoJ", "kind": "meeting"}, "needs a date"),
        ({"held_on": "2026-13-01", "government_body": "MoJ", "kind": "meeting"}, "not a valid"),
        ({"held_on": "2026-01-01", "government_body": " ", "kind": "meeting"}, "cannot be empty"),
        ({"held_on": "2026-01-01", "government_body": "MoJ", "kind": "party"}, "not a known consultation kind"),
        ({"held_on": "2026-01-01", "government_body": "MoJ", "kind": "meeting", "refs": ["404"]}, "Unknown recommendation"),
    ],
)
def test_consultation_bad_input(seeded, kwargs, message):
    with pytest.raises(UserError, match=message), seeded.transaction() as s:
        consultations.log_consultation(s, **kwargs)
    assert count(seeded, Consultation) == 0


def test_undo_redo_walks_the_stack(seeded):
    with seeded.transaction() as s:
        assessments.record_assessment(s, ref="158.1", group="LAN", status="unknown")
    with seeded.transaction() as s:
        recommendations.update_recommendation(s, "158.1", text="Changed text")
    with seeded.transaction() as s:
        assert changelog.can_undo(s) == "Edit recommendation 158.1"
        changelog.undo_last(s)
        changelog.undo_last(s)
    with seeded.session() as s:
        assert s.scalars(select(Recommendation.text).where(Recommendation.ref == "158.1")).one() == "Ratify OP-CAT"
        assert count(seeded, Assessment) == 0
        assert changelog.can_redo(s).startswith("Assess 158.1")
    with seeded.transaction() as s:
        changelog.redo_last(s)
    assert count(seeded, Assessment) == 1
    # a new change discards what is left to redo
    with seeded.transaction() as s:
        groups.add_group(s, name="B", acronym="B")
    with seeded.transaction() as s:
        assert changelog.can_redo(s) is None
        with pytest.raises(UserError, match="nothing to redo"):
            changelog.redo_last(s)


def test_undo_of_a_deletion_restores_rows_and_links(seeded):
    with seeded.transaction() as s:
        assignments.assign(s, "LAN", assignments.select_recommendations(s, everything=True))
        consultations.log_consultation(s, held_on="2026-01-01", government_body="MoJ", kind="meeting", refs=["158.1"])
    with seeded.transaction() as s:
        recommendations.delete_recommendation(s, "158.1")
    assert count(seeded, Recommendation) == 1
    with seeded.transaction() as s:
        changelog.undo_last(s)
    with seeded.session() as s:
        rec = s.scalars(select(Recommendation).where(Recommendation.ref == "158.1")).one()
        assert [t.name for t in rec.themes] == ["Torture"]
        assert len(rec.assignments) == 1
        assert [r.ref for r in s.scalars(select(Consultation)).one().recommendations] == ["158.1"]


def test_undo_refuses_when_a_later_merge_touched_the_same_field(seeded):
    with seeded.transaction() as s:
        recommendations.update_recommendation(s, "158.1", text="local edit")
    with seeded.transaction() as s, changelog.change(s, "merge", kind="merge", source="merge:a.xlsx"):
        recommendations.update_recommendation(s, "158.1", text="from the field")
    with pytest.raises(UserError, match="later changes touched the same data"), seeded.transaction() as s:
        changelog.undo_last(s)
    with seeded.transaction() as s:
        changelog.undo_last(s, force=True)


def test_nothing_to_undo(workspace):
    with pytest.raises(UserError, match="nothing to undo"), workspace.transaction() as s:
        changelog.undo_last(s)
