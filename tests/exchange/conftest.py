"""Fixtures for exchange tests: a small coalition with groups, assignments and history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from upr_desktop.core.services import (
    assessments,
    assignments,
    consultations,
    groups,
    recommendations,
)
from upr_desktop.core.storage.workspace_file import WorkspaceFile

REFS = ["145.1", "145.2", "145.3", "145.4", "145.5", "145.6"]


def seed(ws: WorkspaceFile) -> None:
    with ws.transaction() as s:
        groups.add_group(s, name="Action for Children's Rights", acronym="ACR", contact_details="+66 2 555 0101")
        groups.add_group(s, name="Women's Voices", acronym="WV")
        for i, ref in enumerate(REFS):
            recommendations.add_recommendation(
                s, ref=ref, text=f"Recommendation {ref}: ensure the right number {i} is protected.",
                response="supported" if i % 2 == 0 else "noted", recommending_states=["France", "Brazil"][: 1 + i % 2],
                themes=["Children", "Justice"][: 1 + i % 2],
            )
        recs = assignments.select_recommendations(s, refs=REFS[:5])
        assignments.assign(s, "ACR", recs, role="lead")
        assignments.assign(s, "WV", assignments.select_recommendations(s, refs=REFS[3:]), role="support")
        assessments.record_assessment(s, ref="145.1", group="ACR", status="not-implemented", evidence="No law yet", assessed_on="2024-01-10")
        assessments.record_assessment(s, ref="145.2", group="ACR", status="partially-implemented", evidence="Draft bill", sources="Gazette", assessed_on="2024-02-01")
        assessments.record_assessment(s, ref="145.2", group="WV", status="unknown", assessed_on="2024-03-01")
        consultations.log_consultation(
            s, held_on="2024-04-02", government_body="Ministry of Justice", kind="meeting", refs=["145.1", "145.2"],
            group="ACR", coalition_participants="ACR team", government_participants="Deputy Minister X",
            summary="Discussed the bill", commitments="Send draft",
        )
        consultations.add_action(s, description="Send comments on the draft bill", group="ACR", due_date="2030-05-01", refs=["145.2"])
        consultations.log_consultation(s, held_on="2024-05-02", government_body="Ministry of Labour", kind="workshop", group="WV")


@pytest.fixture
def seeded(workspace: WorkspaceFile) -> Iterator[WorkspaceFile]:
    seed(workspace)
    yield workspace


@pytest.fixture
def exported(seeded: WorkspaceFile, tmp_path: Path) -> Path:
    from upr_desktop.exchange.export import export_workbook

    target = tmp_path / "ACR.xlsx"
    export_workbook(seeded, group="ACR", target=target)
    return target
