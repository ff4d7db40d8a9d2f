"""Every failure a message, never a traceback: a read-only file, folder or disk, a full disk, an output
folder that cannot be written. Nothing is written (no backup either) when a command cannot finish.

Where the machine allows it (root, as on the CI image and this one), real conditions are made: a small
tmpfs filled up, a tmpfs remounted read-only, a file marked immutable. Without root, the same cases are
made with file modes (which bind every other account) and a per-process file-size limit.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from upr_desktop.core.services import assignments, groups, recommendations
from upr_desktop.core.storage import backups
from upr_desktop.core.storage.workspace_file import create_workspace

ROOT = os.geteuid() == 0
ROW = "Thailand,{text},France,Accepted,4,Justice,25\r\n"
HEADER = "To,Text,From,Response,Action,Issue,Session\r\n"


def _fill(path: Path) -> Path:
    ws = create_workspace(path, name="Test Coalition", country="Thailand")
    with ws.transaction() as s:
        groups.add_group(s, name="Action for Children's Rights", acronym="ACR")
        recommendations.add_recommendation(s, ref="145.1", text="Ratify the Optional Protocol to the Convention against Torture", response="supported")
        assignments.assign(s, "ACR", assignments.select_recommendations(s, refs=["145.1"]), role="lead")
    ws.close()
    return path


def _run(ws: Path, *argv: str, expect: int) -> str:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from upr_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(["--workspace", str(ws), *argv])
        except SystemExit as exc:
            code = int(exc.code or 0)
    text = out.getvalue() + err.getvalue()
    assert code == expect, (argv, code, text)
    assert "Traceback" not in text
    return text


def _csv(path: Path, rows: int, width: int = 60) -> Path:
    path.write_text(HEADER + "".join(ROW.format(text=f"Recommendation {i} " + "x" * width) for i in range(rows)), encoding="utf-8")
    return path


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A small file system of its own (root only); remountable read-only."""
    if not ROOT:
        pytest.skip("mounting a file system needs root")
    point = tmp_path / "disk"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _immutable(path: Path) -> Iterator[None]:
    if ROOT:
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip("chattr is not supported on this file system")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=False)
    else:
        mode = path.stat().st_mode
        path.chmod(0o444 if path.is_file() else 0o555)
        try:
            yield
        finally:
            path.chmod(mode)


@pytest.fixture
def read_only_file(workspace_path: Path) -> Iterator[Path]:
    _fill(workspace_path)
    for _ in _immutable(workspace_path):
        yield workspace_path


def test_read_only_file_reads_work_writes_are_refused_before_any_backup(read_only_file: Path, tmp_path: Path) -> None:
    ws = read_only_file
    out = _run(ws, "info", expect=0)
    assert "Test Coalition" in out and "read only:" in out and "opened for reading only" in out
    assert "145.1" in _run(ws, "recommendations", "list", expect=0)
    _run(ws, "export-json", "-o", str(tmp_path / "out.json"), expect=0)
    checked = _run(ws, "check", expect=0)
    # FTS5's own check needs a writable file: the note says it was skipped, so "ok" must not claim it.
    assert "search index was not checked" in checked and "the search index check out" not in checked, checked
    assert "ok" in checked
    for argv in (["assess", "--ref", "145.1", "--group", "ACR", "--status", "unknown"],
                 ["import", str(_csv(tmp_path / "new.csv", 3))],
                 ["groups", "add", "Women's Voices", "--acronym", "WV"]):
        out = _run(ws, *argv, expect=1)
        assert "can only be read" in out and "nothing was changed" in out, out
    assert backups.list_backups(ws) == []


def test_a_read_only_workspace_can_be_backed_up(read_only_file: Path, tmp_path: Path) -> None:
    """A backup only reads the workspace: a file on a read-only stick is exactly what one wants to copy.

    Before: the copy was made through the workspace's read-only connection, so SQLite refused to write
    the backup itself ("attempt to write a readonly database").
    """
    out = _run(read_only_file, "backup", expect=0)
    assert "Backed up to" in out, out
    (taken,) = backups.list_backups(read_only_file)
    with __import__("sqlite3").connect(taken.path) as copy:
        assert copy.execute("SELECT ref FROM recommendation").fetchall() == [("145.1",)]


def test_merge_into_a_read_only_file_is_refused_before_a_backup(workspace_path: Path, tmp_path: Path) -> None:
    _fill(workspace_path)
    _run(workspace_path, "export-workbook", "--group", "ACR", "-o", str(tmp_path / "ACR.xlsx"), expect=0)
    for _ in _immutable(workspace_path):
        out = _run(workspace_path, "merge", str(tmp_path / "ACR.xlsx"), expect=1)
        assert "can only be read" in out
        assert backups.list_backups(workspace_path) == []


def test_read_only_disk_every_read_command_works(tmpfs: Path, tmp_path: Path) -> None:
    """Before: every command failed on the lock file, so the data could not even be read."""
    ws = _fill(tmpfs / "coalition.uprw")
    backups.backup_file(ws, __import__("upr_desktop.core.storage.workspace_file", fromlist=["Connector"]).Connector())
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    assert "Test Coalition" in _run(ws, "info", expect=0)
    assert "145.1" in _run(ws, "recommendations", "list", expect=0)
    assert "ok" in _run(ws, "check", expect=0)
    _run(ws, "export-json", "-o", str(tmp_path / "out.json"), expect=0)
    _run(ws, "report", "--kind", "implementation", "-o", str(tmp_path / "r.xlsx"), expect=0)
    _run(ws, "backups", expect=0)
    # An exchange workbook is recorded in the workspace (its returns are matched to that record): a change.
    out = _run(ws, "export-workbook", "--group", "ACR", "-o", str(tmp_path / "ACR.xlsx"), expect=1)
    assert "can only be read" in out and not (tmp_path / "ACR.xlsx").exists()
    out = _run(ws, "assess", "--ref", "145.1", "--group", "ACR", "--status", "unknown", expect=1)
    assert "read-only disk" in out
    out = _run(ws, "restore", "latest", expect=1)
    assert "can only be read" in out


def test_full_disk_refuses_the_import_before_writing_a_backup(tmpfs: Path, tmp_path: Path) -> None:
    ws = _fill(tmpfs / "coalition.uprw")
    filler = tmpfs / "filler"
    free = shutil.disk_usage(tmpfs).free
    filler.write_bytes(b"\0" * max(free - ws.stat().st_size // 2, 0))
    out = _run(ws, "import", str(_csv(tmp_path / "new.csv", 50)), expect=1)
    assert "Not enough free space" in out and "Nothing was changed" in out
    assert backups.list_backups(ws) == []


def test_disk_filling_up_during_an_import_leaves_the_data_intact(tmpfs: Path, tmp_path: Path) -> None:
    """The backup fits, the import does not: SQLite rolls back, and the person reads why."""
    ws = _fill(tmpfs / "coalition.uprw")
    size = ws.stat().st_size
    free = shutil.disk_usage(tmpfs).free
    room = size + size // 10 + (1 << 20) + 400 * 1024  # the backup's own margin, and a little more
    (tmpfs / "filler").write_bytes(b"\0" * (free - room))
    out = _run(ws, "import", str(_csv(tmp_path / "big.csv", 3_000, width=400)), expect=1)
    assert "The disk is full" in out, out
    # An import that more than doubles the workspace is built into a copy: the copy ran out of room and was deleted,
    # the workspace was never touched (so no backup of it was needed) and nothing is left behind.
    assert backups.list_backups(ws) == [] and not (tmpfs / ".coalition.uprw.building").exists()
    (tmpfs / "filler").unlink()
    listed = _run(ws, "recommendations", "list", "--json", expect=0)
    assert "145.1" in listed and "Recommendation 1 " not in listed


def _limited_fsize(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit then fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_writes_failing_mid_import_are_a_message_without_root(workspace_path: Path, tmp_path: Path) -> None:
    """The same failure without root: a file-size limit on the process makes SQLite's writes fail."""
    ws = _fill(workspace_path)
    big = _csv(tmp_path / "big.csv", 3_000, width=400)
    env = {**os.environ}
    done = subprocess.run([sys.executable, "-m", "upr_desktop", "--workspace", str(ws), "import", str(big)], capture_output=True, text=True,
                          env=env, timeout=120, preexec_fn=_limited_fsize(ws.stat().st_size + 200 * 1024), check=False)
    assert done.returncode == 1, done.stderr[-3000:]
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert "The disk" in done.stderr and "unexpected problem" not in done.stderr, done.stderr
    listed = _run(ws, "recommendations", "list", expect=0)
    assert "145.1" in listed and "Recommendation 1 " not in listed


def test_output_folders_that_cannot_be_written(workspace_path: Path, tmp_path: Path) -> None:
    _fill(workspace_path)
    closed = tmp_path / "closed"
    closed.mkdir()
    for _ in _immutable(closed):
        for argv in (["report", "--kind", "implementation", "-o", str(closed / "r.xlsx")],
                     ["export-json", "-o", str(closed / "all.json")],
                     ["export-workbook", "--group", "ACR", "-o", str(closed / "ACR.xlsx")],
                     ["report", "--kind", "implementation", "-o", str(closed / "sub" / "r.xlsx")]):
            out = _run(workspace_path, *argv, expect=1)
            assert "Could not write" in out or "Permission denied" in out, (argv, out)
        assert list(closed.iterdir()) == []


def test_private_files_whatever_the_umask(tmp_path: Path) -> None:
    """Workspace, WAL, lock, backups, exports and the log 0600, the folders the app makes 0700, even under umask 000."""
    home = tmp_path / "home"
    ws = home / "new-folder" / "coalition.uprw"
    code = (
        "import os, sys; os.umask(0); from upr_desktop.cli import main; ws = sys.argv[1]; "
        "from upr_desktop import logs; logs.setup('cli'); "
        "main(['--workspace', ws, 'init', '--name', 'C', '--country', 'Thailand']); "
        "main(['--workspace', ws, 'groups', 'add', 'Group', '--acronym', 'GRP']); "
        "main(['--workspace', ws, 'backup']); "
        "main(['--workspace', ws, 'export-json', '-o', sys.argv[2]]); "
        "from upr_desktop.core.storage.workspace_file import open_workspace; w = open_workspace(ws); "
        "[print(p) for p in sorted(os.listdir(os.path.dirname(ws)))]; "
        "print(oct(os.stat(ws + '-wal').st_mode & 0o777), oct(os.stat(ws + '.lock').st_mode & 0o777), oct(os.stat(ws + '.owner').st_mode & 0o777)); w.close()"
    )
    env = {**os.environ, "UPR_DESKTOP_HOME": str(home)}
    out_file = tmp_path / "exports" / f"{uuid.uuid4().hex}.json"
    done = subprocess.run([sys.executable, "-c", code, str(ws), str(out_file)], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0o600 0o600 0o600"
    logs = home / "logs"  # the CLI's log (upr_desktop.logs), in the user log folder
    for folder in (ws.parent, ws.parent / "backups", out_file.parent, logs):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    for f in (ws, out_file, *(ws.parent / "backups").iterdir(), *logs.iterdir()):
        assert f.stat().st_mode & 0o777 == 0o600, f


def test_a_damaged_settings_file_is_said_not_silently_ignored(workspace_path: Path, tmp_path: Path) -> None:
    """A settings.json cut short (a full disk, a crash while saving by hand) was read as "no settings": backups
    went beside the workspace instead of the folder chosen, and nothing said so."""
    from upr_desktop.settings import settings_path

    _fill(workspace_path)
    chosen = tmp_path / "chosen-backups"
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(f'{{"backup_folder": "{chosen}", "language": "fr"', encoding="utf-8")
    out = _run(workspace_path, "backups", expect=0)
    assert str(settings_path()) in out and "could not be read" in out, out
    assert out.count("could not be read") == 1
    settings_path().write_text(f'{{"backup_folder": "{chosen}"}}', encoding="utf-8")
    assert "could not be read" not in _run(workspace_path, "backups", expect=0)
