"""Record versions (migration 0010): raised by the database on every change a person sees, compared by every save.

The same checks run on a PostgreSQL server in tests/server/test_edit_conflicts.py (slow).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, update

from tests.exchange.conftest import seed
from upr_desktop.core.domain.models import Consultation, FollowUpAction, Recommendation
from upr_desktop.core.services import assessments, changelog, recommendations
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import EditConflict
from upr_desktop.operations import actions as action_ops
from upr_desktop.operations import consultations as consultation_ops
from upr_desktop.operations import recommendations as recommendation_ops


def _version(ws: WorkspaceFile, ref: str = "145.1") -> int:
    with ws.session() as s:
        return int(s.scalar(select(Recommendation.version).where(Recommendation.ref == ref)))


def versions_follow_what_people_see(ws: WorkspaceFile) -> None:
    seed(ws)
    assert _version(ws) == 1
    edited = recommendation_ops.edit_recommendation(ws, "145.1", text="Changed once").result
    assert edited.version == 2 == _version(ws)
    assert recommendation_ops.edit_recommendation(ws, "145.1", text="Changed once").result.version == 2  # nothing changed
    with ws.transaction() as s:  # a derived column (status) changes: an open editor's copy is not stale
        assessments.record_assessment(s, ref="145.1", group="ACR", status="fully-implemented", assessed_on="2025-02-01")
    assert _version(ws) == 2
    with ws.session() as s:
        before = {"consultation": dict(s.execute(select(Consultation.id, Consultation.version)).all()),
                  "action": dict(s.execute(select(FollowUpAction.id, FollowUpAction.version)).all())}
    with ws.transaction() as s:  # whoever writes, even past the services (an import, a merge): the database raises it
        s.execute(update(Recommendation).where(Recommendation.ref == "145.1").values(response="noted"))
        s.execute(update(Consultation).values(summary="Bulk"))
        s.execute(update(FollowUpAction).values(status="done"))
    assert _version(ws) == 3
    with ws.session() as s:
        assert dict(s.execute(select(Consultation.id, Consultation.version)).all()) == {k: v + 1 for k, v in before["consultation"].items()}
        assert dict(s.execute(select(FollowUpAction.id, FollowUpAction.version)).all()) == {k: v + 1 for k, v in before["action"].items()}
    recommendation_ops.edit_recommendation(ws, "145.1", text="Changed again")
    assert _version(ws) == 4
    with ws.transaction() as s:
        assert changelog.undo_last(s).label == "Edit recommendation 145.1"  # an undo is a change too
    assert _version(ws) == 5


def a_stale_save_is_refused_and_named(ws: WorkspaceFile) -> None:
    seed(ws)
    # A recommendation: the version read, then someone's edit, then the save of the stale copy.
    read = _version(ws, "145.2")
    recommendation_ops.edit_recommendation(ws, "145.2", text="Their wording", expected_version=read)
    with pytest.raises(EditConflict, match=r"recommendation 145\.2 \(text\)"):
        recommendation_ops.edit_recommendation(ws, "145.2", text="My wording", expected_version=read)
    assert recommendation_ops.list_recommendations(ws, search="Their wording")[0].ref == "145.2"
    # A follow-up action, as the dialog saves it.
    (row,) = action_ops.list_actions(ws).rows
    action_ops.edit_action(ws, row.id, expected_version=row.version, description="Their description")
    with pytest.raises(EditConflict, match=r"\(description\)"):
        action_ops.edit_action(ws, row.id, expected_version=row.version, status="done")
    # A consultation, as its form saves it.
    first = consultation_ops.list_consultations(ws)[0]
    mine = consultation_ops.consultation_detail(ws, first.id)
    consultation_ops.save_consultation(ws, replace(consultation_ops.consultation_detail(ws, first.id), summary="Theirs"))
    with pytest.raises(EditConflict, match=r"\(summary\)"):
        consultation_ops.save_consultation(ws, replace(mine, commitments="Mine"))
    assert consultation_ops.consultation_detail(ws, first.id).commitments == mine.commitments != "Mine"


def test_versions_follow_what_people_see(workspace: WorkspaceFile) -> None:
    versions_follow_what_people_see(workspace)


def test_a_stale_save_is_refused_and_named(workspace: WorkspaceFile) -> None:
    a_stale_save_is_refused_and_named(workspace)


def test_the_command_line_edits_only_the_version_it_was_told(workspace: WorkspaceFile, cli) -> None:  # type: ignore[no-untyped-def]
    seed(workspace)
    workspace.close()  # the command line opens the file itself
    listed = cli("recommendations", "list", "--search", "145.3", json_output=True)["recommendations"]
    version = [r for r in listed if r["ref"] == "145.3"][0]["version"]
    out = cli("recommendations", "edit", "145.3", "--text", "First", "--if-version", str(version), json_output=True)
    assert out["version"] == version + 1 and out["changed"]
    refused = cli("recommendations", "edit", "145.3", "--text", "Second", "--if-version", str(version), expect=1)
    assert "recommendation 145.3 (text)" in refused and "Traceback" not in refused
    assert len(refused.strip().splitlines()) == 1
    assert cli("recommendations", "list", "--search", "First", json_output=True)["recommendations"][0]["ref"] == "145.3"


def test_a_version_is_compared_under_the_row_s_lock(workspace: WorkspaceFile) -> None:
    seed(workspace)
    with workspace.transaction() as s:
        rec = s.scalars(select(Recommendation).where(Recommendation.ref == "145.4")).one()
        recommendations.update_recommendation(s, "145.4", text="Edited", expected_version=rec.version)
    assert _version(workspace, "145.4") == 2


def test_a_consultation_s_version_follows_the_recommendations_it_discussed(workspace: WorkspaceFile) -> None:
    from upr_desktop.core.read.followup_lists import RecommendationHit

    seed(workspace)
    row = consultation_ops.list_consultations(workspace)[0]
    opened = consultation_ops.consultation_detail(workspace, row.id)
    consultation_ops.save_consultation(workspace, replace(opened, recommendations=[*opened.recommendations, RecommendationHit("145.3", "")]))
    assert consultation_ops.consultation_detail(workspace, row.id).version > (opened.version or 0)
    with pytest.raises(EditConflict, match="linked refs"):
        consultation_ops.save_consultation(workspace, replace(opened, summary="Mine"))
