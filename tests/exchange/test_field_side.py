"""The field side: import a received workbook into a local app, work offline, send a return."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from tests.exchange.helpers import merge_one
from tests.exchange.test_roundtrip import _current
from upr_desktop.core.domain.models import Consultation, Recommendation, Workspace
from upr_desktop.core.services import assessments, consultations
from upr_desktop.core.storage.workspace_file import open_workspace
from upr_desktop.exchange.field_side import export_return, import_workbook


def test_import_work_offline_return_and_merge(seeded, exported: Path, tmp_path: Path) -> None:
    field_path = tmp_path / "field" / "acr.uprw"
    result = import_workbook(field_path, exported)
    assert result.created and result.group == "ACR" and result.recommendations == 5
    with open_workspace(field_path) as field:
        with field.session() as s:
            assert s.scalars(select(Workspace.uuid)).one() == seeded.uuid
            assert len(s.scalars(select(Recommendation)).all()) == 5
        assert _current(field, "145.2").status == "partially-implemented"
        with field.transaction() as s:
            assessments.record_assessment(s, ref="145.2", group="ACR", status="fully-implemented", evidence="Act published", assessed_on="2025-07-01")
            consultations.log_consultation(s, held_on="2025-07-02", government_body="Provincial office", kind="meeting", group="ACR", refs=["145.2"])
        ret = tmp_path / "return.xlsx"
        export_return(field, ret)
    # refreshing from the same workbook keeps local work
    again = import_workbook(field_path, exported)
    assert not again.created
    plan = merge_one(seeded, ret)
    assert plan.status == "merged" and not plan.conflicts and not plan.rejected
    assert plan.added == 2
    a = _current(seeded, "145.2")
    assert (a.status, a.evidence, a.assessed_on) == ("fully-implemented", "Act published", date(2025, 7, 1))
    with seeded.session() as s:
        c = s.scalars(select(Consultation).where(Consultation.government_body == "Provincial office")).one()
        assert [r.ref for r in c.recommendations] == ["145.2"] and c.group.acronym == "ACR"


def test_import_into_another_coalition_is_refused(seeded, exported: Path, tmp_path: Path) -> None:
    import pytest

    from upr_desktop.core.storage.workspace_file import create_workspace
    from upr_desktop.errors import UserError

    other = tmp_path / "other.uprw"
    create_workspace(other, name="Other", country="Thailand").close()
    with pytest.raises(UserError, match="not this one"):
        import_workbook(other, exported)
