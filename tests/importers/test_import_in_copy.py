"""An import that at least doubles the workspace is built into a copy and swapped in; anything else writes in place.

The copy-built workspace holds exactly what the same rows imported row by row hold (rows, links, change log,
dashboard counts, full-text hits); its old file becomes the pre-import backup byte for byte; a failed, cancelled
or killed (kill -9) build leaves the workspace byte for byte as it was.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import LEGACY_HEADERS, write_xlsx

from upr_desktop.core.storage.copy_build import building_path
from upr_desktop.core.storage.workspace_file import open_workspace
from upr_desktop.errors import Cancelled, UserError
from upr_desktop.importers import ImportOptions, import_file
from upr_desktop.importers.write_plan import BULK_FTS_FROM
from upr_desktop.settings import Settings

STATES = ["France", "Mexico", "Germany", "Norway", "Japan", "Brazil", "Kenya", "Chile"]
ISSUES = ["Torture and other CID treatment", "Death penalty", "Women's rights", "Justice", "Land rights", "Labour",
          "Freedom of the press", "Rights of the Child"]
WORDS = ["ratify", "protect", "women", "children", "torture", "police", "education", "migrants", "journalists", "land"]


def rows(count: int, start: int = 0) -> list[list[object]]:
    made = []
    for i in range(start, start + count):
        words = " ".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 7))
        issues = ", ".join(dict.fromkeys((ISSUES[i % 8], ISSUES[(i // 3) % 8])))
        made.append(["Thailand", "Asia", "", f"Recommendation {i}: {words}", STATES[i % 8], "WEOG", "",
                     ("Accepted", "Noted", "Supported")[i % 3], i % 5 + 1, issues, (12, 25, 39)[i % 3]])
    return made


def export(path: Path, body: list[list[object]]) -> Path:
    return write_xlsx(path, [LEGACY_HEADERS, *body], sheet="UPR Info database export")


def file_bytes(path: Path) -> dict[str, bytes]:
    """The workspace file and whatever SQLite keeps beside it (none once it is closed)."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.name.startswith((path.name, f".{path.name}")) and p.is_file()
            and not p.name.endswith((".lock", ".owner"))}


def closed_bytes(workspace) -> tuple[Path, dict[str, bytes]]:
    path = workspace.path
    workspace.close()
    return path, file_bytes(path)


def backups_of(path: Path) -> list[Path]:
    folder = path.parent / "backups"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def contents(path: Path, key: bytes | None = None) -> dict[str, object]:
    """What the import stored, in the terms a person sees (theme ids differ with the order themes were first met)."""
    from upr_desktop.core.storage import sqlcipher as cipher

    conn = cipher.connect(path, key) if key else sqlite3.connect(path)
    try:
        q = lambda sql: sorted(conn.execute(sql).fetchall())  # noqa: E731
        return {
            "recommendations": q("SELECT id, ref, source_key, source_format, text, state_under_review, recommending_states, response, "
                                 "action_category, session, cycle, theme_cluster, confidential FROM recommendation"),
            "themes": q("SELECT name, code FROM theme"),
            "theme links": q("SELECT l.recommendation_id, t.name FROM recommendation_theme l JOIN theme t ON t.id = l.theme_id"),
            "other links": q("SELECT 'sdg', recommendation_id, sdg_id FROM recommendation_sdg UNION ALL "
                             "SELECT 'group', recommendation_id, affected_group_id FROM recommendation_affected_group"),
            "change log": q("SELECT entity, entity_id, op, field, old_value, new_value FROM change_log WHERE entity = 'recommendation'"),
            "themes logged": q("SELECT json_extract(new_value, '$.name') FROM change_log WHERE entity = 'theme'"),
            "counts": q("SELECT f.figure, coalesce(t.name, f.item), f.status, f.supported, f.n FROM figure_tally f "
                        "LEFT JOIN theme t ON f.figure = 'theme' AND t.id = f.item WHERE f.n != 0"),
            "full-text hits": {word: q(f"SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH '{word}'") for word in WORDS},
            "schema": q("SELECT type, name, tbl_name, sql FROM sqlite_master"),  # triggers and indexes set aside are back
            "operations": q("SELECT id, kind, state, source FROM operation"),
            "import runs": q("SELECT id, format, added, updated, unchanged, skipped, operation_id FROM import_run"),
            "integrity": conn.execute("PRAGMA integrity_check").fetchall(),
            "foreign keys": conn.execute("PRAGMA foreign_key_check").fetchall(),
            "full-text config": q("SELECT k, v FROM recommendation_fts_config"),  # the bulk insert's own settings are not kept
            "full-text index": conn.execute("INSERT INTO recommendation_fts(recommendation_fts) VALUES ('integrity-check')").rowcount,
        }
    finally:
        conn.close()


@pytest.mark.needs_file  # about the workspace file, its copy and its backup
@pytest.mark.parametrize("driver", ["apsw", "sqlite3"])
def test_a_workspace_built_in_a_copy_holds_what_row_by_row_imports_hold(workspace, workspace_template, tmp_path: Path, driver: str,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_desktop.core.storage import copy_build

    if driver == "apsw":
        pytest.importorskip("apsw")
    used: list[str] = []
    chosen = copy_build.bulk_driver
    monkeypatch.setattr(copy_build, "bulk_driver", lambda copy: used.append(driver if chosen(copy) == "apsw" else chosen(copy)) or used[-1])
    body = rows(BULK_FTS_FROM + 100)
    whole = export(tmp_path / "whole.xlsx", body)
    path, before = closed_bytes(workspace)
    with open_workspace(path) as ws:
        report = import_file(ws, whole, ImportOptions(all_states=True))
    assert report.added == len(body) and not building_path(path).exists()
    backup = Path(report.backup)
    assert backup.read_bytes() == before[path.name]  # the old file became the backup, as it was

    other = tmp_path / "by-row" / "w.uprw"
    other.parent.mkdir()
    other.write_bytes(workspace_template.read_bytes())
    half = len(body) // 2
    assert half < BULK_FTS_FROM  # so each import below writes row by row, in place
    with open_workspace(other) as ws:
        for name, part in (("first.xlsx", body[:half]), ("second.xlsx", body[half:])):
            import_file(ws, export(tmp_path / name, part), ImportOptions(all_states=True))
    assert used == [driver]  # the bulk insert went through that connection (and only the copy's build used one)
    built, by_row = contents(path), contents(other)  # read back by Python's sqlite3, whatever built the file
    assert built["integrity"] == [("ok",)] and built["foreign keys"] == []
    assert len(built["recommendations"]) == len(body) and len(built["theme links"]) > len(body)
    assert all(built["full-text hits"].values())
    # One import here, two there: one operation and one run each, all in effect.
    assert built.pop("operations") == [(1, "import", "done", "import:whole.xlsx")] and {o[2] for o in by_row.pop("operations")} == {"done"}
    assert built.pop("import runs") == [(1, "upr-info", len(body), 0, 0, 0, 1)] and len(by_row.pop("import runs")) == 2
    for key in built:
        assert built[key] == by_row[key], key


@pytest.mark.needs_file  # about the workspace file, its copy and its backup
def test_a_smaller_import_writes_in_place_after_a_backup_copy(workspace, tmp_path: Path) -> None:
    import_file(workspace, export(tmp_path / "first.xlsx", rows(BULK_FTS_FROM + 10)), ImportOptions(all_states=True))
    inode = workspace.path.stat().st_ino
    report = import_file(workspace, export(tmp_path / "more.xlsx", rows(BULK_FTS_FROM + 5, start=10_000)), ImportOptions(all_states=True))
    assert report.added == BULK_FTS_FROM + 5
    assert workspace.path.stat().st_ino == inode  # written in place: the table did not double


def cancel_when_adding() -> tuple[threading.Event, object]:
    flag = threading.Event()

    def progress(_done: int, _total: int, stage: str) -> None:
        if stage == "Adding recommendations":
            flag.set()

    return flag, progress


@pytest.mark.needs_file  # about the workspace file, its copy and its backup
def test_a_cancelled_build_leaves_the_workspace_byte_for_byte(workspace, tmp_path: Path) -> None:
    source = export(tmp_path / "big.xlsx", rows(BULK_FTS_FROM + 100))
    path, before = closed_bytes(workspace)
    flag, progress = cancel_when_adding()
    with open_workspace(path) as ws, pytest.raises(Cancelled):
        import_file(ws, source, ImportOptions(all_states=True), progress=progress, cancel=flag)  # type: ignore[arg-type]
    assert file_bytes(path) == before and backups_of(path) == []
    with open_workspace(path) as ws:
        assert import_file(ws, source, ImportOptions(all_states=True)).added == BULK_FTS_FROM + 100


@pytest.mark.needs_file  # about the workspace file, its copy and its backup
def test_a_failed_build_leaves_the_workspace_byte_for_byte(workspace, tmp_path: Path) -> None:
    source = export(tmp_path / "big.xlsx", rows(BULK_FTS_FROM + 100))
    path = workspace.path
    workspace.close()
    conn = sqlite3.connect(path)  # a workspace whose change log refuses writes (as a full disk would refuse them)
    conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON change_log BEGIN SELECT RAISE(ABORT, 'no room'); END")
    conn.close()
    before = file_bytes(path)
    with open_workspace(path) as ws, pytest.raises(Exception, match="no room"):
        import_file(ws, source, ImportOptions(all_states=True))
    assert file_bytes(path) == before and backups_of(path) == []


@pytest.mark.needs_file  # about the workspace file, its copy and its backup
def test_a_build_that_cannot_keep_its_backup_is_not_swapped_in(workspace, tmp_path: Path) -> None:
    source = export(tmp_path / "big.xlsx", rows(BULK_FTS_FROM + 100))
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    path, before = closed_bytes(workspace)
    with open_workspace(path, settings=Settings(backup_folder=str(blocked / "backups"))) as ws, pytest.raises((UserError, OSError)):
        import_file(ws, source, ImportOptions(all_states=True))
    assert file_bytes(path) == before


@pytest.mark.slow  # a child process importing 5,200 rows: ~6 s here
def test_a_build_killed_midway_leaves_the_workspace_byte_for_byte(workspace, tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    source = export(tmp_path / "big.xlsx", rows(5_200))  # more than one chunk: killed after 5,000 rows went into the copy
    path, before = closed_bytes(workspace)
    marker = tmp_path / "paused"
    script = Path(__file__).parent / "scripts" / "paused_import.py"
    proc = subprocess.Popen([sys.executable, str(script), str(path), str(source), str(marker)], env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the import never reached its pause"
        time.sleep(0.05)
    assert building_path(path).exists()  # killed while building (the rows written so far still in SQLite's page cache)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    after = file_bytes(path)
    assert after[path.name] == before[path.name]
    assert after.get(f"{path.name}-wal", b"") == b""  # the killed reader's empty WAL (and its -shm index): nothing was written
    with open_workspace(path) as ws:
        assert import_file(ws, source, ImportOptions(all_states=True)).added == 5_200
    assert not building_path(path).exists()  # the killed build's copy was cleared by the next one


def test_an_encrypted_workspace_is_built_under_its_own_key(tmp_path: Path) -> None:
    from upr_desktop.core.storage import sqlcipher as cipher
    from upr_desktop.core.storage.workspace_file import create_workspace

    key = cipher.new_key_material("correct horse battery staple")
    path = tmp_path / "protected.uprw"
    create_workspace(path, name="Protected", country="Thailand", key=key).close()
    with open_workspace(path, key=key) as ws:
        report = import_file(ws, export(tmp_path / "big.xlsx", rows(BULK_FTS_FROM + 20)), ImportOptions(all_states=True))
    assert report.added == BULK_FTS_FROM + 20 and path.stat().st_ino != Path(report.backup).stat().st_ino
    for built in (path, Path(report.backup)):
        assert cipher.is_encrypted(built) and b"Recommendation 1" not in built.read_bytes()
    with open_workspace(path, key=key) as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM recommendation_fts WHERE recommendation_fts MATCH 'torture'").scalar()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    # What it holds is what a plain workspace's build holds (its bulk insert went through sqlcipher3, many rows a statement).
    plain = tmp_path / "plain.uprw"
    create_workspace(plain, name="Protected", country="Thailand").close()
    with open_workspace(plain) as ws:
        import_file(ws, tmp_path / "big.xlsx", ImportOptions(all_states=True))
    built, other = contents(path, key), contents(plain)
    assert built["integrity"] == [("ok",)] and built["foreign keys"] == [] and len(built["recommendations"]) == BULK_FTS_FROM + 20
    assert built == other


def test_a_reimport_reads_in_full_only_the_rows_that_changed(workspace, tmp_path: Path) -> None:
    body = rows(BULK_FTS_FROM + 20)
    import_file(workspace, export(tmp_path / "first.xlsx", body), ImportOptions(all_states=True))
    again = import_file(workspace, export(tmp_path / "same.xlsx", body), ImportOptions(all_states=True))
    assert (again.added, again.updated, again.unchanged) == (0, 0, len(body))
    edited = [list(row) for row in body]
    edited[3][7] = "Noted" if edited[3][7] != "Noted" else "Accepted"  # a response changed
    edited[10][9] = f"{edited[10][9]}, Labour" if "Labour" not in edited[10][9] else f"{edited[10][9]}, Death penalty"  # a theme added
    edited[20][4] = "Japan" if edited[20][4] != "Japan" else "Chile"  # recommended by another State: a new identity
    report = import_file(workspace, export(tmp_path / "edited.xlsx", edited), ImportOptions(all_states=True))
    assert (report.added, report.updated, report.unchanged) == (1, 2, len(body) - 3)
    with workspace.engine.connect() as conn:
        logged = conn.exec_driver_sql("SELECT entity, field FROM change_log WHERE op = 'update' OR entity = 'recommendation_theme'").fetchall()
    assert ("recommendation", "response") in logged and any(entity == "recommendation_theme" for entity, _f in logged)
