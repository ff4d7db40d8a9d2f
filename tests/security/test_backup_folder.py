"""The backup folder chosen in Settings is honoured by the command line: backups, restore, protect, removal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from security.support import PASSPHRASE
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.security import unlock
from upr_desktop.settings import Settings, save_settings


@pytest.fixture
def chosen_folder(tmp_path: Path) -> Path:
    """A backup folder chosen in the app's Settings (settings.json), with no environment variable set."""
    folder = tmp_path / "usb-stick" / "upr-backups"
    folder.mkdir(parents=True)
    save_settings(Settings(backup_folder=str(folder)))
    assert "UPR_DESKTOP_BACKUP_DIR" not in os.environ
    return folder


def test_backups_and_restore_go_to_the_chosen_folder(cli, workspace_path: Path, chosen_folder: Path) -> None:
    cli("init", "--name", "Coalition", "--country", "Thailand")
    made = Path(cli("backup", json_output=True)["backup"])
    assert made.parent == chosen_folder
    listed = cli("backups", json_output=True)["backups"]
    assert [Path(b["file"]) for b in listed] == [made]
    assert not (workspace_path.parent / "backups").exists()  # nothing beside the workspace
    restored = cli("restore", "latest", json_output=True)
    assert Path(restored["restored"]) == made and Path(restored["previous_state"]).parent == chosen_folder


def test_protect_converts_and_delete_removes_the_backups_in_the_chosen_folder(cli, workspace_path: Path, chosen_folder: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    cli("init", "--name", "Coalition", "--country", "Thailand")
    older = Path(cli("backup", json_output=True)["backup"])
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    report = cli("protect", json_output=True)
    assert Path(report["safety_backup"]).parent == chosen_folder
    assert str(older) in report["converted_backups"]
    assert cipher.is_encrypted(older)  # no plaintext copy left in the chosen folder
    plan_text = cli("delete-workspace", expect=1)
    assert str(older) in plan_text
    cli("delete-workspace", "--yes")
    assert not workspace_path.exists() and list(chosen_folder.iterdir()) == []
