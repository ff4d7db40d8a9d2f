"""The right words: `restore` says what it would undo, and misleading answers now give the true reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.hostile import corpus
from upr_desktop.core.services import groups, recommendations
from upr_desktop.core.storage import backups
from upr_desktop.core.storage.workspace_file import create_workspace
from upr_desktop.security import protect, unlock

PASSPHRASE = "mango sticky rice at dusk"


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_desktop.core.storage import sqlcipher as cipher

    monkeypatch.setitem(cipher.PROFILES, 0, cipher.KdfProfile(0, 2**8, 8, 1))
    monkeypatch.setattr(cipher, "CURRENT_PROFILE", 0)


@pytest.fixture
def with_backup(workspace_path: Path) -> Path:
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand")
    with ws.transaction() as s:
        recommendations.add_recommendation(s, ref="145.1", text="Ratify the Optional Protocol", response="supported")
    backups.backup(ws)
    with ws.transaction() as s:
        groups.add_group(s, name="Women's Voices", acronym="WV")
    with ws.transaction() as s:
        recommendations.add_recommendation(s, ref="145.2", text="Abolish the death penalty", response="noted")
    ws.close()
    return workspace_path


def test_restore_says_what_it_would_undo(with_backup: Path, cli) -> None:
    out = cli("restore", "latest", "--dry-run")
    assert "undoes 2 changes made since" in out
    assert "Add member group WV" in out or "WV" in out
    assert "recommendation: 2 now, 1 in the backup" in out and "Nothing was changed" in out
    assert "145.2" in cli("recommendations", "list")
    data = cli("restore", "latest", json_output=True)
    assert len(data["undoes"]) == 2 and data["previous_state"]
    assert "145.2" not in cli("recommendations", "list")


def test_restoring_a_plain_backup_into_a_protected_workspace_says_why(with_backup: Path, cli, monkeypatch: pytest.MonkeyPatch, fast_kdf) -> None:
    """Before: "Wrong passphrase"."""
    plain = backups.list_backups(with_backup)[0].path
    kept = plain.with_name("kept.bak")
    shutil.copyfile(plain, kept)
    protect.protect(with_backup, PASSPHRASE)
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    out = cli("restore", str(kept), expect=1)
    assert "is not protected by a passphrase, but the workspace is" in out and "Wrong passphrase" not in out


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("returns.xlsx", corpus.xlsx_bytes(corpus.far_cell_sheet("B2")), "a zip archive"),
    ("recommendations.csv", b"To,Text,From,Response\r\nThailand,Ratify,France,Accepted\r\n", "a text file"),
    ("matrix.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "an old Office file"),
    ("report.pdf", b"%PDF-1.7\n" + b"\0" * 600, "a PDF document"),
])
def test_a_file_that_is_not_a_workspace_is_named_for_what_it_is(tmp_path: Path, cli, name: str, data: bytes, kind: str) -> None:
    """Before: `-w file.xlsx info` said "protected by a passphrase"."""
    path = tmp_path / name
    path.write_bytes(data)
    out = cli("--workspace", str(path), "info", expect=1)
    assert f"is not a UPR Desktop workspace: it is {kind}" in out and "passphrase" not in out
    if name.endswith((".xlsx", ".csv")):
        assert "upr-desktop import" in out
