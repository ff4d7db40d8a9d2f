"""Everything works the same on an encrypted workspace: FTS, undo, backups/restore, migrations, import."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from security.support import PASSPHRASE, leaks, raw_bytes
from upr_desktop.core.read import recommendation_list as queries
from upr_desktop.core.services import changelog
from upr_desktop.core.storage import backups, migrator
from upr_desktop.core.domain.models import MemberGroup, Recommendation
from upr_desktop.core.services import groups, recommendations
from upr_desktop.core.storage.workspace_file import (
    Connector,
    WorkspaceFile,
    acquire_lock,
    open_workspace,
    owner_path,
)
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.security import unlock


def _reopen(ws: WorkspaceFile) -> WorkspaceFile:
    key = ws.connector.key
    ws.close()
    return open_workspace(ws.path, key=key)


def test_encrypted_flag(any_workspace: WorkspaceFile, ws_kind: str) -> None:
    assert any_workspace.encrypted == (ws_kind == "encrypted")
    assert cipher.is_encrypted(any_workspace.path) == (ws_kind == "encrypted")


def test_full_text_search(any_workspace: WorkspaceFile) -> None:
    with any_workspace.session() as s:
        ids = s.scalars(queries.filtered_ids(queries.RecommendationFilter(search="Zanzibarite"))).all()
        refs = [s.get(Recommendation, i).ref for i in ids]  # type: ignore[union-attr]
        assert refs == ["145.1"]
        assert s.scalars(queries.filtered_ids(queries.RecommendationFilter(search="Torture"))).all()
        assert not s.scalars(queries.filtered_ids(queries.RecommendationFilter(search="nonexistentword"))).all()
    with any_workspace.transaction() as s:  # triggers keep the index in step
        recommendations.update_recommendation(s, "145.2", text="Abolish the death penalty")
    with any_workspace.session() as s:
        assert len(s.scalars(queries.filtered_ids(queries.RecommendationFilter(search="penalty"))).all()) == 1
        assert not s.scalars(queries.filtered_ids(queries.RecommendationFilter(search="Torture"))).all()


def test_undo_redo(any_workspace: WorkspaceFile) -> None:
    with any_workspace.transaction() as s:
        groups.add_group(s, name="Forum Asia Members", acronym="FAM")
    with any_workspace.transaction() as s:
        changelog.undo_last(s)
    with any_workspace.session() as s:
        assert s.scalars(select(MemberGroup).where(MemberGroup.acronym == "FAM")).first() is None
    ws = _reopen(any_workspace)
    try:
        with ws.transaction() as s:
            changelog.redo_last(s)
        with ws.session() as s:
            assert s.scalars(select(MemberGroup).where(MemberGroup.acronym == "FAM")).first() is not None
    finally:
        ws.close()


def test_backup_and_restore(any_workspace: WorkspaceFile, ws_kind: str) -> None:
    target = backups.backup(any_workspace, reason="manual")
    assert cipher.is_encrypted(target) == (ws_kind == "encrypted")
    if ws_kind == "encrypted":
        assert leaks(raw_bytes(target)) == []
    with any_workspace.transaction() as s:
        recommendations.delete_recommendation(s, "145.2")
    path, connector = any_workspace.path, any_workspace.connector
    any_workspace.close()
    lock = acquire_lock(path)
    try:
        safety = backups.restore(path, target, connector)
    finally:
        owner_path(path).unlink(missing_ok=True)
        lock.release()
    assert safety is not None and cipher.is_encrypted(safety) == (ws_kind == "encrypted")
    with open_workspace(path, key=connector.key) as ws, ws.session() as s:
        assert {r.ref for r in s.scalars(select(Recommendation))} == {"145.1", "145.2"}
        assert s.scalars(queries.filtered_ids(queries.RecommendationFilter(search="Torture"))).all()


def test_restore_refuses_a_backup_under_another_key(any_workspace: WorkspaceFile, ws_kind: str, tmp_path: Path) -> None:
    if ws_kind == "plain":
        pytest.skip("only encrypted workspaces have keys")
    target = backups.backup(any_workspace)
    other = Connector(cipher.new_key_material("a different passphrase"))
    from upr_desktop.errors import UserError

    with pytest.raises(UserError) as info:
        backups._check_backup_readable(target, other)
    assert other.key is not None and other.key.hex() not in str(info.value)


def test_cli_restore(any_workspace: WorkspaceFile, ws_kind: str, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    any_workspace.close()
    cli("backup")
    cli("groups", "add", "Late Group", "--acronym", "LATE")
    cli("restore", "latest")
    listed = cli("groups", "list", json_output=True)
    assert "LATE" not in str(listed) and "QHRL" in str(listed)


def test_migrations_down_and_up(any_workspace: WorkspaceFile) -> None:
    with any_workspace.engine.begin() as conn:
        from alembic import command

        command.downgrade(migrator.alembic_config(conn), "base")
    with any_workspace.engine.connect() as conn:
        assert migrator.current_revision(conn) is None
    with any_workspace.engine.begin() as conn:
        migrator.upgrade(conn)
    with any_workspace.engine.connect() as conn:
        assert migrator.current_revision(conn) == migrator.head_revision()
        assert conn.exec_driver_sql("SELECT count(*) FROM recommendation_fts").scalar() == 0


def test_open_migrates_an_older_encrypted_workspace(any_workspace: WorkspaceFile, ws_kind: str) -> None:
    """An older schema is upgraded on open after a backup made with the same encryption."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrator.alembic_config())
    revisions = [r.revision for r in script.walk_revisions()]
    if len(revisions) < 2:
        pytest.skip("only one schema revision exists so far")
    previous = script.get_revision(migrator.head_revision()).down_revision
    with any_workspace.engine.begin() as conn:
        from alembic import command

        command.downgrade(migrator.alembic_config(conn), str(previous))
    ws = _reopen(any_workspace)
    try:
        with ws.engine.connect() as conn:
            assert migrator.current_revision(conn) == migrator.head_revision()
        made = [b for b in backups.list_backups(ws.path) if b.reason == "before-upgrade"]
        assert made and cipher.is_encrypted(made[0].path) == (ws_kind == "encrypted")
    finally:
        ws.close()


def test_import_a_table(any_workspace: WorkspaceFile, ws_kind: str, tmp_path: Path) -> None:
    from upr_desktop import importers

    source = tmp_path / "matrix.csv"
    with open(source, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Ref", "Recommendation", "Recommending State", "Response"])
        w.writerow(["150.1", "Protect Quetzalcoatl river communities from forced eviction", "Mexico", "Supported"])
        w.writerow(["150.2", "Decriminalise defamation and protect journalists", "Canada", "Noted"])
    report = importers.import_file(any_workspace, source, importers.ImportOptions(format="table"))
    assert report.added == 2, report
    with any_workspace.session() as s:
        ids = s.scalars(queries.filtered_ids(queries.RecommendationFilter(search="Quetzalcoatl"))).all()
        assert len(ids) == 1
    if ws_kind == "encrypted":
        any_workspace.close()
        assert b"Quetzalcoatl" not in raw_bytes(any_workspace.path)
        for b in backups.list_backups(any_workspace.path):
            assert b"Quetzalcoatl" not in raw_bytes(b.path)


def test_export_merge_and_undo_merge(any_workspace: WorkspaceFile, ws_kind: str, tmp_path: Path) -> None:
    """A group's workbook goes out and comes back: merged, backed up first, undoable, on either kind of file."""
    from datetime import date

    import openpyxl

    from upr_desktop.core.domain.models import Assessment, MergeBatch
    from upr_desktop.core.services import assignments
    from upr_desktop.core.services.lookup import recommendations_by_refs
    from upr_desktop.exchange.merge_run import merge_returns
    from upr_desktop.exchange.export import export_workbook
    from upr_desktop.exchange.merge_history import undo_merge

    with any_workspace.transaction() as s:
        assignments.assign(s, "QHRL", recommendations_by_refs(s, ["145.1", "145.2"]))
    sent = tmp_path / "qhrl.xlsx"
    export_workbook(any_workspace, group="QHRL", target=sent)
    wb = openpyxl.load_workbook(sent)
    sheet = wb["Recommendations"]
    headers = {c.value: c.column for c in sheet[1]}
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, headers["Ref"]).value == "145.2")
    sheet.cell(row, headers["Status"]).value = "Fully implemented"
    sheet.cell(row, headers["Evidence"]).value = "Protocol ratified by Pangolin decree"
    returned = tmp_path / "qhrl-returned.xlsx"
    wb.save(returned)
    report = merge_returns(any_workspace, [returned], today=date(2026, 1, 2))
    plan = report.files[0]
    assert plan.status == "merged" and plan.added == 1, plan
    assert report.backup and cipher.is_encrypted(Path(report.backup)) == (ws_kind == "encrypted")
    with any_workspace.session() as s:
        assert s.scalars(select(Assessment).where(Assessment.evidence.like("%Pangolin%"))).first() is not None
        batch_id = s.scalars(select(MergeBatch.id)).one()
    with any_workspace.transaction() as s:
        undo_merge(s, batch_id)
    with any_workspace.session() as s:
        assert s.scalars(select(Assessment).where(Assessment.evidence.like("%Pangolin%"))).first() is None
    if ws_kind == "encrypted":
        any_workspace.close()
        assert b"Pangolin" not in raw_bytes(any_workspace.path)
        assert b"Pangolin" not in raw_bytes(any_workspace.path.with_name(any_workspace.path.name + "-wal"))
