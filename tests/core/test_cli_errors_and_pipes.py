"""The command line's edges: one line for the person and the traceback in the log; a reader that stops
reading (``| head``) ends the output quietly, never the command's work."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from upr_desktop.core.storage.workspace_file import WorkspaceFile

ROOT = Path(__file__).resolve().parents[2]


def log_text(home: Path) -> str:
    return (home / "logs" / "upr-desktop.log").read_text(encoding="utf-8")


def test_a_user_error_is_one_line_and_its_traceback_is_in_the_log(cli: Any, isolated_home: Path) -> None:
    cli("init", "--name", "C", "--country", "Kenya")
    out = cli("groups", "remove", "NOPE", expect=1)
    assert out.strip().splitlines() == [
        "upr-desktop: error: No member group with acronym 'NOPE'. List them with: upr-desktop groups list"
    ]
    log = log_text(isolated_home)
    assert "command: groups" in log and "NOPE" in log
    assert "Traceback (most recent call last)" in log and "NotFound" in log


def test_an_unexpected_error_is_one_line_naming_the_log(cli: Any, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_desktop.operations import groups

    cli("init", "--name", "C", "--country", "Kenya")
    def broken(_ws: object, *_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the index is gone\n[SQL: SELECT something long]")

    monkeypatch.setattr(groups, "list_groups", broken)
    out = cli("groups", "list", expect=1)
    lines = out.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out
    assert "RuntimeError: the index is gone" in lines[0] and str(isolated_home / "logs" / "upr-desktop.log") in lines[0]
    log = log_text(isolated_home)
    assert "Traceback (most recent call last)" in log and "[SQL: SELECT something long]" in log


def command(home: Path, workspace: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "upr_desktop", "--workspace", str(workspace), *argv]


def environment(home: Path) -> dict[str, str]:
    """A fresh process importing this checkout, with its own user data folder."""
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT), "UPR_DESKTOP_HOME": str(home)}


def fill(ws: WorkspaceFile, count: int) -> None:
    conn = ws.engine.raw_connection()
    try:
        conn.executemany(
            "INSERT INTO recommendation (uuid, ref, text, state_under_review, recommending_states, response, cycle,"
            " source_key, confidential, created_at, updated_at)"
            " VALUES (?, ?, ?, 'Thailand', '[\"France\"]', 'supported', 2, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            [(str(uuid.UUID(int=i + 1)), f"{100 + i // 100}.{i % 100 + 1}",
              f"Recommendation {i}: protect the rights of everyone, everywhere, with a long enough text.", f"k{i}")
             for i in range(count)],
        )
        conn.commit()
    finally:
        conn.close()


def test_output_cut_by_head_ends_quietly(workspace: WorkspaceFile, isolated_home: Path) -> None:
    fill(workspace, 3000)  # ~300 kB of output: far more than a pipe holds once head has gone
    workspace.close()
    line = " ".join(shlex.quote(a) for a in command(isolated_home, workspace.path, "recommendations", "list"))
    result = subprocess.run(["bash", "-c", f'{line} | head -1; echo "exit=${{PIPESTATUS[0]}}" >&2'],
                            capture_output=True, text=True, env=environment(isolated_home), cwd=ROOT, timeout=120, check=False)
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.strip() == "exit=0", result.stderr  # no BrokenPipeError, no "Exception ignored"


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
def test_a_reader_that_has_gone_does_not_undo_the_change(workspace: WorkspaceFile, isolated_home: Path) -> None:
    """stdout and stderr both lead to pipes nobody reads: the group is still added, and the exit is 0."""
    workspace.close()
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    os.close(out_read)
    os.close(err_read)
    try:
        result = subprocess.run(command(isolated_home, workspace.path, "groups", "add", "Rural Women", "--acronym", "RW"),
                                stdout=out_write, stderr=err_write, env=environment(isolated_home), cwd=ROOT, timeout=120, check=False)
    finally:
        os.close(out_write)
        os.close(err_write)
    assert result.returncode == 0
    listed = subprocess.run(command(isolated_home, workspace.path, "--json", "groups", "list"), capture_output=True,
                            text=True, env=environment(isolated_home), cwd=ROOT, timeout=120, check=True)
    assert [g["acronym"] for g in json.loads(listed.stdout)["groups"]] == ["RW"]
