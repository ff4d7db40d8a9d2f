"""Group loads, consultation and action rows for the GUI pages, computed in SQL."""

from __future__ import annotations

from datetime import date

import pytest

from upr_desktop.core.read import followup_lists as followup
from upr_desktop.core.read.group_loads import group_loads
from upr_desktop.core.services import (
    assessments,
    assignments,
    consultations,
    groups,
    recommendations,
)
from upr_desktop.errors import UserError

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


def test_consultation_rows_detail_search_and_bodies(coalition) -> None:
    with coalition.session() as s:
        (row,) = followup.consultation_rows(s)
        assert (row.government_body, row.group, row.recommendations, row.actions) == ("Ministry of Justice", "WRN", 1, 1)
        detail = followup.consultation_detail(s, row.id)
        assert [h.ref for h in detail.recommendations] == ["115.1"]
        assert followup.government_bodies(s) == ["Ministry of Justice"]
        assert [h.ref for h in followup.search_recommendations(s, "prim educ")] == ["115.3"]
        assert followup.search_recommendations(s, "  ") == []


def test_save_consultation_edits_and_refuses_a_future_date(coalition) -> None:
    with coalition.session() as s:
        detail = followup.consultation_detail(s, followup.consultation_rows(s)[0].id)
    from dataclasses import replace

    edited = replace(detail, group="CF", summary="Agreed to meet again", recommendations=[followup.RecommendationHit("115.3", "")])
    with coalition.transaction() as s:
        followup.save_consultation(s, edited, today=TODAY)
    with coalition.session() as s:
        again = followup.consultation_detail(s, detail.id)
    assert (again.group, again.summary, [h.ref for h in again.recommendations]) == ("CF", "Agreed to meet again", ["115.3"])
    future = replace(detail, id=None, held_on=date(2026, 6, 1))
    with pytest.raises(UserError, match="future"), coalition.transaction() as s:
        followup.save_consultation(s, future, today=TODAY)
    with coalition.session() as s:
        assert len(followup.consultation_rows(s)) == 1


def test_edit_action_can_clear_the_group(coalition) -> None:
    with coalition.session() as s:
        action = followup.action_list(s, followup.ActionFilter(group="WRN"), today=TODAY)[0]
    with coalition.transaction() as s:
        followup.edit_action(s, action.id, clear_group=True, status="done")
    with coalition.session() as s:
        (row,) = [a for a in followup.action_list(s, today=TODAY) if a.id == action.id]
    assert (row.group, row.status, row.overdue) == (None, "done", False)
