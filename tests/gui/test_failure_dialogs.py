"""Failures the computer or a file causes reach people in the app as messages, not as crash reports."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from upr_desktop.core.storage.workspace_file import create_workspace
from upr_desktop.ui.error_dialogs import show_error


def test_a_full_disk_is_a_message_not_a_crash_report(qapp: object, shown_errors: list[tuple[str, str]]) -> None:
    show_error(None, sqlite3.OperationalError("database or disk is full"))
    [(_title, message)] = shown_errors
    assert message.startswith("The disk is full") and "Traceback" not in message


def test_a_change_to_a_workspace_that_can_only_be_read(qapp: object, shown_errors: list[tuple[str, str]], workspace_path: Path) -> None:
    from upr_desktop.operations import groups, workspace

    create_workspace(workspace_path, name="Test Coalition", country="Thailand").close()
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(workspace_path)], capture_output=True, check=False).returncode != 0:
            pytest.skip("chattr is not supported here")
    else:
        workspace_path.chmod(0o444)
    try:
        ws = workspace.open_workspace(workspace_path)
        try:
            assert ws.read_only
            with pytest.raises(Exception) as info:
                groups.add_group(ws, name="Women's Voices", acronym="WV")
            show_error(None, info.value)
        finally:
            ws.close()
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(workspace_path)], check=False)
        else:
            workspace_path.chmod(0o644)
    [(_title, message)] = shown_errors
    assert "can only be read" in message and "nothing was changed" in message
