"""Property tests: random edits on random exports merge to what a reference model predicts,
and merging the same return twice equals merging it once."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.conftest import copy_workspace
from tests.exchange.conftest import REFS, seed
from tests.exchange.helpers import column, merge_one, set_by_ref
from tests.exchange.test_roundtrip import _current
from upr_desktop.core.domain.models import Assessment, Consultation
from upr_desktop.core.services import assessments
from upr_desktop.core.storage.workspace_file import open_workspace
from upr_desktop.exchange.export import export_workbook

STATUS = {"Not implemented": "not-implemented", "Partially implemented": "partially-implemented",
          "Fully implemented": "fully-implemented", "Unknown": "unknown"}
EXPORTED = REFS[:5]
TEXT = st.text(alphabet=st.sampled_from(list("abc xyzกขคမ")), min_size=1, max_size=12).map(str.strip).filter(bool)
EDIT = st.fixed_dictionaries({}, optional={"Status": st.sampled_from(list(STATUS)), "Evidence": TEXT, "Comment": TEXT})
OURS = st.fixed_dictionaries({}, optional={"status": st.sampled_from(list(STATUS.values())), "evidence": TEXT})


@pytest.fixture(scope="module")
def seeded_template(workspace_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The exchange tests' small coalition, seeded once; each example merges into its own copy."""
    path = copy_workspace(workspace_template, tmp_path_factory.mktemp("seeded") / "seeded.uprw")
    with open_workspace(path) as ws:
        seed(ws)
    return path


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(theirs=st.dictionaries(st.sampled_from(EXPORTED), EDIT, max_size=5), ours=st.dictionaries(st.sampled_from(EXPORTED), OURS, max_size=3),
       new_rows=st.lists(st.tuples(st.sampled_from(["Meeting", "Workshop"]), TEXT), max_size=3), prefer=st.sampled_from([None, "ours", "theirs"]))
def test_merge_matches_reference_model(seeded_template: Path, theirs, ours, new_rows, prefer) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        ws = open_workspace(copy_workspace(seeded_template, tmp_path / "w.uprw"))
        try:
            export = tmp_path / "x.xlsx"
            export_workbook(ws, group="ACR", target=export)
            base = {ref: _snapshot(ws, ref) for ref in EXPORTED}
            for ref, change in ours.items():  # the secretariat works on after the export
                with ws.transaction() as s:
                    now = {**base[ref], **change}
                    assessments.record_assessment(s, ref=ref, group="ACR", status=now["status"] or "unknown",
                                                  evidence=now["evidence"], comment=now["comment"], sources=now["sources"], assessed_on="2025-01-01")
            ours_now = {ref: _snapshot(ws, ref) for ref in EXPORTED}
            wb = openpyxl.load_workbook(export)
            for ref, edit in theirs.items():
                for header, value in edit.items():
                    set_by_ref(wb, ref, header, value)
            cons = wb["Consultations"]
            for i, (kind, body) in enumerate(new_rows):
                r = 3 + i
                cons.cell(r, column(cons, "Date")).value = "2025-02-0" + str(i + 1)
                cons.cell(r, column(cons, "Government body")).value = body
                cons.cell(r, column(cons, "Kind")).value = kind
            ret = tmp_path / "r.xlsx"
            wb.save(ret)
            expected = {}
            for ref in EXPORTED:
                b, o = base[ref], ours_now[ref]
                t = dict(b)
                for header, value in theirs.get(ref, {}).items():
                    t[header.lower()] = STATUS.get(value, value)
                result = dict(o)
                for f in ("status", "evidence", "sources", "comment"):
                    if t[f] == b[f] or t[f] == o[f]:
                        continue
                    if o[f] == b[f] or prefer == "theirs":
                        result[f] = t[f]
                if result != o and not result["status"]:
                    result = dict(o)  # an assessment needs a status: the row is rejected
                expected[ref] = result
            with ws.session() as s:
                cons_before = s.scalar(select(func.count(Consultation.id)))
            plan = merge_one(ws, ret, prefer=prefer, today=date(2026, 1, 1))
            assert plan.status == "merged"
            assert all("needs a Status" in r.reason for r in plan.rejected)
            assert {ref: _snapshot(ws, ref) for ref in EXPORTED} == expected
            distinct_rows = {(i, k, b) for i, (k, b) in enumerate(new_rows)}  # each row has its own date
            with ws.session() as s:
                assert s.scalar(select(func.count(Consultation.id))) == cons_before + len(distinct_rows)
                n_assessments = s.scalar(select(func.count(Assessment.id)))
            # merging the same content again (another copy of the file) changes nothing
            wb2 = openpyxl.load_workbook(ret)
            wb2["Read me"].cell(70, 1, "copy")
            wb2.save(tmp_path / "r2.xlsx")
            again = merge_one(ws, tmp_path / "r2.xlsx", prefer=prefer, today=date(2026, 1, 1))
            assert again.added == 0 and again.updated == 0
            assert {ref: _snapshot(ws, ref) for ref in EXPORTED} == expected
            with ws.session() as s:
                assert s.scalar(select(func.count(Assessment.id))) == n_assessments
                assert s.scalar(select(func.count(Consultation.id))) == cons_before + len(distinct_rows)
            assert merge_one(ws, ret).status == "already-merged"
        finally:
            ws.close()


def _snapshot(ws, ref: str) -> dict[str, str]:
    """The group's status now, and the evidence, sources and comment that stand: the newest it gave for each
    (an assessment that changed only the status records none of its own)."""
    a = _current(ws, ref)
    if a is None:
        return {"status": "", "evidence": "", "sources": "", "comment": ""}
    with ws.session() as s:
        rows = s.scalars(select(Assessment).where(Assessment.recommendation_id == a.recommendation_id,
                                                  Assessment.group_id == a.group_id)
                         .order_by(Assessment.assessed_on, Assessment.id)).all()
        standing = {f: next((getattr(r, f) for r in reversed(rows) if getattr(r, f)), "") for f in ("evidence", "sources", "comment")}
    return {"status": a.status, **standing}
