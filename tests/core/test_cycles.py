"""Issue 17: several cycles of one State in one workspace, response history, links to earlier cycles."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from upr_desktop.core.domain.models import RecommendationLink, ResponseChange
from upr_desktop.core.read.response_history import decided_later, steps_of, story
from upr_desktop.core.services import recommendation_links, recommendations
from upr_desktop.core.services.changelog import undo_last
from upr_desktop.core.services.lookup import recommendation_by_ref
from upr_desktop.errors import UserError
from upr_desktop.importers import ImportOptions, import_file
from upr_desktop.operations import importing
from upr_desktop.operations import workspace as workspace_ops

HEADER = "Recommendation ID,State under Review,Recommendation,Recommending State,Response,Action,Issues,Session\n"
CYCLE_1 = [
    "101,Albania,Ratify the Optional Protocol to the Convention against Torture,Denmark,Accepted,5,Torture and other CID treatment,6",
    "102,Albania,Adopt and implement robust measures to better address domestic violence,Canada,Accepted,4,Women's rights,6",
    "103,Albania,Take measures to improve the conditions in prisons,Netherlands,Noted,3,Detention conditions,6",
]
CYCLE_2 = [
    "201,Albania,Strengthen measures to combat domestic violence and violence against women,Canada,Pending,4,Women's rights,19",
    "202,Albania,Continue to improve detention conditions in prisons and pre-trial facilities,Netherlands,Pending,3,Detention conditions,19",
    "203,Albania,Ensure free birth registration for all Roma children,Mexico,Accepted,5,Rights of the Child,19",
]


def write(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def albania(workspace):
    """The test workspace following Albania (its template follows Thailand)."""
    with workspace.transaction() as s:
        s.connection().exec_driver_sql("UPDATE workspace SET state_under_review = 'Albania'")
    return workspace


def test_two_cycles_go_into_one_workspace_and_a_newer_export_keeps_the_response_history(albania, tmp_path: Path) -> None:
    assert import_file(albania, write(tmp_path / "c1.csv", CYCLE_1)).added == 3
    assert import_file(albania, write(tmp_path / "c2.csv", CYCLE_2)).added == 3
    adopted = [row.replace("Pending", "Noted" if row.startswith("202") else "Accepted") for row in CYCLE_2]
    report = import_file(albania, write(tmp_path / "c2-adopted.csv", adopted), ImportOptions(responses_on=date(2014, 9, 18)))
    assert report.updated == 2
    with albania.session() as s:
        assert s.scalar(select(func.count()).select_from(ResponseChange)) == 2
        rec = recommendation_by_ref(s, "202")
        [step] = steps_of(s, [rec.id])[rec.id]
        assert (step.old, step.new, step.changed_on, step.source) == ("pending", "noted", date(2014, 9, 18), "import:c2-adopted.csv")
        assert story(rec.response, [step]) == "pending until 18 Sep 2014, then noted"
        assert story("supported", []) == "supported"
        ids = [recommendation_by_ref(s, ref).id for ref in ("201", "202", "203")]
        counted = decided_later(s, ids)
        assert (counted.supported, counted.noted, counted.still_pending) == (1, 1, 0)
    data = workspace_ops.export_json(albania)
    by_ref = {r["ref"]: r for r in data["recommendations"]}
    assert by_ref["202"]["response_history"] == [{"from": "pending", "to": "noted", "on": "2014-09-18", "source": "import:c2-adopted.csv"}]
    assert by_ref["203"]["response_history"] == []
    # Undoing the newer import takes its response changes back with it.
    importing.undo_import(albania, report.import_run_id)
    with albania.session() as s:
        assert s.scalar(select(func.count()).select_from(ResponseChange)) == 0
        assert recommendation_by_ref(s, "202").response == "pending"


def test_an_edited_response_is_kept_in_the_history_and_undone_with_the_edit(albania, tmp_path: Path) -> None:
    import_file(albania, write(tmp_path / "c2.csv", CYCLE_2))
    with albania.transaction() as s:
        recommendations.update_recommendation(s, "201", response="supported", response_on=date(2017, 3, 1))
    with albania.session() as s:
        rec = recommendation_by_ref(s, "201")
        assert story(rec.response, steps_of(s, [rec.id])[rec.id]) == "pending until 1 Mar 2017, then supported"
    with albania.transaction() as s:
        undo_last(s)
    with albania.session() as s:
        assert recommendation_by_ref(s, "201").response == "pending"
        assert steps_of(s) == {}


def test_a_link_is_confirmed_rejected_undone_and_exported(albania, tmp_path: Path) -> None:
    import_file(albania, write(tmp_path / "c1.csv", CYCLE_1))
    import_file(albania, write(tmp_path / "c2.csv", CYCLE_2))
    with albania.transaction() as s:
        later, earlier, other = (recommendation_by_ref(s, r).id for r in ("201", "102", "101"))
        pair = recommendation_links.LinkDecision(later, earlier, 0.8)
        assert recommendation_links.decide(s, [pair], "confirmed") == 1
        assert recommendation_links.decide(s, [pair], "confirmed") == 0  # already so: no step for Undo
        recommendation_links.decide(s, [recommendation_links.LinkDecision(later, other, 0.3)], "rejected")
    data = workspace_ops.export_json(albania)
    assert {r["ref"]: r["recommended_before"] for r in data["recommendations"]}["201"] == ["102"]
    assert sorted((link["predecessor_ref"], link["status"]) for link in data["recommendation_links"]) == [("101", "rejected"), ("102", "confirmed")]
    with albania.transaction() as s:
        undo_last(s)  # the rejection
        undo_last(s)  # the confirmation
    with albania.session() as s:
        assert s.scalar(select(func.count()).select_from(RecommendationLink)) == 0


def test_links_only_point_to_an_earlier_cycle_of_the_same_state(albania, tmp_path: Path) -> None:
    import_file(albania, write(tmp_path / "c1.csv", CYCLE_1))
    import_file(albania, write(tmp_path / "c2.csv", CYCLE_2))
    with albania.transaction() as s:
        later, earlier, same_cycle = (recommendation_by_ref(s, r).id for r in ("201", "102", "202"))
        with pytest.raises(UserError, match="earlier cycle"):
            recommendation_links.decide(s, [recommendation_links.LinkDecision(earlier, later)], "confirmed")
        with pytest.raises(UserError, match="earlier cycle"):
            recommendation_links.decide(s, [recommendation_links.LinkDecision(later, same_cycle)], "confirmed")
        with pytest.raises(UserError, match="either confirmed or rejected"):
            recommendation_links.decide(s, [recommendation_links.LinkDecision(later, earlier)], "maybe")


def test_migration_0009_upgrades_a_0008_workspace(workspace_template: Path, tmp_path: Path) -> None:
    from tests.conftest import copy_workspace
    from upr_desktop.core.storage.workspace_file import open_workspace

    path = copy_workspace(workspace_template, tmp_path / "old.uprw")
    conn = sqlite3.connect(path)
    with conn:
        from upr_desktop.core.storage import record_versions

        record_versions.remove(conn.execute, "sqlite")  # 0010 taken back first
        conn.execute("DROP TABLE response_change")
        conn.execute("DROP TABLE recommendation_link")
        conn.execute("DROP INDEX ix_recommendation_state_cycle")
        conn.execute("UPDATE alembic_version SET version_num = '0008'")
    conn.close()
    ws = open_workspace(path)
    try:
        with ws.session() as s:
            assert s.scalar(select(func.count()).select_from(RecommendationLink)) == 0
    finally:
        ws.close()


def test_the_dashboard_counts_one_cycle_or_all(albania, tmp_path: Path) -> None:
    from upr_desktop.operations import dashboard

    import_file(albania, write(tmp_path / "c1.csv", CYCLE_1))
    import_file(albania, write(tmp_path / "c2.csv", CYCLE_2))

    def responses(cycle: int | None) -> dict[str, int]:
        figures = dashboard.figures(albania, dashboard.Scope(cycle=cycle))
        return {c.key: c.count for c in figures.by_response if c.count}

    assert responses(None) == {"supported": 3, "noted": 1, "pending": 2}
    assert responses(1) == {"supported": 2, "noted": 1}
    assert responses(2) == {"supported": 1, "pending": 2}


def test_an_exchange_workbook_of_one_cycle(albania, tmp_path: Path) -> None:
    """export-workbook --cycle: the group's recommendations of that cycle, and the consultations and actions about them."""
    from openpyxl import load_workbook

    from upr_desktop.exchange import layout
    from upr_desktop.operations import actions, assignments, consultations, exchange, groups

    import_file(albania, write(tmp_path / "c1.csv", CYCLE_1))
    import_file(albania, write(tmp_path / "c2.csv", CYCLE_2))
    groups.add_group(albania, name="Women's Rights Network", acronym="WRN")
    assignments.assign(albania, "WRN", refs=["102", "201", "202"])
    actions.add_action(albania, description="Brief on the domestic violence law", group="WRN", refs=["102"])
    actions.add_action(albania, description="Visit pre-trial facilities", group="WRN", refs=["202"])
    consultations.log_consultation(albania, held_on="2016-05-02", government_body="Ministry of Justice", kind="meeting",
                                   refs=["201"], group="WRN")


    second = exchange.export_workbook(albania, group="WRN", target=tmp_path / "wrn-2.xlsx", cycle=2).result
    assert (second.recommendations, second.consultations, second.actions) == (2, 1, 1)
    first = exchange.export_workbook(albania, group="WRN", target=tmp_path / "wrn-1.xlsx", cycle=1).result
    assert (first.recommendations, first.consultations, first.actions) == (1, 0, 1)
    every = exchange.export_workbook(albania, group="WRN", target=tmp_path / "wrn.xlsx").result
    assert (every.recommendations, every.consultations, every.actions) == (3, 1, 2)
    assert layout.RECOMMENDATIONS_SHEET in load_workbook(tmp_path / "wrn-2.xlsx").sheetnames
    with pytest.raises(UserError, match="no recommendations of cycle 3"):
        exchange.export_workbook(albania, group="WRN", target=tmp_path / "wrn-3.xlsx", cycle=3)
    assert [r.group for r in exchange.export_all(albania, tmp_path / "all-1", cycle=1).result] == ["WRN"]


def test_decided_at_adoption_counts_the_decision_taken_then_not_a_later_change(albania, tmp_path: Path) -> None:
    """Defect: "decided at adoption" counted each recommendation first left pending under its response today: one noted
    at the adoption and supported at a mid-term update counted as supported at the adoption."""
    import_file(albania, write(tmp_path / "c2.csv", CYCLE_2))
    with albania.transaction() as s:
        recommendations.update_recommendation(s, "202", response="noted", response_on=date(2014, 9, 18))  # the adoption
        recommendations.update_recommendation(s, "202", response="supported", response_on=date(2017, 3, 1))  # mid-term
    with albania.session() as s:
        counted = decided_later(s, [recommendation_by_ref(s, ref).id for ref in ("201", "202", "203")])
    assert (counted.supported, counted.noted, counted.still_pending, counted.noted_then_supported) == (0, 1, 1, 1)
