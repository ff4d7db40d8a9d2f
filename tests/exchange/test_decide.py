"""Deciding conflicts with the merge: one transaction, one Operation per file, undone together (CLI and operations)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.exchange.helpers import column, edited, row_of, set_by_ref
from upr_desktop.core.domain.models import (
    Assessment,
    Consultation,
    MemberGroup,
    MergeBatch,
    MergeConflict,
    Operation,
    Recommendation,
)
from upr_desktop.core.services import assessments, consultations
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.operations.workspace import open_workspace
from upr_desktop.errors import UserError
from upr_desktop.operations import exchange


def status_of(ws: WorkspaceFile, ref: str) -> str | None:
    with ws.session() as s:
        q = (select(Assessment.status).join(Recommendation, Recommendation.id == Assessment.recommendation_id)
             .join(MemberGroup, MemberGroup.id == Assessment.group_id).where(Recommendation.ref == ref, MemberGroup.acronym == "ACR")
             .order_by(Assessment.assessed_on.desc(), Assessment.id.desc()))
        return s.scalars(q).first()


def summary_of(ws: WorkspaceFile) -> str:
    with ws.session() as s:
        return s.scalars(select(Consultation.summary).where(Consultation.government_body == "Ministry of Justice")).one()


@pytest.fixture
def conflicting(seeded: WorkspaceFile, exported: Path, tmp_path: Path) -> Path:
    """A return that conflicts with the secretariat on 145.1's status and the Ministry of Justice summary."""
    with seeded.transaction() as s:
        assessments.record_assessment(s, ref="145.1", group="ACR", status="fully-implemented", assessed_on="2025-01-01")
        c = s.scalars(select(Consultation).where(Consultation.government_body == "Ministry of Justice")).one()
        consultations.update_consultation(s, c, summary="Secretariat's summary")

    def edit(wb) -> None:
        set_by_ref(wb, "145.1", "Status", "Partially implemented")
        set_by_ref(wb, "145.3", "Comment", "A new comment")  # not a conflict: merged as it is
        cons = wb["Consultations"]
        cons.cell(row_of(cons, "Government body", "Ministry of Justice"), column(cons, "Summary")).value = "Member's summary"

    return edited(exported, tmp_path / "ACR-return.xlsx", edit)


def write_decisions(path: Path, decisions: object) -> Path:
    path.write_text(json.dumps(decisions), encoding="utf-8")
    return path


def test_cli_decides_and_merges_in_one_transaction_and_undo_undoes_both(seeded, conflicting: Path, tmp_path: Path, cli) -> None:
    preview = exchange.preview_merge(seeded, [conflicting]).files[0]
    summary = next(c for c in preview.conflicts if c.field == "summary")
    decisions = write_decisions(tmp_path / "decisions.json", {"decisions": [
        {"ref": "145.1", "field": "status", "take": "theirs"},
        {"file": conflicting.name, "sheet": "Consultations", "cell": summary.cell, "field": "summary",
         "take": "edited", "value": "Both summaries, agreed by phone"},
    ]})
    with seeded.session() as s:
        operations_before = s.scalar(select(func.count(Operation.id)))
    seeded.close()

    dry = cli("merge", "--dry-run", str(conflicting), "--decide", str(decisions), json_output=True)
    assert dry["files"][0]["status"] == "dry-run"
    assert sorted(c["decision"] for c in dry["files"][0]["conflicts"]) == ["edited", "theirs"]
    with open_workspace(seeded.path) as ws:  # the dry run wrote nothing
        assert status_of(ws, "145.1") == "fully-implemented" and summary_of(ws) == "Secretariat's summary"

    out = cli("merge", str(conflicting), "--decide", str(decisions), json_output=True)
    assert out["files"][0]["status"] == "merged"
    text = cli("conflicts", "list")
    assert "No conflicts waiting" in text
    with open_workspace(seeded.path) as ws:
        assert status_of(ws, "145.1") == "partially-implemented"
        assert summary_of(ws) == "Both summaries, agreed by phone"
        with ws.session() as s:
            # the merge and both decisions: one Operation, no separate decision
            assert s.scalar(select(func.count(Operation.id))) == operations_before + 1
            assert s.scalars(select(Operation.source).order_by(Operation.id.desc())).first() == f"merge:{conflicting.name}"
            assert sorted(s.scalars(select(MergeConflict.resolution))) == ["edited", "theirs"]

    cli("merges", "undo", "1")
    with open_workspace(seeded.path) as ws:  # undoing the merge undid the decisions with it
        assert status_of(ws, "145.1") == "fully-implemented"
        assert summary_of(ws) == "Secretariat's summary"
        with ws.session() as s:
            merged = s.scalars(select(Operation).where(Operation.source == f"merge:{conflicting.name}")).one()
            assert merged.state == "undone"


def test_undecided_conflicts_follow_prefer_or_wait(seeded, conflicting: Path, tmp_path: Path) -> None:
    decisions = [exchange.decision("ours", "status", ref="145.1")]
    report = exchange.merge(seeded, [conflicting], decisions=decisions).result
    plan = report.files[0]
    assert plan.status == "merged" and plan.resolved == 1
    assert status_of(seeded, "145.1") == "fully-implemented"  # kept ours
    left = exchange.list_conflicts(seeded)
    assert [c.field for c in left] == ["summary"]  # no decision, no --prefer: waits for a person


def test_decisions_with_prefer_for_the_rest(seeded, conflicting: Path) -> None:
    outcome = exchange.merge(seeded, [conflicting], decisions=[exchange.decision("theirs", "status", ref="145.1")], prefer="ours")
    assert outcome.result.files[0].resolved == 2
    assert status_of(seeded, "145.1") == "partially-implemented" and summary_of(seeded) == "Secretariat's summary"
    assert exchange.list_conflicts(seeded) == []
    assert outcome.touches("assessments", "merges")


def test_a_decision_matching_nothing_refuses_the_whole_merge(seeded, conflicting: Path, tmp_path: Path, cli) -> None:
    decisions = write_decisions(tmp_path / "d.json", [{"ref": "145.1", "field": "status", "take": "theirs"},
                                                      {"ref": "999.9", "field": "status", "take": "ours"}])
    seeded.close()
    err = cli("merge", str(conflicting), "--decide", str(decisions), expect=1)
    assert "d.json, decision 2" in err and "999.9" in err and "matches no conflict" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    with open_workspace(seeded.path) as ws:
        with ws.session() as s:
            assert s.scalar(select(func.count(MergeBatch.id))) == 0
        assert status_of(ws, "145.1") == "fully-implemented"


def test_an_edited_value_that_is_not_valid_names_the_decision_and_the_cell(seeded, conflicting: Path, tmp_path: Path, cli) -> None:
    decisions = write_decisions(tmp_path / "d.json", [{"ref": "145.1", "field": "status", "take": "edited", "value": "Mostly done"}])
    seeded.close()
    err = cli("merge", str(conflicting), "--decide", str(decisions), expect=1)
    assert "d.json, decision 1" in err and "Recommendations!" in err and "Mostly done" in err
    with open_workspace(seeded.path) as ws, ws.session() as s:
        assert s.scalar(select(func.count(MergeBatch.id))) == 0


def test_decisions_file_mistakes_are_one_line_errors(seeded, conflicting: Path, tmp_path: Path, cli) -> None:
    seeded.close()
    cases = {
        "broken.json": ('{"decisions": [', "not valid JSON"),
        "take.json": (json.dumps([{"ref": "145.1", "field": "status", "take": "mine"}]), "'take' must be ours, theirs or edited"),
        "where.json": (json.dumps([{"field": "status", "take": "ours"}]), "by 'sheet' and 'cell', or by 'ref'"),
        "value.json": (json.dumps([{"ref": "145.1", "field": "status", "take": "edited"}]), "needs the 'value'"),
        "keys.json": (json.dumps([{"ref": "145.1", "field": "status", "take": "ours", "colour": "red"}]), "unknown key(s) colour"),
        "shape.json": (json.dumps({"ref": "145.1"}), "expected a list of decisions"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        err = cli("merge", str(conflicting), "--decide", str(path), expect=1)
        assert message in err and name in err, (name, err)
    err = cli("merge", str(conflicting), "--decide", str(tmp_path / "missing.json"), expect=1)
    assert "Cannot read the decisions file" in err


def test_two_decisions_that_disagree_on_one_conflict(seeded, conflicting: Path) -> None:
    both = [exchange.decision("theirs", "status", ref="145.1", source="first"),
            exchange.decision("ours", "status", sheet="Recommendations", cell=next(
                c.cell for c in exchange.preview_merge(seeded, [conflicting]).files[0].conflicts if c.field == "status"),
                source="second")]
    with pytest.raises(UserError, match="first and second decide the same conflict"):
        exchange.merge(seeded, [conflicting], decisions=both)
    assert status_of(seeded, "145.1") == "fully-implemented"


def test_a_decision_names_the_sheet_as_the_groups_workbook_shows_it(seeded: WorkspaceFile, tmp_path: Path) -> None:
    """A French return's conflict is where the person sees it: "Recommandations!D2". Such a decision matched
    no conflict (they are filed under the English sheet name), so the merge with it was refused."""
    from upr_desktop.exchange.export import export_workbook

    french = tmp_path / "ACR-fr.xlsx"
    export_workbook(seeded, group="ACR", target=french, language="fr")
    with seeded.transaction() as s:
        assessments.record_assessment(s, ref="145.1", group="ACR", status="fully-implemented", assessed_on="2025-01-01")

    def edit(wb) -> None:
        sheet = wb["Recommandations"]
        sheet.cell(row_of(sheet, "Réf.", "145.1"), column(sheet, "Statut")).value = "Partiellement mise en œuvre"

    returned = edited(french, tmp_path / "retour.xlsx", edit)
    preview = exchange.preview_merge(seeded, [returned]).files[0]
    (conflict,) = preview.conflicts
    assert preview.sheet_titles.get(conflict.sheet, conflict.sheet) == "Recommandations"  # as the lines show it
    decisions = [exchange.decision("theirs", "status", sheet="Recommandations", cell=conflict.cell)]
    result = exchange.merge(seeded, [returned], decisions=decisions).result
    assert result.files[0].status == "merged"
    assert status_of(seeded, "145.1") == "partially-implemented"
