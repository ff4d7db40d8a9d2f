"""The merge's fast paths write exactly what the slower ORM paths they replaced would have written."""

from __future__ import annotations

import pytest

import json
import uuid
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from upr_desktop.core.services import changelog
from upr_desktop.core.services.changelog import change, insert_many, row_snapshot, to_json
from upr_desktop.core.domain.models import Assessment, ChangeLog, Recommendation
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.exchange import workbook_writer, writes
from upr_desktop.exchange.export import canonical_payload
from upr_desktop.exchange.merge_planner import ROW_NAMESPACE, _uuid5, deterministic_uuid


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_row_ids_are_uuid5_of_the_row(name: str) -> None:
    try:
        expected = str(uuid.uuid5(ROW_NAMESPACE, name))
    except UnicodeEncodeError:  # lone surrogates: both refuse them
        return
    assert _uuid5(name) == expected


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=12), st.text(max_size=30), max_size=6))
def test_row_ids_hash_the_canonical_payload(values: dict[str, str]) -> None:
    body = canonical_payload({k: v for k, v in values.items() if v})
    try:
        expected = str(uuid.uuid5(ROW_NAMESPACE, f"E|S|{body}"))
    except UnicodeEncodeError:
        return
    assert deterministic_uuid("E", "S", values) == expected


def test_bulk_assessments_read_back_as_the_orm_writes_them(seeded: WorkspaceFile) -> None:
    with seeded.transaction() as s:
        rec = s.scalars(select(Recommendation).where(Recommendation.ref == "145.3")).one()
        row = writes.assessment_row(str(uuid.uuid4()), rec.id, None, {"status": "fully-implemented", "evidence": "Law 12", "sources": "", "comment": "ok"}, date(2024, 6, 30))  # type: ignore[arg-type]
        with change(s, "test", source="test") as log:
            assert writes.insert_assessments(s, log, [row]) == 1
        s.expire_all()
        stored = s.scalars(select(Assessment).where(Assessment.uuid == row["uuid"])).one()
        assert (stored.status, stored.assessed_on, stored.evidence, stored.sources, stored.comment) == ("fully-implemented", date(2024, 6, 30), "Law 12", None, "ok")
        assert stored.confidential is False and isinstance(stored.recorded_at, datetime)
        # the trigger-maintained column saw the insert
        assert s.scalars(select(Recommendation.current_status).where(Recommendation.id == rec.id)).one() == "fully-implemented"
        logged = s.scalars(select(ChangeLog).where(ChangeLog.entity == "assessment", ChangeLog.entity_uuid == row["uuid"])).one()
        assert logged.entity_id == stored.id and logged.op == "create"
        assert json.loads(logged.new_value or "") == json.loads(to_json(row_snapshot(stored)))


@pytest.mark.needs_file  # SQLite's stored form of dates and flags
def test_insert_many_converts_values_like_the_orm(seeded: WorkspaceFile) -> None:
    at = datetime(2025, 1, 2, 3, 4, 5)  # no microseconds: SQLAlchemy still stores ".000000"
    with seeded.transaction() as s:
        rec_id = s.scalars(select(Recommendation.id)).first()
        rows = [{"uuid": str(uuid.uuid4()), "recommendation_id": rec_id, "group_id": None, "status": "unknown",
                 "assessed_on": date(2023, 1, d), "evidence": None, "sources": None, "comment": None,
                 "confidential": d % 2 == 0, "recorded_at": at, "recorded_by": "me"} for d in (1, 2)]
        insert_many(s, Assessment.__table__, rows[:1])
        s.add(Assessment(**rows[1]))
        s.flush()
        raw = s.connection().exec_driver_sql(
            "SELECT assessed_on, confidential, recorded_at FROM assessment WHERE uuid IN (?, ?) ORDER BY assessed_on",
            (rows[0]["uuid"], rows[1]["uuid"]),
        ).all()
    assert [tuple(r) for r in raw] == [("2023-01-01", 0, "2025-01-02 03:04:05.000000"), ("2023-01-02", 1, "2025-01-02 03:04:05.000000")]


def test_sheets_written_in_memory_match_openpyxl_save(exported: Path, tmp_path: Path) -> None:
    wb = load_workbook(exported)
    wb.save(tmp_path / "warm.xlsx")  # openpyxl's first save of a loaded workbook settles a few attributes
    wb.save(tmp_path / "openpyxl.xlsx")
    workbook_writer.save(wb, tmp_path / "ours.xlsx")
    with zipfile.ZipFile(tmp_path / "openpyxl.xlsx") as a, zipfile.ZipFile(tmp_path / "ours.xlsx") as b:
        assert a.namelist() == b.namelist()
        assert all(a.read(n) == b.read(n) for n in a.namelist())


def test_new_ids_fall_back_to_uuids_when_not_sequential(seeded: WorkspaceFile) -> None:
    with seeded.transaction() as s:
        rec_ids = list(s.scalars(select(Recommendation.id)))[:3]
        rows = [writes.assessment_row(str(uuid.uuid4()), rid, None, {"status": "unknown"}, date(2024, 1, 1)) | {"confidential": False, "recorded_at": datetime(2025, 1, 1)}  # type: ignore[arg-type]
                for rid in rec_ids]
        last = s.scalars(select(Assessment.id).order_by(Assessment.id.desc())).first() or 0
        insert_many(s, Assessment.__table__, rows)
        truth = dict(s.execute(select(Assessment.uuid, Assessment.id).where(Assessment.id > last)).all())
        assert changelog.new_ids(s, Assessment.__table__, rows, last) == truth  # the sequential case
        assert changelog.new_ids(s, Assessment.__table__, rows, last - 1) == truth  # check fails: read back by uuid
        assert changelog.new_ids(s, Assessment.__table__, rows[::-1], last) == truth  # order differs: read back by uuid


def _derived_and_counts(s: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    derived = s.execute(select(Recommendation.ref, Recommendation.current_status, Recommendation.last_assessed_on).order_by(Recommendation.ref)).all()
    counts = s.connection().exec_driver_sql("SELECT figure, item, status, supported, n FROM figure_tally WHERE n != 0 ORDER BY 1, 2, 3, 4").all()
    return [tuple(r) for r in derived], [tuple(r) for r in counts]


def test_many_assessments_keep_status_and_counts_as_the_triggers_do_row_by_row(seeded: WorkspaceFile, monkeypatch: pytest.MonkeyPatch) -> None:
    """A merge's many new assessments: the status and the Dashboard counts are brought up to date set-based (SQLite),
    and come out as the row-by-row triggers leave them (older and newer dates, two groups, every status)."""
    statuses = ["not-implemented", "partially-implemented", "fully-implemented", "unknown"]
    with seeded.session() as s:
        before = _derived_and_counts(s)
    results = []
    for bulk_from in (1, 10**9):  # set-based, then row by row
        monkeypatch.setattr(writes, "BULK_STATUS_FROM", bulk_from)
        with seeded.session() as s:
            recs = s.execute(select(Recommendation.id, Recommendation.ref).order_by(Recommendation.ref)).all()
            group_ids = [g for (g,) in s.execute(select(Assessment.group_id).distinct()).all() if g is not None]
            rows = [writes.assessment_row(str(uuid.UUID(int=n * 100 + i + 1)), rec_id, group_ids[i % len(group_ids)],
                                          {"status": statuses[(i * 7 + n) % 4], "evidence": f"E{i}"}, date(2023 + (i * 5 + n) % 3, 1 + i % 12, 1))
                    for n, (rec_id, _ref) in enumerate(recs[:5]) for i in range(n, n + 4)]
            with change(s, "test", source="test") as log:
                assert writes.insert_assessments(s, log, rows) == len(rows)
            results.append(_derived_and_counts(s))
            if seeded.engine.dialect.name == "sqlite":
                names = {n for (n,) in s.connection().exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
                assert {writes.STATUS_TRIGGER, "figure_tally_recommendation_au"} <= names  # set back
            s.rollback()
    assert results[0] == results[1]
    assert results[0][0] != before[0] and results[0][1] != before[1]  # statuses, dates and counts did change


@pytest.mark.needs_file  # SQLite's triggers, set aside in the transaction
def test_a_failed_bulk_of_assessments_leaves_triggers_and_counts_as_they_were(seeded: WorkspaceFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writes, "BULK_STATUS_FROM", 1)
    with seeded.session() as s:
        before = _derived_and_counts(s)
        triggers = s.connection().exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()
    with pytest.raises(Exception, match="UNIQUE"):
        with seeded.transaction() as s:
            rec_id = s.scalars(select(Recommendation.id)).first()
            same = str(uuid.uuid4())
            rows = [writes.assessment_row(same, rec_id, None, {"status": "unknown"}, date(2024, 1, 1))] * 2  # type: ignore[arg-type]
            with change(s, "test", source="test") as log:
                writes.insert_assessments(s, log, rows)
    with seeded.session() as s:
        assert _derived_and_counts(s) == before
        assert s.connection().exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() == triggers
