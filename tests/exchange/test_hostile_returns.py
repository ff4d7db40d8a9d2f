"""Hostile returns from the generated corpus (issue 14): refused before any reader allocates, before
the signature is even checked; rows whose Ref and hidden ID disagree are rejected; macros are named;
the app's own status labels in every shipped language are read back (the alias table of
core.domain.closed_lists, built on the issue-20 and issue-13 branches).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.exchange.helpers import edited, merge_one, preview_one, row_of, set_by_ref
from tests.exchange.test_hostile import counts, rezip
from tests.hostile import corpus
from upr_desktop.core.domain.models import Assessment, Recommendation


def _recommendations_part(path: Path) -> str:
    from upr_desktop.files.sheet_bounds import sheet_parts

    with zipfile.ZipFile(path) as z:
        return sheet_parts(z)["Recommendations"]


def test_span_bomb_in_a_return_is_refused_before_the_signature_is_checked(seeded, exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import python_calamine

    from upr_desktop.exchange import signing

    part = _recommendations_part(exported)
    path = rezip(exported, tmp_path / "bomb.xlsx", {part: lambda _data: corpus.implicit_span_sheet(rows=50_000)})

    def reached(*_a: object, **_k: object) -> None:
        raise AssertionError("calamine or the signature check saw a return that should have been refused first")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", reached)
    monkeypatch.setattr(signing, "verify", reached)
    before = counts(seeded)
    plan = merge_one(seeded, path)
    assert plan.status == "refused"
    assert "sheet 'Recommendations'" in plan.reason and "as far as column" in plan.reason, plan.reason
    assert counts(seeded) == before


def test_far_row_in_a_return_is_refused(seeded, exported: Path, tmp_path: Path) -> None:
    part = _recommendations_part(exported)

    def far(data: bytes) -> bytes:
        return data.replace(b"</sheetData>", b'<row r="500000"><c r="B500000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')

    plan = preview_one(seeded, rezip(exported, tmp_path / "far.xlsx", {part: far}))
    assert plan.status == "refused" and "down to row 500,000, more than the 20,000 rows" in plan.reason, plan.reason


def test_hidden_id_of_another_recommendation_is_a_rejected_cell_naming_both(seeded, exported: Path, tmp_path: Path) -> None:
    """Before: the row's assessment landed on the other recommendation ("merged, 1 added")."""

    def swap(wb) -> None:
        ws = wb["Recommendations"]
        id_col = next(c.column for c in ws[1] if c.value == "ID (do not edit)")
        other = ws.cell(row_of(ws, "Ref", "145.2"), id_col).value
        ws.cell(row_of(ws, "Ref", "145.1"), id_col).value = other
        set_by_ref(wb, "145.1", "Status", "Fully implemented")

    path = edited(exported, tmp_path / "swapped.xlsx", swap)
    with seeded.session() as s:
        before = s.scalar(select(func.count(Assessment.id)))
        rec2 = s.scalar(select(Recommendation.id).where(Recommendation.ref == "145.2"))
    plan = merge_one(seeded, path)
    assert plan.status == "merged"
    assert plan.added == 0
    [rejected] = [r for r in plan.rejected if "hidden ID" in r.reason]
    assert rejected.sheet == "Recommendations"
    assert "Ref is 145.1" in rejected.reason and "recommendation 145.2" in rejected.reason
    assert re.fullmatch(r"[A-Z]+\d+", rejected.cell)
    with seeded.session() as s:
        assert s.scalar(select(func.count(Assessment.id))) == before
        statuses = s.scalars(select(Assessment.status).where(Assessment.recommendation_id == rec2)).all()
        assert "fully-implemented" not in statuses


def test_ref_retyped_with_the_same_id_still_merges_by_id(seeded, exported: Path, tmp_path: Path) -> None:
    """A Ref cell emptied by a person is no evidence against the hidden ID: the row merges as before."""

    def edit(wb) -> None:
        set_by_ref(wb, "145.1", "Status", "Fully implemented")
        set_by_ref(wb, "145.1", "Ref", None)

    assert merge_one(seeded, edited(exported, tmp_path / "noref.xlsx", edit)).added == 1


def test_macro_enabled_return_merges_with_a_note(seeded, exported: Path, tmp_path: Path) -> None:
    changed = edited(exported, tmp_path / "changed.xlsx", lambda wb: set_by_ref(wb, "145.1", "Status", "Unknown"))

    def macro_types(data: bytes) -> bytes:
        return data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")

    path = rezip(changed, tmp_path / "return.xlsm", {"[Content_Types].xml": macro_types}, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 not run"})
    plan = merge_one(seeded, path)
    assert plan.status == "merged" and plan.added == 1
    assert any("macros" in w and "ignored" in w and "return.xlsm" in w for w in plan.warnings), plan.warnings


def test_the_apps_own_labels_in_every_shipped_language_are_read_back(seeded, exported: Path, tmp_path: Path) -> None:
    """Before: the French status labels the app itself shows were refused in a return."""

    def edit(wb) -> None:
        set_by_ref(wb, "145.1", "Status", "Pleinement mise en œuvre")
        set_by_ref(wb, "145.3", "Status", "Aplicada parcialmente")

    plan = merge_one(seeded, edited(exported, tmp_path / "labels.xlsx", edit))
    assert plan.status == "merged" and not [r for r in plan.rejected if "Status" in r.reason or "status" in r.reason], plan.rejected
    with seeded.session() as s:
        statuses = dict(s.execute(select(Recommendation.ref, Recommendation.current_status).where(Recommendation.ref.in_(["145.1", "145.3"]))).all())
    assert statuses == {"145.1": "fully-implemented", "145.3": "partially-implemented"}
