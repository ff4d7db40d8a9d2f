"""Round trips: export -> edit like a person -> merge, for every kind of edit, conflicts and undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.exchange.helpers import (
    add_row,
    column,
    edited,
    merge_one,
    preview_one,
    row_of,
    set_by_ref,
)
from upr_desktop.core.domain.models import (
    Assessment,
    ChangeLog,
    Consultation,
    FollowUpAction,
    MergeBatch,
    MergeConflict,
    Recommendation,
)
from upr_desktop.core.services import assessments, consultations
from upr_desktop.errors import UserError
from upr_desktop.exchange import conflicts
from upr_desktop.exchange import merge_history as history


def _current(ws, ref: str, acronym: str = "ACR") -> Assessment | None:
    with ws.session() as s:
        rec = s.scalars(select(Recommendation).where(Recommendation.ref == ref)).one()
        from upr_desktop.core.services.lookup import group_by_acronym

        return assessments.latest_assessment(s, rec, group_by_acronym(s, acronym).id)


def test_status_evidence_sources_comment_and_date(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        set_by_ref(wb, "145.1", "Status", "Partially implemented")
        set_by_ref(wb, "145.1", "Evidence", "Bill tabled in parliament")
        set_by_ref(wb, "145.3", "Status", "fully implemented")  # lenient spelling
        set_by_ref(wb, "145.3", "Assessment date", date(2025, 3, 4))
        set_by_ref(wb, "145.4", "Status", "Unknown")
        set_by_ref(wb, "145.4", "Sources", "Radio")
        set_by_ref(wb, "145.4", "Comment", "Ask again")
        set_by_ref(wb, "145.4", "Assessment date", "2025-05-06")

    plan = merge_one(seeded, edited(exported, tmp_path / "r.xlsx", edit), today=date(2026, 1, 2))
    assert plan.status == "merged" and plan.added == 3 and not plan.conflicts and not plan.rejected
    a1 = _current(seeded, "145.1")
    assert (a1.status, a1.evidence, a1.assessed_on) == ("partially-implemented", "Bill tabled in parliament", date(2026, 1, 2))
    a3 = _current(seeded, "145.3")
    assert (a3.status, a3.assessed_on) == ("fully-implemented", date(2025, 3, 4))
    a4 = _current(seeded, "145.4")
    assert (a4.status, a4.sources, a4.comment, a4.assessed_on) == ("unknown", "Radio", "Ask again", date(2025, 5, 6))
    with seeded.session() as s:
        batch = s.scalars(select(MergeBatch)).one()
        assert batch.group_id is not None and batch.added == 3 and len(batch.sha256) == 64
        sources = set(s.scalars(select(ChangeLog.source).where(ChangeLog.operation_id == batch.operation_id)))
        assert sources == {"merge:r.xlsx"}
        assert a1.group_id == batch.group_id


def test_consultation_and_action_edits_and_additions(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        cons = wb["Consultations"]
        r = row_of(cons, "Government body", "Ministry of Justice")
        cons.cell(r, column(cons, "Summary")).value = "Agreed to a second meeting"
        cons.cell(r, column(cons, "Recommendations discussed (refs)")).value = "145.1; 145.3"
        add_row(wb, "Consultations", {"Date": "2025-02-03", "Government body": "Parliament", "Kind": "Workshop",
                                      "Recommendations discussed (refs)": "145.4", "Summary": "Briefed MPs"})
        acts = wb["Follow-up actions"]
        r = row_of(acts, "Action", "Send comments on the draft bill")
        acts.cell(r, column(acts, "Status")).value = "Done"
        add_row(wb, "Follow-up actions", {"Action": "Lobby the senate", "Due date": date(2030, 1, 1), "Linked refs": "145.2"})

    path = edited(exported, tmp_path / "r.xlsx", edit)
    preview = preview_one(seeded, path)
    assert preview.status == "dry-run" and preview.added == 2 and preview.updated == 2
    with seeded.session() as s:
        assert s.scalars(select(Consultation).where(Consultation.government_body == "Parliament")).first() is None
    plan = merge_one(seeded, path)
    assert plan.status == "merged" and (plan.added, plan.updated) == (2, 2), plan.rejected
    with seeded.session() as s:
        old = s.scalars(select(Consultation).where(Consultation.government_body == "Ministry of Justice")).one()
        assert old.summary == "Agreed to a second meeting"
        assert [r.ref for r in old.recommendations] == ["145.1", "145.3"]
        new = s.scalars(select(Consultation).where(Consultation.government_body == "Parliament")).one()
        assert new.kind == "workshop" and new.held_on == date(2025, 2, 3) and [r.ref for r in new.recommendations] == ["145.4"]
        assert new.group.acronym == "ACR"
        act = s.scalars(select(FollowUpAction).where(FollowUpAction.description == "Send comments on the draft bill")).one()
        assert act.status == "done"
        new_act = s.scalars(select(FollowUpAction).where(FollowUpAction.description == "Lobby the senate")).one()
        assert new_act.status == "open" and new_act.due_date == date(2030, 1, 1)
    # the same content saved again (a different file) adds nothing: deterministic ids
    again = merge_one(seeded, edited(path, tmp_path / "again.xlsx", lambda wb: wb["Read me"].cell(60, 1, "saved again")))
    assert again.status == "merged" and again.added == 0 and again.updated == 0


def test_same_file_twice_is_already_merged(seeded, exported: Path, tmp_path: Path, cli) -> None:
    path = edited(exported, tmp_path / "r.xlsx", lambda wb: set_by_ref(wb, "145.1", "Status", "Fully implemented"))
    seeded.close()
    first = cli("merge", str(path), json_output=True)
    assert first["files"][0]["status"] == "merged"
    second = cli("merge", str(path), json_output=True)
    f = second["files"][0]
    assert set(f) == {"file", "group", "export_id", "status", "filled_in_by", "added", "updated", "conflicts", "rejected"}
    assert f["status"] == "already-merged" and f["added"] == 0
    listed = cli("merges", "list", json_output=True)
    assert len(listed["merges"]) == 1
    assert set(listed["merges"][0]) == {"id", "file", "group", "merged_at", "added", "updated", "conflicts", "undone", "rejected"}


def test_old_export_vs_secretariat_edit_is_a_conflict(seeded, exported: Path, tmp_path: Path) -> None:
    with seeded.transaction() as s:
        assessments.record_assessment(s, ref="145.1", group="ACR", status="fully-implemented", assessed_on="2025-01-01")
        c = s.scalars(select(Consultation).where(Consultation.government_body == "Ministry of Justice")).one()
        consultations.update_consultation(s, c, summary="Secretariat's summary")

    def edit(wb):
        set_by_ref(wb, "145.1", "Status", "Partially implemented")
        set_by_ref(wb, "145.2", "Evidence", "Same change")
        cons = wb["Consultations"]
        cons.cell(row_of(cons, "Government body", "Ministry of Justice"), column(cons, "Summary")).value = "Member's summary"

    path = edited(exported, tmp_path / "r.xlsx", edit)
    plan = merge_one(seeded, path)
    fields = {(c.ref, c.field): c for c in plan.conflicts}
    assert set(fields) == {("145.1", "status"), ("2024-04-02 Ministry of Justice", "summary")}
    status = fields[("145.1", "status")]
    assert (status.base, status.ours, status.theirs) == ("not-implemented", "fully-implemented", "partially-implemented")
    assert status.sheet == "Recommendations" and status.cell.startswith("D")
    assert _current(seeded, "145.1").status == "fully-implemented"  # left for a person
    assert _current(seeded, "145.2").evidence == "Same change"
    with seeded.transaction() as s:
        pending = conflicts.list_conflicts(s)
        assert len(pending) == 2
        by_field = {c.field: c for c in pending}
        conflicts.resolve(s, by_field["status"].id, take="theirs")
        conflicts.resolve(s, by_field["summary"].id, take="edited", value="Both summaries")
        with pytest.raises(UserError, match="already resolved"):
            conflicts.resolve(s, by_field["status"].id, take="ours")
    assert _current(seeded, "145.1").status == "partially-implemented"
    with seeded.session() as s:
        assert s.scalars(select(Consultation.summary).where(Consultation.government_body == "Ministry of Justice")).one() == "Both summaries"
        assert conflicts.list_conflicts(s) == []


@pytest.mark.parametrize("prefer,expected", [("ours", "fully-implemented"), ("theirs", "partially-implemented")])
def test_prefer(seeded, exported: Path, tmp_path: Path, prefer: str, expected: str) -> None:
    with seeded.transaction() as s:
        assessments.record_assessment(s, ref="145.1", group="ACR", status="fully-implemented", assessed_on="2025-01-01")
    path = edited(exported, tmp_path / "r.xlsx", lambda wb: set_by_ref(wb, "145.1", "Status", "Partially implemented"))
    plan = merge_one(seeded, path, prefer=prefer)
    assert len(plan.conflicts) == 1
    assert _current(seeded, "145.1").status == expected
    with seeded.session() as s:
        c = s.scalars(select(MergeConflict)).one()
        assert c.resolution == prefer
        assert conflicts.list_conflicts(s) == []


def test_undo_merge_and_merge_again(seeded, exported: Path, tmp_path: Path, cli) -> None:
    def edit(wb):
        set_by_ref(wb, "145.1", "Status", "Fully implemented")
        add_row(wb, "Follow-up actions", {"Action": "Write to the minister"})

    path = edited(exported, tmp_path / "r.xlsx", edit)
    merge_one(seeded, path)
    assert _current(seeded, "145.1").status == "fully-implemented"
    seeded.close()
    undone = cli("merges", "undo", "1", json_output=True)
    assert undone["undone"] is True
    shown = cli("merges", "show", "1", json_output=True)
    assert shown["undone"] is True and any(c["entity"] == "assessment" for c in shown["changes"])
    from upr_desktop.operations.workspace import open_workspace

    with open_workspace(seeded.path) as ws:
        assert _current(ws, "145.1").status == "not-implemented"
        with ws.session() as s:
            assert s.scalars(select(FollowUpAction).where(FollowUpAction.description == "Write to the minister")).first() is None
    again = cli("merge", str(path), json_output=True)
    assert again["files"][0]["status"] == "merged" and again["files"][0]["added"] == 2


def test_undo_after_later_edits_refuses_unless_forced(seeded, exported: Path, tmp_path: Path) -> None:
    def edit(wb):
        cons = wb["Consultations"]
        cons.cell(row_of(cons, "Government body", "Ministry of Justice"), column(cons, "Summary")).value = "From the return"

    merge_one(seeded, edited(exported, tmp_path / "r.xlsx", edit))
    with seeded.transaction() as s:
        c = s.scalars(select(Consultation).where(Consultation.government_body == "Ministry of Justice")).one()
        consultations.update_consultation(s, c, summary="Edited later by the secretariat")
    with seeded.transaction() as s:
        batch_id = history.list_merges(s)[0].id
        with pytest.raises(UserError, match="later changes") as err:
            history.undo_merge(s, batch_id)
        assert "consultation" in str(err.value) and "summary" in str(err.value)
    with seeded.transaction() as s:
        history.undo_merge(s, batch_id, force=True)
    with seeded.session() as s:
        assert s.scalars(select(Consultation.summary).where(Consultation.government_body == "Ministry of Justice")).one() == "Discussed the bill"
        assert history.list_merges(s)[0].undone


def test_cli_conflicts_list_and_resolve(seeded, exported: Path, tmp_path: Path, cli) -> None:
    with seeded.transaction() as s:
        assessments.record_assessment(s, ref="145.2", group="ACR", status="unknown", evidence="Ours", assessed_on="2025-01-01")
    path = edited(exported, tmp_path / "r.xlsx", lambda wb: (set_by_ref(wb, "145.2", "Evidence", "Theirs"), set_by_ref(wb, "145.2", "Status", "Fully implemented")))
    seeded.close()
    out = cli("merge", "--dry-run", str(path), json_output=True)
    assert out["files"][0]["status"] == "dry-run"
    assert {c["field"] for c in out["files"][0]["conflicts"]} == {"status", "evidence"}
    cli("merge", str(path))
    listed = cli("conflicts", "list", json_output=True)["conflicts"]
    assert len(listed) == 2
    one = cli("conflicts", "resolve", str(listed[0]["id"]), "--take", "ours", json_output=True)
    assert one["resolution"] == "ours"
    cli("conflicts", "resolve", "--all", "--take", "theirs")
    assert cli("conflicts", "list", json_output=True)["conflicts"] == []
    cli("conflicts", "resolve", "--all", "--value", "x", expect=1)
