"""Group loads, the one consultation list and the one action list (with the one overdue rule), and their operations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from upr_desktop.core.domain import deadlines
from upr_desktop.core.read import followup_lists as followup
from upr_desktop.core.read.group_loads import group_loads
from upr_desktop.core.services import (
    assessments,
    assignments,
    consultations,
    groups,
    recommendations,
)
from upr_desktop.errors import NotFound, UserError
from upr_desktop.operations import actions
from upr_desktop.operations import consultations as consultation_ops
from upr_desktop.operations.outcome import ACTIONS, CONSULTATIONS

TODAY = date(2026, 5, 1)


@pytest.fixture
def coalition(workspace):
    with workspace.transaction() as s:
        groups.add_group(s, name="Women's Rights Network", acronym="WRN")
        groups.add_group(s, name="Children First", acronym="CF")
        for n, text in enumerate(["Ratify the Optional Protocol against Torture", "Protect women from violence", "Free primary education"], 1):
            recommendations.add_recommendation(s, ref=f"115.{n}", text=text, response="supported", recommending_states=["France"], cycle=2)
        assignments.assign(s, "WRN", assignments.select_recommendations(s, refs=["115.1", "115.2"]), due_date=date(2026, 3, 1))
        assignments.assign(s, "CF", assignments.select_recommendations(s, refs=["115.3"]), due_date=date(2026, 12, 1))
        assessments.record_assessment(s, ref="115.1", group="WRN", status="partially-implemented", assessed_on=date(2026, 2, 1))
        c = consultations.log_consultation(s, held_on=date(2026, 2, 10), government_body="Ministry of Justice", kind="meeting", refs=["115.1"], group="WRN")
        consultations.add_action(s, description="Send the draft law comments", group="WRN", due_date=date(2026, 4, 1), consultation=c, refs=["115.2"])
        consultations.add_action(s, description="Plan a workshop", group="CF", due_date=date(2026, 4, 1), status="done")
        consultations.add_action(s, description="Write to the ministry", due_date=None)
    return workspace


def test_group_loads_count_assigned_assessed_and_overdue(coalition) -> None:
    with coalition.session() as s:
        loads = {g.acronym: g for g in group_loads(s, today=TODAY)}
    wrn, cf = loads["WRN"], loads["CF"]
    assert (wrn.assigned, wrn.assessed, wrn.overdue_assessments, wrn.open_actions, wrn.overdue_actions) == (2, 1, 1, 1, 1)
    assert wrn.overdue == 2
    assert (cf.assigned, cf.assessed, cf.overdue_assessments, cf.open_actions, cf.overdue_actions) == (1, 0, 0, 0, 0)


def test_action_list_filters_by_group_status_and_overdue(coalition) -> None:
    with coalition.session() as s:
        everything = followup.action_list(s, today=TODAY)
        assert [a.description for a in everything][-1] == "Write to the ministry"  # no due date: last
        overdue = followup.action_list(s, followup.ActionFilter(overdue_only=True), today=TODAY)
        assert [(a.description, a.refs, a.consultation) for a in overdue] == [("Send the draft law comments", ["115.2"], "2026-02-10 Ministry of Justice")]
        assert [a.description for a in followup.action_list(s, followup.ActionFilter(group="cf"), today=TODAY)] == ["Plan a workshop"]
        assert [a.description for a in followup.action_list(s, followup.ActionFilter(group=followup.NO_GROUP), today=TODAY)] == ["Write to the ministry"]
        assert [a.description for a in followup.action_list(s, followup.ActionFilter(status="done"), today=TODAY)] == ["Plan a workshop"]


def test_consultation_list_detail_search_and_bodies(coalition) -> None:
    (row,) = consultation_ops.list_consultations(coalition)
    assert (row.government_body, row.group, row.recommendations, row.actions) == ("Ministry of Justice", "WRN", 1, 1)
    assert row.refs == ["115.1"] and len(row.uuid) == 36
    detail = consultation_ops.consultation_detail(coalition, row.id)
    assert [h.ref for h in detail.recommendations] == ["115.1"]
    choices = consultation_ops.consultation_choices(coalition)
    assert choices.bodies == ["Ministry of Justice"] and choices.groups == ["CF", "WRN"]
    assert [h.ref for h in consultation_ops.search_recommendations(coalition, "prim educ")] == ["115.3"]
    assert consultation_ops.search_recommendations(coalition, "  ") == []
    with pytest.raises(NotFound, match="no longer exists"):
        consultation_ops.consultation_detail(coalition, 999)


def test_save_consultation_edits_and_refuses_a_future_date(coalition) -> None:
    detail = consultation_ops.consultation_detail(coalition, consultation_ops.list_consultations(coalition)[0].id)
    edited = replace(detail, group="CF", summary="Agreed to meet again", recommendations=[followup.RecommendationHit("115.3", "")])
    outcome = consultation_ops.save_consultation(coalition, edited)
    assert outcome.result.id == detail.id and outcome.touches(CONSULTATIONS) and not outcome.touches(ACTIONS)
    again = consultation_ops.consultation_detail(coalition, detail.id)
    assert (again.group, again.summary, [h.ref for h in again.recommendations]) == ("CF", "Agreed to meet again", ["115.3"])
    cleared = consultation_ops.save_consultation(coalition, replace(again, group=None)).result
    assert cleared.group is None
    # A consultation is logged once it has taken place: the real calendar, from the app and the command line alike.
    future = replace(detail, id=None, held_on=date.today() + timedelta(days=31))
    with pytest.raises(UserError, match="future"):
        consultation_ops.save_consultation(coalition, future)
    with pytest.raises(UserError, match="future"):
        consultation_ops.log_consultation(coalition, held_on=(date.today() + timedelta(days=1)).isoformat(), government_body="MoJ",
                                          kind="meeting")
    assert len(consultation_ops.list_consultations(coalition)) == 1


def test_delete_consultation_keeps_its_actions(coalition) -> None:
    (row,) = consultation_ops.list_consultations(coalition)
    outcome = consultation_ops.delete_consultation(coalition, row.id)
    assert outcome.touches(CONSULTATIONS) and outcome.touches(ACTIONS)  # its actions lose their consultation
    assert consultation_ops.list_consultations(coalition) == []
    kept = [a for a in actions.list_actions(coalition).rows if a.description == "Send the draft law comments"]
    assert kept and kept[0].consultation_id is None and kept[0].consultation == ""


def test_edit_action_can_clear_the_group(coalition) -> None:
    with coalition.session() as s:
        action = followup.action_list(s, followup.ActionFilter(group="WRN"), today=TODAY)[0]
    row = actions.edit_action(coalition, action.id, group=None, status="done").result
    assert (row.group, row.status, row.overdue) == (None, "done", False)
    again = actions.edit_action(coalition, action.id, group="cf").result  # any case, as typed
    assert (again.group, again.status) == ("CF", "done")
    assert actions.mark_done(coalition, action.id).result.status == "done"
    actions.delete_action(coalition, action.id)
    with pytest.raises(NotFound):
        actions.edit_action(coalition, action.id, status="open")


def test_add_action_through_the_operation(coalition) -> None:
    (consultation,) = consultation_ops.list_consultations(coalition)
    added = actions.add_action(coalition, description="Call the ministry", group="WRN", due_date="2020-01-01",
                               consultation_id=consultation.id, refs=["115.1,115.3"]).result
    assert added.refs == ["115.1", "115.3"] and added.overdue  # a real workspace: the situation day is today
    assert added.consultation == "2026-02-10 Ministry of Justice"
    listed = actions.list_actions(coalition)
    assert listed.as_of == date.today() and added.id in {a.id for a in listed.rows}
    assert listed.overdue == sum(a.overdue for a in listed.rows) >= 1


def test_the_one_overdue_rule() -> None:
    day = date(2026, 3, 31)
    assert deadlines.action_overdue(date(2026, 3, 30), "open", day)
    assert deadlines.action_overdue(date(2026, 3, 30), "in-progress", day)
    assert not deadlines.action_overdue(date(2026, 3, 31), "open", day)  # due today is not late yet
    assert not deadlines.action_overdue(date(2026, 3, 30), "done", day)
    assert not deadlines.action_overdue(None, "open", day)
    assert deadlines.action_due_soon(day, "open", day) and deadlines.action_due_soon(day + timedelta(days=30), "open", day)
    assert not deadlines.action_due_soon(day + timedelta(days=31), "open", day)
    assert not deadlines.action_due_soon(day - timedelta(days=1), "open", day)
